//! Routes: an ordered chain of places served by one transport line
//! (重庆—斯里兰卡科伦坡—马尔代夫马累, 成都经停乌鲁木齐至阿拉木图). Owns finding
//! chains, splitting each stop into country + place with the gazetteer, and
//! reading the mode (air, rail, sea, road) and status (opened, planned,
//! existing) from the words around the chain.

use crate::Span;
use crate::charset::{self, CharSet, is_han};
use crate::document::{Document, Pattern};
use crate::facts::{Mode, Route, Status};
use crate::merge::Mention;
use crate::{gazetteer, numeral};
use aho_corasick::AhoCorasick;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

/// Joiners between two stops. A dash or wave needs no more; a word such as
/// 至 or 经停 also joins ordinary phrases, so both sides must be known places.
const WORD_JOINERS: &[&str] = &["经停", "直飞", "往返", "飞往", "开往", "至", "到", "经"];

/// Transport words: a chain counts as a route only in a sentence that has one.
const TRANSPORT: &[&str] = &[
    "航线",
    "航班",
    "包机",
    "执飞",
    "班列",
    "列车",
    "铁路",
    "班轮",
    "航运",
    "海运",
    "货运",
    "客运",
    "直飞",
    "通航",
    "线路",
    "公路",
    "班车",
    "班线",
    "快线",
    "专线",
    "巴士",
    "首航",
    "经停",
    "高铁",
    "动车",
    "往返",
    "港口",
    "航線",
    "鐵路",
    "開通",
    "专列",
    "直通车",
    "客车",
    "道路",
    // 芜湖—上海洋山外贸集装箱内支线: a feeder line.
    "支线",
    // 义乌—马德里—里斯本延伸线: a line's extension.
    "延伸线",
    // 公主邮轮“基隆—那霸—石垣—基隆”跳岛航程: a cruise's round.
    "航程",
    "邮轮",
    "游轮",
    // “福鼎白茶号”每周从福州始发，经阿拉山口出境，抵达…: a departure
    // spelled out names its line.
    "始发",
    // 高铁云林站—虎尾糖厂接驳专车, 荃湾码头—马湾—中环渡轮: shuttles,
    // town buses and ferries.
    "接驳",
    "公车",
    "渡轮",
    "轮渡",
    // 黃石碼頭至塔門的街渡服務: Hong Kong's kaito.
    "街渡",
    "路线",
    // 万州—上海集装箱快班, 樹林至基隆間…區間車, 捷運…線: express runs,
    // local trains and metros.
    "快班",
    "区间车",
    "捷运",
    "地铁",
    "轻轨",
    "轨道交通",
    "城际",
    "航次",
    // 「屏東火車站—三地門—茂林遊客中心」假日專車, “寿宁—下党—犀溪”茶乡
    // 旅游环线公交: coaches and buses.
    "专车",
    "公交",
];

/// Any of [`TRANSPORT`], as one pattern: one pass over the text.
static TRANSPORT_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&TRANSPORT.join("|"), "transport pattern"));

/// One stop of a chain: where its text lies, the place name without a country
/// prefix, and its country.
#[derive(Debug, Clone)]
struct Stop {
    span: Span,
    name: String,
    country: Option<String>,
    known: bool,
    /// Not in the gazetteer, but a word jieba's dictionary knows as a place
    /// (南沙): 至 and 经停 may join it to a known one.
    place_word: bool,
    /// Not known at all, but a name jieba reads as a person's (海拉尔, 吉隆)
    /// or a port (头门港): joined by a word to a known place only when a line
    /// word follows the chain (海拉尔至俄罗斯伊尔库茨克国际客运航线).
    name_like: bool,
}

impl Stop {
    /// A name no gazetteer knows, read whole from where it stands between
    /// joiners (经磨憨至, —斜尔瓦—) or before a port area (招银港区).
    fn unknown_name(doc: &Document, span: Span) -> Stop {
        Stop {
            span,
            name: doc.source(span).to_string(),
            country: None,
            known: false,
            place_word: false,
            name_like: true,
        }
    }
}

/// The stops' countries. A name that is a Chinese place as well as a
/// foreign city (岡山, a district of Kaohsiung and Japan's Okayama), written
/// without its country, is the Chinese place when every other stop of a
/// chain of three or more is in China: 岡山—路竹—湖內.
fn countries(doc: &Document, stops: &[Stop]) -> Vec<Option<String>> {
    let chinese = |k: usize| {
        let x = &stops[k];
        let chars = doc.chars(x.span);
        x.country.is_none()
            || (gazetteer::is_cn_place(doc.norm(x.span))
                || gazetteer::bare_place_prefix(chars) == Some(chars.len()))
                && gazetteer::country_prefix(chars).is_none()
    };
    // (Two stops say too little: 昆明至万荣 runs to Laos's Vang Vieng, not
    // to 万荣 in Shanxi.)
    let all_chinese = stops.len() > 2 && (0..stops.len()).all(chinese);
    stops
        .iter()
        .map(|x| x.country.clone().filter(|_| !all_chinese))
        .collect()
}

pub fn extract(doc: &Document) -> Vec<Mention<Route>> {
    let mut out = Vec::new();
    let article = OnceCell::new();
    for s in &doc.sentences_matching(&TRANSPORT_WORD) {
        let chars = doc.chars(*s);
        // A chain's first stop is followed by a joiner within a stop's
        // length: positions with no joiner ahead cannot start one.
        let next_joiner = next_joiners(chars);
        let line = |stops: &[Stop], span: Span, rule| Mention {
            span,
            attrs: Route {
                stops: stops.iter().map(|x| x.name.clone()).collect(),
                countries: countries(doc, stops),
                mode: match mode(doc, &article, *s, span) {
                    // 九洲港—深圳蛇口航线…往返航班: a line from a port sails.
                    Mode::Air if stops.iter().any(|x| is_port(&x.name)) => Mode::Sea,
                    m => m,
                },
                status: status(doc, *s, span),
            },
            rule,
        };
        let spelled = spelled_out(doc, *s);
        for (stops, span) in &spelled {
            out.push(line(stops, *span, "route/spelled-out"));
        }
        let mut i = 0;
        while i < chars.len() {
            if let Some((_, span)) = spelled
                .iter()
                .find(|(_, span)| (span.start..span.end).contains(&(s.start + i)))
            {
                i = span.end - s.start;
                continue;
            }
            if next_joiner[i].is_none_or(|j| j - i > MAX_STOP) {
                i += 1;
                continue;
            }
            match chain_at(doc, chars, s.start, i) {
                // 《满洲里—后贝加尔斯克口岸物流合作备忘录》: a title names no line;
                // 磨憨—磨丁经济合作区 names a zone by its places.
                Some((_, end)) if doc.in_title(s.start + i) || names_zone(&chars[end..]) => i = end,
                Some((stops, end)) => {
                    let span = Span::new(stops[0].span.start, stops[stops.len() - 1].span.end);
                    out.push(line(&stops, span, "route/chain"));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    // (Mentions are pushed sentence by sentence: the title block's come first.)
    body_status_over_headline(doc, &mut out);
    fill_from_other_mentions(&mut out);
    out
}

/// 沈阳—法兰克福全货机航线年内开通 (the headline) and …航线计划于12月中旬开通
/// (the body): a headline's clipped verbs say less of when than the body
/// does, so a line named in both takes the status the body gives it.
fn body_status_over_headline(doc: &Document, routes: &mut [Mention<Route>]) {
    let body = body_start(doc);
    for i in 0..routes.len() {
        if routes[i].span.start >= body {
            // Mentions come in text order: the rest are in the body.
            break;
        }
        let told = routes[i + 1..]
            .iter()
            .filter(|m| m.span.start >= body && m.attrs.stops == routes[i].attrs.stops)
            .map(|m| m.attrs.status)
            .find(|s| *s != Status::Unknown);
        if let Some(status) = told {
            routes[i].attrs.status = status;
        }
    }
}

/// Where the title block ends: the start of the first sentence that ends as
/// the body's do (。, !, ?, ;), or the end of a text that has none.
fn body_start(doc: &Document) -> usize {
    let ends = |s: Span| doc.norm(s).trim_end().ends_with(['。', '!', '?', ';']);
    let mut pos = 0;
    while pos < doc.len() {
        match doc.sentence_at(pos) {
            Some(s) if ends(s) => return s.start,
            Some(s) => pos = s.end.max(pos + 1),
            None => pos += 1,
        }
    }
    doc.len()
}

/// 往返桃园—熊本的旅客增加 … 台湾虎航15日首航桃园—熊本航线: a mention that
/// tells nothing of when, or of how, takes what the first mention of the
/// same line that does tells.
fn fill_from_other_mentions(routes: &mut [Mention<Route>]) {
    let told: Vec<(Status, Mode)> = {
        let mut first: FxHashMap<&[String], (Status, Mode)> = FxHashMap::default();
        for m in routes.iter() {
            let known = first
                .entry(&m.attrs.stops)
                .or_insert((Status::Unknown, Mode::Unknown));
            if known.0 == Status::Unknown {
                known.0 = m.attrs.status;
            }
            if known.1 == Mode::Unknown {
                known.1 = m.attrs.mode;
            }
        }
        routes
            .iter()
            .map(|m| first[m.attrs.stops.as_slice()])
            .collect()
    };
    for (m, (status, mode)) in routes.iter_mut().zip(told) {
        if m.attrs.status == Status::Unknown {
            m.attrs.status = status;
        }
        if m.attrs.mode == Mode::Unknown {
            m.attrs.mode = mode;
        }
    }
}

/// 从格尔木始发，经停西宁、兰州，抵达哈萨克斯坦阿拉木图, 从义乌出发，经阿拉山口、
/// 杜伊斯堡至西班牙马德里, 由张家港始发、经停韩国釜山、直抵日本大阪: a line
/// spelled out over clauses, its departure, stops and arrival. The stops may
/// take two clauses (从株洲始发，经二连浩特出境，途经白俄罗斯明斯克、波兰马拉舍
/// 维奇，抵达德国杜伊斯堡).
static SPELLED_OUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:从|自|由)([^,，;；。、]{2,16}?)(?:始发|出发)[,，、](?:经停|途经|经由|经)([^,，;；。]{2,40}?)(?:出境|入境|出关)?(?:[,，、](?:再|又|并)?(?:经停|途经|经由|经)([^,，;；。]{2,40}?)(?:出境|入境|出关)?)?(?:[,，、](?:最终|最后)?(?:抵达|到达|直抵|直达|开往|驶往)|(?:最终|最后)?(?:抵达|到达|直抵|直达|开往|驶往|至|到))")
        .expect("spelled-out route")
});

/// The lines of `sentence` spelled out over clauses (see [`SPELLED_OUT`]),
/// each with its stops and its span from the departure to the arrival.
fn spelled_out(doc: &Document, sentence: Span) -> Vec<(Vec<Stop>, Span)> {
    let text = doc.norm(sentence);
    if !text.contains('经') {
        return Vec::new();
    }
    let chars = doc.chars(sentence);
    let at = |byte: usize| text[..byte].chars().count();
    let mut out = Vec::new();
    for caps in SPELLED_OUT.captures_iter(text) {
        let (Some(from), Some(via), Some(whole)) = (caps.get(1), caps.get(2), caps.get(0)) else {
            continue;
        };
        // Each part is one stop, read whole.
        let whole_stop = |start: usize, end: usize| {
            stop_at(doc, chars, sentence.start, start)
                .filter(|s| s.span.end == sentence.start + end)
        };
        let Some(first) = whole_stop(at(from.start()), at(from.end())) else {
            continue;
        };
        let mut stops = vec![first];
        let mut ok = true;
        for via in std::iter::once(via).chain(caps.get(3)) {
            let mut piece = via.start();
            for part in via.as_str().split('、') {
                match whole_stop(at(piece), at(piece + part.len())) {
                    Some(stop) => stops.push(stop),
                    None => ok = false,
                }
                piece += part.len() + '、'.len_utf8();
            }
        }
        let Some(last) = stop_at(doc, chars, sentence.start, at(whole.end())) else {
            continue;
        };
        stops.push(last);
        if ok && stops.iter().any(|s| s.known) {
            let span = Span::new(stops[0].span.start, stops[stops.len() - 1].span.end);
            out.push((stops, span));
        }
    }
    out
}

/// Endings that stay with a stop's name: 天津港, 成都站, 济州岛.
const TERMINAL_ENDS: &[char] = &['港', '站', '岛'];

/// The longest stop we read, country prefix included, in characters.
const MAX_STOP: usize = 24;

/// For each position, where the nearest joiner at or after it starts.
fn next_joiners(chars: &[char]) -> Vec<Option<usize>> {
    let mut out = vec![None; chars.len() + 1];
    for i in (0..chars.len()).rev() {
        out[i] = if joiner_at(chars, i).is_some() {
            Some(i)
        } else {
            out[i + 1]
        };
    }
    out
}

/// A chain of two or more stops starting at `i` (relative to the sentence).
fn chain_at(doc: &Document, chars: &[char], base: usize, i: usize) -> Option<(Vec<Stop>, usize)> {
    // A stop starts a word, or follows punctuation such as （.
    let after_punct = i > 0
        && chars
            .get(i - 1)
            .is_some_and(|&c| !charset::is_alphanumeric(c));
    if !doc.is_word_start(base + i) && !after_punct {
        return None;
    }
    let first = stop_at(doc, chars, base, i)?;
    let mut stops = vec![first];
    let mut pos = stops[0].span.end - base;
    let mut needs_line = false;
    // Whether the last stop was read between 经 and 至 (see [`via_stop`]).
    let mut after_via = false;
    // Whether the last stop came after 经 (or a list after it).
    let mut via_last = false;
    while let Some((joiner_len, is_dash)) = joiner_at(chars, pos) {
        // (龙潭科学园区—中坜火车站: a landmark is read whole, below.)
        let landmark = landmark_len(doc, &chars[pos + joiner_len..], base + pos + joiner_len);
        if stops.last().is_some_and(|s| s.known || s.place_word)
            && landmark.is_none()
            && let Some(via) = via_stop(doc, chars, base, pos, joiner_len)
        {
            pos = via.span.end - base;
            stops.push(via);
            after_via = true;
            continue;
        }
        let Some(next) = stop_with_landmark(doc, chars, base, pos + joiner_len, landmark) else {
            break;
        };
        // (普洱经磨憨至|泰国曼谷: the place after the unknown stop ends it.)
        if std::mem::take(&mut after_via) && (next.known || next.place_word) {
            pos = next.span.end - base;
            stops.push(next);
            via_last = false;
            continue;
        }
        // 至, 经停 and the like join only known places (or places jieba
        // knows: 南沙至墨西哥曼萨尼约).
        let both_known = next.place_word && stops.last().is_some_and(|s| s.place_word);
        // 海拉尔至俄罗斯伊尔库茨克国际客运航线, 日喀则至吉隆铁路: a name that
        // is no known place joins one when the line is named after them.
        // (Checked once the chain ends: 海拉尔经停满洲里至乌兰巴托航线.)
        let named_line = stops
            .last()
            .is_some_and(|s| s.place_word && next.name_like || s.name_like && next.place_word);
        if !(is_dash || both_known || named_line) {
            break;
        }
        needs_line |= !(is_dash || both_known);
        let via = starts_with(&chars[pos..], "经");
        via_last = via;
        pos = next.span.end - base;
        stops.push(next);
        // 万象经昆明、重庆至杜伊斯堡: stops listed with 、 after 经, when a
        // joiner follows the list.
        while via && chars.get(pos) == Some(&'、') {
            let Some(listed) = stop_at(doc, chars, base, pos + 1).filter(|x| x.place_word) else {
                break;
            };
            let end = listed.span.end - base;
            if joiner_at(chars, end).is_none() && chars.get(end) != Some(&'、') {
                break;
            }
            pos = end;
            stops.push(listed);
        }
    }
    // (由桃園經龜山至|迴龍: a chain cut off before its end is none.)
    if (after_via || via_last)
        && joiner_at(chars, pos).is_some()
        && !starts_with(&chars[pos..], "至今")
    {
        return None;
    }
    // Two stops need at least one to be a known place; a country alone is no stop.
    // (烏石港至龜山島: or to be places jieba knows, each a port, an island
    // or a station.)
    // (淡水—八里|渡輪: or, joined by dashes, to be places jieba knows
    // before the line's word.)
    let any_known = stops.iter().any(|s| s.known)
        || stops
            .iter()
            .all(|s| s.place_word && doc.norm(s.span).ends_with(|c| TERMINAL_ENDS.contains(&c)))
        || !needs_line && stops.iter().all(|s| s.place_word) && line_word_follows(chars, pos);
    (stops.len() >= 2 && any_known && (!needs_line || line_word_follows(chars, pos)))
        .then_some((stops, pos))
}

/// 普洱经磨憨至泰国曼谷, 鄂尔多斯经甘其毛都至蒙古国…: an unknown place of two
/// to six characters between 经 (or 经停) and 至, or between two dashes,
/// before a known place,
/// whatever jieba made of it (经磨|憨, 经甘其|毛|都). `pos` is where the
/// joiner of `joiner_len` characters starts.
fn via_stop(
    doc: &Document,
    chars: &[char],
    base: usize,
    pos: usize,
    joiner_len: usize,
) -> Option<Stop> {
    let joiner = &chars[pos..pos + joiner_len];
    // (普兰—斜尔瓦—尼泊尔胡姆拉, jieba: 斜/v|尔瓦: between two dashes too.)
    let dash = joiner == ['-'];
    if joiner != ['经'] && joiner != ['经', '停'] && !dash {
        return None;
    }
    let from = pos + joiner_len;
    let rest = chars.get(from..)?;
    let closing = if dash { '-' } else { '至' };
    let len = (2..=6).find(|&k| rest.get(k) == Some(&closing))?;
    let name = &rest[..len];
    let han = name.iter().all(|&c| is_han(c));
    // A known place there is read as one (经停|青岛); a country opens none.
    let known =
        gazetteer::place_prefix(name).is_some() || gazetteer::country_prefix(name).is_some();
    if !han || known || name.iter().any(|c| "经至到往".contains(*c)) {
        return None;
    }
    // (密山—当壁镇—图里罗格: between dashes, before a transcribed name too.)
    stop_at(doc, chars, base, from + len + 1)
        .filter(|s| s.known || s.place_word || dash && s.name_like)?;
    let span = Span::new(base + from, base + from + len);
    // (新竹站—生医|园区—竹北: common nouns are no place.)
    if dash && doc.every_word(span, |t, _| matches!(t.tag, "n" | "vn")) {
        return None;
    }
    Some(Stop::unknown_name(doc, span))
}

/// Words that end a place name written before them: the line's own words
/// (航线, 班列) and list words (等, 和).
const AFTER_PLACE: &[&str] = &[
    "航线",
    "集装箱",
    "班列",
    "快线",
    "专线",
    "线路",
    "国际",
    "货运",
    "客运",
    "直飞",
    "往返",
    "经停",
    "等",
    "和",
    "与",
    "及",
    "的",
    "港",
    "站",
    "客滚",
    "滚装",
    "海上",
    "客货",
    "邮轮",
    // (普兰—尼泊尔西米科特|跨境公路货运线路; the line words end a name too,
    // see `unknown_city_len`.)
    "跨境",
    "公路",
    "冷链",
    // (竹山—溪頭|路線: Taiwan's word for a bus line.)
    "路线",
];

/// The longest unknown city name read after its country, in characters.
const MAX_TRANSCRIBED: usize = 8;

/// Length of an unknown city name at the start of `rest`: two to `max` Han
/// characters, ending before a joiner, punctuation or a line word.
fn unknown_city_len(rest: &[char], max: usize) -> usize {
    let mut len = 0;
    let ends_name = |tail: &[char]| {
        AFTER_PLACE
            .iter()
            .chain(WORD_JOINERS)
            .chain(LINE_WORDS)
            .any(|w| starts_with(tail, w))
    };
    while len < rest.len() && len < max && is_han(rest[len]) {
        if ends_name(&rest[len..]) {
            break;
        }
        len += 1;
    }
    let ends_clean = rest
        .get(len)
        .is_none_or(|&c| !is_han(c) || ends_name(&rest[len..]));
    if (2..=max).contains(&len) && ends_clean {
        len
    } else {
        0
    }
}

/// Whether a stop is a port by its name (芜湖港, 九洲港; not the city 香港).
fn is_port(name: &str) -> bool {
    name.chars().count() >= 3 && name.ends_with('港') && !name.ends_with("香港")
}

/// Whether a long unknown name after a country reads as one transcribed
/// place (迪利斯凯莱西, 希热音高勒矿区): no known place starts a word inside
/// it (not 航空公司将|多哈; 凯莱|西 holds 莱西 across two words) and no word
/// of it is a function word or an action noun (not 下龙湾跨境|旅游).
fn transcribed(doc: &Document, name: &[char], span: Span) -> bool {
    place_inside(doc, name, span).is_none() && first_word_of_no_name(doc, span).is_none()
}

/// Where the first word inside `span` that is no part of a place's name
/// starts: a function word, an action noun, a numeral or measure word, or a
/// distinguishing word (无定期).
fn first_word_of_no_name(doc: &Document, span: Span) -> Option<usize> {
    doc.words_in(span)
        .find(|t| {
            matches!(
                t.tag,
                "d" | "p" | "c" | "u" | "r" | "vn" | "ad" | "m" | "q" | "b"
            )
        })
        .map(|t| t.start.max(span.start))
}

/// The first known place starting a word inside the name at `span` (after
/// its first character; `name` holds its characters and maybe more): where
/// it starts and how long it is.
fn place_inside(doc: &Document, name: &[char], span: Span) -> Option<(usize, usize)> {
    let len = span.end - span.start;
    (1..len).find_map(|k| {
        doc.is_word_start(span.start + k)
            .then(|| gazetteer::place_prefix(&name[k..len]))
            .flatten()
            .map(|(n, _)| (k, n))
    })
}

/// The first characters of [`WORD_JOINERS`]: [`joiner_at`] asks at every
/// character of a transport sentence, and most start none.
static JOINER_FIRST: LazyLock<CharSet> = LazyLock::new(|| {
    WORD_JOINERS
        .iter()
        .filter_map(|w| w.chars().next())
        .collect()
});

/// Whether `rest` starts with `word`.
fn starts_with(rest: &[char], word: &str) -> bool {
    let mut chars = rest.iter();
    word.chars().all(|c| chars.next() == Some(&c))
}

/// The joiner at `pos`, if one starts there: its length and whether it is
/// a dash.
fn joiner_at(chars: &[char], pos: usize) -> Option<(usize, bool)> {
    let rest = chars.get(pos..)?;
    match *rest.first()? {
        '-' | '~' => Some((1, true)),
        c if !JOINER_FIRST.contains(c) => None,
        _ => WORD_JOINERS
            .iter()
            .find(|w| starts_with(rest, w))
            .map(|w| (w.chars().count(), false)),
    }
}

/// True when a joiner ends right before `pos` (…至|池上, 經停|…).
fn joiner_ends_at(chars: &[char], pos: usize) -> bool {
    (1..=2).any(|n| pos >= n && joiner_at(chars, pos - n).is_some_and(|(len, _)| len == n))
}

/// A railway station's words after its place (中坜火车站, 台北车站).
const STATIONS: [&str; 2] = ["火车站", "车站"];

/// The length of a name at `from` of `widths` Han characters and then
/// `suffix` (江门高新港, 董家口港区, 美兰国际机场), with no joiner inside,
/// where `ends` holds just after the suffix; the shortest such name.
fn named_by_suffix(
    rest: &[char],
    from: usize,
    widths: RangeInclusive<usize>,
    suffix: &str,
    ends: impl Fn(usize) -> bool,
) -> Option<usize> {
    let suffix_len = suffix.chars().count();
    widths
        .into_iter()
        .find(|&k| {
            rest.get(from..from + k)
                .is_some_and(|w| w.iter().all(|&c| is_han(c)))
                && (0..k).all(|j| joiner_at(rest, from + j).is_none())
                && rest.get(from + k..).is_some_and(|r| starts_with(r, suffix))
                && ends(from + k + suffix_len)
        })
        .map(|k| k + suffix_len)
}

/// The stop starting at `i`: an optional country and a known place
/// (斯里兰卡科伦坡), a known place alone, or an unknown name of two to six
/// characters that jieba keeps as one word.
fn stop_at(doc: &Document, chars: &[char], base: usize, i: usize) -> Option<Stop> {
    let landmark = chars
        .get(i..)
        .and_then(|rest| landmark_len(doc, rest, base + i));
    stop_with_landmark(doc, chars, base, i, landmark)
}

/// [`stop_at`], given the landmark stop's length at `i` (from
/// [`landmark_len`]), for a caller that has it already.
fn stop_with_landmark(
    doc: &Document,
    chars: &[char],
    base: usize,
    i: usize,
    landmark: Option<usize>,
) -> Option<Stop> {
    // A stop lies inside its sentence: a joiner at the very end joins nothing.
    let rest = chars.get(i..).filter(|r| !r.is_empty())?;
    // 高铁台中站, 高铁苗栗站: a high-speed rail station named by its place.
    if starts_with(rest, "高铁")
        && let Some(station) = stop_at(doc, chars, base, i + 2)
            .filter(|s| s.known && s.country.is_none() && s.name.ends_with('站'))
    {
        let span = Span::new(base + i, station.span.end);
        return Some(Stop {
            span,
            name: doc.source(span).to_string(),
            ..station
        });
    }
    // 善化火車站—南科, 新營火車站—月津港: a county's bare name (a word to
    // jieba) before its station's word names the station.
    if let Some(n) = gazetteer::bare_place_prefix(rest).filter(|_| doc.is_word_start(base + i))
        && let Some(w) = STATIONS.iter().find(|w| starts_with(&rest[n..], w))
    {
        return Some(Stop {
            known: true,
            place_word: true,
            ..Stop::unknown_name(doc, Span::new(base + i, base + i + n + w.chars().count()))
        });
    }
    if let Some(len) = landmark {
        return Some(Stop {
            known: true,
            place_word: true,
            ..Stop::unknown_name(doc, Span::new(base + i, base + i + len))
        });
    }
    let (clen, country) = match gazetteer::country_prefix(rest) {
        Some((n, c)) => (n, Some(c)),
        None => (0, None),
    };
    // The place after the country prefix, or the place alone; take the longer.
    // (墨西哥拉萨罗卡德纳斯: a Chinese city, 拉萨, opens no name after a
    // foreign country.)
    let after_country = if clen > 0 {
        gazetteer::place_prefix(&rest[clen..])
            .filter(|(_, c)| c.is_some() || country == Some("中国"))
            .map(|(n, c)| (clen + n, clen, c))
    } else {
        None
    };
    let alone = gazetteer::place_prefix(rest).map(|(n, c)| (n, 0, c));
    let best = match (after_country, alone) {
        (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
        (a, b) => a.or(b),
    };
    // 广西南宁, 云南昆明: a province before its city is no part of the stop.
    let best = best.map(|(len, name_start, country)| {
        let province = doc.source(Span::new(base + i, base + i + len));
        match gazetteer::place_prefix(&rest[len..]) {
            Some((n, c)) if name_start == 0 && gazetteer::is_province(province) => {
                (len + n, len, c)
            }
            _ => (len, name_start, country),
        }
    });
    // 俄罗斯乌苏里斯克: a known name (乌苏) that opens a longer name jieba
    // reads whole is not the stop (济州岛 keeps its 岛 below; 上|海洋|山 is
    // 上海 and its port area 洋山, which jieba cut across).
    let best = best.filter(|&(len, _, _)| {
        let end = base + i + len;
        gazetteer::subplace_prefix(&rest[len..]).is_some()
            || doc.token_at(end - 1).is_none_or(|t| {
                t.end <= end
                    || t.end == end + 1 && rest.get(len).is_some_and(|c| TERMINAL_ENDS.contains(c))
                    || !(t.tag.starts_with("nr") || t.tag == "ns")
                    // (广州白云国际机场至…: jieba's one word for the city's
                    // airport, which the stop takes whole below.)
                    || doc.word(t).ends_with("机场")
            })
    });
    if let Some((mut len, name_start, city_country)) = best {
        // 宁波舟山港: two places joined into one port's name.
        if let Some((n, _)) = gazetteer::place_prefix(&rest[len..])
            && rest.get(len + n) == Some(&'港')
        {
            len += n;
        }
        // 广州南沙—, 北京大兴—, 深圳盐田港: a city and its district or port,
        // written as one stop. (Not a province's city: 广西钦州港 is 钦州港
        // in Guangxi.)
        let at = base + i + len;
        let city = doc.source(Span::new(base + i + name_start, at));
        if !rest.get(len).is_some_and(|c| TERMINAL_ENDS.contains(c))
            && !gazetteer::is_province(city)
        {
            if let Some(d) = doc.token_at(at).filter(|d| {
                let end = d.end - base - i;
                let width = d.end - d.start;
                // (广州南沙|港: jieba's 港 after the district.)
                let port = rest.get(end - 1) == Some(&'港') || rest.get(end) == Some(&'港');
                // The stop ends there: 中欧|班列 and 铁海|联运 are lines.
                // (多哈—北京大兴|航线: a district the gazetteer knows, before its line.)
                let ends = joiner_at(rest, end).is_some()
                    || rest
                        .get(end)
                        .is_none_or(|&c| matches!(c, '的' | '等') || !is_han(c))
                    || line_word_follows(rest, end) && gazetteer::is_cn_place(doc.word(d));
                // (成都天府|—, 重庆团结村|—: an airport or a station named by
                // a word after its city, before a dash.)
                let named_stop = (2..=3).contains(&width)
                    && matches!(d.tag, "n" | "nz")
                    && rest.get(end) == Some(&'-');
                // (台山公益|港至: a port named by its town, whatever jieba
                // tagged the town, before a joiner.)
                let town_port = width == 2
                    && d.tag.starts_with('n')
                    && rest.get(end) == Some(&'港')
                    && joiner_at(rest, end + 1).is_some();
                d.start == at
                    && (d.tag == "ns" && (2..=4).contains(&width) && (port || width <= 3 && ends)
                        || town_port
                        || named_stop)
            }) {
                len = d.end - base - i;
            } else if let Some(n) = gazetteer::subplace_prefix(&rest[len..]) {
                // 上海洋山: the gazetteer knows the port area, whatever jieba
                // made of it (上|海洋|山).
                len += n;
            }
        }
        let place_len = len;
        // 重庆市, 天津港, 成都站: the administrative or terminal suffix stays with the name.
        // (台北车站, 中坜火车站: and a station's longer word; 外埔渔港: a
        // fishing harbour; 江阴港区—台中港: a port area named by its place.)
        let len = match STATIONS
            .iter()
            .chain(&["渔港", "航空港区", "港区"])
            .find(|w| starts_with(&rest[len..], w))
        {
            Some(w) => len + w.chars().count(),
            None => len + usize::from(rest.get(len).is_some_and(|c| TERMINAL_ENDS.contains(c))),
        };
        // 雅安经吉隆口岸至加德满都: a border crossing the line passes, named
        // as such between joiners (not 经磨憨口岸进入中国).
        let len = if starts_with(&rest[len..], "口岸") && joiner_at(rest, len + 2).is_some() {
            len + 2
        } else {
            len
        };
        // 罗源湾—天津, 成都东—乐山, 西安北至峨眉山: a bay, or a railway
        // station named by its city's side; 江门高新港—香港: a port named by
        // a word after its city. Each is read up to the joiner or the line's
        // word after it.
        let stop_ends = |k: usize| joiner_at(rest, k).is_some() || line_word_follows(rest, k);
        let len = if len != place_len || city_country.is_some() {
            len
        } else if rest.get(len).is_some_and(|c| "湾东西南北".contains(*c))
            && (stop_ends(len + 1)
                // (杭黄高铁（杭州东—千岛湖—黄山北）: a station at the chain's
                // close.)
                || rest[len] != '湾'
                    && i > 0
                    && joiner_ends_at(chars, i)
                    && rest.get(len + 1).is_some_and(|c| ")”".contains(*c)))
        {
            len + 1
        } else {
            len + named_by_suffix(rest, len, 1..=3, "港", stop_ends).unwrap_or(0)
        };
        // 天长—南京港龙潭港区, 青岛港董家口港区: a port area after its port.
        let len = if rest[..len].ends_with(&['港']) {
            let ends = |k: usize| rest.get(k).is_none_or(|&c| !is_han(c) || stop_ends(k));
            len + named_by_suffix(rest, len, 2..=4, "港区", ends).unwrap_or(0)
        } else {
            len
        };
        // 甘南夏河机场—兰州, 海口美兰国际机场至日月湾: an airport named by its
        // place is the stop, up to the joiner (not across one: 成都|至|西安机场).
        let ends = |k: usize| {
            joiner_at(rest, k).is_some()
                || line_word_follows(rest, k)
                // (由中壢經青埔至桃園機場，全程…: the chain's end.)
                || rest.get(k).is_none_or(|c| ",;。".contains(*c))
        };
        let len = len + named_by_suffix(rest, len, 0..=6, "机场", ends).unwrap_or(0);
        let country = if name_start > 0 {
            // As written: 沙特阿拉伯利雅得 is in 沙特阿拉伯, not the short 沙特.
            let written = doc.source(Span::new(base + i, base + i + name_start));
            country
                .filter(|c| *c != "中国")
                .map(|_| written.to_string())
        } else {
            city_country
                .filter(|c| *c != "中国")
                // (雅加达 is in 印尼 in a text that writes 印尼.)
                .map(|c| doc.country_in_text(c))
        };
        return Some(Stop {
            span: Span::new(base + i, base + i + len),
            name: doc
                .source(Span::new(base + i + name_start, base + i + len))
                .to_string(),
            country,
            known: true,
            place_word: true,
            name_like: false,
        });
    }
    if clen > 0 {
        // 菲律宾宿雾, 墨西哥曼萨尼约: a city the gazetteer does not know, after a
        // country that says it is one. A country alone is a stop only when it
        // is also a city (新加坡), handled above. Transcribed names run long
        // (俄罗斯别洛戈尔斯克, 符拉迪沃斯托克).
        let mut len = unknown_city_len(&rest[clen..], MAX_TRANSCRIBED);
        let at = base + i + clen;
        if len > 5 && !transcribed(doc, &rest[clen..], Span::new(at, at + len)) {
            // 墨西哥曼萨尼约|两条外贸…: the name ends where a count starts.
            let count = doc
                .words_in(Span::new(at, at + len))
                .find(|t| matches!(t.tag, "m" | "q"))
                .map(|t| t.start);
            len = match count {
                Some(end)
                    if end - at >= 2 && transcribed(doc, &rest[clen..], Span::new(at, end)) =>
                {
                    end - at
                }
                _ => unknown_city_len(&rest[clen..], 5),
            };
        }
        // (韩国|无定期客运航班: a word of another kind opens no name.)
        if first_word_of_no_name(doc, Span::new(at, at + len)) == Some(at) {
            return None;
        }
        // 泰国狮航|曼谷往返桂林: a known place starting a word inside is the
        // stop (the words before it name something else).
        let name_span = Span::new(base + i + clen, base + i + clen + len);
        if place_inside(doc, &rest[clen..], name_span).is_some_and(|(k, n)| k + n == len) {
            return None;
        }
        // (越南火龙果经友谊关: a common noun jieba knows joins by a dash only,
        // as in 大连—韩国群山.)
        let at = base + i + clen;
        // (老挝鲜食|香蕉经磨憨: common nouns, however many.)
        let common_noun =
            doc.every_word(Span::new(at, at + len), |t, _| matches!(t.tag, "n" | "vn"));
        if len == 0 {
            return None;
        }
        // 德国库克斯港: the port's 港 stays with the name, as for a known place.
        let len = len
            + usize::from(
                rest.get(clen + len)
                    .is_some_and(|c| TERMINAL_ENDS.contains(c)),
            );
        let written = doc.source(Span::new(base + i, base + i + clen));
        return Some(Stop {
            span: Span::new(base + i, base + i + clen + len),
            name: doc
                .source(Span::new(base + i + clen, base + i + clen + len))
                .to_string(),
            country: country
                .filter(|c| *c != "中国")
                .map(|_| written.to_string()),
            known: true,
            place_word: !common_noun,
            name_like: false,
        });
    }
    // 保障开化—衢州—宁波舟山港, 中欧班列（即墨—莫斯科）, 即墨至越南河内:
    // a county's bare name, which is also a word, is a place joined to a
    // known one where a joiner or the line's word stands next to it.
    if let Some(n) = gazetteer::bare_place_prefix(rest).filter(|&n| {
        doc.is_word_start(base + i)
            && doc.is_word_end(base + i + n)
            && (joiner_at(rest, n).is_some()
                || line_word_follows(rest, n)
                // (關山至池上、…: after a joiner, at a word's end; not
                // …—八里左岸, a name's first word.)
                || joiner_ends_at(chars, i) && rest.get(n).is_none_or(|&c| !is_han(c)))
    }) {
        return Some(Stop {
            known: false,
            place_word: true,
            name_like: false,
            ..Stop::unknown_name(doc, Span::new(base + i, base + i + n))
        });
    }
    // An unknown place: one word of 2–6 Han characters (not a bare 机场 or
    // 码头, which names no place).
    let tok = doc.token_at(base + i)?;
    if matches!(
        doc.word(tok),
        "机场" | "港口" | "码头" | "车站" | "火车站" | "港区"
    ) {
        return None;
    }
    let len = tok.end - tok.start;
    let han = rest.iter().take(len).all(|&c| is_han(c));
    // 招银|港区—菲律宾马尼拉 (jieba: 招银 an abbreviation): a port area named
    // by its place, before a joiner.
    let port_area = rest.get(len..).is_some_and(|r| starts_with(r, "港区"))
        && joiner_at(rest, len + 2).is_some();
    if tok.start != base + i
        || len > rest.len()
        || !(2..=6).contains(&len)
        || !han
        || !(tok.tag.starts_with('n') || tok.tag == "j" && port_area)
    {
        return None;
    }
    if port_area {
        return Some(Stop::unknown_name(doc, Span::new(tok.start, tok.end + 2)));
    }
    // 新竹站—生医|园区—竹北: a common noun inside a longer phrase, glued to
    // a noun before or after it, is no place's name.
    if tok.tag == "n" {
        let glued_after = doc.token_at(tok.end).is_some_and(|n| {
            n.start == tok.end
                && super::is_nominal(n.tag)
                && doc.word(n).chars().all(is_han)
                && !AFTER_PLACE.iter().any(|w| doc.word(n).starts_with(w))
        });
        let glued_before = tok
            .start
            .checked_sub(1)
            .and_then(|p| doc.token_at(p))
            .is_some_and(|p| p.end == tok.start && p.tag == "n" && doc.word(p).chars().all(is_han));
        if glued_after || glued_before {
            return None;
        }
    }
    // 喀什—伊尔克什坦—…: jieba cut the unknown name (伊尔|克什|坦); a name
    // word runs on to the next joiner, over no known place (not 新开通|南宁).
    let stretch = unknown_city_len(rest, 5);
    // (虎林—吉祥口岸—马尔科|沃|国际道路…: or over name syllables alone, to
    // the words that end a place.)
    let runs_on = stretch > len
        && stretch <= 6
        && matches!(tok.tag, "nr" | "nrt" | "ns")
        && (joiner_at(chars, i + stretch).is_some()
            || doc
                .words_in(Span::new(tok.end, tok.start + stretch))
                .all(|t| t.tag.starts_with("nr")))
        && (len..stretch).all(|k| gazetteer::place_prefix(&rest[k..stretch]).is_none())
        // (家具从南康|装车|至厦门港: a common word jieba knows is no syllable.)
        && doc
            .words_in(Span::new(tok.end, tok.start + stretch))
            .all(|t| t.end - t.start < 2 || !matches!(t.tag, "n" | "v" | "vn"));
    let len = if runs_on { stretch } else { len };
    // 石湖|港|—新加坡: a port's 港, cut off its unknown name, stays with it
    // before a joiner, as it does with a known place.
    let len = len
        + usize::from(
            rest.get(len).is_some_and(|c| TERMINAL_ENDS.contains(c))
                && joiner_at(rest, len + 1).is_some(),
        );
    let span = Span::new(tok.start, tok.start + len);
    Some(Stop {
        span,
        name: doc.source(span).to_string(),
        country: None,
        known: false,
        place_word: tok.tag == "ns"
            && !gazetteer::is_region(doc.norm(Span::new(tok.start, tok.end))),
        name_like: tok.tag.starts_with("nr") || len >= 3 && rest[len - 1] == '港',
    })
}

/// What ends the name of a station, pier or landmark a local line serves.
const LANDMARKS: &[&str] = &[
    "站",
    "码头",
    "糖厂",
    "体育场",
    "体育馆",
    "公所",
    "宫",
    "老街",
    "广场",
    "夜市",
    "园区",
    "副都心",
    // 元朗至深圳灣口岸, 大漢溪河濱公園, 湖口工業區, 大埔工業邨, 南山科技園,
    // 沙田市中心: crossings, parks, estates and town centres.
    "口岸",
    "公园",
    "工业区",
    "工业邨",
    "科技园",
    "市中心",
    // 通霄車站至通霄海水浴場: a beach.
    "浴场",
    // 成都国际铁路港—莫斯科, 西安国际陆港—: an inland port.
    "铁路港",
    "陆港",
    // 後龍火車站至外埔漁港, …經廟東夜市至大坑風景區, 豐原轉運中心—: a
    // fishing harbour, a scenic area and a bus hub.
    "渔港",
    "风景区",
    "转运中心",
    // 鳳林—光復—馬太鞍濕地: a wetland park.
    "湿地",
    // 后里火車站至中社花市, …抵達大湖酒莊, 阿里山—溪頭森林遊樂區: flower
    // markets, wineries, ranches and farms, scenic and resort areas.
    "花市",
    "酒庄",
    "马场",
    "林场",
    "农场",
    "牧场",
    "景区",
    "游乐区",
    "度假区",
    "会场",
    "灯塔",
    "花园",
    "仙境",
    "古城",
    // 桂林北站—龙胜县城—平安寨, 屏南县城—双溪古镇, 福州站至熙岭乡龙潭村,
    // …—龙脊梯田, …—茂林遊客中心, …—三春村活動中心, 日喀则至珠峰大本营:
    // county seats, villages, old towns, terraces, visitor and community
    // centres, base camps.
    "县城",
    "寨",
    "村",
    "古镇",
    "梯田",
    "游客中心",
    "活动中心",
    "大本营",
    "隧道",
    "教堂",
];

/// The last characters of [`LANDMARKS`]: a name ending in none of them
/// ends in no landmark.
static LANDMARK_ENDS: LazyLock<CharSet> =
    LazyLock::new(|| LANDMARKS.iter().filter_map(|w| w.chars().last()).collect());

/// True when a numeral stands right before character `pos` (the 15 of 15日).
fn after_numeral(doc: &Document, pos: usize) -> bool {
    pos > 0
        && doc
            .chars(Span::new(pos - 1, pos))
            .first()
            .is_some_and(|&c| numeral::is_numeral_char(c))
}

/// Verbs that open or add a line, in whatever word jieba made of them
/// (新开通).
const OPENING_VERBS: &[&str] = &["开通", "开行", "开设", "开辟", "新增", "增开", "推出"];

/// The length of a station, pier or landmark named at the start of `rest`
/// (at character `at` of the document) that a shuttle or ferry line joins:
/// 大甲火车站—镇澜宫—大甲体育场, 高铁云林站—虎尾糖厂, 荃湾码头—马湾—中环.
/// Its words run from a word start to one of [`LANDMARKS`] (three to eight
/// characters), right before a joiner or the line's word, or before the
/// quote or bracket that closes the chain (「大甲火車站—鎮瀾宮—大甲體育場」).
fn landmark_len(doc: &Document, rest: &[char], at: usize) -> Option<usize> {
    // (越南老街: a city after its country, not an old street.)
    if !doc.is_word_start(at) || gazetteer::country_prefix(rest).is_some() {
        return None;
    }
    (3..=8.min(rest.len())).find(|&k| {
        let name = &rest[..k];
        // (The cheap tests first: this runs at every character a stop may
        // start at.)
        if !LANDMARK_ENDS.contains(name[k - 1])
            || !doc.is_word_end(at + k)
            || !name.iter().all(|&c| is_han(c))
        {
            return false;
        }
        // (…—深圳灣口岸」, 元朗至深圳灣口岸，, …新竹高鐵站及…: the chain's
        // last stop; a first stop needs a joiner after it all the same.)
        // (…—湖口火車站兩條接駁路線: a count of the lines after them;
        // …至澳门外港码头的高速客船航线: the 的 of what the line is.)
        let closed = rest.get(k).is_none_or(|&c| {
            matches!(c, '”' | '"' | ')' | '及' | '和' | '与' | '的') || !charset::is_alphanumeric(c)
        }) || rest.get(k).is_some_and(|&c| numeral::is_numeral_char(c))
            && rest.get(k + 1) == Some(&'条');
        let Some(suffix) = LANDMARKS.iter().find_map(|w| {
            // The landmark's length if `name` ends with it, after two
            // characters at least of its own.
            let mut n = 0;
            let mut ends = name.iter().rev();
            for c in w.chars().rev() {
                (ends.next() == Some(&c)).then_some(())?;
                n += 1;
            }
            (n + 1 < k).then_some(n)
        }) else {
            return false;
        };
        // (善化|火車站—: a station's bare word names no station.)
        let generic = matches!(
            name,
            ['火', '车', '站'] | ['汽', '车', '站'] | ['高', '铁', '站'] | ['客', '运', '站']
        );
        !generic
            // (豐原轉運中心|經廟|東夜市: nor a joiner jieba glued to it.)
            && (0..k).all(|j| joiner_at(rest, j).is_none())
            // (開行|高鐵雲林站, 新增|荃灣碼頭, 路線自|羅東轉運站: a verb or
            // a preposition is no part of a name, but 智慧|製造|園區 is one
            // made by a verb right before its suffix, and 雲林|站 ends with
            // one, to jieba. 3月15日|新開通|橫琴口岸: nor a date or a
            // verb that opens a line.)
            && doc.every_word(Span::new(at, at + k), |t, w| {
                let date = matches!(w, "日" | "月" | "年") && after_numeral(doc, t.start);
                let opens = OPENING_VERBS.iter().any(|v| w.contains(v));
                // (X8017次|成都国际铁路港: a train's measure opens no name,
                // but 臺 of （臺中高鐵站 does.)
                let measure = t.start == at && t.tag == "q" && after_numeral(doc, at);
                // (莿桐—虎尾|兩條|鄉村|公車: rural, no village.)
                let rural = matches!(w, "乡村" | "农村");
                !t.tag.starts_with(['p', 'd', 'c', 'r', 'u'])
                    && !rural
                    && !measure
                    && !date
                    && !opens
                    && (!t.tag.starts_with('v')
                        || t.start > at && (t.end + suffix == at + k || t.end == at + k)
                        // (豐原|轉運|中心: or one inside the suffix.)
                        || t.start > at && t.start + suffix >= at + k)
            })
            && (joiner_at(rest, k).is_some() || line_word_follows(rest, k) || closed)
    })
}

/// True when `rest` opens with a zone that the places before it name
/// (磨憨—磨丁|经济合作区, 中哈霍尔果斯|国际边境合作中心).
fn names_zone(rest: &[char]) -> bool {
    let text: String = rest.iter().take(10).collect();
    let mut rest = text.as_str();
    while let Some(m) = ["跨境", "边境", "国际", "经济"]
        .iter()
        .find(|m| rest.starts_with(*m))
    {
        rest = &rest[m.len()..];
    }
    super::ZONES.iter().any(|w| rest.starts_with(w))
}

/// Words that name a line right after its chain (海拉尔至伊尔库茨克|国际客运
/// 航线, 日喀则至吉隆|铁路).
const LINE_WORDS: &[&str] = &[
    "航线",
    "铁路",
    "班列",
    "航班",
    "线路",
    "专线",
    "快线",
    "班轮",
    "包机",
    // (铜川—西安咸阳国际机场|旅游直通车, 林口—桃园机场|沿线: a bus line and
    // the way along one.)
    "直通车",
    // (寿宁至福州长乐国际机场旅游直通巴士.)
    "直通巴士",
    "班车",
    "巴士",
    "沿线",
    // (大甲火车站—镇澜宫—大甲体育场接驳专车, …观光公车, …渡轮航线.)
    "接驳",
    "公车",
    "专车",
    "渡轮",
    "路线",
    "列车",
    "专列",
    // (尤溪经停永泰至福州南的动车.)
    "动车",
    // (行駛臺北—池上區間: the stretch a train runs.)
    "区间",
];

/// Words that may stand between a chain and its line word.
const LINE_MODIFIERS: &[&str] = &[
    "的",
    "国际",
    "客运",
    "货运",
    "外贸",
    "集装箱",
    "直航",
    "旅游",
    "跨境",
    "定期",
    "冷链",
    "观光",
    "通勤",
    // 即墨海铁联运班列, 至越南河内的跨境公路运输线路.
    "海铁联运",
    "铁海联运",
    "公铁联运",
    "多式联运",
    // 蒙自—建水城际铁路.
    "城际",
    "公路运输",
    "公路",
    // 高雄—新加坡冷鏈海運航線.
    "海运",
];

/// True when a line word follows position `pos` of `chars`, maybe after
/// modifiers (国际客运航线, 的外贸集装箱航线; not 王建国至北京|出差乘坐航班).
fn line_word_follows(chars: &[char], pos: usize) -> bool {
    let tail: String = chars.iter().skip(pos).take(12).collect();
    let mut rest = tail.as_str();
    while let Some(m) = LINE_MODIFIERS.iter().find(|m| rest.starts_with(*m)) {
        rest = &rest[m.len()..];
    }
    LINE_WORDS.iter().any(|w| rest.starts_with(w))
}

const RAIL: &[&str] = &[
    "班列",
    "铁路",
    "列车",
    "动车",
    "高铁",
    "火车",
    "海铁",
    "专列",
    // 捷運橘線（西子灣—大寮）: a metro (see [`METRO`]).
    "捷运",
    "地铁",
    "轻轨",
    "轨道交通",
    // 溪湖—濁水—溪州觀光鐵道路線: Taiwan's railway.
    "铁道",
];
/// A metro's words, which name a line's mode only in the line's own clause.
const METRO: &[&str] = &["捷运", "地铁", "轻轨", "轨道交通"];
const SEA: &[&str] = &[
    "海运",
    "班轮",
    "集装箱航线",
    "集装箱快线",
    "航运",
    "港口",
    "船",
    "远洋",
    "码头",
    "泊位",
    "海上",
    "客滚",
    "滚装",
    "海陆",
    // 往返于宜昌—巫山—奉节—重庆的国际游轮: river and sea cruises.
    "游轮",
    "邮轮",
    "内支线",
    // 江海联运航线: river and sea, sailed (not 江海 in 牡丹江海关).
    "江海联运",
    // 冷藏货柜航线 (Taiwan's 货柜: containers).
    "货柜",
    // 客货轮航线: a line sailed by ships.
    "客货轮",
    "货轮",
    "客轮",
    "渡轮",
    "轮渡",
    "街渡",
    // 朝霧碼頭—玄光寺碼頭接駁航線: a shuttle boat (not 接驳 alone, a bus);
    // 興達港—旗津藍色公路: Taiwan's boat lines.
    "接驳航线",
    "蓝色公路",
];

const AIR: &[&str] = &[
    "航班",
    "直飞",
    "空中",
    "机场",
    "航空",
    "客机",
    "货机",
    "全货运",
    "飞往",
    "执飞",
    "通航",
    "包机",
];
const ROAD: &[&str] = &[
    "公路",
    "道路",
    "班车",
    // 东宁—乌苏里斯克国际客运班线: a coach line.
    "班线",
    "巴士",
    "大巴",
    "卡车",
    "重卡",
    "客车",
    "直通车",
    "自驾",
    // 观光接驳专线, 接驳公车: a shuttle (公车, Taiwan's bus).
    "接驳",
    "公车",
    // 丽水至景宁城际公交: a bus (城际 alone is a rail word).
    "公交",
    // 臺北往返礁溪的國道客運: a coach on the motorway.
    "国道客运",
    "长途客运",
    // 台灣好行阿里山線: Taiwan's tourist buses.
    "台湾好行",
    // 冷链货车, 冷藏车 (lorries) and 假日專車 (a coach for the day).
    "货车",
    "冷藏车",
    "专车",
];
/// Words several modes use: 航线 is flown and sailed, 线路 is anything.
const SHARED: &[&str] = &["航线", "首航", "港", "线路", "快线", "专线"];

/// The cue lists and the mode each names (`None`: shared).
const CUES: [(&[&str], Option<Mode>); 5] = [
    (RAIL, Some(Mode::Rail)),
    (SEA, Some(Mode::Sea)),
    (AIR, Some(Mode::Air)),
    (ROAD, Some(Mode::Road)),
    (SHARED, None),
];

/// Every cue word with its mode, in the order of [`CUES`], and one automaton
/// over them (pattern `i` is word `i`): one pass over a text finds them all.
struct CueWords {
    words: Vec<(&'static str, Option<Mode>)>,
    automaton: AhoCorasick,
}

static CUE_WORDS: LazyLock<CueWords> = LazyLock::new(|| {
    let words: Vec<(&'static str, Option<Mode>)> = CUES
        .iter()
        .flat_map(|(words, mode)| words.iter().map(move |w| (*w, *mode)))
        .collect();
    let automaton = AhoCorasick::new(words.iter().map(|(w, _)| w)).expect("mode cue automaton");
    CueWords { words, automaton }
});

/// Every occurrence of a cue word in `text`: (start, word, mode).
fn cue_matches(text: &str) -> impl Iterator<Item = (usize, &'static str, Option<Mode>)> + '_ {
    CUE_WORDS
        .automaton
        .find_overlapping_iter(text)
        // (日南火车站—大甲区公所接驳路线, 高铁云林站—…: a station names where
        // a shuttle stops, not the train it runs on.)
        .map(|m| {
            let (word, mode) = CUE_WORDS.words[m.pattern().as_usize()];
            (m.start(), word, mode, m.end())
        })
        // (高铁台中站: the station of a place, too.)
        .filter(|&(_, word, _, end)| {
            !((matches!(word, "火车" | "高铁" | "动车") || METRO.contains(&word))
                && text[end..]
                    .chars()
                    .take(4)
                    .take_while(|&c| is_han(c))
                    .any(|c| c == '站'))
        })
        .map(|(start, word, mode, _)| (start, word, mode))
}

/// A cue word found in a text: where it first occurs, the word, its mode.
type Cue = (usize, &'static str, Option<Mode>);

/// The first occurrence of every cue word in `text`, in the order of
/// [`CUES`] (so ties between words at one position go to the earlier list).
fn cues_in(text: &str) -> Vec<Cue> {
    let mut found: Vec<Cue> = Vec::new();
    for cue in cue_matches(text) {
        if !found.iter().any(|c| c.1 == cue.1) {
            found.push(cue);
        }
    }
    let order = |word: &str| CUE_WORDS.words.iter().position(|(w, _)| *w == word);
    found.sort_by_key(|c| order(c.1));
    found
}

/// The mode of a chain: the cue word nearest to it in its own clause (after
/// it, then before it), else in its sentence. A shared word is resolved by
/// what the whole article is about.
fn mode(doc: &Document, article: &OnceCell<ArticleModes>, sentence: Span, chain: Span) -> Mode {
    let article = || article.get_or_init(|| ArticleModes::of(doc));
    let (before, after) = clause_around(doc, sentence, chain);
    let whole = doc.norm(sentence);
    let (in_before, in_after) = (cues_in(before), cues_in(after));
    let in_whole = OnceCell::new();
    // (為串聯茶鄉與捷運，…觀光巴士，路線為捷運新店站—碧潭: a metro names
    // the line only in the chain's own clause; buses meet it elsewhere.)
    let in_whole = || {
        in_whole.get_or_init(|| {
            let mut found = cues_in(whole);
            found.retain(|c| !METRO.contains(&c.1));
            found
        })
    };
    let nearest = in_after
        .iter()
        .min_by_key(|c| c.0)
        .or_else(|| in_before.iter().max_by_key(|c| c.0 + c.1.len()))
        .or_else(|| in_whole().iter().min_by_key(|c| c.0))
        .copied();
    // A shared word defers to a mode-specific word anywhere in the clause,
    // then in the sentence (航线正式首航，每周执飞7班).
    // (开通榆林至阿拉木图国际货运航线，并开行…班列: a 航线 is flown or
    // sailed, whatever another line of the sentence runs on.)
    let by_water_or_air = nearest.is_some_and(|c| matches!(c.1, "航线" | "首航"));
    let specific = |found: &[Cue]| {
        found
            .iter()
            .filter(|c| {
                c.2.is_some_and(|m| !by_water_or_air || matches!(m, Mode::Air | Mode::Sea))
            })
            .min_by_key(|c| c.0)
            .and_then(|c| c.2)
    };
    let nearest = match nearest {
        Some((_, _, None)) => specific(&in_after)
            .or_else(|| specific(&in_before))
            .or_else(|| specific(in_whole()))
            .map(|m| (0, "", Some(m)))
            .or(nearest),
        other => other,
    };
    match nearest {
        None => Mode::Unknown,
        Some((_, _, Some(m))) => m,
        Some((_, "航线" | "首航", None)) => {
            if article().sea > article().air {
                Mode::Sea
            } else {
                Mode::Air
            }
        }
        Some((_, "港", None)) => Mode::Sea,
        Some(_) => article().dominant(),
    }
}

/// How often the whole article names each mode: counted once per article,
/// on first need (most articles never need it).
struct ArticleModes {
    rail: usize,
    sea: usize,
    air: usize,
    road: usize,
}

impl ArticleModes {
    fn of(doc: &Document) -> ArticleModes {
        let mut counts = ArticleModes {
            rail: 0,
            sea: 0,
            air: 0,
            road: 0,
        };
        for (_, _, mode) in cue_matches(&doc.norm) {
            match mode {
                Some(Mode::Rail) => counts.rail += 1,
                Some(Mode::Sea) => counts.sea += 1,
                Some(Mode::Air) => counts.air += 1,
                Some(Mode::Road) => counts.road += 1,
                _ => {}
            }
        }
        counts
    }

    /// The mode named most often (ties: unknown).
    fn dominant(&self) -> Mode {
        let mut counts = [
            (self.rail, Mode::Rail),
            (self.sea, Mode::Sea),
            (self.air, Mode::Air),
            (self.road, Mode::Road),
        ];
        counts.sort_by_key(|c| std::cmp::Reverse(c.0));
        if counts[0].0 > 0 && counts[0].0 > counts[1].0 {
            counts[0].1
        } else {
            Mode::Unknown
        }
    }
}

const PLANNED: &[&str] = &[
    "将于",
    "将在",
    "将开",
    "计划",
    // 計畫於…開闢: Taiwan's spelling, simplified as written.
    "计画",
    "规划",
    "拟",
    "即将",
    "有望",
    "可望",
    "预计",
    "筹备",
    "筹建",
    "筹划",
    "谋划",
    "力争",
    "争取",
    "推动",
    "推进",
    "研究推出",
    "研究开通",
    "研究开辟",
    // 已向民航局申请花莲—大阪定期航班: applied for, not yet flown.
    "申请",
    // 研议开辟 (Taiwan: to deliberate), 于明年开行: a future line.
    "研议",
    "明年",
];

/// Verbs that open a line.
const OPENING: &[&str] = &[
    "开通",
    "开行",
    "首航",
    "首发",
    "首飞",
    "通航",
    "启航",
    "开航",
    "正式运营",
    "投运",
    "复航",
    "新开",
    "开辟",
    // 本季新推出的基隆经宫古岛至鹿儿岛航线: a line launched.
    "新推出",
    // 新闢屏東—恆春觀光接駁專車: Taiwan's word for a new line.
    "新辟",
    // 「…」免費接駁公車已於8月1日正式營運: Taiwan's start of service.
    "正式营运",
    // 蒙自还将试运行“蒙自—老街—河内”冷链班列: a trial run.
    "试运行",
    // 自4月1日起將試辦「…」需求反應式公車: a trial service.
    "试办",
    // 专列从徐州淮海国际陆港鸣笛启程, 班列从格尔木始发: a first run's
    // departure.
    "鸣笛",
    "启程",
    "始发",
    // 货车在隆阳区鸣笛发车 (but 每日发车 is a running line).
    "发车",
    // 埔里—日月潭观光接驳专线正式通车.
    "通车",
];

/// Words of a line's first run (首趟…班列).
const FIRST_RUNS: &[&str] = &["首趟", "首班", "首列", "首发", "首航", "首飞"];

/// Words that describe a line already running: how often it runs, how
/// much it has carried, that it has been (已) opened.
static EXISTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &r"累计开[行通]|已[^,;。]{0,3}(?:开通|开行|运营|营运|实现|恢复|运行)|现有|现行|既有|常态化|(?:EVERY)[^,;。]{0,8}(?:开行|运营|运行|执飞|执行|往返|航次|趟|班|发车|出发|对开)|全年开行|共有[0-9一二两三四五六七八九十]+条|开行(?:量|[0-9])|加密|增班|(?:新增|增设|增加)[^,;。]{0,6}(?:班次|加班|航次)|依托|目前(?:运行|运营|开行)|(?:运营|运行|营运)以来|持续运营|日均客流|载客量|(?:完成|实现)[^,;。]{0,6}(?:发送量|运量|运输量)|正在运营|运营中|运行平稳|运营平稳|平稳运行|稳定运行|稳定运营|运往|现运营|发运|运抵|运送|往返运行|运输集装箱|乘坐|搭乘|由[^,;。]{0,6}增至"
            // (定期航班, 定期航线: scheduled, a kind of line, not how often.)
            .replace("EVERY", &EVERY.join("|").replace("定期", "定期[^航]")),
    )
    .expect("existing pattern")
});

/// A line's opening or service to come: 将开设, 将于12月1日起投入服务 (any
/// of [`OPENING`], or a start of service).
static WILL_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"将[^,;。]{{0,10}}(?:{}|开设|开办|{})",
        OPENING.join("|"),
        SERVICE.join("|")
    ))
    .expect("will-open pattern")
});

/// A start expected on a date (预计5月3日起行驶).
static STARTS_LATER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"预计[^,;。]{0,10}起").expect("starts-later pattern"));

/// Words of a line's start of service (投入运营, 启用), which a plan may
/// announce as it announces an opening.
const SERVICE: &[&str] = &[
    "投入服务",
    "投入运营",
    "投入营运",
    "投入使用",
    "启用",
    // (將自4月1日起正式營運: Taiwan's start of service.)
    "正式营运",
    "正式运营",
];

/// Words that tell how a line has run since it opened (累计, 目前, 截至9月底).
static RUNNING_SINCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"累计|目前|截至|至今|已实现").expect("running-since pattern"));

/// Words that tell who runs a line or how well it does (航线由…营运, 客座率
/// 常年保持在85%以上, 线路保持稳定高频开行): the line runs, unless its clause
/// or the next tells of its opening (…由以星航运运营，于4月下旬首航).
static RUN_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:保持|维持)[^,;。]{0,6}(?:开行|运行|运营)|由[^,;。]{1,10}(?:运营|营运|执飞|承运)(?:[^的]|$)|客座率|载客率|上座率")
        .expect("running pattern")
});

/// The words that open how often a line runs (每周一班, 每日往返), in
/// [`EXISTING`].
const EVERY: &[&str] = &["每周", "每日", "每天", "每月", "天天", "固定", "定期"];

/// Words that tell of a line's opening, and nothing else (开行 also tells
/// how often a line runs).
const NEWS: &[&str] = &[
    "开通", "新开", "开辟", "首航", "首发", "首飞", "首趟", "首班", "首列",
];

/// A line named as the means goods travel by is running: 依靠中欧班列
/// （银川—汉堡）, 借助郑州至列日的…航线, 多经宁波—圣彼得堡海运航线出运.
static USED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:多经|经由|通过|透过|依靠|借助|利用)(?:[^,;。]{0,8}(?:班列|航线|专线))?[（(“]?$")
        .expect("used pattern")
});

/// 经 (by way of) or 循/沿 (along) right before a chain, or before an
/// earlier chain of its list: 经“饶平—厦门港—…”海运线路, 经钦州港—越南海防、…
/// (not 洋浦经新加坡至…航线、, a list of lines whose first has a stop
/// after 经).
static SHIPPED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:经|循|沿)[“"「(]?(?:[^,;。、至线列]{2,24}、)?$"#).expect("shipped-by pattern")
});

/// What ends a clause in the matching view (full-width punctuation is
/// folded to ASCII there).
const CLAUSE_BREAKS: [char; 4] = [',', ';', ':', '。'];

/// The clause around the chain: from the last clause break before it to the
/// first one after it (、 and 和 join chains inside one clause).
fn clause_around(doc: &Document, sentence: Span, chain: Span) -> (&str, &str) {
    let all_before = doc.norm(Span::new(sentence.start, chain.start));
    let after = doc.norm(Span::new(chain.end, sentence.end));
    let breaks = CLAUSE_BREAKS;
    let mut clauses = all_before.rsplit(breaks);
    let own = clauses.next().unwrap_or(all_before);
    let own_start = all_before.len() - own.len();
    let head = &all_before[..own_start];
    // 首期開通兩條路線：玉井—楠西…, …將試辦「…」公車，路線為花壇—…: a chain
    // listed after a colon, or given as the route of a line named in the
    // clause before, is told of by that clause too, when it opens or plans
    // the line (not 由員林客運營運的「…線」，路線為…: who runs it).
    let lead_in = own.is_empty() && head.ends_with(':')
        || matches!(own, "路线为" | "路线是" | "线路为" | "路线") && head.ends_with([',', ':']);
    let tells = |c: &str| c.contains('将') || OPENING.iter().chain(PLANNED).any(|w| c.contains(w));
    let before = match clauses.next() {
        Some(previous) if lead_in && tells(previous) => {
            &all_before[own_start - 1 - previous.len()..]
        }
        _ => own,
    };
    let after = after.split(breaks).next().unwrap_or(after);
    (before, after)
}

/// Opened, planned or existing, from the chain's own clause: an opening verb
/// before the chain decides (unless planned or 已 nearby, or attributive
/// 开行的), then a plan, then words of a running line, then an opening verb
/// after the chain.
fn status(doc: &Document, sentence: Span, chain: Span) -> Status {
    let (before, after) = clause_around(doc, sentence, chain);
    let breaks = CLAUSE_BREAKS;
    let last = |cues: &[&str], text: &str| {
        cues.iter()
            .filter_map(|c| text.rfind(c).map(|i| i + c.len()))
            .max()
    };
    // 经中老铁路开行的南宁—万象班列: an attributive verb right before the
    // chain says nothing of when, unless the line is new (新开通的).
    // (1月开通的福州—…航线, 今年开行的: a date makes it news of the opening.)
    let attributive = |v: usize| {
        let verb = OPENING
            .iter()
            .filter(|c| before[..v].ends_with(*c))
            .map(|c| c.len())
            .max()
            .unwrap_or(0);
        let pre = &before[..v - verb];
        let dated = pre.ends_with(['月', '日'])
            || ["今年", "近日", "日前", "年初", "上月", "本月"]
                .iter()
                .any(|d| pre.ends_with(d));
        before[v..] == *"的"
            && !dated
            && !["新开通", "新开", "新推出", "首"]
                .iter()
                .any(|n| before[..v].contains(n))
    };
    if let Some(v) = last(OPENING, before)
        && !attributive(v)
    {
        let lead = &before[..v];
        let near: String = {
            let rev: Vec<char> = lead.chars().rev().take(18).collect();
            rev.into_iter().rev().collect()
        };
        // 将联合…新开: a bare 将 ("will") near the verb plans it too.
        if PLANNED.iter().any(|p| near.contains(p)) || near.contains('将') {
            return Status::Planned;
        }
        // 泰方计划投资…，并开通勐腊至曼谷的…线路: a clause that 并 joins to
        // the one before shares its plan.
        if lead.starts_with('并') {
            let earlier = doc.norm(Span::new(sentence.start, chain.start));
            let earlier = &earlier[..earlier.len() - before.len()];
            let previous = earlier
                .trim_end_matches(breaks)
                .rsplit(breaks)
                .next()
                .unwrap_or("");
            if PLANNED.iter().any(|p| previous.contains(p)) || previous.contains('将') {
                return Status::Planned;
            }
        }
        if EXISTING.is_match(lead) && !lead.contains("开通了") {
            return Status::Existing;
        }
        // 新闢「員林轉運站—溪湖糖廠」觀光接駁公車，將自4月1日起正式營運: an
        // opening whose service is still to come, in a clause after (新闢
        // 「…」巡迴公車路線，全長約18.5公里，沿途設置站牌14處，將於12月1日
        // 起正式營運: up to three clauses on).
        // (Not …两条航线，“敦煌号”旅游专列也将于10月起开行…: another line's.)
        if service_to_come(doc, sentence, chain) {
            return Status::Planned;
        }
        // 今年1月开通的运城—阿拉木图班列，截至9月底已累计开行46列: a line
        // opened on a date and told of as running since exists.
        // (今年3月开行的中亚班列（阿拉尔—塔什干）已实现…常态化运行: the line's
        // name in brackets after the verb too.)
        let named_after = before[v..].strip_prefix("的").is_some_and(|rest| {
            rest.is_empty() || rest.ends_with('(') && rest.chars().count() <= 12
        });
        if named_after && RUNNING_SINCE.is_match(&next_clause(doc, sentence, chain)) {
            return Status::Existing;
        }
        return Status::Opened;
    }
    // A line that runs (加密, 已实现常态化运营) exists, even when the clause
    // also has a plan for it.
    let clause = format!("{before}|{after}");
    // (首趟…班列运送货物: what the first run carries is news of the opening;
    // 自2023年首发以来 is not.)
    let first_run = FIRST_RUNS.iter().any(|f| {
        clause
            .match_indices(f)
            .any(|(i, _)| !clause[i + f.len()..].starts_with("以来"))
    });
    // 主要经天津港—沙特达曼航线出运, 货物经钦州港—越南海防、钦州港—…等集装箱
    // 航线转运: goods sent by way of a line the clause names.
    // (这趟班列将沿“内江—…”线路运行: a run to come is no sign; 首批货车
    // …，经保山—猴桥…专线出境: nor a first run's way.)
    let whole = doc.norm(sentence);
    let tells_of_opening = || OPENING.iter().chain(FIRST_RUNS).any(|o| whole.contains(o));
    let shipped_by = SHIPPED_BY.is_match(before)
        && !before.contains('将')
        && LINE_WORDS.iter().any(|w| after.contains(w))
        && !tells_of_opening()
        && !NEWS.iter().chain(&["首批"]).any(|n| whole.contains(n));
    if (EXISTING.is_match(&clause) || USED.is_match(before) || shipped_by) && !first_run {
        return Status::Existing;
    }
    if PLANNED.iter().any(|p| clause.contains(p)) {
        return Status::Planned;
    }
    // (Not in a sentence that details the news of the one before: 其中，…航线
    // 由…执飞.)
    let next_clause = next_clause(doc, sentence, chain);
    if RUN_BY.is_match(&format!("{before}|{next_clause}"))
        && !NEWS
            .iter()
            .chain(FIRST_RUNS)
            .chain(&["通航", "复航", "恢复", "启航", "开航"])
            .any(|n| next_clause.contains(n) || before.contains(n))
        && !details_news_before(doc, sentence)
    {
        return Status::Existing;
    }
    // (首趟乌海至…专列从乌海西站发出，…预计运行12天: a first run in the
    // clause, which plans nothing, is the news whatever the sentence expects.)
    if first_run {
        return Status::Opened;
    }
    // (…两条航线将陆续复航: a bare 将 before the verb plans it.)
    if let Some(verb) = OPENING
        .iter()
        .chain(&["恢复"])
        .filter_map(|o| {
            after
                .find(o)
                .filter(|&i| !after[i + o.len()..].starts_with("以来"))
        })
        .min()
    {
        if after[..verb].contains('将') {
            return Status::Planned;
        }
        return Status::Opened;
    }
    // 凯里经停南宁至新加坡航线正与航空公司洽谈，有望年内开通: the clause
    // after the line's own, opening on a plan to open it, plans it (not
    // …，计划年内开通第二条线路, another line), whatever the rest of the
    // sentence says of other lines (…，屆時將與現有的氹仔—深圳機場航線…).
    let then = next_clause.split_once('|').map_or("", |(_, then)| then);
    if PLANNED.iter().any(|p| then.starts_with(p))
        && OPENING.iter().chain(SERVICE).any(|o| then.contains(o))
        && !LINE_WORDS.iter().any(|w| then.contains(w))
    {
        return Status::Planned;
    }
    // 随着一声汽笛长鸣，…班列从营口港缓缓驶出，标志着…正式开通: the
    // sentence opens what its clause only describes.
    // (…至塔什干，这也是德阳首趟大件装备中亚班列: the first run.)
    // 已开通全货机航线9条，其中长沙—列日…: the sentence's lead says it.
    // (先后开通三条航线：一是…航线，3月6日首航，每周一班: how often new
    // lines run is no news that they ran before.)
    let news = NEWS.iter().any(|n| whole.contains(n)) && !PLANNED.iter().any(|p| whole.contains(p));
    // (已批准開辦兩條新路線，分別為…，將於12月1日起投入服務，每日…120班次,
    // 鎮公所將開設三條接駁專車：第一條為「…」: how often a line will run
    // is no sign that it runs.)
    if WILL_OPEN.is_match(whole) {
        return Status::Planned;
    }
    if !first_run
        && EXISTING
            .find_iter(whole)
            .any(|m| !(news && EVERY.iter().any(|e| m.as_str().starts_with(e))))
    {
        return Status::Existing;
    }
    if tells_of_opening() && !PLANNED.iter().any(|p| whole.contains(p)) {
        return Status::Opened;
    }
    // 今年新开通国际航线9条。其中，昆明往返达卡航线…: a sentence that
    // details the one before takes its news.
    // (…；昆明—马尔代夫马累航线由…执飞: a later clause of the list too.)
    if let Some(previous) = detailed_by_list(doc, sentence) {
        if EXISTING.is_match(previous) {
            return Status::Existing;
        }
        if OPENING.iter().any(|o| previous.contains(o)) {
            return Status::Opened;
        }
    }
    Status::Unknown
}

/// True when the chain's own clause, or one of the three after it up to a
/// clause that names a line, says the service is still to come (将于…正式
/// 营运, 预计…起).
fn service_to_come(doc: &Document, sentence: Span, chain: Span) -> bool {
    let rest = doc.norm(Span::new(chain.end, sentence.end));
    let to_come = |c: &str| WILL_OPEN.is_match(c) || STARTS_LATER.is_match(c);
    let mut clauses = rest.split(CLAUSE_BREAKS);
    if clauses.next().is_some_and(to_come) {
        return true;
    }
    for clause in clauses.take(3) {
        if LINE_WORDS.iter().any(|w| clause.contains(w)) {
            return false;
        }
        if to_come(clause) {
            return true;
        }
    }
    false
}

/// The rest of the chain's clause and the clause after it, joined by `|`.
fn next_clause(doc: &Document, sentence: Span, chain: Span) -> String {
    let rest = doc.norm(Span::new(chain.end, sentence.end));
    let mut parts = rest.splitn(3, CLAUSE_BREAKS);
    let own = parts.next().unwrap_or("");
    format!("{own}|{}", parts.next().unwrap_or(""))
}

/// The sentence that a 其中 list details (今年新开通国际航线9条。其中，…),
/// for a sentence that opens with 其中 or follows such a sentence in a list
/// of clauses ended by ；.
fn detailed_by_list(doc: &Document, sentence: Span) -> Option<&str> {
    let previous = |s: Span| s.start.checked_sub(1).and_then(|p| doc.sentence_at(p));
    let mut s = sentence;
    for _ in 0..8 {
        if doc.norm(s).starts_with("其中") {
            return previous(s).map(|p| doc.norm(p));
        }
        s = previous(s).filter(|p| doc.norm(*p).ends_with(';'))?;
    }
    None
}

/// True when the sentence a 其中 list details tells of openings.
fn details_news_before(doc: &Document, sentence: Span) -> bool {
    detailed_by_list(doc, sentence)
        .is_some_and(|p| NEWS.iter().chain(OPENING).any(|o| p.contains(o)))
}

/// Compiles this extractor's patterns ahead of use (see `segment::warm_up`).
pub(crate) fn warm_up() {
    LazyLock::force(&TRANSPORT_WORD);
    LazyLock::force(&EXISTING);
    LazyLock::force(&RUNNING_SINCE);
    LazyLock::force(&CUE_WORDS);
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
    fn county_seats_villages_terraces_and_visitor_centres_are_stops() {
        assert_eq!(
            stops("新开通桂林北站—龙胜县城—平安寨旅游专线。"),
            [["桂林北站", "龙胜县城", "平安寨"]]
        );
        assert_eq!(
            stops("桂林两江国际机场—龙胜—龙脊梯田直通车同步开行。"),
            [["桂林两江国际机场", "龙胜", "龙脊梯田"]]
        );
        assert_eq!(
            stops("开通宁德站—屏南县城—双溪古镇旅游专线。"),
            [["宁德站", "屏南县城", "双溪古镇"]]
        );
        assert_eq!(
            stops("將自12月6日起新闢「屏東火車站—三地門—茂林遊客中心」假日專車，每日往返6班次。"),
            [["屏東火車站", "三地門", "茂林遊客中心"]]
        );
        assert_eq!(
            stops("開行日喀则至珠峰大本营旅游专线。"),
            [["日喀则", "珠峰大本营"]]
        );
        // (虎尾兩條鄉村公車: rural, no village.)
        assert_eq!(stops("開行莿桐—虎尾兩條鄉村公車。"), [["莿桐", "虎尾"]]);
    }

    #[test]
    fn a_side_station_before_its_train_and_an_airport_before_its_coach() {
        assert_eq!(
            stops("铁路部门开通尤溪经停永泰至福州南的动车。"),
            [["尤溪", "永泰", "福州南"]]
        );
        let r = routes("今年7月，寿宁至福州长乐国际机场旅游直通巴士开通。");
        assert_eq!(r[0].stops, ["寿宁", "福州长乐国际机场"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Road, Status::Opened));
    }

    #[test]
    fn a_name_both_chinese_and_foreign_is_chinese_among_chinese_stops() {
        // 岡山: Kaohsiung's district, and Japan's Okayama.
        let r = routes("高雄捷運延伸線第二階段（岡山—路竹—湖內）已於今年動工。");
        assert_eq!(r[0].stops, ["岡山", "路竹", "湖內"]);
        assert_eq!(r[0].countries, [None, None, None]);
        // (Two stops say too little: 万荣 is Laos's Vang Vieng here.)
        let r = routes("开行昆明至万荣旅游列车。");
        assert_eq!(r[0].countries, [None, Some("老挝".to_string())]);
    }

    #[test]
    fn a_service_to_come_a_few_clauses_on_and_a_trial_plan_are_planned() {
        assert_eq!(
            mode_status(
                "新闢「佳冬火車站—塭豐漁港」巡迴公車路線，全長約18.5公里，沿途設置站牌14處，將於12月1日起正式營運。"
            ),
            [(Mode::Road, Status::Planned)]
        );
        assert_eq!(
            mode_status("本所自4月1日起將試辦花壇—彰化需求反應式公車。"),
            [(Mode::Road, Status::Planned)]
        );
        // A chain listed after a colon, or given as a line's route, takes
        // the status of the clause that opens or plans the line.
        assert_eq!(
            mode_status(
                "自9月6日起開行「楠西觀光接駁專車」，首期開通兩條路線：玉井—楠西—曾文水庫線平日每日往返8個班次。"
            ),
            [(Mode::Road, Status::Opened)]
        );
        assert_eq!(
            mode_status(
                "自4月1日起將試辦「花壇幸福小黃」需求反應式公車，路線為花壇鄉公所—彰化火車站，民眾需電話預約。"
            ),
            [(Mode::Road, Status::Planned)]
        );
        // (Not from who runs it: the opening to come decides.)
        assert_eq!(
            mode_status(
                "由員林客運營運的台灣好行「竹山集集線」，路線為高鐵彰化站—竹山—集集，將於11月1日正式通車。"
            ),
            [(Mode::Road, Status::Planned)]
        );
        // (Lorries carry a road line.)
        assert_eq!(
            mode_status("从江至广州的冷链货车专线已常态化运营。"),
            [(Mode::Road, Status::Existing)]
        );
    }

    #[test]
    fn an_airport_named_by_its_place_is_the_stop_and_a_bare_one_none() {
        let r = routes("开通甘南夏河机场—兰州—成都航线。");
        assert_eq!(r[0].stops, ["甘南夏河机场", "兰州", "成都"]);
        let r = routes("开通铜川—西安咸阳国际机场客运专线。");
        assert_eq!(r[0].stops, ["铜川", "西安咸阳国际机场"]);
        let r = routes("开通成都至西安咸阳机场—兰州航线。");
        assert_eq!(r[0].stops, ["成都", "西安咸阳机场", "兰州"]);
        assert!(
            routes("旅客可在机场—市区之间换乘。")
                .iter()
                .all(|r| !r.stops.contains(&"机场".to_string()))
        );
    }

    #[test]
    fn crossings_passed_taiwan_s_townships_plans_and_load_factors() {
        let r = routes("今年3月，雅安经吉隆口岸至尼泊尔加德满都的公路货运专线正式开通。");
        assert_eq!(r[0].stops, ["雅安", "吉隆口岸", "加德满都"]);
        assert!(routes("老挝鲜食香蕉经磨憨口岸进入中国。").is_empty());
        let r = routes("縣府規劃開闢麥寮至越南海防的貨櫃航線。");
        assert_eq!(
            (r[0].stops.clone(), r[0].status),
            (
                vec!["麥寮".to_string(), "海防".to_string()],
                Status::Planned
            )
        );
        let r = routes("积极谋划开行邢台—天津港—汉堡海铁联运班列。");
        assert_eq!(r[0].status, Status::Planned);
        let r = routes("「臺馬之星」基隆—東引—南竿航線暑期載客率維持在九成以上。");
        assert_eq!((r[0].stops.len(), r[0].status), (3, Status::Existing));
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
    fn who_runs_a_line_and_how_well_it_does_say_it_runs() {
        let status = |text: &str| routes(text).iter().map(|r| r.status).collect::<Vec<_>>();
        assert_eq!(
            status("在国内航线方面，基隆—马祖航线由新台马轮营运，去年全年旅客约21.6万人次。"),
            [Status::Existing]
        );
        assert_eq!(
            status("其中，重庆至德国杜伊斯堡、成都至波兰罗兹的线路保持稳定高频开行。"),
            [Status::Existing, Status::Existing]
        );
        assert_eq!(
            status("目前该机场共开通航线21条，其中兴义经停贵阳至上海航线客座率常年保持在85%以上。"),
            [Status::Existing]
        );
        // Unless the next clause, or an earlier sentence the list details,
        // tells of the opening (a later clause of the list takes that news).
        assert_eq!(
            status("厦门经停新加坡至沙特达曼航线由以星综合航运有限公司运营，于4月下旬首航。"),
            [Status::Opened]
        );
        assert_eq!(
            status("今年新开通国际客运航线9条。其中，昆明往返达卡航线每周3班；昆明—马尔代夫马累航线由祥鹏航空执飞，平均客座率超过85%。")
                .last(),
            Some(&Status::Opened)
        );
    }

    #[test]
    fn a_cruise_round_and_a_line_launched() {
        let r = routes(
            "其中，公主邮轮“基隆—那霸—石垣—基隆”跳岛航程维持每周出发；歌诗达邮轮本季新推出的基隆经宫古岛至日本鹿儿岛航线，已于本月9日首航。",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].stops, vec!["基隆", "那霸", "石垣", "基隆"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Sea, Status::Existing));
        assert_eq!(
            r[1].countries,
            vec![None, Some("日本".to_string()), Some("日本".to_string())]
        );
        assert_eq!(r[1].status, Status::Opened);
    }

    #[test]
    fn places_that_name_a_zone_are_no_line() {
        assert!(
            routes("用好磨憨口岸和磨憨—磨丁经济合作区的政策优势，加密中老铁路班列。").is_empty()
        );
    }

    #[test]
    fn an_unknown_port_keeps_its_gang_before_a_joiner() {
        let r = routes("石湖港—新加坡—阿比让—拉各斯集装箱航线在泉州石湖港正式开通。");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].stops, vec!["石湖港", "新加坡", "阿比让", "拉各斯"]);
    }

    #[test]
    fn a_clause_joined_by_bing_shares_the_plan_before_it() {
        let r = routes(
            "泰方计划投资约1.5亿泰铢建设物流分拨中心，并开通勐腊至泰国曼谷的公路冷链运输线路。",
        );
        assert_eq!((r[0].mode, r[0].status), (Mode::Road, Status::Planned));
        // A 航线 is flown or sailed, whatever another line of the sentence runs on.
        let r =
            routes("我们将积极争取开通榆林至阿拉木图国际货运航线，并开行榆林至西安的集结班列。");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].mode, r[0].status), (Mode::Air, Status::Planned));
        assert_eq!((r[1].mode, r[1].status), (Mode::Rail, Status::Planned));
        // A freighter's line is flown.
        let r = routes("宁波至布达佩斯的全货机航线也有望年内开通。");
        assert_eq!(r[0].mode, Mode::Air);
        let r = routes("三是计划明年上半年开通银川至马来西亚吉隆坡的全货运航线，建设海外仓。");
        assert_eq!((r[0].mode, r[0].status), (Mode::Air, Status::Planned));
    }

    #[test]
    fn a_county_known_by_its_short_name_is_a_stop() {
        let r = routes("威宁至老挝万象的冷链专列首发。");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].stops, vec!["威宁", "万象"]);
        let r = routes("满载纺织品的集装箱班列从柯桥至宁波舟山港，再转海运出口。");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].stops, vec!["柯桥", "宁波舟山港"]);
    }

    #[test]
    fn a_line_being_prepared_is_planned() {
        let r = routes("启动大连—东京冷链海运快线筹建工作。");
        assert_eq!((r[0].mode, r[0].status), (Mode::Sea, Status::Planned));
    }

    #[test]
    fn coach_lines_and_cruises() {
        let r = routes("东宁—乌苏里斯克国际客运班线每天往返8个班次。");
        assert_eq!(r[0].countries, [None, Some("俄罗斯".to_string())]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Road, Status::Existing));
        let r = routes("往返于宜昌—巫山—奉节—重庆的国际游轮共有18艘。");
        assert_eq!(r[0].mode, Mode::Sea);
    }

    #[test]
    fn charter_flights_and_departures() {
        let r = routes("焦作市计划于今年9月开通韩国仁川—郑州旅游包机，每周执飞4班。");
        assert_eq!(r[0].stops, ["仁川", "郑州"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Air, Status::Planned));
        let r = routes("首批货车从保山鸣笛发车，经保山—猴桥公路货运专线出境。");
        assert_eq!(r[0].status, Status::Opened);
        let r = routes("贺州至广州的公路冷链专线每日发车40余车次。");
        assert_eq!(r[0].status, Status::Existing);
        // Flown by passengers, or flown more often: a line that runs.
        let r = routes("俄方代表团乘坐伊尔库茨克—沈阳直飞航班于7日抵达。");
        assert_eq!(r[0].status, Status::Existing);
        let r = routes("长沙—曼谷航线周航班量由7班增至14班。");
        assert_eq!(r[0].status, Status::Existing);
    }

    #[test]
    fn a_district_the_gazetteer_knows_before_its_line_is_part_of_the_stop() {
        assert_eq!(
            stops("卡塔尔航空公司将多哈—北京大兴航线由每周7班加密至10班。"),
            [["多哈", "北京大兴"]]
        );
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
    fn joiner_at_reads_dashes_and_every_word_joiner_longest_first() {
        for w in WORD_JOINERS {
            let chars: Vec<char> = format!("甲{w}乙").chars().collect();
            assert_eq!(
                joiner_at(&chars, 1),
                Some((w.chars().count(), false)),
                "{w}"
            );
        }
        let chars: Vec<char> = "重庆-河内~经停".chars().collect();
        assert_eq!(joiner_at(&chars, 2), Some((1, true)));
        assert_eq!(joiner_at(&chars, 5), Some((1, true)));
        assert_eq!(joiner_at(&chars, 6), Some((2, false)));
        assert_eq!(joiner_at(&chars, 0), None);
        assert_eq!(joiner_at(&chars, 8), None);
    }

    #[test]
    fn lines_told_of_by_what_they_carry_run_and_new_lines_with_service_to_come_are_planned() {
        assert_eq!(
            mode_status("据统计，和若铁路（和田—若羌）上半年完成货物发送量86.4万吨。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status("此外，轨道交通3号线（宁波—奉化）运营以来日均客流约9.6万人次。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status(
                "机场在持续运营阿尔山—呼和浩特航线的基础上，于1月8日开通阿尔山—北京直飞航线。"
            ),
            [(Mode::Air, Status::Existing), (Mode::Air, Status::Opened)]
        );
        assert_eq!(
            mode_status("另新闢屏東—恆春觀光接駁專車，試營運以來，搭乘人數已逾4.2萬人次。"),
            [(Mode::Road, Status::Opened)]
        );
        assert_eq!(
            mode_status("蒙自还将试运行“蒙自—老街—河内”冷链班列。"),
            [(Mode::Rail, Status::Planned)]
        );
        // The service to come in the clause after the opening.
        assert_eq!(
            mode_status("區公所新闢「捷運動物園站—深坑老街」假日觀光公車，預計5月3日起行駛。"),
            [(Mode::Road, Status::Planned)]
        );
        // (Not another line's plan.)
        assert_eq!(
            mode_status(
                "今年7月新开通的扬州—泰国曼谷客运航线已执行航班120余架次，机场还将于年底前开通扬州至日本大阪航线。"
            ),
            [(Mode::Air, Status::Opened), (Mode::Air, Status::Planned)]
        );
        // Boats between piers; Taiwan's tourist buses.
        assert_eq!(
            mode_status("明年起還將試辦朝霧碼頭—玄光寺碼頭接駁航線。"),
            [(Mode::Sea, Status::Planned)]
        );
        assert_eq!(
            mode_status("台灣好行阿里山線從高鐵嘉義站經觸口至阿里山，每天有16個班次往返。"),
            [(Mode::Road, Status::Existing)]
        );
    }

    #[test]
    fn joiner_ends_at_reads_dashes_and_word_joiners_backwards() {
        // (The matching view: dashes folded to `-`, Traditional to Simplified.)
        let chars: Vec<char> = "关山至池上-台东经停花莲".chars().collect();
        assert!(joiner_ends_at(&chars, 3));
        assert!(joiner_ends_at(&chars, 6));
        assert!(joiner_ends_at(&chars, 10));
        assert!(!joiner_ends_at(&chars, 0));
        assert!(!joiner_ends_at(&chars, 2));
        // 经 of 经停 is no joiner of its own before 停.
        assert!(!joiner_ends_at(&chars, 9));
    }

    #[test]
    fn named_by_suffix_takes_the_shortest_name_without_a_joiner() {
        let chars: Vec<char> = "江门高新港-香港".chars().collect();
        let dash = |k: usize| joiner_at(&chars, k).is_some();
        assert_eq!(named_by_suffix(&chars, 2, 1..=3, "港", dash), Some(3));
        assert_eq!(named_by_suffix(&chars, 2, 1..=1, "港", dash), None);
        let chars: Vec<char> = "成都至西安机场".chars().collect();
        let end = |k: usize| k == chars.len();
        assert_eq!(named_by_suffix(&chars, 2, 0..=6, "机场", end), None);
        assert_eq!(named_by_suffix(&chars, 3, 0..=6, "机场", end), Some(4));
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

    fn mode_status(text: &str) -> Vec<(Mode, Status)> {
        routes(text).iter().map(|r| (r.mode, r.status)).collect()
    }

    #[test]
    fn a_line_in_the_headline_takes_the_status_the_body_gives_it() {
        let text = "沈阳—法兰克福货运航线年内开通\n记者获悉，沈阳—法兰克福货运航线计划于12月开通。";
        assert_eq!(
            mode_status(text),
            [(Mode::Air, Status::Planned), (Mode::Air, Status::Planned)]
        );
        // A headline line alone keeps its own.
        assert_eq!(
            mode_status("沈阳—法兰克福货运航线开通\n记者获悉，该航线每周2班。"),
            [(Mode::Air, Status::Opened)]
        );
    }

    #[test]
    fn a_first_run_is_news_unless_it_is_what_the_line_has_run_since() {
        assert_eq!(
            mode_status("中欧班列（保定—汉堡）自2023年4月首发以来已实现常态化运行。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status(
                "9月12日，首趟乌海至俄罗斯新西伯利亚的专列从乌海西站发出，预计运行12天左右。"
            ),
            [(Mode::Rail, Status::Opened)]
        );
    }

    #[test]
    fn a_mention_that_tells_nothing_of_when_takes_what_another_tells() {
        assert_eq!(
            mode_status("往返桃园—熊本的商务旅客明显增加。台湾虎航15日首航桃园—熊本航线。"),
            [(Mode::Air, Status::Opened), (Mode::Air, Status::Opened)]
        );
    }

    #[test]
    fn status_of_running_lines_is_existing() {
        assert_eq!(
            mode_status("中欧班列（西安—汉堡）累计开行量突破3000列。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status("桂林—越南河内跨境公路班车已实现常态化运营。"),
            [(Mode::Road, Status::Existing)]
        );
        assert_eq!(
            mode_status("自4月起将昆明往返泰国曼谷航线由每周7班加密至每日2班。"),
            [(Mode::Air, Status::Existing)]
        );
    }

    #[test]
    fn a_chinese_city_opens_no_name_after_a_foreign_country() {
        assert_eq!(
            stops("开通上海—墨西哥拉萨罗卡德纳斯滚装航线。"),
            [["上海", "拉萨罗卡德纳斯"]]
        );
        assert_eq!(
            stops("双方计划年内开通大连至日本门司的冷链集装箱航线。"),
            [["大连", "门司"]]
        );
    }

    #[test]
    fn a_line_being_planned_or_studied_is_planned() {
        assert_eq!(
            mode_status("宁波市正积极筹划宁波—布达佩斯中欧班列，计划于年内开行。"),
            [(Mode::Rail, Status::Planned)]
        );
        assert_eq!(
            mode_status("铁路部门正与老方、泰方研究推出昆明—万象—曼谷铁路联程旅游产品。"),
            [(Mode::Rail, Status::Planned)]
        );
        assert_eq!(
            mode_status("特区政府正与澳门航空研究开辟澳门经北京至葡萄牙里斯本的客运航线。"),
            [(Mode::Air, Status::Planned)]
        );
        // Taiwan's 計畫 and 規劃, and 開闢 that opens a line.
        assert_eq!(
            mode_status("越捷航空計畫於今年夏季開闢臺中—峴港航線。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("德昇海運規劃於明年開闢高雄至越南峴港航線。"),
            [(Mode::Sea, Status::Planned)]
        );
        assert_eq!(
            mode_status("今年夏季，越捷航空開闢臺中—峴港航線。"),
            [(Mode::Air, Status::Opened)]
        );
    }

    #[test]
    fn how_often_a_new_line_runs_is_no_news_that_it_ran_before() {
        assert_eq!(
            mode_status(
                "宁波舟山港先后开通两条远洋航线：一是由中远海运运营的“宁波—新加坡—吉达”航线，3月6日首航，每周一班；二是宁波—科伦坡航线。"
            )[0],
            (Mode::Sea, Status::Opened)
        );
        // (每天开行2列 is how often a line runs: it runs.)
        assert_eq!(
            mode_status("目前，中老铁路国际旅客列车每天开行2列，昆明—万象全程运行约10小时。"),
            [(Mode::Rail, Status::Existing)]
        );
    }

    #[test]
    fn air_traffic_named_in_the_sentence_makes_a_line_a_flight() {
        let modes: Vec<Mode> = routes(
            "双方将探索开通福州—宿务集装箱航线。加上已运营多年的福州—马尼拉航线，两地之间的空中往来将更加便捷。",
        )
        .iter()
        .map(|r| r.mode)
        .collect();
        assert_eq!(modes, [Mode::Sea, Mode::Air]);
    }

    #[test]
    fn a_sentence_that_opens_a_line_its_clause_describes() {
        assert_eq!(
            mode_status(
                "随着一声汽笛长鸣，营口—二连浩特—乌兰巴托海铁联运班列从营口港缓缓驶出，标志着营口港开往蒙古国的第三条通道正式开通。"
            ),
            [(Mode::Rail, Status::Opened)]
        );
        // A plan a few words before the opening verb.
        assert_eq!(
            mode_status("文山还计划与泰国合作伙伴共同开通文山—曼谷跨境公路冷链专线。"),
            [(Mode::Road, Status::Planned)]
        );
        // Not when the sentence plans another opening.
        assert_eq!(
            mode_status("营口—乌兰巴托班列货源充足，计划年内开通第二条线路。"),
            [(Mode::Rail, Status::Unknown)]
        );
    }

    /// The stops of every line found in `text`.
    fn stops(text: &str) -> Vec<Vec<String>> {
        routes(text).iter().map(|r| r.stops.clone()).collect()
    }

    #[test]
    fn local_lines_reach_markets_ranches_and_places_jieba_reads_as_nouns() {
        assert_eq!(
            stops("新增高鐵台中站—竹山—溪頭路線。"),
            [["高鐵台中站", "竹山", "溪頭"]]
        );
        assert_eq!(
            stops("另開行后里火車站至中社花市接駁公車。"),
            [["后里火車站", "中社花市"]]
        );
        // Two places jieba knows, joined by a dash before the line's word.
        assert_eq!(
            stops("陳志明說，淡水—八里渡輪目前由3家業者營運。"),
            [["淡水", "八里"]]
        );
        // (Not a common noun before its line's word, nor a relation.)
        assert!(stops("中国—东盟博览会开幕。").is_empty());
    }

    #[test]
    fn stations_named_by_a_bare_county_or_a_city_s_side_close_a_chain() {
        assert_eq!(
            stops("本局調整「善化火車站—南科」接駁公車班次。"),
            [["善化火車站", "南科"]]
        );
        assert_eq!(
            stops("杭黄高铁（杭州东—千岛湖—黄山北）让千岛湖进入杭州“一小时交通圈”。"),
            [["杭州东", "千岛湖", "黄山北"]]
        );
        assert_eq!(
            stops("自去年12月蒙自—建水城际铁路开通运营以来，动车日均开行14对。"),
            [["蒙自", "建水"]]
        );
        assert_eq!(
            stops("豐原火車站—新社—花海會場接駁公車將開行。"),
            [["豐原火車站", "新社", "花海會場"]]
        );
        assert_eq!(
            stops("桐庐站—富春江—瑶琳仙境旅游巴士。"),
            [["桐庐站", "富春江", "瑶琳仙境"]]
        );
        // (A station's bare word is none.)
        assert!(stops("旅客可由火車站—南科接駁。").is_empty());
    }

    #[test]
    fn boats_on_blue_highways_and_lines_in_service_since_a_date() {
        assert_eq!(
            mode_status("海洋局規劃開闢興達港—旗津藍色公路，預計明年3月試航。"),
            [(Mode::Sea, Status::Planned)]
        );
        assert_eq!(
            mode_status("「高鐵臺中站—烏日市區—溪南產業園區」免費接駁公車已於8月1日正式營運。"),
            [(Mode::Road, Status::Opened)]
        );
        assert_eq!(
            mode_status("杭州—建德铁路运营平稳，建德站发送旅客326.4万人次。"),
            [(Mode::Rail, Status::Existing)]
        );
    }

    #[test]
    fn a_spelled_out_line_may_list_its_stops_in_two_clauses() {
        assert_eq!(
            stops(
                "班列从株洲始发，经二连浩特出境，途经白俄罗斯明斯克、波兰马拉舍维奇，抵达德国杜伊斯堡。"
            ),
            [["株洲", "二连浩特", "明斯克", "马拉舍维奇", "杜伊斯堡"]]
        );
    }

    #[test]
    fn crossings_parks_and_estates_are_stops_and_may_end_a_chain() {
        assert_eq!(
            stops(
                "運輸署批准開辦跨境巴士路線，分別為元朗至深圳灣口岸，以及天水圍—深圳灣口岸—前海。"
            ),
            [
                vec!["元朗", "深圳灣口岸"],
                vec!["天水圍", "深圳灣口岸", "前海"]
            ]
        );
        assert_eq!(
            stops("開通湖口工業區—新竹高鐵站及湖口工業區—湖口火車站兩條接駁路線。"),
            [["湖口工業區", "新竹高鐵站"], ["湖口工業區", "湖口火車站"]]
        );
        assert_eq!(
            stops("開通「樹林車站—大漢溪河濱公園—山佳車站」假日接駁公車。"),
            [["樹林車站", "大漢溪河濱公園", "山佳車站"]]
        );
        // (3月15日|新開通|橫琴口岸: a date and a verb are no part of one.)
        assert_eq!(
            stops("於3月15日新開通橫琴口岸至澳門半島跨境巴士線路。"),
            [["橫琴口岸", "澳門半島"]]
        );
    }

    #[test]
    fn a_chain_cut_off_before_its_last_stop_is_none() {
        assert!(stops("規劃中的桃園捷運棕線，將由桃園經龜山至迴龍。").is_empty());
        // (至今: since, no joiner.)
        assert_eq!(
            stops("重庆经霍尔果斯至今已开行班列300列。"),
            [["重庆", "霍尔果斯"]]
        );
    }

    #[test]
    fn border_towns_across_from_china_s_ports_are_foreign_stops() {
        let r = routes("开通吉木乃至斋桑国际道路货运线路。");
        assert_eq!(r[0].stops, ["吉木乃", "斋桑"]);
        assert_eq!(r[0].countries, [None, Some("哈萨克斯坦".to_string())]);
        let r = routes("恢复策克—西伯库伦跨境公路运输。");
        assert_eq!(r[0].countries, [None, Some("蒙古国".to_string())]);
    }

    #[test]
    fn a_line_that_will_open_is_planned_however_often_it_will_run() {
        assert_eq!(
            mode_status(
                "運輸署已批准開辦新跨境巴士路線元朗至深圳灣口岸，將於12月1日起投入服務，每日提供約120班次。"
            ),
            [(Mode::Road, Status::Planned)]
        );
        // (高鐵台中站: a station, and no train, for a shuttle.)
        assert_eq!(
            mode_status(
                "開闢免費接駁車路線，分別是彰化火車站—鹿港天后宮、高鐵台中站經和美至鹿港老街。"
            ),
            [(Mode::Road, Status::Opened), (Mode::Road, Status::Opened)]
        );
    }

    #[test]
    fn express_runs_and_local_trains_are_transport() {
        assert_eq!(
            stops("万州—上海集装箱快班已加密至每周4班。"),
            [["万州", "上海"]]
        );
    }

    #[test]
    fn a_spelled_out_line_leaves_the_country_at_its_border_stop() {
        assert_eq!(
            stops("该班列拟从新余始发，经阿拉山口出境，抵达匈牙利布达佩斯。"),
            [["新余", "阿拉山口", "布达佩斯"]]
        );
    }

    #[test]
    fn a_country_no_stop_names_is_written_as_the_text_writes_it() {
        let r = routes("印尼客商到访。桃园至雅加达货运航线开通。");
        assert_eq!(r[0].countries, [None, Some("印尼".to_string())]);
        let r = routes("桃园至雅加达货运航线开通。");
        assert_eq!(r[0].countries, [None, Some("印度尼西亚".to_string())]);
    }

    #[test]
    fn central_asian_cities_are_stops_with_their_country() {
        let r = routes("还将推动开通伊宁至塔尔迪库尔干国际道路客运线路。");
        assert_eq!(r[0].stops, ["伊宁", "塔尔迪库尔干"]);
        assert_eq!(r[0].countries, [None, Some("哈萨克斯坦".to_string())]);
    }

    #[test]
    fn a_city_and_its_district_or_port_are_one_stop() {
        // However jieba cut them (上|海洋|山).
        assert_eq!(
            stops("泸州港已开行泸州—上海洋山、泸州—南京龙潭等江海联运集装箱航线。"),
            [["泸州", "上海洋山"], ["泸州", "南京龙潭"]]
        );
        assert_eq!(
            stops("芜湖港已常态化运营芜湖—上海洋山外贸集装箱内支线。"),
            [["芜湖", "上海洋山"]]
        );
        assert_eq!(
            stops("郴州—广州南沙—坦桑尼亚达累斯萨拉姆铁海联运班列开行。"),
            [["郴州", "广州南沙", "达累斯萨拉姆"]]
        );
        assert_eq!(stops("北京大兴—阿勒泰航线开通。"), [["北京大兴", "阿勒泰"]]);
        assert_eq!(
            stops("娄底至广州南沙港的铁海联运班列开行。"),
            [["娄底", "广州南沙港"]]
        );
        // Taiwan's cities are places.
        assert_eq!(stops("平潭—台北客滚航线恢复运营。"), [["平潭", "台北"]]);
        assert_eq!(
            stops("郴州至深圳盐田港铁海联运班列常态化运行。"),
            [["郴州", "深圳盐田港"]]
        );
        // 海上 (by sea) after an unknown city is no part of it.
        assert_eq!(
            stops("开通烟台至日本下关海上客货运航线。"),
            [["烟台", "下关"]]
        );
        // A province before its city is no part of the stop.
        assert_eq!(
            stops("越南河内—龙邦—广西南宁跨境公路运输线路开通。"),
            [["河内", "龙邦", "南宁"]]
        );
        // Lines and modes after a stop are no district; a province's city
        // is the city.
        assert_eq!(stops("赣州—厦门铁海联运班列开行。"), [["赣州", "厦门"]]);
        assert_eq!(
            stops("哈尔滨—满洲里—叶卡捷琳堡中欧班列开行。"),
            [["哈尔滨", "满洲里", "叶卡捷琳堡"]]
        );
    }

    #[test]
    fn an_unknown_place_between_jing_and_zhi_is_a_stop() {
        assert_eq!(
            stops("普洱经磨憨至泰国曼谷的冷链专线开通。"),
            [["普洱", "磨憨", "曼谷"]]
        );
        assert_eq!(
            stops("鄂尔多斯经甘其毛都至蒙古国塔本陶勒盖的公路运输线路开通。"),
            [["鄂尔多斯", "甘其毛都", "塔本陶勒盖"]]
        );
        // A known place between them is read as usual.
        assert_eq!(
            stops("曹妃甸经停青岛至巴西图巴朗航线开通，天津经大连至釜山航线开通。")[1],
            ["天津", "大连", "釜山"]
        );
    }

    #[test]
    fn a_line_spelled_out_over_clauses() {
        let r = routes(
            "9月15日，一列国际货运班列从格尔木始发，经停西宁、兰州、霍尔果斯，抵达哈萨克斯坦阿拉木图。",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].stops,
            ["格尔木", "西宁", "兰州", "霍尔果斯", "阿拉木图"]
        );
        assert_eq!(r[0].status, Status::Opened);
        assert_eq!(
            stops("班列从张掖始发，经停乌鲁木齐、霍尔果斯，开往乌兹别克斯坦塔什干。"),
            [["张掖", "乌鲁木齐", "霍尔果斯", "塔什干"]]
        );
        assert_eq!(
            stops("班列自榆林始发，经停银川、乌鲁木齐，抵达乌兹别克斯坦塔什干。"),
            [["榆林", "银川", "乌鲁木齐", "塔什干"]]
        );
        // 经 and 至 in one clause, after the departure's.
        assert_eq!(
            stops("首趟班列从义乌出发，经阿拉山口、杜伊斯堡至西班牙马德里，全程约13052公里。"),
            [["义乌", "阿拉山口", "杜伊斯堡", "马德里"]]
        );
        // A line's extension is a line.
        assert_eq!(
            stops("据悉，义乌—马德里—里斯本延伸线拟于明年上半年试运行。"),
            [["义乌", "马德里", "里斯本"]]
        );
        // A first run named in another clause opens the line.
        assert_eq!(
            mode_status("班列由德阳经阿拉山口至乌兹别克斯坦塔什干，这也是德阳首趟中亚班列。"),
            [(Mode::Rail, Status::Opened)]
        );
    }

    #[test]
    fn county_level_cities_start_lines() {
        assert_eq!(
            stops("8月，延吉往返韩国清州航线开通，敦化至长白山旅游直通车同步开行。"),
            [["延吉", "清州"], ["敦化", "长白山"]]
        );
    }

    #[test]
    fn a_name_no_gazetteer_knows_joins_a_known_place_when_a_line_word_follows() {
        assert_eq!(
            stops("海拉尔至俄罗斯伊尔库茨克国际客运航线正式首航。"),
            [["海拉尔", "伊尔库茨克"]]
        );
        assert_eq!(
            stops("头门港至泰国林查班港的外贸集装箱航线正式开通。"),
            [["头门港", "林查班港"]]
        );
        assert_eq!(
            stops("日喀则至吉隆铁路将于2025年底建成。"),
            [["日喀则", "吉隆"]]
        );
        assert_eq!(
            stops("海拉尔经停满洲里至乌兰巴托航线。"),
            [["海拉尔", "满洲里", "乌兰巴托"]]
        );
        // An unknown name jieba cut apart runs on to the next joiner.
        assert_eq!(
            stops("开通喀什—伊尔克什坦—吉尔吉斯斯坦奥什国际道路货运线路。"),
            [["喀什", "伊尔克什坦", "奥什"]]
        );
        // Not over a common word jieba knows.
        assert!(
            stops("家具从南康装车至厦门港装船最快仅需36小时。")
                .iter()
                .all(|s| s[0] != "南康装车")
        );
        // A known short name (乌苏) opening a longer foreign one is no stop.
        assert_eq!(
            stops("东宁至俄罗斯乌苏里斯克国际道路客运线路开通。"),
            [["东宁", "乌苏里斯克"]]
        );
        assert_eq!(
            stops("筹备开通威海至济州岛的客货航线。"),
            [["威海", "济州岛"]]
        );
        // A long transcribed name after its country; but not words of a
        // clause that run into a known place, or a place and an activity.
        assert_eq!(
            stops("南沙经停土耳其迪利斯凯莱西至比利时泽布吕赫的滚装航线开通。"),
            [["南沙", "迪利斯凯莱西", "泽布吕赫"]]
        );
        assert_eq!(
            stops("卡塔尔航空公司将多哈—北京大兴航线加密至每周7班。"),
            [["多哈", "北京大兴"]]
        );
        assert!(stops("东兴至越南下龙湾跨境旅游持续升温。").is_empty());
        // The name ends where a count starts; a distinguishing word opens none.
        assert_eq!(
            stops("芜湖港经上海港至墨西哥曼萨尼约两条外贸滚装海运航线同时开通。"),
            [["芜湖港", "上海港", "曼萨尼约"]]
        );
        assert!(stops("填补了贵阳至韩国无定期客运航班的空白。").is_empty());
        // A foreign city listed after 经.
        assert_eq!(
            stops("哈尔滨经绥芬河、格罗迭科沃至俄罗斯叶卡捷琳堡的中欧班列累计开行120列。"),
            [["哈尔滨", "绥芬河", "格罗迭科沃", "叶卡捷琳堡"]]
        );
        // A known place inside the words after a country is the stop; common
        // nouns after a country are no stop.
        assert_eq!(
            stops("泰国狮航曼谷往返桂林航线正式开通。"),
            [["曼谷", "桂林"]]
        );
        assert!(stops("老挝鲜食香蕉经磨憨口岸进入中国。").is_empty());
        assert_eq!(stops("开通烟台至日本下关航线。"), [["烟台", "下关"]]);
        // An unknown port after its country keeps its 港.
        assert_eq!(
            stops("将开通南通至德国库克斯港的海运航线。"),
            [["南通", "库克斯港"]]
        );
        // Port areas, border crossings and towns the gazetteer knows.
        assert_eq!(
            stops("果园港经磨憨至泰国曼谷的跨境班列开行。"),
            [["果园港", "磨憨", "曼谷"]]
        );
        assert_eq!(
            stops("阳逻港至重庆的铁水联运班列开通。"),
            [["阳逻港", "重庆"]]
        );
        assert_eq!(stops("马鞍山至洋山集装箱航线开通。"), [["马鞍山", "洋山"]]);
        assert_eq!(stops("博鳌至新加坡航线开通。"), [["博鳌", "新加坡"]]);
        // A person going somewhere is no line.
        assert!(stops("王建国至北京出差乘坐航班。").is_empty());
    }

    #[test]
    fn road_lines_are_named_by_road_passenger_and_shuttle_words() {
        assert_eq!(
            mode_status("包头至鄂尔多斯氢能重卡运输示范线路已常态化运行。")[0].0,
            Mode::Road
        );
        let roads = [
            "珲春经俄罗斯克拉斯基诺至符拉迪沃斯托克国际道路客运线路恢复开行。",
            "延吉至珲春旅游直通车同步开通。",
            "东兴至越南芒街跨境客车线路正式开通。",
        ];
        for text in roads {
            assert_eq!(mode_status(text), [(Mode::Road, Status::Opened)], "{text}");
        }
    }

    #[test]
    fn a_line_that_runs_so_often_or_carries_so_much_exists() {
        let runs = [
            "成都天府国际机场现运营的成都—维也纳直飞航线每周执行3个往返航班。",
            "今年以来，成都至林茨的中欧班列共发运86列。",
            "其中威海—仁川航线每周往返6个航次。",
            "其中张家界—韩国首尔航线每周共有14个航班。",
            "福州—马祖海上客运航线今年以来运送旅客超过12万人次。",
        ];
        for text in runs {
            assert_eq!(mode_status(text)[0].1, Status::Existing, "{text}");
        }
        // What a first run carries is news of its opening.
        assert_eq!(
            mode_status("首趟南宁—河内跨境班列运送货物120吨。")[0].1,
            Status::Opened
        );
    }

    #[test]
    fn a_first_departure_opens_a_line_and_goods_carried_show_it_runs() {
        assert_eq!(
            mode_status("徐州—霍尔果斯—阿拉木图工程机械出口专列从徐州淮海国际陆港鸣笛启程。"),
            [(Mode::Rail, Status::Opened)]
        );
        assert_eq!(
            mode_status("经中欧班列（石家庄—汉堡）运往欧洲的制剂产品超过1200吨。"),
            [(Mode::Rail, Status::Existing)]
        );
    }

    #[test]
    fn status_is_read_in_the_chain_s_own_clause() {
        // The opening verb of another clause does not open this line.
        let r = mode_status("机场全年通航城市56个，其中长沙—泰国曼谷航线已恢复每日运营。");
        assert_eq!(r, [(Mode::Air, Status::Existing)]);
        let r = mode_status("今年新开通的南宁经凭祥至越南北宁公路班车，每周开行4班。");
        assert_eq!(r, [(Mode::Road, Status::Opened)]);
        let r = mode_status("上月开通南昌—新加坡航线，南昌—泰国曼谷航线计划于明年开通。");
        assert_eq!(
            r,
            [(Mode::Air, Status::Opened), (Mode::Air, Status::Planned)]
        );
    }

    #[test]
    fn a_shared_line_word_follows_the_article() {
        // A line from a port sails, whatever flights the sentence names.
        assert_eq!(
            mode_status("九洲港—深圳蛇口航线每日开行18个往返航班。")[0].0,
            Mode::Sea
        );
        // 航线 alone: a sea line in an article about ports and ships.
        let sea = "青岛港集装箱码头本月新增船舶靠泊。港口吞吐量稳步增长，远洋船队扩大。\n\
                   青岛港—越南海防航线正式开通。";
        assert_eq!(mode_status(sea), [(Mode::Sea, Status::Opened)]);
        // A mode-specific word in the clause wins over the article.
        let air = "港口码头船舶繁忙，远洋航运兴旺。青岛—越南河内航线首航，每周执飞4班。";
        assert_eq!(mode_status(air), [(Mode::Air, Status::Opened)]);
    }

    #[test]
    fn a_joiner_at_the_end_of_a_sentence_joins_nothing_after_it() {
        // The line ends on the dash; the next line's place is not a stop.
        let r = routes("开通重庆—\n越南河内航线。");
        assert!(r.is_empty(), "{r:?}");
    }

    /// Found by timing long inputs: every chain rescanned its whole sentence
    /// for mode and status cues, so one run-on sentence of 2,000 chains took
    /// 7.1 s in a debug build (quadratic); sentences are now cut at
    /// `sentence::MAX_SENTENCE` characters, which bounds every rescan.
    /// The chains, their mode and status must not change.
    #[test]
    fn regression_run_on_sentence_of_chains_is_linear() {
        let text = "开通重庆—科伦坡航线".repeat(2000);
        let r = extract(&Document::new(&text));
        assert_eq!(r.len(), 2000);
        assert!(r.iter().all(|m| m.attrs.stops == ["重庆", "科伦坡"]
            && (m.attrs.mode, m.attrs.status) == (Mode::Air, Status::Opened)));
    }

    #[test]
    fn unknown_cities_after_a_country_and_compound_ports() {
        let r = routes("开通青岛港—墨西哥曼萨尼约—秘鲁钱凯集装箱航线。");
        assert_eq!(r[0].stops, vec!["青岛港", "曼萨尼约", "钱凯"]);
        assert_eq!(
            r[0].countries,
            vec![None, Some("墨西哥".to_string()), Some("秘鲁".to_string())]
        );
        let r = routes("新开宁波舟山港—新加坡航线。");
        assert_eq!(r[0].stops, vec!["宁波舟山港", "新加坡"]);
        // A country with no name after it is still no stop.
        assert!(routes("开通重庆—泰国等国际航线。").is_empty());
    }

    #[test]
    fn countries_are_reported_as_written() {
        let r = routes("新开昆明—沙特阿拉伯利雅得航线。");
        assert_eq!(r[0].stops, vec!["昆明", "利雅得"]);
        assert_eq!(r[0].countries, vec![None, Some("沙特阿拉伯".to_string())]);
        let r = routes("新开昆明—沙特利雅得航线。");
        assert_eq!(r[0].countries, vec![None, Some("沙特".to_string())]);
    }

    #[test]
    fn status_planned_by_a_bare_jiang_or_zhengqu() {
        assert_eq!(
            mode_status("冬春航季，机场集团将联合多家航空公司新开昆明—缅甸仰光国际客运航线。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("今年还将加密航班，并争取开通昆明至印度加尔各答货运航线。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("5月中旬，哈尔滨至俄罗斯伊尔库茨克航线将陆续复航。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("5月中旬，哈尔滨至俄罗斯伊尔库茨克航线陆续复航。"),
            [(Mode::Air, Status::Opened)]
        );
    }

    #[test]
    fn status_from_the_sentence_a_qizhong_sentence_details() {
        assert_eq!(
            mode_status(
                "今年新开通国际客运航线9条。其中，昆明经停西双版纳至泰国曼谷航线由东航执飞。"
            ),
            [(Mode::Air, Status::Opened)]
        );
        assert_eq!(
            mode_status("全市已开通国际客运航线9条。其中，昆明—泰国曼谷航线由东航执飞。"),
            [(Mode::Air, Status::Existing)]
        );
        // 其中 alone, after a sentence that opens nothing, says nothing; who
        // flies the line says it runs.
        assert_eq!(
            mode_status("全市国际客运航线有9条。其中，昆明—泰国曼谷航线由东航执飞。"),
            [(Mode::Air, Status::Existing)]
        );
        assert_eq!(
            mode_status("全市国际客运航线有9条。其中，昆明—泰国曼谷航线运力充足。"),
            [(Mode::Air, Status::Unknown)]
        );
    }

    #[test]
    fn status_pushed_for_is_planned_and_running_smoothly_is_existing() {
        assert_eq!(
            mode_status("湖南将推动开通长沙至内罗毕国际货运航线。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("郑州经二连浩特至莫斯科的中欧班列运行平稳。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status("哈尔滨往返符拉迪沃斯托克旅游专列开行。"),
            [(Mode::Rail, Status::Opened)]
        );
    }

    #[test]
    fn stops_listed_after_jing_and_a_dated_attributive_opening() {
        let r = routes(
            "国际铁路联运持续加密，老挝万象经昆明、重庆至德国杜伊斯堡的班列运输时间压缩至15天。",
        );
        assert_eq!(r[0].stops, vec!["万象", "昆明", "重庆", "杜伊斯堡"]);
        // 1月开通的: news of the opening; 经…开行的 (no date): says nothing.
        assert_eq!(
            mode_status("1月开通的福州—阿联酋杰贝阿里—沙特达曼航线是首条直达中东的集装箱航线。"),
            [(Mode::Sea, Status::Opened)]
        );
        assert_eq!(
            mode_status("经中老铁路开行的南宁—万象班列运行平稳。"),
            [(Mode::Rail, Status::Existing)]
        );
    }

    #[test]
    fn special_trains_and_cargo_that_is_no_city() {
        let r = mode_status(
            "合肥还计划年内开行合肥至莫斯科、合肥经阿拉山口至杜伊斯堡的新能源汽车专列。",
        );
        assert_eq!(
            r,
            [(Mode::Rail, Status::Planned), (Mode::Rail, Status::Planned)]
        );
        // 火龙果 after a country is fruit: a word joiner does not make it a stop.
        assert!(routes("越南火龙果经友谊关进入中国，冷链班列开行。").is_empty());
        // A dash still joins a city jieba knows as a noun.
        assert_eq!(
            routes("推动开通大连—韩国群山客滚航线。")[0].stops,
            vec!["大连", "群山"]
        );
    }

    #[test]
    fn an_island_keeps_its_dao() {
        let r = routes("计划开通威海至济州岛客滚航线。");
        assert_eq!(r[0].stops, vec!["威海", "济州岛"]);
    }

    #[test]
    fn a_title_names_no_line() {
        let r = routes("双方签署《满洲里—后贝加尔斯克口岸物流合作备忘录》，中欧班列开行顺畅。");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn river_and_sea_lines_sail_and_coaches_drive() {
        assert_eq!(
            mode_status("货物经“宜兴—太仓—巴生”江海联运航线发往东南亚。")[0].0,
            Mode::Sea
        );
        // (江海 inside 牡丹江海关 is no cue.)
        assert_eq!(
            mode_status("牡丹江海关保障牡丹江往返俄罗斯符拉迪沃斯托克航班。")[0].0,
            Mode::Air
        );
        let r = routes("长白经惠山至三池渊的两日游线路正式开通，全程由旅游大巴接送。");
        assert_eq!(r[0].stops, ["长白", "惠山", "三池渊"]);
        assert_eq!(r[0].countries[2].as_deref(), Some("朝鲜"));
        assert_eq!((r[0].mode, r[0].status), (Mode::Road, Status::Opened));
    }

    #[test]
    fn container_lines_sail_and_lines_already_there_exist() {
        assert_eq!(
            mode_status("鳳梨釋迦經高雄—溫哥華冷藏貨櫃航線運抵。")[0].0,
            Mode::Sea
        );
        assert_eq!(
            mode_status("推动既有的台中至日本高松航线增加班次。"),
            [(Mode::Air, Status::Existing)]
        );
    }

    #[test]
    fn lines_deliberated_or_for_next_year_are_planned() {
        assert_eq!(
            mode_status("县府正与金门县政府共同研议开辟澎湖—金门—厦门海上客运航线。")[0].1,
            Status::Planned
        );
        assert_eq!(
            mode_status("市农业农村局研究于明年开行定西至越南河内的冷链专列。")[0].1,
            Status::Planned
        );
        // The line's name in brackets after 开行的, and how it ran since.
        assert_eq!(
            mode_status("今年3月开行的中亚班列（阿拉尔—塔什干）已实现每周1列常态化运行。"),
            [(Mode::Rail, Status::Existing)]
        );
    }

    #[test]
    fn a_line_opened_on_a_date_and_running_since_exists() {
        assert_eq!(
            mode_status("今年1月开通的运城—阿拉木图冷链班列，截至9月底已累计开行46列。"),
            [(Mode::Rail, Status::Existing)]
        );
        // Without word of how it ran since, the date makes it news.
        assert_eq!(
            mode_status("今年7月开通的通化至珲春公路冷链线路，使药品运抵时间缩短至3天。"),
            [(Mode::Road, Status::Opened)]
        );
    }

    #[test]
    fn a_line_applied_for_is_planned_and_ships_sail() {
        // 定期航班 is a kind of flight, not how often one runs.
        assert_eq!(
            mode_status("福尔摩沙航空已向民用航空局申请花莲—大阪定期航班，预计明年1月首航。"),
            [(Mode::Air, Status::Planned)]
        );
        assert_eq!(
            mode_status("县府将争取开辟苏澳往返日本石垣岛的客货轮航线。"),
            [(Mode::Sea, Status::Planned)]
        );
    }

    #[test]
    fn a_line_spelled_out_from_you_with_enumeration_commas() {
        assert_eq!(
            stops("8月，一条由张家港始发、经停韩国釜山、直抵日本大阪的航线开通。"),
            [["张家港", "釜山", "大阪"]]
        );
    }

    #[test]
    fn status_of_a_line_running_now_is_existing() {
        assert_eq!(
            mode_status("义乌经阿拉山口至西班牙马德里的班列线路是目前运行距离最长的线路之一。"),
            [(Mode::Rail, Status::Existing)]
        );
        // A line named as the means goods travel by.
        assert_eq!(
            mode_status(
                "此前，宁夏农产品出口欧洲主要依靠中欧班列（银川—汉堡），全程需要15天左右。"
            ),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status("借助郑州至列日的货运航线，曹县木制品最快3天即可送达欧洲。"),
            [(Mode::Air, Status::Existing)]
        );
    }

    #[test]
    fn a_place_jieba_knows_joins_a_known_one_but_a_region_does_not() {
        let r = routes(
            "计划开通南沙至墨西哥曼萨尼约的滚装航线，并拟开辟南沙经停泰国林查班至沙特吉达的航线。",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].stops, vec!["南沙", "曼萨尼约"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Sea, Status::Planned));
        assert_eq!(r[1].stops, vec!["南沙", "林查班", "吉达"]);
        assert!(routes("开通西安直飞中亚的航线。").is_empty());
    }

    #[test]
    fn a_line_word_ends_an_unknown_stop_and_common_nouns_are_no_stops() {
        assert_eq!(
            stops("当地还将推动开通普兰—尼泊尔西米科特跨境公路货运线路。"),
            [["普兰", "西米科特"]]
        );
        // (A park between two stations is a landmark stop of the shuttle.)
        assert_eq!(
            stops("縣府開通高鐵新竹站—生醫園區—竹北火車站接駁公車。"),
            [["高鐵新竹站", "生醫園區", "竹北火車站"]]
        );
        // A plan in the clause after the line's own.
        assert_eq!(
            mode_status("凯里经停南宁至新加坡航线正与航空公司洽谈，有望年内开通。"),
            [(Mode::Air, Status::Planned)]
        );
    }

    #[test]
    fn a_shuttle_is_a_road_line_and_a_line_opens_to_traffic() {
        assert_eq!(
            mode_status("宣布「埔里—日月潭觀光接駁專線」正式通車。"),
            [(Mode::Road, Status::Opened)]
        );
        assert_eq!(
            mode_status(
                "策克—蒙古国西伯库伦跨境铁路中方段主体工程已基本完工，计划于2025年内实现通车。"
            ),
            [(Mode::Rail, Status::Planned)]
        );
        // Hong Kong's and Taiwan's spelling of Dubai.
        let found = routes("開通香港往返杜拜貨運航線，加強與阿聯酋的聯繫。");
        assert_eq!(found[0].countries, [None, Some("阿聯酋".to_string())]);
    }

    #[test]
    fn an_unknown_stop_between_two_dashes() {
        // jieba: 斜/v|尔瓦.
        assert_eq!(
            stops("普兰—斜尔瓦—尼泊尔胡姆拉跨境公路将于年底贯通。"),
            [["普兰", "斜尔瓦", "胡姆拉"]]
        );
        // Common nouns between dashes are no stop, unless they name a
        // landmark (生醫園區) between stations.
        assert!(stops("推動產地預冷—冷藏貨櫃—海運直送的一條龍服務。").is_empty());
    }

    #[test]
    fn myanmar_border_towns_and_their_chinese_ports() {
        assert_eq!(
            stops("开通章凤至缅甸杰沙的货运班线，盈江经昔马至缅甸八莫的公路货运线路同步开通。"),
            [vec!["章凤", "杰沙"], vec!["盈江", "昔马", "八莫"]]
        );
    }

    #[test]
    fn a_station_names_where_a_shuttle_stops_not_its_mode() {
        assert_eq!(
            mode_status(
                "接駁專車路線分別為「大甲火車站—鎮瀾宮—大甲體育場」、「日南火車站—大甲區公所」。"
            ),
            [(Mode::Road, Status::Unknown), (Mode::Road, Status::Unknown)]
        );
    }

    #[test]
    fn stations_piers_and_landmarks_of_local_lines_are_stops() {
        assert_eq!(
            stops("開闢「大甲火車站—鎮瀾宮—大甲體育場」接駁專車。"),
            [["大甲火車站", "鎮瀾宮", "大甲體育場"]]
        );
        assert_eq!(
            stops("縣府開行高鐵雲林站—虎尾糖廠觀光接駁專車。"),
            [["高鐵雲林站", "虎尾糖廠"]]
        );
        assert_eq!(
            stops("新增荃灣碼頭—馬灣—中環渡輪航線。"),
            [["荃灣碼頭", "馬灣", "中環"]]
        );
        // 越南老街 is a city after its country, not an old street.
        assert_eq!(
            stops("开通河口北经越南老街至海防的国际货运班列。"),
            [["河口北", "老街", "海防"]]
        );
    }

    #[test]
    fn high_speed_rail_stations_and_cities_of_the_far_north_and_the_himalaya() {
        assert_eq!(
            stops("開闢頭份—竹南—高鐵苗栗站接駁路線。"),
            [["頭份", "竹南", "高鐵苗栗站"]]
        );
        // (A Traditional text: the country in its script, though it never
        // writes 國.)
        let r = routes("桃園經安克拉治至芝加哥的貨運航線。");
        assert_eq!(r[0].countries[1].as_deref(), Some("美國"));
        let r = routes("饶河经比金至阿穆尔河畔共青城的客运线路。");
        assert_eq!(r[0].stops[2], "阿穆尔河畔共青城");
        let r = routes("亚东—乃堆拉—甘托克公路运输保持畅通。");
        assert_eq!(r[0].countries, [None, None, Some("印度".to_string())]);
    }

    #[test]
    fn transcribed_stops_jieba_cut_into_name_syllables() {
        assert_eq!(
            stops("虎林—吉祥口岸—马尔科沃国际道路旅客运输线路正式开通。"),
            [["虎林", "吉祥口岸", "马尔科沃"]]
        );
        assert_eq!(
            stops("密山—当壁镇—图里罗格公路运输线路全程约85公里。"),
            [["密山", "当壁镇", "图里罗格"]]
        );
    }

    #[test]
    fn a_departure_spelled_out_and_a_port_area_named_by_its_place() {
        // No transport word but 始发 itself.
        assert_eq!(
            stops("10月起，“福鼎白茶号”每周从福州始发，经阿拉山口出境，抵达哈萨克斯坦阿拉木图。"),
            [["福州", "阿拉山口", "阿拉木图"]]
        );
        // jieba: 招银/j|港区.
        assert_eq!(
            stops("开通招银港区—印度尼西亚雅加达、招银港区经胡志明至迪拜的航线。"),
            [
                vec!["招银港区", "雅加达"],
                vec!["招银港区", "胡志明", "迪拜"]
            ]
        );
    }

    #[test]
    fn stations_bus_lines_and_the_way_along_a_line() {
        assert_eq!(
            stops("今年8月，铜川还开通了铜川—西安咸阳国际机场旅游直通车。"),
            [["铜川", "西安咸阳国际机场"]]
        );
        assert_eq!(
            stops("台北車站—林口—桃園機場沿線都能快速往返。"),
            [["台北車站", "林口", "桃園機場"]]
        );
    }

    #[test]
    fn ports_named_by_their_town_airports_in_one_word_and_inland_ports() {
        // jieba: 公益|港至 (港 glued to the joiner, cut apart in segment).
        assert_eq!(
            stops("目前，台山公益港至香港中港城的海上客运航线已恢复运营。"),
            [["台山公益港", "香港中港城"]]
        );
        // A pier's landmark before 的.
        assert_eq!(
            stops("由台山公益港经停珠海九洲港至澳门外港码头的高速客船航线正加紧筹备。"),
            [["台山公益港", "珠海九洲港", "澳门外港码头"]]
        );
        // jieba: 广州白云国际机场, one word.
        assert_eq!(
            stops("广州白云国际机场至台山的城市候机楼专线巴士正式开通。"),
            [["广州白云国际机场", "台山"]]
        );
        // A train's number and measure open no stop.
        assert_eq!(
            stops("满载蔬菜的X8017次成都国际铁路港—莫斯科冷链班列鸣笛启程。"),
            [["成都国际铁路港", "莫斯科"]]
        );
        // An airport or a station named by a word after its city, before a dash.
        assert_eq!(
            stops("开通成都天府—布达佩斯航线，重庆团结村—越南河内班列同日开行。"),
            [vec!["成都天府", "布达佩斯"], vec!["重庆团结村", "河内"]]
        );
        assert_eq!(
            stops("接駁車自通霄車站至通霄海水浴場，每日發車。"),
            [["通霄車站", "通霄海水浴場"]]
        );
        // A port and an island jieba knows, neither in the gazetteer.
        assert_eq!(
            stops("今年往返烏石港至龜山島的登島及繞島航班已開行4300餘航次。"),
            [["烏石港", "龜山島"]]
        );
    }

    #[test]
    fn coaches_buses_and_lines_running_both_ways_every_day() {
        assert_eq!(
            mode_status("目前臺北往返礁溪的國道客運共有5條路線。"),
            [(Mode::Road, Status::Existing)]
        );
        assert_eq!(
            mode_status("4月1日，丽水至景宁城际公交直达专线正式开通。"),
            [(Mode::Road, Status::Opened)]
        );
        assert_eq!(
            mode_status("赣州—厦门港铁海联运班列实现每日双向对开。"),
            [(Mode::Rail, Status::Existing)]
        );
        assert_eq!(
            mode_status("透過已營運多年的高雄—新加坡冷藏貨櫃航線直送。"),
            [(Mode::Sea, Status::Existing)]
        );
        // The plan in the line's next clause wins over another line that runs.
        let r = routes(
            "路環至珠海灣仔航線已完成試航，計劃於2026年第一季度投入營運，屆時將與現有的氹仔—深圳機場航線形成互補。",
        );
        assert_eq!(
            r.iter().map(|r| r.status).collect::<Vec<_>>(),
            [Status::Planned, Status::Existing]
        );
    }

    #[test]
    fn a_stop_between_jing_and_zhi_after_a_station_or_before_a_landmark() {
        assert_eq!(
            stops("另現行916路公車由臺北車站經板橋至三峽，請民眾多加利用。"),
            [["臺北車站", "板橋", "三峽"]]
        );
        // An airport at the chain's end; a fishing harbour; a bus hub and a
        // scenic area (and no landmark opened by the 經 jieba glued to 廟).
        assert_eq!(
            stops("5089路線將延駛，由中壢經青埔至桃園機場，全程約50分鐘。"),
            [["中壢", "青埔", "桃園機場"]]
        );
        assert_eq!(
            stops("明年將評估開闢後龍火車站經好望角至外埔漁港的假日觀光公車路線。"),
            [["後龍火車站", "好望角", "外埔漁港"]]
        );
        assert_eq!(
            stops("新闢觀光公車路線，由豐原轉運中心經廟東夜市至大坑風景區，假日每30分鐘一班。"),
            [["豐原轉運中心", "廟東夜市", "大坑風景區"]]
        );
    }

    #[test]
    fn a_bay_a_station_named_by_its_city_s_side_and_a_port_after_its_city() {
        assert_eq!(
            stops("7月12日，罗源湾—天津—营口内贸集装箱航线正式开通。"),
            [["罗源湾", "天津", "营口"]]
        );
        assert_eq!(
            stops("成都东—乐山—峨眉山城际列车日均开行38对。"),
            [["成都东", "乐山", "峨眉山"]]
        );
        assert_eq!(
            stops("8月1日起，西安北至峨眉山动车组列车将首次开行。"),
            [["西安北", "峨眉山"]]
        );
        assert_eq!(
            stops("恩平港—江门高新港—香港航线全年稳定运行。"),
            [["恩平港", "江门高新港", "香港"]]
        );
    }

    #[test]
    fn a_county_s_bare_name_that_is_a_word_is_a_stop_beside_a_joiner() {
        assert_eq!(
            stops("保障开化—衢州—宁波舟山港海铁联运线路稳定运行。"),
            [["开化", "衢州", "宁波舟山港"]]
        );
        assert_eq!(
            stops("此外，即墨至越南河内的跨境公路运输线路有望于年内开通。"),
            [["即墨", "河内"]]
        );
        assert_eq!(
            stops("韩国釜山—青岛—即墨海铁联运班列正式开通。"),
            [["釜山", "青岛", "即墨"]]
        );
        // (…—八里左岸: the first word of a longer name is none.)
        assert!(
            stops("開通藍色公路「大稻埕—淡水漁人碼頭—八里左岸」新航線。")
                .iter()
                .all(|s| !s.contains(&"八里".to_string()))
        );
    }

    #[test]
    fn a_metro_names_the_mode_of_a_line_in_its_own_clause_only() {
        assert_eq!(
            mode_status("答：捷運橘線（西子灣—大寮）在鳳山設有4座車站。")[0].0,
            Mode::Rail
        );
        assert_eq!(
            mode_status(
                "為串聯茶鄉與捷運，交通局規劃觀光巴士，路線為捷運新店站—碧潭—屈尺—廣興，預計5月起營運。"
            )[0]
            .0,
            Mode::Road
        );
    }

    #[test]
    fn port_areas_kaito_and_taiwan_s_words_of_a_running_or_planned_line() {
        assert_eq!(
            stops("已常态化运营的江阴港区—台中港集装箱航线完成运量3.6万标箱。"),
            [["江阴港区", "台中港"]]
        );
        assert_eq!(
            stops("开通诸城至青岛港董家口港区的海铁联运班列。"),
            [["诸城", "青岛港董家口港区"]]
        );
        // Hong Kong's kaito, and sailings added to a line that runs.
        let r = routes("根據新安排，西貢碼頭—鹽田仔—橋咀洲街渡航線將新增平日班次6班。");
        assert_eq!(r[0].stops, ["西貢碼頭", "鹽田仔", "橋咀洲"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Sea, Status::Existing));
        assert_eq!(
            stops("黃石碼頭至塔門的街渡服務亦會延長。"),
            [["黃石碼頭", "塔門"]]
        );
        // 正式營運 to come, 可望, Taiwan's 鐵道 and 現行.
        assert_eq!(
            mode_status("客運新闢「員林轉運站—溪湖糖廠」觀光接駁公車，將自4月1日起正式營運。"),
            [(Mode::Road, Status::Planned)]
        );
        assert_eq!(
            mode_status("未來可望形成溪湖—濁水—溪州觀光鐵道路線。"),
            [(Mode::Rail, Status::Planned)]
        );
        assert_eq!(
            mode_status("另現行916路公車由臺北車站經板橋至三峽。")[0].1,
            Status::Existing
        );
    }

    #[test]
    fn taiwan_s_stretches_shuttles_and_cold_chain_lines() {
        // A train's stretch (區間); a bare township after 至, before 、.
        assert_eq!(
            stops("臺鐵加開專列，行駛臺北—池上區間。"),
            [["臺北", "池上"]]
        );
        assert_eq!(
            stops("另開通接駁巴士兩條路線，分別為池上至鹿野、關山經瑞源至鹿野，每日各發車6班。"),
            [vec!["池上", "鹿野"], vec!["關山", "瑞源", "鹿野"]]
        );
        // 冷鏈海運 is how the line carries; 透過 a line, it runs.
        let r = routes("透過高雄—香港、高雄—新加坡冷鏈海運航線直送當地批發市場。");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].stops, ["高雄", "新加坡"]);
        assert_eq!((r[0].mode, r[0].status), (Mode::Sea, Status::Existing));
        // Taiwan's spelling of Houston.
        assert_eq!(
            routes("高雄港規劃開闢高雄至美國休士頓直航航線。")[0].countries,
            [None, Some("美國".to_string())]
        );
    }

    #[test]
    fn goods_sent_by_way_of_a_line_show_it_runs() {
        assert_eq!(
            mode_status("县内企业主要经天津港—沙特达曼航线出运，海运量占比约六成。"),
            [(Mode::Sea, Status::Existing)]
        );
        // Each line of a list after 经.
        assert_eq!(
            mode_status("货物经钦州港—越南海防、钦州港—泰国林查班等集装箱航线转运至东盟各地。"),
            [(Mode::Sea, Status::Existing), (Mode::Sea, Status::Existing)]
        );
        // (A run to come is no sign; nor a list of new lines whose first
        // has a stop after 经.)
        assert_ne!(
            mode_status("这趟班列将沿“内江—钦州—越南胡志明市”线路运行。")[0].1,
            Status::Existing
        );
        assert_eq!(
            mode_status(
                "全年新开通航线2条，分别为洋浦经新加坡至马来西亚巴生航线、洋浦—印尼雅加达航线。"
            )
            .iter()
            .map(|r| r.1)
            .collect::<Vec<_>>(),
            [Status::Opened, Status::Opened]
        );
    }
}
