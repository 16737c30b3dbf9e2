//! General knowledge compiled into the binary: countries and regions, world
//! cities with their country, Chinese administrative places, and the
//! suffixes and standard abbreviations that end institution names. The data
//! lives in `data/*.tsv` (one record a line, `#` comments) and is parsed once,
//! lazily. Nothing here names one article's entities.

use crate::facts::Category;
use crate::numeral;
// FxHash: the keys are our own data, so a fast non-keyed hash is safe.
use crate::charset::CharSet;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const WORLD_CITIES: &str = include_str!("../data/world_cities.tsv");
const CN_PLACES: &str = include_str!("../data/cn_places.tsv");
const ORG_SUFFIXES: &str = include_str!("../data/org_suffixes.tsv");
const ORG_ABBREVIATIONS: &str = include_str!("../data/org_abbreviations.tsv");

/// The longest place or country name we look up, in characters.
const MAX_NAME: usize = 16;

struct Gazetteer {
    /// Any written form of a country (short, full, alias) → its short name.
    countries: HashMap<String, &'static str>,
    /// A country's short name → every name it goes by, the short one first.
    country_names: HashMap<&'static str, Vec<&'static str>>,
    /// Foreign city → its country's short name.
    cities: HashMap<&'static str, &'static str>,
    /// Chinese places, full and short forms.
    cn_places: HashSet<&'static str>,
    /// Provinces and autonomous regions, full and short names.
    provinces: HashSet<&'static str>,
    /// Bare names of Chinese places that open with a numeral (三重, 三台).
    numeral_places: HashSet<&'static str>,
    /// The bare names of counties and districts listed without a short
    /// name (即墨 of 即墨区, 开化 of 开化县), for lookups by how a text starts.
    bare_trie: CharTrie<()>,
    /// Districts, port areas and towns inside a city, full and short names,
    /// for lookups by how a text starts.
    subplace_trie: CharTrie<()>,
    /// Standard abbreviations that stand alone as names (市外办), longest
    /// first (the segmenter's user words).
    abbreviations: Vec<(&'static str, Category)>,
    /// Institution suffixes (大学, 有限公司) and the abbreviations, for
    /// lookups by the end of a text.
    suffix_index: EndIndex,
    abbreviation_index: EndIndex,
    /// Every written form of a country, and every known place (a foreign
    /// city with its country, or a Chinese place), for lookups by how a
    /// text starts.
    country_trie: CharTrie<&'static str>,
    place_trie: CharTrie<Option<&'static str>>,
    /// Last characters of every place name: most text positions are ruled
    /// out by one probe, before any name is looked up.
    place_last: CharSet,
    /// Last characters of every institution suffix and abbreviation.
    org_last: CharSet,
}

/// Words looked up character by character: a trie, so a lookup stops at
/// the first character no word continues with (most positions of a text
/// stop at once) instead of hashing every candidate.
struct CharTrie<T> {
    /// (node, next character) → child node; node 0 is the root.
    edges: HashMap<(u32, char), u32>,
    /// The value of the word ending at each node, if one does.
    values: Vec<Option<T>>,
}

impl<T: Copy> CharTrie<T> {
    /// A trie of words, each given as its characters in lookup order; a
    /// word listed twice keeps its first value.
    fn new<W: IntoIterator<Item = char>>(words: impl IntoIterator<Item = (W, T)>) -> CharTrie<T> {
        let mut trie = CharTrie {
            edges: HashMap::default(),
            values: vec![None],
        };
        for (word, value) in words {
            let mut node = 0;
            for c in word {
                let next = trie.values.len() as u32;
                node = *trie.edges.entry((node, c)).or_insert(next);
                if node == next {
                    trie.values.push(None);
                }
            }
            trie.values[node as usize].get_or_insert(value);
        }
        trie
    }

    /// The longest word that `chars` begins with, as (length, value).
    fn longest(&self, chars: impl IntoIterator<Item = char>) -> Option<(usize, T)> {
        let mut node = 0;
        let mut best = None;
        for (i, c) in chars.into_iter().enumerate() {
            match self.edges.get(&(node, c)) {
                Some(&next) => node = next,
                None => break,
            }
            if let Some(v) = self.values[node as usize] {
                best = Some((i + 1, v));
            }
        }
        best
    }
}

/// Words looked up by how a text ends: a trie of the words read backwards.
struct EndIndex {
    reversed: CharTrie<(&'static str, Category)>,
}

impl EndIndex {
    fn new(list: &[(&'static str, Category)]) -> EndIndex {
        EndIndex {
            reversed: CharTrie::new(list.iter().map(|&(w, c)| (w.chars().rev(), (w, c)))),
        }
    }

    /// The longest word that the characters `text` end with.
    fn longest_at_end(
        &self,
        text: impl DoubleEndedIterator<Item = char>,
    ) -> Option<(&'static str, Category)> {
        self.reversed.longest(text.rev()).map(|(_, v)| v)
    }
}

/// Data lines: no blank lines, no comments, split on tabs.
fn records(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn category(name: &str) -> Category {
    match name {
        "government" => Category::Government,
        "party" => Category::Party,
        "association" => Category::Association,
        "education" => Category::Education,
        "research" => Category::Research,
        "company" => Category::Company,
        "sports" => Category::Sports,
        "media" => Category::Media,
        "international" => Category::International,
        _ => Category::Other,
    }
}

fn by_length_desc(mut v: Vec<(&'static str, Category)>) -> Vec<(&'static str, Category)> {
    v.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(b.0))
    });
    v.dedup_by(|a, b| a.0 == b.0);
    v
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut countries = HashMap::default();
    let mut country_names: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    // Regions (香港, 澳门, 台湾) follow the `# regions` line: they are places in
    // China, not countries of an institution or a route stop.
    let sovereign = COUNTRIES.split("\n# regions").next().unwrap_or(COUNTRIES);
    for r in records(sovereign) {
        let short = r[0];
        let names = country_names.entry(short).or_default();
        names.push(short);
        countries.insert(short.to_string(), short);
        if let Some(full) = r.get(1).filter(|f| !f.is_empty()) {
            countries.insert(full.to_string(), short);
            names.push(full);
        }
        for alias in r.get(2).into_iter().flat_map(|a| a.split('|')) {
            if !alias.is_empty() {
                countries.insert(alias.to_string(), short);
                names.push(alias);
            }
        }
    }
    let cities: HashMap<&'static str, &'static str> = records(WORLD_CITIES)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], r[1]))
        .collect();
    let mut cn_places: HashSet<&'static str> = HashSet::default();
    let mut provinces: HashSet<&'static str> = HashSet::default();
    let mut cn_subplaces: Vec<&'static str> = Vec::new();
    let mut numeral_places: HashSet<&'static str> = HashSet::default();
    let mut bare_names: Vec<&'static str> = Vec::new();
    for r in records(CN_PLACES) {
        if let Some(stem) = bare_stem(&r) {
            bare_names.push(stem);
        }
        if let Some(stem) = numeral_stem(&r) {
            numeral_places.insert(stem);
        }
        let province = matches!(r.get(2), Some(&"province" | &"autonomous_region"));
        let subplace = matches!(r.get(2), Some(&"district" | &"port" | &"town"));
        for name in r.into_iter().take(2).filter(|s| !s.is_empty()) {
            cn_places.insert(name);
            if province {
                provinces.insert(name);
            }
            if subplace {
                cn_subplaces.push(name);
            }
        }
    }
    let suffixes = records(ORG_SUFFIXES)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], category(r[1])))
        .collect();
    let abbreviations = records(ORG_ABBREVIATIONS)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0], category(r[1])))
        .collect();
    let suffixes = by_length_desc(suffixes);
    let abbreviations = by_length_desc(abbreviations);
    let names = || {
        countries
            .keys()
            .map(String::as_str)
            .chain(cities.keys().copied())
            .chain(cn_places.iter().copied())
    };
    let place_last = names().filter_map(|n| n.chars().next_back()).collect();
    let country_trie = CharTrie::new(countries.iter().map(|(k, v)| (k.chars(), *v)));
    // A foreign city's country wins over a Chinese place of the same name.
    let place_trie = CharTrie::new(
        cities
            .iter()
            .map(|(k, v)| (k.chars(), Some(*v)))
            .chain(cn_places.iter().map(|k| (k.chars(), None))),
    );
    Gazetteer {
        country_trie,
        place_trie,
        place_last,
        countries,
        country_names,
        cities,
        cn_places,
        provinces,
        numeral_places,
        bare_trie: CharTrie::new(bare_names.iter().map(|n| (n.chars(), ()))),
        subplace_trie: CharTrie::new(cn_subplaces.iter().map(|n| (n.chars(), ()))),
        org_last: suffixes
            .iter()
            .chain(&abbreviations)
            .filter_map(|(w, _)| w.chars().next_back())
            .collect(),
        suffix_index: EndIndex::new(&suffixes),
        abbreviation_index: EndIndex::new(&abbreviations),
        abbreviations,
    }
});

/// The short name of a country written in any of its forms (美利坚合众国 → 美国).
pub fn country(name: &str) -> Option<&'static str> {
    GAZETTEER.countries.get(name).copied()
}

/// The names of the country whose short name is `short`: the short name
/// first, then the full name and the aliases (印度尼西亚, 印度尼西亚共和国,
/// 印尼); none for a name that is no country's short one.
pub fn country_names(short: &str) -> &'static [&'static str] {
    GAZETTEER
        .country_names
        .get(short)
        .map_or(&[], Vec::as_slice)
}

/// The country of a foreign city (科伦坡 → 斯里兰卡).
pub fn city_country(name: &str) -> Option<&'static str> {
    GAZETTEER.cities.get(name).copied()
}

/// Regions jieba tags as places, which no line stops at (西安直飞中亚) and
/// no body is named by (南亚东南亚航空).
const REGIONS: &[&str] = &[
    "中亚",
    "东亚",
    "南亚",
    "西亚",
    "东南亚",
    "东北亚",
    "中东",
    "欧洲",
    "亚洲",
    "非洲",
    "美洲",
    "北美",
    "南美",
    "拉美",
    "大洋洲",
    "东欧",
    "西欧",
    "中东欧",
    "北欧",
    "南欧",
    "东盟",
    "欧盟",
];

/// True for a known place: a country, a Chinese province, city or
/// district, or a foreign city (full or short names).
pub fn is_place(name: &str) -> bool {
    is_cn_place(name) || country(name).is_some() || city_country(name).is_some()
}

/// True for a region of the world (中亚, 东南亚, 欧盟), not a place.
pub fn is_region(name: &str) -> bool {
    REGIONS.contains(&name)
}

/// True for a Chinese province, city, prefecture or district, full or short.
pub fn is_cn_place(name: &str) -> bool {
    GAZETTEER.cn_places.contains(name)
}

/// The length of the longest district, port area or town inside a Chinese
/// city that `chars` starts with (洋山 in 洋山外贸…), written after its city
/// as one place (上海洋山).
pub fn subplace_prefix(chars: &[char]) -> Option<usize> {
    GAZETTEER
        .subplace_trie
        .longest(chars.iter().take(MAX_NAME).copied())
        .map(|(n, ())| n)
}

/// The levels a county, district or town's whole name ends in, cut off to
/// give its bare name (五股区 → 五股, 开化县 → 开化).
const LEVELS: [char; 5] = ['区', '县', '市', '乡', '镇'];

/// The bare name of a place record that opens with a numeral: its short
/// name, or its full name less the level (五股区 → 五股). Not one of
/// numerals only (二七区).
fn numeral_stem(record: &[&'static str]) -> Option<&'static str> {
    let full = *record.first()?;
    let stem = record
        .get(1)
        .copied()
        .filter(|s| !s.is_empty())
        .or_else(|| {
            full.strip_suffix(LEVELS)
                .or_else(|| full.strip_suffix('旗'))
        })?;
    (stem.chars().count() >= 2
        && stem.starts_with(numeral::is_numeral_char)
        && !stem.chars().all(numeral::is_numeral_char)
        && !stem.contains("自治"))
    .then_some(stem)
}

/// The bare name of a county, district or town the data lists without a
/// short one, usually because the bare name is also a word (开化, 即墨):
/// two characters or more, cut from the whole name before its level.
fn bare_stem(record: &[&'static str]) -> Option<&'static str> {
    if record.get(1).is_some_and(|s| !s.is_empty()) {
        return None;
    }
    let stem = record.first()?.strip_suffix(LEVELS)?;
    (stem.chars().count() >= 2 && !stem.contains("自治")).then_some(stem)
}

/// The length of the longest bare name (see [`bare_stem`]) that starts
/// `chars`: a place only where the text around it says so.
pub fn bare_place_prefix(chars: &[char]) -> Option<usize> {
    GAZETTEER
        .bare_trie
        .longest(chars.iter().take(MAX_NAME).copied())
        .map(|(n, _)| n)
}

/// True for the bare name of a Chinese place that opens with a numeral
/// (三重, 五股, 三台, 八德), which jieba reads as a number (三重/m), a
/// time (八德/t) or a verb (五结/v).
pub fn is_numeral_place(word: &str) -> bool {
    GAZETTEER.numeral_places.contains(word)
}

/// True for a Chinese province or autonomous region (广西, 四川省).
pub fn is_province(name: &str) -> bool {
    GAZETTEER.provinces.contains(name)
}

/// The longest country name that starts `chars`, as (length, short name).
pub fn country_prefix(chars: &[char]) -> Option<(usize, &'static str)> {
    GAZETTEER
        .country_trie
        .longest(chars.iter().take(MAX_NAME).copied())
}

/// The longest known place (foreign city or Chinese place) starting `chars`,
/// as (length, country of a foreign city).
pub fn place_prefix(chars: &[char]) -> Option<(usize, Option<&'static str>)> {
    GAZETTEER
        .place_trie
        .longest(chars.iter().take(MAX_NAME).copied())
}

/// True when `c` ends some institution suffix or abbreviation (a cheap
/// test before looking names up).
pub fn could_end_org(c: char) -> bool {
    GAZETTEER.org_last.contains(c)
}

/// True when `c` ends some known place or country name (a cheap test
/// before looking names up).
pub fn could_end_place(c: char) -> bool {
    GAZETTEER.place_last.contains(c)
}

/// Every place name the gazetteers know (countries in all their forms,
/// foreign cities, Chinese places full and short), for the segmenter's user
/// dictionary. Sorted, so the dictionary is built the same way every run.
pub fn place_names() -> Vec<&'static str> {
    let g = &*GAZETTEER;
    let mut names: Vec<&'static str> = records(COUNTRIES)
        .flat_map(|r| {
            let aliases: Vec<&'static str> =
                r.get(2).map_or(Vec::new(), |a| a.split('|').collect());
            r.into_iter().take(2).chain(aliases)
        })
        .chain(g.cities.keys().copied())
        .chain(g.cn_places.iter().copied())
        .filter(|s| s.chars().count() >= 2)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The longest institution suffix that the characters `text` end with
/// (大学, 有限公司).
pub fn org_suffix_at_end(
    text: impl DoubleEndedIterator<Item = char>,
) -> Option<(&'static str, Category)> {
    GAZETTEER.suffix_index.longest_at_end(text)
}

/// The longest standard abbreviation that the characters `text` end with
/// (市外办).
pub fn org_abbreviation_at_end(
    text: impl DoubleEndedIterator<Item = char>,
) -> Option<(&'static str, Category)> {
    GAZETTEER.abbreviation_index.longest_at_end(text)
}

/// Standard abbreviations that are names by themselves, longest first.
pub fn org_abbreviations() -> &'static [(&'static str, Category)] {
    &GAZETTEER.abbreviations
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn countries_resolve_from_any_form() {
        assert_eq!(country("斯里兰卡"), Some("斯里兰卡"));
        assert_eq!(country("美利坚合众国"), Some("美国"));
        assert_eq!(country("萨克拉门托"), None);
    }

    #[test]
    fn county_level_cities_are_places_by_name_and_by_short_name() {
        for name in ["延吉", "延吉市", "敦化", "义乌", "都江堰", "香格里拉市"] {
            assert!(is_cn_place(name), "{name}");
        }
        // An everyday word is a city only with its 市: 灯塔工厂, 临海而建.
        for word in ["灯塔", "临海", "合作", "东方", "安宁"] {
            assert!(!is_cn_place(word), "{word}");
            assert!(is_cn_place(&format!("{word}市")), "{word}市");
        }
    }

    #[test]
    fn every_county_level_division_is_a_place_by_its_whole_name() {
        for name in [
            "威宁彝族回族苗族自治县",
            "柯桥区",
            "南康区",
            "上虞区",
            "鄂托克旗",
            "万荣县",
        ] {
            assert!(is_cn_place(name), "{name}");
        }
        // Short names where they are no common word, foreign place or
        // preposition's prey: 威宁, 柯桥; not 富裕 (rich), 商城 (a mall),
        // 同德 (同德国, "with Germany"), 万荣 (Laos's Vang Vieng), 赵 (赵县).
        for name in ["威宁", "柯桥", "南康", "上虞"] {
            assert!(is_cn_place(name), "{name}");
        }
        for word in ["富裕", "商城", "同德", "从江", "赵", "友好"] {
            assert!(!is_cn_place(word), "{word}");
        }
        assert_eq!(city_country("万荣"), Some("老挝"));
        // A one-character county is a place only where a text cannot mean
        // anything else: 代县 is also 代县长 (an acting county head).
        assert!(!is_cn_place("代县"));
    }

    #[test]
    fn bare_names_are_those_of_places_listed_without_a_short_one() {
        let bare = |s: &str| bare_place_prefix(&s.chars().collect::<Vec<_>>());
        assert_eq!(bare("即墨至越南河内"), Some(2));
        assert_eq!(bare("开化—衢州"), Some(2));
        // Taiwan's townships whose bare names are words (大肚, 新店).
        assert_eq!(bare("新店站"), Some(2));
        // Not a place with a short name (its short one is known as such),
        // nor a stem cut from an autonomous county's name.
        assert_eq!(bare("北京—上海"), None);
        assert_eq!(bare("柯桥"), None);
        assert_eq!(bare("长阳土家族自治县"), None);
        // Taiwan's townships are known by their whole names, and by bare
        // names that are no common word.
        assert!(is_cn_place("大寮区") && is_cn_place("大寮") && is_cn_place("新店区"));
        assert!(!is_cn_place("新店") && !is_cn_place("杨梅"));
    }

    #[test]
    fn places_that_open_with_a_numeral_are_known_by_their_bare_names() {
        for stem in ["三重", "五股", "八德", "五结", "三台", "四会", "七台河"] {
            assert!(is_numeral_place(stem), "{stem}");
        }
        // Not numerals alone (二七区), a place with no numeral, a level's
        // whole name, or a stem cut from an autonomous county's name.
        for word in ["二七", "万州区", "新庄", "五峰土家族自治", "三重区"] {
            assert!(!is_numeral_place(word), "{word}");
        }
    }

    #[test]
    fn country_prefix_takes_the_longest_name() {
        assert_eq!(
            country_prefix(&chars("马尔代夫马累")),
            Some((4, "马尔代夫"))
        );
        assert_eq!(country_prefix(&chars("重庆")), None);
    }

    #[test]
    fn places_know_their_country() {
        assert_eq!(
            place_prefix(&chars("科伦坡—马累")),
            Some((3, Some("斯里兰卡")))
        );
        assert_eq!(place_prefix(&chars("成都市")), Some((3, None)));
        assert_eq!(city_country("杜伊斯堡"), Some("德国"));
    }

    #[test]
    fn lookups_by_the_end_take_the_longest_word() {
        assert_eq!(
            org_suffix_at_end("重庆商务职业学院".chars()).map(|x| x.0),
            Some("职业学院")
        );
        assert_eq!(
            org_suffix_at_end("甲乙有限责任公司".chars()).map(|x| x.0),
            Some("有限责任公司")
        );
        assert_eq!(org_suffix_at_end("没有后缀".chars()), None);
        assert_eq!(
            org_abbreviation_at_end("副主任是市外办".chars()).map(|x| x.0),
            Some("市外办")
        );
    }

    #[test]
    fn suffixes_know_their_category() {
        assert_eq!(
            org_suffix_at_end("东岳大学".chars()),
            Some(("大学", Category::Education))
        );
    }
}
