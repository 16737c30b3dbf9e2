//! Agreements: a signing or cooperation act with its parties, type, number
//! and action (重庆市与美国萨克拉门托市、NBA国王队、美宝集团签订四方协议;
//! 签署友好合作协议13项). Owns reading the act and walking back from its verb
//! over the party list; the parties themselves are institutions found by
//! [`institution`](super::institution) or places known to the gazetteer.

use crate::document::Document;
use crate::facts::{Agreement, Institution};
use crate::merge::Mention;
use crate::{Span, gazetteer, numeral};
use regex::Regex;
use std::sync::LazyLock;

/// A signing verb, an optional preposed count, the agreement noun and an
/// optional postposed count.
/// e.g. `签署14项合作协议`, `签署友好合作协议13项`, `签订四方协议`
static SIGN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<action>签署|签订|缔结|簽署|簽訂|締結)了?
        (?:(?P<pre_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件|個|項))?
        (?P<type>[\p{Han}A-Za-z]{0,14}?
            (?:协议|备忘录|意向书|合同|协定|议定书|框架协议|協議|備忘錄|協定|合約))
        (?:(?:共计|共|合计)?(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件|個|項))?
        ",
    )
    .expect("sign pattern")
});

/// Parties that 开展 a named cooperation: `与尼泊尔农林大学开展农业技术合作`.
static COOPERATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<action>开展|開展)(?P<type>[\p{Han}]{1,10}?合作)").expect("cooperate pattern")
});

/// Aggregated signings: `签约项目35个`, `签约重大项目共计28个`.
static SIGNED_PROJECTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<action>签约|簽約)(?P<type>[\p{Han}]{0,6}?项目)(?:共计|合计|总计|共|达)?(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:个|项)",
    )
    .expect("projects pattern")
});

/// Quantifiers that leave the number of agreements unknown.
const VAGUE: &[&str] = &[
    "一系列",
    "多项",
    "一批",
    "多份",
    "若干",
    "一揽子",
    "数项",
    "系列",
    "各项",
    "相关",
];

/// Words between the last party and the verb: `A与B正式签署`, `A与B在会上签署`.
static ADVERBIAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:在[^,;:、与和同]{1,10}?|就[^,;:]{1,24}?|当天|现场|当场|共同|正式|分别|还|也|将|已|成功|顺利)+$").expect("adverbial")
});

/// Connectors in a party list; 分别与 makes one agreement per counterpart.
const CONNECTORS: &[&str] = &[
    "分别与",
    "分别同",
    "以及",
    "、",
    "与",
    "和",
    "同",
    "及",
    "與",
];

pub fn extract(doc: &Document, institutions: &[Mention<Institution>]) -> Vec<Mention<Agreement>> {
    let mut out = Vec::new();
    for caps in doc.captures(&SIGN) {
        let (Some(whole), Some(action), Some(kind)) =
            (caps.get(0), caps.name("action"), caps.name("type"))
        else {
            continue;
        };
        let whole = doc.span_of(whole);
        let action_span = doc.span_of(action);
        let kind_span = doc.span_of(kind);
        let (mut kind_text, mut topic) = (doc.source(kind_span).to_string(), None);
        // 签署了关于共建园区的合作协议: the 的-phrase is the topic.
        if let Some(i) = kind_text.rfind('的') {
            topic = Some(kind_text[..i].trim_start_matches("关于").to_string());
            kind_text = kind_text[i + '的'.len_utf8()..].to_string();
        }
        let mut vague = false;
        for v in VAGUE {
            if let Some(rest) = kind_text.strip_prefix(v) {
                kind_text = rest.to_string();
                vague = true;
            }
        }
        let number = caps
            .name("pre_n")
            .or(caps.name("post_n"))
            .and_then(|m| numeral::parse(m.as_str()))
            .map(|n| n as u64);
        let parties = party_lists(doc, institutions, action_span.start);
        if parties.is_empty() && (number.is_none() || vague) {
            continue;
        }
        let count = if vague { number } else { number.or(Some(1)) };
        push(
            &mut out,
            doc,
            parties,
            whole,
            action_span,
            &kind_text,
            count,
            topic,
        );
    }
    for caps in doc.captures(&COOPERATE) {
        let (Some(whole), Some(action), Some(kind)) =
            (caps.get(0), caps.name("action"), caps.name("type"))
        else {
            continue;
        };
        let action_span = doc.span_of(action);
        let parties = party_lists(doc, institutions, action_span.start);
        if parties.iter().all(|p| p.len() < 2) {
            continue;
        }
        let kind = doc.source(doc.span_of(kind)).to_string();
        push(
            &mut out,
            doc,
            parties,
            doc.span_of(whole),
            action_span,
            &kind,
            Some(1),
            None,
        );
    }
    for caps in doc.captures(&SIGNED_PROJECTS) {
        let (Some(whole), Some(action), Some(kind), Some(n)) = (
            caps.get(0),
            caps.name("action"),
            caps.name("type"),
            caps.name("post_n"),
        ) else {
            continue;
        };
        let Some(count) = numeral::parse(n.as_str()) else {
            continue;
        };
        let kind = doc.source(doc.span_of(kind)).to_string();
        let action_span = doc.span_of(action);
        push(
            &mut out,
            doc,
            Vec::new(),
            doc.span_of(whole),
            action_span,
            &kind,
            Some(count as u64),
            None,
        );
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Mention<Agreement>>,
    doc: &Document,
    parties: Vec<Vec<Span>>,
    whole: Span,
    action: Span,
    kind: &str,
    count: Option<u64>,
    topic: Option<String>,
) {
    let lists = if parties.is_empty() {
        vec![Vec::new()]
    } else {
        parties
    };
    for list in lists {
        let start = list.iter().map(|s| s.start).min().unwrap_or(whole.start);
        let topic = topic.clone().or_else(|| topic_after(doc, whole.end));
        out.push(Mention {
            span: Span::new(start, whole.end),
            attrs: Agreement {
                parties: list.iter().map(|s| doc.source(*s).to_string()).collect(),
                kind: kind.to_string(),
                count,
                action: doc.source(action).to_string(),
                topic,
            },
        });
    }
}

/// The clause right after an agreement often says what it is for:
/// `签订四方协议，在渝共建青少年篮球训练中心`.
fn topic_after(doc: &Document, end: usize) -> Option<String> {
    let sentence = doc.sentence_at(end.saturating_sub(1))?;
    let rest = doc.chars(Span::new(end, sentence.end));
    if rest.first() != Some(&',') {
        return None;
    }
    let len = rest[1..]
        .iter()
        .take_while(|c| !matches!(c, ',' | ';' | '。' | ':'))
        .count();
    (2..=30)
        .contains(&len)
        .then(|| doc.source(Span::new(end + 1, end + 1 + len)).to_string())
}

/// The party lists that end right before `verb`: one list normally, one per
/// counterpart after 分别与. Empty when no party is named.
fn party_lists(
    doc: &Document,
    institutions: &[Mention<Institution>],
    verb: usize,
) -> Vec<Vec<Span>> {
    let Some(sentence) = doc.sentence_at(verb) else {
        return Vec::new();
    };
    let lead = doc.norm(Span::new(sentence.start, verb));
    let strip = ADVERBIAL_BEFORE
        .find(lead)
        .map_or(0, |m| m.as_str().chars().count());
    let mut pos = verb - strip;
    let mut parties = Vec::new();
    let mut split_after_first = false;
    while let Some(span) = entity_ending_at(doc, institutions, sentence.start, pos) {
        parties.push(span);
        let before = doc.norm(Span::new(sentence.start, span.start));
        let Some(conn) = CONNECTORS.iter().find(|c| before.ends_with(*c)) else {
            break;
        };
        if conn.starts_with("分别") {
            split_after_first = true;
        }
        pos = span.start - conn.chars().count();
    }
    parties.reverse();
    if parties.is_empty() {
        return Vec::new();
    }
    if split_after_first && parties.len() > 2 {
        let first = parties[0];
        return parties[1..].iter().map(|p| vec![first, *p]).collect();
    }
    vec![parties]
}

/// A party name ending at `pos`: an institution, a known place (重庆市,
/// 美国萨克拉门托市), or a proper-noun word.
fn entity_ending_at(
    doc: &Document,
    institutions: &[Mention<Institution>],
    limit: usize,
    pos: usize,
) -> Option<Span> {
    if pos <= limit {
        return None;
    }
    if let Some(inst) = institutions.iter().find(|m| m.span.end == pos) {
        return Some(inst.span);
    }
    let chars = doc.chars(Span::new(pos.saturating_sub(16).max(limit), pos));
    let n = chars.len();
    // The longest place: country prefix + name + administrative suffix, or a known place.
    let mut best = None;
    for len in (2..=n).rev() {
        let cand = &chars[n - len..];
        let s: String = cand.iter().collect();
        let known = gazetteer::is_cn_place(&s)
            || gazetteer::city_country(&s).is_some()
            || gazetteer::country(&s).is_some();
        let admin = gazetteer::country_prefix(cand).is_some_and(|(c, _)| c + 1 < len)
            && matches!(cand.last(), Some('市' | '州' | '省' | '县' | '区' | '郡'));
        if (known || admin) && doc.is_word_start(pos - len) {
            best = Some(Span::new(pos - len, pos));
            break;
        }
    }
    if best.is_some() {
        return best;
    }
    let tok = doc.token_at(pos - 1)?;
    let proper = matches!(tok.tag.as_str(), "nt" | "nz" | "ns" | "nrt" | "eng" | "j");
    (proper && tok.end == pos && tok.end - tok.start >= 2)
        .then(|| Span::new(tok.start.max(limit), tok.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::institution;

    fn agreements(text: &str) -> Vec<Agreement> {
        let doc = Document::new(text);
        let inst = institution::extract(&doc);
        extract(&doc, &inst).into_iter().map(|m| m.attrs).collect()
    }

    #[test]
    fn agreement_postposed_count_without_parties() {
        let a = agreements("会上签署友好合作协议13项，包括缔结友城2对。");
        assert_eq!(a.len(), 1);
        assert_eq!(
            (a[0].kind.as_str(), a[0].count, a[0].parties.len()),
            ("友好合作协议", Some(13), 0)
        );
    }

    #[test]
    fn agreement_party_list() {
        let a = agreements("如成都市与澳大利亚职业教育协会、甲乙集团签订三方协议，共建实训基地。");
        assert_eq!(a.len(), 1);
        assert_eq!(
            a[0].parties,
            vec!["成都市", "澳大利亚职业教育协会", "甲乙集团"]
        );
        assert_eq!(
            (a[0].kind.as_str(), a[0].count, a[0].action.as_str()),
            ("三方协议", Some(1), "签订")
        );
        assert_eq!(a[0].topic.as_deref(), Some("共建实训基地"));
    }

    #[test]
    fn agreement_cooperation_needs_two_parties() {
        let a = agreements("甲市农业科学院与尼泊尔农林大学开展农业技术合作。");
        assert_eq!(a[0].parties, vec!["甲市农业科学院", "尼泊尔农林大学"]);
        assert_eq!(a[0].kind, "农业技术合作");
        assert!(agreements("双方开展深入合作。").is_empty());
    }

    #[test]
    fn vague_agreements_without_parties_are_not_facts() {
        assert!(agreements("签署多项合作协议，拓展合作领域。").is_empty());
    }

    #[test]
    fn fenbie_gives_one_agreement_per_counterpart() {
        let a = agreements("华信集团分别与东海大学、南方科技研究院签署合作备忘录。");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].parties, vec!["华信集团", "东海大学"]);
        assert_eq!(a[1].parties, vec!["华信集团", "南方科技研究院"]);
    }
}
