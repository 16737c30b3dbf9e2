//! HTML pages to the text an extraction reads. Owns parsing a page (with
//! `scraper`, html5ever underneath, so tags, entities and broken nesting are
//! handled the way a browser handles them), choosing the element that holds
//! the article, and laying its text out as lines. Decoding the bytes is
//! [`source`](crate::source)'s job, and writing the extracted text beside
//! the facts — so that every span can be checked against it — is the CLI's.
//! The only file that imports `scraper` or `ego_tree`.
//!
//! Both walks over the tree are iterative (`ego_tree`'s `traverse`) and
//! visit each node a bounded number of times, so they take time in
//! proportion to the page and no stack, however deeply it nests.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

/// The readable text of an HTML page: the article's text with block
/// elements on their own lines.
///
/// Only the content root is read, so site menus, breadcrumbs and footers
/// around the article do not reach the extractors. The root is, in order
/// of preference: the `<article>` with the most text; the `<main>` with the
/// most text; the CMS content container with the most text (`#content`,
/// `#zoom`, `.content`, `.article`, `.article-content`, `.TRS_Editor` —
/// `#zoom` and `.TRS_Editor` are what Chinese government sites built on TRS
/// publish into); `<body>`; the whole document. A candidate with no text is
/// passed over. Within the root, page chrome and non-text subtrees
/// (`script`, `style`, `nav`, `header`, `footer`, `aside`, `form`, …) and
/// comments are dropped; `alt` and other attributes are not text.
///
/// Layout: each block element (`p`, `div`, `br`, headings, list items,
/// table rows, …) starts a line; table cells within a row are separated by
/// a tab. A run of ASCII white space and no-break spaces within a line
/// becomes one space — or none, when the run holds a line break and sits
/// between two Chinese characters, which is how a hard-wrapped paragraph in
/// the page source reads in a browser. Lines are trimmed and empty ones
/// dropped. Full-width spaces (`U+3000`), which Chinese pages indent
/// paragraphs with, are kept at the start of a line, as a plain-text press
/// release would have them, and trimmed at its end; a line of nothing else
/// is empty. Inside `<pre>` a newline also ends the line. The result ends
/// with a newline unless it is empty.
///
/// Never panics: any string parses to some tree.
///
/// ```
/// let page = "<nav>首页</nav><div id=\"zoom\"><p>签署协议13项。</p></div>";
/// assert_eq!(pressfacts::html::article_text(page), "签署协议13项。\n");
/// ```
pub fn article_text(html: &str) -> String {
    let page = Html::parse_document(html);
    render(content_root(&page))
}

/// Subtrees that are never article text: code, page chrome, controls.
/// `head` is here so the whole-document fallback does not read the
/// `<title>`, which repeats the headline (or the site name) out of place.
fn is_dropped(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "form"
            | "iframe"
            | "svg"
            | "button"
            | "select"
    )
}

/// How an element places its text relative to what comes before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Starts and ends a line.
    Block,
    /// A table cell: separated from the previous cell of its row.
    Cell,
    /// Flows with the text around it.
    Inline,
}

fn layout(name: &str) -> Layout {
    match name {
        "p" | "div" | "br" | "hr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul"
        | "ol" | "dl" | "dd" | "dt" | "tr" | "table" | "caption" | "section" | "article"
        | "main" | "blockquote" | "pre" | "figure" | "figcaption" | "address" | "center"
        | "details" | "summary" => Layout::Block,
        "td" | "th" => Layout::Cell,
        _ => Layout::Inline,
    }
}

/// Where an element stands among the content-root candidates, best first;
/// `None` for an element that is not one.
fn candidate_rank(element: &Element) -> Option<usize> {
    match element.name() {
        "article" => Some(0),
        "main" => Some(1),
        "body" => Some(3),
        _ if is_content_container(element) => Some(2),
        _ => None,
    }
}

/// The ids and classes CMS templates wrap the article body in.
fn is_content_container(element: &Element) -> bool {
    matches!(element.id(), Some("content" | "zoom"))
        || element.classes().any(|class| {
            matches!(
                class,
                "content" | "article" | "article-content" | "TRS_Editor"
            )
        })
}

/// The edges of a traversal from `root` that lie outside dropped subtrees
/// (comments pass through; nothing reads them).
fn kept_edges<'a>(root: NodeRef<'a, Node>) -> impl Iterator<Item = Edge<'a, Node>> {
    // How many elements deep we are inside a dropped subtree; 0 outside.
    let mut dropped = 0usize;
    root.traverse().filter(move |edge| match edge {
        Edge::Open(node) => match node.value() {
            Node::Element(element) if dropped > 0 || is_dropped(element.name()) => {
                dropped += 1;
                false
            }
            _ => dropped == 0,
        },
        Edge::Close(node) => match node.value() {
            Node::Element(_) if dropped > 0 => {
                dropped -= 1;
                false
            }
            _ => dropped == 0,
        },
    })
}

/// The element the article is read from (see [`article_text`]). Every
/// candidate's text is counted in one walk over the page, summing each
/// element's count into its parent's as it closes, so nested candidates do
/// not make the cost quadratic.
fn content_root(page: &Html) -> NodeRef<'_, Node> {
    let mut best: [Option<(usize, NodeRef<'_, Node>)>; 4] = [None; 4];
    // Visible characters seen so far in each open element, innermost last.
    let mut counts = vec![0usize];
    for edge in kept_edges(page.tree.root()) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(_) => counts.push(0),
                Node::Text(text) => {
                    if let Some(count) = counts.last_mut() {
                        *count += text.chars().filter(|c| !c.is_whitespace()).count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    let count = counts.pop().unwrap_or(0);
                    if let Some(parent) = counts.last_mut() {
                        *parent += count;
                    }
                    if let Some(rank) = candidate_rank(element) {
                        let slot = &mut best[rank];
                        if count > 0 && slot.is_none_or(|(most, _)| count > most) {
                            *slot = Some((count, node));
                        }
                    }
                }
            }
        }
    }
    best.into_iter()
        .flatten()
        .next()
        .map_or(page.tree.root(), |(_, node)| node)
}

/// Lays out the text under `root` (see [`article_text`]).
fn render(root: NodeRef<'_, Node>) -> String {
    let mut lines = Lines::default();
    // How many `<pre>` elements we are inside.
    let mut pre = 0usize;
    for edge in kept_edges(root) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    if element.name() == "pre" {
                        pre += 1;
                    }
                    match layout(element.name()) {
                        Layout::Block => lines.end_line(),
                        Layout::Cell => lines.next_cell(),
                        Layout::Inline => {}
                    }
                }
                Node::Text(text) => lines.push_text(text, pre > 0),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if element.name() == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    if layout(element.name()) == Layout::Block {
                        lines.end_line();
                    }
                }
            }
        }
    }
    lines.finish()
}

/// What separates the next visible character from the text before it on
/// the same line. Held back until that character arrives, so a line never
/// starts or ends with one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Gap {
    #[default]
    None,
    Space,
    /// White space with a line break in it: a space, except between two
    /// East Asian wide characters (see [`is_wide`]).
    Break,
    Cell,
}

/// The output text, built a line at a time.
#[derive(Debug, Default)]
struct Lines {
    out: String,
    /// Byte offset in `out` where the current line starts.
    line_start: usize,
    gap: Gap,
}

impl Lines {
    fn line_is_empty(&self) -> bool {
        self.out.len() == self.line_start
    }

    fn push_text(&mut self, text: &str, pre: bool) {
        for c in text.chars() {
            if pre && c == '\n' {
                self.end_line();
            } else if c == '\n' || c == '\r' {
                if matches!(self.gap, Gap::None | Gap::Space) {
                    self.gap = Gap::Break;
                }
            } else if c.is_ascii_whitespace() || c == '\u{a0}' {
                if self.gap == Gap::None {
                    self.gap = Gap::Space;
                }
            } else {
                let before = self.out[self.line_start..].chars().next_back();
                if let Some(before) = before {
                    match self.gap {
                        Gap::None => {}
                        Gap::Break if is_wide(before) && is_wide(c) => {}
                        Gap::Space | Gap::Break => self.out.push(' '),
                        Gap::Cell => self.out.push('\t'),
                    }
                }
                self.gap = Gap::None;
                self.out.push(c);
            }
        }
    }

    /// A table cell opens: its text is set off from the previous cell's.
    fn next_cell(&mut self) {
        self.gap = Gap::Cell;
    }

    /// Closes the current line, if it has anything visible on it.
    fn end_line(&mut self) {
        let kept = self.out[self.line_start..]
            .trim_end_matches([' ', '\t', '\u{3000}'])
            .len();
        self.out.truncate(self.line_start + kept);
        if !self.line_is_empty() {
            self.out.push('\n');
            self.line_start = self.out.len();
        }
        self.gap = Gap::None;
    }

    fn finish(mut self) -> String {
        self.end_line();
        self.out
    }
}

/// East Asian wide characters (CJK ideographs and punctuation, kana,
/// Hangul, full-width forms). A line break in the page source between two
/// of them is dropped rather than turned into a space — the CSS Text
/// segment-break rule, as Firefox applies it — because editors hard-wrap
/// Chinese paragraphs and `签署\n协议` should not read `签署 协议`.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}')
}

#[cfg(test)]
mod tests {
    use super::article_text;
    use proptest::prelude::*;

    /// A city government's news page as TRS-built sites lay them out: menu,
    /// breadcrumb, the article in `.TRS_Editor`, a footer.
    const GOV_PAGE: &str = r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>甲城与乙国丙省签署友好合作协议_甲城市人民政府</title>
<style>body { font: 14px/1.8 "SimSun"; } .nav li { float: left; }</style>
<script>var hits = 0; document.write("<p>访问量</p>");</script>
</head>
<body>
<div class="top">
  <nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></nav>
</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwyw/">政务要闻</a></div>
<div class="TRS_Editor">
  <h1>甲城与乙国丙省签署友好合作协议</h1>
  <p>　　5月20日，甲城代表团访问乙国丙省，
     双方签署友好合作协议13项。</p>
  <p>&nbsp;会议指出，投资额&lt;50亿元的项目由双方共同评审。<br>年内开通甲城—越南河内航线。</p>
  <!-- 正文结束 -->
  <table>
    <tr><td>项目</td><td>数量</td></tr>
    <tr><td>合作协议</td><td> 13项 </td></tr>
  </table>
  <p><img src="/pic/qy.jpg" alt="签约现场"></p>
</div>
<footer><p>版权所有：甲城市人民政府办公室</p></footer>
</body>
</html>
"#;

    #[test]
    fn gov_page_reads_only_the_trs_editor() {
        assert_eq!(
            article_text(GOV_PAGE),
            "甲城与乙国丙省签署友好合作协议\n\
             \u{3000}\u{3000}5月20日，甲城代表团访问乙国丙省，双方签署友好合作协议13项。\n\
             会议指出，投资额<50亿元的项目由双方共同评审。\n\
             年内开通甲城—越南河内航线。\n\
             项目\t数量\n\
             合作协议\t13项\n"
        );
    }

    #[test]
    fn article_preferred_over_body() {
        let page = "<body><div class=\"crumb\">首页 &gt; 新闻</div>\
                    <article><h2>标题</h2><p>正文一。</p></article>\
                    <p>相关阅读</p></body>";
        assert_eq!(article_text(page), "标题\n正文一。\n");
    }

    #[test]
    fn article_with_most_text_wins() {
        let page = "<article><p>短</p></article><article><p>这一篇更长。</p></article>";
        assert_eq!(article_text(page), "这一篇更长。\n");
    }

    #[test]
    fn main_preferred_over_content_class() {
        let page = "<div class=\"content\">侧栏</div><main><p>主体内容</p></main>";
        assert_eq!(article_text(page), "主体内容\n");
    }

    #[test]
    fn content_container_with_most_text_wins() {
        let page = "<div class=\"content\">栏目</div>\
                    <div id=\"zoom\"><p>第一段。</p><p>第二段。</p></div>";
        assert_eq!(article_text(page), "第一段。\n第二段。\n");
    }

    #[test]
    fn body_fallback_keeps_breadcrumb_drops_chrome() {
        let page = "<html><body><header>网站标题</header><nav>首页 | 新闻</nav>\
                    <div>当前位置：新闻</div><p>正文。</p>\
                    <aside>热点</aside><footer>版权所有</footer></body></html>";
        assert_eq!(article_text(page), "当前位置：新闻\n正文。\n");
    }

    #[test]
    fn page_without_body_tag() {
        let page = "<title>通报</title><p>第一段。</p>第二段";
        assert_eq!(article_text(page), "第一段。\n第二段\n");
    }

    #[test]
    fn frameset_page_has_no_body() {
        // The parser builds no `<body>` for a frameset page, so the whole
        // document is read; its `<head>` is still dropped.
        let page = "<html><head><title>标题</title></head>\
                    <frameset><frame src=\"a.html\"></frameset></html>";
        assert_eq!(article_text(page), "");
    }

    #[test]
    fn empty_input() {
        assert_eq!(article_text(""), "");
    }

    #[test]
    fn script_only_page() {
        let page = "<script>document.write('<p>文字</p>');</script><style>p{}</style>";
        assert_eq!(article_text(page), "");
    }

    #[test]
    fn malformed_nesting_keeps_text() {
        let page = "<p>开头<div>中间</p>结尾</div><b><i>粗斜</b>斜</i><td>孤立单元格";
        assert_eq!(article_text(page), "开头\n中间\n结尾\n粗斜斜孤立单元格\n");
    }

    #[test]
    fn whitespace_rules() {
        let page = "<p>  a \t b\u{a0}\u{a0}c  </p><p>\u{3000}\u{3000}</p>\
                    <p>\u{3000}缩进\u{3000}</p><p>x<span> </span>y</p>";
        assert_eq!(article_text(page), "a b c\n\u{3000}缩进\nx y\n");
    }

    #[test]
    fn line_break_between_wide_characters_is_no_space() {
        let page = "<p>甲城\n  乙国，\r\n丙省</p><p>甲 乙</p><p>协议\n13项</p><p>a\nb</p>";
        assert_eq!(
            article_text(page),
            "甲城乙国，丙省\n甲 乙\n协议 13项\na b\n"
        );
    }

    #[test]
    fn pre_keeps_its_lines() {
        let page = "<pre>第一行\n  第二行\n\n</pre>";
        assert_eq!(article_text(page), "第一行\n第二行\n");
    }

    #[test]
    fn deep_nesting_needs_no_stack() {
        let depth = 20_000;
        let page = format!("{}深{}", "<span>".repeat(depth), "</span>".repeat(depth));
        assert_eq!(article_text(&page), "深\n");
    }

    #[test]
    fn news_page_fixture() {
        let page = include_str!("../tests/fixtures/news_page.html");
        assert_eq!(
            article_text(page),
            "甲城代表团访问越南 签署友好合作协议13项\n\
             发布时间：2024-05-21 09:30\u{3000}来源：市外事办\n\
             \u{3000}\u{3000}5月18日至20日，甲城市代表团访问越南河内市和海防市。\
             访问期间，双方共签署友好合作协议13项，涉及经贸、文化旅游、教育和港口物流等领域。\n\
             \u{3000}\u{3000}双方商定，今年下半年开通甲城—越南河内航线，每周往返4班；\
             甲城港与海防港将开通集装箱班轮航线。\n\
             \u{3000}\u{3000}据统计，2023年甲城与越南进出口总额达56.8亿元，同比增长12.5%。\n\
             截至目前，甲城已与越南3个城市建立友好城市关系。\n"
        );
    }

    proptest! {
        // Fixed cases, so CI cannot fail by chance; the fuzzer explores.
        #![proptest_config(ProptestConfig {
            cases: 200,
            rng_seed: proptest::test_runner::RngSeed::Fixed(0x6874_6d6c),
            ..ProptestConfig::default()
        })]

        #[test]
        fn never_panics_and_lines_are_clean(page in r"(<[/!]?[a-z]{0,7}( [a-z]+=.?[a-z]*.?)?>|&[a-z#0-9]{0,5};?|[ \t\n\u{a0}\u{3000}]|[a-z中文。]|.){0,60}") {
            let text = article_text(&page);
            prop_assert!(text.is_empty() || text.ends_with('\n'));
            for line in text.lines() {
                prop_assert!(!line.is_empty());
                prop_assert_eq!(line, line.trim_matches(|c: char| c.is_ascii_whitespace()));
            }
        }
    }
}
