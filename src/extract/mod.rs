//! The extractors, one module per kind of fact. Each reads the analysed
//! [`Document`] and returns mentions with character spans; none of them knows
//! about output formats. This module runs them and hands their mentions to
//! [`merge`](crate::merge).

pub mod agreement;
pub mod count;
pub mod document;
pub mod institution;
pub mod route;

use crate::Span;
use crate::document::{Document, TokenId};
use crate::facts::{
    Agreement, Count, DocumentTitle, Facts, Institution, Qualifier, Route, SCHEMA, SourceInfo,
};
use crate::merge::{FactKey, merge};
use crate::segment::Token;
use crate::source::Source;
use std::sync::OnceLock;

/// Runs every extractor over `doc` and assembles the facts of the article.
pub fn run(doc: &Document, source: &Source) -> Facts {
    let institutions = institution::extract(doc);
    let counts = count::extract(doc);
    let agreements = agreement::extract(doc, &institutions);
    // 磨憨—磨丁经济合作区管委会, 中国—东盟中心: the places a body is named by
    // are no line.
    // (Institutions do not overlap and come in text order: the one that
    // could hold a route is the first to end after it.)
    let mut routes = route::extract(doc);
    routes.retain(|r| {
        let i = institutions.partition_point(|i| i.span.end <= r.span.end);
        institutions
            .get(i)
            .is_none_or(|i| i.span.start > r.span.start)
    });
    Facts {
        schema: SCHEMA,
        source: SourceInfo {
            path: source.path.clone(),
            sha256: source.sha256.clone(),
            encoding: source.encoding.clone(),
            chars: doc.len(),
        },
        counts: merge(doc, counts, "count"),
        agreements: merge(doc, agreements, "agreement"),
        routes: merge(doc, routes, "route"),
        institutions: merge(doc, institutions, "institution"),
        documents: merge(doc, document::extract(doc), "document"),
    }
}

// What makes two mentions one fact, kind by kind.

impl FactKey for Count {
    type Key<'a> = (u64, Option<u64>, &'a str, &'a str, Qualifier);

    fn fact_key(&self) -> Self::Key<'_> {
        let max = self.max.map(f64::to_bits);
        (
            self.value.to_bits(),
            max,
            &self.unit,
            &self.subject,
            self.qualifier,
        )
    }
}

impl FactKey for Agreement {
    // The topic is read from the clause around a mention, which differs
    // between a headline and the body: it does not tell facts apart.
    type Key<'a> = (&'a [String], &'a str, Option<u64>, &'a str);

    fn fact_key(&self) -> Self::Key<'_> {
        (&self.parties, &self.kind, self.count, &self.action)
    }
}

impl FactKey for Route {
    type Key<'a> = &'a [String];

    fn fact_key(&self) -> &[String] {
        &self.stops
    }
}

impl FactKey for Institution {
    type Key<'a> = &'a str;

    fn fact_key(&self) -> &str {
        &self.name
    }
}

impl FactKey for DocumentTitle {
    type Key<'a> = &'a str;

    fn fact_key(&self) -> &str {
        &self.title
    }
}

/// Builds every pattern and table the extractors use that does not need
/// the segmenter, so a one-article run overlaps this work with building
/// jieba's dictionary (see [`crate::warm_up`]).
pub(crate) fn warm_up() {
    count::warm_up();
    agreement::warm_up();
    route::warm_up();
    document::warm_up();
    let probe = "首页 > 新闻 發布時間 斯里兰卡科伦坡 大学";
    let _ = crate::boilerplate::chrome_lines(&crate::normalize::normalize(probe));
    let _ = crate::gazetteer::place_prefix(&probe.chars().collect::<Vec<_>>());
    let _ = crate::gazetteer::org_suffix_at_end(probe.chars());
}

/// Words that announce a short name in brackets after a full one
/// (…有限公司（以下简称“三峡集团”）).
pub(crate) const ALIAS_MARKERS: &[&str] = &["以下简称", "简称", "下称", "以下称"];

/// Words that end the name of a development or trade zone: a zone named
/// by its place signs as a party (湖州吴兴经济开发区), and places that name
/// one are no line (磨憨—磨丁经济合作区).
pub(crate) const ZONES: &[&str] = &[
    "开发区",
    "高新区",
    "保税区",
    "综试区",
    "自贸区",
    "试验区",
    "合作区",
    "经济区",
    "示范区",
    "新区",
    "产业园",
    "工业园",
    "工业园区",
    "合作中心",
];

/// True when `chars` ends with the characters of `word`.
pub(crate) fn ends_with_word(chars: &[char], word: &str) -> bool {
    let n = word.chars().count();
    chars.len() >= n && chars[chars.len() - n..].iter().copied().eq(word.chars())
}

/// `text` without its last `n` characters (a lead without the verb a
/// pattern found at its end).
pub(crate) fn without_last_chars(text: &str, n: usize) -> &str {
    let cut = text
        .chars()
        .rev()
        .take(n)
        .map(char::len_utf8)
        .sum::<usize>();
    &text[..text.len() - cut]
}

/// Tags of words that can stand in a name or a counted noun phrase.
pub(crate) fn is_nominal(tag: &str) -> bool {
    matches!(
        tag,
        "n" | "nr"
            | "nr1"
            | "nr2"
            | "nrj"
            | "nrf"
            | "nrfg"
            | "nrt"
            | "ns"
            | "nsf"
            | "nt"
            | "nz"
            | "nl"
            | "ng"
            | "vn"
            | "an"
            | "j"
            | "eng"
            | "b"
            | "s"
            | "l"
    )
}

/// A word list that a walk asks about every token it passes: one hash
/// probe where a slice compares the word with each entry. Written as a
/// list; the set is built on first use.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Verbs that modify a noun rather than take it: 签约项目, 参展企业.
pub(crate) static MODIFIER_VERBS: WordSet = WordSet::new(&[
    "签约", "参展", "参会", "在建", "新建", "续建", "入驻", "落地", "出口", "进口", "招商", "注册",
    "在校", "联合", "定制", "相关", "示范", "对接", "分拨", "集结", "落户", "进修", "展出", "扶持",
    "来华", "在华", "就业", "联运", "放映", "滚装", "换装", "在读", "往返", "来访", "就医", "就读",
    "入境", "出境", "访华", "回乡", "返乡", "回归", "创新", "供应",
    // 葡萄种植基地, 汽车生产企业, 出口信用保险承保额度, 绿电使用比例,
    // 浓缩果汁出口量, 封装芯片.
    "种植", "养殖", "生产", "制造", "承保", "使用", "浓缩", "封装", "分拣", "采购",
    // 江海直达航线, 维修技师, 国际直航航线和接力航线, 铁路装卸线, 起降航班,
    // 联营律师事务所, 推介活动, 企业配对洽谈会.
    "直达", "维修", "直航", "接力", "装卸", "起降", "联营", "推介", "配对",
    // 从业人员, 持证导游, 在飞航线, 加注船舶, 冷冻牛肉, 购销合同, 展销中心,
    // 直飞航班, 自用设备, 手持订单, 查验通道, 通用机场, 交换学生, 互访团组,
    // 认证企业, 搭乘人次.
    "从业", "持证", "在飞", "加注", "冷冻", "购销", "展销", "展示", "直飞", "自用", "手持", "查验",
    "通用", "交换", "互访", "认证", "搭乘",
]);

/// Whether the verb `word` before `right` names a kind of what follows:
/// one of [`MODIFIER_VERBS`], or 推广 before what promotes (旅游推广中心,
/// 商贸推广活动; not 推广|新品种, its object).
fn modifies(word: &str, right: &str) -> bool {
    MODIFIER_VERBS.contains(word)
        || word == "推广" && matches!(right, "中心" | "活动" | "服务中心" | "机构")
}

/// Verbs of going somewhere: each opens a clause of its own, never a name
/// or a counted noun (两百余人次|赴东盟国家, 抵达|武汉天河国际机场).
pub(crate) static MOTION_VERBS: WordSet = WordSet::new(&[
    "赴", "来", "前往", "来到", "到", "到达", "抵达", "飞抵", "进入",
]);

/// People and bodies named after the places they come from (15个国家和地区
/// 嘉宾 counts the places).
static PEOPLE_FROM_PLACES: WordSet = WordSet::new(&[
    "嘉宾",
    "代表",
    "客商",
    "选手",
    "学员",
    "学生",
    "留学生",
    "专家",
    "企业",
    "媒体",
    "记者",
    "官员",
    "展商",
    "采购商",
    "游客",
    "青年",
]);

/// Words of a total, which ends what it sums (12家离岛免税店|合计).
const TOTALS: &[&str] = &["合计", "共计", "总计"];

/// What a ranking is of: 世界500强, 中国500强.
const RANKING_SCOPES: &[&str] = &["世界", "全球", "中国", "亚洲"];

/// Verbs that report a number rather than name what is counted.
static REPORTING_VERBS: WordSet = WordSet::new(&[
    "增长", "下降", "提高", "降低", "增加", "减少", "上升", "回落", "提升", "下滑", "扩大", "缩小",
    "突破", "超过", "达到", "占", "为", "是", "有", "达", "超", "开行", "增至", "执飞",
]);

/// A time or side word that can open a counted phrase (全年, 现代, 青年,
/// 外方, 中外), but not a date (2023年) or a one-character direction.
fn is_modifier_word(doc: &Document, i: TokenId) -> bool {
    let t = doc.token(i);
    let word = doc.word(t);
    let no_digits = !word.chars().any(|c| c.is_ascii_digit());
    match t.tag {
        "t" => no_digits,
        "f" => {
            word.chars().count() >= 2
                && !matches!(
                    word,
                    "期间"
                        | "以来"
                        | "之间"
                        | "以后"
                        | "之后"
                        | "以前"
                        | "之前"
                        | "当中"
                        | "其中"
                        | "之中"
                        | "以上"
                        | "以下"
                )
        }
        // 年加工能力: a per-year measure, unless a year number precedes;
        // 首批订单金额: the first batch's.
        "m" | "q" => {
            word == "首批"
                || word == "年"
                    && doc.prev(i).is_none_or(|p| {
                        let p = doc.token(p);
                        !doc.word(p).chars().any(crate::numeral::is_numeral_char)
                    })
        }
        // 500万元一次性奖励: a one-off.
        "d" => word == "一次性",
        _ => false,
    }
}

/// Letters and digits jieba tags `x` or `eng` (NBA, 5G) still belong to names.
fn is_word_like(doc: &Document, t: &Token) -> bool {
    doc.word(t).chars().all(crate::charset::is_alphanumeric)
}

/// The counted noun phrase starting at `pos`: nouns, their modifiers, and
/// nouns coordinated by 和/与/及 (`政府官员和各领域专家学者`). It stops at
/// punctuation, verbs, prepositions, 的 and numbers, and never runs past
/// `sentence_end`, the end of the sentence of what it follows (the next token
/// may open the next line; `pos` itself may be the next sentence's start).
/// Whether the connector `id` (和, 、) joins a country or home to the
/// counted nouns before it: 11家文博单位|和乌兹别克斯坦国家历史博物馆, 200多家
/// 药商|和国内26个省份的企业 name another side, not more of what is counted.
/// (东南亚、中东集装箱航线: places listed after a place share the count.)
fn opens_other_side(doc: &Document, id: TokenId) -> bool {
    let word_at = |k: Option<TokenId>| k.map(|k| doc.token(k));
    let after = word_at(doc.next(id));
    let before = word_at(doc.prev(id));
    after.is_some_and(|n| {
        let w = doc.word(n);
        crate::gazetteer::country(w).is_some() || matches!(w, "国内" | "国外" | "境内" | "境外")
    }) && before.is_none_or(|p| p.tag != "ns" && crate::gazetteer::country(doc.word(p)).is_none())
}

/// 近百名 (jieba: one idiom), 三百余: a word that holds a count of its own,
/// maybe after a qualifier, ends a list of counted nouns.
fn opens_with_number(word: &str) -> bool {
    // (零部件: no count opens with 零.)
    let number = |c: char| crate::numeral::is_numeral_char(c) && !matches!(c, '零' | '〇');
    let mut chars = word.chars();
    let first = chars.next();
    first.is_some_and(number)
        || matches!(first, Some('近' | '约' | '逾' | '超')) && chars.next().is_some_and(number)
}

pub(crate) fn noun_phrase_after(doc: &Document, pos: usize, sentence_end: usize) -> Option<Span> {
    const MAX_CHARS: usize = 16;
    let in_sentence = |n: &&Token| n.end <= sentence_end;
    let mut i = doc.token_id(pos);
    let mut end = pos;
    let mut last_nominal_end = None;
    let mut first = true;
    // Whether the phrase so far is one verb that opened it (保护|修复项目).
    let mut one_lead_verb = false;
    let after_people = pos > 0
        && doc
            .token_at(pos - 1)
            .is_some_and(|u| doc.word(u).ends_with(['人', '名', '位']));
    while let Some(id) = i
        && let t = doc.token(id)
        && in_sentence(&t)
    {
        // 两条东南亚、中东集装箱航线, 近300位电影人、文博专家和媒体代表: nouns
        // listed with 、 share the count.
        let listed = doc.word(t) == "、"
            && last_nominal_end == Some(t.start)
            && doc.next(id).is_some_and(|n| {
                let n = doc.token(n);
                plain_noun(n.tag)
                    && is_word_like(doc, n)
                    && in_sentence(&n)
                    && !opens_with_number(doc.word(n))
            })
            && !opens_other_side(doc, id);
        // 4个30万吨级矿石码头泊位: a tonnage class is one modifier (as
        // before a number, see `noun_phrase_before`).
        if first
            && doc.word(t).bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && let Some(class) = doc.next(id)
            && doc.word(doc.token(class)).ends_with("吨级")
            && in_sentence(&doc.token(class))
            && doc
                .next(class)
                .is_some_and(|n| is_nominal(doc.token(n).tag) || doc.token(n).tag.starts_with('v'))
        {
            // (The noun may still open with a verb: 10万吨级|通用|泊位.)
            end = doc.token(class).end;
            i = doc.next(class);
            continue;
        }
        // 96家世界500强企业: the ranking is one modifier.
        if RANKING_SCOPES.contains(&doc.word(t))
            && let Some(num) = doc.next(id)
            && doc.word(doc.token(num)).bytes().all(|b| b.is_ascii_digit())
            && let Some(strong) = doc.next(num)
            && doc.word(doc.token(strong)) == "强"
            && in_sentence(&doc.token(strong))
            && doc
                .next(strong)
                .is_some_and(|n| is_nominal(doc.token(n).tag))
        {
            end = doc.token(strong).end;
            first = false;
            i = doc.next(strong);
            continue;
        }
        // 65个“一带一路”沿线国家: a quoted name inside the phrase.
        if doc.word(t) == "“"
            && let Some(close) = quoted_close(doc, id)
            && doc.token(close).end - pos <= MAX_CHARS
            && in_sentence(&doc.token(close))
        {
            end = doc.token(close).end;
            last_nominal_end = Some(end);
            first = false;
            i = doc.next(close);
            continue;
        }
        // 12家离岛免税店|合计: a total ends what it sums.
        // (21所境外高校|来琼办学: coming to a place opens another clause.)
        let total = TOTALS.contains(&doc.word(t))
            || doc.word(t) == "累计"
            || !first && doc.word(t).chars().count() == 2 && doc.word(t).starts_with(['来', '赴']);
        if t.end - pos > MAX_CHARS || !is_word_like(doc, t) && !listed || total {
            break;
        }
        let word = doc.norm(Span::new(t.start.max(pos), t.end));
        // 近400家眼镜企业|入驻阿里巴巴国际站: after the counted noun, a verb of
        // settling in is what it does.
        if last_nominal_end == Some(t.start) && matches!(word, "入驻" | "进驻" | "落户" | "落地")
        {
            break;
        }
        // 38位陶艺家|驻地创作, 近30名导游|持证上岗: after the people a count
        // of people names, a word of another kind is what they do.
        if after_people
            && last_nominal_end == Some(t.start)
            && !listed
            && word != "、"
            && t.tag != "c"
            // (政府官员|和文|旅企业代表: jieba glued the 和 to what follows.)
            && !word.starts_with(['和', '与', '及'])
            && !names_people(word)
            && doc.prev(id).is_some_and(|p| names_people(doc.word(doc.token(p))))
            // (青少年|足球|运动员: unless more people follow.)
            && !doc.next(id).is_some_and(|n| names_people(doc.word(doc.token(n))))
        {
            break;
        }
        // 23个店铺|年销售额超过100万美元: a measure with a number of its own
        // is what the next count measures.
        if !first
            && is_measure_word(word)
            && doc.next(id).is_some_and(|n| {
                let n = doc.token(n);
                n.tag == "m"
                    || matches!(
                        doc.word(n),
                        "超过" | "达" | "达到" | "为" | "突破" | "约" | "近" | "逾" | "超" | "已达"
                    )
            })
        {
            break;
        }
        // 12个欧盟成员国|出口浓缩苹果汁: after the places a trade goes to,
        // the trade verb opens the clause.
        if matches!(word, "出口" | "进口")
            && last_nominal_end == Some(t.start)
            && ["国", "国家", "地区", "城市", "市场"]
                .iter()
                .any(|p| doc.norm(Span::new(pos, t.start)).ends_with(p))
        {
            break;
        }
        // 41个项目|现场签约: where it happened opens the clause of the act.
        if word == "现场"
            && doc
                .next(id)
                .is_some_and(|n| doc.token(n).tag.starts_with('v'))
        {
            break;
        }
        // 15个国家和地区|嘉宾: the count is of the places the people come from.
        if !first
            && last_nominal_end == Some(t.start)
            && ["国家", "地区", "城市"]
                .iter()
                .any(|p| doc.norm(Span::new(pos, t.start)).ends_with(p))
            && PEOPLE_FROM_PLACES.contains(word)
        {
            break;
        }
        let next = doc.next(id).map(|n| doc.token(n)).filter(in_sentence);
        // (青稞产品展销|点: a place jieba reads as a measure word.)
        let spot = |n: &Token| n.tag == "m" && doc.word(n) == "点";
        let next_nominal = next.is_some_and(|n| {
            (is_nominal(n.tag) || n.tag == "t" && is_people(doc.word(n)) || spot(n))
                && is_word_like(doc, n)
        });
        // 3个领域|深化合作: jieba tags 深化 a verbal noun, but it takes the
        // noun after it as its object.
        // (临时服务点: 服务 before a measure word 点 is part of the noun.)
        let governs = !first
            && next.is_some_and(|n| !matches!(n.tag, "m" | "q"))
            && TAKES_OBJECT.contains(word)
            && !MODIFIER_VERBS.contains(word);
        // 5A级景区, 4A级以上旅游景区: a grade after letters or digits.
        let above = |w: &str| matches!(w, "以上" | "及以上");
        let grade = !first
            && if word == "级" {
                next_nominal || next.is_some_and(|n| above(doc.word(n)))
            } else {
                above(word)
                    && next_nominal
                    && doc.prev(id).is_some_and(|p| doc.word(doc.token(p)) == "级")
            };
        // (各国|青年|参加: people jieba tags as a time head the phrase.)
        let people_head = t.tag == "t" && is_people(word) && !next_nominal
            // (全市共有12个|县, 两个|县（市）: a level of division, which
            // jieba tags a bound morpheme.)
            || first && t.tag == "zg" && matches!(word, "县" | "乡" | "镇");
        // (24个查验车位|投入使用: jieba tags the phrase of coming into use a
        // noun.)
        let into_use = matches!(word, "投入使用" | "投入运营" | "投入运行" | "交付使用");
        let accept = if governs || into_use {
            false
        } else if grade
            || is_nominal(t.tag)
            || (t.tag == "x" && !first)
            || people_head
            || spot(t) && !first
        {
            true
        } else if matches!(t.tag, "a" | "b" | "z" | "s")
            // 600名中外嘉宾: a side word before the noun; 300余名青年学生:
            // people jieba tags as a time.
            || matches!(t.tag, "f" | "d") && is_modifier_word(doc, id)
            || t.tag == "t" && is_people(word)
            // (两百余人次|赴东盟国家: a motion opens another clause.)
            || t.tag.starts_with('v')
                && (first
                    && !MOTION_VERBS.contains(word)
                    // (约450人|参加论坛: after people, a verb with its object is
                    // what they do; 18条|支持措施 is a kind of measure.)
                    && !(after_people && TAKES_OBJECT.contains(word))
                    || modifies(word, next.map_or("", |n| doc.word(n))))
        {
            // 3至5个保护|修复|项目, 1000个实习|就业|岗位: two verbs may open
            // the noun they make a kind of.
            let then_nominal = || {
                next.is_some_and(|n| n.tag.starts_with('v'))
                    && doc
                        .next(id)
                        .and_then(|n| doc.next(n))
                        .map(|n| doc.token(n))
                        .filter(in_sentence)
                        .is_some_and(|n| is_nominal(n.tag) && is_word_like(doc, n))
            };
            next_nominal || first && !after_people && then_nominal()
        } else if one_lead_verb
            && t.tag.starts_with('v')
            && !MOTION_VERBS.contains(word)
            && !TAKES_OBJECT.contains(word)
        {
            next_nominal
        } else if t.tag == "c"
            && matches!(word, "和" | "与" | "及" | "以及")
            && last_nominal_end.is_some()
            && !opens_other_side(doc, id)
        {
            next_nominal || next.is_some_and(|n| doc.word(n) == "各")
        } else if word == "各" && !first || DISTRIBUTIVES.contains(&word) {
            // (两三百名|各国青年, 各类文化活动: a distributive opens the phrase.)
            next_nominal
        } else {
            false
        };
        if !accept {
            break;
        }
        end = t.end;
        if (is_nominal(t.tag) || t.tag == "x" || people_head || spot(t)) && !listed {
            last_nominal_end = Some(end);
        }
        one_lead_verb = first && t.tag.starts_with('v');
        first = false;
        i = doc.next(id);
    }
    let end = last_nominal_end.unwrap_or(pos).min(end);
    (end > pos).then(|| Span::new(pos, end))
}

/// The noun phrase that ends at `pos` (not reaching before `limit`): the
/// subject of a postposed count (`友好合作协议`13项) or the metric of a
/// percentage (`全市进出口总额`同比增长…).
pub(crate) fn noun_phrase_before(doc: &Document, pos: usize, limit: usize) -> Option<Span> {
    const MAX_CHARS: usize = 16;
    // Nouns listed with 、 may run longer: 政府官员、企业家、专家学者和国际组织代表.
    const MAX_LISTED: usize = 24;
    let mut max = MAX_CHARS;
    if pos == 0 || pos <= limit || !doc.is_word_end(pos) {
        return None;
    }
    let mut i = doc.token_id(pos - 1)?;
    let mut start = pos;
    loop {
        let t = doc.token(i);
        let word = doc.word(t);
        let head = start == pos;
        // “一带一路”航线, “四上”企业: a quoted name inside the phrase.
        if word == "”"
            && !head
            && let Some(open) = quoted_open(doc, i)
            && doc.token(open).start >= limit
            && pos - doc.token(open).start <= MAX_CHARS
        {
            start = doc.token(open).start;
            let Some(p) = doc.prev(open) else { break };
            i = p;
            continue;
        }
        // 政府、企业、高校和民间团体代表, 新产品、新技术、新方案: nouns listed
        // with 、 share the count (not 6部、意大利影片: a measure ends the
        // count before).
        if word == "、"
            && !head
            && pos - t.start <= MAX_LISTED
            && doc.token_at(start).is_some_and(|n| {
                plain_noun(n.tag)
                    || n.tag == "a" && doc.token_at(n.end).is_some_and(|m| plain_noun(m.tag))
            })
            && doc.prev(i).is_some_and(|p| {
                let before = doc.token(p);
                before.start >= limit
                    && plain_noun(before.tag)
                    && is_word_like(doc, before)
                    && doc.prev(p).is_none_or(|q| doc.token(q).tag != "m")
            })
        {
            max = MAX_LISTED;
            let Some(p) = doc.prev(i) else { break };
            i = p;
            continue;
        }
        // 连云港—阿拉木图班列: a line named by its two ends.
        if word == "-"
            && !head
            && doc.token_at(start).is_some_and(|n| is_place_word(doc, n))
            && let Some(p) = doc.prev(i)
            && let place = doc.token(p)
            && place.start >= limit
            && is_place_word(doc, place)
            && pos - place.start <= max
        {
            start = place.start;
            let Some(q) = doc.prev(p) else { break };
            i = q;
            continue;
        }
        if t.start < limit || pos - t.start > max || !is_word_like(doc, t) {
            break;
        }
        // 5000吨级泊位, 10万吨级码头: a tonnage class is one modifier.
        if word.ends_with("吨级")
            && !head
            && let Some(num) = doc.prev(i)
            && let num_token = doc.token(num)
            && num_token.start >= limit
            && num_token.tag == "m"
            && doc
                .word(num_token)
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '万')
        {
            start = num_token.start;
            let Some(p) = doc.prev(num) else { break };
            i = p;
            continue;
        }
        // 世界500强投资项目: the ranking is one modifier.
        if word == "强"
            && !head
            && let Some(num) = doc.prev(i)
            && doc.word(doc.token(num)).bytes().all(|b| b.is_ascii_digit())
            && let Some(scope) = doc.prev(num)
            && let scope_token = doc.token(scope)
            && scope_token.start >= limit
            && RANKING_SCOPES.contains(&doc.word(scope_token))
        {
            start = scope_token.start;
            let Some(p) = doc.prev(scope) else { break };
            i = p;
            continue;
        }
        // 贸易类签约额: 类 makes a class of the noun before it.
        if word == "类"
            && !head
            && doc.prev(i).is_some_and(|p| {
                let p = doc.token(p);
                p.start >= limit && is_nominal(p.tag) && is_word_like(doc, p)
            })
        {
            start = t.start;
            let Some(p) = doc.prev(i) else { break };
            i = p;
            continue;
        }
        // 武汉现有|普通高校: what a place has is named after the verb.
        if matches!(word, "现有" | "拥有" | "已有") {
            break;
        }
        // 3个国家合计|占比达61%: a total ends what it sums, here as after a
        // count (12家离岛免税店|合计); 中心内|入驻商户: so does a place's 内
        // before an action (区域内贸易 is one measure).
        let locative = word == "内" && doc.next(i).is_some_and(|n| doc.token(n).tag == "v");
        // (累计开行量 is a measure, not a total: see `names_a_measure`.)
        if !head && (TOTALS.contains(&word) || locative) {
            break;
        }
        let right = doc
            .next(i)
            .map(|r| doc.token(r))
            .map_or("", |r| doc.word(r));
        let before = doc.prev(i).map(|p| doc.token(p));
        // 国际及地区客运航线, 总部或区域总部: a conjunction between two nouns
        // stays inside.
        // (枸杞及其制品: 及其, and its.)
        // (造纸及纸制品企业, 参观及商务访客, 泵|与|电机产品: a verb or a
        // one-character noun jieba could not tag opens the pair too.)
        let joins = matches!(word, "及" | "和" | "与" | "或" | "及其")
            && before.is_some_and(|p| {
                // (茶園9處|及|食品加工廠: a measure after its number ends a count.)
                let measure = p.end - p.start == 1
                    && doc
                        .prev(i)
                        .and_then(|k| doc.prev(k))
                        .is_some_and(|q| doc.token(q).tag == "m");
                p.start >= limit && !measure && (is_nominal(p.tag) || first_conjunct(doc, p))
            });
        // 长沙机场上半年|旅客吞吐量, 假期|全市夜间消费: a period of time
        // dates the measure and closes its name on the left.
        // 青年 and 老年 are people, not periods.
        // 全年全市进出口总额, 年末全市常住人口, 全年旅客吞吐量: a time before
        // a measure dates it.
        let period = t.tag == "t"
            && ["年", "季度", "月", "期", "末", "初", "底", "天", "周"]
                .iter()
                .any(|p| word.ends_with(p))
            && !(is_people(word) || word.ends_with("周年"))
            // 首期, 二期: a phase of a project, not a time.
            && !(word.ends_with('期') && word.starts_with(['首', '一', '二', '三', '四', '五']))
            || matches!(word, "全年" | "年内" | "同期")
            // 旺季时|单日客流量, 高峰时段|单日通关量.
            || !head && matches!(word, "时" | "时段")
            // 县内|国际认证药厂: where, as a time says when (州|内 too).
            || !head && {
                let level = match word.strip_suffix('内') {
                    Some("") => before.map_or("", |p| doc.word(p)),
                    Some(level) => level,
                    None => "",
                };
                matches!(level, "县" | "市" | "省" | "州" | "区" | "岛" | "镇")
            }
            // 目前|洋浦港外贸航线总数: a time of speaking, not of the measure.
            || matches!(word, "目前" | "当前" | "如今" | "现在" | "日前" | "近日" | "近期");
        let accept = if period {
            false
        } else if !head && (trade_partner(doc, t) || DISTRIBUTIVES.contains(&word)) {
            true
        } else if head {
            // (每周7班|加密至…: a measure after its number is no noun.)
            let measure = word.chars().count() == 1
                && before.is_some_and(|p| doc.word(p).chars().all(|c| c.is_ascii_digit()));
            !measure && is_nominal(t.tag) && t.tag != "b"
                // 台湾青年约1.6万人: people jieba tags as a time.
                || is_people(word)
                // 增速 (jieba: a verb) names a measure.
                || MEASURE_HEADS.contains(word)
                // 贸易点4个, 热轧板卷15万吨: a place or a roll jieba reads as
                // a measure word, after its noun.
                || matches!(word, "点" | "卷")
                    && t.tag == "m"
                    && before.is_some_and(|p| p.start >= limit && is_nominal(p.tag))
                // 旅游收入, 城镇就业, 航班起降: a verb after a noun names a measure.
                || t.tag.starts_with('v')
                    && !TAKES_OBJECT.contains(word)
                    && !REPORTING_VERBS.contains(word)
                    && before.is_some_and(|p| p.start >= limit && is_nominal(p.tag))
                // 会员组织108个: with nothing counted after the number, 组织
                // after a common noun is the organisations counted (not
                // 商务局|组织|108家企业, which counts the firms).
                || word == "组织" && before.is_some_and(|p| p.start >= limit && p.tag == "n")
        } else {
            is_nominal(t.tag)
                || t.tag == "a"
                || t.tag == "ad"
                || joins
                || first_conjunct(doc, t)
                || is_modifier_word(doc, i)
                // (Not 查验|出入境人员: what is done to people entering.)
                || modifies(word, right) && !matches!(right, "入境" | "出境" | "出入境")
                // 累计开行量, 设计年通过能力: a verb made a noun by its head.
                || names_a_measure(t.tag, word, right)
                // 实际使用外资金额: the statistics' own name for investment.
                || matches!(word, "使用" | "利用") && before.is_some_and(|p| doc.word(p) == "实际")
                // A级旅游景区96家: a grade after letters or digits.
                || word == "级" && before.is_some_and(|p| is_word_like(doc, p) && doc.word(p).is_ascii())
                // 一级文物, 二级医院: a grade jieba reads as a number.
                || is_grade(t.tag, word)
                // 规模以上工业增加值, 限额以上单位: the statistics' size classes.
                // 亿元以上|项目: the amount of a class, with no number before.
                || amount_class(t.tag, word, right)
                    && before.is_none_or(|p| {
                        !doc.word(p).chars().any(crate::numeral::is_numeral_char)
                    })
                // (亿元以上项目, 省级以上创新平台, 万吨级以上泊位: an amount,
                // level or tonnage class.)
                || word == "以上"
                    && before.is_some_and(|p| {
                        let w = doc.word(p);
                        matches!(w, "规模" | "限额")
                            || amount_class(p.tag, w, word)
                            || w.chars().count() == 2 && w.ends_with('级')
                            || w.ends_with("吨级")
                    })
                || word.ends_with("吨级") && right == "以上"
        };
        if !accept {
            break;
        }
        start = t.start;
        let Some(p) = doc.prev(i) else { break };
        i = p;
    }
    // A phrase opens with a noun or modifier, not with a verb or conjunction.
    while start < pos {
        let Some(t) = doc.token_at(start) else { break };
        let word = doc.word(t);
        let next_word = doc.token_at(t.end).map_or("", |n| doc.word(n));
        let opener_ok = is_nominal(t.tag)
            || is_grade(t.tag, word)
            // “一带一路”沿线国家: a quoted name.
            || word == "“" && doc.token_id(start).and_then(|i| quoted_close(doc, i)).is_some()
            || t.tag == "a"
            || t.tag == "ad"
            || MODIFIER_VERBS.contains(word)
            || MEASURE_HEADS.contains(word)
            // 开行量, 对东盟进出口额, 各类文化和旅游活动
            || names_a_measure(t.tag, word, next_word)
            || trade_partner(doc, t)
            || DISTRIBUTIVES.contains(&word)
            // 亿元以上项目: the amount of a class.
            || amount_class(t.tag, word, next_word)
            || doc
                .token_id(start)
                .is_some_and(|i| is_modifier_word(doc, i));
        // (参观及商务访客: a verb that opens two joined fields stays.)
        if opener_ok && (!TAKES_OBJECT.contains(word) || MODIFIER_VERBS.contains(word))
            || first_conjunct(doc, t)
        {
            break;
        }
        start = t.end;
    }
    // 在华采购额, 在陕留学生, 来澎旅客, 赴俄旅游团: 在, 来, 赴 or 访 and a
    // one-character abbreviation of a place are one modifier (jieba: 在|华);
    // so are 在 and what a line or firm is doing (在飞航线, 在营企业).
    if start < pos
        && let Some(t) = doc.token_at(start)
        && t.start == start
        && t.end - t.start == 1
        && let Some(p) = doc.token_id(start).and_then(|i| doc.prev(i))
        && doc.token(p).start >= limit
        && match doc.word(doc.token(p)) {
            "在" => {
                matches!(t.tag, "ns" | "j") || matches!(doc.word(t), "飞" | "营" | "运" | "航")
            }
            "来" | "赴" | "访" => matches!(t.tag, "ns" | "j"),
            _ => false,
        }
        && pos - doc.token(p).start <= MAX_CHARS
    {
        start = doc.token(p).start;
    }
    (start < pos).then(|| Span::new(start, pos))
}

/// Whether `t`, a verb of two characters (造纸, 参观) or a one-character
/// morpheme (泵), is the first of two fields a conjunction joins before one
/// head: 造纸及纸制品企业, 参观及商务访客, 泵与电机产品.
fn first_conjunct(doc: &Document, t: &Token) -> bool {
    let width = t.end - t.start;
    // (签订|采购和物流合作协议: after a verb too; not 也致赠|和纸灯笼, a
    // verb after an adverb is the clause's.)
    let opens = t.start == 0
        || doc
            .token_at(t.start - 1)
            .is_none_or(|p| matches!(p.tag, "x" | "v") || is_nominal(p.tag));
    (matches!(t.tag, "v" | "vn") && width == 2 && opens
        || matches!(t.tag, "zg" | "ng") && width == 1)
        && doc.token_at(t.end).is_some_and(|c| joins_a_field(doc, c))
}

/// Whether `conjunction` is 及, 和 or 与 before a field of two or more
/// characters, the second of two joined before one head (not 布置|和|纸|灯笼:
/// 和纸 is Japanese paper).
pub(crate) fn joins_a_field(doc: &Document, conjunction: &Token) -> bool {
    matches!(doc.word(conjunction), "及" | "和" | "与")
        && doc
            .token_at(conjunction.end)
            .is_some_and(|n| is_nominal(n.tag) && n.end - n.start >= 2)
}

/// 一级, 二级: a grade (一级文物) that jieba reads as a number; 一类, 二类:
/// a class (国家一类口岸).
fn is_grade(tag: &str, word: &str) -> bool {
    tag == "m"
        && word.chars().count() == 2
        && (word.ends_with('级') && word.starts_with(['一', '二', '三', '四', '五', '特'])
            || word.ends_with('类') && word.starts_with(['一', '二']))
}

/// A noun that is neither a verb's noun use (培训 vn) nor a measure word.
fn plain_noun(tag: &str) -> bool {
    is_nominal(tag) && !matches!(tag, "vn" | "q" | "m")
}

/// The other quote of the short quoted name that `quote` opens (a “,
/// walking forward) or ends (a ”, walking back): “一带一路”, “四上”. None when
/// words other than a name's come first, or the quotes hold nothing.
fn quote_partner(doc: &Document, quote: TokenId, forward: bool) -> Option<TokenId> {
    let (want, edge) = if forward {
        ("”", doc.token(quote).end)
    } else {
        ("“", doc.token(quote).start)
    };
    let step = |k: TokenId| if forward { doc.next(k) } else { doc.prev(k) };
    let mut k = step(quote)?;
    loop {
        let t = doc.token(k);
        let (inner, reach) = if forward {
            (t.start > edge, t.end - edge)
        } else {
            (t.end < edge, edge - t.start)
        };
        if doc.word(t) == want {
            return inner.then_some(k);
        }
        if reach > 8 || !is_word_like(doc, t) {
            return None;
        }
        k = step(k)?;
    }
}

/// The closing quote of the short quoted name that `open` (a “) opens.
fn quoted_close(doc: &Document, open: TokenId) -> Option<TokenId> {
    quote_partner(doc, open, true)
}

/// The opening quote of the short quoted name that `close` (a ”) ends.
fn quoted_open(doc: &Document, close: TokenId) -> Option<TokenId> {
    quote_partner(doc, close, false)
}

/// 亿元以上: an amount (a number word in 元) that classes what follows.
fn amount_class(tag: &str, word: &str, after: &str) -> bool {
    tag == "m" && word.ends_with('元') && after == "以上"
}

/// A verb made a noun by the measure after it: 开行|量, 海铁联运|箱量,
/// 累计开行量.
fn names_a_measure(tag: &str, verb: &str, after: &str) -> bool {
    tag.starts_with('v') && !TAKES_OBJECT.contains(verb) && is_measure_word(after)
}

/// A word that names a measure: [`MEASURE_HEADS`], a word in 额, 量, 率 or
/// 值 (货值), and money set aside (资金, 经费).
pub(crate) fn is_measure_word(word: &str) -> bool {
    MEASURE_HEADS.contains(word)
        || word.ends_with(['额', '量', '率', '值'])
        || matches!(word, "资金" | "经费")
}

/// Nouns of people (陶艺家, 学者, 导游, 代表, 青年学生): the head of what a
/// count of 位, 名 or 人 counts.
fn names_people(word: &str) -> bool {
    let n = word.chars().count();
    n >= 2
        && (word.ends_with(['者', '人', '员', '师', '生', '客', '手', '士', '官'])
            // (Not 国家 or 商家: 陶艺家, 企业家.)
            || n >= 3 && word.ends_with('家')
            || matches!(word, "专家" | "导游" | "代表" | "嘉宾" | "志工" | "干部" | "农户" | "教练")
            || is_people(word))
}

/// Words jieba tags as times that name people: 青年联合会, 中外青年学生.
pub(crate) fn is_people(word: &str) -> bool {
    ["青年", "少年", "老年", "中年", "成年", "童年"]
        .iter()
        .any(|p| word.ends_with(p))
}

/// 对东盟进出口额: the 对 before a trade partner belongs to the measure.
fn trade_partner(doc: &Document, t: &Token) -> bool {
    doc.word(t) == "对"
        && doc.token_at(t.end).is_some_and(|n| {
            matches!(n.tag, "ns" | "j" | "nt")
                // (对|哈萨克斯坦/nrt: a country jieba reads as a name.)
                || crate::gazetteer::country(doc.word(n)).is_some()
        })
}

/// A place jieba tags as one, or one the gazetteer knows (jieba tags 连云港
/// as a name).
fn is_place_word(doc: &Document, t: &Token) -> bool {
    t.tag == "ns" || crate::gazetteer::is_place(doc.word(t))
}

/// Words that open a counted phrase over several kinds: 各类文化和旅游活动.
const DISTRIBUTIVES: &[&str] = &["各类", "各项", "各种", "各级", "各国"];

/// Nouns that turn the verb before them into a measure: 开行量, 通过能力.
static MEASURE_HEADS: WordSet = WordSet::new(&[
    "量", "额", "率", "数", "能力", "规模", "总量", "总额", "人数", "次数", "增速", "面积", "强度",
    "金额", "比重", "指数", "收入",
]);

/// Verbs that take the noun after them as an object, so they end a noun
/// phrase on their left: 服务|进出口企业, 增派|志愿者, 检查|旅游经营单位.
static TAKES_OBJECT: WordSet = WordSet::new(&[
    // (3万人|参观展会.)
    "参观",
    "游览",
    "签署",
    "签订",
    "缔结",
    "开展",
    "举办",
    "举行",
    "参加",
    "出席",
    "推动",
    "实现",
    "完成",
    "达到",
    "开通",
    "建设",
    "设立",
    "成立",
    "发布",
    "提出",
    "形成",
    "涉及",
    "覆盖",
    "包括",
    "吸引",
    "带动",
    "服务",
    "检查",
    "增派",
    "节省",
    "会见",
    "深化",
    "加强",
    "拓展",
    "促进",
    "围绕",
    "共建",
    "引进",
    "组织",
    "接待",
    "新增",
    "培训",
    "选派",
    "派出",
    "资助",
    "支持",
    "落实",
    "打造",
    "开拓",
    "签约",
    "新开通",
    "新开",
    "运营",
    "力争",
    "争取",
    "预计",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_places_a_body_is_named_by_are_no_line() {
        let facts = crate::extract("磨憨—磨丁经济合作区管委会与老挝企业签约。");
        assert!(facts.routes.is_empty(), "{:?}", facts.routes);
        assert_eq!(
            facts.institutions[0].attrs.name,
            "磨憨—磨丁经济合作区管委会"
        );
        // A line beside a body stays.
        let facts = crate::extract("重庆市政府宣布开通重庆—河内航线。");
        assert_eq!(facts.routes.len(), 1);
    }

    #[test]
    fn a_word_at_the_end_of_characters() {
        let chars: Vec<char> = "厦门国际博览会".chars().collect();
        assert!(ends_with_word(&chars, "博览会"));
        assert!(!ends_with_word(&chars, "交易会"));
        assert!(!ends_with_word(&chars[..2], "国际博览会"));
    }

    /// Found by proptest: the tokens of the next line followed the last
    /// token of this one, so a count's subject ran across the line break and
    /// its text was no longer inside its sentence.
    #[test]
    fn regression_noun_phrase_after_stops_at_line_break() {
        let doc = Document::new("0人民政府\n人次0");
        let sentence_end = doc.sentence_at(2).expect("a sentence").end;
        let phrase = noun_phrase_after(&doc, 2, sentence_end).expect("民政府 is a noun phrase");
        assert_eq!(doc.source(phrase), "民政府");
        let facts = crate::extract("0人民政府\n人次0");
        for c in &facts.counts {
            assert!(
                c.sentence.contains(&c.text),
                "{:?} not in {:?}",
                c.text,
                c.sentence
            );
        }
    }
}
