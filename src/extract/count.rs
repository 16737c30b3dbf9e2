//! Counts: a number tied to a measure word or unit, with what it counts
//! (近200位嘉宾, 友好合作协议13项, 22.64万人次, 14.15%). Owns finding the
//! number, its unit, qualifier and subject; the numeral itself is read by
//! [`numeral`]. Years, dates, ordinals, names with numerals
//! and vague quantities (一批, 多个) are not counts.

use super::{is_nominal, noun_phrase_after, noun_phrase_before};
use crate::document::{Document, Found, Pattern};
use crate::facts::{Category, Count, Qualifier};
use crate::merge::Mention;
use crate::{Span, gazetteer, numeral};
use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Currencies not named in 元 (those are found by their 元).
const CURRENCIES: &[&str] = &[
    "英镑",
    "卢布",
    "泰铢",
    "澳门币",
    "新台币",
    "卢比",
    "林吉特",
    "坚戈",
    "迪拉姆",
    "里亚尔",
    "雷亚尔",
    "兰特",
    "比索",
    "越南盾",
    "印尼盾",
    "瑞士法郎",
];

/// Measure words and units, longest first where one starts another;
/// `CURRENCIES` stands for the list above.
const UNITS: &str = "个百分点|百分点|平方公里|平方千米|平方公尺|平方米|立方米|立方公尺|千升|吉瓦时|兆瓦时|太瓦时|吉瓦|兆瓦|厢次|载重吨|人民币|美元|欧元|港元|港币|日元|韩元|澳门元|澳元|新元|新加坡元|加元|CURRENCIES|\
    千瓦时|千瓦|公里|海里|公吨|台斤|公克|公尺|千米|千克|公斤|公顷|标箱|标准箱|人次|架次|车次|航次|班次|批次|家次|种次|辆次|艘次|台次|列次|趟次|台套|场次|课时|方面|\
    个|位|名|项|对|条|家|所|座|架|班|列|趟|次|场|件|份|批|台|辆|艘|亩|元|吨|%|倍|国|款|种|类|户|篇|部|本|首|支|只|张|套|间|处|轮|枚|颗|株|棵|块|片|盆|票|双|幅|枝|锭|卷|栋|柜|穗|碗|摊|档|层|米|门|人|例|单|瓶|箱|盒|袋|期|升|尾|头|副|笔|节|组|剂|斤|粒|盏|堂|杯|团|把|格|宗|匹|口|度|TEU|MW|GW";

/// A number, a measure word or unit, and the words that qualify it.
/// e.g. `近200位`, `30多位`, `22.64万人次`, `3至5个`, `20家至30家`, `两条`,
/// `14.15%`, `百分之三十`, `一点八亿美元`
static COUNT: LazyLock<Pattern> = LazyLock::new(|| {
    let pattern = r"(?x)
        (?P<pre>QUALIFIERS)?
        (?:
            (?P<pct_word>百分之(?P<pct>[0-9.]+|[零〇一二两三四五六七八九十百千点]+))
          |
            # 1万2千, 2亿3000万, 3億2,560萬, 3千5百: digits and scales mixed; a bare
            # 千 or 百 is taken last, so 3千米 is 3 of 千米.
            # (約4\x20000人次: Hong Kong's space between thousands.)
            (?P<num>(?:[0-9]{1,3}(?:[\x20\u{A0}\u{2009}\u{202F}][0-9]{3})+|[0-9]+(?:,[0-9]{3})*)(?:\.[0-9]+)?
                    (?:(?:万亿|千万|百万|万|亿|兆)(?:[0-9]+(?:,[0-9]{3})*(?:千万|百万|万|千|百)?)*)?
                    (?:[千百][0-9]*)*?
                   |[零〇一二两三四五六七八九十百千万亿萬億兩]+(?:点[零〇一二三四五六七八九]+)?
                   # Financial numerals make a number of their own (陆 in
                   # 欧亚大陆|五十多个国家 opens none).
                   |[零壹贰叁肆伍陆柒捌玖拾佰仟万亿萬億]+)
            (?:(?:至|到|-|~)(?P<num2>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?:万亿|千万|百万|万|亿|兆)?
                   |[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?))?
            (?P<more>多|余)?
            (?P<scale>万|亿)?
            (?P<unit>UNITS)
        )
        ";
    let units = UNITS.replace("CURRENCIES", &CURRENCIES.join("|"));
    let pattern = pattern
        .replace("QUALIFIERS", &QUALIFIERS.join("|"))
        .replace("UNITS", &units);
    Pattern::new(&pattern, "count pattern")
});

/// Words between a postposed subject and its number: 项目共计28个,
/// 接待量最高|突破1800人次, 能力将提升至|5000万吨, 吞吐量全年将|突破…,
/// 贸易额录得|1870亿港元 (Hong Kong's "recorded")
/// (up to three of them).
static LINKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:全年|去年|今年|当年|上半年|下半年|累计|已|将|年|力争|预计|有望|可望|单日最高|最高|可|共计|合计|总计|共|目前已|已累计|每周|每日|每月|今年以来|年内){0,2}(?:开行|发运|运行|执飞|增至|降至|升至|减至|(?:提升|提高|增加|扩大|下降|减少|恢复|加密|拓展|扩展|延伸)[至到]|保持在|稳定在|达到|达|突破|为|约为|约合|约达|实现|完成|录得)|共计|合计|总计|累计|共有|只有|仅有|新增|(?:同比|较上年|比上年|较去年|比去年)(?:增加|减少)|全年|年内|目前为|共|将|已|还|仍|力争|预计|有望|可望|估计|单日最高|单日最|最高|最多|最|有|在|每周|每日|每天|每月|每年|日均|各){1,3}$",
    )
    .expect("linker")
});

/// The change verbs before a percentage: 进出口总额同比增长14.15%
/// (Taiwan's 成長 and 衰退: 外銷總值較前年成長12.4%).
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?:预计|有望|将|力争|已经|已|均|仍|可以|可){0,2}(?:同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年|比前年|较前年|年均|平均|分别){0,2}
          (?:(?:增长|下降|提高|降低|增加|减少|上升|回落|提升|下滑|扩大|缩小|恢复|成长|衰退)(?:至|到)?|升至|降至|增|降|(?:约|大约)?(?:达到|达|为|占|在)|超过|相当于|保持在
          # 占比从去年的12%提高到19.6%, 占比已由2020年的不到15%提升至…:
          # where a change starts.
          |(?:从|由)(?:去年同期|上年同期|去年|上年|前年|年初|[0-9]{4}年)?的?(?:不到|不足)?)了?$",
    )
    .expect("change")
});

/// What a change is compared with, or what it is a share of, before the
/// change verb: 增速(较上年), 增速(高于全省平均水平), 外贸规模(占全省的). The
/// group is the marker; the compared phrase stays inside one clause.
static COMPARED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(比|较|高于|低于|高出|快于|慢于|好于|占)[^，,；;：:、。比较占]{1,12}?的?$")
        .expect("compared")
});

/// The markers of [`COMPARED_BEFORE`] as words.
const COMPARE_WORDS: &[&str] = &[
    "比", "较", "高于", "低于", "高出", "快于", "慢于", "好于", "占",
];

fn qualifier_of_prefix(p: &str) -> Qualifier {
    match p {
        "约" | "大约" | "约合" => Qualifier::Approx,
        "近" | "将近" | "接近" | "不到" | "不足" | "不超过" | "不高于" | "最多" => {
            Qualifier::Under
        }
        // 高达5000人 stresses an exact number.
        "高达" | "多达" => Qualifier::Exact,
        _ => Qualifier::Over,
    }
}

/// Folds the scale into the value: 万人次 is 人次 with ×10⁴ already in the
/// number, 人民币 is 元.
fn canonical_unit(unit: &str) -> &str {
    match unit {
        "百分点" => "个百分点",
        "人民币" => "元",
        "港币" => "港元",
        "标准箱" => "标箱",
        u => u,
    }
}

/// Units after which a quantity is a class, not a count: 10万吨级泊位.
fn is_class_suffix(c: Option<char>) -> bool {
    matches!(c, Some('级' | '型'))
}

pub fn extract(doc: &Document) -> Vec<Mention<Count>> {
    let mut out: Vec<Mention<Count>> = Vec::new();
    // The sentence and subject of the last count that has one. Kept as we go
    // rather than searched for: a long sentence of bare changes (增长1%增长1%…)
    // would otherwise scan every earlier count for each new one.
    let mut last_subject: Option<(Option<Span>, String)> = None;
    for caps in doc.captures(&COUNT) {
        // The high end of a range read with the count before (20家至|30家).
        if caps.get(0).is_some_and(|c| {
            out.last()
                .is_some_and(|p| doc.span_of(c).start < p.span.end)
        }) {
            continue;
        }
        // 《…十条措施》: a number inside a title is part of its name.
        if caps
            .get(0)
            .is_some_and(|c| doc.in_title(doc.span_of(c).start))
        {
            continue;
        }
        if let Some(mut m) = read_count(doc, &caps) {
            let sentence = doc.sentence_at(m.span.start);
            // 地区生产总值4218.56亿元，同比增长6.1%: a change with no metric of
            // its own measures the quantity named before it in the sentence.
            if m.attrs.subject.is_empty()
                && is_relative(&m.attrs.unit)
                && let Some((_, subject)) = last_subject.as_ref().filter(|(s, _)| *s == sentence)
            {
                m.attrs.subject = subject.clone();
            }
            if !m.attrs.subject.is_empty() {
                last_subject = Some((sentence, m.attrs.subject.clone()));
            }
            out.push(m);
        }
    }
    respectively(doc, &mut out);
    share_shorter_subjects(&mut out);
    out
}

/// 接待游客1.56亿人次，实现旅游收入2180亿元，分别增长7.9%、9.4%; 其中油菜籽、
/// 大豆、小麦分别为68.4万吨、39.1万吨和17.6万吨: numbers listed after 分别
/// ("respectively") take, in order, the quantities counted before (for
/// changes) or the nouns listed before (for amounts), when there are as many.
fn respectively(doc: &Document, counts: &mut [Mention<Count>]) {
    let mut i = 0;
    while i < counts.len() {
        let first = counts[i].span.start;
        let Some(sentence) = doc.sentence_at(first).filter(|s| s.start <= first) else {
            i += 1;
            continue;
        };
        // The numbers that follow one another, joined by 、 和 及 (and the
        // closing 和 of a list).
        let mut j = i + 1;
        while j < counts.len()
            && counts[j].span.start >= counts[j - 1].span.end
            && matches!(
                doc.norm(Span::new(counts[j - 1].span.end, counts[j].span.start)),
                "、" | "和" | "及" | "与"
            )
        {
            j += 1;
        }
        let group = i..j;
        i = j;
        if group.len() < 2 {
            continue;
        }
        // 分别 right before the first number, maybe with its verb (分别增长,
        // 分别为, 同比分别增长). Only the last few characters are read, so a
        // long sentence of numbers stays linear.
        let near_start = first.saturating_sub(8).max(sentence.start);
        let near = doc.norm(Span::new(near_start, first));
        let Some(k) = near.rfind("分别") else {
            continue;
        };
        let verb = &near[k + "分别".len()..];
        // (分别较上届增长: what the changes are compared with may come first.)
        let longest = if verb.starts_with(['较', '比']) {
            7
        } else {
            4
        };
        if verb.chars().count() > longest || verb.contains([',', ';', ':', '、']) {
            continue;
        }
        let anchor = near_start + near[..k].chars().count();
        let relative = counts[group.clone()]
            .iter()
            .all(|c| is_relative(&c.attrs.unit));
        let unnamed = counts[group.clone()]
            .iter()
            .all(|c| c.attrs.subject.is_empty());
        let subjects: Vec<String> = if relative {
            // The last quantities counted before 分别 in the sentence (counts
            // come in text order: walked back from the group, not searched).
            let mut earlier: Vec<String> = counts[..group.start]
                .iter()
                .rev()
                .take_while(|c| c.span.start >= sentence.start)
                .filter(|c| c.span.end <= anchor)
                .filter(|c| !is_relative(&c.attrs.unit) && !c.attrs.subject.is_empty())
                .take(group.len())
                .map(|c| c.attrs.subject.clone())
                .collect();
            earlier.reverse();
            // (签约项目数量和投资总额分别较上届增长…: with none counted, the
            // measures listed before 分别.)
            let none_counted = earlier.is_empty() && unnamed;
            match none_counted.then(|| listed_before(doc, sentence, anchor, group.len())) {
                Some(Some(listed)) => listed,
                _ => earlier,
            }
        } else {
            match unnamed.then(|| listed_before(doc, sentence, anchor, group.len())) {
                Some(Some(listed)) => listed,
                _ => continue,
            }
        };
        if subjects.len() == group.len() {
            for (c, subject) in counts[group].iter_mut().zip(subjects) {
                c.attrs.subject = subject;
            }
        }
    }
}

/// The nouns listed right before 分别 at `anchor`, back to the clause's
/// start (a list of nouns runs a few dozen characters at most), as written:
/// one for each of `n` numbers, or one noun that names every one of them.
fn listed_before(doc: &Document, sentence: Span, anchor: usize, n: usize) -> Option<Vec<String>> {
    let window = anchor.saturating_sub(60).max(sentence.start);
    let lead = doc.norm(Span::new(window, anchor));
    let lead = match lead.rfind([',', ';', ':']) {
        Some(b) => &lead[b + 1..],
        // (A clause longer than the window holds no short list.)
        None if window > sentence.start => return None,
        None => lead,
    };
    let lead = lead.strip_prefix("其中").unwrap_or(lead);
    // (经…口岸实现的边境贸易额分别为…: 的 ends what describes them; not
    // 中国的苹果、日本的梨, a list of nouns with their 的.)
    let lead = match lead.rsplit_once('的') {
        Some((described, noun)) if !(described.contains('的') && described.contains('、')) => {
            noun
        }
        _ => lead,
    };
    let start = anchor - lead.chars().count();
    // (…，同比分别增长: an adverb, no noun, before 分别.)
    if doc
        .token_at(anchor.checked_sub(1)?)
        .is_none_or(|t| !is_nominal(t.tag) || matches!(doc.word(t), "同比" | "环比"))
    {
        return None;
    }
    let nouns: Vec<&str> = lead.split(['、', '和', '及', '与']).collect();
    let plain = nouns.iter().all(|n| {
        (1..=8).contains(&n.chars().count())
            && !n.starts_with(['对', '向', '从', '在', '经'])
            // (10月、11月分别开行152列和149列: months, not what is counted.)
            && !n.contains(|c: char| c.is_ascii_digit())
            && !n.ends_with(['月', '年', '日', '周'])
            && !gazetteer::is_place(n)
            && gazetteer::country_prefix(&n.chars().collect::<Vec<_>>()).is_none()
    });
    if !plain {
        // 对日本、韩国进出口额分别为…: places listed before the one measure
        // of trade with each; the whole phrase names every amount.
        let [first, middle @ .., last] = nouns.as_slice() else {
            return None;
        };
        let place = |p: &str| gazetteer::is_place(p) || gazetteer::country(p).is_some();
        let partners = first.strip_prefix(['对', '与', '同']).is_some_and(place)
            && middle.iter().all(|p| place(p))
            && {
                let last: Vec<char> = last.chars().collect();
                let named = gazetteer::place_prefix(&last).map(|(len, _)| len);
                named
                    .or_else(|| gazetteer::country_prefix(&last).map(|(len, _)| len))
                    .is_some_and(|len| len < last.len())
            }
            && lead.chars().count() <= 20;
        return partners.then(|| vec![doc.source(Span::new(start, anchor)).to_string(); n]);
    }
    // As written (the source, not the matching view).
    let mut at = start;
    let written: Vec<String> = nouns
        .iter()
        .map(|noun| {
            let len = noun.chars().count();
            let written = doc.source(Span::new(at, at + len)).to_string();
            at += len + 1;
            written
        })
        .collect();
    // 出口额分别为15.84亿元、2.37亿元: one noun names every amount.
    match written.as_slice() {
        [one] => Some(vec![one.clone(); n]),
        _ => (written.len() == n).then_some(written),
    }
}

/// 签约项目总投资额达286.5亿元 (a headline) and 总投资额达286.5亿元 (the body):
/// the same number, unit and qualifier with one subject ending in the other
/// is one fact, named by the shorter subject, so the mentions fold into one.
fn share_shorter_subjects(counts: &mut [Mention<Count>]) {
    type Key = (u64, Option<u64>, String, Qualifier);
    let key = |c: &Count| -> Key {
        (
            c.value.to_bits(),
            c.max.map(f64::to_bits),
            c.unit.clone(),
            c.qualifier,
        )
    };
    let mut subjects_of: FxHashMap<Key, Vec<String>> = FxHashMap::default();
    for m in counts.iter().filter(|m| !m.attrs.subject.is_empty()) {
        subjects_of
            .entry(key(&m.attrs))
            .or_default()
            .push(m.attrs.subject.clone());
    }
    for m in counts.iter_mut() {
        let Some(subjects) = subjects_of.get(&key(&m.attrs)) else {
            continue;
        };
        if let Some(shorter) = subjects
            .iter()
            .filter(|s| s.len() < m.attrs.subject.len() && m.attrs.subject.ends_with(s.as_str()))
            .min_by_key(|s| s.len())
        {
            m.attrs.subject = shorter.clone();
        }
    }
}

/// The high end of a range after a count's unit, `至30家` after `20家`,
/// as (value, length in characters) when it ends in the same unit.
fn high_end_with_unit(doc: &Document, at: usize, unit: &str) -> Option<(f64, usize)> {
    let tail = doc.norm(Span::new(at, (at + 24).min(doc.len())));
    let rest = tail.strip_prefix(['至', '到', '-', '~'])?;
    let number = HIGH_END.find(rest)?.as_str();
    rest[number.len()..].starts_with(unit).then_some(())?;
    let hi = numeral::parse(number)?;
    Some((hi, 1 + number.chars().count() + unit.chars().count()))
}

/// `30`, `6.5`, `五十`: the second number of a range, anchored.
static HIGH_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)?(?:万亿|亿|万)?|[零〇一二两三四五六七八九十百千万亿]+)")
        .expect("high end")
});

/// Currencies written before an amount in 元 (总投资人民币12亿元).
const CURRENCY_WORDS: &[&str] = &["人民币", "新台币", "港币", "美金"];

/// The words that qualify a number right before it (近200位, 约5亿元),
/// longest first where one ends another; the `pre` group of [`COUNT`].
const QUALIFIERS: &[&str] = &[
    "将近",
    "接近",
    "大约",
    "超过",
    "不到",
    "不足",
    "不少于",
    "不低于",
    "不超过",
    "不高于",
    "至少",
    "最多",
    "高达",
    "多达",
    "首次突破",
    "突破",
    "首破",
    "近",
    "约",
    "超",
    "逾",
];

/// The qualifier that ends `text` before a currency: one of
/// [`QUALIFIERS`], or 约合 (约合人民币5亿元).
fn currency_qualifier(text: &str) -> Option<&'static str> {
    QUALIFIERS
        .iter()
        .chain(&["约合"])
        .copied()
        .find(|q| text.ends_with(q))
}

/// Currencies: 元 and its kin (美元, 亿元 folded), and [`CURRENCIES`].
fn is_money(unit: &str) -> bool {
    unit.ends_with('元') || CURRENCIES.contains(&unit)
}

/// Verbs that open a postposed subject but are not part of what is
/// counted: 互派|访问学者200人, 新引进|外资企业3000家. Those ending in a
/// modifying verb (签约, 入驻, 注册) name what is counted before a one-word
/// noun: 签约项目, 入驻企业.
const ACTIONS_BEFORE_SUBJECT: &[&str] = &[
    // (全县共有|规模以上…企业47家: what a place has in all.)
    "共有",
    "拥有",
    "通行",
    "惠及",
    "新签",
    "新开工",
    "新引进",
    "引进",
    "吸引",
    "新开通",
    "开通",
    "装载",
    "新建",
    "设置",
    "设",
    "展出",
    "新设立",
    "设立",
    "互派",
    "选派",
    "派出",
    "发运",
    "培育",
    "培训",
    "年产",
    "接待",
    "新注册",
    "注册",
    "入驻",
    "已落地",
    "落地",
    "现场签约",
    "集中签约",
    "签约",
    // 已布局|绿氢项目19个, 在建|海外生产基地3个, 规划建设|标准机架.
    "布局",
    "在建",
    "规划建设",
    "合作建设",
    "计划",
    "投产",
    "供应",
    "监管",
    // 节约|物流成本约200元, 折合|装机容量超过9.8吉瓦, 布置|菊花景观120余处,
    // 安排|资金不少于5000万元.
    "布置",
    "安排",
    // 再投运|自动化岸桥14台.
    "投运",
    // 投入|经费约4.8亿元, 容纳|乘客150人, 通达|国内城市21个.
    "投入",
    "容纳",
    "通达",
    // 施放|烟火23场, 载运|旅客约680人.
    "施放",
    "载运",
    "节约",
    "节省",
    "折合",
];

/// [`ACTIONS_BEFORE_SUBJECT`] as a set, for asking of one word.
static ACTION_WORDS: super::WordSet = super::WordSet::new(ACTIONS_BEFORE_SUBJECT);

/// Whether the action `verb`, ending at `cut` in a subject that ends at
/// `end`, opens what is counted after it, at the subject's start or inside
/// it (`inside`): a modifying verb only before more than one word (地区新建|
/// 鲁班工坊, but 新建项目, 入驻企业, 签约总金额), 签约 not before the
/// compounds it makes (签约项目总投资额), and inside a subject no verb before
/// a measure it names (国际航线培育资金; at the start 培育|年产值 is a verb
/// and its object).
fn action_opens(doc: &Document, verb: &str, cut: usize, end: usize, inside: bool) -> bool {
    let next = doc.token_at(cut).filter(|t| t.start == cut);
    let rest = end - cut;
    let one_word = next.is_some_and(|n| n.end >= end);
    // (规模以上企业: a class of firms, not the measure 规模.)
    let measure = inside
        && next.is_some_and(|n| {
            super::is_measure_word(doc.word(n))
                && !doc
                    .norm(Span::new(n.start, (n.end + 2).min(doc.len())))
                    .ends_with("以上")
        });
    let compound =
        verb == "签约" && next.is_some_and(|n| matches!(doc.word(n), "项目" | "金额" | "总额"));
    // (参观及商务访客, 采购和物流合作协议: the action is a field joined to
    // the next.)
    let conjunct = next.is_some_and(|n| super::joins_a_field(doc, n));
    let enough = if super::MODIFIER_VERBS.contains(verb) {
        rest >= 3 && !(one_word && rest == 3)
    } else {
        rest >= 2
    };
    enough && !measure && !compound && !conjunct
}

/// Verbs of spending that name nothing counted: 投资1.8亿欧元.
const SPENDING: &[&str] = &["投资", "出资", "融资", "完成", "实现"];

/// The subject without a leading action (and the side doing it: 缅方培训|本土
/// 汉语教师). 签约 opens the measures it modifies (签约项目, 签约总金额),
/// so what stands before it goes: 博览会|签约项目, 推介会现场|签约项目
/// (but 意向签约金额).
fn without_leading_action(doc: &Document, span: Span) -> Span {
    let text = doc.norm(span);
    let mut start = span.start;
    // (贸易类签约额, 投资类签约额: a class of signing stays.)
    if let Some(i) = text
        .rfind("签约")
        .filter(|&i| i > 0 && !text[..i].ends_with("意向") && !text[..i].ends_with('类'))
    {
        let at = span.start + text[..i].chars().count();
        if doc.is_word_start(at) && span.end - at >= 4 {
            start = at;
        }
    }
    // 南亚国家|培训医护人员, 首航航班|装载跨境电商货物: the action inside the
    // phrase opens what is counted, like one at its start.
    let mut at = span.end;
    while let Some(t) = at
        .checked_sub(1)
        .and_then(|p| doc.token_at(p))
        .filter(|t| t.start > start)
    {
        let word = doc.word(t);
        // (jieba tags 装载 b and 新开通 nz: the list says they are actions.)
        if ACTION_WORDS.contains(word) && action_opens(doc, word, t.end, span.end, true) {
            start = t.start;
            break;
        }
        at = t.start;
    }
    // 中亚地区建设|信阳毛尖海外仓5个, 海外建设|东坡文化交流中心10个: where
    // something is built opens no name of it.
    if start == span.start
        && let Some(verb) = doc
            .words_in(span)
            .skip(1)
            .find(|t| matches!(doc.word(t), "建设" | "建成" | "设立"))
            .filter(|t| t.end < span.end)
        && place_words(doc, Span::new(span.start, verb.start))
    {
        start = verb.end;
    }
    // 对新加坡出口|黑猪冷鲜肉及制品约3100万元: the goods after whom they are
    // sold to.
    if start == span.start
        && doc.token_at(start).is_some_and(|t| doc.word(t) == "对")
        && let Some(verb) = doc
            .words_in(span)
            .skip(2)
            .find(|t| matches!(doc.word(t), "出口" | "进口"))
            .filter(|t| span.end - t.end >= 2)
        && trade_partners(doc, Span::new(start + 1, verb.start))
    {
        start = verb.end;
    }
    let span = Span::new(start, span.end);
    loop {
        let rest = doc.norm(Span::new(start, span.end));
        let side = rest.chars().nth(1) == Some('方') && doc.is_word_start(start + 2);
        let from = if side { start + 2 } else { start };
        let rest = doc.norm(Span::new(from, span.end));
        let Some(action) = ACTIONS_BEFORE_SUBJECT
            .iter()
            .find(|a| rest.starts_with(**a))
        else {
            return Span::new(start, span.end);
        };
        let verb = action
            .char_indices()
            .rev()
            .nth(1)
            .map_or("", |(i, _)| &action[i..]);
        let cut = from + action.chars().count();
        // The cut is a word boundary, or inside a set phrase (引进外资).
        let clean = doc.is_word_start(cut) || doc.token_at(cut).is_some_and(|t| t.tag == "l");
        if !clean || !action_opens(doc, verb, cut, span.end, false) {
            return Span::new(start, span.end);
        }
        start = cut;
    }
}

/// Events whose name can open a postposed subject: 博览会|展览面积.
const EVENTS: &[&str] = &[
    "博览会",
    "交易会",
    "展览会",
    "广交会",
    "博会",
    "交会",
    "贸会",
    "论坛",
    "大会",
    "峰会",
    "洽谈会",
];

/// The subject without the body or event it belongs to (长沙机场|国际及地区
/// 客运航线, 花湖机场|货邮吞吐量, 广交会|意向出口成交额): what is counted is
/// the measure; a place that dates or bounds it (全市, 全省) stays.
fn without_owner(doc: &Document, span: Span) -> Span {
    let chars = doc.chars(span);
    // (专业论坛、赛事活动: a listed event is counted, not an owner; nor is
    // one joined by 和: 商务代表处和服务站.)
    // Most subjects hold no character that ends an owner's name.
    if chars.contains(&'、')
        || !chars[..chars.len().saturating_sub(1)]
            .iter()
            .any(|&c| c == '会' || c == '坛' || gazetteer::could_end_org(c))
    {
        return span;
    }
    let owner_end = (3..chars.len().saturating_sub(1)).rev().find(|&k| {
        let head = &chars[..k];
        // (Not a one-character suffix: 区域总部企业; nor a bare one: 海关|监管…)
        let named =
            gazetteer::org_suffix_at_end(head.iter().copied()).is_some_and(|(suffix, c)| {
                let n = suffix.chars().count();
                c != Category::Education && n >= 2 && n < k
            }) || EVENTS.iter().any(|e| super::ends_with_word(head, e));
        let joined = chars
            .get(k)
            .is_some_and(|&c| matches!(c, '和' | '与' | '及'));
        named && !joined && doc.is_word_end(span.start + k) && doc.is_word_start(span.start + k)
    });
    match owner_end {
        Some(k) => Span::new(span.start + k, span.end),
        None => span,
    }
}

/// The subject without the place it passes through when 经 stands before
/// it: 经|绥芬河口岸|中欧班列, 经|吉隆口岸|出入境旅客 count the trains and
/// the travellers, not the port.
fn without_passage(doc: &Document, span: Span) -> Span {
    let via = span
        .start
        .checked_sub(1)
        .and_then(|p| doc.token_at(p))
        .is_some_and(|t| t.end == span.start && doc.word(t) == "经");
    if !via {
        return span;
    }
    // (经绥芬河、东宁口岸|出入境人员: places listed with 、 are passed too.)
    let mut at = span.start;
    while let Some(end) = passed_place(doc, Span::new(at, span.end)) {
        at = end;
        match doc.token_at(at) {
            Some(t) if t.start == at && t.end < span.end && doc.word(t) == "、" => at = t.end,
            _ => break,
        }
    }
    if at > span.start && at < span.end {
        Span::new(at, span.end)
    } else {
        span
    }
}

/// The end of a place and its gate that `span` opens with (绥芬河口岸,
/// 磨憨|铁路|口岸: a gate of two words), if it opens with a place.
fn passed_place(doc: &Document, span: Span) -> Option<usize> {
    const GATES: &[&str] = &["口岸", "港", "港口", "机场", "陆港", "铁路口岸", "公路口岸"];
    let place = doc.token_at(span.start).filter(|t| {
        t.start == span.start
            && t.end < span.end
            && (matches!(t.tag, "ns" | "nr" | "nrt") || gazetteer::is_place(doc.word(t)))
    })?;
    let after_gate = GATES
        .iter()
        .map(|g| place.end + g.chars().count())
        .filter(|&end| {
            end <= span.end
                && doc.is_word_end(end)
                && GATES.contains(&doc.norm(Span::new(place.end, end)))
        })
        .max()
        .unwrap_or(place.end);
    Some(after_gate)
}

/// Verbs that move or make goods, which jieba tags as verbal nouns
/// (进口/vn, 生产/vn), so a walk back keeps them in what it reads as a noun
/// phrase.
const TRADE_VERBS: &[&str] = &["进口", "出口", "运输", "加工", "生产", "销售", "采购"];

/// Units that weigh or number goods: what a trade verb moves.
const GOODS_UNITS: &[&str] = &[
    "吨",
    "公吨",
    "标箱",
    "辆",
    "升",
    "株",
    "台",
    "件",
    "头",
    "尾",
    "箱",
    "立方米",
    "千克",
    "公斤",
    "片",
    "双",
];

/// The goods without the trade verb that moves them when the count weighs or
/// numbers goods: 进口|铁矿石3420万吨, 全市出口|牡丹种苗136万株 count the
/// goods. Counted in other units the verb makes a kind (出口备案基地15个,
/// 加工贸易企业4800家, 出口货物货值36.5亿元) and stays.
///
/// Goods valued in money lose 出口 or 进口 only when it opens the subject
/// after no more than the place trading (湖北|出口|机电产品2315.7亿元; but
/// 加工贸易进出口, 出口信用保险保障, 出口货物货值 name measures). Before a
/// linking verb (`linked`) the trade names the goods (进口水果达87.2万吨)
/// unless a place trades them (友谊关口岸|进口|水果达97.3万吨).
fn without_trade_verb(doc: &Document, span: Span, unit: &str, linked: bool) -> Span {
    let goods = GOODS_UNITS.contains(&unit);
    let money = is_money(unit) && !names_a_measure(doc, span);
    if !goods && !money {
        return span;
    }
    // 魔芋制品出口|5800吨: the goods before the verb that moves them (not
    // 全县出口, a place).
    if goods
        && !linked
        && let Some(last) = doc.words_in(span).last()
        && last.end == span.end
        && last.start > span.start
        && matches!(doc.word(last), "出口" | "进口")
        && !place_words(doc, Span::new(span.start, last.start))
        && !doc.norm(span).starts_with(['全', '我', '本'])
    {
        return Span::new(span.start, last.start);
    }
    let Some(verb) = trade_verb(doc, span, false).filter(|v| v.end < span.end) else {
        return span;
    };
    let trader = Span::new(span.start, verb.start);
    // (年采购|量: the verb and a bare measure head are one measure.)
    let rest = Span::new(verb.end, span.end);
    if doc.token_at(rest.start).is_some_and(|t| t.end == rest.end)
        && super::is_measure_word(doc.norm(rest))
    {
        return span;
    }
    let cut = if linked {
        goods && place_words(doc, trader)
    } else {
        goods
            || matches!(doc.norm(verb), "出口" | "进口")
                && (trader.start == trader.end || place_words(doc, trader))
    };
    if cut {
        Span::new(verb.end, span.end)
    } else {
        span
    }
}

/// Whether `span` is 对, the places traded with and maybe the verb of one
/// way of trade, and nothing else (对美国, 对欧盟出口; 对欧盟进出口 is the
/// trade both ways, a measure).
fn partner_trade(doc: &Document, span: Span) -> bool {
    let Some(first) = doc
        .token_at(span.start)
        .filter(|t| doc.word(t) == "对" && t.end < span.end)
    else {
        return false;
    };
    let end = doc
        .words_in(Span::new(first.end, span.end))
        .last()
        .filter(|t| t.start > first.end && matches!(doc.word(t), "出口" | "进口"))
        .map_or(span.end, |t| t.start);
    trade_partners(doc, Span::new(first.end, end))
}

/// Whether `span` names the places one trades with, and nothing else:
/// places listed, and their markets (东南亚和中东市场, 中东、非洲).
fn trade_partners(doc: &Document, span: Span) -> bool {
    span.start < span.end
        && doc.every_word(span, |t, w| {
            matches!(w, "和" | "与" | "及" | "、" | "市场" | "国家")
                || place_words(doc, Span::new(t.start.max(span.start), t.end.min(span.end)))
        })
}

/// Whether `span` is words that name where, and nothing else: places,
/// regions and ports (中亚地区, 海外, 湖北, 友谊关口岸).
fn place_words(doc: &Document, span: Span) -> bool {
    span.start < span.end
        && doc.every_word(span, |t, w| {
            t.tag == "ns"
                || gazetteer::is_place(w)
                || gazetteer::is_region(w)
                || matches!(
                    w,
                    "地区" | "海外" | "境外" | "国外" | "沿线" | "当地" | "口岸" | "港" | "港区"
                )
        })
}

/// Whether the last word of `span` is or ends in a measure (总收入, 货值).
fn names_a_measure(doc: &Document, span: Span) -> bool {
    doc.token_at(span.end - 1).is_some_and(|t| {
        let w = doc.word(t);
        w.char_indices()
            .any(|(i, _)| super::is_measure_word(&w[i..]))
    })
}

/// The first trade verb among the words of `span`; `after_first`: not as
/// its first word.
fn trade_verb(doc: &Document, span: Span, after_first: bool) -> Option<Span> {
    doc.words_in(span)
        .skip(usize::from(after_first))
        .find(|t| TRADE_VERBS.contains(&doc.word(t)))
        .map(|t| Span::new(t.start, t.end))
}

/// The goods after a number without the trade verb that follows them: 3万吨
/// 大豆|进口合同 counts soybeans, not a contract (see [`without_trade_verb`]).
fn before_trade_verb(doc: &Document, span: Span, unit: &str) -> Span {
    if !GOODS_UNITS.contains(&unit) {
        return span;
    }
    trade_verb(doc, span, true).map_or(span, |v| Span::new(span.start, v.start))
}

/// Whether `subject` names something built in phases (三期工程, 二期码头,
/// 李家庄作业区三期): then its 期 is a phase, not a count of sessions.
fn is_built(subject: &str) -> bool {
    [
        "工程",
        "项目",
        "码头",
        "泊位",
        "工地",
        "厂房",
        "用地",
        "建设",
        "园区",
        "港区",
        "作业区",
        "基地",
        "机场",
        "航站楼",
        "产业园",
        "厂区",
        // 淡海轻轨蓝海线二期: a line built in phases.
        "轻轨",
        "地铁",
        // 电池工厂一期: a plant.
        "工厂",
        "电厂",
        "电站",
        "枢纽",
    ]
    .iter()
    .any(|w| subject.contains(w))
        // 新田港二期: a port, named before its phase (not 港澳青年研习营).
        || subject.ends_with('港')
        // 口岸货场二期, 二期扩建区.
        || subject.ends_with("货场")
        || subject.contains("扩建")
}

/// Units that measure a change or share of something else.
/// (Written or normalized: 個百分點 in a Traditional text.)
fn is_relative(unit: &str) -> bool {
    matches!(unit, "%" | "个百分点" | "個百分點" | "倍")
}

fn read_count(doc: &Document, caps: &Found<'_>) -> Option<Mention<Count>> {
    let mut whole = doc.span_of(caps.get(0)?);
    let unit_raw = caps.name("unit").map_or("%", |m| m.as_str());
    let num_span = doc.group(caps, "num").or_else(|| doc.group(caps, "pct"))?;
    // 1,286口漁塭 but not 3口岸 or 50口径; 4,800萬度 (kilowatt-hours) and
    // 0至4度 but not 一度 (once).
    let next = doc.norm(Span::new(whole.end, (whole.end + 1).min(doc.len())));
    if unit_raw == "口" && matches!(next, "岸" | "径" | "罩" | "号")
        || unit_raw == "度" && doc.norm(num_span) == "一"
    {
        return None;
    }
    // 签约|5个项目, 墨西哥曼萨尼约|两条: 约 as the tail of a verb (签约, 节约)
    // or of a name is no qualifier.
    // (展商携近|3000款: jieba glued the verb and 近, which still qualifies;
    // so does 约 glued to a function word, 共约|150名.)
    let pre = caps.name("pre").map(|m| m.as_str()).filter(|&p| {
        let at = whole.start;
        p != "约"
            || doc.token_at(at).is_none_or(|t| {
                t.start == at
                    || t.end != num_span.start
                    || !(t.tag.starts_with('v') || t.tag.starts_with("nr") || t.tag == "ns")
            })
    });
    if pre.is_none() && caps.name("pre").is_some() {
        whole = Span::new(num_span.start, whole.end);
    }
    // 三百余万元, 30余万人次: the scale after 余 scales the number before it.
    let scaled;
    let num_text = match caps.name("scale") {
        Some(scale) => {
            scaled = format!("{}{}", doc.norm(num_span), scale.as_str());
            scaled.as_str()
        }
        None => doc.norm(num_span),
    };
    let chinese = !num_text.starts_with(|c: char| c.is_ascii_digit());
    let start = if pre.is_some() || caps.name("pct").is_some() {
        whole.start
    } else {
        num_span.start
    };

    // What stands before the number decides whether it is one: 第三届, A320, 5.1
    // (not LNG约58.6万吨, where a qualifier stands between).
    let before = start.checked_sub(1).map(|i| doc.norm(Span::new(i, i + 1)));
    let glued = |b: &str| b.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    if before.is_some_and(|b| b == "第" || glued(b) && pre.is_none()) {
        return None;
    }
    // 中亚五国, 东盟十国: the name of a region's member states.
    let group_before = |n: usize| {
        start >= n && {
            let w = doc.norm(Span::new(start - n, start));
            gazetteer::is_region(w) || matches!(w, "海合会" | "金砖")
        }
    };
    if unit_raw == "国" && (2..=3).any(group_before) {
        return None;
    }
    // 居前十位, 前5个月: a rank or a stretch of time (目前, 此前 are words).
    if before == Some("前")
        && start
            .checked_sub(2)
            .is_none_or(|i| !"目此之日当年月以空提".contains(doc.norm(Span::new(i, i + 1))))
    {
        return None;
    }
    // 2025米兰设计周: what reads as a unit opens a place's name.
    if let Some(unit) = doc.group(caps, "unit")
        && let Some((n, _)) = gazetteer::place_prefix(
            doc.chars(Span::new(unit.start, (unit.start + 8).min(doc.len()))),
        )
        && n > unit.end - unit.start
    {
        return None;
    }
    let after_unit = doc.norm(Span::new(whole.end, (whole.end + 1).min(doc.len())));
    // (签约项目3个月内开工: 个月 is a stretch of months; 十家子, 三家子:
    // villages of the Northeast, where jieba leaves 子 a word of its own,
    // unlike 两家|子公司.)
    if is_class_suffix(after_unit.chars().next())
        || unit_raw == "个" && after_unit == "月"
        || unit_raw == "家"
            && chinese
            && doc
                .token_at(whole.end)
                .is_some_and(|t| t.start == whole.end && doc.word(t) == "子")
    {
        return None;
    }
    // 百分之二十 is one word with its 百分之.
    let mut word_span = doc.group(caps, "pct_word").unwrap_or(num_span);
    // 近百架次: jieba keeps 近百 as one word.
    if pre.is_some() && !doc.is_word_start(word_span.start) {
        word_span = Span::new(whole.start, word_span.end);
    }
    // 比去年增加一倍 (jieba: 增加一倍, one idiom): a doubling as one word.
    let doubling = unit_raw == "倍"
        && doc
            .token_at(word_span.start)
            .is_some_and(|t| t.tag == "l" && t.end == whole.end);
    if chinese && !doubling && !chinese_numeral_is_a_word(doc, word_span, whole.end) {
        return None;
    }
    // A lone 百, 千 or 万 counts only after a qualifier (近百架次); 千户苗寨
    // and 百家讲坛 are names.
    // (百余个城市: 余 qualifies it too.)
    if pre.is_none()
        && caps.name("more").is_none()
        && caps.name("pct").is_none()
        && matches!(num_text, "百" | "千" | "万")
    {
        return None;
    }

    let (value, mut max, mut qualifier);
    if let Some(n2) = caps.name("num2") {
        let n2 = format!(
            "{}{}",
            n2.as_str(),
            caps.name("scale").map_or("", |m| m.as_str())
        );
        let hi = numeral::parse(&n2)?;
        let lo_text = doc.norm(num_span);
        // 3~5万: the scale written on the high end also scales the low end.
        let (lo, hi) = numeral::parse_range(&format!("{lo_text}-{n2}"))
            .or_else(|| Some((numeral::parse(lo_text)?, hi)))?;
        value = lo;
        max = Some(hi);
        qualifier = Qualifier::Range;
    } else if let Some(v) = numeral::parse(num_text).or((num_text == "百").then_some(100.0)) {
        value = v;
        max = None;
        qualifier = Qualifier::Exact;
    } else if let Some((lo, hi)) = numeral::parse_range(num_text) {
        value = lo;
        max = Some(hi);
        qualifier = Qualifier::Range;
    } else {
        return None;
    }
    // 20家至30家, 6%至6.5%: the high end written with the same unit makes a
    // range (read here: a second copy of the units in the count pattern
    // cost 2% of the pipeline). 提升2.6个百分点至56.9% is a change and a
    // level, not a range.
    if max.is_none()
        && !unit_raw.ends_with("百分点")
        && let Some((hi, len)) = high_end_with_unit(doc, whole.end, unit_raw)
    {
        max = Some(hi);
        qualifier = Qualifier::Range;
        whole = Span::new(whole.start, whole.end + len);
    }
    // 中俄两国: the two parties, not a count; 2024国际…: a year before 国际.
    if unit_raw == "国"
        && (num_text == "两"
            || doc
                .norm(Span::new(whole.end, (whole.end + 1).min(doc.len())))
                .starts_with(['际', '内']))
    {
        return None;
    }
    // 三次产业: the statistics' three sectors, not three times.
    if unit_raw == "次"
        && doc
            .norm(Span::new(whole.end, (whole.end + 2).min(doc.len())))
            .starts_with("产业")
    {
        return None;
    }
    // 一个, 一项, 一批: the article "a", not a count a reader would copy;
    // 零部件 is a word.
    if chinese
        && !is_relative(unit_raw)
        && (value == 0.0 || value == 1.0 && max.is_none() && num_text.chars().count() == 1)
    {
        return None;
    }
    if let Some(p) = pre
        && qualifier == Qualifier::Exact
    {
        qualifier = qualifier_of_prefix(p);
    }
    // 吞吐量约为120万人次, 贡献率约为百分之十二: 约 before the linking verb.
    // (Not the tail of a word: 靠港预约|达52艘次.)
    let before_number = doc.norm(Span::new(start.saturating_sub(2), start));
    if pre.is_none()
        && qualifier == Qualifier::Exact
        && ["约为", "约占", "约达", "约合", "约有"].contains(&before_number)
        && doc.is_word_start(start - 2)
    {
        qualifier = Qualifier::Approx;
    }
    // 约人民币5亿元, 逾新台币15亿元: the qualifier before the currency.
    if pre.is_none() && qualifier == Qualifier::Exact {
        let lead = doc.norm(Span::new(start.saturating_sub(6), start));
        if let Some(rest) = CURRENCY_WORDS.iter().find_map(|c| lead.strip_suffix(c))
            && let Some(q) = currency_qualifier(rest)
        {
            qualifier = qualifier_of_prefix(q);
        }
    }
    if caps.name("more").is_some() && qualifier == Qualifier::Exact {
        qualifier = Qualifier::Over;
    }

    // Units are reported as written (個 in a Traditional text), but the
    // canonical forms (人民币 → 元) and ASCII ones (%) as the contract spells them.
    let canonical = canonical_unit(unit_raw);
    let unit = match doc.group(caps, "unit") {
        Some(span) if canonical == unit_raw && !unit_raw.is_ascii() => doc.source(span).to_string(),
        _ => canonical.to_string(),
    };
    let mut end = whole.end;
    // The count's own sentence: what follows it may be the next one (a long
    // sentence is cut at a fixed length, even right after a unit).
    let sentence = doc.sentence_at(start)?;
    // A subject after the unit: 31个国家. Percentages rarely count a noun after them.
    let mut subject_span = if is_relative(canonical) {
        None
    } else {
        noun_phrase_after(doc, end, sentence.end)
            // 投资5亿元建设智能装备总部: money is spent on what a verb
            // builds, it does not count it (50万元奖励 names the money).
            .filter(|s| {
                !is_money(canonical)
                    || doc
                        .token_at(s.start)
                        .is_none_or(|t| !t.tag.starts_with('v') || t.end == s.end)
            })
            // (约1,180亿元新台币: the currency the amount is in.)
            .filter(|s| !(is_money(canonical) && CURRENCY_WORDS.contains(&doc.norm(*s))))
            .map(|s| before_trade_verb(doc, s, canonical))
            // 签约项目26个|总投资412.6亿元 (a headline): a noun that a number
            // follows is the next count's, when a noun stands before this one
            // (not 来自31个国家|48个友好城市).
            // (Nor 中国、蒙古国、俄罗斯3个国家, 全球32个国家: places, and
            // 三期工程: a phase.)
            .filter(|s| {
                let number_follows = doc
                    .token_at(s.end)
                    .is_some_and(|t| t.start == s.end && t.tag == "m");
                let counted_before = || {
                    noun_phrase_before(doc, start, sentence.start).is_some_and(|b| {
                        let before = doc.norm(b);
                        !before.contains('、')
                            && !gazetteer::is_place(before)
                            && !matches!(before, "全球" | "全国" | "世界" | "全省" | "全市")
                    })
                };
                !number_follows || unit_raw == "期" || !counted_before()
            })
    };
    // 200名左右骨干教师, 200家次以上企业: the qualifier stands between the
    // unit and what is counted.
    if subject_span.is_none() && !is_relative(canonical) {
        let between = doc.norm(Span::new(end, (end + 2).min(sentence.end)));
        let q = match between {
            "左右" => Some(Qualifier::Approx),
            "以上" => Some(Qualifier::Over),
            _ => None,
        };
        // (外方代表120人左右|赴泉州: a verb after it opens another clause;
        // 选派师生30人左右|驻点服务: people named right before the number
        // are who is counted.)
        let people_before = || {
            matches!(canonical, "人" | "名" | "位")
                && noun_phrase_before(doc, start, sentence.start)
                    .is_some_and(|b| doc.norm(b).ends_with(['生', '员', '者', '师']))
        };
        if let Some(q) = q
            && !people_before()
            && let Some(s) = noun_phrase_after(doc, end + 2, sentence.end)
            && doc
                .token_at(s.start)
                .is_some_and(|t| !matches!(t.tag.as_bytes()[0], b'v' | b'p' | b'd' | b'c'))
        {
            subject_span = Some(s);
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
        }
    }
    // 培训班86期, 举办3期研修班, 两三期交流营活动 count sessions; 三期工程,
    // 二期码头 and 分三期建设 name phases of what is built.
    let phase_of = |s: Option<Span>| unit_raw == "期" && s.is_some_and(|s| is_built(doc.norm(s)));
    if unit_raw == "期" {
        let before = start.checked_sub(1).map(|i| doc.norm(Span::new(i, i + 1)));
        // (淡海轻轨蓝海线二期预计…: the phase of a line named before it.)
        let built_before = chinese && phase_of(noun_phrase_before(doc, start, sentence.start));
        if phase_of(subject_span) || before == Some("分") || built_before {
            return None;
        }
    }
    if let Some(s) = subject_span {
        end = s.end;
    }
    // 200人左右, 10%以上; 两倍多.
    let tail = doc.norm(Span::new(end, (end + 2).min(sentence.end)));
    if canonical == "倍" && tail.starts_with('多') && subject_span.is_none() {
        if qualifier == Qualifier::Exact {
            qualifier = Qualifier::Over;
        }
        end += 1;
    }
    let tail = doc.norm(Span::new(end, (end + 2).min(sentence.end)));
    for (word, q) in [
        ("左右", Qualifier::Approx),
        ("上下", Qualifier::Approx),
        ("以上", Qualifier::Over),
        ("以下", Qualifier::Under),
    ] {
        if tail.starts_with(word) {
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
            end += 2;
            break;
        }
    }

    let mut text_start = start;
    if subject_span.is_none() {
        // The linking words are short: look at the tail only, not the whole sentence.
        let lead = doc.norm(Span::new(
            sentence.start.max(start.saturating_sub(24)),
            start,
        ));
        if is_relative(canonical) {
            // 全市进出口总额同比增长14.15%: the metric before the change verb.
            let skip = CHANGE_BEFORE
                .find(lead)
                .map_or(0, |m| m.as_str().chars().count());
            // 增速比上年提高1.2个百分点, 外贸规模占全省的62.3%: the metric
            // stands before what it is compared with or a share of.
            let before_verb = super::without_last_chars(lead, skip);
            let metric_end = COMPARED_BEFORE
                .captures(before_verb)
                .and_then(|c| c.get(1))
                .map(|m| start - lead[m.start()..].chars().count())
                // The marker is a word of its own: not the 比 of 比例.
                .filter(|&at| {
                    doc.token_at(at).is_some_and(|t| {
                        t.start == at
                            && doc.word(t).chars().count() <= 2
                            && COMPARE_WORDS.contains(&doc.word(t))
                    })
                })
                .unwrap_or(start - skip);
            subject_span = noun_phrase_before(doc, metric_end, sentence.start);
        } else {
            // 友好合作协议13项, 签约项目共计28个: the noun before the number.
            let mut skip = LINKER_BEFORE
                .find(lead)
                .map_or(0, |m| m.as_str().chars().count());
            // 总投资(约)人民币12亿元: the currency and its qualifier stand
            // between the measure and its number; 出口值达新台币58.6亿元:
            // so does the verb that links them.
            let rest = super::without_last_chars(lead, skip);
            if let Some(c) = CURRENCY_WORDS.iter().find(|c| rest.ends_with(**c)) {
                skip += c.chars().count();
                let rest = super::without_last_chars(lead, skip);
                if let Some(q) = currency_qualifier(rest) {
                    skip += q.chars().count();
                }
                let rest = super::without_last_chars(lead, skip);
                if let Some(m) = LINKER_BEFORE.find(rest) {
                    skip += m.as_str().chars().count();
                }
            }
            subject_span = noun_phrase_before(doc, start - skip, sentence.start)
                .map(|s| without_leading_action(doc, s))
                .map(|s| without_owner(doc, s))
                .map(|s| without_passage(doc, s))
                // (进口水果达87.2万吨: before a linking verb the trade is part
                // of the measure's name.)
                .map(|s| without_trade_verb(doc, s, canonical, skip > 0))
                // 共发运8.46万标箱: an action alone names nothing counted.
                .filter(|&s| !ACTION_WORDS.contains(doc.norm(s)))
                // 对美国出口1.12万吨, 对欧盟出口约134亿元: whom one sells to
                // names no measure (对东盟进出口 and 对东盟进出口额 do; 对俄
                // 出口约占六成 is a share of that trade).
                .filter(|&s| is_relative(canonical) || !partner_trade(doc, s))
                // 较去年同期新增百余家: what a change is compared with, and
                // 常态化开行每周2列: a manner, count nothing.
                .filter(|&s| {
                    let compared = s.start.checked_sub(1).is_some_and(|i| {
                        doc.token_at(i).is_some_and(|t| {
                            t.end == s.start && COMPARE_WORDS.contains(&doc.word(t))
                        })
                    });
                    let manner = doc.norm(s).ends_with('化') && s.end - s.start <= 3;
                    !compared && !manner
                })
                // 旅游总收入实现1025亿元: what reaches an amount is a measure
                // (not 公司全年实现…, the side that reaches it).
                .filter(|&s| {
                    !lead.ends_with("实现") && !lead.ends_with("完成")
                        // (总收入: a measure word may carry a modifier.)
                        || names_a_measure(doc, s)
                })
                // 投资1.8亿欧元, 双方投资…: a verb of spending, alone or after
                // the side that spends (总投资 and 产业投资 are measures).
                .filter(|&s| {
                    let text = doc.norm(s);
                    let verb = match text.char_indices().nth(2) {
                        Some((i, _)) if text[..i].ends_with('方') => &text[i..],
                        _ => text,
                    };
                    !(is_money(canonical) && SPENDING.contains(&verb))
                })
                // 全货机航班每周超过120班 counts flights; 大阪航线每周4班 is how
                // often a line runs, which counts nothing named.
                .filter(|&s| {
                    let per_period = ["每周", "每日", "每天", "每月", "每年"]
                        .iter()
                        .any(|p| lead.ends_with(p));
                    !(per_period && doc.norm(s).ends_with(['线', '路']))
                });
            // 李家庄作业区三期: a phase of what is built, before it, is
            // written in words (驻留项目12期 counts sessions).
            if chinese && phase_of(subject_span) {
                return None;
            }
            if let Some(s) = subject_span {
                text_start = s.start;
            }
        }
    }
    let subject = subject_span.map_or(String::new(), |s| doc.source(s).to_string());
    let rule = match subject_span {
        _ if is_relative(canonical) => "count/change",
        Some(s) if s.start >= whole.end => "count/preposed",
        Some(_) => "count/postposed",
        None => "count/bare",
    };
    Some(Mention {
        span: Span::new(text_start, end),
        attrs: Count {
            value,
            max,
            unit,
            subject,
            qualifier,
        },
        rule,
    })
}

/// A Chinese numeral counts only where it is a word of its own: 三亚, 五台山,
/// 十九大 and 一带一路 start with numerals but are names.
fn chinese_numeral_is_a_word(doc: &Document, num: Span, unit_end: usize) -> bool {
    if !doc.is_word_start(num.start) {
        return false;
    }
    let Some(tok) = doc.token_at(num.start) else {
        return true;
    };
    // (八所|港: a town the gazetteer knows, numeral and measure in one.)
    if tok.end == unit_end && gazetteer::is_place(doc.word(tok)) {
        return false;
    }
    // (打通产销两头: both ends, unless head of something follow, 两头牛.)
    if tok.end == unit_end
        && doc.word(tok) == "两头"
        && doc.token_at(tok.end).is_none_or(|n| !is_nominal(n.tag))
    {
        return false;
    }
    // (会长伍|国雄: a surname, 伍 or 陆, opens a person's name.)
    if tok.tag.starts_with("nr") && tok.end - tok.start == 1 {
        return false;
    }
    tok.tag.starts_with('m')
        || tok.tag == "q"
        || tok.end <= unit_end
        || is_nominal(tok.tag) && tok.end <= num.end
}

/// Compiles this extractor's patterns ahead of use (see `segment::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&COUNT);
    LazyLock::force(&LINKER_BEFORE);
    LazyLock::force(&CHANGE_BEFORE);
    LazyLock::force(&COMPARED_BEFORE);
    LazyLock::force(&HIGH_END);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Vec<(f64, Option<f64>, String, String, Qualifier, String)> {
        let doc = Document::new(text);
        extract(&doc)
            .into_iter()
            .map(|m| {
                let c = m.attrs;
                (
                    c.value,
                    c.max,
                    c.unit,
                    c.subject,
                    c.qualifier,
                    doc.source(m.span).to_string(),
                )
            })
            .collect()
    }

    /// Asserts the value, unit and subject of every count in `text`.
    fn assert_value_unit_subject(text: &str, expected: &[(f64, &str, &str)]) {
        let c = counts(text);
        let got: Vec<(f64, &str, &str)> = c
            .iter()
            .map(|c| (c.0, c.2.as_str(), c.3.as_str()))
            .collect();
        assert_eq!(got, expected);
    }

    /// The subject of each count found in `text`.
    fn subjects(text: &str) -> Vec<String> {
        counts(text).into_iter().map(|c| c.3).collect()
    }

    fn one(text: &str) -> (f64, Option<f64>, String, String, Qualifier, String) {
        let v = counts(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn hong_kong_s_space_between_thousands_is_one_number() {
        let c = one("活動吸引乘客約4 000人次參與。");
        assert_eq!(
            (c.0, c.2.as_str(), c.5.as_str()),
            (4000.0, "人次", "乘客約4 000人次")
        );
        assert_eq!(one("共錄得12 500 000人次。").0, 12_500_000.0);
        // A year before a count is no group of its thousands.
        assert!(counts("2024 100家").iter().all(|c| c.0 != 2_024_100.0));
    }

    #[test]
    fn a_doubling_jieba_keeps_as_one_word_and_about_there_are() {
        // jieba: 增加一倍 (an idiom).
        let c = counts("企业达到52家，比去年同期增加一倍多。");
        let last = c.last().unwrap();
        assert_eq!(
            (last.0, last.2.as_str(), last.4),
            (1.0, "倍", Qualifier::Over)
        );
        assert_eq!(one("目前约有1200家新创公司进驻。").4, Qualifier::Approx);
        // (预约有: the tail of a word.)
        assert_eq!(one("预约有10个名额。").4, Qualifier::Exact);
    }

    #[test]
    fn counties_and_bowls_are_counted() {
        assert_eq!(subjects("全市共有12个县。"), ["县"]);
        assert_eq!(subjects("全市共有12个县级行政区。"), ["县级行政区"]);
        let c = one("每天能卖出六百多碗。");
        assert_eq!((c.0, c.2.as_str(), c.4), (600.0, "碗", Qualifier::Over));
    }

    #[test]
    fn fenbie_after_places_traded_with_or_measures_with_none_counted() {
        assert_eq!(
            subjects("对日本、韩国进出口额分别为14.6亿元、9.8亿元。"),
            ["对日本、韩国进出口额"; 2]
        );
        assert_eq!(
            subjects("签约项目数量和投资总额分别较上届增长27.8%和31.2%。"),
            ["签约项目数量", "投资总额"]
        );
        // (同比 before 分别 is no measure.)
        assert_eq!(
            subjects(
                "棉花（含棉纱）、番茄酱、粮食及其制品出口额分别为9.82亿元、8.65亿元和3.47亿元，同比分别增长21.7%、13.9%和35.2%。"
            ),
            [""; 6]
        );
        // 十家子 is a village, 两家子公司 two subsidiaries.
        assert!(counts("辽宁十家子玛瑙雕刻有限公司").is_empty());
        assert_eq!(subjects("设立两家子公司。"), ["子公司"]);
    }

    #[test]
    fn taiwan_s_changes_and_points_and_where_a_change_starts() {
        // 個百分點 as written is a change, 成長 a change verb, 較前年 a comparison.
        assert_eq!(
            subjects("加拿大市場占比較去年同期提高4.5個百分點。"),
            ["加拿大市場占比"]
        );
        assert_eq!(
            subjects("全縣農產品外銷總值達新臺幣38.6億元，較前年成長12.4%。"),
            ["全縣農產品外銷總值", "全縣農產品外銷總值"]
        );
        assert_eq!(
            subjects("东南亚市场销售额占比从去年的12%提高到19.6%，提升7.6个百分点。"),
            ["东南亚市场销售额占比"; 3]
        );
        assert_eq!(subjects("仓库空置率在30%以上。"), ["仓库空置率"]);
    }

    #[test]
    fn places_rolls_and_containers_jieba_reads_as_measures() {
        each_subject(&[
            ("沿途设停靠站点12个。", "停靠站点"),
            ("已建成边民互市贸易点4个。", "边民互市贸易点"),
            ("约定供应热轧板卷15万吨。", "热轧板卷"),
            ("现场洽谈买主逾80家。", "买主"),
            ("当地两家连锁超市洽谈铺货。", "连锁超市"),
            ("鲜食玉米加工量达到5.2亿穗。", "鲜食玉米加工量"),
        ]);
        let c = one("今年运往加拿大的冷藏货柜达38柜。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (38.0, "柜", "冷藏货柜"));
        // 增长2.5个百分点 stays a change, not 2.5 of 点.
        assert_eq!(one("增长2.5个百分点。").2, "个百分点");
    }

    #[test]
    fn people_right_before_the_number_are_counted_not_the_noun_after_zuoyou() {
        each_subject(&[
            ("每年选派师生30人左右驻点服务。", "师生"),
            ("选派200名左右骨干教师赴德国。", "骨干教师"),
            ("将助力5000家以上外贸企业。", "外贸企业"),
            ("中亚地区10家左右医疗机构参会。", "医疗机构"),
        ]);
    }

    #[test]
    fn counts_of_kinds_times_occurrences() {
        let c = one("截获检疫性有害生物两百余种次。");
        assert_eq!((c.0, c.2.as_str(), c.4), (200.0, "种次", Qualifier::Over));
    }

    #[test]
    fn aspects_are_counted_and_still_links() {
        let c = one("下一步将重点抓好三方面工作。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (3.0, "方面", "工作"));
        assert_eq!(
            subjects("入境游客还不到1万人，出口企业仍有300家。"),
            ["入境游客", "出口企业"]
        );
    }

    #[test]
    fn de_ends_the_noun_before_fenbie_and_a_rank_is_no_subject() {
        assert_eq!(
            subjects("全州企业经霍尔果斯口岸实现的边境贸易额分别为19.63亿元和14.28亿元。"),
            ["边境贸易额", "边境贸易额"]
        );
        assert_eq!(
            subjects("日本旅客约1.6万人次居首，韩国旅客逾1.1万人次居次。"),
            ["日本旅客", "韩国旅客"]
        );
        // Places listed in what describes the noun leave it one noun.
        assert_eq!(
            subjects("从日本那霸、韩国釜山启航的航次分别为四艘次及两艘次。"),
            ["航次", "航次"]
        );
        // A list of nouns with their own 的 is no one noun.
        assert!(!subjects("中国的苹果、日本的梨分别为3万吨和2万吨。").contains(&"梨".to_string()));
    }

    #[test]
    fn one_noun_before_fenbie_names_every_amount() {
        assert_eq!(
            subjects("出口鲜苹果18.6万吨、鲜梨3.2万吨，出口额分别为15.84亿元和2.37亿元。"),
            ["鲜苹果", "鲜梨", "出口额", "出口额"]
        );
    }

    #[test]
    fn digits_and_scales_mixed_are_one_number() {
        let c = one("单日上岸旅客约1万2千人次。");
        assert_eq!(
            (c.0, c.2.as_str(), c.4),
            (12000.0, "人次", Qualifier::Approx)
        );
        assert_eq!(one("游客达1万2000人。").0, 12000.0);
        assert_eq!(one("完成投资2亿3000万元。").0, 230_000_000.0);
        assert_eq!(one("派出3千5百人。").0, 3500.0);
        assert_eq!(one("订单2千多万美元。").0, 20_000_000.0);
        // 千 opens the unit where one starts with it.
        let c = one("线路全长3千米。");
        assert_eq!((c.0, c.2.as_str()), (3.0, "千米"));
    }

    #[test]
    fn linking_words_before_a_number() {
        // 约 as the tail of a word (预约) qualifies nothing.
        let c = one("邮轮靠港预约达52艘次。");
        assert_eq!(c.4, Qualifier::Exact);
        let c = one("旅客约达3万人。");
        assert_eq!((c.3.as_str(), c.4), ("旅客", Qualifier::Approx));
        assert_eq!(
            subjects(
                "订单金额可望突破5000万元，外销据点拓展至10个以上，农产品品项目前为二十二项。"
            ),
            ["订单金额", "外销据点", "农产品品项"]
        );
        assert_eq!(subjects("消费总额估计逾3.2亿元。"), ["消费总额"]);
    }

    #[test]
    fn numbers_after_fenbie_take_what_was_named_before_in_order() {
        // Changes: the quantities counted before.
        assert_eq!(
            subjects("全市接待游客约1.56亿人次，实现旅游总收入2180亿元左右，分别增长7.9%、9.4%。"),
            ["游客", "旅游总收入", "游客", "旅游总收入"]
        );
        assert_eq!(
            subjects("共开行班列62列，运送货物5400余标箱，同比分别增长24%和31%。"),
            ["班列", "货物", "班列", "货物"]
        );
        // Amounts: the nouns listed before.
        assert_eq!(
            subjects("其中油菜籽、大豆、小麦分别为68.4万吨、39.1万吨和17.6万吨。"),
            ["油菜籽", "大豆", "小麦"]
        );
        // Not places, partners or months: 对日本、韩国进出口分别为…
        assert_eq!(subjects("10月、11月分别开行152列和149列。"), ["", ""]);
        assert!(
            subjects("对日本、韩国进出口分别为287.6亿元和341.9亿元。")
                .iter()
                .all(|s| s != "韩国进出口")
        );
    }

    #[test]
    fn postposed_subjects_across_totals_reaching_verbs_and_passages() {
        assert_eq!(one("中欧班列共计开行412列。").3, "中欧班列");
        // What reaches an amount is a measure, not the side reaching it.
        assert_eq!(one("旅游总收入实现1025亿元。").3, "旅游总收入");
        assert_eq!(one("公司全年实现286亿元。").3, "");
        // The port passed through is not what is counted.
        assert_eq!(
            one("经绥芬河口岸中欧班列累计开行超过1500列。").3,
            "中欧班列"
        );
        assert_eq!(one("同期经吉隆口岸出入境旅客12.6万人次。").3, "出入境旅客");
        assert_eq!(
            one("经磨憨铁路口岸出入境旅客超过28万人次。").3,
            "出入境旅客"
        );
        assert_eq!(
            one("经绥芬河、东宁口岸出入境人员62.4万人次。").3,
            "出入境人员"
        );
        assert_eq!(one("入境就医游客达3.2万人次。").3, "入境就医游客");
        // An action inside the subject opens what is counted; a place's 内
        // before an action ends it.
        assert_eq!(one("霍尔果斯铁路口岸通行中欧班列5862列。").3, "中欧班列");
        assert_eq!(one("中心内入驻商户超过4200家。").3, "入驻商户");
        assert_eq!(one("区域内贸易占比达57%。").3, "区域内贸易占比");
        assert_eq!(one("组织三四批侨商回乡考察团。").3, "侨商回乡考察团");
        assert_eq!(one("吸引260余家展商参展。").3, "展商");
        // Nouns jieba tags as modifiers or measures head a subject.
        assert_eq!(one("累计开行锂电池专列46列。").3, "锂电池专列");
        assert_eq!(one("运送工程机械整机1500台以上。").3, "工程机械整机");
        assert_eq!(
            one("汽车及零部件贸易额达23.7亿美元。").3,
            "汽车及零部件贸易额"
        );
        assert_eq!(
            one("两个智能网联汽车联合实验室").3,
            "智能网联汽车联合实验室"
        );
        // Shipbuilding, eyewear, deals and carriages have units of their own.
        assert_eq!(one("新接订单量612万载重吨。").2, "载重吨");
        assert_eq!(one("镜片年产量约4亿副。").2, "副");
        assert_eq!(one("签下两笔订单。").2, "笔");
        assert_eq!(one("这趟班列共22节车厢。").2, "节");
        // A tonnage class is one modifier; settling in and where it happened
        // open a clause of their own.
        assert_eq!(one("新建5000吨级泊位4个。").3, "5000吨级泊位");
        assert_eq!(one("近400家眼镜企业入驻阿里巴巴国际站。").3, "眼镜企业");
        assert_eq!(one("推介会上，41个项目现场签约。").3, "项目");
        // Time words and falls before the linking verb; actions that open.
        assert_eq!(one("中越班列今年以来已开行86列。").3, "中越班列");
        assert_eq!(one("乳制品进口量去年已降至约250万吨。").3, "乳制品进口量");
        assert_eq!(one("惠及企业230多家。").3, "企业");
        assert_eq!(one("近400位嘉宾共商运河城市合作。").3, "嘉宾");
        assert_eq!(one("两三百名各国青年参加。").3, "各国青年");
        // The places people come from are what is counted.
        assert_eq!(one("15个国家和地区嘉宾共话稀土合作。").3, "国家和地区");
        assert_eq!(one("32个城市代表出席。").3, "城市");
        // A year before 国际 is no count of countries.
        assert_eq!(
            counts("发布《2024国际风筝运动发展报告》，15国代表出席。").len(),
            1
        );
        // Energy units; two words before the linking verb; 运行 links too.
        assert_eq!(one("规划年产能合计超过65吉瓦时。").2, "吉瓦时");
        assert_eq!(one("汽车零部件专列今年已开行132列。").3, "汽车零部件专列");
        assert_eq!(one("三峡升船机运行超过4800厢次。").3, "三峡升船机");
        // An amount or level class belongs to what it classes.
        assert_eq!(one("全市新开工亿元以上项目612个。").3, "亿元以上项目");
        assert_eq!(one("省级以上创新平台37个。").3, "省级以上创新平台");
        // A verb with its object after the people is what they do.
        assert_eq!(
            counts("各国的旅行商代表约450人参加论坛。")[0].3,
            "旅行商代表"
        );
        // Not after other units: a kind of measure.
        assert_eq!(one("十堰市出台18条支持措施。").3, "支持措施");
    }

    #[test]
    fn signed_measures_open_at_qianyue() {
        assert_eq!(one("本届博览会签约项目412个。").3, "签约项目");
        assert_eq!(one("推介会现场签约项目17个。").3, "签约项目");
        assert_eq!(one("签约总金额约46亿元。").3, "签约总金额");
        assert_eq!(one("意向签约金额超过52亿元。").3, "意向签约金额");
        // Before a longer phrase 签约 is the act, not part of the measure.
        assert_eq!(one("现场签约国际科技合作项目23个。").3, "国际科技合作项目");
    }

    #[test]
    fn goods_counted_without_the_trade_verb_that_moves_them() {
        assert_eq!(one("湛江港进口铁矿石3420万吨。").3, "铁矿石");
        assert_eq!(one("全市出口牡丹种苗136万株。").3, "牡丹种苗");
        assert_eq!(one("累计运输跨境货物18.6万吨。").3, "跨境货物");
        assert_eq!(one("柳州生产新能源汽车逾3万辆。").3, "新能源汽车");
        // In other units the verb makes a kind of what is counted.
        assert_eq!(one("出口备案基地15至20个。").3, "出口备案基地");
        assert_eq!(one("加工贸易企业约4800家。").3, "加工贸易企业");
        assert_eq!(one("出口货物货值达36.5亿元。").3, "出口货物货值");
    }

    #[test]
    fn trade_partners_actions_industry_words_phases_and_motions() {
        // 对 and a one-character partner belong to the measure.
        assert_eq!(one("对非进出口额突破150亿元。").3, "对非进出口额");
        assert_eq!(one("全市对非贸易企业达150余家。").3, "全市对非贸易企业");
        assert_eq!(one("对台农产品进出口额达4.6亿元。").3, "对台农产品进出口额");
        assert_eq!(one("对日贸易额增长5%。").3, "对日贸易额");
        // Laying out and building open what is counted.
        assert_eq!(one("鄂尔多斯已布局绿氢项目19个。").3, "绿氢项目");
        assert_eq!(one("在建海外生产基地3个。").3, "海外生产基地");
        // Industry nouns jieba cuts: no count in 二次电池, 近 after 重卡.
        assert!(counts("积极布局二次电池产业链。").is_empty());
        assert!(counts("力争签约项目3个月内开工。").is_empty());
        assert_eq!(one("展出各类灯组320余组。").2, "组");
        assert_eq!(one("引进冻精约10万剂。").2, "剂");
        assert_eq!(one("玉米年产量稳定在180亿斤左右。").2, "斤");
        assert_eq!(one("出口2300余辆电动两轮车。").3, "电动两轮车");
        assert!(counts("出口三元前驱体产品。").is_empty());
        assert_eq!(one("供港澳农产品超26万吨。").3, "供港澳农产品");
        assert_eq!(one("占比升至21.4%。").3, "占比");
        assert_eq!(one("推广氢燃料电池重卡近1200辆。").3, "氢燃料电池重卡");
        assert_eq!(one("建成加氢站16座。").3, "加氢站");
        assert_eq!(one("再生金属加工企业超过110家。").3, "再生金属加工企业");
        assert_eq!(one("126名运动员同场竞技。").3, "运动员");
        // A phase of what is built, written after it in words.
        let found = counts("将加快李家庄作业区三期等4个泊位建设。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, "泊位");
        // Coming to a place is what they do, not what is counted.
        assert_eq!(one("吸引港澳青年1.2万人次来肇实习。").3, "港澳青年");
    }

    #[test]
    fn numbers_in_titles_and_planning_verbs() {
        assert!(counts("印发《支持影视产业发展十条措施》。").is_empty());
        assert_eq!(one("项目计划总投资4.5亿美元。").3, "总投资");
        assert_eq!(one("规划建设标准机架超过50万架。").3, "标准机架");
        assert_eq!(one("向尼方供应优质藏羊毛约2000吨。").3, "优质藏羊毛");
        // A supplying firm keeps its verb.
        assert_eq!(one("保税燃料油供应企业十二家。").3, "保税燃料油供应企业");
        // A country or home after 和 or 、 is another side, not more of
        // what is counted; places listed after a place share it.
        assert_eq!(
            one("展出11家文博单位和乌兹别克斯坦国家历史博物馆的藏品。").3,
            "文博单位"
        );
        assert_eq!(
            counts("吸引200多家药商和国内26个省份的企业参展。")[0].3,
            "药商"
        );
        assert_eq!(
            one("开通两条东南亚、中东集装箱航线。").3,
            "东南亚、中东集装箱航线"
        );
        // A measure with a number of its own belongs to the next count.
        let found = counts("开设23个店铺年销售额超过100万美元。");
        assert_eq!(found[0].3, "店铺");
        // 力争 (jieba: a name) is a verb of the clause.
        assert_eq!(
            one("衡阳综合保税区力争进出口总值突破300亿元。").3,
            "进出口总值"
        );
    }

    #[test]
    fn set_terms_jieba_would_cut_stay_whole() {
        assert_eq!(
            one("全市居民人均可支配收入28436元。").3,
            "全市居民人均可支配收入"
        );
        assert_eq!(one("共有14家车企参展。").3, "车企");
        // 办理 (jieba: a noun) is the verb that ends the counted firms.
        assert_eq!(
            subjects("14家汽车出口企业办理出口通关近2000批次。"),
            ["汽车出口企业", "出口通关"]
        );
        // 近百名 (jieba: one idiom) counts on its own after a list.
        assert_eq!(
            subjects("76个海外侨团、近百名侨领和华商代表参加。"),
            ["海外侨团", "侨领和华商代表"]
        );
    }

    #[test]
    fn subjects_with_side_words_rankings_and_modifying_verbs() {
        assert_eq!(one("约600名中外嘉宾参加论坛。").3, "中外嘉宾");
        assert_eq!(one("世界500强投资项目二十三个。").3, "世界500强投资项目");
        assert_eq!(one("计划接收进修医生20至30名。").3, "进修医生");
        assert_eq!(one("新落户企业达3126家。").3, "新落户企业");
        assert_eq!(one("已落地金砖合作项目127个。").3, "金砖合作项目");
        assert_eq!(one("接收交换生15至20名。").3, "交换生");
        // What a place has, and a span of days, stand outside the subject.
        assert_eq!(one("武汉现有普通高校83所。").3, "普通高校");
        assert_eq!(one("展会前三天意向成交额约42.7亿美元。").3, "意向成交额");
    }

    #[test]
    fn listed_and_quoted_nouns_share_the_count() {
        assert_eq!(
            one("近300位电影人、文博专家和媒体代表出席。").3,
            "电影人、文博专家和媒体代表"
        );
        assert_eq!(
            one("政府、企业、高校和民间团体代表约350人参加。").3,
            "政府、企业、高校和民间团体代表"
        );
        assert_eq!(
            one("“一带一路”沿线国家采购商约11.2万人次。").3,
            "“一带一路”沿线国家采购商"
        );
        assert_eq!(
            one("吸引65个“一带一路”沿线国家参加。").3,
            "“一带一路”沿线国家"
        );
        // A measure ends the count before the comma: 意大利影片, not 部、意大利影片.
        let c = counts("展映中国影片12部、意大利影片6部。");
        assert_eq!(c[1].3, "意大利影片");
        // A verb jieba tags as a noun opens no listed noun.
        let c = counts("共建两三个跨境产教融合基地、互派访问学者不少于200人。");
        assert_eq!(
            (c[0].3.as_str(), c[1].3.as_str()),
            ("跨境产教融合基地", "访问学者")
        );
    }

    #[test]
    fn an_action_inside_a_subject_opens_what_is_counted() {
        assert_eq!(one("为南亚国家培训医护人员三百名左右。").3, "医护人员");
        assert_eq!(one("首航航班装载跨境电商货物二十五吨。").3, "跨境电商货物");
        assert_eq!(one("福建新开通外贸集装箱航线12条。").3, "外贸集装箱航线");
        // Before a measure the verb names it: 培育资金.
        assert_eq!(one("设立国际航线培育资金1.2亿元。").3, "国际航线培育资金");
        // An action alone names nothing counted.
        assert_eq!(one("今年共发运8.46万标箱。").3, "");
        // A modifying verb stays before one word (展出商品), not a phrase.
        assert_eq!(one("展出商品近两万种。").3, "展出商品");
        assert_eq!(one("展出葡萄酒产品5000余款。").3, "葡萄酒产品");
    }

    #[test]
    fn classes_rankings_levels_and_people() {
        assert_eq!(one("贸易类签约额312.6亿元。").3, "贸易类签约额");
        assert_eq!(one("园区聚集96家世界500强企业。").3, "世界500强企业");
        assert_eq!(one("培训各级干部4100余人次。").3, "各级干部");
        assert_eq!(one("300余名青年学生参加。").3, "青年学生");
    }

    #[test]
    fn modifying_verbs_grades_and_size_classes_stay_in_the_subject() {
        assert_eq!(one("来华留学生超1.2万名。").3, "来华留学生");
        assert_eq!(one("带动就业岗位约800个。").3, "就业岗位");
        assert_eq!(one("海铁联运班列5126列。").3, "海铁联运班列");
        assert_eq!(one("外贸滚装航线4条。").3, "外贸滚装航线");
        assert_eq!(one("现场观众超过20万人次。").3, "现场观众");
        assert_eq!(one("现有一级文物近40件。").3, "一级文物");
        assert_eq!(
            one("全市规模以上工业增加值增长5.1%。").3,
            "全市规模以上工业增加值"
        );
        assert_eq!(one("台湾青年约1.6万人。").3, "台湾青年");
    }

    #[test]
    fn the_owner_of_a_measure_and_a_built_thing_stay_outside() {
        assert_eq!(one("花湖机场货邮吞吐量达到250万吨。").3, "货邮吞吐量");
        assert_eq!(one("本届博览会展览面积约10万平方米。").3, "展览面积");
        // A one-character suffix is no owner: 区域总部企业.
        assert_eq!(one("区域总部企业20至30家。").3, "区域总部企业");
        assert_eq!(one("沿线地区新建鲁班工坊5至8个。").3, "鲁班工坊");
        assert_eq!(one("赛道沿线设置医疗救护站二十六个。").3, "医疗救护站");
    }

    #[test]
    fn a_qualifier_between_unit_and_noun_and_the_three_sectors() {
        let c = one("培训200名左右骨干教师。");
        assert_eq!((c.3.as_str(), c.4), ("骨干教师", Qualifier::Approx));
        let c = one("吸引200家次以上企业参展。");
        assert_eq!((c.3.as_str(), c.4), ("企业", Qualifier::Over));
        // A verb after the qualifier opens another clause.
        assert_eq!(one("外方代表120人左右赴泉州考察。").3, "外方代表");
        assert!(counts("三次产业结构持续优化，三次产业协同发力。").is_empty());
    }

    #[test]
    fn totals_linkers_and_listed_modified_nouns() {
        assert_eq!(one("12家离岛免税店合计实现销售额。").3, "离岛免税店");
        assert_eq!(one("韩资企业有四十余家。").3, "韩资企业");
        assert_eq!(one("通达百余个城市。").0, 100.0);
        assert_eq!(one("吸引200名左右中外青年学生。").3, "中外青年学生");
        assert_eq!(
            one("新产品、新技术、新方案一百多项。").3,
            "新产品、新技术、新方案"
        );
        assert_eq!(
            one("政府官员、企业家、专家学者和国际组织代表约1.2万人。").3,
            "政府官员、企业家、专家学者和国际组织代表"
        );
        assert_eq!(one("签约项目总投资额超4800亿元。").3, "签约项目总投资额");
        assert_eq!(one("27个代表团齐聚闽南。").3, "代表团");
        assert_eq!(one("今后每年将举办两三期交流营活动。").3, "交流营活动");
        // A listed event is counted, not an owner.
        assert_eq!(one("专业论坛、赛事活动50余场。").3, "专业论坛、赛事活动");
        assert_eq!(one("东博会展览总面积16万平方米。").3, "展览总面积");
    }

    #[test]
    fn first_breaks_places_and_frequencies() {
        let c = one("货邮吞吐量首破80万吨。");
        assert_eq!((c.3.as_str(), c.4), ("货邮吞吐量", Qualifier::Over));
        assert_eq!(one("单班载货量在100吨左右。").3, "单班载货量");
        assert_eq!(one("全货机航班每周超过120班。").3, "全货机航班");
        // How often a line runs counts nothing named.
        assert_eq!(one("日本大阪航线每周4班。").3, "");
        assert_eq!(one("专项扶持资金1.5亿元。").3, "专项扶持资金");
        assert_eq!(one("线上线下观众超过50万人次。").3, "线上线下观众");
        assert_eq!(one("展演40余场。").3, "展演");
    }

    #[test]
    fn visits_motions_and_more_linkers() {
        assert_eq!(one("吸引21所境外高校来琼办学。").3, "境外高校");
        assert_eq!(one("派出农业专家两百余人次赴东盟国家。").3, "农业专家");
        assert_eq!(one("在读学生超过6500人。").3, "在读学生");
        assert_eq!(one("往返航班4班。").3, "往返航班");
        assert_eq!(one("每周计划执飞3班。").3, "");
        assert_eq!(one("稻田亩产只有300多公斤。").3, "稻田亩产");
        assert_eq!(
            one("中欧班列年开行量稳定在5000列以上。").3,
            "中欧班列年开行量"
        );
        assert_eq!(one("日韩企业300家以上。").3, "日韩企业");
    }

    #[test]
    fn daily_averages_each_and_visitors() {
        assert_eq!(one("跨境通勤人员日均约4.5万人次。").3, "跨境通勤人员");
        assert_eq!(one("交换生各15名左右。").3, "交换生");
        assert_eq!(one("来访外宾约620人次。").3, "来访外宾");
    }

    #[test]
    fn sessions_count_but_phases_do_not() {
        let c = one("已累计举办人才培训班86期。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (86.0, "期", "人才培训班")
        );
        assert_eq!(one("今年举办3期研修班。").3, "研修班");
        assert!(counts("南沙港区三期汽车码头将于年底建成，二期工程已完工。").is_empty());
        assert!(counts("项目分三期建设。").is_empty());
    }

    #[test]
    fn a_distinguishing_word_before_a_noun_is_part_of_the_subject() {
        // jieba tags 客滚 z and 临时 b: they modify the noun after them.
        assert_eq!(one("开通大连—日本北九州两条客滚航线。").3, "客滚航线");
    }

    #[test]
    fn a_head_noun_jieba_tags_as_a_verb_ends_the_subject() {
        assert_eq!(one("会上发布12项合作举措。").3, "合作举措");
        assert_eq!(one("吸引近2000名境外选手参赛。").3, "境外选手");
        assert_eq!(one("同期举办两场文物展览。").3, "文物展览");
        assert_eq!(one("同期举行6场平行分论坛。").3, "平行分论坛");
    }

    #[test]
    fn count_preposed_with_qualifier() {
        let c = one("共有来自各地的近200位嘉宾参会。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str(), c.4),
            (200.0, "位", "嘉宾", Qualifier::Under)
        );
        assert_eq!(c.5, "近200位嘉宾");
    }

    #[test]
    fn count_postposed_subject() {
        let c = one("会上签署友好合作协议13项。");
        assert_eq!(
            (c.0, c.3.as_str(), c.5.as_str()),
            (13.0, "友好合作协议", "友好合作协议13项")
        );
    }

    #[test]
    fn count_scaled_decimal_folds_wan_into_value() {
        let c = one("全年接待游客22.64万人次。");
        assert_eq!((c.0, c.2.as_str()), (226400.0, "人次"));
    }

    #[test]
    fn count_money_in_yi_yuan() {
        let c = one("项目总投资约1.2亿元。");
        assert_eq!(
            (c.0, c.2.as_str(), c.4),
            (120000000.0, "元", Qualifier::Approx)
        );
    }

    #[test]
    fn count_chinese_numeral_liang() {
        let c = one("开通两条国际航线。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (2.0, "条", "国际航线"));
    }

    #[test]
    fn count_over_with_duo() {
        let c = one("有30多位专家参加。");
        assert_eq!((c.0, c.4), (30.0, Qualifier::Over));
    }

    #[test]
    fn count_range_with_zhi_and_adjacent_numerals() {
        let c = one("每年选派3至5名教师。");
        assert_eq!((c.0, c.1, c.4), (3.0, Some(5.0), Qualifier::Range));
        let c = one("新增三四家企业。");
        assert_eq!((c.0, c.1, c.2.as_str()), (3.0, Some(4.0), "家"));
    }

    #[test]
    fn count_percentage_takes_the_metric() {
        let c = one("全市进出口总额同比增长14.15%。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str(), c.5.as_str()),
            (14.15, "%", "全市进出口总额", "14.15%")
        );
    }

    #[test]
    fn count_change_inherits_the_metric_named_before() {
        let v = counts("全市实现地区生产总值4218.56亿元，同比增长6.1%。");
        assert_eq!(v[1].3, "地区生产总值");
        assert_eq!((v[1].0, v[1].2.as_str()), (6.1, "%"));
    }

    #[test]
    fn count_postposed_subject_keeps_conjunctions_and_skips_linking_verbs() {
        let c = one("国际及地区客运航线达到20条。");
        assert_eq!(
            (c.0, c.3.as_str(), c.5.as_str()),
            (20.0, "国际及地区客运航线", "国际及地区客运航线达到20条")
        );
        let c = one("中老班列全年开行724列。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("中老班列", "中老班列全年开行724列")
        );
    }

    #[test]
    fn count_traditional_unit_as_written() {
        let c = one("來自５個國家和地區。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (5.0, "個", "國家和地區"));
    }

    #[test]
    fn count_full_width_digits() {
        let c = one("来自３１个国家。");
        assert_eq!(
            (c.0, c.3.as_str(), c.5.as_str()),
            (31.0, "国家", "３１个国家")
        );
    }

    #[test]
    fn count_post_qualifier() {
        let c = one("参会人数在200人左右。");
        assert_eq!((c.0, c.4), (200.0, Qualifier::Approx));
    }

    #[test]
    fn count_percentages_in_chinese_numerals() {
        let c = one("客房入住率达百分之百。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (100.0, "%", "客房入住率")
        );
        assert_eq!(c.5, "百分之百");
        let c = one("出口额增长百分之二十以上。");
        assert_eq!(
            (c.0, c.4, c.5.as_str()),
            (20.0, Qualifier::Over, "百分之二十以上")
        );
        let c = one("占比为百分之二十四点七。");
        assert_eq!(c.0, 24.7);
        // A decimal in Chinese numerals before a scale: 一点八亿 is 1.8亿, not 八亿.
        let c = one("合同外资额一点八亿美元。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str(), c.5.as_str()),
            (
                180_000_000.0,
                "美元",
                "合同外资额",
                "合同外资额一点八亿美元"
            )
        );
        assert_eq!(one("接待游客二点五万人次。").0, 25_000.0);
    }

    #[test]
    fn a_rate_already_reached_takes_its_metric() {
        // 已 before the change verb, and 率为 glued by jieba's model.
        each_subject(&[
            ("返程空箱率已降至5%以下。", "返程空箱率"),
            ("返程空箱率为5%。", "返程空箱率"),
            ("回程重箱率已经提升至46%。", "回程重箱率"),
        ]);
    }

    /// Asserts the one count of each text and its subject.
    fn each_subject(cases: &[(&str, &str)]) {
        for &(text, subject) in cases {
            assert_eq!(one(text).3, subject, "{text}");
        }
    }

    #[test]
    fn qualifiers_and_ranges_jieba_glues_to_the_words_around() {
        // 近 and 超 glued to the measure by jieba are the qualifier.
        let c = one("合同总额近40亿美元。");
        assert_eq!((c.3.as_str(), c.4), ("合同总额", Qualifier::Under));
        let c = one("云南咖啡生豆超3000吨。");
        assert_eq!((c.3.as_str(), c.4), ("云南咖啡生豆", Qualifier::Over));
        assert_eq!(
            subjects("260余家展商携近3000款产品参展。"),
            ["展商", "产品"]
        );
        // A range's first number jieba glued to the verb before it.
        let c = one("明年将再新设三至五个海外展示中心。");
        assert_eq!((c.0, c.1, c.3.as_str()), (3.0, Some(5.0), "海外展示中心"));
        let c = one("培育马铃薯原原种约3000万粒。");
        assert_eq!((c.0, c.2.as_str()), (30_000_000.0, "粒"));
    }

    #[test]
    fn words_jieba_mistags_classes_lists_and_lines_in_subjects() {
        // A tonnage class after the count opens what is counted.
        assert_eq!(
            subjects("新建4个30万吨级矿石码头泊位和2个10万吨级通用泊位。"),
            ["30万吨级矿石码头泊位", "10万吨级通用泊位"]
        );
        each_subject(&[
            // 高速 (jieba: an adverb) and 维修 make kinds; 装载, 协同, 同台,
            // 下单 and 组团 (jieba: nouns) and 应邀参加 (a name) are verbs.
            ("新购2艘高速客船。", "高速客船"),
            ("培训维修技师500名。", "维修技师"),
            ("48个冷藏集装箱装载山东苹果。", "冷藏集装箱"),
            ("带动400余家配套企业协同发展。", "配套企业"),
            ("30余支彝族文艺队伍同台竞技。", "彝族文艺队伍"),
            ("土耳其采购商现场下单面料超3000万米。", "面料"),
            ("近40家会员企业组团参展。", "会员企业"),
            ("三百余名外国嘉宾应邀参加开幕式。", "外国嘉宾"),
            // Nouns joined by 和, 或 or 及其 share the count, an owner or not.
            ("新设商务代表处和服务站43个。", "商务代表处和服务站"),
            ("海外侨胞和港澳台同胞近530万人。", "海外侨胞和港澳台同胞"),
            ("国际直航航线和接力航线共计9条。", "国际直航航线和接力航线"),
            ("跨国公司总部或区域总部达26家。", "总部或区域总部"),
            ("枸杞及其制品1860吨。", "枸杞及其制品"),
            // A tonnage class above a size, a line named by its two ends.
            ("万吨级以上泊位79个。", "万吨级以上泊位"),
            (
                "连云港—阿拉木图班列上半年开行301列。",
                "连云港—阿拉木图班列",
            ),
            ("莫斯科航线每周执飞4班。", "莫斯科航线"),
            // 组织 after a common noun, with nothing counted after the number.
            ("风筝联合会拥有会员组织108个。", "会员组织"),
            ("市商务局组织108家企业参展。", "企业"),
        ]);
    }

    #[test]
    fn count_bounds_and_one_fold() {
        let c = one("开设课程不少于十门。");
        assert_eq!((c.0, c.2.as_str(), c.4), (10.0, "门", Qualifier::Over));
        let c = one("每班学员不超过30人。");
        assert_eq!((c.0, c.4), (30.0, Qualifier::Under));
        let c = one("签约数量增长近一倍。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (1.0, "倍", "签约数量"));
    }

    #[test]
    fn count_subjects_keep_time_side_and_modifier_words() {
        assert_eq!(one("外方代表近260名出席。").3, "外方代表");
        assert_eq!(one("参展企业一千二百余家。").3, "参展企业");
        assert_eq!(one("全县实现旅游收入超60亿元。").3, "旅游收入");
        assert_eq!(one("年加工能力6万吨。").3, "年加工能力");
        // A year number is no part of the subject.
        assert_eq!(one("2023年旅客吞吐量3000万人次。").3, "旅客吞吐量");
    }

    #[test]
    fn count_scale_after_yu_scales_the_number() {
        let c = one("科研经费三百余万元。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str(), c.4),
            (3_000_000.0, "元", "科研经费", Qualifier::Over)
        );
        let c = one("接待游客30余万人次。");
        assert_eq!(
            (c.0, c.2.as_str(), c.4),
            (300_000.0, "人次", Qualifier::Over)
        );
        let c = one("观众20至30余万人次。");
        assert_eq!(
            (c.0, c.1, c.4),
            (200_000.0, Some(300_000.0), Qualifier::Range)
        );
    }

    #[test]
    fn count_range_with_the_unit_on_both_ends() {
        let c = one("引进金融机构20家至30家。");
        assert_eq!(
            (c.0, c.1, c.2.as_str(), c.4),
            (20.0, Some(30.0), "家", Qualifier::Range)
        );
        let c = one("全年经济增速保持在6%至6.5%之间。");
        assert_eq!(
            (c.0, c.1, c.3.as_str(), c.5.as_str()),
            (6.0, Some(6.5), "经济增速", "6%至6.5%")
        );
        // A change and the level it reaches are two counts.
        let v = counts("占比提升2.6个百分点至56.9%。");
        assert_eq!(v.len(), 2);
        assert_eq!(
            (v[0].0, v[0].2.as_str(), v[1].0, v[1].2.as_str()),
            (2.6, "个百分点", 56.9, "%")
        );
    }

    #[test]
    fn count_units_counted_per_occasion() {
        assert_eq!(one("双方互派代表团逾200批次。").2, "批次");
        let c = one("车流量1350万辆次左右。");
        assert_eq!(
            (c.0, c.2.as_str(), c.4),
            (13_500_000.0, "辆次", Qualifier::Approx)
        );
        assert_eq!(one("年产电堆1万台套。").2, "台套");
        assert_eq!(one("远程会诊640余例。").2, "例");
        assert_eq!(one("进出口清单约4.7亿单。").0, 470_000_000.0);
        let c = one("簽約金額約62.5億澳門元。");
        assert_eq!((c.0, c.2.as_str()), (6_250_000_000.0, "澳門元"));
        let c = one("服务企业200家次以上。");
        assert_eq!((c.2.as_str(), c.4), ("家次", Qualifier::Over));
        // Trains and trips, each run counted (區間快車14列次).
        assert_eq!(one("假日加開區間快車14列次。").2, "列次");
        assert_eq!(one("全年开行旅游专列36趟次。").2, "趟次");
    }

    #[test]
    fn count_lone_hundred_or_thousand_needs_a_qualifier() {
        let c = one("航班日均起降近百架次。");
        assert_eq!((c.0, c.2.as_str(), c.4), (100.0, "架次", Qualifier::Under));
        assert_eq!(one("近千名嘉宾出席。").0, 1000.0);
        assert!(counts("游客走进西江千户苗寨。").is_empty());
        // 百分之百 is a percentage, not a lone 百.
        assert_eq!(one("办结率达百分之百。").0, 100.0);
    }

    #[test]
    fn count_change_takes_the_metric_before_its_comparison() {
        let v = counts("集装箱吞吐量增长12.5%，增速较上年提高4.3个百分点。");
        assert_eq!((v[1].3.as_str(), v[1].0), ("增速", 4.3));
        let v =
            counts("进出口总值增长13.6%，增速高于全省平均水平5.2个百分点，外贸规模占全省的62.3%。");
        assert_eq!(v[1].3, "增速");
        assert_eq!((v[2].3.as_str(), v[2].0), ("外贸规模", 62.3));
        // A comparison at the clause start: the metric of the clause before.
        let v = counts("外贸集装箱吞吐量2796万标箱，占比73.3%，比上年提高1.8个百分点。");
        assert_eq!((v[1].3.as_str(), v[2].3.as_str()), ("占比", "占比"));
        let v = counts("民营企业进出口621亿元，占比提升至41.8%。");
        assert_eq!(v[1].3, "占比");
        // A total ends the subject of the share it sums.
        let v = counts("俄罗斯、哈萨克斯坦等2个国家合计占比达61%。");
        assert_eq!((v[1].3.as_str(), v[1].0), ("占比", 61.0));
        // The 比 of 比例 is no comparison.
        assert_eq!(one("新材料产业比例为12%。").3, "新材料产业比例");
    }

    #[test]
    fn count_postposed_subject_drops_periods_and_aims() {
        let c = one("长沙机场上半年旅客吞吐量逾1300万人次。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("旅客吞吐量", "旅客吞吐量逾1300万人次")
        );
        // 全年 dates a measure as 上半年 does, whatever stands before it.
        let c = one("力争全年旅客吞吐量超2800万人次。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("旅客吞吐量", "旅客吞吐量超2800万人次")
        );
        assert_eq!(one("全年旅客吞吐量超2800万人次。").3, "旅客吞吐量");
        let c = one("年旅客吞吐量力争突破5000万人次。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("年旅客吞吐量", "年旅客吞吐量力争突破5000万人次")
        );
        // 青年 is people, not a period.
        assert_eq!(one("中外青年学生近800人。").3, "中外青年学生");
    }

    #[test]
    fn count_postposed_subject_without_the_action_before_it() {
        assert_eq!(one("双方互派访问学者不少于200人。").3, "访问学者");
        assert_eq!(one("新引进外资企业超过3000家。").3, "外资企业");
        assert_eq!(one("缅方培训本土汉语教师50至80名。").3, "本土汉语教师");
        let c = one("现场签约合作项目12个。");
        assert_eq!((c.3.as_str(), c.5.as_str()), ("合作项目", "合作项目12个"));
        // A modifying verb before a one-word noun is what is counted.
        assert_eq!(one("入驻企业134家。").3, "入驻企业");
        assert_eq!(one("现场签约项目共计62个。").3, "签约项目");
        // 最高达 links too.
        assert_eq!(one("出入境旅客单日最高达1.1万余人次。").3, "出入境旅客");
    }

    #[test]
    fn count_subject_of_places_listed_with_a_pause_mark() {
        assert_eq!(
            one("新开通两条东南亚、中东集装箱航线。").3,
            "东南亚、中东集装箱航线"
        );
        let v = counts("来自31个国家、48个城市。");
        assert_eq!((v[0].3.as_str(), v[1].3.as_str()), ("国家", "城市"));
    }

    #[test]
    fn count_postposed_subject_dated_before_its_place_and_named_by_statistics() {
        assert_eq!(one("年末全市常住人口1061.53万人。").3, "全市常住人口");
        let v = counts("全年全市进出口总额2587.6亿元，增长6.9%。");
        assert_eq!(
            (v[0].3.as_str(), v[1].3.as_str()),
            ("全市进出口总额", "全市进出口总额")
        );
        assert_eq!(one("实际使用外资金额8.65亿美元。").3, "实际使用外资金额");
        assert_eq!(one("首期规划面积约2平方公里。").3, "首期规划面积");
        assert_eq!(one("海铁联运箱量182.4万标箱。").3, "海铁联运箱量");
        let v = counts("全市有A级旅游景区96家，其中5A级景区5家。");
        assert_eq!(
            (v[0].3.as_str(), v[1].3.as_str()),
            ("A级旅游景区", "5A级景区")
        );
    }

    #[test]
    fn count_money_spent_counts_nothing() {
        assert_eq!(one("企业拟投资5亿元建设智能装备区域总部。").3, "");
        assert_eq!(one("双方投资1.8亿欧元。").3, "");
        assert_eq!(one("给予最高50万元奖励。").3, "奖励");
    }

    #[test]
    fn count_metric_keeps_its_partner_and_measure_verb() {
        assert_eq!(one("对东盟进出口额达3092.5亿元。").3, "对东盟进出口额");
        assert_eq!(
            one("全社会研发投入强度预计达到3.9%。").3,
            "全社会研发投入强度"
        );
        assert_eq!(one("开行量同比增长8.3%。").3, "开行量");
        assert_eq!(
            one("举办各类文化和旅游活动３００余场。").3,
            "各类文化和旅游活动"
        );
    }

    #[test]
    fn count_preposed_subject_grades_and_governing_verbs() {
        assert_eq!(
            one("其中52家4A级以上旅游景区接待游客。").3,
            "4A级以上旅游景区"
        );
        assert_eq!(one("全省62家A级景区开放。").3, "A级景区");
        assert_eq!(one("双方在5个领域深化合作。").3, "领域");
    }

    #[test]
    fn not_counts_ranks_stretches_and_the_two_parties() {
        assert!(counts("入境人数居全国口岸前十位。").is_empty());
        assert!(counts("中俄两国游客往来频繁。").is_empty());
        // 目前 is a word: what follows it counts.
        assert_eq!(one("目前12个国家加入。").0, 12.0);
        let c = one("出口额增长两倍多。");
        assert_eq!(
            (c.0, c.2.as_str(), c.4, c.5.as_str()),
            (2.0, "倍", Qualifier::Over, "两倍多")
        );
        assert_eq!(one("销售葡萄酒1.4亿瓶左右。").2, "瓶");
    }

    #[test]
    fn not_counts_dates_years_ordinals_names_vague() {
        for text in [
            "5月22日，记者获悉。",
            "2024年是关键一年。",
            "第三届大会开幕。",
            "党的十九大以来。",
            "十四五规划。",
            "缔结一批友好关系。",
            "一是缔结友好关系。",
            "涉及多个领域。",
            "签订四方协议。",
            "全国首个美食街。",
            "1 缔结一批友好关系",
            "引进空客A320客机。",
            "建设10万吨级泊位。",
        ] {
            assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
        }
    }

    #[test]
    fn subjects_past_savings_peaks_contracts_and_trade_verbs_after_goods() {
        // A saving or a conversion opens the measure it names.
        assert_eq!(one("每标箱可为企业节约物流成本约200元。").3, "物流成本");
        assert_eq!(one("折合装机容量超过9.8吉瓦。").3, "装机容量");
        // A peak and a rise to a level stand between the measure and its number.
        let c = one("单日接待量最高突破1800人次。");
        assert_eq!((c.3.as_str(), c.4), ("单日接待量", Qualifier::Over));
        assert_eq!(
            one("口岸年过货能力将提升至5000万吨以上。").3,
            "口岸年过货能力"
        );
        // 全长约 is one word in jieba's dictionary; 约 belongs to the number.
        let c = one("线路全长约245公里。");
        assert_eq!((c.3.as_str(), c.4), ("线路全长", Qualifier::Approx));
        // 合同 is a noun (jieba: an adjective).
        assert_eq!(one("现场签订出口合同41份。").3, "出口合同");
        // Goods in pieces; a trade verb after the goods is no part of them.
        let c = one("出口光伏组件约2000万片。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (2.0e7, "片", "光伏组件"));
        assert_eq!(one("签订了3万吨大豆进口合同。").3, "大豆");
        // 对缅 (with Myanmar) is part of the measure; 布局 and 亮相 are verbs.
        assert_eq!(one("对缅货运车辆超过1500车次。").3, "对缅货运车辆");
        assert_eq!(one("已在5个国家布局海外生产基地。").3, "国家");
        assert_eq!(one("共有12家农机企业亮相展会。").5, "12家农机企业");
    }

    #[test]
    fn nouns_jieba_mistags_and_units_of_pots_slips_and_class_hours() {
        assert_eq!(one("展期内接待访客约2100人次。").3, "访客");
        assert_eq!(one("全年出口大米约3.6万吨。").3, "大米");
        assert_eq!(one("培育乡村旅游重点村36个。").3, "乡村旅游重点村");
        assert_eq!(one("举办三四场专题对接会。").3, "专题对接会");
        assert_eq!(one("布置菊花景观120余处。").3, "菊花景观");
        let c = one("盆栽菊花300万盆以上。");
        assert_eq!((c.0, c.2.as_str(), c.4), (3.0e6, "盆", Qualifier::Over));
        assert_eq!(one("理论与实操课程360课时。").2, "课时");
        assert_eq!(one("跨境电商出口清单逾410万票。").2, "票");
    }

    #[test]
    fn trade_verbs_before_goods_valued_in_money_and_before_a_linking_verb() {
        // A trade verb opening goods valued in money is the act, not the goods.
        assert_eq!(one("湖北出口机电产品2315.7亿元。").3, "机电产品");
        // Not inside a measure's name.
        assert_eq!(one("出口货物货值36.5亿元。").3, "出口货物货值");
        assert_eq!(
            one("全市加工贸易进出口3125.6亿元。").3,
            "全市加工贸易进出口"
        );
        // Before a linking verb the trade names the goods, unless a place trades.
        assert_eq!(one("进口水果达87.2万吨。").3, "进口水果");
        assert_eq!(one("友谊关口岸进口水果达97.3万吨。").3, "水果");
        assert_eq!(one("通过跨境电商平台销售跑鞋约260万双。").3, "跑鞋");
        assert_eq!(one("外商投资企业新增18家。").3, "外商投资企业");
    }

    #[test]
    fn yue_before_a_linking_verb_and_what_is_no_subject() {
        // 约 before the linking verb qualifies; 可 and 预计可 link too.
        let c = one("国际及地区旅客吞吐量约为120万人次。");
        assert_eq!(
            (c.3.as_str(), c.4),
            ("国际及地区旅客吞吐量", Qualifier::Approx)
        );
        let c = one("上半年对全市经济增长的贡献率约为百分之十二。");
        assert_eq!((c.3.as_str(), c.4), ("贡献率", Qualifier::Approx));
        each_subject(&[
            ("综合物流成本可降低15%至20%。", "综合物流成本"),
            ("平均客座率预计可达85%左右。", "平均客座率"),
            // (运能: the 能 of a noun is no auxiliary.)
            ("单列运能提升约40%。", "单列运能"),
            // What a change is compared with, and a manner, count nothing;
            // 发力 (jieba: a noun) is a verb.
            ("较去年同期新增百余家。", ""),
            ("加密班列，常态化开行每周2列以上。", ""),
            ("从市场、物流、金融三个方面发力。", "方面"),
        ]);
    }

    #[test]
    fn times_of_speaking_verbs_jieba_mistags_and_zai_with_a_place() {
        each_subject(&[
            ("目前洋浦港外贸航线总数达到45条。", "洋浦港外贸航线总数"),
            ("在华采购额提高到2亿欧元。", "在华采购额"),
            ("计划再投运自动化岸桥14台。", "自动化岸桥"),
            ("明年将加密国际全货机航线5至8条。", "国际全货机航线"),
            ("两条航线满负荷运行。", "航线"),
        ]);
        // 同比增加 (jieba: a name) is a change, not what is counted.
        assert_ne!(one("中欧班列同比增加19列。").3, "中欧班列同比增加");
    }

    #[test]
    fn a_one_off_reward_a_margin_over_an_average_and_a_headline_s_next_count() {
        each_subject(&[
            ("对新开航线的航运企业给予500万元一次性奖励。", "一次性奖励"),
            ("增速高出全区平均水平6.6个百分点。", "增速"),
        ]);
        assert_eq!(
            subjects("大会开幕 集中签约项目26个总投资412.6亿元"),
            ["签约项目", "总投资"]
        );
        // (The seed's 来自31个国家48个友好城市: no noun before the first.)
        assert_eq!(
            subjects("共有来自31个国家48个友好城市的嘉宾参会。"),
            ["国家", "友好城市"]
        );
    }

    #[test]
    fn what_people_do_after_they_are_counted_is_no_part_of_them() {
        assert_eq!(
            subjects("选派15至20名师生交流学习，7个外国代表团专程来访。"),
            ["师生", "外国代表团"]
        );
    }

    #[test]
    fn taiwan_s_units_and_its_trillion() {
        assert_value_unit_subject(
            "出口货值约新台币1.86兆元，货运量累计达174.6万公吨，面积达1.5万平方公尺。",
            &[
                (1.86e12, "元", "出口货值"),
                (1_746_000.0, "公吨", "货运量"),
                (15_000.0, "平方公尺", "面积"),
            ],
        );
        // 兆 before 瓦 is mega, a unit of its own.
        assert_eq!(counts("装机容量100兆瓦。")[0].2, "兆瓦");
        // Thousands grouped after 億 or 萬.
        let c = counts("歲出預算總額為3億2,560萬元，從業員工達8萬1,245人。");
        let got: Vec<(f64, &str)> = c.iter().map(|c| (c.0, c.2.as_str())).collect();
        assert_eq!(got, [(325_600_000.0, "元"), (81_245.0, "人")]);
    }

    #[test]
    fn power_horses_ponds_and_degrees() {
        assert_value_unit_subject(
            "裝置容量35.2MW，年發電量約4,800萬度，馬匹存栏量达11.2万匹，養殖漁塭共有1,286口。",
            &[
                (35.2, "MW", "裝置容量"),
                (48_000_000.0, "度", "年發電量"),
                (112_000.0, "匹", "馬匹存栏量"),
                (1286.0, "口", "養殖漁塭"),
            ],
        );
        // (Not a crossing, a calibre, or 一度, once.)
        assert!(counts("开放3口岸，口径50口径，价格一度上涨。").is_empty());
    }

    #[test]
    fn phases_of_a_yard_and_of_an_extension_are_no_counts() {
        assert!(counts("建成金水河口岸货场二期。此次二期擴建區位於路竹區。").is_empty());
    }

    #[test]
    fn goods_before_the_verb_that_moves_them_are_the_subject() {
        assert_eq!(
            subjects("焦炭出口58.3万吨，魔芋制品出口5800吨。"),
            ["焦炭", "魔芋制品"]
        );
        // A place that trades is none.
        assert_ne!(subjects("全县出口3.2万吨。"), ["全县"]);
    }

    #[test]
    fn yue_he_links_an_amount_to_its_measure() {
        let c = one("订单金额约合1200万美元。");
        assert_eq!((c.3.as_str(), c.4), ("订单金额", Qualifier::Approx));
    }

    #[test]
    fn a_region_s_member_states_are_a_name() {
        assert_eq!(
            subjects("茶叶销往中亚五国和东盟10国，来自31个国家的客商到场。"),
            ["国家"]
        );
    }

    #[test]
    fn a_currency_before_an_amount_stands_between_it_and_its_measure() {
        let c =
            counts("项目总投资人民币12亿元，签约总金额约人民币46亿元，协议总额逾新台币15亿元。");
        let got: Vec<(f64, &str, Qualifier)> = c.iter().map(|c| (c.0, c.3.as_str(), c.4)).collect();
        assert_eq!(
            got,
            [
                (1.2e9, "项目总投资", Qualifier::Exact),
                (4.6e9, "签约总金额", Qualifier::Approx),
                (1.5e9, "协议总额", Qualifier::Over),
            ]
        );
        // After a linking verb, and written after the amount.
        let c = counts("越南市场出口值达新台币58.6亿元，港埠相关产值逾12亿元新台币。");
        let got: Vec<(f64, &str, Qualifier)> = c.iter().map(|c| (c.0, c.3.as_str(), c.4)).collect();
        assert_eq!(
            got,
            [
                (5.86e9, "越南市场出口值", Qualifier::Exact),
                (1.2e9, "港埠相关产值", Qualifier::Over),
            ]
        );
    }

    #[test]
    fn a_financial_numeral_in_a_word_opens_no_number() {
        // 陆 (a financial 6) ends 大陆, before a number of its own.
        let c = one("班列辐射欧亚大陆五十多个国家。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (50.0, "个", "国家"));
        assert_eq!(c.5, "五十多个国家");
        assert_eq!(one("合同金额为人民币壹佰伍拾万元。").0, 1_500_000.0);
        // 三百门港: a port named by a numeral and 门.
        assert!(counts("饶平三百门港港务发展有限公司表示。").is_empty());
        // 伍 and 陆 are surnames too.
        assert!(counts("美国纽约台山同乡会会长伍国雄表示。").is_empty());
    }

    #[test]
    fn a_headline_and_the_body_share_the_shorter_subject() {
        assert_eq!(
            subjects("签约项目总投资额达286.5亿元\n据介绍，总投资额达286.5亿元。"),
            ["总投资额", "总投资额"]
        );
        // Different numbers, or subjects that do not end alike, keep theirs.
        assert_eq!(
            subjects("签约项目总投资额达286.5亿元\n据介绍，总投资额达186.5亿元。"),
            ["签约项目总投资额", "总投资额"]
        );
        assert_eq!(
            subjects("国际客运航线12条\n国内货运航线12条。"),
            ["国际客运航线", "国内货运航线"]
        );
    }

    #[test]
    fn a_verb_that_ends_in_yue_is_no_qualifier() {
        let c = one("现场签约5个项目。");
        assert_eq!((c.5.as_str(), c.4), ("5个项目", Qualifier::Exact));
        // jieba glues a verb to 近 too, which still qualifies.
        assert_eq!(one("展商携近3000款产品参展。").4, Qualifier::Under);
        // The model glues 约 to a noun it does not know.
        let c = one("累计运送青砖茶约1800吨。");
        assert_eq!((c.3.as_str(), c.4), ("青砖茶", Qualifier::Approx));
        // A transcribed name that ends in 约 (Manzanillo) is no qualifier
        // either; 约 glued to a function word is.
        let c = one("经上海港至墨西哥曼萨尼约两条外贸滚装海运航线同时开通。");
        assert_eq!(
            (c.5.as_str(), c.4),
            ("两条外贸滚装海运航线", Qualifier::Exact)
        );
        assert_eq!(one("负责人共约200人参加活动。").4, Qualifier::Approx);
    }

    #[test]
    fn up_to_three_linking_words_and_units_of_pictures_stems_and_spindles() {
        assert_eq!(one("旅客吞吐量全年将突破100万人次。").3, "旅客吞吐量");
        assert_eq!(one("游客预计将超过8万人次。").3, "游客");
        assert_eq!(
            one("年国际旅客吞吐量恢复至800万人次左右。").3,
            "年国际旅客吞吐量"
        );
        assert_eq!(one("进口商品品类扩大到200余种。").3, "进口商品品类");
        assert_eq!(one("安排资金不少于5000万元。").3, "资金");
        // The measure of the number before is no noun of the next.
        assert_eq!(subjects("航线由每周7班加密至每日2班。")[1], "");
        let units: Vec<String> =
            counts("展出照片约1.6万幅，出口鲜切花1.82亿枝，建成50万锭纺纱产能。")
                .into_iter()
                .map(|c| c.2)
                .collect();
        assert_eq!(units, ["幅", "枝", "锭"]);
    }

    #[test]
    fn kinds_of_goods_and_industries_and_the_trade_after_places() {
        assert_eq!(one("浓缩果汁出口量8.6万吨。").3, "浓缩果汁出口量");
        assert_eq!(one("全州茶企达27家。").3, "全州茶企");
        assert_eq!(one("建成10家非遗工坊。").3, "非遗工坊");
        // The places a trade goes to are counted, not the trade.
        assert_eq!(
            subjects("向12个欧盟成员国出口浓缩苹果汁2.9万吨。")[0],
            "欧盟成员国"
        );
        assert_eq!(one("向3个国家出口新能源汽车。").3, "国家");
        assert_eq!(one("开拓5个出口市场。").3, "出口市场");
    }

    #[test]
    fn a_unit_that_opens_a_place_is_no_unit_and_volumes_count() {
        assert!(counts("参加2025米兰设计周。").is_empty());
        assert_eq!(one("东亚古注本丛书12卷。").2, "卷");
    }

    #[test]
    fn ro_ro_ships_capacities_and_direct_river_sea_lines() {
        assert_eq!(one("客滚船舶48艘。").3, "客滚船舶");
        assert_eq!(one("集装箱吞吐能力达到350万标箱。").3, "集装箱吞吐能力");
        assert_eq!(one("新增2艘江海直达集装箱船。").3, "江海直达集装箱船");
    }

    #[test]
    fn where_something_is_built_and_what_is_bought() {
        assert_eq!(one("在中亚地区建设信阳毛尖海外仓5个。").3, "信阳毛尖海外仓");
        assert_eq!(
            one("在海外建设东坡文化交流中心10个。").3,
            "东坡文化交流中心"
        );
        assert_eq!(one("重点建设项目120个。").3, "重点建设项目");
        assert_eq!(one("签订采购订单127笔。").3, "采购订单");
        assert_eq!(one("采购农产品2万吨。").3, "农产品");
        assert_eq!(one("年采购量约15万吨。").3, "年采购量");
    }

    #[test]
    fn two_verbs_may_open_the_noun_after_a_count_but_not_what_people_do() {
        assert_eq!(one("推进3至5个保护修复项目。").3, "保护修复项目");
        assert_eq!(one("接待旅游团组3100余个。").3, "旅游团组");
        let c = one("吸引3万人参观展会。");
        assert_eq!((c.3.as_str(), c.5.as_str()), ("", "3万人"));
    }

    #[test]
    fn verbs_that_make_a_kind_inside_a_measure_or_a_place() {
        assert_eq!(one("蓬莱现有葡萄种植基地约16.8万亩。").3, "葡萄种植基地");
        assert_eq!(one("绿电使用比例达72%。").3, "绿电使用比例");
        assert_eq!(one("汽车生产企业20家。").3, "汽车生产企业");
        assert_eq!(one("其中出口商品车超过42万辆。").3, "出口商品车");
        assert_eq!(
            one("黄冈籍企业家、商协会代表500余人齐聚一堂。").3,
            "黄冈籍企业家、商协会代表"
        );
    }

    /// Found by timing long inputs: each bare change searched back through
    /// every earlier count of its sentence for a metric, so a run-on sentence
    /// of changes with none was quadratic (12,000 of them: 4.4 s in a debug
    /// build, 0.55 s now). The metric must still reach the changes of its own
    /// sentence and no other.
    #[test]
    fn regression_many_bare_changes_inherit_the_metric_in_linear_time() {
        let text = format!(
            "出口额4218亿元。{}。进口额12亿元，增长2%。",
            "增长1%，".repeat(12000)
        );
        let v = counts(&text);
        assert_eq!(v.len(), 12003);
        assert_eq!(v[0].3, "出口额");
        assert!(v[1..12001].iter().all(|c| c.3.is_empty() && c.0 == 1.0));
        assert_eq!((v[12002].0, v[12002].3.as_str()), (2.0, "进口额"));
    }

    #[test]
    fn count_subjects_drop_when_and_where_but_keep_what_kind() {
        // A time or a place's inside before the measure dates or places it.
        assert_eq!(
            one("年内国际及地区航线总数突破60条。").3,
            "国际及地区航线总数"
        );
        assert_eq!(one("旺季时单日客流量超过3000人次。").3, "单日客流量");
        assert_eq!(one("縣內國際認證藥廠共計18家。").3, "國際認證藥廠");
        // A verb jieba leaves before its noun names a kind of it.
        assert_eq!(one("持证外语导游近900名。").3, "持证外语导游");
        assert_eq!(one("农产品购销合同46份。").3, "农产品购销合同");
        assert_eq!(one("加注船舶近六十艘。").3, "加注船舶");
        assert_eq!(one("交換學生10至15名。").3, "交換學生");
        assert_eq!(one("在飞航线14条。").3, "在飞航线");
        assert_eq!(one("首批订单金额约1.2亿美元。").3, "首批订单金额");
        // (查验|出入境人员: what is done to the people counted.)
        assert_eq!(one("查验出入境人员9.8万人次。").3, "出入境人员");
        // 投入 spends what it is given, as 投资 does.
        assert_eq!(one("縣府年內投入經費約4.8億元。").3, "經費");
    }

    #[test]
    fn preposed_subjects_take_spots_and_stop_before_coming_into_use() {
        let c = one("设立2至3个青稞产品展销点。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("青稞产品展销点", "2至3个青稞产品展销点")
        );
        assert_eq!(
            one("二十四个海关监管查验车位投入使用。").3,
            "海关监管查验车位"
        );
        // A stall is a unit of a market.
        let c = one("攤商約50攤。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (50.0, "攤", "攤商"));
    }

    #[test]
    fn a_change_from_where_it_started_and_more_words_that_date_or_name() {
        // 由…提高至: the metric before where the change starts.
        let v = counts("农机产品占比已由2020年的不到15%提升至31.4%。");
        assert_eq!(
            v.iter().map(|c| (c.0, c.3.as_str())).collect::<Vec<_>>(),
            [(15.0, "农机产品占比"), (31.4, "农机产品占比")]
        );
        let v = counts("铁路运输占比由去年同期的15%提高到26%。");
        assert_eq!(
            (v[0].3.as_str(), v[1].3.as_str()),
            ("铁路运输占比", "铁路运输占比")
        );
        // Hong Kong's 录得 links a measure to its number; 同期 dates it.
        let c = one("同期中東地區貿易額錄得1,870億港元。");
        assert_eq!(
            (c.3.as_str(), c.5.as_str()),
            ("中東地區貿易額", "中東地區貿易額錄得1,870億港元")
        );
        assert_eq!(one("州内草果加工企业一百二十余家。").3, "草果加工企业");
        assert_eq!(one("每艘可容納乘客150人。").3, "乘客");
        assert_eq!(one("今年搭乘人次已突破260萬人次。").3, "搭乘人次");
        // 推广 names a kind of centre or event, but takes what it promotes.
        assert_eq!(one("旅游推广中心2个。").3, "旅游推广中心");
        assert_eq!(one("舉辦兩場以上商貿推廣活動。").3, "商貿推廣活動");
        assert_eq!(one("推广新品种1万亩以上。").3, "新品种");
        // A line built in phases.
        assert!(counts("淡海輕軌藍海線二期預計2026年底通車。").is_empty());
        assert!(counts("双方将合资共建新田港二期工程，随着新田港二期建成投用。").is_empty());
        assert_eq!(counts("举办港澳青年研习营两期。")[0].0, 2.0);
    }

    #[test]
    fn latin_subjects_towns_named_by_numerals_and_who_comes_or_trades() {
        // A qualifier between Latin letters and the number.
        let c = one("进口LNG约58.6万吨。");
        assert_eq!(
            (c.0, c.3.as_str(), c.4),
            (586000.0, "LNG", Qualifier::Approx)
        );
        // 八所 is a town, not eight of anything.
        assert_eq!(one("八所港外贸航线增至两条。").0, 2.0);
        assert_eq!(one("4月至6月來澎旅客達62.8萬人次。").3, "來澎旅客");
        assert_eq!(one("赴俄旅游团2300余个。").3, "赴俄旅游团");
        // A class jieba reads as a number.
        assert_eq!(one("全市拥有国家一类口岸3个。").3, "国家一类口岸");
        assert_eq!(
            one("全市对哈萨克斯坦进出口总额达38.7亿元。").3,
            "全市对哈萨克斯坦进出口总额"
        );
        assert_eq!(one("載運旅客約680人。").3, "旅客");
        let c = one("舉辦國際展會10至15檔。");
        assert_eq!((c.2.as_str(), c.3.as_str()), ("檔", "國際展會"));
    }

    #[test]
    fn two_fields_joined_before_one_head_are_one_subject() {
        for (text, subject) in [
            // (jieba: 纸及|纸制品, cut apart in segment.)
            ("纸及纸制品出口额31.25亿元。", "纸及纸制品出口额"),
            ("全市铜及铜材出口额达21.7亿美元。", "全市铜及铜材出口额"),
            // A verb or an untagged morpheme as the first field.
            ("造纸及纸制品企业146家。", "造纸及纸制品企业"),
            ("参观及商务访客约2.3万人次。", "参观及商务访客"),
            (
                "全市泵与电机产品出口额达186.4亿元。",
                "全市泵与电机产品出口额",
            ),
            ("签订采购和物流合作协议23份。", "采购和物流合作协议"),
            // Not a count's measure before 及, nor a clause's verb.
            ("包括茶园9处及食品加工厂16家。", "食品加工厂"),
        ] {
            let c = counts(text);
            assert_eq!(c.last().map(|c| c.3.as_str()), Some(subject), "{text}");
        }
        assert!(!one("犬山方面也致赠和纸灯笼120盏。").3.contains("致赠"));
    }

    #[test]
    fn taiwan_catties_and_visiting_groups() {
        let c = one("文山包種茶及蜜香紅茶近9萬台斤。");
        assert_eq!((c.0, c.2.as_str()), (90_000.0, "台斤"));
        // 把 (umbrellas, knives) and 格 (parking places), but not 一把手.
        let c = one("目前年產量約2.5萬把。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (25_000.0, "把", "年產量")
        );
        let c = one("增設停車位約320格。");
        assert_eq!((c.0, c.2.as_str()), (320.0, "格"));
        assert!(counts("各级党政一把手亲自抓。").is_empty());
        let c = one("接待進香團17團。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (17.0, "團", "進香團"));
        let c = one("清淤土方約6萬立方公尺。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (60_000.0, "立方公尺", "清淤土方")
        );
        // 宗: Hong Kong's deals and cases.
        let c = one("促成商業配對逾200宗。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (200.0, "宗", "商業配對"));
    }

    #[test]
    fn nautical_miles_lamps_and_lessons() {
        let c = one("单程航程约180海里。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (180.0, "海里", "单程航程")
        );
        let c = one("布置和紙燈籠120盞。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (120.0, "盞", "和紙燈籠"));
        let c = one("開設國際工藝課程30堂。");
        assert_eq!(
            (c.0, c.2.as_str(), c.3.as_str()),
            (30.0, "堂", "國際工藝課程")
        );
    }

    #[test]
    fn whom_one_sells_to_names_no_measure_and_people_end_at_what_they_do() {
        assert_eq!(one("分国别看，对美国出口1.12万吨。").3, "");
        assert_eq!(one("其中，对欧盟出口约134亿元。").3, "");
        assert_eq!(one("全年对东南亚和中东市场出口31.6亿元。").3, "");
        assert_eq!(one("对欧盟进出口1036.8亿元。").3, "对欧盟进出口");
        assert_eq!(one("对东盟进出口额达到5亿元。").3, "对东盟进出口额");
        assert_eq!(one("邀請38位陶藝家駐地創作。").3, "陶藝家");
        assert_eq!(one("近30名俄语、韩语导游持证上岗。").3, "俄语、韩语导游");
        assert_eq!(one("约5至8名農業技術人員交流。").3, "農業技術人員");
        // More people after them, or a glued 和, go on.
        assert_eq!(one("二十名青少年足球运动员参赛。").3, "青少年足球运动员");
        assert_eq!(
            one("30余名政府官员和文旅企业代表出席。").3,
            "政府官员和文旅企业代表"
        );
    }

    #[test]
    fn the_goods_after_whom_they_are_sold_to_and_what_a_place_has_in_all() {
        assert_eq!(
            one("对东南亚和中东市场出口冷冻水产品1.2万吨。").3,
            "冷冻水产品"
        );
        assert_eq!(
            one("对新加坡出口黑猪冷鲜肉及制品约3100万元。").3,
            "黑猪冷鲜肉及制品"
        );
        assert_eq!(
            one("全县共有规模以上农产品加工企业47家。").3,
            "规模以上农产品加工企业"
        );
        assert_eq!(one("全市规模以上工业企业120家。").3, "全市规模以上工业企业");
    }

    #[test]
    fn cups_and_both_ends() {
        let c = one("共售出豆漿超過9萬杯。");
        assert_eq!((c.0, c.2.as_str(), c.3.as_str()), (90000.0, "杯", "豆漿"));
        assert!(counts("打通产销两头。").is_empty());
        assert_eq!(one("引进两头种牛。").3, "种牛");
    }
}
