//! Titled documents: a title in 《》 that was issued, signed, proposed or
//! adopted (《深化国际友城合作重庆共识》). Owns telling documents from other
//! titles (newspapers, films) and finding the verb that governs each one.

use crate::Span;
use crate::document::{Document, Pattern};
use crate::facts::DocumentTitle;
use crate::merge::Mention;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::LazyLock;

/// e.g. `《生物多样性保护国际友城合作倡议》`
static TITLE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"《(?P<title>[^《》\n]{1,80})》", "title pattern"));

/// Verbs that issue, sign, propose or adopt a document, as they are written.
const ACTIONS: &[&str] = &[
    "发布",
    "印发",
    "签署",
    "签订",
    "提出",
    "通过",
    "发表",
    "出台",
    "颁布",
    "公布",
    "发出",
    "推出",
    "达成",
    "形成",
    "制定",
    "编制",
    "审议",
    "宣读",
    "启动",
    "落实",
    "贯彻",
    "实施",
    "执行",
    "发起",
    "修订",
    "起草",
    "批准",
    // 縣府核定《…計畫》: approves (Taiwan's counties).
    "核定",
    "核准",
    // 缔结《友好交流协定》 (concludes); 研提《…計畫》 (drafts and submits).
    "缔结",
    "研提",
    // 訂定《…計畫》 (draws up, Taiwan's usage), 提报 (submits), 拟定 (drafts).
    "订定",
    "提报",
    "拟定",
    "审定",
    "下发",
    "签发",
    "审议通过",
    "贯彻落实",
];

/// Head nouns of documents: a title ending in one is a document even when
/// no verb is near it.
const HEADS: &[&str] = &[
    "共识",
    "倡议",
    "宣言",
    "协议",
    "备忘录",
    "规划",
    "方案",
    "意见",
    "办法",
    "报告",
    "白皮书",
    "声明",
    "纲要",
    "计划",
    "公报",
    "条例",
    "决定",
    "通知",
    "规定",
    "指引",
    "指南",
    "清单",
    "细则",
    "章程",
    "公约",
    "协定",
    "议定书",
    "纪要",
    "意向书",
    "合同",
    "合约",
    "框架",
    "措施",
    "政策",
    "标准",
    "法",
    // Taiwan writes 計畫 and 規畫 (计画, 规画 once normalized).
    "计画",
    "规画",
];

/// Ends of a notice (《关于…口岸运行情况的通报》), which is a document; a
/// bare 通报 ends a journal's name too (《科学通报》).
const NOTICES: &[&str] = &["的通报", "情况通报"];

pub fn extract(doc: &Document) -> Vec<Mention<DocumentTitle>> {
    let mut out = Vec::new();
    for caps in doc.captures(&TITLE) {
        let Some(whole) = caps.get(0).map(|m| doc.span_of(m)) else {
            continue;
        };
        let inner = Span::new(whole.start + 1, whole.end - 1);
        let title = doc.source(inner).to_string();
        // (…发展规划（2024-2028年）: the years after the head. The head is
        // read in the matching view, so 《…自治條例》 ends in 条例 too.)
        let matching = doc.norm(inner);
        let head_of = matching
            .strip_suffix(['）', ')'])
            .and_then(|t| t.rfind(['（', '(']).map(|i| &t[..i]))
            .unwrap_or(matching);
        let is_document = HEADS.iter().chain(NOTICES).any(|h| head_of.ends_with(h));
        // (依《…自治條例》核定5家廠商優惠: a title cited as the ground of an
        // act is not what the act does.)
        let cited = doc
            .norm(Span::new(whole.start.saturating_sub(2), whole.start))
            .ends_with(['依', '据', '照']);
        let action = governing_verb(doc, whole.start).or_else(|| {
            (is_document && !cited)
                .then(|| verb_after(doc, whole.end))
                .flatten()
        });
        // 发表于《物理评论快报》: a paper or journal is where a text appears,
        // whatever verb stands before it (公报 and 报告 are heads above).
        let after = doc.norm(Span::new(whole.end, (whole.end + 2).min(doc.len())));
        let periodical = ["报", "刊", "杂志"]
            .iter()
            .any(|p| matching.ends_with(p))
            // 《自然》杂志
            || ["杂志", "期刊"].contains(&after);
        // 《人民日报（海外版）》、香港《大公报》等20余家境内外媒体: titles
        // listed as media are papers (大公报 is no 公报).
        let clause_end = doc
            .norm(Span::new(whole.end, (whole.end + 30).min(doc.len())))
            .split(['。', ',', ';'])
            .next()
            .unwrap_or("");
        let listed_media = clause_end
            .find('等')
            .is_some_and(|i| clause_end[i..].contains("媒体"));
        // 推出“跟着《红星照耀中国》游延安”等线路: a title inside a quoted
        // name is a book named by it, not a text issued.
        let quoted = doc.sentence_at(whole.start).is_some_and(|s| {
            let before = doc.norm(Span::new(s.start, whole.start));
            let after = doc.norm(Span::new(whole.end, s.end));
            let open = before.rfind('“');
            open.is_some()
                && open > before.rfind('”')
                && after
                    .find('”')
                    .is_some_and(|c| after.find('“').is_none_or(|o| c < o))
        });
        if quoted && !is_document {
            continue;
        }
        if listed_media || !is_document && (action.is_none() || periodical) {
            continue;
        }
        out.push(Mention {
            span: whole,
            attrs: DocumentTitle { title, action },
            rule: if is_document {
                "document/title-head"
            } else {
                "document/title-verb"
            },
        });
    }
    out
}

/// The last issuing verb before `pos` in the same clause; titles joined by
/// 和/及/、 share it (`发布《A》和《B》`).
fn governing_verb(doc: &Document, pos: usize) -> Option<String> {
    let sentence = doc.sentence_at(pos)?;
    let lead: &[char] = doc.chars(Span::new(sentence.start, pos));
    // The clause: back to the last comma or colon that is outside 《》.
    let mut depth = 0i32;
    let mut clause_start = 0;
    for (i, c) in lead.iter().enumerate().rev() {
        match c {
            '》' => depth += 1,
            '《' => depth -= 1,
            ',' | ':' | ';' if depth == 0 => {
                clause_start = i + 1;
                break;
            }
            _ => {}
        }
    }
    let clause = doc.norm(Span::new(sentence.start + clause_start, pos));
    // (印发《…的实施意见》和《…方案》: a verb inside an earlier title governs
    // nothing.)
    let mut inside = Vec::new();
    let mut open = None;
    for (i, c) in clause.char_indices() {
        match c {
            '《' => open = Some(i),
            '》' => inside.extend(open.take().map(|o| o..i)),
            _ => {}
        }
    }
    let verb = ACTION_WORDS
        .find_overlapping_iter(clause)
        .filter(|m| !inside.iter().any(|r| r.contains(&m.start())))
        // The verb ending nearest the title, the longest of those: 审议通过.
        .max_by_key(|m| (m.end(), m.len()))?;
    let at = sentence.start + clause_start + clause[..verb.start()].chars().count();
    let verb = ACTIONS[verb.pattern().as_usize()];
    Some(
        doc.source(Span::new(at, at + verb.chars().count()))
            .to_string(),
    )
}

/// Adverbs between a title and the verb after it (《…倡议》同步发布), maybe
/// after when it was done (《…方案》已于近日印发).
static ADVERBS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:已经?)?(?:于?(?:近日|日前))?(?:同步|正式|也|同时|相继|联合|全面)?$")
        .expect("adverbs after a title")
});

/// The verb right after a title, when none governs it before: a headline's
/// 《…倡议》同步发布, or 自《…方案》发布以来.
fn verb_after(doc: &Document, end: usize) -> Option<String> {
    let sentence = doc.sentence_at(end.saturating_sub(1))?;
    let after = doc.norm(Span::new(end, (end + 8).min(sentence.end)));
    let verb = ACTION_WORDS
        .find_iter(after)
        .next()
        .filter(|m| ADVERBS_AFTER.is_match(&after[..m.start()]))?;
    let at = end + after[..verb.start()].chars().count();
    let len = ACTIONS[verb.pattern().as_usize()].chars().count();
    Some(doc.source(Span::new(at, at + len)).to_string())
}

/// Any of [`ACTIONS`], every occurrence (one pass over a clause).
static ACTION_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(ACTIONS).expect("action words"));

/// Compiles this extractor's patterns ahead of use (see `segment::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&TITLE);
    LazyLock::force(&ACTION_WORDS);
    LazyLock::force(&ADVERBS_AFTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Document::new(text);
        extract(&doc)
            .into_iter()
            .map(|m| (m.attrs.title, m.attrs.action))
            .collect()
    }

    #[test]
    fn every_word_list_is_written_in_the_matching_view() {
        // Heads, notices and verbs are matched in the matching view, where
        // a Traditional form could never occur.
        for w in ACTIONS.iter().chain(HEADS).chain(NOTICES) {
            assert_eq!(crate::normalize::normalize(w), *w);
        }
    }

    #[test]
    fn a_traditional_head_and_a_cited_title() {
        // (條例 is 条例 in the matching view; 依 cites the title.)
        assert_eq!(
            docs("縣府依《宜蘭縣溫泉區管理自治條例》劃設水源保護區。"),
            [("宜蘭縣溫泉區管理自治條例".to_string(), None)]
        );
        assert_eq!(
            docs("依据《某县促进产业投资条例》核定5家厂商优惠。")[0].1,
            None
        );
        assert_eq!(
            docs("《某县促进产业投资条例》近日印发。")[0].1.as_deref(),
            Some("印发")
        );
    }

    #[test]
    fn a_county_approves_a_plan() {
        assert_eq!(
            docs("縣府日前核定《雲林縣農產品國際行銷推動計畫》，將投入經費。")[0]
                .1
                .as_deref(),
            Some("核定")
        );
    }

    #[test]
    fn taiwan_writes_plans_as_ji_hua_with_its_own_verbs() {
        assert_eq!(
            docs(
                "鎮公所訂定《西螺鎮114年度農產品外銷推動計畫》，並提報《新店溪茶文化觀光發展規畫》。"
            ),
            [
                (
                    "西螺鎮114年度農產品外銷推動計畫".to_string(),
                    Some("訂定".to_string())
                ),
                (
                    "新店溪茶文化觀光發展規畫".to_string(),
                    Some("提報".to_string())
                )
            ]
        );
    }

    #[test]
    fn concluding_and_drafting_govern_titles() {
        assert_eq!(
            docs("兩市締結《友好交流協定》，區公所研提《芋頭產業加值推動計畫》。")
                .into_iter()
                .map(|d| d.1)
                .collect::<Vec<_>>(),
            [Some("締結".to_string()), Some("研提".to_string())]
        );
    }

    #[test]
    fn document_actions_include_carrying_out_and_compound_verbs() {
        assert_eq!(
            docs("下一步将认真落实《甲市物流发展三年行动方案》。")[0]
                .1
                .as_deref(),
            Some("落实")
        );
        assert_eq!(
            docs("会议审议通过《乙市对外开放条例》。")[0].1.as_deref(),
            Some("审议通过")
        );
        assert_eq!(
            docs("与会代表共同发起《绿色发展合作倡议》。")[0]
                .1
                .as_deref(),
            Some("发起")
        );
    }

    #[test]
    fn a_verb_right_after_a_title_governs_it_when_none_before_does() {
        assert_eq!(
            docs("《全球数字贸易杭州倡议》同步发布"),
            [("全球数字贸易杭州倡议".to_string(), Some("发布".to_string()))]
        );
        assert_eq!(
            docs("自《海南自由贸易港建设总体方案》发布以来，海南扩大开放。")[0].1,
            Some("发布".to_string())
        );
        // Not for a title that names no document.
        assert!(docs("《人民日报》发布评论。").is_empty());
    }

    #[test]
    fn titles_joined_by_he_share_the_verb() {
        assert_eq!(
            docs("大会发布了《甲城共识》和《乙城合作倡议》，凝聚共识。"),
            vec![
                ("甲城共识".to_string(), Some("发布".to_string())),
                ("乙城合作倡议".to_string(), Some("发布".to_string()))
            ]
        );
    }

    #[test]
    fn document_without_verb_keeps_null_action() {
        assert_eq!(
            docs("根据《对外合作规划》要求。"),
            vec![("对外合作规划".to_string(), None)]
        );
    }

    #[test]
    fn newspapers_are_not_documents() {
        assert!(docs("据《人民日报》报道，活动顺利举行。").is_empty());
        assert!(docs("推出“跟着《红星照耀中国》游延安”等线路8条。").is_empty());
        // A plan's years after its head: still a document, named by no verb.
        let d = docs("按照《澳门特别行政区经济适度多元发展规划（2024-2028年）》的部署推进。");
        assert_eq!(d.len(), 1);
        assert!(docs("《人民日报（海外版）》、香港《大公报》等20余家媒体进行了报道。").is_empty());
        // A notice (通报) ends in 报 too, and is a document.
        assert_eq!(
            docs("该办日前发布《关于前三季度口岸运行情况的通报》。"),
            [(
                "关于前三季度口岸运行情况的通报".to_string(),
                Some("发布".to_string())
            )]
        );
        assert!(docs("相关论文已发表于《物理评论快报》等国际期刊。").is_empty());
        assert!(docs("成果发表在《自然》杂志和《科学通报》上。").is_empty());
    }

    #[test]
    fn a_verb_after_a_title_and_when() {
        assert_eq!(
            docs("《甲州盐湖产业三年行动方案（2025—2027年）》已于近日印发实施。")[0]
                .1
                .as_deref(),
            Some("印发")
        );
    }

    #[test]
    fn a_verb_inside_an_earlier_title_governs_nothing() {
        let v = docs(
            "市政府办公室印发《甲市支持化工产业发展的实施意见》和《甲市外向型经济三年行动方案》。",
        );
        assert_eq!(
            v.iter().map(|d| d.1.as_deref()).collect::<Vec<_>>(),
            [Some("印发"), Some("印发")]
        );
    }
}
