//! Page chrome around a scraped article: breadcrumbs, publishing metadata,
//! share bars, print buttons, image captions, editor credits, related-link
//! lists and site footers. Such lines are not part of the press release and
//! must not produce facts. This stage only *marks* them (as spans of the
//! matching view); nothing is removed, so every offset stays valid and the
//! article's own sentences keep their spans.
//!
//! The rules describe how Chinese news sites lay out a page, not any one
//! site: a line is chrome when it carries a page label (发布时间, 浏览次数,
//! 责任编辑, ICP备, …), is a breadcrumb, a caption, a row of 【buttons】, or
//! an item of a list introduced by 相关链接/相关新闻/推荐阅读. A line that
//! reads like prose (a long line with a sentence end) is never chrome, so an
//! article that merely mentions 扫一扫 keeps its sentence.

use crate::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Labels and phrases that only page furniture uses.
static CHROME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"发布时间|发布日期|更新时间|浏览次数|阅读次数|点击数|访问量|字号[:\s]|",
        r"打印本页|关闭窗口|打印此页|返回顶部|返回列表|分享到|扫一扫|",
        r"责任编辑|编辑[:\s]|审核[:\s]|校对[:\s]|值班编辑|",
        r"版权所有|ICP备|公网安备|网站标识码|网站地图|技术支持[:\s]|主办单位[:\s]|承办单位[:\s]|",
        r"联系电话[:\s]|邮编[:\s]|上一篇|下一篇|当前位置|您的位置|",
        r"^\s*(首页|主页)\s*(>|›|»|/)"
    ))
    .expect("chrome pattern")
});

/// An image caption or a photo credit.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(图为|图:|图片:|图片来源|▲|△)|(记者|通讯员|摄影)?\s*\S{1,8}\s*摄\s*\)?$")
        .expect("caption pattern")
});

/// A line of bracketed buttons: 【打印本页】【关闭窗口】, or one 【纠错】 (a
/// lone 【数据速览】 is a section heading of the article).
static BUTTONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*((【[^】]{1,8}】\s*){2,}|【(纠错|打印|关闭|收藏|返回|分享|顶部)[^】]{0,4}】\s*)$",
    )
    .expect("buttons pattern")
});

/// A header that opens a list of links to other articles.
static LINK_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*【?(相关链接|相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热点新闻|往期回顾)】?\s*:?\s*$")
        .expect("link list pattern")
});

/// A list item that ends with a date: a headline linking elsewhere.
static DATED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\)?$")
        .expect("dated item pattern")
});

/// A notice's signature: the issuing office and the date, on one line
/// (永州市统计局　2025年10月28日), which names the office, unlike a dated
/// headline.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Han}{2,30}(局|厅|委员会|办公室|政府|办|中心|处|协会|商会)\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")
        .expect("signature pattern")
});

/// The credit of a line of chrome: the office or paper after 来源 (来源:安溪县
/// 统计局, 资料来源:市政府外办), up to a space or the next label.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"来源\s*[:：]\s*([^\s:：|丨,，;；/]{2,30})").expect("credit pattern")
});

/// Lines at least this long that end a sentence read as prose.
const PROSE: usize = 40;

fn is_prose(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['。', '!', '?', '"', '”']) && line.chars().count() >= PROSE
}

/// Whether one line (of the matching view) is page chrome on its own.
pub fn is_chrome(line: &str) -> bool {
    !is_prose(line) && is_furniture(line)
}

/// A page label, a caption or a row of buttons (see [`is_chrome`]).
fn is_furniture(line: &str) -> bool {
    CHROME.is_match(line) || CAPTION.is_match(line) || BUTTONS.is_match(line)
}

/// The spans of every chrome line of `text` (the matching view), in order.
pub fn chrome_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut in_link_list = false;
    let mut pos = 0;
    for raw in text.split('\n') {
        let len = raw.chars().count();
        let line = raw.trim_end_matches('\r');
        // Each \r trimmed is one character.
        let span = Span::new(pos, pos + len - (raw.len() - line.len()));
        pos += len + 1;
        if line.trim().is_empty() {
            continue;
        }
        // Prose is never chrome, and a link list runs until the first line
        // of prose (its header, a short line without a sentence end, never is).
        if is_prose(line) {
            in_link_list = false;
            continue;
        }
        in_link_list = in_link_list || LINK_LIST.is_match(line);
        let dated = DATED_ITEM.is_match(line) && !SIGNATURE.is_match(line);
        if in_link_list || is_furniture(line) || dated {
            out.push(span);
        }
    }
    out
}

/// The source credits inside the chrome lines `chrome` of `chars` (the
/// matching view), as spans of the credited name. A page names who issued
/// the release there (来源:某市商务局 next to 发布时间 and 浏览次数), so the
/// name is a mention even though the rest of its line is furniture.
pub fn credits(chars: &[char], chrome: &[Span]) -> Vec<Span> {
    chrome
        .iter()
        .filter_map(|line| {
            let line_text: String = chars[line.start..line.end].iter().collect();
            let field = CREDIT.captures(&line_text)?.get(1)?;
            let start = line.start + line_text[..field.start()].chars().count();
            Some(Span::new(start, start + field.as_str().chars().count()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        chrome_lines(text)
            .into_iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn page_furniture_is_chrome() {
        for line in [
            "首页 > 新闻中心 > 要闻动态",
            "发布时间:2023-04-02 09:10  来源:市商务局  浏览次数:88",
            "字号:大 中 小  打印本页  关闭窗口",
            "分享到:微信 微博",
            "扫一扫在手机打开当前页",
            "(责任编辑:王芳)",
            "【打印本页】【关闭窗口】",
            "【纠错】",
            "版权所有:某市人民政府办公室  网站标识码:1234567890",
            "图为签约仪式现场。 记者 李华 摄",
            "新华社记者 张明 摄",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn article_lines_are_not_chrome() {
        for line in [
            "6月12日,两市签署友好合作协议13项,近200位嘉宾出席。",
            "资料来源:市政府外办",
            "共建平台 加速成果转化",
            "【数据速览】",
            "据悉,市民可通过扫一扫二维码的方式在手机上查询全市36个景区的实时客流、停车位和门票预约情况,十分便利。",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn a_notice_s_signature_is_no_dated_headline() {
        let text = "现将方案印发给你们。\n某市统计局 2025年10月28日\n我市3个项目入选省级计划 2024年5月16日\n";
        assert_eq!(marked(text), ["我市3个项目入选省级计划 2024年5月16日"]);
    }

    #[test]
    fn related_links_end_at_the_next_paragraph() {
        let text = "正文第一段。\n相关链接:\n1. 我市3个项目入选省级计划 2024-05-16\n2. 某地5家企业获评 2024-04-12\n今年以来,全市新签约外资项目42个,合同外资额同比增长18.5%,实际使用外资保持稳定增长态势。\n";
        assert_eq!(
            marked(text),
            [
                "相关链接:",
                "1. 我市3个项目入选省级计划 2024-05-16",
                "2. 某地5家企业获评 2024-04-12"
            ]
        );
    }

    #[test]
    fn spans_are_characters_of_the_line() {
        let text = "标题\r\n发布时间:2024-01-01\r\n正文。";
        let spans = chrome_lines(text);
        assert_eq!(spans, [Span::new(4, 19)]);
        let chars: Vec<char> = text.chars().collect();
        let line: String = chars[4..19].iter().collect();
        assert_eq!(line, "发布时间:2024-01-01");
    }

    #[test]
    fn chrome_yields_no_facts_and_keeps_article_spans() {
        let page = "首页 > 要闻\n发布时间:2024-03-01 来源:嘉兴市商务局 浏览次数:12\n\
                    某市与3个国家的5座城市签署合作备忘录。\n\
                    相关链接:\n1. 某县8家企业上榜 2024-02-20\n\
                    版权所有:某市人民政府办公室 ICP备12345678号\n";
        let facts = crate::extract(page);
        let counts: Vec<&str> = facts.counts.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(counts, ["3个国家", "5座城市"]);
        // The credited office is named; the footer's is not.
        let names: Vec<&str> = facts.institutions.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(names, ["嘉兴市商务局"]);
        let doc = crate::document::Document::new(page);
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.source(*s)).collect();
        assert_eq!(
            sentences,
            ["嘉兴市商务局", "某市与3个国家的5座城市签署合作备忘录。"]
        );
        assert_eq!(chrome_lines(&crate::normalize::normalize(page)).len(), 5);
    }

    #[test]
    fn a_credit_is_the_name_after_its_label() {
        let text =
            "标题\n来源:安溪县统计局 2025-03-20\n发布时间:2024-01-01 来源:某市商务局 浏览次数:12\n";
        let chars: Vec<char> = text.chars().collect();
        let credited: Vec<String> = credits(&chars, &chrome_lines(text))
            .iter()
            .map(|s| text.chars().skip(s.start).take(s.end - s.start).collect())
            .collect();
        assert_eq!(credited, ["安溪县统计局", "某市商务局"]);
        // A line of chrome without a credit names nothing.
        let line = "发布时间:2024-01-01 浏览次数:12";
        let chars: Vec<char> = line.chars().collect();
        assert!(credits(&chars, &chrome_lines(line)).is_empty());
    }
}
