//! Word segmentation and part-of-speech tags. This is the only module that
//! imports jieba-rs: its API changed between releases (0.10 turned `cut`'s
//! result into tokens with offsets), and keeping it here means such a change
//! touches one file. Every dictionary is extended with the gazetteers' place
//! names and standard institution abbreviations, so that 科伦坡 or 市外办
//! come out as one word.
//!
//! Two dictionaries segment identically ([`Dictionary`]): the full one, built
//! once per process and shared by every article, and one fitted to a single
//! text, which a run over one article builds in a fraction of the time.

use crate::charset::CharSet;
use crate::{gazetteer, numeral};
use jieba_rs::Jieba;
use std::sync::LazyLock;

/// Which dictionary segments a text. Both give the same tokens and tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dictionary {
    /// jieba's whole dictionary, built once per process (about 0.1 s) and
    /// shared: for runs over many articles.
    Full,
    /// Only the words that can matter for this text (see `fitted`), built
    /// for it alone (about 15 ms): for a process that reads a few articles.
    Fitted,
}

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    add_user_words(&mut jieba);
    jieba
});

/// jieba's default dictionary, one `word frequency tag` line per word: a
/// copy of the one jieba-rs embeds, which it does not expose (see
/// `data/jieba/README.md`).
const DICT: &str = include_str!("../data/jieba/dict.txt");

/// The sum of [`DICT`]'s frequencies. A word's probability is its frequency
/// over the dictionary's total, so a fitted dictionary must keep the total
/// of the full one to cut the same way.
const DICT_TOTAL: usize = 60_101_964;

/// A word no text can hold as a token (jieba cuts characters outside Han
/// and ASCII runs one by one): it carries the frequency a fitted dictionary
/// leaves out, so the total stays [`DICT_TOTAL`].
const REST: &str = "\u{E000}\u{E000}";

/// A segmenter with one of the [`Dictionary`] kinds.
pub struct Segmenter {
    fitted: Option<Jieba>,
}

impl std::fmt::Debug for Segmenter {
    // Not jieba's own Debug, which lists the whole dictionary.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dictionary = if self.fitted.is_some() {
            Dictionary::Fitted
        } else {
            Dictionary::Full
        };
        f.debug_struct("Segmenter")
            .field("dictionary", &dictionary)
            .finish()
    }
}

impl Segmenter {
    /// A segmenter for `text` (the matching view that will be segmented).
    pub fn new(dictionary: Dictionary, text: &str) -> Segmenter {
        Segmenter {
            fitted: (dictionary == Dictionary::Fitted).then(|| fitted(text)),
        }
    }

    fn jieba(&self) -> &Jieba {
        // Not `unwrap_or(&JIEBA)`: the argument would build the full
        // dictionary even when a fitted one is there.
        match &self.fitted {
            Some(jieba) => jieba,
            None => &JIEBA,
        }
    }

    /// Segments `text`, shifting every offset by `offset` characters (the
    /// position of `text` in the document), so callers cut sentence by sentence.
    pub fn tokens(&self, text: &str, offset: usize) -> Vec<Token> {
        let tags = self.jieba().tag(text, true);
        // Not `collect()`, which would keep jieba's vector, sized for the
        // words a text of this length could hold, under the tokens.
        let mut tokens: Vec<Token> = Vec::with_capacity(tags.len());
        let mut tags = tags.into_iter().peekable();
        let mut previous = "";
        while let Some(t) = tags.next() {
            let (start, end) = (t.start + offset, t.end + offset);
            let before = std::mem::replace(&mut previous, t.word);
            // 保|山海关, 中|山海关: the customs of a city named …山 (保山海关,
            // 中山海关), not the pass 山海关 after a lone character.
            // (联合名|山海关: a one-character measure to jieba, 名山's
            // customs too.)
            if t.word == "山海关"
                && let Some(last) = tokens.last_mut()
                && last.end == start
                && before.chars().count() == 1
                && (gazetteer::is_place(&format!("{before}山")) || last.tag == "q")
            {
                last.end += 1;
                last.tag = "ns";
                tokens.push(Token {
                    start: start + 1,
                    end,
                    tag: "n",
                });
                continue;
            }
            // 中|越, 从中|哈, 对|日: see [`PAIR_JOINS`].
            if let Some((_, chars)) = PAIR_JOINS.iter().find(|(heads, _)| heads.contains(&t.word))
                && let Some(partner) = tags.next_if(|n| is_one_of(n.word, chars))
            {
                // (从中|哈: the 从 before the pair stays a preposition.)
                let joint = end - 1;
                if start < joint {
                    tokens.push(Token {
                        start,
                        end: joint,
                        tag: "p",
                    });
                }
                tokens.push(Token {
                    start: joint,
                    end: partner.end + offset,
                    tag: "j",
                });
                continue;
            }
            // 老|中: the other side first.
            if is_one_of(t.word, PARTNERS_OF_ZHONG)
                && let Some(zhong) = tags.next_if(|n| n.word == "中")
            {
                tokens.push(Token {
                    start,
                    end: zhong.end + offset,
                    tag: "j",
                });
                continue;
            }
            // 占|比较, 对|非贸易: see [`RECUTS`].
            if let Some(&(_, _, first, second)) = tags
                .peek()
                .and_then(|n| RECUTS.iter().find(|r| r.0 == t.word && r.1 == n.word))
                && let Some(next) = tags.next()
            {
                let split = next.start + offset + 1;
                push_two(
                    &mut tokens,
                    [start, split, next.end + offset],
                    [first, second],
                );
                continue;
            }
            // 新|设三至|五个: jieba's model glues a range's first number and
            // its 至 to the verb before them; the range opens a word.
            if let Some(numeral) = range_start(t.word)
                && tags.peek().is_some_and(|n| {
                    n.word
                        .starts_with(|c: char| c.is_ascii_digit() || numeral::is_numeral_char(c))
                })
            {
                push_two(&mut tokens, [start, start + numeral, end], ["v", "m"]);
                continue;
            }
            // 威海港|务|集团: jieba reads the port before 务; the port
            // authority (港务) follows the city.
            if end - start >= 3
                && t.word.ends_with('港')
                && let Some(next) = tags.next_if(|n| n.word == "务")
            {
                push_two(
                    &mut tokens,
                    [start, end - 1, next.end + offset],
                    ["ns", "n"],
                );
                continue;
            }
            // 全长约|245公里, 占地约|3万平方米: jieba's dictionary holds a few
            // measures glued to 约 (about), which belongs to the number; its
            // model glues more (青砖|茶约|1800吨), which no dictionary holds
            // (签约, 合约 stay). Both do the same with 超 and 近 (over,
            // nearly): 总额近|40亿美元, 生豆超|3000吨; but the model also glues
            // them to a verb (展商|携近), so those are cut only after a word
            // of two characters or more.
            let qualifier = match t.word.chars().last() {
                Some('约') => {
                    end - start >= 3 || end - start == 2 && !self.jieba().has_word(t.word)
                }
                Some('超' | '近') => end - start >= 3,
                _ => false,
            };
            if qualifier
                && tags
                    .peek()
                    .is_some_and(|n| n.word.starts_with(|c: char| c.is_ascii_digit()))
            {
                push_two(&mut tokens, [start, end - 1, end], ["n", "d"]);
                continue;
            }
            // 空箱|率为|5%, 科技创新局在|观塘, 纸及|纸制品: a word's last
            // character glued to the next word's first (see [`GLUED_PAIRS`]).
            if end - start == 2
                && let Some(tags) = glued_pair(t.word)
                && !self.jieba().has_word(t.word)
            {
                push_two(&mut tokens, [start, start + 1, end], tags);
                continue;
            }
            // 發展處今|(|3|)|日向|新竹縣議會: a Taiwanese date, 今（3）日 (today,
            // the 3rd), which jieba glues to the word before it; 今 is a word
            // of its own. (For the 日 glued to the word after it, see
            // institution::name_start.)
            if end - start >= 2
                && t.word.ends_with(['今', '昨'])
                && !self.jieba().has_word(t.word)
                && tags.peek().is_some_and(|n| n.word == "(")
            {
                push_two(&mut tokens, [start, end - 1, end], [static_tag(t.tag), "t"]);
                continue;
            }
            // 分公司|及宏联|冷链物流…: jieba's model glues 及 or 与 to an
            // unknown name after it; the conjunction is a word of its own
            // (及时, 与会 are in the dictionary).
            if end - start >= 3
                && t.word.starts_with(['及', '与'])
                && !self.jieba().has_word(t.word)
            {
                let tag = corrected_tag(t.word, static_tag(t.tag));
                push_two(&mut tokens, [start, start + 1, end], ["c", tag]);
                continue;
            }
            tokens.push(Token {
                start,
                end,
                tag: corrected_tag(t.word, static_tag(t.tag)),
            });
        }
        tokens
    }
}

/// Heads that join a one-character partner jieba left on its own into one
/// abbreviation (`j`), with the partners each takes:
/// - 中 (or 从中, whose 从 stays a preposition) and the other side of a
///   border or a partnership (中|越, 从中|哈霍尔果斯…): the pair opens the
///   names and measures of both sides (中越贸易货运量, 中哈霍尔果斯国际边境
///   合作中心). Only a partner on its own is taken, so 中|越来越 and
///   其中|越南 stay as they are;
/// - 对 and a trade partner (对|日贸易额, 对|俄出口), as jieba reads 对美 and
///   对欧.
const PAIR_JOINS: &[(&[&str], &str)] = &[
    (&["中", "从中"], PARTNERS_OF_ZHONG),
    (&["对"], "日韩俄美欧非台港澳越老蒙泰德法英印缅哈柬"),
];

/// The one-character names of the countries that pair with 中, on either
/// side: 中|老 (see [`PAIR_JOINS`]) and 老|中 (老中铁路有限公司, Laos and
/// China).
const PARTNERS_OF_ZHONG: &str = "哈越老蒙吉塔乌巴缅柬泰马新俄韩德法英美日印";

/// Words jieba cuts one character too late after a head, re-cut so the head
/// takes that character: (head, next word, tags of the two new words).
/// 占|比较上年提高 and 占|比较大 are the share (占比, see [`COMMON_WORDS`])
/// and then 较; 对|非贸易企业 (非贸易: non-trade) is 对非 (with Africa) and
/// 贸易.
const RECUTS: &[(&str, &str, &str, &str)] =
    &[("占", "比较", "n", "d"), ("对", "非贸易", "j", "vn")];

/// Two-character words jieba's model makes of one word's last character
/// and the next word's first, cut between them when the dictionary lacks
/// them: (first characters, any when empty; second characters; the tags
/// of the two).
/// - 空箱|率为|5%, 重箱|率达|46%: a measure's end and the verb that links it
///   to its number (率 stays a noun);
/// - 科技创新局在|观塘: an office's end and the preposition after it (所在,
///   所以 are in the dictionary);
/// - 台山公益港至|香港, 公益港经|停: a port's or a station's end and the
///   joiner of a line;
/// - 纸及|纸制品, 铜及|铜材: a one-character noun and 及 (以及, 涉及, 普及
///   are in the dictionary).
const GLUED_PAIRS: &[(&str, &str, [&str; 2])] = &[
    ("率额量", "为达", ["n", "v"]),
    ("局处厅署院所委办", "在与向对从于将和", ["n", "p"]),
    ("港站", "至经", ["n", "p"]),
    ("", "及", ["n", "c"]),
];

/// The tags to cut `word` with, if it is one of [`GLUED_PAIRS`] (any word
/// of two characters is asked; none allocates).
fn glued_pair(word: &str) -> Option<[&'static str; 2]> {
    let mut chars = word.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    GLUED_PAIRS
        .iter()
        .find(|(f, s, _)| (f.is_empty() || f.contains(first)) && s.contains(second))
        .map(|p| p.2)
}

/// Where a range's first number starts in a word that ends with it and its
/// 至 after other characters (设三至 → 1), if the word is one.
fn range_start(word: &str) -> Option<usize> {
    // Called on every word: most do not end with 至, and none allocates.
    let head = word.strip_suffix('至')?;
    let digits = head
        .chars()
        .rev()
        .take_while(|&c| numeral::is_numeral_char(c))
        .count();
    let start = head.chars().count() - digits;
    (digits > 0 && start > 0).then_some(start)
}

/// Pushes two tokens, `[start, split)` and `[split, end)` of `bounds`, with
/// their `tags`: a word jieba cut in the wrong place, cut again.
fn push_two(tokens: &mut Vec<Token>, bounds: [usize; 3], tags: [&'static str; 2]) {
    let [start, split, end] = bounds;
    tokens.push(Token {
        start,
        end: split,
        tag: tags[0],
    });
    tokens.push(Token {
        start: split,
        end,
        tag: tags[1],
    });
}

/// Whether `word` is one character of `chars`.
fn is_one_of(word: &str, chars: &str) -> bool {
    let mut c = word.chars();
    c.next().is_some_and(|c| chars.contains(c)) && c.next().is_none()
}

/// The words of jieba's dictionary that can matter for `text`, plus a
/// placeholder holding the frequency of the rest. A word matters when it can
/// match in the text (every character of it is in the text) or when jieba
/// cuts one of our gazetteer words with it to suggest that word's
/// frequency (it lies inside one). So every word that can match is there
/// with its frequency and tag, the gazetteer words get the frequencies the
/// full dictionary suggests, and the total is the full dictionary's: the
/// text is cut and tagged exactly as the full dictionary would.
fn fitted(text: &str) -> Jieba {
    let (kept, total) = lines_that_matter(text);
    let mut jieba = Jieba::with_dict(&mut kept.as_bytes()).unwrap_or_else(|_| Jieba::empty());
    if total < DICT_TOTAL {
        jieba.add_word(REST, Some(DICT_TOTAL - total), Some("x"));
    }
    add_user_words(&mut jieba);
    jieba
}

/// Whether a dictionary word can matter for a text with the characters
/// `in_text` (see [`fitted`]).
fn matters(word: &str, in_text: &CharSet) -> bool {
    word.chars().all(|c| in_text.contains(c)) || USER_WORDS.contains_part(word)
}

/// The lines of [`DICT`] whose word matters for `text`, and the sum of
/// their frequencies.
fn lines_that_matter(text: &str) -> (String, usize) {
    let in_text: CharSet = text.chars().collect();
    let mut kept = String::new();
    let mut total = 0;
    let mut lines = SortedLines::new(DICT);
    while let Some(line) = lines.next_line() {
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        let first = word.chars().next().unwrap_or(' ');
        if !in_text.contains(first) && !USER_WORDS.chars.contains(first) {
            // The dictionary is sorted: no other word starting with this
            // character can matter either.
            lines.skip_words_starting_with(first);
            continue;
        }
        if matters(word, &in_text) {
            total += rest
                .split(' ')
                .next()
                .and_then(|f| f.parse::<usize>().ok())
                .unwrap_or(0);
            kept.push_str(line);
            kept.push('\n');
        }
    }
    (kept, total)
}

/// The lines of a dictionary sorted by word, read one by one, with a way
/// to skip every remaining word that starts with a given character.
struct SortedLines {
    text: &'static str,
    pos: usize,
}

impl SortedLines {
    fn new(text: &'static str) -> SortedLines {
        SortedLines { text, pos: 0 }
    }

    fn next_line(&mut self) -> Option<&'static str> {
        let rest = self.text.get(self.pos..).filter(|r| !r.is_empty())?;
        let len = rest.find('\n').unwrap_or(rest.len());
        self.pos += len + 1;
        Some(&rest[..len])
    }

    /// The start of the first line at or after byte `at`.
    fn line_start(&self, at: usize) -> usize {
        if at == 0 || self.text.as_bytes().get(at - 1) == Some(&b'\n') {
            return at.min(self.text.len());
        }
        // `at` may fall inside a character: search the bytes.
        self.text.as_bytes()[at.min(self.text.len())..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.text.len(), |i| at + i + 1)
    }

    fn starts_with_at(&self, line: usize, c: char) -> bool {
        self.text[line..].starts_with(c)
    }

    /// Moves to the first line whose word does not start with `c` (the
    /// lines that do are contiguous): gallops forward, then bisects.
    fn skip_words_starting_with(&mut self, c: char) {
        let end = self.text.len();
        let mut lo = self.line_start(self.pos);
        if lo >= end || !self.starts_with_at(lo, c) {
            self.pos = lo;
            return;
        }
        // `lo` starts with `c`; find `hi` that does not.
        let mut step = 64;
        let mut hi = loop {
            let probe = self.line_start(lo + step);
            if probe >= end || !self.starts_with_at(probe, c) {
                break probe;
            }
            lo = probe;
            step *= 2;
        };
        // Invariant: line `lo` starts with `c`, line `hi` does not (or is the end).
        loop {
            let mid = self.line_start(lo + (hi - lo) / 2);
            if mid >= hi || mid == lo {
                // No line start strictly between: check the next line after `lo`.
                let next = self.line_start(lo + 1);
                if next >= hi {
                    break;
                }
                if self.starts_with_at(next, c) {
                    lo = next;
                } else {
                    hi = next;
                }
                continue;
            }
            if self.starts_with_at(mid, c) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        self.pos = hi;
    }
}

/// The words the gazetteers add, their characters, and every piece of two
/// or more characters inside one of them.
struct UserWords {
    chars: CharSet,
    parts: rustc_hash::FxHashSet<&'static str>,
}

impl UserWords {
    /// True for a single character of a gazetteer word, or a piece of one.
    fn contains_part(&self, word: &str) -> bool {
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.chars.contains(c),
            (Some(_), Some(_)) => {
                word.chars().all(|c| self.chars.contains(c)) && self.parts.contains(word)
            }
            _ => false,
        }
    }
}

static USER_WORDS: LazyLock<UserWords> = LazyLock::new(|| {
    let mut chars = CharSet::default();
    let mut parts = rustc_hash::FxHashSet::default();
    for (word, _, _) in user_words() {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        for c in word.chars() {
            chars.insert(c);
        }
        for (k, &i) in bounds.iter().enumerate() {
            for &j in bounds.iter().skip(k + 2) {
                parts.insert(&word[i..j]);
            }
        }
    }
    UserWords { chars, parts }
});

/// Builds jieba's dictionary on one thread and, on another, the
/// part-of-speech model jieba-rs loads the first time it meets a word its
/// dictionary lacks (every real article has one). Returns at once; the first
/// segmentation waits for what is not ready. See [`crate::warm_up`]. A run
/// over one article passes [`Dictionary::Fitted`] and builds its own.
pub(crate) fn warm_up_threads(dictionary: Dictionary, then: fn()) {
    if dictionary == Dictionary::Full {
        std::thread::spawn(|| LazyLock::force(&JIEBA));
    }
    std::thread::spawn(move || {
        // An empty dictionary knows no word, so tagging anything loads the model.
        let _ = Jieba::empty().tag("甲乙", true);
        then();
    });
}

/// The words we add, with their tags and any frequency of their own, in a
/// fixed order.
fn user_words() -> impl Iterator<Item = (&'static str, &'static str, Option<usize>)> {
    let places = gazetteer::place_names()
        .into_iter()
        .map(|w| (w, "ns", None));
    let orgs = gazetteer::org_abbreviations()
        .iter()
        .map(|(w, _)| (*w, "nt", None));
    let common = COMMON_WORDS.iter().copied();
    places.chain(orgs).chain(common)
}

/// Words of press releases jieba's dictionary lacks, which the extractors
/// need whole: 占比 is the share a percentage measures, not 占 + 比.
///
/// A word without a frequency gets the one jieba suggests, which keeps it
/// whole on its own but not always beside a neighbour that forms a word
/// with its last character. 占比 needs more: with the suggested frequency
/// jieba cuts 占比达 as 占 + 比达 (a name) and 占比约 as 占 + 比约. Its
/// frequency beats 占 + 比达 (above 231) and stays below what would cut
/// 所占比重 as 占比 + 重 (2901): 1000, about that of 比重 (1814).
const COMMON_WORDS: &[(&str, &str, Option<usize>)] = &[
    ("占比", "n", Some(1000)),
    ("分论坛", "n", None),
    ("交换生", "n", None),
    ("国际组织", "n", None),
    ("线上线下", "n", None),
    ("日韩", "j", None),
    ("智能网联", "n", None),
    // Korea's 特别自治道 (江原特别自治道观光协会), not 特别 + 自治 + 道.
    ("特别自治道", "n", None),
    // 人均可支配收入, not 可 + 支配 + 收入: the statistic is one noun.
    ("可支配收入", "n", None),
    // 上合组织国家企业, not 上合 + 组织 (a verb) + …
    ("上合组织", "nt", None),
    // 14家车企, which the model cuts 家车 + 企.
    ("车企", "n", None),
    // 市场采购贸易方式, customs' name of a trade mode: no verb 采购 in it.
    ("市场采购", "n", None),
    // 双元制职业教育 (dual vocational training), not 双元 (a numeral) + 制.
    ("双元制", "n", None),
    // Industry nouns the model cuts or glues to a qualifier: 二次电池 (a
    // rechargeable battery, no count of 次), 重卡近1200辆 (重卡近 + 1200),
    // 加氢站16座 (加氢 + 站, verbs), 再生金属 (再生, a verb).
    ("二次电池", "n", None),
    ("重卡", "n", None),
    ("加氢站", "n", None),
    ("再生金属", "n", None),
    // 140余家装备制造企业: the industry, not 装备 + the verb 制造.
    ("装备制造", "n", None),
    // 电动两轮车 (a scooter): no count of 两轮.
    ("两轮车", "n", None),
    // 供港澳农产品 (supplied to Hong Kong and Macau): the kind of produce.
    ("供港澳", "n", None),
    // 三元前驱体 (a battery material): no 3 yuan.
    ("三元前驱体", "n", None),
    ("三元材料", "n", None),
    // 线路全长约245公里, which the model cuts 全长约 + 245.
    ("全长", "n", None),
    // 茶企达27家 (the model: 茶 + 企达), 10家非遗工坊 (家非 + 遗工坊).
    ("茶企", "n", None),
    ("非遗", "j", None),
    // 三四场专题对接会, not 对接 + 会 (two verbs).
    ("对接会", "n", None),
    // 本航季大兴机场: an airline season, a time that opens no name.
    ("航季", "t", None),
    // 农产品品项目前为二十二项 (Taiwan's "items"), not 品 + 项目 + 前:
    // above 2, what 品 + 项目 + 前 against 品项 + 目前 asks, and far below
    // what would cut 产品项目 as 产 + 品项 + 目.
    ("品项", "n", Some(50)),
    // 香港都会大学 (Hong Kong Metropolitan University), which jieba cuts
    // 都 (an adverb) + 会 (a verb) + 大学, ending the name at 香港.
    ("都会大学", "n", None),
    // 中小企业家同友会 (a Japanese association of small firms' owners),
    // which jieba cuts 家同 (a preposition) + 友会.
    ("同友会", "n", None),
];

/// Adds the words jieba's default dictionary lacks. A word it already has
/// keeps its frequency and tag (jieba knows 北京 better than we do); a new
/// one gets the frequency jieba suggests for keeping it whole.
fn add_user_words(jieba: &mut Jieba) {
    for (word, tag, freq) in user_words() {
        if !jieba.has_word(word) {
            jieba.add_word(word, freq, Some(tag));
        }
    }
}

/// One word of the matching view, with character offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// jieba's part-of-speech tag (`n`, `ns`, `m`, `v`, …). Tags are hints:
    /// jieba tags 嘉宾 as a place and 科伦坡 as a person. Borrowed from the
    /// process-wide dictionary, so no token allocates.
    pub tag: &'static str,
}

/// Every part-of-speech tag jieba-rs gives (its dictionary's and its HMM
/// model's), sorted, so a token's tag is a `&'static str` and no token
/// allocates.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "eng", "f", "g", "h", "i",
    "in", "j", "jn", "k", "l", "ln", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt",
    "nz", "o", "p", "q", "qe", "qg", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj",
    "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "w", "x", "y", "yg", "z", "zg",
];

/// Nouns that jieba's dictionary tags as verbs (选手 v, 举措 v, 通道 v), as
/// modifiers (专列 b, 整机 b) or as a measure (零部件 mq), though press
/// releases use them as nouns, mostly as the head of a counted phrase
/// (近2000名境外选手, 12项合作举措, 锂电池专列46列, 汽车及零部件贸易额): the
/// extractors read them as `n`.
const NOUNS_MISTAGGED: &[&str] = &[
    // 乐山大佛景区 (jieba: an adverb).
    "大佛",
    // 外销据点拓展至10个 (jieba: an adverb).
    "据点",
    "选手",
    "举措",
    "展会",
    "展览",
    "展演",
    "通道",
    "产能",
    "收入",
    "展商",
    "专列",
    "整机",
    "零部件",
    // 签订出口合同41份 (jieba: an adjective, 'of one accord').
    "合同",
    // 接待访客约2100人次 (v), 大米约3.6万吨 (m), 乡村旅游重点村36个 (zg),
    // 北京首都航空有限公司 (d).
    "访客",
    "大米",
    "村",
    "首都",
    // 客滚船舶48艘 (z), 集装箱吞吐能力达到350万标箱 (i).
    "客滚",
    "吞吐能力",
    // 出口商品车超过42万辆, 旅游团组3100余个 (zg).
    "车",
    "组",
    // 巴基斯坦拉合尔新月物流公司 (t: the new moon, a time), 德国…自然博物馆
    // (d), 韩国仁川本部海关 (r).
    "新月",
    "自然",
    "本部",
    // 2艘高速客船, 山东高速物流集团 (d), 二十余家诊所 (v), 港澳台同胞 (m),
    // 阿拉木图长途客运公司 (d).
    "高速",
    "长途",
    "诊所",
    "港澳台",
    // 洽谈买主逾80家 (v), 选派师生30人 (nr: a person's name), 两家连锁超市 (v).
    "买主",
    "师生",
    "超市",
];

/// Verbs that jieba's dictionary tags as nouns (参赛 n, 落户 n): 3万名选手参赛
/// ends its counted phrase at 参赛.
const VERBS_TAGGED_AS_NOUNS: &[&str] = &[
    // (力争 nz: 综合保税区|力争|进出口总值突破300亿元.)
    "力争",
    // (市政府委托|北京大学…, 正式函报|交通部: nouns to jieba.)
    "委托",
    "函报",
    // (日本旅客约1.6万人次|居首: ranks first.)
    "居首",
    "参赛",
    "落户",
    "互派",
    "选派",
    "齐聚",
    "共商",
    "办理",
    "同场竞技",
    // (12家农机企业|亮相|展会: 亮相 n.)
    "亮相",
    // (在5个国家|布局|海外生产基地: 布局 n.)
    "布局",
    "转场",
    // (代表500余人|齐聚一堂: nz.)
    "齐聚一堂",
    // (每天出库|1.2万双: n.)
    "出库",
    // (3万人|参观|展会: n.)
    "参观",
    // (48个冷藏集装箱|装载…: b; 400余家配套企业|协同发展, 两艘滚装船专门|
    // 装运…, 三百余名留学生|同台竞技: n.)
    "装载",
    "协同",
    "装运",
    "同台",
    // (采购商现场|下单|面料, 40家会员企业|组团|参展: n.)
    "下单",
    "组团",
    // (从三个方面|发力: n; 中欧班列|同比增加|19列, 两条航线|满负荷|运行: nr;
    // 将|加密|国际全货机航线: ns.)
    "发力",
    "同比增加",
    "同比增长",
    "同比减少",
    "同比下降",
    "满负荷",
    "加密",
    // (三百余名外国嘉宾|应邀参加|开幕式: jieba's dictionary says nr.)
    "应邀参加",
    "应邀出席",
    "应邀前来",
    "应邀而来",
    // (15名师生|交流学习: n.)
    "交流学习",
    // (縣府已|核定|員林客運…, 兩地地質公園|同屬|聯合國教科文組織…: n.)
    "核定",
    "同属",
];

/// Adverbs that jieba's dictionary tags as nouns: 7个外国代表团|专程|来访
/// would count 外国代表团专程, and 现行|彰化客運 (now running) would open
/// the firm's name.
const ADVERBS_TAGGED_AS_NOUNS: &[&str] = &["专程", "现行"];

/// Abbreviations that jieba's dictionary tags as verbs or times: 上合 (of
/// 上海合作组织) opens names such as 上合示范区管委会, 中日 names such as
/// 中日韩三国合作秘书处.
/// 对台, 对非 (with Taiwan, with Africa: 对台农产品进出口额, 对非出口额)
/// are tagged a measure and a prefix.
const ABBREVIATIONS_MISTAGGED: &[&str] = &["上合", "中日", "对台", "对非"];

/// A preposition jieba's dictionary tags as a noun: 经 (via) in 经绥芬河口岸
/// 中欧班列 would otherwise open the name of the trains.
const PREPOSITIONS_TAGGED_AS_NOUNS: &[&str] = &["经"];

/// Gazetteer places that jieba's dictionary tags as anything but a noun:
/// 大连 an adverb, 首尔 an adverb, 遵义 a verb, 海口 a place word. A name
/// walk stops at such a word (大连|海关 lost its city), so the extractors
/// read them as places. (Places jieba tags as other nouns, 银川 n or 科伦坡
/// nr, are nouns to every rule already; 南岸 stays a direction.) A test
/// checks the list against the gazetteers and jieba's dictionary.
const PLACES_TAGGED_AS_OTHER_WORDS: &[&str] = &[
    "不来梅",
    "南投",
    "台中",
    "彰化",
    "也门",
    "千叶",
    "前海",
    "八所",
    "久治",
    "临高",
    "澄迈",
    "高松",
    "古晋",
    "基多",
    "大兴",
    "大同",
    "大甲",
    "莺歌",
    "大足",
    "大连",
    "奈良",
    "奉节",
    "常熟",
    "平凉",
    "延布",
    "开封",
    "怀化",
    "拿骚",
    "攀枝花",
    "新余",
    "根特",
    "比绍",
    "河内",
    "海北",
    "海口",
    "海地",
    "清迈",
    "清远",
    "约旦",
    "自贡",
    "茂名",
    "营口",
    "通化",
    "通化市",
    "遵义",
    "首尔",
    "马里",
    "头顿",
    "顺化",
    "保定",
    "加纳",
    "包头",
    // County-level cities.
    "临清",
    "五常",
    "介休",
    "介休市",
    "兴化",
    "古交",
    "四会",
    "大冶",
    "射洪",
    "应城",
    "当阳",
    "扶余",
    "清镇市",
    "登封",
    "监利",
    "茫崖",
    "资兴",
    "辛集",
    "遵化",
    "高邮市",
    // Counties and districts by their whole names.
    "临澧县",
    "宏伟区",
    "宕昌县",
    "岢岚县",
    "掇刀区",
    "琅琊区",
    "盐埕区",
    "硚口区",
    "站前区",
    "迭部县",
    "防城区",
];

/// The tags the extractors read instead of jieba's, for the words above.
struct TagFixes {
    /// First characters of the words, a cheap test before the lookup.
    first: CharSet,
    tags: rustc_hash::FxHashMap<&'static str, &'static str>,
}

static TAG_FIXES: LazyLock<TagFixes> = LazyLock::new(|| {
    let lists: [(&[&str], &str); 6] = [
        (NOUNS_MISTAGGED, "n"),
        (VERBS_TAGGED_AS_NOUNS, "v"),
        (ADVERBS_TAGGED_AS_NOUNS, "d"),
        (ABBREVIATIONS_MISTAGGED, "j"),
        (PREPOSITIONS_TAGGED_AS_NOUNS, "p"),
        (PLACES_TAGGED_AS_OTHER_WORDS, "ns"),
    ];
    let tags: rustc_hash::FxHashMap<&'static str, &'static str> = lists
        .iter()
        .flat_map(|(words, tag)| words.iter().map(move |w| (*w, *tag)))
        .collect();
    let first = tags.keys().filter_map(|w| w.chars().next()).collect();
    TagFixes { first, tags }
});

/// The tag the extractors read for `word`: jieba's, corrected for the
/// words jieba's dictionary mis-tags ([`NOUNS_MISTAGGED`] and the
/// lists after it).
fn corrected_tag(word: &str, tag: &'static str) -> &'static str {
    let fixes = &*TAG_FIXES;
    match word.chars().next() {
        Some(c) if fixes.first.contains(c) => fixes.tags.get(word).copied().unwrap_or(tag),
        _ => tag,
    }
}

/// The static form of a tag; a tag outside the list (a future jieba-rs)
/// reads as `x`, "other".
fn static_tag(tag: &str) -> &'static str {
    // Keyed by the tag's bytes packed into an integer: a string key cost a
    // byte-wise hash and a memcmp for each of the pipeline's tokens.
    fn packed(tag: &str) -> Option<u64> {
        let bytes = tag.as_bytes();
        let mut word = [0u8; 4];
        word.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(u64::from(u32::from_le_bytes(word)) | (bytes.len() as u64) << 32)
    }
    static INDEX: LazyLock<rustc_hash::FxHashMap<u64, &'static str>> =
        LazyLock::new(|| TAGS.iter().filter_map(|t| Some((packed(t)?, *t))).collect());
    packed(tag)
        .and_then(|p| INDEX.get(&p).copied())
        .unwrap_or("x")
}

/// Segments `text` with the full dictionary, shifting every offset by
/// `offset` characters (see [`Segmenter::tokens`]).
pub fn tokens(text: &str, offset: usize) -> Vec<Token> {
    Segmenter { fitted: None }.tokens(text, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipping_a_first_character_lands_on_the_next_one() {
        let dict: &'static str = "a 1 n\nab 1 n\nac 1 n\nb 1 n\n北 1 n\n北京 1 ns\n南 1 n\n";
        let firsts = |skip: &[char]| {
            let mut lines = SortedLines::new(dict);
            let mut seen = Vec::new();
            while let Some(line) = lines.next_line() {
                let first = line.chars().next().unwrap();
                if skip.contains(&first) {
                    lines.skip_words_starting_with(first);
                } else {
                    seen.push(line.split(' ').next().unwrap());
                }
            }
            seen
        };
        assert_eq!(firsts(&[]), ["a", "ab", "ac", "b", "北", "北京", "南"]);
        assert_eq!(firsts(&['a']), ["b", "北", "北京", "南"]);
        assert_eq!(firsts(&['a', '北']), ["b", "南"]);
        assert_eq!(firsts(&['南', 'b']), ["a", "ab", "ac", "北", "北京"]);
        assert!(firsts(&['a', 'b', '北', '南']).is_empty());
    }

    #[test]
    fn the_scan_keeps_exactly_the_lines_that_matter() {
        for text in [
            "重庆市与科伦坡缔结友好城市关系。",
            "中歐班列開往德國",
            "A320",
        ] {
            let in_text: CharSet = text.chars().collect();
            let mut kept = String::new();
            let mut total = 0;
            for line in DICT.lines() {
                let mut fields = line.split(' ');
                let word = fields.next().unwrap_or("");
                if matters(word, &in_text) {
                    total += fields
                        .next()
                        .and_then(|f| f.parse::<usize>().ok())
                        .unwrap_or(0);
                    kept.push_str(line);
                    kept.push('\n');
                }
            }
            assert_eq!(lines_that_matter(text), (kept, total), "{text}");
        }
    }

    #[test]
    fn dictionary_copy_is_the_one_jieba_rs_embeds() {
        // jieba-rs shows the size and total of a dictionary in its Debug form.
        let lines = DICT.lines().count();
        let total: usize = DICT
            .lines()
            .filter_map(|l| l.split(' ').nth(1)?.parse::<usize>().ok())
            .sum();
        assert_eq!(total, DICT_TOTAL);
        // The fitted scan skips runs of words by their first character.
        assert!(DICT.lines().map(|l| l.split(' ').next()).is_sorted());
        let expected = format!("Jieba {{ records_len: {lines}, total_freq: {total} }}");
        assert_eq!(format!("{:?}", Jieba::new()), expected);
        assert!(DICT.lines().step_by(997).all(|l| {
            let word = l.split(' ').next().unwrap_or("");
            JIEBA.has_word(word)
        }));
    }

    #[test]
    fn fitted_dictionary_cuts_and_tags_as_the_full_one() {
        let texts = [
            "重庆市与斯里兰卡科伦坡缔结友好城市关系，签署合作协议13项。",
            "中歐班列從深圳開往德國杜伊斯堡，全年開行1,200列。",
            "开塞利航线首航，市商务委副主任出席；A320执飞，TEU吞吐量增长5.2%。",
            // Characters of the placeholder word and a rare one beyond the BMP.
            "\u{E000}\u{E000}甲\u{20000}乙公司",
            "",
        ];
        for text in texts {
            let fitted = Segmenter::new(Dictionary::Fitted, text);
            assert_eq!(fitted.tokens(text, 3), tokens(text, 3), "{text}");
        }
        // A fitted dictionary is a small part of the full one.
        let fitted = fitted(texts[0]);
        let size = |j: &Jieba| {
            let debug = format!("{j:?}");
            debug
                .split("records_len: ")
                .nth(1)
                .and_then(|s| s.split(',').next())
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
        };
        assert!(size(&fitted) * 4 < size(&JIEBA), "{fitted:?}");
    }

    #[test]
    fn offsets_are_characters_and_shifted() {
        let toks = tokens("签署14项合作协议", 10);
        assert_eq!(toks.first().map(|t| t.start), Some(10));
        assert_eq!(toks.last().map(|t| t.end), Some(19));
        // Tokens tile the text without gaps.
        for pair in toks.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
    }

    /// The words and tags the segmenter gives `text`.
    fn tagged(text: &str) -> Vec<(String, &'static str)> {
        let chars: Vec<char> = text.chars().collect();
        tokens(text, 0)
            .iter()
            .map(|t| (chars[t.start..t.end].iter().collect(), t.tag))
            .collect()
    }

    /// The words of [`tagged`], without their tags.
    fn tagged_words(text: &str) -> Vec<String> {
        tagged(text).into_iter().map(|p| p.0).collect()
    }

    fn words(jieba: &Jieba, text: &str) -> Vec<String> {
        jieba
            .cut(text, true)
            .iter()
            .map(|t| t.word.to_string())
            .collect()
    }

    #[test]
    fn user_dictionary_keeps_places_and_abbreviations_whole() {
        let plain = Jieba::new();
        // Without the gazetteers jieba cuts a Turkish city and a standard
        // abbreviation apart, and glues 委 to the title that follows.
        assert_eq!(
            words(&plain, "开通开塞利航线"),
            ["开通", "开", "塞利", "航线"]
        );
        assert_eq!(
            words(&plain, "市商务委副主任"),
            ["市", "商务", "委副", "主任"]
        );
        assert_eq!(words(&JIEBA, "开通开塞利航线"), ["开通", "开塞利", "航线"]);
        assert_eq!(words(&JIEBA, "市商务委副主任"), ["市商务委", "副", "主任"]);
        let toks = tokens("市商务委副主任", 0);
        assert_eq!((toks[0].end, toks[0].tag), (4, "nt"));
    }

    #[test]
    fn china_and_a_partner_cut_apart_are_one_abbreviation() {
        let words = |text: &str| -> Vec<String> { tagged(text).into_iter().map(|w| w.0).collect() };
        assert_eq!(tagged("中越贸易")[0], ("中越".to_string(), "j"));
        assert_eq!(words("记者从中哈边境获悉")[..3], ["记者", "从", "中哈"]);
        // Not a partner: 越来越, 越南, 美方 are words of their own.
        assert_eq!(words("发展中越来越多")[1..3], ["中", "越来越"]);
        assert_eq!(words("其中越南进口")[..2], ["其中", "越南"]);
        assert_eq!(words("过程中美方表示")[1..3], ["中", "美方"]);
        // The partner first: 老|中 (Laos and China).
        assert_eq!(tagged("老中铁路有限公司")[0], ("老中".to_string(), "j"));
    }

    #[test]
    fn measures_glued_to_about_and_customs_glued_to_the_pass_are_recut() {
        assert_eq!(
            tagged("全长约245公里")[..2],
            [("全长".to_string(), "n"), ("约".to_string(), "d")]
        );
        // A word the model made (茶约) too, but not a verb of the dictionary.
        assert_eq!(
            tagged("青砖茶约1800吨")[1..3]
                .iter()
                .map(|p| p.0.as_str())
                .collect::<Vec<_>>(),
            ["茶", "约"]
        );
        assert_eq!(tagged("签约5个项目")[0].0, "签约");
        // 率为, 率达: the model's glue of a measure's end and its verb.
        assert_eq!(
            tagged("返程空箱率为5%")[2..4],
            [("率".to_string(), "n"), ("为".to_string(), "v")]
        );
        assert_eq!(
            tagged("空箱率达5%")[1..3],
            [("率".to_string(), "n"), ("达".to_string(), "v")]
        );
        // A range's first number glued to the verb before it.
        assert_eq!(
            tagged("将再新设三至五个海外展示中心")[3..6],
            [
                ("设".to_string(), "v"),
                ("三至".to_string(), "m"),
                ("五个".to_string(), "m")
            ]
        );
        // 港务 after a city jieba read with its port.
        assert_eq!(
            tagged("威海港务集团有限公司")[..2],
            [("威海".to_string(), "ns"), ("港务".to_string(), "n")]
        );
        // Not before a word: 全长约 stays what jieba made it.
        assert_eq!(tagged("全长约为")[0].0, "全长约");
        assert_eq!(
            tagged("保山海关")[..],
            [("保山".to_string(), "ns"), ("海关".to_string(), "n")]
        );
        assert_eq!(tagged("登上山海关")[1].0, "山海关");
        assert_eq!(tagged("对缅出口")[0], ("对缅".to_string(), "j"));
    }

    #[test]
    fn an_office_or_a_port_is_cut_from_the_preposition_after_it() {
        let words = tagged_words("深圳市南山区科技创新局在观塘签署");
        assert!(words.iter().any(|w| w == "局"), "{words:?}");
        assert!(words.iter().any(|w| w == "在"), "{words:?}");
        let words = tagged_words("由台山公益港经停珠海九洲港至澳门");
        assert!(words.iter().any(|w| w == "经"), "{words:?}");
        assert!(tagged_words("台山公益港至香港").iter().any(|w| w == "至"));
        // A word of the dictionary stays whole.
        assert!(
            tagged_words("研究所在地")
                .iter()
                .any(|w| w == "所在地" || w == "所在")
        );
    }

    #[test]
    fn a_taiwanese_date_is_cut_from_the_word_before_it() {
        let words = tagged_words("產業發展處今(3)日向新竹縣議會提出");
        assert!(words.iter().any(|w| w == "今"), "{words:?}");
    }

    #[test]
    fn a_conjunction_the_model_glued_to_an_unknown_name_is_cut_off() {
        let words = tagged_words("港务分公司及宏联冷链物流公司");
        assert_eq!(words[2..4], ["及", "宏联"]);
        // Dictionary words stay whole.
        assert!(tagged("及时与会").iter().any(|p| p.0 == "及时"));
    }

    #[test]
    fn a_share_stays_whole_before_its_verb_but_not_inside_a_proportion() {
        let cases: [(&str, &[&str]); 3] = [
            ("货物占比达87.8%", &["货物", "占比", "达", "87.8%"]),
            ("游客占比约65%", &["游客", "占比", "约", "65%"]),
            ("所占比重为55%", &["所", "占", "比重", "为", "55%"]),
        ];
        for (text, want) in cases {
            assert_eq!(words(&JIEBA, text), want, "{text}");
        }
        // jieba reads 占比较 as 占 + 比较 (compare); the share comes first.
        let t = tagged("占比较上年提高4.2个百分点");
        assert_eq!(t[..2], [("占比".to_string(), "n"), ("较".to_string(), "d")]);
    }

    #[test]
    fn nouns_jieba_tags_as_verbs_read_as_nouns_and_the_reverse() {
        let t = tagged("近2000名境外选手参赛");
        assert!(t.contains(&("选手".to_string(), "n")), "{t:?}");
        assert!(t.contains(&("参赛".to_string(), "v")), "{t:?}");
        let t = tagged("推出12项合作举措");
        assert!(t.contains(&("举措".to_string(), "n")), "{t:?}");
        // Other verbs keep jieba's tag.
        assert!(tagged("推出12项合作举措").contains(&("推出".to_string(), "v")));
        // 分论坛 is one word, not 分 + 论坛.
        assert!(tagged("6场平行分论坛").contains(&("分论坛".to_string(), "n")));
    }

    #[test]
    fn places_tagged_as_other_words_are_the_gazetteers_that_jieba_mistags() {
        let dict_tags: rustc_hash::FxHashMap<&str, &str> = DICT
            .lines()
            .filter_map(|l| {
                let mut f = l.split(' ');
                Some((f.next()?, f.nth(1)?))
            })
            .collect();
        let places: std::collections::BTreeSet<&str> =
            gazetteer::place_names().into_iter().collect();
        let nominal = |t: &str| t.starts_with('n');
        let mistagged: std::collections::BTreeSet<&str> = places
            .iter()
            .copied()
            .filter(|p| dict_tags.get(p).is_some_and(|t| !nominal(t)) && *p != "南岸")
            .collect();
        let listed: std::collections::BTreeSet<&str> =
            PLACES_TAGGED_AS_OTHER_WORDS.iter().copied().collect();
        assert_eq!(listed, mistagged);
        let t = tokens("大连海关、首尔", 0);
        assert_eq!(t[0].tag, "ns");
        assert_eq!(t.last().map(|t| t.tag), Some("ns"));
    }

    #[test]
    fn tags_are_sorted_and_known() {
        assert!(TAGS.windows(2).all(|w| w[0] < w[1]));
        for tag in TAGS {
            assert_eq!(static_tag(tag), *tag);
        }
        assert_eq!(static_tag("zz-new"), "x");
        assert_eq!(static_tag("nr\0"), "x");
        assert_eq!(static_tag(""), "x");
    }

    #[test]
    fn digits_are_their_own_token() {
        let toks = tokens("共有31个国家", 0);
        assert!(toks.iter().any(|t| t.start == 2 && t.end == 4), "{toks:?}");
    }
}
