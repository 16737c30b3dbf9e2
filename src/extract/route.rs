//! Routes: an ordered chain of places served by one transport line
//! (重庆—斯里兰卡科伦坡—马尔代夫马累, 成都经停乌鲁木齐至阿拉木图). Owns finding
//! chains, splitting each stop into country + place with the gazetteer, and
//! reading the mode (air, rail, sea, road) and status (opened, planned,
//! existing) from the words around the chain.

use crate::Span;
use crate::document::Document;
use crate::facts::{Mode, Route, Status};
use crate::gazetteer;
use crate::merge::Mention;

/// Joiners between two stops. A dash or wave needs no more; a word such as
/// 至 or 经停 also joins ordinary phrases, so both sides must be known places.
const WORD_JOINERS: &[&str] = &["经停", "直飞", "往返", "飞往", "开往", "至", "到", "经"];

/// Transport words: a chain counts as a route only in a sentence that has one.
const TRANSPORT: &[&str] = &[
    "航线", "航班", "班列", "列车", "铁路", "班轮", "航运", "海运", "货运", "客运", "直飞", "通航",
    "线路", "公路", "班车", "快线", "专线", "巴士", "首航", "经停", "高铁", "动车", "往返", "港口",
    "航線", "鐵路", "開通",
];

/// One stop of a chain: where its text lies, the place name without a country
/// prefix, and its country.
#[derive(Debug, Clone)]
struct Stop {
    span: Span,
    name: String,
    country: Option<String>,
    known: bool,
}

pub fn extract(doc: &Document) -> Vec<Mention<Route>> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let sentence = doc.norm(*s);
        if !TRANSPORT.iter().any(|w| sentence.contains(w)) {
            continue;
        }
        let chars = doc.chars(*s);
        let mut i = 0;
        while i < chars.len() {
            match chain_at(doc, &chars, s.start, i) {
                Some((stops, end)) => {
                    let span = Span::new(stops[0].span.start, stops[stops.len() - 1].span.end);
                    let context = context_of(*s, span);
                    out.push(Mention {
                        span,
                        attrs: Route {
                            stops: stops.iter().map(|x| x.name.clone()).collect(),
                            countries: stops.iter().map(|x| x.country.clone()).collect(),
                            mode: mode(&sentence_words(doc, context, span)),
                            status: status(doc, context, span),
                        },
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A chain of two or more stops starting at `i` (relative to the sentence).
fn chain_at(doc: &Document, chars: &[char], base: usize, i: usize) -> Option<(Vec<Stop>, usize)> {
    // A stop starts a word, or follows punctuation such as （.
    let after_punct = i > 0 && chars.get(i - 1).is_some_and(|c| !c.is_alphanumeric());
    if !doc.is_word_start(base + i) && !after_punct {
        return None;
    }
    let first = stop_at(doc, chars, base, i)?;
    let mut stops = vec![first];
    let mut pos = stops[0].span.end - base;
    while let Some((joiner_len, is_dash)) = joiner_at(chars, pos) {
        let Some(next) = stop_at(doc, chars, base, pos + joiner_len) else {
            break;
        };
        // 至, 经停 and the like join only known places.
        let both_known = next.known && stops.last().is_some_and(|s| s.known);
        if !(is_dash || both_known) {
            break;
        }
        pos = next.span.end - base;
        stops.push(next);
    }
    // Two stops need at least one to be a known place; a country alone is no stop.
    let any_known = stops.iter().any(|s| s.known);
    (stops.len() >= 2 && any_known).then_some((stops, pos))
}

fn joiner_at(chars: &[char], pos: usize) -> Option<(usize, bool)> {
    match chars.get(pos) {
        Some('-' | '~') => Some((1, true)),
        _ => {
            let rest: String = chars[pos.min(chars.len())..].iter().take(2).collect();
            WORD_JOINERS
                .iter()
                .find(|w| rest.starts_with(*w))
                .map(|w| (w.chars().count(), false))
        }
    }
}

/// The stop starting at `i`: an optional country and a known place
/// (斯里兰卡科伦坡), a known place alone, or an unknown name of two to six
/// characters that jieba keeps as one word.
fn stop_at(doc: &Document, chars: &[char], base: usize, i: usize) -> Option<Stop> {
    let rest = chars.get(i..)?;
    let (clen, country) = match gazetteer::country_prefix(rest) {
        Some((n, c)) => (n, Some(c)),
        None => (0, None),
    };
    // The place after the country prefix, or the place alone; take the longer.
    let after_country = if clen > 0 {
        gazetteer::place_prefix(&rest[clen..]).map(|(n, c)| (clen + n, clen, c))
    } else {
        None
    };
    let alone = gazetteer::place_prefix(rest).map(|(n, c)| (n, 0, c));
    let best = match (after_country, alone) {
        (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
        (a, b) => a.or(b),
    };
    if let Some((len, name_start, city_country)) = best {
        // 重庆市, 天津港, 成都站: the administrative or terminal suffix stays with the name.
        let len = len + usize::from(matches!(rest.get(len), Some('港' | '站')));
        let country = if name_start > 0 {
            let written = doc.source(Span::new(base + i, base + i + name_start));
            country.map(|c| gazetteer::as_written(written, c))
        } else {
            city_country.map(str::to_string)
        };
        let country = country.filter(|c| c != "中国");
        return Some(Stop {
            span: Span::new(base + i, base + i + len),
            name: doc
                .source(Span::new(base + i + name_start, base + i + len))
                .to_string(),
            country,
            known: true,
        });
    }
    if clen > 0 {
        // A country alone is a stop only when it is also a city (新加坡); handled above.
        return None;
    }
    // An unknown place: one word of 2–6 Han characters.
    let tok = doc.token_at(base + i)?;
    let len = tok.end - tok.start;
    let han = rest
        .iter()
        .take(len)
        .all(|c| ('\u{4e00}'..='\u{9fff}').contains(c));
    if tok.start != base + i || !(2..=6).contains(&len) || !han || !tok.tag.starts_with('n') {
        return None;
    }
    Some(Stop {
        span: Span::new(tok.start, tok.end),
        name: doc.source(Span::new(tok.start, tok.end)).to_string(),
        country: None,
        known: false,
    })
}

/// The part of the sentence whose words can tell a chain's mode and status:
/// the sentence, but no more than `CONTEXT` characters on either side of the
/// chain. Press-release sentences are shorter than that; the bound keeps a
/// run-on "sentence" of many chains from being rescanned once per chain.
fn context_of(sentence: Span, chain: Span) -> Span {
    const CONTEXT: usize = 150;
    Span::new(
        sentence.start.max(chain.start.saturating_sub(CONTEXT)),
        sentence.end.min(chain.end + CONTEXT),
    )
}

/// The words of the sentence after the chain first, then the whole sentence.
fn sentence_words(doc: &Document, sentence: Span, chain: Span) -> String {
    let after = doc.norm(Span::new(chain.end, sentence.end));
    let all = doc.norm(sentence);
    format!("{after}|{all}")
}

fn mode(words: &str) -> Mode {
    let first = |cues: &[&str]| cues.iter().filter_map(|c| words.find(c)).min();
    let rail = first(&["班列", "铁路", "列车", "动车", "高铁", "火车", "鐵路"]);
    let sea = first(&[
        "海运",
        "班轮",
        "集装箱航线",
        "航运",
        "港口",
        "船",
        "海铁",
        "远洋",
        "港",
    ]);
    let air = first(&[
        "航班", "航线", "直飞", "机场", "航空", "客机", "通航", "首航", "飞往", "航線",
    ]);
    let road = first(&["公路", "班车", "汽车", "巴士", "卡车"]);
    [
        (rail, Mode::Rail),
        (sea, Mode::Sea),
        (air, Mode::Air),
        (road, Mode::Road),
    ]
    .into_iter()
    .filter_map(|(p, m)| p.map(|p| (p, m)))
    .min_by_key(|(p, _)| *p)
    .map_or(Mode::Unknown, |(_, m)| m)
}

/// The status verb nearest before the chain in its clause, else after it.
fn status(doc: &Document, sentence: Span, chain: Span) -> Status {
    let before = doc.norm(Span::new(sentence.start, chain.start));
    let after = doc.norm(Span::new(chain.end, sentence.end));
    let planned = ["将", "计划", "拟", "即将", "有望", "预计", "筹备", "力争"];
    let opened = [
        "开通",
        "开行",
        "首航",
        "首发",
        "通航",
        "启航",
        "开航",
        "正式运营",
        "投运",
        "首飞",
        "開通",
        "復航",
        "复航",
        "恢复",
    ];
    let existing = ["已开通", "现有", "累计开通", "运营", "常态化", "已"];
    let last = |cues: &[&str], text: &str| {
        cues.iter()
            .filter_map(|c| text.rfind(c).map(|i| i + c.len()))
            .max()
    };
    if let Some(v) = last(&opened, before) {
        let lead = &before[..v];
        // The dozen characters before the verb: 将于下月开通, 计划开通.
        let near: String = lead
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if planned.iter().any(|p| near.contains(p)) {
            return Status::Planned;
        }
        if ["已开通", "累计开通", "现有"]
            .iter()
            .any(|e| lead.contains(e))
            && !lead.contains("开通了")
        {
            return Status::Existing;
        }
        return Status::Opened;
    }
    if planned
        .iter()
        .any(|p| before.contains(p) || after.contains(p))
    {
        return Status::Planned;
    }
    if opened.iter().any(|o| after.contains(o)) {
        return Status::Opened;
    }
    if existing
        .iter()
        .any(|e| before.contains(e) || after.contains(e))
    {
        return Status::Existing;
    }
    Status::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routes(text: &str) -> Vec<Route> {
        extract(&Document::new(text))
            .into_iter()
            .map(|m| m.attrs)
            .collect()
    }

    #[test]
    fn route_with_country_prefixed_stops() {
        let r = routes("开通成都—斯里兰卡科伦坡—马尔代夫马累国际航线。");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].stops, vec!["成都", "科伦坡", "马累"]);
        assert_eq!(
            r[0].countries,
            vec![
                None,
                Some("斯里兰卡".to_string()),
                Some("马尔代夫".to_string())
            ]
        );
        assert_eq!((r[0].mode, r[0].status), (Mode::Air, Status::Opened));
    }

    #[test]
    fn two_routes_joined_by_he() {
        let r = routes("开通了西安—越南河内和西安—泰国曼谷两条国际航线。");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].stops, vec!["西安", "河内"]);
        assert_eq!(r[1].stops, vec!["西安", "曼谷"]);
    }

    #[test]
    fn rail_route_in_brackets_and_planned() {
        let r = routes("中欧班列（成都－罗兹）将于下月开行。");
        assert_eq!(r[0].stops, vec!["成都", "罗兹"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Rail, Status::Planned));
    }

    #[test]
    fn word_joiners_need_known_places() {
        let r = routes("成都经停乌鲁木齐至阿拉木图航线首航。");
        assert_eq!(r[0].stops, vec!["成都", "乌鲁木齐", "阿拉木图"]);
        assert!(routes("截至目前，航线运行平稳。").is_empty());
    }

    #[test]
    fn relations_without_transport_are_not_routes() {
        assert!(routes("中国—东盟博览会开幕。").is_empty());
    }

    /// Found by timing long inputs: every chain rescanned its whole sentence
    /// for mode and status cues, so one run-on sentence of 2,000 chains took
    /// 7.1 s in a debug build (quadratic), 0.6 s with the context bounded.
    /// The chains, their mode and status must not change.
    #[test]
    fn regression_run_on_sentence_of_chains_is_linear() {
        let text = "开通重庆—科伦坡航线".repeat(2000);
        let r = extract(&Document::new(&text));
        assert_eq!(r.len(), 2000);
        assert!(r.iter().all(|m| m.attrs.stops == ["重庆", "科伦坡"]
            && (m.attrs.mode, m.attrs.status) == (Mode::Air, Status::Opened)));
    }
}
