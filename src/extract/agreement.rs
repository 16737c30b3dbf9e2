//! Agreements: a signing or cooperation act with its parties, type, number
//! and action (重庆市与美国萨克拉门托市、NBA国王队、美宝集团签订四方协议;
//! 签署友好合作协议13项). Owns reading the act and walking back from its verb
//! over the party list; the parties themselves are institutions found by
//! [`institution`](super::institution) or places known to the gazetteer.

use crate::document::{Document, Pattern};
use crate::facts::{Agreement, Institution};
use crate::merge::Mention;
use crate::{Span, charset, gazetteer, numeral};
use regex::Regex;
use std::sync::LazyLock;

/// A signing verb, an optional preposed count, the agreement noun (two
/// joined by 及/和 count as one: 贸易和投资合同及协议) and an optional
/// postposed count.
/// e.g. `签署14项合作协议`, `签署友好合作协议13项`, `签订四方协议`,
/// `签署2025年度合作计划协议`
static SIGN: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?x)
        (?P<action>VERBS)了?
        # 签署2024—2026年度友好交流合作协议: the period is no part of the type;
        # 签订年供货8万吨聚丙烯的长期购销协议, 签订为期三年、总量1500吨的…合同:
        # nor what the agreement provides
        # 签订三年期供货协议, 签署为期5年的…: nor its term
        (?:[0-9]{4}(?:[-~至][0-9]{4})?年度?|(?:[0-9]+|[一二两三四五六七八九十]+)年期|[\p{Han}0-9.][\p{Han}0-9.、]{1,23}?的)?
        # 签署40架C919飞机购机协议: nor the goods it buys
        (?P<goods>[0-9]+(?:架|台|艘|辆|列|套)[\p{Han}A-Za-z0-9-]{0,10}?(?:飞机|客机|货机|船舶|机车|车辆|设备))?
        (?:(?P<pre_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件|個|項))?
        (?P<type>[\p{Han}A-Za-z]{0,14}?
            (?:(?:协议|备忘录|意向书|合同|合约|契约|协定|议定书|文件|纪要|協議|備忘錄|協定|合約|契約|紀要)(?:书|書)?
              # 签署MOU: the English initials (memorandum, letter of intent)
              |MOU|MoU|LOI|LoI
              # 缔结友好城市关系, and 友好城市关系协议书 whole
              |(?:关系|關係)(?:协议书|协议|备忘录|意向书|協議書|協議|備忘錄|意向書)?)
            (?:[及和与][\p{Han}]{0,6}?(?:协议|备忘录|意向书|合同|合约|契约|协定|文件|協議|備忘錄|合約|契約))?)
        (?:(?:共计|共|合计)?(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:项|个|份|件|個|項))?
        ",
        &[SIGNING, REACHING, &["签约", "簽約"]],
    )
});

/// A signing verb with a titled agreement: `签署《关于深化经贸合作的谅解备忘录》`
/// (or one signed before, as a relative clause: `A与B签订的《…框架协议》`).
static SIGN_TITLED: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?P<action>VERBS)了?的?《(?P<title>[^《》]{0,60}?(?P<type>(?:战略|全面|友好|框架|合作|谅解|投资|贸易|经贸|交流|会谈|会议|双方|三方|四方|多方|諒解|戰略|貿易|經貿|交流|會談|會議)*(?:协议|备忘录|意向书|合同|合约|契约|协定|议定书|纪要|協議|備忘錄|協定|合約|契約|紀要)(?:书|書)?))》",
        &[SIGNING],
    )
});

/// Parties that 开展 a named cooperation: `与尼泊尔农林大学开展农业技术合作`.
static COOPERATE: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?P<action>VERBS)了?(?P<type>[\p{Han}]{1,14}?合作)",
        &[COOPERATING],
    )
});

/// Aggregated signings: `签约项目35个`, `签约重大项目共计28个`,
/// `签约物流仓储、跨境电商等项目共计18个`, `签约物流、仓储、跨境电商项目12个`,
/// `达成合作项目43项`, and orders, intents and Taiwan's investment cases
/// signed or reached the same way (`签约订单17个`, `达成合作意向23项`,
/// `簽約投資案5件`).
static SIGNED_PROJECTS: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?P<action>VERBS)(?:(?P<listed>[\p{Han}、]{2,24}?)等|(?P<items>(?:[\p{Han}]{1,8}、)+[\p{Han}]{1,8}))?(?P<type>[\p{Han}]{0,8}?(?:项目|订单|合作意向|投资案))(?:共计|合计|总计|共|达)?(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:个|项|件)",
        &[CONTRACTING],
    )
});

/// Aggregated signings with the number before the projects: `签约14个项目`.
static SIGNED_N_PROJECTS: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?P<action>VERBS)(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:个|项)(?P<type>[\p{Han}]{0,8}?项目)",
        &[&["签约", "簽約"]],
    )
});

/// Aggregated signings written number first: `41个项目现场签约`.
static PROJECTS_SIGNED: LazyLock<Pattern> = LazyLock::new(|| {
    regex_with_verbs(
        r"(?P<post_n>[0-9]+|[一二两三四五六七八九十百]+)(?:个|项)(?P<type>[\p{Han}]{0,8}?项目)(?:现场|集中|成功|正式)?(?P<action>VERBS)",
        &[&["签约", "簽約"]],
    )
});

/// Verbs of signing an agreement (签署协议, 签订《…》).
const SIGNING: &[&str] = &[
    "签署", "签订", "缔结", "续签", "簽署", "簽訂", "締結", "續簽",
];
/// Reaching an agreement (达成协议).
const REACHING: &[&str] = &["达成"];
/// Verbs of carrying out a cooperation (开展…合作).
const COOPERATING: &[&str] = &["开展", "開展"];
/// Verbs of signing or settling projects (签约项目35个, 达成合作项目43项).
const CONTRACTING: &[&str] = &[
    "签约", "签署", "签订", "达成", "簽約", "簽署", "簽訂", "達成",
];

/// Every pattern above opens with one of its verbs, spelled `VERBS` in the
/// pattern, so each verb list is written once.
fn regex_with_verbs(pattern: &str, verbs: &[&[&str]]) -> Pattern {
    let verbs = verbs.concat().join("|");
    Pattern::new(&pattern.replace("VERBS", &verbs), "agreement pattern")
}

/// Question words: a type that opens with one is asked about.
const QUESTIONS: &[&str] = &["哪", "什么", "何种", "多少", "几项", "几份", "怎样"];

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

/// Words between the last party and the verb: `A与B正式签署`, `A与B在会上签署`,
/// `A上月与B签订` (and between a party and its connector: `A同日上午与B`,
/// `A本月12日与B`, `A自112年起与B`),
/// `A与B商定在职业教育和技能培训领域开展…合作` (a field may hold 和),
/// `A与B围绕羊栖菜良种选育签订` (what they sign about).
static ADVERBIAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:已|将)?于[^,;:、与和同]{1,10}?|在[^,;:、与和同]{1,16}?|在[^,;:]{1,20}?领域|以[^,;:、与和同]{1,6}?方式|商定|约定|一致同意|同意|决定|携手|(?:就|围绕|针对|聚焦)[^,;:]{1,24}?|当天|当日|同日|次日|昨日|昨天|今日|今天|上午|下午|中午|晚上|晚间|[昨今]\([0-9]{1,2}\)日|日前|近日|近期|此前|目前|上月|本月|上周|本周|今年初|今年|去年底|去年|年初|年底|上半年|下半年|同步|同时|随后|先后|相继|此次|本次|[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}日|自[^,;:、与和同]{1,8}?起|现场|当场|共同|正式|分别|还|也|亦|均|又|将|已|成功|顺利|[双三四五六七八九两]方)+$").expect("adverbial")
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
    // The first signer of each agreement with parties, for a later clause
    // that leaves it out: `A与B签订…，并与C签署…` (C's partner is A).
    let mut signers: Vec<Span> = Vec::new();
    for caps in doc.captures(&SIGN) {
        let Some((whole, [action_span, kind_span])) = doc.groups(&caps, ["action", "type"]) else {
            continue;
        };
        let (mut kind_text, mut topic) = (doc.source(kind_span).to_string(), None);
        // 签署了关于共建园区的合作协议: the 的-phrase is the topic.
        if let Some(i) = kind_text.rfind('的') {
            topic = Some(kind_text[..i].trim_start_matches("关于").to_string());
            kind_text = kind_text[i + '的'.len_utf8()..].to_string();
        }
        // 签署40架C919飞机购机协议: what is bought is the topic.
        if topic.is_none() {
            topic = doc.group(&caps, "goods").map(|g| doc.source(g).to_string());
        }
        // 缔结友好城市关系40周年: an anniversary of a relation, not an act.
        let after = doc.norm(Span::new(whole.end, (whole.end + 6).min(doc.len())));
        if kind_text.ends_with(['系', '係'])
            && after
                .trim_start_matches(numeral::is_numeral_char)
                .starts_with("周年")
        {
            continue;
        }
        // 签署了哪些合作协议: an interviewer's question signs nothing.
        if QUESTIONS.iter().any(|q| kind_text.starts_with(q)) {
            continue;
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
        let parties = party_lists(doc, institutions, action_span.start, &signers);
        if parties.lists.is_empty() && (number.is_none() || vague) {
            continue;
        }
        let count = if vague { number } else { number.or(Some(1)) };
        // 签署战略合作协议和橄榄油供货合同: two agreements, each its own
        // type; after 分别 as many party lists as types pair in order.
        let kinds = match two_kinds(&kind_text) {
            Some(two) if number.is_none() => two.to_vec(),
            _ => vec![kind_text.as_str()],
        };
        let paired = kinds.len() == parties.lists.len();
        for (i, kind) in kinds.iter().enumerate() {
            let lists = if paired {
                vec![parties.lists[i].clone()]
            } else {
                parties.lists.clone()
            };
            let agreement = Agreed {
                rule: "agreement/sign",
                whole,
                action: action_span,
                kind,
                count,
                topic: topic.clone(),
            };
            let parties = Parties {
                lists,
                start: parties.start,
            };
            push(&mut out, &mut signers, doc, parties, agreement);
        }
    }
    for caps in doc.captures(&SIGN_TITLED) {
        let Some((whole, [action_span, title, kind])) =
            doc.groups(&caps, ["action", "title", "type"])
        else {
            continue;
        };
        let parties = party_lists(doc, institutions, action_span.start, &signers);
        if parties.lists.is_empty() {
            continue;
        }
        // 《关于深化经贸合作的谅解备忘录》: what precedes the type is the topic.
        let topic = doc.source(Span::new(title.start, kind.start));
        let topic = topic.strip_prefix("关于").unwrap_or(topic);
        let topic = topic.strip_suffix('的').unwrap_or(topic);
        // The type is the agreement noun as written: a whole title that is
        // one compound noun (《口岸通关便利化合作备忘录》, as 友好合作年度计划协议
        // is written without 《》), but only the noun of a 关于…的 title.
        let written = doc.norm(title);
        let about = written.starts_with("关于") && written.contains('的');
        let kind = if about { kind } else { title };
        let agreement = Agreed {
            rule: "agreement/titled",
            whole,
            action: action_span,
            kind: doc.source(kind),
            count: Some(1),
            topic: (!topic.is_empty()).then(|| topic.to_string()),
        };
        push(&mut out, &mut signers, doc, parties, agreement);
    }
    for caps in doc.captures(&COOPERATE) {
        let Some((whole, [action_span, kind])) = doc.groups(&caps, ["action", "type"]) else {
            continue;
        };
        // 开展了一系列务实合作: many acts of cooperation, none agreed.
        if VAGUE.iter().any(|v| doc.norm(kind).starts_with(v)) {
            continue;
        }
        let parties = party_lists(doc, institutions, action_span.start, &signers);
        if parties.lists.iter().all(|p| p.len() < 2) {
            continue;
        }
        let agreement = Agreed {
            rule: "agreement/cooperate",
            whole,
            action: action_span,
            kind: doc.source(kind),
            count: Some(1),
            topic: None,
        };
        push(&mut out, &mut signers, doc, parties, agreement);
    }
    // (41个项目现场签约: the same, written number first.)
    let projects = doc.captures(&SIGNED_PROJECTS);
    let numbered = doc.captures(&SIGNED_N_PROJECTS);
    for caps in projects
        .iter()
        .chain(&numbered)
        .chain(&doc.captures(&PROJECTS_SIGNED))
    {
        let Some((mut whole, [mut action, mut kind, n])) =
            doc.groups(caps, ["action", "type", "post_n"])
        else {
            continue;
        };
        let Some(count) = numeral::parse(doc.norm(n)) else {
            continue;
        };
        // 力争签约项目3个月内开工: months, no count of projects.
        if doc.norm(Span::new(whole.end, (whole.end + 1).min(doc.len()))) == "月" {
            continue;
        }
        // 签约仪式现场签约项目126个: the last signing verb is the act, what
        // stands between (仪式现场) is where it happened.
        if let Some(i) = doc.norm(kind).rfind(doc.norm(action)) {
            let at = kind.start + doc.norm(kind)[..i].chars().count();
            let len = action.end - action.start;
            action = Span::new(at, at + len);
            kind = Span::new(at + len, kind.end);
            whole = Span::new(at, whole.end);
        }
        // 签约物流仓储、跨境电商等项目: the listed fields are the topic.
        let topic = doc
            .group(caps, "listed")
            .or_else(|| doc.group(caps, "items"))
            .map(|s| doc.source(s).to_string());
        let agreement = Agreed {
            rule: "agreement/projects",
            whole,
            action,
            kind: doc.source(kind),
            count: Some(count as u64),
            topic,
        };
        let parties = Parties {
            lists: Vec::new(),
            start: agreement.whole.start,
        };
        push(&mut out, &mut signers, doc, parties, agreement);
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// The two types of `kind` joined by 和, 及 or 与 when each is an agreement
/// noun with its own words before it (战略合作协议|和|橄榄油供货合同); one
/// noun shared by two fields (贸易和投资合同) or a bare second noun
/// (合同及协议) is one type.
fn two_kinds(kind: &str) -> Option<[&str; 2]> {
    const NOUNS: &[&str] = &[
        "协议",
        "协议书",
        "备忘录",
        "意向书",
        "合同",
        "合约",
        "契约",
        "协定",
        "協議",
        "協議書",
        "備忘錄",
        "意向書",
        "合約",
    ];
    kind.char_indices()
        .filter(|(_, c)| matches!(c, '和' | '及' | '与' | '與'))
        .find_map(|(i, c)| {
            let (first, second) = (&kind[..i], &kind[i + c.len_utf8()..]);
            let own = |part: &str| {
                NOUNS
                    .iter()
                    .any(|n| part.ends_with(n) && part.chars().count() > n.chars().count())
            };
            (own(first) && own(second)).then_some([first, second])
        })
}

/// What one match says of an agreement, before its parties are attached.
struct Agreed<'a> {
    rule: &'static str,
    whole: Span,
    action: Span,
    kind: &'a str,
    count: Option<u64>,
    topic: Option<String>,
}

/// One mention per party list; an agreement without parties (an aggregated
/// count) gets no topic from the clause after it, which is not about it.
fn push(
    out: &mut Vec<Mention<Agreement>>,
    signers: &mut Vec<Span>,
    doc: &Document,
    parties: Parties,
    a: Agreed<'_>,
) {
    let lists = if parties.lists.is_empty() {
        vec![Vec::new()]
    } else {
        parties.lists
    };
    for list in lists {
        let start = if list.is_empty() {
            a.whole.start
        } else {
            parties.start
        };
        let topic = if list.is_empty() {
            a.topic.clone()
        } else {
            a.topic.clone().or_else(|| topic_after(doc, a.whole.end))
        };
        if let Some(first) = list.first() {
            signers.push(*first);
        }
        out.push(Mention {
            span: Span::new(start.min(a.whole.start), a.whole.end),
            attrs: Agreement {
                parties: list.iter().map(|s| doc.source(*s).to_string()).collect(),
                kind: a.kind.to_string(),
                count: a.count,
                action: doc.source(a.action).to_string(),
                topic,
            },
            rule: a.rule,
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

/// The parties of one signing: one list normally, one per counterpart after
/// 分别与; `start` is where the written party list begins.
struct Parties {
    lists: Vec<Vec<Span>>,
    start: usize,
}

/// What a counterpart is to the party that signs with it, written before its
/// name (与对口支援城市…, 香港進口商…; matching view).
const COUNTERPART_ROLES: &[&str] = &[
    "对口支援城市",
    "对口支援省份",
    "友好城市",
    "友城",
    "姊妹市",
    "进口商",
    "出口商",
    "经销商",
    "代理商",
    "合作伙伴",
];

/// Adverbs between a party and its connector: `西安市还与…`, `并与…`.
const CONNECTOR_ADVERBS: &[&str] = &[
    "同时", "另外", "还将", "也将", "还", "也", "并", "又", "另", "则", "将", "已", "亦", "均",
];

/// The connector (with an adverb before it) that `before` ends with, as its
/// length in characters and whether it is 分别与/分别同.
fn connector_at_end(before: &str) -> Option<(usize, bool)> {
    // 与总部位于迪拜的|阿联酋…公司: a short clause describing the
    // counterpart stands between the connector and its name.
    if let Some(described) = before.strip_suffix('的') {
        let near = described.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
        // (Not the 同 of 协同 or 合同, nor the 与 of 参与.)
        if let Some(k) = described[near..].rfind('与').map(|k| near + k)
            && !described[..k].ends_with('参')
            && let clause = &described[k + '与'.len_utf8()..]
            && clause.chars().count() >= 2
            && !clause.contains([',', ';', ':', '、', '的'])
        {
            let (n, split) = connector_at_end(&described[..k + '与'.len_utf8()])?;
            return Some((n + clause.chars().count() + 1, split));
        }
    }
    // 与对口支援城市|河北省邯郸市商务局, 、香港進口商|德昌食品有限公司: the
    // counterpart's role (and where it is) before its name.
    if let Some(role) = COUNTERPART_ROLES.iter().find(|r| before.ends_with(*r)) {
        let described: Vec<char> = before[..before.len() - role.len()].chars().collect();
        let place = (2..=4.min(described.len()))
            .rev()
            .find(|&k| {
                let name: String = described[described.len() - k..].iter().collect();
                gazetteer::is_place(&name)
            })
            .unwrap_or(0);
        let described: String = described[..described.len() - place].iter().collect();
        let (n, split) = connector_at_end(&described)?;
        return Some((n + place + role.chars().count(), split));
    }
    let conn = CONNECTORS.iter().find(|c| before.ends_with(*c))?;
    let mut n = conn.chars().count();
    let mut rest = &before[..before.len() - conn.len()];
    if let Some(adv) = CONNECTOR_ADVERBS.iter().find(|a| rest.ends_with(*a)) {
        n += adv.chars().count();
        rest = &rest[..rest.len() - adv.len()];
    }
    // 河南…有限公司近期|分别与…, 神农架国家公园管理局|在…木鱼镇|分别与…:
    // when and where, as between the parties and the verb.
    if let Some(m) = ADVERBIAL_BEFORE.find(rest) {
        n += m.as_str().chars().count();
    }
    Some((n, conn.starts_with("分别")))
}

/// The party lists that end right before `verb`. A list that opens with a
/// connector after a comma (`…，并与C签署`) takes the first signer of the
/// sentence's previous agreement (`signers`) as its own first party.
fn party_lists(
    doc: &Document,
    institutions: &[Mention<Institution>],
    verb: usize,
    signers: &[Span],
) -> Parties {
    let none = Parties {
        lists: Vec::new(),
        start: verb,
    };
    let Some(sentence) = doc.sentence_at(verb) else {
        return none;
    };
    let lead = doc.norm(Span::new(sentence.start, verb));
    let adverbial = ADVERBIAL_BEFORE.find(lead).map_or("", |m| m.as_str());
    let strip = adverbial.chars().count();
    let mut pos = verb - strip;
    // 与A、B等8个国家的政府部门签署: the parties named before 等; the rest of
    // the list is described, not named.
    if entity_ending_at(doc, institutions, sentence.start, pos).is_none() {
        let clause = super::without_last_chars(lead, strip);
        if let Some(i) = clause.rfind('等')
            && clause[i..].chars().count() <= 16
            && !clause[i..].contains([',', ';', ':'])
        {
            let at = sentence.start + clause[..i].chars().count();
            // (与泰国、越南等地货运代理业者签署: the places' traders are
            // described, and the places sign nothing.)
            if names_traders(doc, Span::new(at, pos)) {
                // (…集团已与印尼、沙特等国的12家客户签订: who signs with
                // them is the party before the connector.)
                if let Some(k) = clause[..i].rfind(['与', '同']) {
                    let end = sentence.start + clause[..k].chars().count() + 1;
                    if let Some((n, _)) = connector_at_end(doc.norm(Span::new(sentence.start, end)))
                        && entity_ending_at(doc, institutions, sentence.start, end - n).is_some()
                    {
                        pos = end - n;
                    }
                }
            } else if entity_ending_at(doc, institutions, sentence.start, at).is_some() {
                pos = at;
            }
        }
    }
    // 贵州机场集团还与|境外航空公司|签署: a kind of body as the counterpart
    // names no party, but a body named before it still signs.
    if entity_ending_at(doc, institutions, sentence.start, pos).is_none()
        && let Some(before) = past_generic_counterpart(doc, sentence.start, pos)
        && institutions
            .get(institutions.partition_point(|m| m.span.end < before))
            .is_some_and(|m| m.span.end == before)
    {
        pos = before;
    }
    let mut parties = Vec::new();
    let mut split_after_first = false;
    // How many parties follow the 分别与 inside the list, if one is there.
    let mut after_split = None;
    let mut open_connector = None;
    // Whether each connector the walk passed is 、 (walk order).
    let mut commas = Vec::new();
    while let Some(span) = {
        let end = before_alias(doc, sentence.start, pos);
        entity_ending_at(doc, institutions, sentence.start, end)
            .or_else(|| listed_party(doc, institutions, sentence.start, end, !parties.is_empty()))
    } {
        parties.push(span);
        let before = doc.norm(Span::new(sentence.start, span.start));
        let Some((n, split)) = connector_at_end(before) else {
            break;
        };
        if split {
            after_split = Some(parties.len());
        }
        split_after_first |= split;
        commas.push(before.ends_with('、'));
        pos = span.start - n;
        open_connector = Some((pos, split));
    }
    parties.reverse();
    let named = parties.len();
    let Some(first) = parties.first().copied() else {
        return none;
    };
    let mut start = first.start;
    // The chain ended on a connector with no party before it.
    if let Some((at, split)) = open_connector.filter(|(at, _)| *at < first.start)
        && (at == sentence.start || doc.norm(Span::new(at - 1, at)) == ",")
        && let Some(signer) = signers
            .iter()
            .rev()
            .find(|s| s.start >= sentence.start && s.end <= at)
    {
        parties.insert(0, *signer);
        split_after_first |= split;
    } else if let Some((at, split)) = open_connector.filter(|(at, _)| *at < first.start)
        && at > sentence.start
        && doc.norm(Span::new(at - 1, at)) == ","
        && let Some(subject) = sentence_subject(doc, institutions, sentence, at)
    {
        // 市农业农村局印发《…》，并与安徽农业大学签署: with no signing before,
        // the body that opens the sentence signs.
        parties.insert(0, subject);
        split_after_first |= split;
    } else if let Some((at, true)) = open_connector.filter(|(at, _)| *at < first.start)
        && let Some(subject) = clause_subject(doc, sentence.start, at)
    {
        // 金砖国家…创新基地分别与A、B签署: what opens the clause signs with
        // each counterpart, though no rule knows it as a name.
        parties.insert(0, subject);
        split_after_first = true;
        start = subject.start;
    }
    // A与B、C分别签署 (A with B, A with C) and A、B与C分别签署 (A with C,
    // B with C): 分别 after the list pairs the one side with each of the other.
    if adverbial.contains("分别") && !split_after_first && commas.len() + 1 == parties.len() {
        commas.reverse();
        // A与B、C与D分别签署: pairs listed with 、 between them.
        if parties.len() >= 4
            && parties.len() % 2 == 0
            && commas
                .iter()
                .enumerate()
                .all(|(k, comma)| *comma == (k % 2 == 1))
        {
            let lists = parties.chunks(2).map(<[Span]>::to_vec).collect();
            return Parties { lists, start };
        }
        let joints: Vec<usize> = (0..commas.len()).filter(|&k| !commas[k]).collect();
        if let [k] = joints[..]
            && let Some(lists) = one_with_each(parties.split_at(k + 1))
        {
            return Parties { lists, start };
        }
    }
    // 暨南国际大学、南开科技大学分别与清迈大学、兰纳分校签订: as many on
    // each side of 分别与 pair in order.
    if let Some(k) = after_split
        && k >= 2
        && parties.len() == 2 * k
        && parties.len() == named
    {
        let lists = (0..k).map(|i| vec![parties[i], parties[k + i]]).collect();
        return Parties { lists, start };
    }
    // 中国银行澳门分行、大西洋银行亦分别与东帝汶国家商业银行签署: each of the
    // signers before 分别与 signs with the one counterpart after it.
    if after_split == Some(1)
        && parties.len() == named
        && let Some(lists) = one_with_each(parties.split_at(parties.len() - 1))
    {
        return Parties { lists, start };
    }
    if split_after_first && let Some(lists) = one_with_each(parties.split_at(1)) {
        return Parties { lists, start };
    }
    Parties {
        lists: vec![parties],
        start,
    }
}

/// Where the party before a counterpart described by its kind ends
/// (`A还与|境外航空公司` ends at A): the kind opens the words after 与 or 同
/// (two to 12 characters of one phrase) up to `pos`.
fn past_generic_counterpart(doc: &Document, limit: usize, pos: usize) -> Option<usize> {
    let lead = doc.chars(Span::new(limit, pos));
    let len = lead
        .iter()
        .rev()
        .take_while(|c| charset::is_alphanumeric(**c) && !matches!(c, '与' | '同'))
        .count();
    let opens = pos - len;
    if !(2..=12).contains(&len) || opens == limit || !doc.is_word_start(opens) {
        return None;
    }
    let kind = doc.token_at(opens)?;
    if !super::institution::is_generic_prefix(doc.word(kind)) {
        return None;
    }
    let (n, _) = connector_at_end(doc.norm(Span::new(limit, opens)))?;
    let connector = doc.norm(Span::new(opens - 1, opens));
    matches!(connector, "与" | "同").then(|| opens - n)
}

/// One agreement for each pair of the one party on one side with each of the
/// several on the other (`A分别与B、C`, `A、B分别与C`); None unless one side
/// has one party and the other more.
fn one_with_each((left, right): (&[Span], &[Span])) -> Option<Vec<Vec<Span>>> {
    match (left, right) {
        ([one], many) if many.len() >= 2 => Some(many.iter().map(|r| vec![*one, *r]).collect()),
        (many, [one]) if many.len() >= 2 => Some(many.iter().map(|l| vec![*l, *one]).collect()),
        _ => None,
    }
}

/// Where a party's name ends when an alias in brackets follows it and ends at
/// `pos`: 中国长江三峡集团有限公司(以下简称“三峡集团”)|与… signs by its name.
fn before_alias(doc: &Document, limit: usize, pos: usize) -> usize {
    let lead = doc.norm(Span::new(limit, pos));
    let Some(inner) = lead.strip_suffix(')') else {
        return pos;
    };
    match inner.rfind('(') {
        Some(i)
            if super::ALIAS_MARKERS
                .iter()
                .any(|w| inner[i + 1..].starts_with(w))
                // 德阳蓉能汽轮机有限公司(蓉能汽机)与…: a bare short name.
                || (2..=8).contains(&inner[i + 1..].chars().count())
                    && inner[i + 1..].chars().all(charset::is_alphanumeric) =>
        {
            limit + lead[..i].chars().count()
        }
        _ => pos,
    }
}

/// The institution that opens `sentence` (maybe after a time or place set
/// off by a comma: 会上，…), when a verb follows it and it ends before `end`.
fn sentence_subject(
    doc: &Document,
    institutions: &[Mention<Institution>],
    sentence: Span,
    end: usize,
) -> Option<Span> {
    let m = institutions
        .get(institutions.partition_point(|m| m.span.start < sentence.start))
        .filter(|m| m.span.end < end)?;
    let lead = doc.norm(Span::new(sentence.start, m.span.start));
    let opens = lead.is_empty() || lead.ends_with(',') && !lead[..lead.len() - 1].contains(',');
    let verb_after = doc.token_at(m.span.end).is_some_and(|t| {
        t.start == m.span.end && (t.tag.starts_with('v') || t.tag == "ad" || t.tag == "d")
    });
    (opens && verb_after).then_some(m.span)
}

/// The words from the start of the clause to `end`, when they can only be
/// its subject, a name: four to 24 characters of words (双方 is no name), none a verb,
/// preposition, adverb or pronoun opening them, and no 的.
fn clause_subject(doc: &Document, limit: usize, end: usize) -> Option<Span> {
    let lead = doc.chars(Span::new(limit, end));
    let opens = lead
        .iter()
        .rposition(|c| !charset::is_alphanumeric(*c))
        .map_or(limit, |i| limit + i + 1);
    let span = Span::new(opens, end);
    let first = doc.token_at(opens)?;
    let len = end - opens;
    let plain = (4..=24).contains(&len)
        && !doc.norm(span).contains('的')
        && first.start == opens
        && doc.is_word_end(end)
        && !matches!(
            first.tag.as_bytes()[0],
            b'v' | b'p' | b'd' | b'r' | b'c' | b'm' | b't'
        );
    plain.then_some(span)
}

/// A party no rule knows by name, listed between parties that are known:
/// 分别与|芒街市工贸处|、芒街国际口岸经济区管理委员会, or last after a
/// known one (…物流股份公司、|阿斯塔纳国际物流中心|签署). The words from
/// the connector before it to `pos`, three to 20 characters of one phrase;
/// `after_party`: a known party follows it in the list.
fn listed_party(
    doc: &Document,
    institutions: &[Mention<Institution>],
    limit: usize,
    pos: usize,
    after_party: bool,
) -> Option<Span> {
    let chars = doc.chars(Span::new(pos.saturating_sub(21).max(limit), pos));
    let run = item_len(chars);
    let opens = pos - run;
    // (韩国世|和制药株式会社: jieba read 世和 as one word, so 和 joins nothing.)
    if !(3..=20).contains(&run)
        || opens <= limit
        || !doc.is_word_start(opens)
        || !doc.is_word_end(pos)
    {
        return None;
    }
    let connector = doc.norm(Span::new(opens - 1, opens));
    // (曹县人民政府与|阿里巴巴国际站|签署: the counterpart of a known party
    // signs too, named or not, also after 分别与 or 还与; 当地企业 is a kind,
    // not a party.)
    // (…分别与阿里巴巴国际站、|亚马逊全球开店: after another such party.)
    let listed = if after_party {
        matches!(connector, "、" | "与" | "同")
    } else {
        connector == "、"
            && (entity_ending_at(doc, institutions, limit, opens - 1).is_some()
                || listed_party(doc, institutions, limit, opens - 1, false).is_some())
            || matches!(connector, "与" | "同")
                && connector_at_end(doc.norm(Span::new(limit, opens))).is_some_and(|(n, _)| {
                    entity_ending_at(doc, institutions, limit, opens - n).is_some()
                })
                && doc
                    .token_at(opens)
                    .is_some_and(|t| !super::institution::is_generic_prefix(doc.word(t)))
    };
    // (A verb inside is a clause, not a name: 、共同推动…; nor is a count:
    // 与全球二十一个港口.)
    let first = doc.token_at(opens)?;
    let plain = !matches!(
        first.tag.as_bytes()[0],
        b'v' | b'p' | b'd' | b'r' | b'c' | b'm'
    ) && !doc
        .words_in(Span::new(opens, pos))
        .any(|t| matches!(t.tag, "q" | "m"))
        // (与哈萨克斯坦、乌兹别克斯坦客商签订: buyers of a country are no party.)
        && !names_traders(doc, Span::new(opens, pos));
    (listed && plain).then_some(Span::new(opens, pos))
}

/// Whether `span` ends with a kind of trader or visitor ([`TRADERS`]),
/// which ends no party's name.
fn names_traders(doc: &Document, span: Span) -> bool {
    let words = doc.norm(span);
    TRADERS.iter().any(|k| words.ends_with(k))
}

/// Kinds of trader or visitor, which end no party's name.
const TRADERS: &[&str] = &[
    "客商",
    "采购商",
    "经销商",
    "进口商",
    "买家",
    "商家",
    "商户",
    "客户",
    "企业",
    // (泰国、越南等地货运代理业者: Taiwan's word for operators.)
    "业者",
    "厂商",
    "代表",
    "代表团",
];

/// A county's, city's or province's government named by its seat alone,
/// and a Taiwanese township's or district's office named by its kind alone
/// (鄉公所並分別與…, 市公所並與…), as releases write it once they have named
/// it in full.
const GOVERNMENT_SEATS: &[&str] = &[
    "县府",
    "市府",
    "省府",
    "州府",
    "乡公所",
    "镇公所",
    "区公所",
    "市公所",
];

/// How many characters at the end of `chars` make one item of a list: letters
/// and digits back to punctuation or a connector (与, 同, 和, 及).
fn item_len(chars: &[char]) -> usize {
    chars
        .iter()
        .rev()
        .take_while(|&&c| charset::is_alphanumeric(c) && !"与同和及".contains(c))
        .count()
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
    // Institutions do not overlap and come in text order, so their ends are
    // sorted too: a binary search keeps long documents linear.
    let i = institutions.partition_point(|m| m.span.end < pos);
    if let Some(inst) = institutions.get(i).filter(|m| m.span.end == pos) {
        return Some(inst.span);
    }
    // (俄罗斯外贝加尔边疆区普里阿尔贡斯克区: a foreign district and its
    // region run to 18 characters.)
    let chars = doc.chars(Span::new(pos.saturating_sub(20).max(limit), pos));
    let n = chars.len();
    let last = chars.last().copied().unwrap_or(' ');
    let could_be_place =
        gazetteer::could_end_place(last) || matches!(last, '市' | '州' | '省' | '县' | '区' | '郡');
    // The longest place: country prefix + name + administrative suffix, or a known place.
    let mut best = None;
    for len in (2..=n).rev().filter(|_| could_be_place) {
        let cand = &chars[n - len..];
        let s: String = cand.iter().collect();
        // (阿联酋迪拜|龙城: a Chinese county's short name after a foreign
        // place names something there, not the county.)
        let known = gazetteer::is_place(&s)
            && !(gazetteer::is_cn_place(&s)
                && gazetteer::city_country(&s).is_none()
                && (pos - len > limit)
                    .then(|| doc.token_at(pos - len - 1))
                    .flatten()
                    .is_some_and(|t| {
                        let w = doc.word(t);
                        gazetteer::city_country(w).is_some() || gazetteer::country(w).is_some()
                    }));
        // (Not 西班牙温州商会分别与瑞安市: a connector ends a place's name.)
        let admin = gazetteer::country_prefix(cand).is_some_and(|(c, _)| c + 1 < len)
            && matches!(cand.last(), Some('市' | '州' | '省' | '县' | '区' | '郡'))
            && !cand.iter().any(|c| "与同和及".contains(*c));
        // 福州市马尾区, 福州市|长乐|区: a Chinese place and one of its
        // districts or counties is one party.
        let district = gazetteer::place_prefix(cand).is_some_and(|(k, country)| {
            country.is_none()
                && (2..=5).contains(&(len - k))
                && matches!(cand.last(), Some('区' | '县' | '市' | '旗'))
                // (Not 北京、上海等城市.)
                && !cand[k..].iter().any(|c| "与同和及等".contains(*c))
                && !cand[k..].starts_with(&['城', '市'])
                // (湖州吴兴|经济开发区: a zone, named below with its whole place.)
                && !super::ZONES.iter().any(|z| super::ends_with_word(cand, z))
        });
        // (法国图尔市、肯尼亚基苏木市 is two places; 德国赫尔-格伦茨豪森市
        // is one, its halves joined by a hyphen.)
        let one_name = cand.iter().enumerate().all(|(k, &c)| {
            charset::is_alphanumeric(c) || k > 0 && k + 1 < len && "-·‧－".contains(c)
        });
        if (known || admin || district) && one_name && doc.is_word_start(pos - len) {
            best = Some(Span::new(pos - len, pos));
            break;
        }
    }
    if best.is_some() {
        return best;
    }
    // 德国西门子医疗: a country opening the last words of a party list names
    // a foreign party, suffix or not.
    let run = item_len(chars);
    let opens = pos - run;
    // 湖州吴兴经济开发区, 杭州综试区, 绥芬河综合保税区: a zone named by its
    // place signs through its administration.
    if super::ZONES.iter().any(|z| super::ends_with_word(chars, z))
        && (4..=16).contains(&run)
        && doc.is_word_start(opens)
        && gazetteer::place_prefix(doc.chars(Span::new(opens, pos))).is_some()
    {
        return Some(Span::new(opens, pos));
    }
    if (4..=14).contains(&run)
        && doc.is_word_start(opens)
        && opens > limit
        && matches!(
            doc.norm(Span::new(opens - 1, opens)),
            "、" | "与" | "同" | "和" | "及"
        )
        && let Some((n, _)) = gazetteer::country_prefix(doc.chars(Span::new(opens, pos)))
        && n + 2 <= run
        && !names_traders(doc, Span::new(opens, pos))
    {
        return Some(Span::new(opens, pos));
    }
    // 京畿道平泽市: places jieba knows before an administrative suffix.
    if matches!(last, '市' | '州' | '省' | '县' | '郡' | '道' | '府')
        && let Some(suffix) = doc.token_id(pos - 1)
        && doc.token(suffix).start == pos - 1
    {
        let mut first = None;
        let mut k = suffix;
        for _ in 0..3 {
            let Some(p) = doc.prev(k) else { break };
            let t = doc.token(p);
            if t.tag != "ns" || t.start < limit || gazetteer::is_region(doc.word(t)) {
                break;
            }
            first = Some(t.start);
            k = p;
        }
        if let Some(start) = first {
            return Some(Span::new(start, pos));
        }
    }
    let tok = doc.token_at(pos - 1)?;
    // 縣府與日本農協簽署: a government named by its seat alone (Taiwan's
    // 縣府, 市府) signs as the county or city.
    if tok.end == pos && tok.start >= limit && GOVERNMENT_SEATS.contains(&doc.word(tok)) {
        return Some(Span::new(tok.start, tok.end));
    }
    // jieba tags 城市 and 国家 as places: kinds, not parties.
    let proper = matches!(tok.tag, "nt" | "nz" | "ns" | "nrt" | "eng" | "j")
        && !matches!(
            doc.word(tok),
            "城市" | "国家" | "地区" | "省份" | "各国" | "城市群"
        );
    if !(proper && tok.end == pos && tok.end - tok.start >= 2) {
        return None;
    }
    // 肯普|滕市、唐|津市: a place jieba cut from a listed city's first
    // syllables (a name to it) is the whole item.
    // (乌|多姆|赛省: from syllables read as names, one or more.)
    let whole_item = tok.tag == "ns"
        && opens < tok.start
        && run <= 6
        && (opens == limit || "、与同和及".contains(doc.norm(Span::new(opens - 1, opens))))
        && names_only(doc, Span::new(opens, tok.start));
    Some(Span::new(
        if whole_item {
            opens
        } else {
            tok.start.max(limit)
        },
        tok.end,
    ))
}

/// Whether `span` is one or more whole words jieba reads as personal
/// names (nr, nrt): the syllables of a transliterated name.
fn names_only(doc: &Document, span: Span) -> bool {
    let mut pos = span.start;
    while pos < span.end {
        match doc.token_at(pos) {
            Some(t) if t.start == pos && t.end <= span.end && t.tag.starts_with("nr") => {
                pos = t.end
            }
            _ => return false,
        }
    }
    pos == span.end && span.start < span.end
}

/// Compiles this extractor's patterns ahead of use (see `segment::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&SIGN);
    LazyLock::force(&SIGN_TITLED);
    LazyLock::force(&PROJECTS_SIGNED);
    LazyLock::force(&SIGNED_N_PROJECTS);
    LazyLock::force(&COOPERATE);
    LazyLock::force(&SIGNED_PROJECTS);
    LazyLock::force(&ADVERBIAL_BEFORE);
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
    fn an_agreements_term_is_no_part_of_its_type() {
        let a = agreements("甲公司与乙公司签订三年期供货协议。");
        assert_eq!(a[0].kind, "供货协议");
    }

    #[test]
    fn what_the_parties_sign_about_stands_between_them_and_the_verb() {
        assert_eq!(
            parties("洞头区人民政府与浙江省海洋水产研究所围绕羊栖菜良种选育签订战略合作协议。"),
            [["洞头区人民政府", "浙江省海洋水产研究所"]]
        );
    }

    #[test]
    fn parties_joined_by_ji_before_yu_are_all_parties() {
        // 香港都會大學: jieba cuts 都會 as an adverb and a verb without the
        // word segmentation adds.
        assert_eq!(
            parties("香港中文大學及香港都會大學與深圳大學簽署合作協議12份。"),
            [["香港中文大學", "香港都會大學", "深圳大學"]]
        );
    }

    #[test]
    fn times_and_manners_between_a_party_and_its_connector() {
        assert_eq!(
            parties("北港振興食品股份有限公司今年初還與日本福岡丸光百貨株式會社簽訂供貨協議。"),
            [["北港振興食品股份有限公司", "日本福岡丸光百貨株式會社"]]
        );
        assert_eq!(
            parties("县农业农村局同步与普洱学院开展咖啡品质检测技术合作。"),
            [["县农业农村局", "普洱学院"]]
        );
    }

    #[test]
    fn a_party_before_its_short_name_or_an_adverb_signs() {
        assert_eq!(
            parties("德阳蓉能汽轮机有限公司（蓉能汽机）与越南电力集团签署汽轮机组供货合同。"),
            [["德阳蓉能汽轮机有限公司", "越南电力集团"]]
        );
        assert_eq!(
            parties("中国银行澳门分行、大西洋银行亦分别与东帝汶国家商业银行签署合作协议。"),
            [
                ["中国银行澳门分行", "东帝汶国家商业银行"],
                ["大西洋银行", "东帝汶国家商业银行"]
            ]
        );
    }

    #[test]
    fn months_after_signed_projects_are_no_signing() {
        assert!(agreements("力争签约项目3个月内开工率达到60%以上。").is_empty());
    }

    #[test]
    fn a_zone_named_by_its_place_is_a_party() {
        assert_eq!(
            parties(
                "湖州吴兴经济开发区、德国中小企业联合会与德国莱茵汽车零部件有限公司签署三方合作协议。"
            ),
            [[
                "湖州吴兴经济开发区",
                "德国中小企业联合会",
                "德国莱茵汽车零部件有限公司"
            ]]
        );
        assert_eq!(
            parties("杭州综试区与香港特区政府投资推广署签署跨境电商合作备忘录。"),
            [["杭州综试区", "香港特区政府投资推广署"]]
        );
        // A district's short name (吴兴, 柯桥) before the zone does not cut
        // the city off, as 福州市马尾区 would.
        assert_eq!(
            parties("绍兴柯桥经济开发区与意大利纺织机械协会签署合作备忘录。"),
            [["绍兴柯桥经济开发区", "意大利纺织机械协会"]]
        );
    }

    #[test]
    fn a_county_short_name_after_a_foreign_city_names_something_there() {
        // 龙城 is a district of 朝阳; 迪拜龙城 is a market in Dubai.
        assert_eq!(
            parties("临沂商城管理委员会与阿联酋迪拜龙城签署合作备忘录。"),
            [["临沂商城管理委员会", "阿联酋迪拜龙城"]]
        );
    }

    /// The parties of each agreement found in `text`.
    fn parties(text: &str) -> Vec<Vec<String>> {
        agreements(text).into_iter().map(|a| a.parties).collect()
    }

    #[test]
    fn the_counterpart_of_a_known_party_signs_named_or_not() {
        assert_eq!(
            parties("曹县人民政府与阿里巴巴国际站签署战略合作协议。"),
            [["曹县人民政府", "阿里巴巴国际站"]]
        );
        // After 分别与 or 还与 too, and one after another in a list.
        assert_eq!(
            parties("南康区人民政府分别与阿里巴巴国际站、亚马逊全球开店签署战略合作协议。"),
            [
                ["南康区人民政府", "阿里巴巴国际站"],
                ["南康区人民政府", "亚马逊全球开店"]
            ]
        );
        assert_eq!(
            parties("南康区人民政府还与阿里巴巴国际站签署战略合作协议。"),
            [["南康区人民政府", "阿里巴巴国际站"]]
        );
        // Buyers of a country are no party.
        assert_eq!(
            parties("库尔勒市6家纺织企业与哈萨克斯坦、乌兹别克斯坦客商签订采购合同12份。"),
            [Vec::<String>::new()]
        );
        // Not a count of bodies.
        assert!(
            parties("天津港已与全球二十一个港口缔结友好港关系。")
                .iter()
                .flatten()
                .all(|p| !p.contains("港口"))
        );
        // Not a clause after the connector.
        assert!(
            parties("市商务局与来访的代表团签署协议。")
                .iter()
                .all(|p| p.len() < 2)
        );
    }

    #[test]
    fn yesterday_between_a_party_and_its_connector_and_an_mou_in_initials() {
        assert_eq!(
            parties("高雄港务分公司昨日与越南西贡新港总公司签署合作备忘录。"),
            [["高雄港务分公司", "越南西贡新港总公司"]]
        );
        assert_eq!(
            parties("香港机场管理局与印尼机场公司亦签订航空货运合作协议。"),
            [["香港机场管理局", "印尼机场公司"]]
        );
        assert_eq!(
            parties("台南市政府与日本冈山县昨（14）日签署合作备忘录。"),
            [["台南市政府", "日本冈山县"]]
        );
        let a = agreements("台中市工业会与越南平阳省投资贸易促进中心签署MOU。");
        assert_eq!(a[0].kind, "MOU");
        assert!(agreements("双方签署MOUSE项目。").is_empty());
    }

    #[test]
    fn with_no_signing_before_the_sentence_s_subject_signs_after_bing() {
        assert_eq!(
            parties(
                "市农业农村局正式印发《茶叶品牌出海行动方案》，并与安徽农业大学签署战略合作协议。"
            ),
            [["市农业农村局", "安徽农业大学"]]
        );
    }

    #[test]
    fn places_whose_traders_sign_are_no_parties() {
        let a =
            agreements("中华航空、长荣航空另与泰国、越南等地货运代理业者签署舱位合作合约共17份。");
        assert_eq!(a[0].parties, ["中华航空", "长荣航空"]);
        assert_eq!((a[0].kind.as_str(), a[0].count), ("舱位合作合约", Some(17)));
        assert_eq!(
            parties(
                "江苏澄锋特钢集团有限公司已与印度尼西亚、沙特阿拉伯等国的12家客户签订出口合同15份。"
            ),
            [["江苏澄锋特钢集团有限公司"]]
        );
    }

    #[test]
    fn as_many_on_each_side_of_fenbieyu_pair_in_order() {
        assert_eq!(
            parties(
                "暨南国际大学、南开科技大学分别与泰国清迈大学、泰国皇家理工大学兰纳分校签订学术交流协议。"
            ),
            [
                ["暨南国际大学", "泰国清迈大学"],
                ["南开科技大学", "泰国皇家理工大学兰纳分校"]
            ]
        );
    }

    #[test]
    fn a_time_between_a_party_and_its_connector_is_no_gap() {
        assert_eq!(
            parties("宜兰县农会上月与新加坡绿果生鲜集团签订采购意向书。"),
            [["宜兰县农会", "新加坡绿果生鲜集团"]]
        );
        assert_eq!(
            parties("齐齐哈尔北疆重型机械集团有限公司今年与俄罗斯乌拉尔重型机械厂签订合同。"),
            [["齐齐哈尔北疆重型机械集团有限公司", "俄罗斯乌拉尔重型机械厂"]]
        );
    }

    #[test]
    fn how_many_sides_sign_is_no_part_of_the_last_party() {
        assert_eq!(
            parties("吉林省商务厅、匈牙利投资促进局和中国汽车工业协会三方共同签署备忘录。"),
            [["吉林省商务厅", "匈牙利投资促进局", "中国汽车工业协会"]]
        );
    }

    #[test]
    fn a_foreign_place_s_name_holds_no_connector() {
        assert_eq!(
            parties("西班牙温州商会分别与瑞安市、永嘉县签订投资意向书。"),
            [["西班牙温州商会", "瑞安市"], ["西班牙温州商会", "永嘉县"]]
        );
    }

    #[test]
    fn a_titled_agreement_signed_before_as_a_relative_clause() {
        let a = agreements(
            "贯彻落实晋城市人民政府与德国萨克森州经济发展署签订的《晋城—萨克森经贸合作框架协议》。",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].parties, ["晋城市人民政府", "德国萨克森州经济发展署"]);
        assert_eq!(a[0].kind, "晋城—萨克森经贸合作框架协议");
    }

    #[test]
    fn a_clause_describing_the_counterpart_keeps_the_party_before_it() {
        assert_eq!(
            parties(
                "辽宁十家子玛瑙雕刻有限公司与总部位于迪拜的阿联酋金海岸国际贸易有限公司签订采购合同。"
            ),
            [["辽宁十家子玛瑙雕刻有限公司", "阿联酋金海岸国际贸易有限公司"]]
        );
    }

    #[test]
    fn how_the_parties_met_is_no_part_of_the_last() {
        assert_eq!(
            parties("连江县与日本冲绳县竹富町以视讯方式签署友好交流合作备忘录。"),
            [["连江县", "日本冲绳县竹富町"]]
        );
    }

    #[test]
    fn two_types_each_with_its_own_words_are_two_agreements() {
        let kinds = |text: &str| -> Vec<(Vec<String>, String)> {
            agreements(text)
                .into_iter()
                .map(|a| (a.parties, a.kind))
                .collect()
        };
        let own = |p: [&str; 2], k: &str| (p.map(String::from).to_vec(), k.to_string());
        assert_eq!(
            kinds("甲公司与乙集团签署战略合作协议和橄榄油供货合同。"),
            [
                own(["甲公司", "乙集团"], "战略合作协议"),
                own(["甲公司", "乙集团"], "橄榄油供货合同"),
            ]
        );
        // After 分别, as many counterparts as types pair in order.
        assert_eq!(
            kinds("丸红株式会社分别与大连港集团、长兴岛管委会签署水产品采购协议和项目投资意向书。"),
            [
                own(["丸红株式会社", "大连港集团"], "水产品采购协议"),
                own(["丸红株式会社", "长兴岛管委会"], "项目投资意向书"),
            ]
        );
        // A与B、C与D分别签署: two pairs.
        assert_eq!(
            kinds(
                "黑河市商务局与俄罗斯阿穆尔州工商会、黑河学院与俄罗斯阿穆尔国立大学分别签署经贸合作备忘录和学术交流协议。"
            ),
            [
                own(["黑河市商务局", "俄罗斯阿穆尔州工商会"], "经贸合作备忘录"),
                own(["黑河学院", "俄罗斯阿穆尔国立大学"], "学术交流协议"),
            ]
        );
        // One noun shared, a bare second noun, or a count: one type.
        assert_eq!(
            kinds("中国银行与泰国开泰银行签署合作协议和备忘录。"),
            [own(["中国银行", "泰国开泰银行"], "合作协议和备忘录")]
        );
        assert_eq!(
            kinds("签订贸易和投资合同及协议437个。")[0].1,
            "贸易和投资合同及协议"
        );
        assert_eq!(kinds("签署合作协议和框架协议6份。").len(), 1);
    }

    #[test]
    fn the_goods_an_agreement_buys_are_no_part_of_its_type() {
        let a = agreements("阿联酋海湾之翼航空公司与中国商飞签署40架C919飞机购机协议。");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].kind, "购机协议");
        assert_eq!(a[0].topic.as_deref(), Some("40架C919飞机"));
        assert_eq!(a[0].parties, ["阿联酋海湾之翼航空公司", "中国商飞"]);
    }

    #[test]
    fn many_acts_of_cooperation_are_no_agreement() {
        assert!(agreements("青海省与尼泊尔、巴基斯坦开展了一系列务实合作。").is_empty());
        let a = agreements("重庆商务职业学院与尼泊尔农林大学开展了农业技术合作。");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].kind, "农业技术合作");
        assert_eq!(a[0].parties, ["重庆商务职业学院", "尼泊尔农林大学"]);
    }

    #[test]
    fn a_city_and_its_district_are_one_party() {
        for (text, pair) in [
            (
                "福州市长乐区与印度尼西亚巴淡市签署友好交流城市意向书。",
                ["福州市长乐区", "印度尼西亚巴淡市"],
            ),
            (
                "福州市马尾区与菲律宾八打雁市签订友好交流合作备忘录。",
                ["福州市马尾区", "菲律宾八打雁市"],
            ),
            (
                "乌兰察布市与北京市大兴区签署合作框架协议。",
                ["乌兰察布市", "北京市大兴区"],
            ),
        ] {
            assert_eq!(parties(text), [pair], "{text}");
        }
    }

    #[test]
    fn each_counterpart_after_a_unnamed_subject_of_fenbieyu() {
        let a = agreements(
            "金砖国家新工业革命伙伴关系创新基地分别与巴西国家工业联合会、俄罗斯联邦工商会签署合作备忘录。",
        );
        let parties: Vec<Vec<String>> = a.iter().map(|x| x.parties.clone()).collect();
        assert_eq!(
            parties,
            [
                ["金砖国家新工业革命伙伴关系创新基地", "巴西国家工业联合会"],
                ["金砖国家新工业革命伙伴关系创新基地", "俄罗斯联邦工商会"],
            ]
        );
        // 双方 is no party of its own.
        let a = agreements("会上，双方分别与甲公司、乙公司签署协议。");
        assert!(
            a.iter().all(|x| !x.parties.contains(&"双方".to_string())),
            "{a:?}"
        );
    }

    #[test]
    fn a_letter_of_intent_on_a_relation_is_one_type() {
        let a = agreements("乌鲁木齐市与乌兹别克斯坦撒马尔罕市签署建立友好城市关系意向书。");
        assert_eq!(a[0].kind, "建立友好城市关系意向书");
    }

    #[test]
    fn the_last_signing_verb_before_signed_projects_is_the_act() {
        let a = agreements("签约仪式现场签约项目126个。");
        assert_eq!((a[0].kind.as_str(), a[0].count), ("项目", Some(126)));
    }

    #[test]
    fn contracts_signed_in_numbers_and_agreements_for_a_period() {
        let a = agreements("中外企业现场签约经销合同47份。");
        assert_eq!(
            (a[0].kind.as_str(), a[0].count, a[0].action.as_str()),
            ("经销合同", Some(47), "签约")
        );
        assert!(a[0].parties.is_empty());
        let a = agreements(
            "安康市分别与哈萨克斯坦突厥斯坦市、乌兹别克斯坦浩罕市签署2024—2026年度友好交流合作协议。",
        );
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].kind, "友好交流合作协议");
        assert_eq!(a[1].parties, ["安康市", "乌兹别克斯坦浩罕市"]);
    }

    #[test]
    fn a_party_no_rule_knows_signs_when_listed_beside_known_ones() {
        assert_eq!(
            parties(
                "太原国际陆港有限公司分别与哈萨克斯坦草原之路物流股份公司、阿斯塔纳国际物流中心签署战略合作协议。"
            ),
            [
                ["太原国际陆港有限公司", "哈萨克斯坦草原之路物流股份公司"],
                ["太原国际陆港有限公司", "阿斯塔纳国际物流中心"]
            ]
        );
        assert_eq!(
            parties(
                "东兴市商务和口岸管理局还分别与芒街市工贸处、芒街国际口岸经济区管理委员会签署合作协议。"
            ),
            [
                ["东兴市商务和口岸管理局", "芒街市工贸处"],
                ["东兴市商务和口岸管理局", "芒街国际口岸经济区管理委员会"]
            ]
        );
        // Alone after 与, a kind of body is no party; the body named before
        // it still signs.
        assert_eq!(
            parties("甲市人民政府与当地企业签署合作协议。"),
            [["甲市人民政府"]]
        );
        assert_eq!(
            parties("贵州机场集团还与境外航空公司签署航线合作意向书3份。"),
            [["贵州机场集团"]]
        );
        // Listed foreign cities jieba cut apart (肯普|滕市, 唐|津市) are
        // whole parties.
        assert_eq!(
            parties("扬州市还分别与肯普滕市、唐津市续签友好城市交流合作协议。"),
            [["扬州市", "肯普滕市"], ["扬州市", "唐津市"]]
        );
    }

    #[test]
    fn fen_bie_after_a_list_pairs_the_one_side_with_each_of_the_other() {
        assert_eq!(
            parties(
                "北京大兴国际机场与北京市商务局、中国国际航空股份有限公司分别签署战略合作协议。"
            ),
            [
                ["北京大兴国际机场", "北京市商务局"],
                ["北京大兴国际机场", "中国国际航空股份有限公司"]
            ]
        );
        assert_eq!(
            parties("重庆市商务委员会、成都市商务局与新加坡企业发展局分别签署合作备忘录。"),
            [
                ["重庆市商务委员会", "新加坡企业发展局"],
                ["成都市商务局", "新加坡企业发展局"]
            ]
        );
        let a = agreements(
            "武威市人民政府与哈萨克斯坦国家铁路公司签署《关于深化中欧班列运输合作的三方备忘录》。",
        );
        assert_eq!(a[0].kind, "三方备忘录");
    }

    #[test]
    fn orders_and_intents_signed_in_numbers() {
        let a = agreements("现场签约订单17个。");
        assert_eq!((a[0].kind.as_str(), a[0].count), ("订单", Some(17)));
        let a = agreements("中外旅行商现场达成合作意向23项。");
        assert_eq!((a[0].kind.as_str(), a[0].count), ("合作意向", Some(23)));
    }

    #[test]
    fn when_and_where_before_fen_bie_and_projects_listed_or_counted_first() {
        assert_eq!(
            parties(
                "河南舞钢宏达特种钢材有限公司近期分别与越南海防钢结构股份公司、越南岘港造船有限公司签订供货协议。"
            )[0],
            ["河南舞钢宏达特种钢材有限公司", "越南海防钢结构股份公司"]
        );
        assert_eq!(
            parties(
                "神农架国家公园管理局在湖北省神农架林区木鱼镇分别与加拿大落基湖国家公园管理处、新西兰南阿尔卑斯国家公园管理委员会签署合作备忘录。"
            )[1],
            ["神农架国家公园管理局", "新西兰南阿尔卑斯国家公园管理委员会"]
        );
        let a = agreements("现场签约物流、仓储、跨境电商项目12个。");
        assert_eq!((a[0].kind.as_str(), a[0].count), ("项目", Some(12)));
        assert_eq!(a[0].topic.as_deref(), Some("物流、仓储、跨境电商"));
        let a = agreements("现场签约14个项目，总投资86亿元。");
        assert_eq!((a[0].kind.as_str(), a[0].count), ("项目", Some(14)));
    }

    #[test]
    fn what_an_agreement_provides_and_minutes_of_talks() {
        let a = agreements(
            "榆林煤化有限公司与哈萨克斯坦聚合物贸易公司签订年供货8万吨聚丙烯的长期购销协议。",
        );
        assert_eq!(a[0].kind, "长期购销协议");
        let a = agreements(
            "湄潭县黔茗茶业有限公司与德国汉萨茶叶进口有限公司签订为期三年、总量1500吨的红茶采购合同。",
        );
        assert_eq!(a[0].kind, "红茶采购合同");
        let a = agreements(
            "逊克县人民政府与俄罗斯米哈伊洛夫卡区行政公署签署《关于推进口岸通关便利化的会谈纪要》。",
        );
        assert_eq!(a[0].kind, "会谈纪要");
    }

    #[test]
    fn a_place_jieba_knows_before_an_administrative_suffix_is_a_party() {
        let a =
            agreements("威海市人民政府分别与韩国仁川广域市、京畿道平泽市签署友好交流合作协议。");
        let parties: Vec<Vec<String>> = a.iter().map(|x| x.parties.clone()).collect();
        assert_eq!(
            parties,
            [
                ["威海市人民政府", "韩国仁川广域市"],
                ["威海市人民政府", "京畿道平泽市"]
            ]
        );
    }

    #[test]
    fn a_date_word_between_parties_and_verb() {
        let a = agreements(
            "内蒙古自治区商务厅与蒙古国东戈壁省政府日前签署《关于推进合作区建设的备忘录》。",
        );
        assert_eq!(a[0].parties, ["内蒙古自治区商务厅", "蒙古国东戈壁省政府"]);
    }

    #[test]
    fn a_country_opens_a_foreign_party_without_a_suffix() {
        let a = agreements(
            "湖南兴湘投资控股集团有限公司分别与瑞士ABB集团、德国西门子医疗签订采购合同。",
        );
        let parties: Vec<Vec<String>> = a.iter().map(|x| x.parties.clone()).collect();
        assert_eq!(
            parties,
            [
                ["湖南兴湘投资控股集团有限公司", "瑞士ABB集团"],
                ["湖南兴湘投资控股集团有限公司", "德国西门子医疗"]
            ]
        );
        let a = agreements("大连市人民政府外事办公室还与韩国忠清南道政府签署友好交流意向书。");
        assert_eq!(
            a[0].parties,
            ["大连市人民政府外事办公室", "韩国忠清南道政府"]
        );
    }

    #[test]
    fn places_listed_with_a_comma_are_parties_each() {
        let a = agreements(
            "武汉市人民政府分别与法国图尔市、肯尼亚基苏木市签署建立友好城市关系协议书。",
        );
        let parties: Vec<Vec<String>> = a.iter().map(|x| x.parties.clone()).collect();
        assert_eq!(
            parties,
            [
                ["武汉市人民政府", "法国图尔市"],
                ["武汉市人民政府", "肯尼亚基苏木市"]
            ]
        );
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
    fn agreement_sister_city_relations_and_a_future_partner() {
        let a = agreements("哈尔滨市与俄罗斯伊尔库茨克市缔结友好城市关系。");
        assert_eq!(a[0].parties, vec!["哈尔滨市", "俄罗斯伊尔库茨克市"]);
        assert_eq!(
            (a[0].kind.as_str(), a[0].action.as_str()),
            ("友好城市关系", "缔结")
        );
        assert!(agreements("庆祝厦门市与日本佐世保市缔结友好城市关系40周年。").is_empty());
        let a = agreements("西安市与塔吉克斯坦苦盏市签署缔结友好城市关系协议书。");
        assert_eq!(a[0].kind, "缔结友好城市关系协议书");
        let a = agreements("海南热带海洋学院还将与萨摩亚国立大学开展海洋渔业人才培养合作。");
        assert_eq!(a[0].parties, vec!["海南热带海洋学院", "萨摩亚国立大学"]);
    }

    #[test]
    fn agreement_parties_named_before_deng() {
        let a = agreements(
            "天津市教育委员会还与埃塞俄比亚劳动和技能部、柬埔寨劳工与职业培训部等8个国家的政府部门签署职业教育合作意向书9份。",
        );
        assert_eq!(
            a[0].parties,
            vec![
                "天津市教育委员会",
                "埃塞俄比亚劳动和技能部",
                "柬埔寨劳工与职业培训部"
            ]
        );
        assert_eq!(a[0].count, Some(9));
        let a = agreements("厦门市与北京、上海等城市签署合作协议。");
        assert_eq!(a[0].parties, vec!["厦门市", "北京", "上海"]);
    }

    #[test]
    fn agreement_cooperation_needs_two_parties() {
        let a = agreements("广西师范大学与泰国清迈大学开展汉语教学与职业技能培训合作。");
        assert_eq!(a[0].kind, "汉语教学与职业技能培训合作");
        let a = agreements("甲市农业科学院与尼泊尔农林大学开展农业技术合作。");
        assert_eq!(a[0].parties, vec!["甲市农业科学院", "尼泊尔农林大学"]);
        assert_eq!(a[0].kind, "农业技术合作");
        assert!(agreements("双方开展深入合作。").is_empty());
        // Agreeing to cooperate, in a field whose name holds 和.
        assert_eq!(
            parties("阳泉市与塞尔维亚克拉古耶瓦茨市商定在职业教育和技能培训领域开展人才培养合作。"),
            [["阳泉市", "塞尔维亚克拉古耶瓦茨市"]]
        );
        let a = agreements("鸡西市与俄罗斯滨海边疆区投资促进署商定开展石墨深加工技术合作。");
        assert_eq!(a[0].kind, "石墨深加工技术合作");
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

    #[test]
    fn a_party_signs_by_its_name_before_an_alias_in_brackets() {
        let a = agreements(
            "中国长江三峡集团有限公司（以下简称“三峡集团”）与巴基斯坦水利电力发展署签署运维技术合作协议。",
        );
        assert_eq!(
            a[0].parties,
            vec!["中国长江三峡集团有限公司", "巴基斯坦水利电力发展署"]
        );
        let a = agreements(
            "汕头华侨经济文化合作试验区管理委员会（简称“华侨试验区管委会”）分别与泰国暹罗联合实业集团、马来西亚金岸控股集团签署战略合作框架协议。",
        );
        let parties: Vec<Vec<String>> = a.iter().map(|x| x.parties.clone()).collect();
        assert_eq!(
            parties,
            [
                [
                    "汕头华侨经济文化合作试验区管理委员会",
                    "泰国暹罗联合实业集团"
                ],
                [
                    "汕头华侨经济文化合作试验区管理委员会",
                    "马来西亚金岸控股集团"
                ]
            ]
        );
    }

    #[test]
    fn aggregated_signings_written_number_first() {
        let a = agreements("推介会上，41个项目现场签约，总投资86亿元。");
        assert_eq!(
            (
                a[0].parties.len(),
                a[0].kind.as_str(),
                a[0].count,
                a[0].action.as_str()
            ),
            (0, "项目", Some(41), "签约")
        );
    }

    #[test]
    fn investment_cases_signed_are_aggregated_signings() {
        let a = agreements("記者會現場另簽約投資案5件，總金額12億元。");
        assert_eq!(
            (a[0].parties.len(), a[0].kind.as_str(), a[0].count),
            (0, "投資案", Some(5))
        );
    }

    #[test]
    fn titled_agreement_type_and_topic_come_from_the_title() {
        let a = agreements("湖北省商务厅与越南工贸部签署《关于扩大农产品贸易的谅解备忘录》。");
        assert_eq!(a[0].parties, vec!["湖北省商务厅", "越南工贸部"]);
        assert_eq!(a[0].kind, "谅解备忘录");
        assert_eq!(a[0].topic.as_deref(), Some("扩大农产品贸易"));
        // A title that is one compound noun is the type as written.
        let a = agreements("绥芬河市与俄罗斯波格拉尼奇内区签署《口岸通关便利化合作备忘录》。");
        assert_eq!(a[0].kind, "口岸通关便利化合作备忘录");
        assert_eq!(a[0].topic.as_deref(), Some("口岸通关便利化"));
    }

    #[test]
    fn aggregated_signings_with_listed_fields_and_dacheng() {
        let a = agreements("现场签约装备制造、现代物流等项目共计26个，总投资80亿元。");
        assert_eq!(
            (a[0].kind.as_str(), a[0].count, a[0].topic.as_deref()),
            ("项目", Some(26), Some("装备制造、现代物流"))
        );
        let a = agreements("论坛期间达成合作项目31项。");
        assert_eq!(
            (a[0].kind.as_str(), a[0].action.as_str()),
            ("合作项目", "达成")
        );
        let a = agreements("展会期间签订进出口合同及协议215个。");
        assert_eq!(
            (a[0].kind.as_str(), a[0].count),
            ("进出口合同及协议", Some(215))
        );
    }

    #[test]
    fn an_elided_first_signer_is_taken_from_the_previous_agreement() {
        let a = agreements(
            "南湖港务集团与东海航运集团签订航线合作协议，并与北湾物流集团签署战略合作协议。",
        );
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].parties, vec!["南湖港务集团", "北湾物流集团"]);
        assert_eq!(a[1].kind, "战略合作协议");
    }

    #[test]
    fn adverbs_around_connectors_and_before_the_verb() {
        let a = agreements("东岳大学还与英国伯明翰大学续签合作协议。");
        assert_eq!(a[0].parties, vec!["东岳大学", "英国伯明翰大学"]);
        assert_eq!(a[0].action, "续签");
        let a = agreements("南湖港务集团与希腊比雷埃夫斯港务局已于3月上旬签署合作备忘录。");
        assert_eq!(a[0].parties, vec!["南湖港务集团", "希腊比雷埃夫斯港务局"]);
    }

    #[test]
    fn aggregates_take_no_topic_from_the_next_clause() {
        let a = agreements("本次签约项目共计38个，总金额528.6亿元。");
        assert_eq!((a[0].count, a[0].topic.as_deref()), (Some(38), None));
    }

    #[test]
    fn a_government_named_by_its_seat_and_a_time_of_day_before_the_connector() {
        assert_eq!(
            parties("縣府分別與日本大阪大學、美國普渡大學簽署產學合作備忘錄。"),
            [["縣府", "日本大阪大學"], ["縣府", "美國普渡大學"]]
        );
        assert_eq!(
            parties("羅東鎮公所同日上午與日本奈良縣吉野町簽署姊妹鎮合作備忘錄。"),
            [["羅東鎮公所", "日本奈良縣吉野町"]]
        );
        // A township's office named by its kind alone, once named in full.
        assert_eq!(
            parties("太保市公所今日表示。市公所並與國立嘉義大學簽訂產學合作協議。"),
            [["市公所", "國立嘉義大學"]]
        );
        // A contract (契約) as Taiwan writes it.
        assert_eq!(
            parties("燕巢區農會於11月中旬與加拿大楓葉鮮果貿易公司簽訂採購契約。"),
            [["燕巢區農會", "加拿大楓葉鮮果貿易公司"]]
        );
        // A day of this month, and since when.
        assert_eq!(
            parties("二水鄉公所本月12日與山城旅行社股份有限公司簽訂合作協議。"),
            [["二水鄉公所", "山城旅行社股份有限公司"]]
        );
        assert_eq!(
            parties("花壇鄉農會自112年起與日本丸嶋製茶株式會社簽訂年度供貨合約。"),
            [["花壇鄉農會", "日本丸嶋製茶株式會社"]]
        );
    }

    #[test]
    fn transcribed_and_hyphenated_foreign_places_sign_and_questions_do_not() {
        assert_eq!(
            parties("西双版纳州人民政府与老挝琅勃拉邦省、乌多姆赛省分别签署旅游合作备忘录。"),
            [
                ["西双版纳州人民政府", "老挝琅勃拉邦省"],
                ["西双版纳州人民政府", "乌多姆赛省"]
            ]
        );
        assert_eq!(
            parties("鶯歌區公所分別與日本有田町、德國赫爾-格倫茨豪森市簽署交流備忘錄。"),
            [
                ["鶯歌區公所", "日本有田町"],
                ["鶯歌區公所", "德國赫爾-格倫茨豪森市"]
            ]
        );
        assert_eq!(
            parties("额尔古纳市与俄罗斯外贝加尔边疆区普里阿尔贡斯克区签署协议。"),
            [["额尔古纳市", "俄罗斯外贝加尔边疆区普里阿尔贡斯克区"]]
        );
        assert!(agreements("记者：老挝方面签署了哪些合作协议？").is_empty());
    }

    #[test]
    fn a_counterpart_s_role_before_its_name_leaves_the_parties_joined() {
        assert_eq!(
            parties(
                "若羌县人民政府与对口支援城市河北省邯郸市商务局签订《若羌红枣进邯郸产销对接合作协议》。"
            ),
            [["若羌县人民政府", "河北省邯郸市商务局"]]
        );
        assert_eq!(
            parties(
                "大湖地區農會已分別與新加坡綠洲貿易私人有限公司、香港進口商德昌食品有限公司簽訂代理合約。"
            ),
            [
                ["大湖地區農會", "新加坡綠洲貿易私人有限公司"],
                ["大湖地區農會", "德昌食品有限公司"]
            ]
        );
        assert_eq!(
            parties("永鮮水產股份有限公司同日也與日本福岡縣漁業協同組合連合會簽訂供貨協議。"),
            [["永鮮水產股份有限公司", "日本福岡縣漁業協同組合連合會"]]
        );
    }
}
