//! Institutions: named organisations (重庆商务职业学院, 尼泊尔农林大学,
//! 市政府外办). A name ends in a known suffix (大学, 协会, 集团, 有限公司 …)
//! or is a standard abbreviation (市外办, 市对外友协); its start is found by
//! walking back over name-like words. Category comes from the suffix, the
//! country from a country name that opens the name.

use super::{WordSet, is_nominal};
use crate::Span;
use crate::document::{Document, TokenId};
use crate::facts::{Category, Institution};
use crate::merge::Mention;
use crate::{charset, gazetteer, numeral};

/// The longest name we accept, in characters.
const MAX_NAME: usize = 24;

/// Words that open a clause or qualify a noun, not a name: 如重庆市…,
/// 其中…, 地方政府, 会同…
static LEADING_NOISE: WordSet = WordSet::new(&[
    "如",
    // 首航千岛湖通用机场: a line's first flight (jieba: an abbreviation).
    "首航",
    "首飞",
    "其中",
    "同时",
    "此外",
    "并",
    "由",
    "经",
    "据",
    "会上",
    "现场",
    "地方",
    "各级",
    "相关",
    "有关",
    "全市",
    "全省",
    "我市",
    "本市",
    "我省",
    "全国",
    "会同",
    "联合",
    "携手",
    "建设",
    "推动",
    "依托",
    "支持",
    "组织",
    "邀请",
    "包括",
    "会见",
    "会晤",
    "拜会",
    "访问",
    "考察",
    "出席",
    "参加",
    "参观",
    "走访",
    "代表",
    "与会",
    "是",
    "为",
    "在",
    "有",
    "对接",
    "国内外",
    "海内外",
    "境内外",
    "打造",
    "面向",
    "助力",
    "加快",
    "深化",
    "落实",
    "所属",
    "下属",
    "旗下",
    "获得",
    "当选",
    "成为",
    "作为",
    "担任",
    "加入",
    "新建",
    "新增",
    "设立",
    "建成",
    "共建",
    "举办",
    "签署",
    "签订",
    "签约",
    "达成",
    "发布",
    "举行",
    "揭牌",
    "派出",
    // 园区距离|上海虹桥国际机场: how far a place lies opens no name.
    "距离",
    "距",
    // 全地区现有|滑雪场十一家: what a place has is counted, not named.
    "现有",
    // 临空经济区借力|花湖机场 (jieba: a noun).
    "借力",
    "借助",
    // 林口区紧邻|桃园国际机场: where a place lies opens no name.
    "紧邻",
    "毗邻",
    "邻近",
    "靠近",
    "位于",
    // 及时报告|县政府: whom one reports to.
    "报告",
    // 自行车赛获|国际自行车联盟认证: what a body gets from another.
    "获",
    // 新疆油田分公司（以下简称新疆油田公司）: the alias is the name, not its
    // announcement.
    "简称",
    "以下简称",
]);

/// The roles a firm plays in a deal (营运商, 供应商, 合作方): before a
/// firm's name, no part of it (园区营运商|宏翔国际物流股份有限公司); an
/// association of them is named by them (汽车经销商协会).
static FIRM_ROLES: WordSet = WordSet::new(&[
    // (本地製造商|群耀精密工業股份有限公司.)
    "制造商",
    "运营商",
    "营运商",
    "供应商",
    "承运商",
    "服务商",
    "开发商",
    "投资商",
    "经销商",
    "代理商",
    "采购商",
    "进口商",
    "出口商",
    "承建商",
    "合作方",
    "投资方",
    "运营方",
    "承建方",
    "主办方",
    "承办方",
    // (在地業者|澎湖海運股份有限公司: Taiwan's word for an operator.)
    "业者",
]);

/// A word that opens a clause rather than a name: [`LEADING_NOISE`], or a
/// verb of going (抵达|武汉天河国际机场).
fn is_noise(word: &str) -> bool {
    LEADING_NOISE.contains(word) || super::MOTION_VERBS.contains(word)
}

/// Whether the name at `start` opens with a 和 that joins it to a name
/// right before it: 嘉荫边境检查站和|县交通运输局 (jieba: 和县, a county).
fn and_after_name(doc: &Document, start: usize) -> bool {
    start > 0
        && doc.norm(Span::new(start, start + 1)) == "和"
        && gazetteer::org_suffix_at_end(
            doc.chars(Span::new(start.saturating_sub(12), start))
                .iter()
                .copied(),
        )
        .is_some()
}

/// Whether token `t` (id `id`) is part of a Latin brand inside a name: a
/// word of letters with hyphens (U-STEP), or a space between two Latin words
/// (Beauty Crown).
fn latin_part(doc: &Document, t: &crate::segment::Token, id: TokenId) -> bool {
    let word = doc.word(t);
    let latin = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic());
    if t.tag == "eng" {
        return word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '&' | '.'));
    }
    word == " "
        && [doc.prev(id), doc.next(id)]
            .iter()
            .all(|k| k.is_some_and(|k| latin(doc.word(doc.token(k)))))
}

/// Whether the token before `id` is one character and the one before that
/// passes `opens` (日本|东|和, 伊春|林|都: one character of a name jieba cut
/// off after its place).
fn one_char_after(doc: &Document, id: TokenId, opens: impl Fn(TokenId) -> bool) -> bool {
    doc.prev(id).is_some_and(|p| {
        let t = doc.token(p);
        t.end - t.start == 1 && doc.prev(p).is_some_and(&opens)
    })
}

/// Words jieba tags as times that name firms: 假日, 假期, 世纪, 时代, 现代.
const NAME_TIME_WORDS: &[&str] = &["假日", "假期", "世纪", "时代", "现代", "当代"];

/// The first characters of the sides a body can be on (俄方, 外方, 双方):
/// one-character countries, and not the compass points (东方, 西方).
const SIDES: &str = "中俄日韩朝美英法德意印越泰老柬缅蒙哈乌吉塔土伊沙埃巴澳新荷葡比瑞丹挪芬波捷匈奥希外双各我对甲乙";

/// Verbs of having, of coming from and of being somewhere, which never
/// stand inside a name.
const OUTSIDE_NAMES: &[&str] = &[
    "有",
    "已有",
    "共有",
    "拥有",
    "现有",
    "设有",
    "建有",
    "还有",
    "没有",
    "来源于",
    "来自",
    "位于",
    // 路线委由|顺安客运…公司营运: entrusted to.
    "委由",
    "交由",
    // 根据|区公所统计, 指导|开化县…协会: according to, guided.
    "根据",
    "指导",
    // 亦建議|香港教育大學 (a noun to jieba), 主要服務|往返|香港中文大學.
    "建议",
    "往返",
];

/// Words that make no name on their own before a suffix: 海外子公司,
/// 外国商会 are kinds, not names.
const GENERIC_PREFIXES: &[&str] = &[
    "海外",
    "境外",
    "国外",
    "外国",
    "国内",
    "境内",
    "当地",
    "本地",
    "各国",
    "外资",
    "中外",
    "两国",
    "大型",
    "货运",
    "双方",
    "中",
    "经贸",
    "跨境",
    "国际",
    "外方",
    "中方",
    "地区",
    "行业",
    "跨境电商",
    "船",
    // 街道办事处: any subdistrict's office.
    "街道",
    // 區內大學, 市内高校: the ones inside a place.
    "区内",
    "市内",
    "县内",
    "省内",
    // 星级酒店, 世界一流大学, 农民专业合作社: a grade or a membership.
    "星级",
    "一流",
    "世界一流",
    "高水平",
    "境外高水平",
    "专业",
    "农民专业",
    "边民",
    "青少年",
    "跨国",
    // 驻场货运航空公司, 境外合作旅行社: where they work or whom they work with.
    "驻场",
    "驻场货运",
    "境外合作",
    "招商",
    // 国立大学, 州立大学: who runs a school, not which.
    "国立",
    "公立",
    "私立",
    "州立",
    "市立",
];

/// Whether `word` opens a kind of body rather than a body's name (当地企业,
/// 境外高校): see [`GENERIC_PREFIXES`].
pub(crate) fn is_generic_prefix(word: &str) -> bool {
    GENERIC_PREFIXES.contains(&word)
}

/// Suffixes of a unit of a larger body (国家外汇管理局海南省分局, 俄罗斯工商会
/// 青岛代表处): the unit is of the kind of the body it belongs to, when the
/// name holds that body's own suffix.
const SUB_UNITS: &[&str] = &[
    "校区",
    "分局",
    // 农业部农粮署|中区分署 (Taiwan: a regional branch).
    "分署",
    // 茶及飲料作物改良場|魚池分場: a research station's branch.
    "分场",
    "中心支局",
    "支局",
    // 德国弗莱堡大学|医学中心.
    "医学中心",
    "分校",
    "分院",
    "分行",
    "支行",
    "分会",
    "支会",
    "分公司",
    "秘书处",
    "联络处",
    "代表处",
    "驻华代表处",
    "办事处",
    "货运中心",
    // 工业和信息化部|电子信息司, 中国铁路哈尔滨局集团有限公司|海拉尔车务段.
    "司",
    "车务段",
    // 泰国驻华大使馆|商务处.
    "商务处",
    "经商处",
    // 西安交通大学|国际合作与交流处: a university's office is the university's kind.
    "处",
    // 中国国际贸易促进委员会|泉州市委员会: a body's local committee too.
    "委员会",
    // 市委|办公室: the office of a party committee is the party's.
    "办公室",
];

/// Nouns that 航空 opens (航空城, 航空口岸, 航空产业): a place's 航空 before
/// them is no airline.
const AFTER_AVIATION: &[&str] = &[
    "城", "口岸", "产业", "工业", "港", "枢纽", "物流", "货运", "企业", "器", "制造", "小镇",
    "服务", "经济", "市场", "领域", "航天", "运输", "装备", "材料",
];

/// Words that open the name of an international body ending in a bare 组织
/// (国际竹藤组织, 世界旅游组织, 联合国工业发展组织).
const INTERNATIONAL_OPENERS: &[&str] = &["国际", "世界", "联合国", "全球"];

/// Suffixes that name a body by its place (重庆市人民政府, 南非政府, 老挝航空):
/// 派出政府代表团 and 民用航空 hold no name.
const GOVERNMENTS: &[&str] = &["政府", "人民政府", "航空"];

/// Two-character words jieba guesses as names that say where or how a
/// carrier runs (远洋海运, 内河航运), not whose it is.
const NOT_BRANDS: &[&str] = &[
    "远洋", "近洋", "内河", "沿海", "江海", "国际", "国内", "跨境",
];

/// True when a brand stands right before the carrier suffix (航空, 航运,
/// 海运) at `suffix_start`: one two-character word jieba guessed a name,
/// that is no place (华信|航空, 德升|海运).
fn brand_before(doc: &Document, base: usize, suffix_start: usize) -> bool {
    suffix_start >= 2
        && doc.token_at(suffix_start - 1).is_some_and(|t| {
            let word = doc.word(t);
            // (韩国|海鸥|航空, 泰国|狮子|航空: a common noun after a country.)
            let after_country = || {
                t.start > base
                    && doc.token_at(t.start - 1).is_some_and(|c| {
                        c.end == t.start
                            && c.start >= base
                            && gazetteer::country(doc.word(c)).is_some()
                    })
            };
            t.end == suffix_start
                && t.start >= base
                && t.end - t.start == 2
                && (matches!(t.tag, "nr" | "nz" | "nrt" | "ns") || t.tag == "n" && after_country())
                && !gazetteer::is_place(word)
                && !NOT_BRANDS.contains(&word)
                // (长江|航运, 西江|航运: a river's shipping.)
                && !word.ends_with(['江', '河', '湖'])
        })
}

/// 航运 or 海运 after a brand (万海|航运, 德升|海运), which the suffix table
/// leaves out: as a suffix there they would end the owners of counted
/// nouns (跨境电商海运快件). A ship's name in quotes (“中远海运兰州”轮)
/// names no carrier.
fn brand_carrier(
    doc: &Document,
    chars: &[char],
    base: usize,
    end: usize,
) -> Option<(&'static str, Category)> {
    let suffix = match chars[..end] {
        [.., '航', '运'] => "航运",
        [.., '海', '运'] => "海运",
        // 桃园客运, 彰化客运: a bus company named by its town alone, as
        // Taiwan's are (not 公路客运, 桃园客运站).
        [.., '客', '运'] => {
            let town = doc.norm(Span::new((base + end).saturating_sub(4), base + end - 2));
            let word_ends = doc.is_word_end(base + end)
                && chars
                    .get(end)
                    .is_none_or(|c| !"站量班线航码枢车业输".contains(*c));
            return (end >= 4
                && word_ends
                && gazetteer::is_cn_place(town)
                && doc.is_word_start(base + end - 4))
            .then_some(("客运", Category::Company));
        }
        _ => return None,
    };
    let ship = chars[end..]
        .iter()
        .take(8)
        .position(|c| matches!(c, '”' | '"'))
        .is_some_and(|q| matches!(chars.get(end + q + 1), Some('轮' | '号')));
    // (高雄—新加坡冷鏈海運|航線: how a line carries, not who.)
    let line = ["航线", "专线", "快线", "线路", "通道"]
        .iter()
        .any(|w| chars[end..].iter().copied().take(2).eq(w.chars()));
    (!ship && !line && brand_before(doc, base, base + end - 2))
        .then_some((suffix, Category::Company))
}

/// True when the word `w` ends in a word in 局, 部 or 处 that names no
/// office (布局, 交汇处); 安全局 (美国国家安全局) is one.
fn is_no_office(w: &str) -> bool {
    NOT_OFFICES.iter().any(|n| w.ends_with(n)) && !w.ends_with("安全局")
}

/// True when `chars` end in 安全局 or 安全处 (security, not 全局).
fn ends_security(chars: &[char]) -> bool {
    chars.ends_with(&['安', '全', '局']) || chars.ends_with(&['安', '全', '处'])
}

/// Who runs a school (国立, 市立), which opens its name: 国立联合大学.
const SCHOOL_RUNNERS: &[&str] = &["国立", "市立", "州立", "县立", "省立", "私立", "公立"];

/// Last characters of the places and levels a government is named by.
const PLACE_ENDS: &str = "市省县区州国镇乡村旗盟邦府道郡";

/// Levels of government that stand for a place before an abbreviation.
const GOVERNMENT_LEVELS: &[&str] = &["自治区", "自治州", "自治县", "特区"];

/// Levels of government that stand alone for their place before an
/// abbreviation (州文旅局, 市文广旅局).
const LEVEL_CHARS: &str = "市省县区州";

/// Endings of words in 局, 部 or 厅 that name no office (jieba tags 新格局
/// an organisation). Not 政局: 财政局 is one.
const NOT_OFFICES: &[&str] = &[
    "格局",
    "布局",
    "变局",
    "结局",
    "大局",
    "开局",
    "全局",
    "时局",
    "僵局",
    "骗局",
    "饭局",
    "棋局",
    "残局",
    "赌局",
    "出局",
    "破局",
    "终局",
    "定局",
    "胜局",
    "败局",
    "当局",
    // 地处川陕甘接合部: where places meet.
    "接合部",
    "结合部",
    // 地处两条铁路交汇处 (jieba: 交汇处/nt), 优势之处: where, not an office.
    "交汇处",
    "交界处",
    "汇合处",
    "交接处",
    "相交处",
    "接壤处",
    "结合处",
    "之处",
    "好处",
    "益处",
    "用处",
    "住处",
    "到处",
    "各处",
    "此处",
    "出处",
    "深处",
    "难处",
    "长处",
    "短处",
    "去处",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "内部",
    "外部",
    "全部",
    "局部",
    "干部",
    "总部",
    "头部",
    "底部",
    "顶部",
    "腹部",
    "大厅",
    "展厅",
    "客厅",
    "餐厅",
    "会议厅",
    "宴会厅",
];

pub fn extract(doc: &Document) -> Vec<Mention<Institution>> {
    let mut found: Vec<Mention<Institution>> = Vec::new();
    for s in &doc.sentences {
        let chars = doc.chars(*s);
        let mut end = chars.len();
        // Right to left, so that a name found takes its suffix and what precedes.
        while end > 0 {
            if let Some(m) = name_ending_at(doc, chars, s.start, end)
                // Scanning right to left, only the name found last can overlap.
                && !found.last().is_some_and(|f| f.span.overlaps(m.span))
            {
                end = m.span.start - s.start;
                // 水產試驗所|淡水繁養殖研究中心: a research body's centre
                // written right after it is one name with it.
                if let Some(unit) = found.last_mut().filter(|u| {
                    u.span.start == m.span.end
                        && u.attrs.category == Category::Research
                        && m.attrs.category == Category::Research
                }) {
                    *unit = mention(
                        doc,
                        Span::new(m.span.start, unit.span.end),
                        Category::Research,
                        unit.rule,
                    );
                    continue;
                }
                found.push(m);
                continue;
            }
            end -= 1;
        }
    }
    for m in ports_as_subjects(doc)
        .into_iter()
        .chain(ports_as_counterparts(doc))
        .chain(aliases(doc, &found))
    {
        if !found.iter().any(|f| f.span.overlaps(m.span)) {
            found.push(m);
        }
    }
    let repeats = aliases_used_later(doc, &found);
    found.extend(repeats);
    found.sort_by_key(|m| m.span.start);
    found.retain(|m| !(m.attrs.category == Category::Media && opens_dateline(doc, m.span.end)));
    found.retain(|m| !counted_kind(doc, m.span.start) && !counted_after(doc, m.span.end));
    found.retain(|m| !names_a_website(doc, m.span.end));
    found
}

/// True when a website's word follows `pos` (平湖市人民政府|网站, 盈江县人民
/// 政府|网): the body's name there names its site.
fn names_a_website(doc: &Document, pos: usize) -> bool {
    let tail: String = doc
        .chars(Span::new(pos, (pos + 4).min(doc.len())))
        .iter()
        .collect();
    // (…政府网 at a line's end or before a space or punctuation; 网络 and
    // 网格 are other words.)
    ["网站", "门户网", "官网", "官方网站", "网消息", "网发布"]
        .iter()
        .any(|w| tail.starts_with(w))
        || tail.starts_with('网') && tail.chars().nth(1).is_none_or(|c| !charset::is_han(c))
}

/// Ports that open a clause, maybe after a time (湛江港完成货物吞吐量2.31亿吨,
/// 前三季度，台州港完成…, 开通仪式上，青岛港与…签署): a port named by its
/// place that acts is its operator, a company. A port after a preposition
/// or in a line (至钦州港, 经天津港中转, 烟台港—新加坡) is a place; one that
/// opens a longer name or a part of itself (钦州港片区, 广州港南沙港区,
/// 九江港口集团, 舟山港域) is not this body.
fn ports_as_subjects(doc: &Document) -> Vec<Mention<Institution>> {
    let mut found = Vec::new();
    for s in &doc.sentences {
        let chars = doc.chars(*s);
        // Most sentences name no port.
        if !chars.contains(&'港') {
            continue;
        }
        let clause_starts = std::iter::once(0).chain(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(c, ',' | ';' | ':'))
                .map(|(i, _)| i + 1),
        );
        for start in clause_starts {
            // 今年前三季度，2024年: a time before the subject.
            let after_time = start
                + chars[start..]
                    .iter()
                    .take_while(|&&c| c.is_ascii_digit() || TIME_CHARS.contains(c))
                    .count();
            let Some((at, len, country)) = std::iter::once(start)
                .chain((after_time > start).then_some(after_time))
                .find_map(|at| port_at(&chars[at..]).map(|(len, country)| (at, len, country)))
            else {
                continue;
            };
            let span = Span::new(s.start + at, s.start + at + len);
            found.push(Mention {
                span,
                attrs: Institution {
                    name: doc.source(span).to_string(),
                    category: Category::Company,
                    country: country.map(str::to_string),
                },
                rule: "institution/port",
            });
        }
    }
    found
}

/// Ports that sign or ally with another body (与丹麦埃斯比约港签署, 与西班牙
/// 瓦伦西亚港签署, 已与阿联酋阿布扎比港口集团、阿曼苏哈尔港等…建立友好港关系):
/// a port named by its country or a known place after a connector, in a
/// clause that goes on to the act, is its operator, a company.
fn ports_as_counterparts(doc: &Document) -> Vec<Mention<Institution>> {
    const CONNECTORS: &[char] = &['与', '同', '和', '、'];
    const ACTS: &[&str] = &["签署", "签订", "签约", "缔结", "建立", "结为", "结成"];
    let mut found = Vec::new();
    for s in &doc.sentences {
        let chars = doc.chars(*s);
        if !chars.contains(&'港') {
            continue;
        }
        for (end, _) in chars.iter().enumerate().filter(|(_, c)| **c == '港') {
            // What follows the port: the act, or more of the list before it.
            let rest = &chars[end + 1..];
            let clause_end = rest
                .iter()
                .position(|c| matches!(c, ',' | ';' | '。' | ':' | '!' | '?'))
                .unwrap_or(rest.len());
            let at = s.start + end + 1;
            let clause = doc.norm(Span::new(at, at + clause_end));
            let next = rest.first().copied();
            if !next.is_some_and(|c| "签缔建结、等和与及".contains(c))
                || !ACTS.iter().any(|a| clause.contains(a))
            {
                continue;
            }
            // The name opens after the nearest connector.
            let Some(open) = (end.saturating_sub(12)..end)
                .rev()
                .find(|&k| CONNECTORS.contains(&chars[k]))
                .map(|k| k + 1)
            else {
                continue;
            };
            let name = &chars[open..=end];
            if name.len() < 3
                || !name
                    .iter()
                    .all(|&c| charset::is_alphanumeric(c) || c == '-')
            {
                continue;
            }
            // Named by its country or a known place, with more after it.
            let named = match gazetteer::country_prefix(name) {
                Some((n, _)) => n + 2 <= name.len(),
                None => gazetteer::place_prefix(name).is_some_and(|(n, _)| n < name.len()),
            };
            if named {
                let span = Span::new(s.start + open, s.start + end + 1);
                found.push(mention(doc, span, Category::Company, "institution/port"));
            }
        }
    }
    found
}

/// 德阳蓉能汽轮机有限公司（蓉能汽机）, 香港金融管理局（金管局）, …分公司
/// （以下简称“新疆油田公司”）: a short name in brackets right after a body's
/// name is a name of the same body's kind.
fn aliases(doc: &Document, found: &[Mention<Institution>]) -> Vec<Mention<Institution>> {
    let mut out = Vec::new();
    // (人民日报（海外版）: a paper's edition is no alias.)
    for m in found.iter().filter(|m| m.attrs.category != Category::Media) {
        let tail = doc.chars(Span::new(m.span.end, (m.span.end + 16).min(doc.len())));
        let Some(close) = tail.iter().position(|&c| c == ')') else {
            continue;
        };
        if tail.first() != Some(&'(') {
            continue;
        }
        let mut inner = Span::new(m.span.end + 1, m.span.end + close);
        let text = doc.norm(inner);
        if let Some(w) = super::ALIAS_MARKERS.iter().find(|w| text.starts_with(**w)) {
            inner.start += w.chars().count();
        }
        let text = doc.chars(inner);
        if text.first() == Some(&'“') && text.last() == Some(&'”') {
            inner = Span::new(inner.start + 1, inner.end - 1);
        }
        let text = doc.chars(inner);
        if !(2..=8).contains(&text.len()) || !text.iter().all(|&c| charset::is_alphanumeric(c)) {
            continue;
        }
        // (A place, year or season in brackets is part of the name, not an
        // alias: …产业园（春季）投资合作推介会.)
        let name = doc.source(inner);
        let time = doc
            .token_at(inner.start)
            .is_some_and(|t| t.start == inner.start && t.end == inner.end && t.tag == "t");
        if gazetteer::is_place(doc.norm(inner)) || name.chars().all(|c| c.is_ascii_digit()) || time
        {
            continue;
        }
        out.push(Mention {
            span: inner,
            attrs: Institution {
                name: name.to_string(),
                category: m.attrs.category,
                country: None,
            },
            rule: "institution/alias",
        });
    }
    out
}

/// Every later use of a short name given in brackets (中车株洲电力机车有限公司
/// （以下简称“中车株机”）… 中车株机与…签署): the short name has no suffix
/// to be found by, so it is looked for as written, as a whole word (or
/// words) outside the names already found.
fn aliases_used_later(doc: &Document, found: &[Mention<Institution>]) -> Vec<Mention<Institution>> {
    let mut out: Vec<Mention<Institution>> = Vec::new();
    for alias in found.iter().filter(|m| m.rule == "institution/alias") {
        let name = doc.chars(alias.span);
        for s in doc.sentences.iter().filter(|s| s.start >= alias.span.end) {
            let chars = doc.chars(*s);
            for k in 0..chars.len().saturating_sub(name.len() - 1) {
                let span = Span::new(s.start + k, s.start + k + name.len());
                if chars[k..k + name.len()] == *name
                    && doc.is_word_start(span.start)
                    && doc.is_word_end(span.end)
                    && !found.iter().chain(&out).any(|f| f.span.overlaps(span))
                {
                    out.push(Mention {
                        span,
                        attrs: alias.attrs.clone(),
                        rule: "institution/alias",
                    });
                }
            }
        }
    }
    out
}

/// Characters of a time before a clause's subject (今年前三季度, 2024年1至9月).
const TIME_CHARS: &str = "一二三四五六七八九十〇零今去全当前上下半年月日季度以来至同期—-";

/// A port named by one or two places (湛江港, 宁波舟山港, 赣州国际陆港)
/// opening `chars` and acting there: its length in characters and the
/// country of a foreign one.
fn port_at(chars: &[char]) -> Option<(usize, Option<&'static str>)> {
    let (mut len, mut country) = gazetteer::place_prefix(chars)?;
    if let Some((more, c)) = gazetteer::place_prefix(&chars[len..]) {
        len += more;
        country = country.or(c);
    }
    let rest = &chars[len..];
    const PORTS: [&[char]; 3] = [&['港'], &['国', '际', '陆', '港'], &['陆', '港']];
    let port = PORTS.iter().find(|p| rest.starts_with(p))?;
    len += port.len();
    // Not the start of a longer name or a part of the port, nor Hong Kong's
    // capital, firms or people after a place (前海|港资企业).
    let next = chars.get(len).copied();
    if next.is_none_or(|c| "口务区湾域片城站股集航—-~、资澳企人商籍".contains(c) || c == '(')
    {
        return None;
    }
    let ahead = &chars[len..(len + 6).min(chars.len())];
    if ahead
        .windows(2)
        .any(|w| w == ['港', '区'] || w == ['港', '域'])
    {
        return None;
    }
    Some((len, country))
}

/// Whether token `id` is one character ending a name transcribed after its
/// country, which jieba cut off and tagged as something else: 老挝丰沙|里|
/// 省政府 (a place word), 荷兰代尔夫|特|市政府 (an adverb). Nothing before
/// `limit` counts.
fn last_syllable(doc: &Document, limit: usize, id: TokenId) -> bool {
    let t = doc.token(id);
    t.end - t.start == 1
        && doc.prev(id).is_some_and(|p| {
            matches!(doc.token(p).tag, "ns" | "nr" | "nrt")
                && doc.prev(p).is_some_and(|q| {
                    let q = doc.token(q);
                    // (爱德华多·蒙德拉|内|大学: after a dot, the name is
                    // foreign too.)
                    q.start >= limit
                        && (gazetteer::country(doc.word(q)).is_some() || doc.word(q) == "·")
                })
        })
}

/// True when a count or a distributive stands right before `start`:
/// 5至8个|侨商产业园, 各地|温州商会 name a kind of body, not one body.
fn counted_kind(doc: &Document, start: usize) -> bool {
    let Some(prev) = start
        .checked_sub(1)
        .and_then(|p| doc.token_at(p))
        .filter(|t| t.end == start)
    else {
        return false;
    };
    let word = doc.word(prev);
    if matches!(word, "各地" | "各级" | "各类" | "各" | "若干") {
        return true;
    }
    let numeral = |w: &str| w.chars().any(numeral::is_numeral_char);
    let measure = |w: &str| w.ends_with(['个', '家', '所', '座', '批']);
    // 三家 (one token), 8|个, 10余|家.
    measure(word)
        && (prev.tag == "m" && numeral(word)
            || prev
                .start
                .checked_sub(1)
                .and_then(|p| doc.token_at(p))
                .is_some_and(|n| n.end == prev.start && n.tag == "m" && numeral(doc.word(n))))
}

/// True when a count of the name follows it and ends its clause (捐建学校
/// 320多所, 新建乡村学校12所，): the name is a kind of body, counted, not one
/// body. (苏州大学等3所高校: a count of what follows is none.)
fn counted_after(doc: &Document, end: usize) -> bool {
    let tail = doc.chars(Span::new(end, (end + 12).min(doc.len())));
    let number = tail
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || numeral::is_numeral_char(c) || c == '.')
        .count();
    let more = tail[number..]
        .iter()
        .take_while(|&&c| c == '多' || c == '余')
        .count();
    let k = number + more;
    number > 0
        && tail.get(k).is_some_and(|c| "个家所座批处".contains(*c))
        && tail
            .get(k + 1)
            .is_none_or(|c| "。、,;.等和及)".contains(*c))
}

/// True when a dateline follows `pos`: a place and a date ending in 电 or
/// 讯 (新华社|北京11月25日电). The agency there signs the story; it is
/// no fact of it.
fn opens_dateline(doc: &Document, pos: usize) -> bool {
    let tail = doc.chars(Span::new(pos, (pos + 16).min(doc.len())));
    let Some(day) = tail
        .windows(2)
        .position(|w| w[0] == '日' && matches!(w[1], '电' | '讯'))
    else {
        return false;
    };
    let before = &tail[..day];
    before.contains(&'月')
        && before.last().is_some_and(|c| numeral::is_numeral_char(*c))
        && before
            .iter()
            .all(|c| charset::is_alphanumeric(*c) || *c == ' ')
}

/// True when `pos` is the second character of a two-character word that
/// a preposition opens (由县|交通运输局: jieba glued the level to 由).
fn after_preposition(doc: &Document, pos: usize) -> bool {
    pos > 0
        && doc
            .token_at(pos)
            .is_some_and(|t| t.start + 1 == pos && t.end == pos + 1)
        && doc
            .chars(Span::new(pos - 1, pos))
            .first()
            .is_some_and(|c| "由从向在对经为与和".contains(*c))
}

/// An institution whose name ends at `end` (relative to the sentence).
fn name_ending_at(
    doc: &Document,
    chars: &[char],
    base: usize,
    end: usize,
) -> Option<Mention<Institution>> {
    if end == 0 {
        return None;
    }
    let abs_end = base + end;
    // (航运 and 海运: see brand_carrier.)
    let carrier =
        chars[end - 1] == '运' && end >= 2 && matches!(chars[end - 2], '航' | '海' | '客');
    if !gazetteer::could_end_org(chars[end - 1]) && !carrier {
        return None;
    }
    // Only the tail can hold a suffix or abbreviation: keeps the scan linear.
    let text = &chars[end.saturating_sub(MAX_NAME)..end];
    let abbreviation = gazetteer::org_abbreviation_at_end(text.iter().copied());
    let suffix = gazetteer::org_suffix_at_end(text.iter().copied()).or_else(|| {
        carrier
            .then(|| brand_carrier(doc, chars, base, end))
            .flatten()
    });
    if abbreviation.is_none() && suffix.is_none() || !ends_name(doc, chars, end, abs_end) {
        return None;
    }
    if let Some((abbr, category)) = abbreviation {
        let n = abbr.chars().count();
        let head = abs_end - n;
        // 市|文旅局, 由州|文旅局: a level on its own (or glued to a
        // preposition) stands for the place, not 德国巴登-符腾堡|州|经济部
        // or 巴伐利亚州|经济部, where it ends a place's name.
        let level_alone = end > n
            && LEVEL_CHARS.contains(chars[end - n - 1])
            && doc.token_at(head - 1).is_some_and(|t| {
                let named = head >= 2
                    && doc.token_at(head - 2).is_some_and(|p| {
                        p.end == head - 1 && matches!(p.tag, "ns" | "nr" | "nrt" | "nz")
                    });
                t.end - t.start == 1 && !named || after_preposition(doc, head - 1)
            });
        // 重庆市政府外办: a place written before the abbreviation is part of the name.
        // 自治区商务厅: the level of government stands for the place.
        let level = GOVERNMENT_LEVELS
            .iter()
            .find(|w| super::ends_with_word(&chars[..end - n], w))
            .map(|w| head - w.chars().count())
            // 州文旅局, 市文广旅局: the level alone stands for the place.
            // (由县|交通运输局: or glued to the preposition before it.)
            .or_else(|| {
                let c = *chars.get((end - n).checked_sub(1)?)?;
                (LEVEL_CHARS.contains(c) && level_alone).then(|| head - 1)
            });
        let start = place_before(doc, chars, base, end - n)
            .or_else(|| level.filter(|&s| doc.is_word_start(s) || after_preposition(doc, s)))
            .unwrap_or(head);
        if start + 1 < head && and_after_name(doc, start) {
            let span = Span::new(start + 1, abs_end);
            return Some(mention(doc, span, category, "institution/abbreviation"));
        }
        // 共青团延安市委, 中共黄冈市委: the youth league's or the party's
        // committee of a place.
        let start = start
            .checked_sub(1)
            .and_then(|p| doc.token_at(p))
            .filter(|t| {
                t.end == start && t.start >= base && matches!(doc.word(t), "共青团" | "中共")
            })
            .map_or(start, |t| t.start);
        // 香港特别行政区政府 is one word: its tail 区政府 is not a name.
        // (据克州|商务局: the place starts after the 据 jieba glued to it.)
        let after_ju = start > base && doc.norm(Span::new(start - 1, start)) == "据"
            || after_preposition(doc, start);
        if doc.is_word_start(start) || after_ju {
            // 三亚市旅游和文化广电体育局: fields before the abbreviation make
            // it the end of a longer name, walked back as a suffix (not 由州|
            // 文旅局, a level jieba glued to the word before).
            // (荷兰代尔夫|特|市政府: a transcribed name's last syllable, which
            // jieba reads as an adverb.)
            let field_before = end > n
                && doc.token_at(head - 1).is_some_and(|t| {
                    t.end == head
                        && (matches!(
                            t.tag,
                            "n" | "vn" | "nz" | "j" | "nt" | "l" | "c" | "ns" | "nr" | "nrt" | "s"
                        ) || doc
                            .token_id(t.start)
                            .is_some_and(|id| last_syllable(doc, base, id)))
                        && !level_alone
                });
            if start == head
                && field_before
                && let Some(longer) = suffix
                    .and_then(|s| suffix_name(doc, chars, base, end, s))
                    .filter(|m| m.span.start < head)
            {
                return Some(longer);
            }
            let span = Span::new(start, abs_end);
            return Some(mention(doc, span, category, "institution/abbreviation"));
        }
    }
    suffix_name(doc, chars, base, end, suffix?)
}

/// The name that ends at `end` with `suffix` (see [`name_ending_at`]).
fn suffix_name(
    doc: &Document,
    chars: &[char],
    base: usize,
    end: usize,
    (suffix, category): (&str, Category),
) -> Option<Mention<Institution>> {
    let abs_end = base + end;
    let suffix_start = abs_end - suffix.chars().count();
    // 公协会 (Taiwan's 公会 and 协会 together, 产业公协会) is a kind of body.
    if suffix == "协会" && suffix_start > base && chars[end - 3] == '公' {
        return None;
    }
    // 黃志成分局長, 請林局長: a suffix glued to 长 is a person's title, after
    // a name or a surname.
    if chars.get(end) == Some(&'长')
        && doc.token_at(abs_end - 1).is_some_and(|t| {
            let before = suffix_start
                .checked_sub(1)
                .and_then(|p| doc.token_at(p))
                .filter(|p| p.end == suffix_start);
            // (Not 經濟發展局長…: a bureau's head after its whole name.)
            t.end > abs_end
                && (!doc.is_word_start(suffix_start)
                    || before.is_some_and(|p| p.end - p.start == 1 || matches!(p.tag, "nr" | "ng")))
        })
    {
        return None;
    }
    // A one-character suffix ends a name only as a word of its own or at the
    // end of a longer organisation word (国王队), never in 团队 or 布局.
    let word = doc.token_at(suffix_start)?;
    if suffix.chars().count() == 1 {
        // 影片42部, 三部: after a number 部 is a measure word.
        if end >= 2 && numeral::is_numeral_char(chars[end - 2]) {
            return None;
        }
        // 国际合作局, 商务局, 机械厂: jieba keeps a bureau's field with its
        // 局 as one noun, which still ends a name (布局 and 格局 are two
        // characters).
        let w = doc.word(word);
        // (埔里|酒厂: a works named by its place, see below.)
        let org_word = !is_no_office(w)
            && (word.tag == "nt"
                || matches!(suffix, "局" | "部" | "厅" | "署" | "厂")
                    && (word.end - word.start >= 3
                        || suffix == "厂"
                            // (工厂 is a kind; 设厂, 建厂 set one up.)
                            && !w.starts_with(['工', '设', '建', '办', '开', '出', '进', '全', '本', '该', '各']))
                    && word.end == abs_end);
        let after_direction = end >= 2
            && "东西南北中内外全上下前后".contains(chars[end - 2])
            && !ends_security(&chars[..end]);
        if after_direction || !doc.is_word_start(suffix_start) && !org_word {
            return None;
        }
    }
    // 南非政府 (one word, nt), 重庆市|政府, 老挝|航空; not 受援国政府 (国
    // ends a country's name only) or 民用航空.
    let head_len = end - suffix.chars().count();
    // 华信|航空: an airline by its brand, as well as by its place. (航运
    // and 海运 come from brand_carrier, which names a carrier by its brand
    // only: 宁波海运 is how goods travel from Ningbo.)
    let brand = suffix == "航空" && brand_before(doc, base, suffix_start);
    if GOVERNMENTS.contains(&suffix)
        && !brand
        && (head_len == 0
            || !doc.token_at(suffix_start - 1).is_some_and(|t| {
                let place = doc.norm(Span::new(t.start.max(base), suffix_start));
                let last = chars[head_len - 1];
                t.tag == "ns"
                    && t.end <= suffix_start
                    && last != '国'
                    && !gazetteer::is_region(place)
                    || gazetteer::is_place(place)
                    || PLACE_ENDS.contains(last) && last != '国'
            }))
    {
        return None;
    }
    // 南昌航空|城, 贵阳航空|口岸, 江西省航空|产业: 航空 opens a noun there,
    // it names no airline.
    if suffix == "航空"
        && AFTER_AVIATION.iter().any(|w| {
            chars[end..]
                .iter()
                .copied()
                .take(w.chars().count())
                .eq(w.chars())
        })
    {
        return None;
    }
    // 仁武食品加工產業園|區, 太保智慧科技產業園|區: an industrial zone, a
    // place, not the park company 产业园 names.
    if suffix == "产业园" && chars.get(end) == Some(&'区') {
        return None;
    }
    // Checked before the walk back: 组织 and 航空 are frequent words.
    if suffix == "组织" {
        let before: String = chars[end.saturating_sub(MAX_NAME)..head_len]
            .iter()
            .collect();
        if !INTERNATIONAL_OPENERS.iter().any(|w| before.contains(w)) {
            return None;
        }
    }
    // International bodies are listed by their whole names (亚洲开发银行,
    // 世界银行), which stand alone; other suffixes need a name before them.
    let standalone = category == Category::International && doc.is_word_start(suffix_start);
    // A unit of a body named before it, maybe with the unit's place between:
    // 上海合作组织|秘书处, 国家外汇管理局|海南省|分局.
    let body_start = SUB_UNITS
        .contains(&suffix)
        .then(|| {
            // (农粮署|中区|分署: a region named by its compass point.)
            let region = matches!(
                chars[..head_len],
                [.., '东' | '西' | '南' | '北' | '中', '区']
            );
            let head_len = if region { head_len - 2 } else { head_len };
            let body_end = place_before(doc, chars, base, head_len).map_or(head_len, |p| p - base);
            name_ending_at(doc, chars, base, body_end)
                .map(|b| b.span.start)
                .or_else(|| branch_body(doc, chars, base, head_len))
        })
        .flatten()
        .or_else(|| university_before(doc, chars, base, suffix, head_len))
        .or_else(|| {
            (category == Category::Education)
                .then(|| school_run_by_place(doc, chars, base, head_len))
                .flatten()
        })
        .or_else(|| district_before(doc, chars, base, suffix, head_len));
    let firm = category == Category::Company;
    let start = match (name_start(doc, base, suffix_start, firm), body_start) {
        (Some(start), body) => body.map_or(start, |b| start.min(b)),
        (None, Some(b)) => b,
        (None, None) if standalone => suffix_start,
        (None, None) => return None,
    };
    // (國立|臺中科技大學: who runs a school opens its name, before its place.)
    let start = match start.checked_sub(1).and_then(|p| doc.token_at(p)) {
        Some(t)
            if category == Category::Education
                && t.end == start
                && t.start >= base
                && SCHOOL_RUNNERS.contains(&doc.word(t)) =>
        {
            t.start
        }
        _ => start,
    };
    // (海外子公司: 子 makes a subsidiary of the kind.)
    let prefix = doc.norm(Span::new(start, suffix_start));
    // 国际竹藤组织, 世界旅游组织: a bare 组织 ends the names of international
    // bodies only (社会组织, 基层党组织 are kinds).
    // (国际组织 alone is a kind too.)
    if suffix == "组织"
        && !INTERNATIONAL_OPENERS
            .iter()
            .any(|w| prefix.starts_with(w) && prefix.len() > w.len())
    {
        return None;
    }
    // 中德玻璃新材料联合研究院: a joint lab or institute is named by its
    // partners (中德, a place, a firm); 先进材料联合研究院 is a kind.
    // (So is a works, a winery, a tea house or a cooperative: 阿拉木图重型机械厂,
    // 摩尔多瓦科德鲁酒庄, 阿拉木图丝路茶庄, not 饲料加工厂, 精品酒庄 or
    // 茶叶专业合作社; and a park: 中德产业园, 喀什国际物流园, not
    // 新能源产业园 or 智慧物流园.)
    if matches!(
        suffix,
        "联合研究院"
            | "联合实验室"
            | "联合研究中心"
            | "联合学院"
            | "厂"
            | "酒庄"
            | "茶庄"
            | "合作社"
            | "产业园"
            | "物流园"
            | "物流园区"
            // (逊克县口岸服务中心, not 售后服务中心 or 海外服务中心.)
            | "服务中心"
    ) && !(doc.token_at(start).is_some_and(|t| {
        let before = doc.chars(Span::new(start, suffix_start));
        // (中印尼…: China and a partner, jieba: 中|印尼.)
        let partners = before
            .split_first()
            .is_some_and(|(&c, rest)| c == '中' && gazetteer::country_prefix(rest).is_some());
        matches!(t.tag, "j" | "ns" | "nt" | "nz")
            // (名间乡茶叶生产合作社: a township's.)
            || doc.word(t).chars().count() >= 3 && doc.word(t).ends_with(['乡', '镇', '村'])
            // (县|口岸服务中心: the level stands for the place.)
            || doc.word(t).chars().count() == 1 && LEVEL_CHARS.contains(doc.word(t))
            // (沿江|乡, 辰|清镇, 惠民|镇景|迈山: whatever jieba made of the
            // township's name.)
            || (2..=3).any(|k| {
                before.get(k).is_some_and(|c| "乡镇村".contains(*c))
                    && doc.token_at(start + k).is_some_and(|w| {
                        w.start == start + k
                            || w.end == start + k + 1 && w.tag == "ns"
                    })
            })
            || partners
            || gazetteer::country_prefix(before).is_some()
            || gazetteer::place_prefix(before).is_some()
    }) && (suffix != "服务中心"
        // (吴忠建设|清真食品…服务中心, 新设|海外服务中心: what a clause
        // builds, or a kind, not a name.)
        || doc.every_word(Span::new(start, suffix_start), |t, w| {
            (!t.tag.starts_with('v') || t.tag == "vn") && !GENERIC_PREFIXES.contains(&w)
        })))
    {
        return None;
    }
    // (外国商协会, 商协会: 商 and 协会 are two kinds, chambers and associations;
    // 德国商协会 are a country's, but 德国商会 is one.)
    let prefix = prefix.strip_suffix('子').unwrap_or(prefix);
    let (prefix, chambers) = match prefix.strip_suffix('商') {
        Some(p) if suffix == "协会" => (p, true),
        _ => (prefix, false),
    };
    // (县陶瓷行业协会: the level stands for the place.)
    let named_by_place = || {
        let before = doc.chars(Span::new(start, suffix_start));
        gazetteer::country_prefix(before).is_some()
            || gazetteer::place_prefix(before).is_some()
            || before.first().is_some_and(|&c| LEVEL_CHARS.contains(c))
    };
    // 食品行业协会, 衡水市中小学: a trade's association not named by its
    // place, and schools of two levels, are kinds.
    // (境外商协会 cut 家境|外商|协会: foreign traders' chambers are a kind.)
    // (环保上市公司: a trade's listed companies too.)
    // (县内各乡镇农会: each one's, no name; not 拉各斯.)
    let kind = chambers && (gazetteer::country(prefix).is_some() || prefix == "外")
        || doc
            .words_in(Span::new(start, suffix_start))
            .any(|t| doc.word(t).starts_with('各'))
        || (prefix.ends_with("行业") || prefix.ends_with("上市")) && !named_by_place()
        || suffix == "小学" && prefix.ends_with('中');
    if kind {
        return None;
    }
    // (俄方旅行社, 日方企业: one side's bodies, a kind.)
    // (南方医院, 东方航空: a direction is a name.)
    let side = prefix.chars().count() == 2
        && prefix.ends_with('方')
        && prefix.starts_with(|c: char| "中外俄日韩美德法英蒙哈越老泰印巴我对双各".contains(c));
    if prefix.is_empty() && !standalone
        || GENERIC_PREFIXES.contains(&prefix)
        || side
        || addressed_to_each(doc.chars(Span::new(start.saturating_sub(8), start)))
    {
        return None;
    }
    // A unit is of its body's kind, found whether or not the body was read
    // as a name of its own (俄罗斯工商会驻青岛代表处).
    let category = if SUB_UNITS.contains(&suffix) {
        parent_category(doc.chars(Span::new(start, suffix_start))).unwrap_or(category)
    } else {
        category
    };
    // 国际风筝联合会, 国际古迹遗址理事会: an association of the world is an
    // international body.
    let category = if category == Category::Association
        && INTERNATIONAL_OPENERS
            .iter()
            .any(|w| doc.norm(Span::new(start, suffix_start)).starts_with(w))
    {
        Category::International
    } else if category == Category::International
        && !SUB_UNITS.contains(&suffix)
        && suffix_start > start
        && gazetteer::place_prefix(doc.chars(Span::new(start, suffix_start)))
            .is_some_and(|(_, country)| country.is_none())
    {
        // 义乌市国际商会: a Chinese place's chamber, not the world's
        // (国际商会) or a foreign one's.
        Category::Association
    } else {
        category
    };
    // …股份有限公司|物流部, |海外事业部: a company's department stands for
    // the company (a ministry's 部 follows no company).
    // (…有限公司|国际贸易部: any department.)
    if suffix.ends_with('部') {
        let name = doc.chars(Span::new(start, suffix_start));
        if let Some(k) = (2..=name.len()).rev().find(|&k| {
            ["公司", "集团"]
                .iter()
                .any(|w| super::ends_with_word(&name[..k], w))
        }) {
            return name_ending_at(doc, chars, base, start - base + k);
        }
    }
    Some(mention(
        doc,
        Span::new(start, abs_end),
        category,
        "institution/suffix",
    ))
}

/// Where the body of a branch starts when the branch's own name, opening
/// with its place, stands between them: 臺灣港務股份有限公司|臺中港務|分公司
/// (jieba: 台|中|港务). `head_len` is where the branch's suffix starts.
fn branch_body(doc: &Document, chars: &[char], base: usize, head_len: usize) -> Option<usize> {
    (2..=6.min(head_len.saturating_sub(1))).find_map(|k| {
        let body_end = head_len - k;
        let branch = &chars[body_end..head_len];
        let (place, _) = gazetteer::place_prefix(branch)?;
        // (Not 上海分公司 again, which the place alone names.)
        if place >= k {
            return None;
        }
        let body = name_ending_at(doc, chars, base, body_end)?;
        (body.attrs.category == Category::Company).then_some(body.span.start)
    })
}

/// Where the university a school or institute belongs to starts, when it
/// is written before the unit with only the unit's field between:
/// 浙江大学|德清先进技术与产业|研究院, 荷兰特文特大学|地理信息科学与对地观测|学院.
/// The field is nouns and the 与/和 that join them; a verb or a
/// preposition makes it a clause (浙江大学与德清县共建研究院).
fn university_before(
    doc: &Document,
    chars: &[char],
    base: usize,
    suffix: &str,
    head_len: usize,
) -> Option<usize> {
    if !matches!(suffix, "学院" | "研究院" | "研究所" | "研究中心") {
        return None;
    }
    let from = head_len.saturating_sub(18);
    let at = (from..head_len.saturating_sub(3))
        .rev()
        .find(|&i| chars[i] == '大' && chars[i + 1] == '学')?;
    let field = Span::new(base + at + 2, base + head_len);
    // The field is whole words, two or more, all nouns or the like.
    let mut end = field.start;
    let mut words = 0;
    for t in doc.words_in(field) {
        let word = doc.word(t);
        // (对地观测, 对|地|观测 to jieba: observing the earth.)
        let noun = match t.tag {
            "p" | "c" => matches!(word, "与" | "和" | "对"),
            "x" | "r" | "d" | "m" | "q" | "f" => false,
            tag => !tag.starts_with('v') || tag == "vn",
        };
        // (吉林大学|和|德国萨克森汽车技术研究所, 安徽理工大学|与|中国科学院…:
        // two bodies, joined.)
        let joined = words == 0 && matches!(word, "与" | "和" | "对" | "及");
        let foreign = gazetteer::country_prefix(doc.chars(Span::new(t.start, field.end))).is_some();
        // (云南农业大学弥勒葡萄酒学院|和|红河州…研究院: a body named whole
        // inside the field is one of two.)
        let body_inside = t.end < field.end
            && gazetteer::org_suffix_at_end(
                doc.chars(Span::new(field.start, t.end)).iter().copied(),
            )
            .is_some();
        if !noun || joined || foreign || body_inside {
            return None;
        }
        words += 1;
        end = t.end;
    }
    if end != field.end || words < 2 {
        return None;
    }
    let body = name_ending_at(doc, chars, base, at + 2)?;
    (body.attrs.category == Category::Education).then_some(body.span.start)
}

/// Where a school run by a city or county starts when jieba cut the runner
/// apart: 新北市|立錦|和|高級中學, 新北市|立|三重 (a number to jieba)|高級中學.
/// `head_len` is where the school's suffix starts; the school's own name
/// before it is one to four characters.
fn school_run_by_place(
    doc: &Document,
    chars: &[char],
    base: usize,
    head_len: usize,
) -> Option<usize> {
    (1..=4).find_map(|n| {
        let runner = head_len.checked_sub(n + 1)?;
        let own = &chars[runner + 1..head_len];
        let run = chars[runner] == '立'
            && runner >= 2
            && "市县州府省".contains(chars[runner - 1])
            && own.iter().all(|&c| charset::is_han(c));
        // (新北市, a place to jieba only.)
        let place = || {
            place_before(doc, chars, base, runner).or_else(|| {
                doc.token_at(base + runner - 1)
                    .filter(|t| t.tag == "ns" && t.end == base + runner && t.start >= base)
                    .map(|t| t.start)
            })
        };
        run.then(place).flatten()
    })
}

/// Where the district, town or township of a Taiwanese office or council
/// starts when jieba did not read it as a place: 中|和|區公所, 大|甲|區公所,
/// 八里 (a number to jieba)|區公所, 佳冬 (a time)|鄉民代表會. Their names are
/// two characters.
fn district_before(
    doc: &Document,
    chars: &[char],
    base: usize,
    suffix: &str,
    head_len: usize,
) -> Option<usize> {
    // (佳冬|鄉民代表會: the township's council too.)
    if !(suffix.ends_with("公所") || suffix.ends_with("民代表会")) || head_len < 2 {
        return None;
    }
    let name = &chars[head_len - 2..head_len];
    let han = name.iter().all(|&c| charset::is_han(c));
    // 和美|鎮公所: a town the gazetteer knows by its whole name, whatever
    // jieba made of it (和/c).
    let town: String = name.iter().chain(chars.get(head_len)).collect();
    let known = gazetteer::is_cn_place(&town);
    // (各區公所, 該鎮公所, 鄉鎮市區公所: each one's, no name.)
    let no_name = name.iter().any(|c| "各该本全两等乡镇市区县村".contains(*c))
        || "和与及".contains(name[0]) && !known;
    let start = base + head_len - 2;
    // (專訪|鎮公所, 根據|區公所: an interview with the office, or
    // according to it, not a town; 今年|鄉公所: nor when it acts.)
    let clause_word = !known
        && doc.words_in(Span::new(start, base + head_len)).any(|t| {
            t.tag.starts_with(['v', 'p', 'd', 'r', 'u', 't'])
                // (中|和: a conjunction only as the second character.)
                || t.tag == "c" && t.start == start
        });
    if !han || no_name || clause_word || !doc.is_word_start(start) {
        return None;
    }
    // (臺中市|大甲區公所: the city before it too.)
    Some(place_before(doc, chars, base, head_len - 2).unwrap_or(start))
}

/// True when a name can end at `abs_end` (`end` relative to the sentence
/// `chars`): a word ends there, or jieba glued the connector after it to
/// the name's last character (厦门市工业和信息化局|同南非…: 局同), or an
/// adverb that opens the clause (台中市工业|会则|与…).
fn ends_name(doc: &Document, chars: &[char], end: usize, abs_end: usize) -> bool {
    doc.is_word_end(abs_end)
        || chars.get(end).is_some_and(|c| "与同和及则也亦".contains(*c))
            && doc
                .token_at(abs_end)
                .is_some_and(|t| t.end == abs_end + 1 && t.start + 1 == abs_end)
        // (…经济发展|局长|张峻荣: the head's title shares the suffix; not
        // 商务局|局长, 商务部副|部长 or 国立大学|校长, where the name ends
        // before.)
        || end >= 2
            && abs_end >= 1
            && chars[end - 2] != chars[end - 1]
            && chars[end - 2] != '副'
            && gazetteer::org_suffix_at_end(chars[end.saturating_sub(MAX_NAME)..end - 1].iter().copied())
                .is_none()
            && doc.token_at(abs_end - 1).is_some_and(|t| {
                t.start + 1 == abs_end
                    && t.end == abs_end + 1
                    && HEAD_TITLES.contains(&doc.word(t))
                    // (请韩|东明|局长介绍: a person's title, after the name.)
                    && !(t.start >= 1 && doc.token_at(t.start - 1).is_some_and(|p| p.tag.starts_with("nr")))
            })
        // …信息化局|局长, …旅游协会|会长: jieba glued the suffix to the
        // head's title (局局长, 协会会长).
        || abs_end >= 1
            && doc.token_at(abs_end - 1).is_some_and(|t| {
                let title = doc.norm(Span::new(abs_end, t.end.max(abs_end)));
                t.end > abs_end
                    && title.starts_with(chars[end - 1])
                    && HEAD_TITLES.contains(&title)
            })
}

/// The titles of a body's head that repeat its suffix (局 → 局长).
const HEAD_TITLES: &[&str] = &[
    "局长", "厅长", "部长", "处长", "司长", "院长", "校长", "所长", "会长", "社长", "署长",
];

/// The category of the body a unit belongs to: that of the last
/// institution suffix ending inside `name` (the name before the unit's own
/// suffix), if any.
fn parent_category(name: &[char]) -> Option<Category> {
    (2..=name.len())
        .rev()
        .find_map(|k| {
            let head = name[..k].iter().copied();
            // (德国工商大会|上海代表处: a body known by its whole name.)
            gazetteer::org_suffix_at_end(head.clone())
                .or_else(|| gazetteer::org_abbreviation_at_end(head))
        })
        .map(|(_, category)| category)
}

/// The start of a known place that ends at `end` (relative), if any, with
/// the country written before a foreign city (塔吉克斯坦杜尚别市政府).
fn place_before(doc: &Document, chars: &[char], base: usize, end: usize) -> Option<usize> {
    let known_at = |end: usize| {
        // (西双版纳傣族自治州 is nine characters.)
        (1..=end.min(12)).rev().find_map(|n| {
            let cand: String = chars[end - n..end].iter().collect();
            if !gazetteer::is_place(&cand) {
                return None;
            }
            if doc.is_word_start(base + end - n) {
                return Some(end - n);
            }
            // (云南省迪庆藏族自治州 is one word to jieba: the province and
            // the prefecture, both known.)
            let word = doc
                .token_at(base + end - n)
                .filter(|w| w.end == base + end)?;
            let province: String = chars
                .get(word.start.checked_sub(base)?..end - n)?
                .iter()
                .collect();
            gazetteer::is_place(&province).then_some(word.start - base)
        })
    };
    // (日本山口|县政府: a place jieba knows stands for one the gazetteer lacks.)
    let jieba_place = |end: usize| {
        doc.token_at((base + end).checked_sub(1)?)
            .filter(|t| {
                t.end == base + end
                    && t.start >= base
                    && t.tag == "ns"
                    && (2..=4).contains(&(t.end - t.start))
                    && !gazetteer::is_region(doc.word(t))
            })
            // (据克州|商务局: jieba glued "according to" to the place.)
            .map(|t| {
                t.start - base + usize::from(doc.word(t).starts_with('据') && t.end - t.start >= 3)
            })
    };
    // (恩施州|商务局: a known place and its level, which the gazetteer writes
    // otherwise; 南康/ns|区|统计局: a place jieba knows and its level.)
    let leveled = || {
        let level = *chars.get(end.checked_sub(1)?)?;
        "州市县区盟"
            .contains(level)
            .then(|| known_at(end - 1).or_else(|| jieba_place(end - 1)))
            .flatten()
    };
    let start = known_at(end)
        .or_else(leveled)
        .or_else(|| jieba_place(end))?;
    let country_at = |c: usize, end: usize| {
        let name: String = chars[c..end].iter().collect();
        gazetteer::country(&name).is_some()
    };
    // 塔吉克斯坦|杜尚别, 吉林省|珲春, 西藏自治区|昌都市: a country or
    // province before the place; 济南市|莱芜区: a city before its district or
    // county.
    // (济南市莱芜|区商务局: the level may open the abbreviation after it.)
    let district = [
        end.checked_sub(1).and_then(|e| chars.get(e)),
        chars.get(end),
    ]
    .iter()
    .any(|c| matches!(c, Some('区' | '县')));
    let wider = known_at(start).filter(|&c| {
        let name: String = chars[c..start].iter().collect();
        country_at(c, start)
            || (name.ends_with(['省', '州'])
                || name.ends_with("自治区")
                || district && name.ends_with('市'))
                && gazetteer::is_cn_place(&name)
    });
    // 哈萨克斯坦|东哈萨克斯坦州: a region named by a direction and its
    // country, after the country.
    let wider = wider.or_else(|| {
        let d = start
            .checked_sub(1)
            .filter(|&d| "东西南北".contains(chars[d]))?;
        known_at(d).filter(|&c| country_at(c, d))
    });
    // 日本|鹿儿岛县|雾岛市政府: a foreign region and its country before the
    // place.
    let wider = wider.or_else(|| {
        let r = known_at(start).or_else(|| jieba_place(start))?;
        let region: String = chars[r..start].iter().collect();
        region.ends_with(['省', '州', '县', '道']).then_some(())?;
        known_at(r).filter(|&c| country_at(c, r))
    });
    Some(base + wider.unwrap_or(start))
}

/// True when `before` ends a notice's address to every body of a level,
/// 各县（市、区）文化广电和旅游局: what follows is each one's office, no name.
fn addressed_to_each(before: &[char]) -> bool {
    let Some(rest) = before
        .strip_suffix(&['）'])
        .or_else(|| before.strip_suffix(&[')']))
    else {
        return false;
    };
    let Some(open) = rest.iter().rposition(|&c| c == '（' || c == '(') else {
        return false;
    };
    let inner = &rest[open + 1..];
    let each = match rest[..open] {
        [.., '各', level] => LEVEL_CHARS.contains(level),
        _ => false,
    };
    each && !inner.is_empty() && inner.iter().all(|&c| LEVEL_CHARS.contains(c) || c == '、')
}

/// Where the whole name of an international body (上海合作组织, 上合组织)
/// that ends at `end` starts, when it starts a word after `limit`.
fn international_body_ending_at(doc: &Document, limit: usize, end: usize) -> Option<usize> {
    let from = end.saturating_sub(MAX_NAME).max(limit);
    let (name, category) =
        gazetteer::org_suffix_at_end(doc.chars(Span::new(from, end)).iter().copied())?;
    let start = end - name.chars().count();
    (category == Category::International && name.chars().count() >= 4 && doc.is_word_start(start))
        .then_some(start)
}

/// Walks back from the suffix over name-like words; None when nothing
/// name-like precedes the suffix (a bare 大学 or 集团 is no name).
/// Where the country that opens a firm's name before `suffix` starts, when
/// only the words of one name stand between (no list, clause or 的).
fn country_opening_firm(doc: &Document, limit: usize, suffix: TokenId) -> Option<usize> {
    // The country, a brand and a field: 韩国|大元精密化学|株式会社.
    const MAX_REACH: usize = 13;
    let suffix_start = doc.token(suffix).start;
    let mut i = suffix;
    while let Some(p) = doc.prev(i) {
        let t = doc.token(p);
        let word = doc.word(t);
        if t.start < limit
            || suffix_start - t.start > MAX_REACH
            || !word.chars().all(charset::is_alphanumeric)
            || matches!(word, "与" | "和" | "同" | "及" | "的" | "等")
            || OUTSIDE_NAMES.contains(&word)
        {
            return None;
        }
        if matches!(word, "日本" | "韩国") {
            return (t.end < suffix_start).then_some(t.start);
        }
        i = p;
    }
    None
}

/// Where the name whose suffix starts at `suffix_start` begins (not before
/// `limit`); `firm`: the suffix is a company's, so a firm's role before the
/// name (营运商, 供应商) is no part of it.
fn name_start(doc: &Document, limit: usize, suffix_start: usize, firm: bool) -> Option<usize> {
    let suffix_tok = doc.token_id(suffix_start)?;
    let mut i = suffix_tok;
    // 游览|山海关: the pass, whose name ends like a customs office's (保山|
    // 海关 and 名山|海关 are cut apart in segmentation).
    // (在湖口|扩厂: building or growing a plant, a verb that ends like one.)
    if matches!(
        doc.word(doc.token(i)),
        "山海关" | "扩厂" | "建厂" | "设厂" | "办厂" | "进厂" | "出厂" | "驻厂" | "入厂"
    ) {
        return None;
    }
    // The suffix may be the tail of a longer word (科学院 in 农业科学院): start at its word.
    let mut start = doc.token(i).start;
    // 126|家酒庄: the measure of a count, glued to the suffix, names nothing.
    if suffix_start - start == 1
        && doc.source(Span::new(start, suffix_start)) == "家"
        && doc
            .prev(i)
            .is_some_and(|p| doc.word(doc.token(p)).chars().all(numeral::is_numeral_char))
    {
        return None;
    }
    // 韩国大元化学株式会社, 韩国世和制药株式会社 (jieba: 大|元 a numeral,
    // 世和 a conjunction): a Japanese or Korean firm's name runs from its
    // country to 株式会社, whatever jieba makes of the words between.
    if doc.norm(Span::new(suffix_start, (suffix_start + 4).min(doc.len()))) == "株式会社"
        && let Some(country) = country_opening_firm(doc, limit, suffix_tok)
    {
        return Some(country);
    }
    let mut took_prefix = start < suffix_start;
    // Where the name goes on after a 及 it walked over, if it did.
    let mut after_and = None;
    while let Some(before) = doc.prev(i) {
        let t = doc.token(before);
        if t.start < limit || suffix_start - t.start > MAX_NAME {
            break;
        }
        let word = doc.word(t);
        // 日本大阪的|松岛精密工业株式会社: 的 ends what describes a name; so
        // does a verb of having (昌北机场共有|运营航空公司12家, 口岸城市已有|酒店)
        // or of coming from (数据来源于|成都海关).
        // (宜兴市还拟|协调|苏南硕放国际机场: an adverb glued to a verb is a
        // clause's.)
        let adverb_verb = t.tag == "v"
            && word.chars().count() >= 2
            // (Not 并购, 再生 or 正大: words of names.)
            && word.starts_with(['还', '已', '将', '拟', '也', '又']);
        // 經濟建設課輔導|深坑區農會: a verb right before the place that
        // opens a name ends what names it.
        // (Not 驻: 缅甸驻昆明总领事馆 is one name; nor the 立 of 新北市|立|
        // 鶯歌陶瓷博物館, who runs it.)
        let verb_before_place = t.tag.starts_with('v')
            && !word.starts_with('驻')
            && word.chars().count() >= 2
            && i < suffix_tok
            && (doc.token(i).tag == "ns" || gazetteer::is_cn_place(doc.word(doc.token(i))))
            && gazetteer::place_prefix(doc.chars(Span::new(doc.token(i).start, suffix_start)))
                .is_some();
        if word == "的" || OUTSIDE_NAMES.contains(&word) || adverb_verb || verb_before_place {
            break;
        }
        // 上海合作组织|国家高校联盟: an international body's whole name, which
        // jieba cuts into words (组织 a verb), names what belongs to it.
        if let Some(body) = international_body_ending_at(doc, limit, t.end)
            && body < t.start
        {
            start = body;
            took_prefix = true;
            // (The body's name starts a word, so a token starts there.)
            let Some(k) = doc.token_id(body) else { break };
            i = k;
            continue;
        }
        // A joint inside a name: brackets, a dash, a dot, 之, or 与 between
        // two fields.
        if let Some(k) = joint_inside_name(doc, limit, before, i, suffix_tok) {
            start = doc.token(k).start;
            took_prefix = true;
            i = k;
            continue;
        }
        // 意大利陶瓷机械及设备制造商协会: 及 between two fields of a body
        // named by its country or place (checked once the walk ends).
        if word == "及"
            && after_and.is_none()
            && is_nominal(doc.token(i).tag)
            && doc.prev(before).is_some_and(|p| {
                let p = doc.token(p);
                p.start >= limit && is_nominal(p.tag)
            })
        {
            after_and = Some(t.end);
            i = before;
            continue;
        }
        // 今（3）|日向|新竹縣議會: the day of a Taiwanese date, glued to the
        // preposition after it (日向 is a place in Japan to jieba).
        if word.chars().count() == 2
            && word.starts_with('日')
            && word.ends_with(['向', '在', '于', '从', '对', '与', '将', '由'])
            && t.start > 0
            && doc.norm(Span::new(t.start - 1, t.start)) == ")"
        {
            start = t.end;
            break;
        }
        // 辽宁十家子|玛瑙雕刻有限公司 (jieba: 十家|子): a village named by
        // its households (三家子, 八家子) opens the name.
        if word == "子"
            && let Some(p) = doc.prev(before)
            && let village = doc.token(p)
            && village.start >= limit
            && village.end == t.start
            && doc
                .word(village)
                .strip_suffix('家')
                .is_some_and(|n| !n.is_empty() && n.chars().all(numeral::is_numeral_char))
        {
            start = village.start;
            took_prefix = true;
            i = p;
            continue;
        }
        // 承运|方|平潭海峡…公司: the side (the carrier, 合作方) before a
        // place is a role, not part of the name.
        if word == "方" && (doc.token(i).tag == "ns" || gazetteer::is_place(doc.word(doc.token(i))))
        {
            break;
        }
        // 12支|青少年足球队: a measure after a number opens no name.
        // (3家船|公司: nor a word jieba glued to the measure.)
        if (word.chars().count() == 1 || word.starts_with(['家', '个', '所', '座', '支', '艘']))
            && doc
                .prev(before)
                .is_some_and(|p| doc.word(doc.token(p)).chars().all(|c| c.is_ascii_digit()))
        {
            break;
        }
        // 台资企业|鸿铭精密工业股份有限公司: a kind of firm before a firm's
        // own name describes it.
        // (龙头企业|河南卫源电池集团有限公司: a place opens the name.)
        if (matches!(word, "企业" | "公司") || word.ends_with("企业") && word.chars().count() > 2)
            && matches!(doc.token(i).tag, "nr" | "nrt" | "nrfg" | "ns" | "nz")
            && i < suffix_tok
        {
            break;
        }
        // 工作进展报|市商务局: what is reported to a body is no part of it.
        if word == "报" {
            break;
        }
        // 园区厂商|晶创精密股份有限公司: vendors are a kind too.
        if word == "厂商" && is_nominal(doc.token(i).tag) && i < suffix_tok {
            break;
        }
        // 另由區|農會與…: 另 (besides) and a preposition, glued to a bare
        // place word.
        if word.chars().count() >= 3
            && word
                .strip_prefix('另')
                .is_some_and(|w| w.starts_with(['由', '与', '向', '在', '对', '从']))
        {
            start = t.start + 2;
            took_prefix = true;
            break;
        }
        // 记者从博鳌|亚洲论坛: jieba guessed a preposition and a name as one name.
        // (记者从国能|朔|黄…: after 记者, whatever jieba guessed.)
        let after_reporter = || {
            doc.prev(before)
                .is_some_and(|p| doc.word(doc.token(p)) == "记者")
        };
        // A county's name that opens with a preposition opens the name:
        // 从江|县农业农村局.
        let county = || {
            let rest = doc.chars(Span::new(t.start, (t.start + 8).min(doc.len())));
            gazetteer::place_prefix(rest).is_some_and(|(n, _)| n > word.chars().count())
        };
        // (另南鼎|精密材料股份有限公司: and 另 glued to a brand read as a
        // person's name.)
        if word.chars().count() >= 2
            && word.starts_with(['从', '向', '在', '对', '据', '经', '由', '为', '报', '请', '另'])
            && !county()
            && (t.tag.starts_with("nr")
                // (航线由赣欧|货运航空有限公司执飞: guessed as a place; not
                // 娄底|经开区, a zone.)
                || t.tag == "ns"
                    && word.chars().count() >= 3
                    && !gazetteer::is_place(word)
                    && !word.ends_with(|c| PLACE_ENDS.contains(c))
                // (据西|安陆|港…: a compass point glued to the preposition.)
                || t.tag == "f"
                // (据华越|风电装备股份有限公司, 由华捷|航空货运…: a firm's brand.)
                || t.tag == "nz" && word.chars().count() >= 3 && word.starts_with(['据', '从', '由'])
                // (由台|鹽實業股份有限公司: a brand's first character read as
                // a measure.)
                || t.tag == "q" && word.chars().count() == 2 && word.starts_with('由')
                // (由港|深通|巴士有限公司: read as an abbreviation.)
                || t.tag == "j" && word.chars().count() == 2 && word.starts_with(['由', '向', '从'])
                // (由县|农投|物流|公司: the short 县 of one's own county;
                // 报州|商务和工业信息化局: reported to the prefecture's.)
                || word.chars().count() == 2 && word.ends_with(['县', '市', '省', '区', '州'])
                || word.starts_with('从') && after_reporter())
            // (巴中有|川陕革命根据地博物馆: jieba read 有川 as an
            // abbreviation, after the place that has the museum.)
            || word.chars().count() == 2
                && word.starts_with('有')
                && t.tag == "j"
                && doc
                    .prev(before)
                    .is_some_and(|p| doc.token(p).tag == "ns" && doc.token(p).start >= limit)
        {
            start = t.start + 1;
            took_prefix = true;
            break;
        }
        // 前/海, 多/瑙: jieba cuts an unknown name into single characters.
        let split_name = t.end - t.start == 1
            && doc.token(i).end - doc.token(i).start == 1
            && i < suffix_tok
            && !matches!(t.tag, "p" | "c" | "d" | "x" | "r" | "q" | "v")
            // (在郑运营的|全: 的 and the other particles are tagged uj, ul, …)
            && !t.tag.starts_with('u');
        // 东方, 南方: a two-character direction word opens many names; 上, 内 do not.
        // (蒙古国东方省政府: jieba tags the compass words as places.)
        // (合作周|期间|西昌青山机场, 省级|以上: a time or a bound is none.)
        let direction = t.tag == "f"
            && word.chars().count() >= 2
            && !matches!(
                word,
                "期间"
                    | "以来"
                    | "之际"
                    | "之后"
                    | "以后"
                    | "之前"
                    | "以前"
                    | "前后"
                    | "以上"
                    | "以下"
            )
            || matches!(word, "东方" | "西方" | "南方" | "北方");
        // 第一医院, 第二中学: an ordinal numbers institutions of one kind.
        // (三一重工: a brand in numerals; 中日韩三国合作秘书处: the parties.)
        let digits = t.tag == "m"
            && (word.chars().all(|c| c.is_ascii_digit())
                || word.starts_with('第') && word.chars().count() >= 2
                // (莫斯科第|1535|中学: jieba leaves 第 on its own before digits.)
                || word == "第" && doc.word(doc.token(i)).chars().all(|c| c.is_ascii_digit())
                || word.chars().count() >= 2 && word.chars().all(numeral::is_numeral_char)
                || word.chars().count() == 2 && word.ends_with(['国', '方']));
        // Verbs inside names (亚洲开发银行, 融资担保集团) and 驻 (泰国驻华大使馆);
        // a verb never opens a name, which the trimming below enforces.
        let inner_verb = t.tag.starts_with('v') || word.starts_with('驻');
        // 内, 上: a place word after a name (景区内酒店) ends it.
        // (天津中德应用技术大学, 安哥拉内图大学: a lone 中 or 内 before
        // another lone character is part of a name jieba cut apart.)
        // (俄罗斯外贝加尔, 德国下萨克森: after a country it opens a region's name.)
        // (德国西萨克森…, 哈萨克斯坦东…: a direction too.)
        let region_part = word.chars().count() == 1
            && "内外上下东西南北".contains(word)
            && doc
                .prev(before)
                .is_some_and(|p| gazetteer::country(doc.word(doc.token(p))).is_some());
        // (中石油京唐…公司, 中印尼新能源联合学院: after no noun, 中 opens a
        // brand or a pair of partners, 活动中|企业 is where; 會|中|林內鄉
        // 農會: not before a Chinese county, where it is when, but 中|台灣
        // 時報, central Taiwan.)
        let opens_pair = word == "中"
            && (!gazetteer::is_cn_place(doc.word(doc.token(i)))
                || gazetteer::is_province(doc.word(doc.token(i))))
            && doc.prev(before).is_none_or(|p| {
                let p = doc.token(p);
                p.start < limit || !is_nominal(p.tag) && !p.tag.starts_with("vn")
            });
        let transcribed_tail = last_syllable(doc, limit, before);
        let locative = word.chars().count() == 1
            && "内外里上中下旁间".contains(word)
            && doc.token(i).end - doc.token(i).start >= 2
            && !region_part
            && !opens_pair
            && !transcribed_tail;
        // 青年 is people (jieba: a time): 福建省青年联合会.
        let people = super::is_people(word);
        // 珠峰假日旅游有限公司, 环亚假期旅行社: words jieba reads as times
        // that name firms.
        let firm_time = t.tag == "t" && NAME_TIME_WORDS.contains(&word);
        // 日本东和精工株式会社 (jieba: 东|和): one character after a country
        // and 和 are one name, not a list.
        // (日本静冈绿和商事株式会社: after a place too.)
        // (香港信|和|商业银行: right before the suffix too.)
        // (吉林|和|龙…合作区: a place that starts with 和, cut apart.)
        // (Not 海口|港|和|海口美兰国际机场: a port's 港 ends its name.)
        let name_and = word == "和"
            && i <= suffix_tok
            && (one_char_after(doc, before, |q| {
                gazetteer::country(doc.word(doc.token(q))).is_some() || doc.token(q).tag == "ns"
            }) && doc
                .prev(before)
                .is_some_and(|p| !matches!(doc.word(doc.token(p)), "港" | "站" | "岛"))
                || gazetteer::is_cn_place(doc.norm(Span::new(t.start, doc.token(i).end)))
                // (台|和|紡織股份有限公司則…: a character that opens its
                // clause has nothing 和 could join to the name.)
                || doc.prev(before).is_some_and(|p| {
                    let q = doc.token(p);
                    q.start >= limit
                        && q.end == t.start
                        && q.end - q.start == 1
                        && doc.word(q).chars().all(charset::is_han)
                        && doc.prev(p).is_none_or(|r| {
                            doc.token(r).end <= limit || doc.token(r).tag == "x"
                        })
                }));
        // 伊春林都国际旅行社, 阿勒泰雪都机场 (jieba: 林|都, 雪|都): a city's
        // by-name ending in 都 after the city.
        let by_name = word == "都"
            && one_char_after(doc, before, |q| {
                matches!(doc.token(q).tag, "ns" | "nr" | "nrt")
            });
        // 德国克莱茵精密机械, 汉萨特种材料: jieba reads one syllable of a
        // transliterated name as a measure (克, 种) between name words.
        // (蒙古国额尔德尼特矿业公司, 奥地利莱奥本矿业大学: after a
        // transliterated name, an adverb 特 or a pronoun 本 too.)
        // (德国舒尔特船舶管理公司: jieba: 舒 a bound morpheme.)
        // (常州恒钧储能…公司: a two-character brand read as a measure.)
        // (哈萨克斯坦阿里-法拉|比|国立大学: 比 a preposition.)
        let syllable = (word.chars().count() == 1 || word.chars().count() == 2 && t.tag == "q")
            && (matches!(t.tag, "m" | "q" | "d" | "r" | "zg") || word == "比")
            && !word.chars().all(numeral::is_numeral_char)
            && doc.token(i).tag.starts_with('n')
            && doc.prev(before).is_some_and(|p| {
                let p = doc.token(p);
                p.start >= limit
                    && match t.tag {
                        // (澳大利亚莫纳什大学: 莫 an adverb, after the country;
                        // 同仁市吾屯下庄: 吾 a pronoun, between two places.)
                        "d" | "r" => {
                            matches!(p.tag, "nr" | "nrt")
                                || gazetteer::country(doc.word(p)).is_some()
                                || p.tag == "ns" && doc.token(i).tag == "ns"
                        }
                        _ => matches!(p.tag, "ns" | "nr" | "nrt" | "j"),
                    }
            });
        let after_place = doc.prev(before).is_some_and(|p| {
            let p = doc.token(p);
            p.start >= limit && (p.tag == "ns" || gazetteer::is_place(doc.word(p)))
        });
        // 台州湾新区管理委员会: a bay named by its place (jieba: 台州|湾).
        let bay = word == "湾" && after_place;
        let zone = opens_zone(doc, t) && i < suffix_tok;
        // 无锡|长晶微|系统…公司: a brand after its place that jieba reads as
        // a state word (z) or a morpheme (邯郸|宏晟/g|钢铁集团).
        // (万荣县|秦晋/t|果业有限公司: or as a time that names no time.)
        // (凉山彝|荞/zg|食品有限公司: or a morpheme after a one-character
        // name word.)
        let after_syllable = doc.prev(before).is_some_and(|p| {
            let p = doc.token(p);
            p.start >= limit && p.end - p.start == 1 && matches!(p.tag, "nz" | "nr" | "ns")
        });
        let state_brand = matches!(t.tag, "z" | "g") && after_place
            || t.tag == "zg" && word.chars().count() == 1 && after_syllable
            || t.tag == "t"
                && after_place
                && i < suffix_tok
                && word.chars().count() == 2
                && !word.contains(|c| "年月日时天季期前后今昨明初底晚早夜周代来".contains(c));
        // (县/zg|商务|和|工业信息化局: the level that stands for the place.)
        // 兴义万峰林机场 (jieba: 兴义|万/m|峰林): a numeral syllable between a
        // known place and a name word.
        let numeral_syllable = matches!(word, "万" | "千" | "百")
            && matches!(doc.token(i).tag, "nz" | "nr" | "nrt" | "ns")
            && doc.prev(before).is_some_and(|p| {
                let p = doc.token(p);
                p.start >= limit && gazetteer::is_place(doc.word(p))
            });
        // 新北市五股|工業區, 三重|客運 (jieba: 五股/m, 三重/m, 八德/t): a place
        // that opens with a numeral.
        let numeral_place = gazetteer::is_numeral_place(word);
        let level = word.chars().count() == 1 && LEVEL_CHARS.contains(word)
            // (国立联合大学: who runs a school opens its name.)
            || SCHOOL_RUNNERS.contains(&word);
        // (郑州国际陆港开发建设有限公司: 建设 right before a firm's suffix;
        // 山西杏花村汾酒厂股份有限公司: a works become a company, jieba: 厂/zg.)
        let firm_trade = matches!(word, "建设" | "厂")
            && i == suffix_tok
            && ["有限", "公司", "集团", "股份"]
                .iter()
                .any(|f| doc.word(doc.token(suffix_tok)).starts_with(f));
        let name_like = (is_nominal(t.tag)
            || level
            || people
            || firm_time
            || name_and
            || by_name
            // (韩国食品医药品安全处: jieba reads 安全 as an adjectival noun.)
            || matches!(t.tag, "a" | "ag" | "an" | "x" | "i" | "l")
            || direction
            || digits
            || split_name
            || region_part
            || bay
            || zone
            || state_brand
            || syllable
            || numeral_syllable
            || numeral_place
            || transcribed_tail
            || opens_pair
            || inner_verb
            || firm_trade)
            && !locative
            && (word.chars().all(charset::is_alphanumeric)
                // 福建U-STEP智能鞋业, 美国Beauty Crown美发用品公司: a Latin
                // brand, hyphens and spaces included.
                || latin_part(doc, t, before));
        // 泰国暹罗联合实业集团, 前海建设投资控股集团, 肯尼亚全国商会: after a
        // place, 联合, 建设 and 全国 are words of the name, not the verb or
        // scope of a clause.
        // (国立联合大学: 联合 after who runs the school too.)
        let after_runner = doc.prev(before).is_some_and(|p| {
            let p = doc.token(p);
            p.start >= limit && SCHOOL_RUNNERS.contains(&doc.word(p))
        });
        let named_after_place =
            matches!(word, "联合" | "建设" | "全国") && (after_place || after_runner) || firm_trade;
        // 博览会暨首届…产业展在|…会展中心: an edition (首届, 第三届) or a
        // preposition jieba glued to a word (展在) is a clause, not a name.
        // (…交流大会暨|中德智能制造学院: 暨 joins an event to what follows;
        // 澳门统计暨普查局 is one name.)
        let event_before = doc.prev(before).is_some_and(|p| {
            doc.word(doc.token(p))
                .ends_with(['会', '坛', '节', '展', '周', '式', '赛'])
        });
        let clause = word.contains('届')
            || word.ends_with('在')
            || word.starts_with('暨') && word.chars().count() > 1 && !word.starts_with("暨南")
            || word == "暨" && event_before;
        if !name_like || clause || is_noise(word) && !named_after_place {
            break;
        }
        if firm && FIRM_ROLES.contains(word) {
            break;
        }
        // The one character before 和 or 都 is that name's too, whatever
        // jieba tagged it (十堰|正|和|车身有限公司: 正 an adverb).
        let partner = (name_and || by_name).then(|| doc.prev(before)).flatten();
        let took = partner.unwrap_or(before);
        start = doc.token(took).start;
        took_prefix = true;
        i = took;
    }
    // (茶園9處|及|食品加工廠: a walk that stopped at 及 crossed nothing.)
    if let Some(at) = after_and.filter(|&at| at > start) {
        let chars = doc.chars(Span::new(start, suffix_start));
        // (国家科学及技术委员会: a national body's fields, after 国家.)
        let national = chars.starts_with(&['国', '家']) && at - start > 3;
        // (經濟部中小及新創企業署, 農業部茶及飲料作物改良場: a unit's fields
        // after the ministry it belongs to; not 發展局副局長及投資推廣署.)
        let ministry = (3..at - start - 1).any(|j| {
            chars[j - 1] == '部'
                && doc.is_word_end(start + j)
                // (Not 旅游部部长霍夫曼及…: a title and a person after it.)
                && at - 1 - (start + j) <= 4
                && doc.every_word(Span::new(start + j, at - 1), |t, w| {
                    !t.tag.starts_with("nr") && !w.ends_with('长')
                })
                && gazetteer::org_suffix_at_end(chars[..j].iter().copied())
                    .is_some_and(|(_, c)| c == Category::Government)
        });
        let named = gazetteer::country_prefix(chars).is_some()
            || gazetteer::place_prefix(chars).is_some()
            || national
            || ministry;
        // (交通及观光发展处: one short field and 及 before an office's.)
        let office = doc
            .chars(Span::new(suffix_start, suffix_start + 1))
            .first()
            .is_some_and(|c| "处局厅署司".contains(*c));
        // (臺中港務分公司及|宏聯…有限公司: a name ends before 及, two bodies.)
        // (大甲鎮瀾宮及|臺中市政府觀光旅遊局: or a body named by its own
        // place after it.)
        let two = gazetteer::org_suffix_at_end(doc.chars(Span::new(start, at - 1)).iter().copied())
            .is_some()
            || at > start + 2
                && gazetteer::place_prefix(doc.chars(Span::new(at, suffix_start)))
                    .is_some_and(|(n, _)| n >= 2 && at + n < suffix_start);
        if !(named || office && at - start <= 5) || two {
            start = at;
        }
    }
    // 国立联合大学、育达科技大学 (jieba: 育达 a verb): after a name and
    // 、 comes the next name, whatever its first word.
    let listed_after = (start > limit && doc.norm(Span::new(start - 1, start)) == "、")
        .then(|| doc.chars(Span::new(limit.max(start.saturating_sub(20)), start - 1)))
        .is_some_and(|before| gazetteer::org_suffix_at_end(before.iter().copied()).is_some())
        .then_some(start);
    // A name does not open with a bare adjective or year: 重要, 2024.
    while start < suffix_start {
        let t = doc.token_at(start)?;
        // (记者从前|海…: a start inside a word is where the walk cut a
        // preposition off it, not a word to trim.)
        if t.start < start {
            break;
        }
        let word = doc.word(t);
        // 1至9|月昌北|机场: jieba glued a date's 月 to the place after it.
        if word.chars().count() >= 3
            && word.starts_with(['月', '日'])
            && t.start > 0
            && doc
                .token_at(t.start - 1)
                .is_some_and(|p| doc.word(p).chars().all(|c| c.is_ascii_digit()))
        {
            start = t.start + 1;
            break;
        }

        // 今年以来 and other times open no name.
        // (三一重工股份有限公司: a brand in numerals is no number.)
        let brand = t.tag == "m"
            && word.chars().count() >= 2
            && word.chars().all(numeral::is_numeral_char)
            && !word.chars().all(|c| c.is_ascii_digit())
            && doc
                .token_at(t.end)
                .is_some_and(|n| n.end <= suffix_start && !matches!(n.tag, "m" | "q"));
        // 俄方|阿穆尔汽车运输公司, 外方: the side a body is on.
        let side = word.chars().count() == 2
            && word.ends_with('方')
            && word.starts_with(|c: char| SIDES.contains(c));
        // (國立清華大學、明新|科技大學: a name listed after a name keeps its
        // first word, adjective or verb to jieba.)
        let opener = !gazetteer::is_numeral_place(word)
            && (t.tag == "a" && listed_after != Some(t.start)
                || t.tag == "m" && !brand
                || t.tag == "t" && !super::is_people(word)
                || word.ends_with("以来")
                || side
                || t.tag.starts_with('v')
                    && !word.starts_with('驻')
                    && !opens_zone(doc, t)
                    && listed_after != Some(t.start)
                // (认真贯彻|海西州人民政府: an idiom before the place that
                // opens the name.)
                || t.tag == "i"
                    && doc.token_at(t.end).is_some_and(|n| {
                        n.start == t.end && (n.tag == "ns" || gazetteer::is_place(doc.word(n)))
                    }));
        if opener || is_noise(word) {
            start = t.end;
        } else {
            break;
        }
    }
    // 西|安陆|港长安号供应链有限公司 (据西|安陆|港…): jieba cut across a
    // known place that opens the name, gluing its first character to the
    // word before (not 广西|南宁, a place of its own).
    if start > limit
        && start < suffix_start
        && let Some(first) = doc.token_at(start).filter(|t| t.start == start)
        && let Some(before) = doc.token_at(start - 1).filter(|t| t.end == start)
        && before.tag != "ns"
        && !gazetteer::is_place(doc.word(before))
        && gazetteer::place_prefix(doc.chars(Span::new(start - 1, suffix_start)))
            // (台|中|港湾物流: or ends with a one-character first word.)
            // (组建|德令哈…研究院: not across a longer known place that opens
            // the name, though 建德 is one too.)
            .is_some_and(|(n, _)| {
                n >= 2
                    && !(gazetteer::is_place(doc.word(first)) && first.end - first.start > n)
                    && (start - 1 + n < first.end
                        || first.end - first.start == 1 && start - 1 + n == first.end)
            })
    {
        start -= 1;
        // (深圳|前|海联…: and the city the place is in, before it.)
        if let Some(city) = doc.token_at(start.saturating_sub(1)).filter(|t| {
            t.end == start
                && t.start >= limit
                && t.tag == "ns"
                && gazetteer::is_cn_place(doc.word(t))
                && !gazetteer::is_region(doc.word(t))
        }) {
            start = city.start;
        }
    }
    // 市政府指导|北京大学研究院, 县府委托|东华大学: an office and what it
    // does to a body named after it are no name.
    if let Some(after_verb) = doc
        .words_in(Span::new(start, suffix_start))
        // (泉州海关驻晋江办事处: 驻 joins a body to its office.)
        .filter(|t| {
            // (交通部航港局核准|满天星航运公司: jieba tags 核准 a noun.)
            (t.tag.starts_with('v') && t.tag != "vn"
                || matches!(doc.word(t), "核准" | "批准" | "授权"))
                && t.start > start
                && !doc.word(t).starts_with('驻')
        })
        .filter(|t| {
            let head = doc.chars(Span::new(start, t.start));
            // (县府, 市府: a government by its level; 萬巒鄉興建|急凍加工廠:
            // a township and what it builds.)
            head.ends_with(&['府'])
                || matches!(doc.word(t), "兴建" | "新建" | "筹建" | "扩建" | "改建")
                    && head.last().is_some_and(|c| "乡镇县市区".contains(*c))
                || gazetteer::org_suffix_at_end(head.iter().copied())
                    .or_else(|| gazetteer::org_abbreviation_at_end(head.iter().copied()))
                    .is_some_and(|(_, c)| matches!(c, Category::Government | Category::Party))
        })
        .map(|t| t.end)
        .last()
    {
        start = after_verb;
    }
    // 厦门航空有限公司同佐世保市…协会: jieba cut the connector into an
    // unknown name (同佐世), but a name never goes on past a whole name and
    // a connector.
    // (The trimming above may have stepped past the suffix's start, when
    // the suffix ends a longer word: then there is no name to cut.)
    // 中坜经青埔至|桃园机场 (jieba: 经青埔至): a line's joiner before a
    // known place ends what came before.
    {
        let name = doc.chars(Span::new(start.min(suffix_start), suffix_start));
        if let Some(k) = (1..name.len())
            .rev()
            .find(|&k| name[k - 1] == '至' && gazetteer::place_prefix(&name[k..]).is_some())
        {
            start = start.min(suffix_start) + k;
        }
    }
    // 漳平—厦门高崎国际机场, 林口—桃园机场: a dash between two Chinese
    // places joins a line's stops (not 晋江—中东…联盟, 中国—东盟…, or the
    // halves of a transcribed name, 巴登-符腾堡州).
    {
        let name = doc.chars(Span::new(start.min(suffix_start), suffix_start));
        if let Some(k) = name.iter().rposition(|&c| c == '-').filter(|&k| {
            let before: String = name[..k].iter().collect();
            let stop = |chars: &[char]| {
                gazetteer::place_prefix(chars).is_some_and(|(n, country)| {
                    country.is_none()
                        && !gazetteer::is_region(&chars[..n].iter().collect::<String>())
                })
            };
            k > 0 && gazetteer::is_cn_place(&before) && stop(&name[k + 1..])
        }) {
            start = start.min(suffix_start) + k + 1;
        }
    }
    // 园区|内友晟…公司 (jieba: 内友晟): where a body is, glued to its name.
    {
        let at = start.min(suffix_start);
        let name = doc.chars(Span::new(at, suffix_start));
        if let Some(k) = (1..=2).find(|&k| {
            name.get(k) == Some(&'内')
                && matches!(
                    &name[..k],
                    ['区'] | ['园', '区'] | ['港', '区'] | ['境'] | ['市'] | ['县']
                )
                && doc
                    .token_at(at + k)
                    .is_some_and(|t| t.start == at + k && t.end > at + k + 1)
        }) {
            start = at + k + 1;
        }
    }
    if start + 1 < suffix_start && and_after_name(doc, start) {
        start += 1;
    }
    let name = doc.chars(Span::new(start.min(suffix_start), suffix_start));
    // 德国中小企业联合会等商协会 (jieba: 等商): after 等 the kind of the
    // bodies listed, no name.
    // (蒙古国、俄罗斯等国海关: nor after places listed.)
    if (2..name.len()).any(|k| {
        name[k] == '等'
            && (gazetteer::org_suffix_at_end(name[..k].iter().copied()).is_some()
                || (0..k - 1).any(|j| gazetteer::is_place(&name[j..k].iter().collect::<String>())))
    }) {
        return None;
    }
    if let Some(k) = (2..name.len()).rev().find(|&k| {
        "与同和及、".contains(name[k])
            // (华中科技大学同济医学院: 同济 is a word, not a connector; jieba's
            // guesses 同佐世 and 局同 hold one.)
            // (…交通运输局|和县|文化…局: the county 和县 is 和 and the level
            // of one's own county.)
            && !doc.token_at(start.min(suffix_start) + k).is_some_and(|t| {
                t.start == start.min(suffix_start) + k
                    && t.end - t.start >= 2
                    && matches!(t.tag, "n" | "nz" | "ns" | "nt")
                    && !(t.end - t.start == 2
                        && name.get(k + 1).is_some_and(|c| LEVEL_CHARS.contains(*c)))
            })
            && gazetteer::org_suffix_at_end(name[..k].iter().copied()).is_some()
    }) {
        start += k + 1;
    }
    let start = brand_before_kind(doc, limit, start, suffix_start).unwrap_or(start);
    (took_prefix && start < suffix_start).then_some(start)
}

/// Words that open no brand: quantifiers, demonstratives and the like
/// (与多家|冷链物流公司, 和相关|行业协会).
const NO_BRAND_OPENERS: &str = "多几数各每些该本其此这那诸全另某";

/// Where a name starts that the walk left with common nouns only (客運,
/// 超市, 冷鏈物流, 水蜜桃产业, before the suffix), when its own first
/// characters stand right before them, whatever jieba made of them:
/// - a place (奉化/v|水蜜桃产业协会, 后/f|里/f|樂器產業發展協會);
/// - a brand of one to three characters after a connector (與竹/ng|塹/zg|
///   客運, 與好/a|鮮多/m|超市, 、順瑩/a|冷鏈物流, 與台/q|鹽實業).
fn brand_before_kind(
    doc: &Document,
    limit: usize,
    start: usize,
    suffix_start: usize,
) -> Option<usize> {
    // (拼|多多|（上海）信息技术有限公司: a place in brackets after the brand
    // is no part of the kind.)
    let kind_start = match doc.chars(Span::new(start, suffix_start)) {
        ['(', rest @ ..] => rest
            .iter()
            .position(|&c| c == ')')
            .filter(|&k| gazetteer::is_place(&rest[..k].iter().collect::<String>()))
            .map_or(start, |k| start + k + 2),
        _ => start,
    };
    let mut words = doc.words_in(Span::new(kind_start, suffix_start)).peekable();
    let first = *words.peek()?;
    // (会同|市财政局: a level opens the short name of one's own city's body.)
    if first.start != kind_start
        || LEVEL_CHARS.contains(doc.word(first))
        || !words.all(|t| matches!(t.tag, "n" | "vn" | "ng") && !gazetteer::is_place(doc.word(t)))
    {
        return None;
    }
    // What stands before `at`: a connector, a clause's start, or neither.
    let opened_after = |at: usize, by_clause: bool| {
        at == limit && by_clause
            || at > limit
                && doc
                    .token_at(at - 1)
                    .filter(|c| c.end == at)
                    .is_some_and(|c| {
                        matches!(doc.word(c), "与" | "和" | "同" | "及" | "、" | "跟")
                            || by_clause && c.tag == "x"
                    })
    };
    // (Not 将新建|跨境电商产业园 or 市商务局会同|市财政局: a county's bare
    // name that is also a word opens a name only at a clause's start.)
    let place = (2..=4).find(|&k| {
        start >= limit + k && doc.is_word_start(start - k) && {
            let chars = doc.chars(Span::new(start - k, suffix_start));
            gazetteer::place_prefix(chars).is_some_and(|(n, c)| n == k && c.is_none())
                || gazetteer::bare_place_prefix(chars) == Some(k) && opened_after(start - k, true)
        }
    });
    if let Some(k) = place {
        return Some(start - k);
    }
    (1..=5).find_map(|k| {
        let at = start
            .checked_sub(k)
            .filter(|&at| at >= limit && doc.is_word_start(at))?;
        let brand = doc.chars(Span::new(at, start));
        let words_ok = doc.every_word(Span::new(at, start), |t, w| {
            !matches!(t.tag, "p" | "c" | "r" | "d") && !t.tag.starts_with('u') && !is_noise(w)
        });
        // (興|達|港區漁會: at a clause's start, characters jieba found no
        // word for.)
        let singles = doc.every_word(Span::new(at, start), |t, _| t.end - t.start == 1);
        // (與好|鄰居|連鎖|超市: four or five characters when the kind's
        // first word describes the firm; not 与日本多家|船公司.)
        let opener_inside = k > 3 && brand.iter().any(|&c| NO_BRAND_OPENERS.contains(c));
        (opened_after(at, singles)
            && brand.iter().all(|&c| charset::is_han(c))
            && !NO_BRAND_OPENERS.contains(brand[0])
            && !opener_inside
            && !brand.iter().all(|&c| numeral::is_numeral_char(c))
            && words_ok)
            .then_some(at)
    })
}

/// Whether token `t` names a zone by what it does (合作|区执委会,
/// 合作|区经济发展局): an action noun before a word that opens with 区.
fn opens_zone(doc: &Document, t: &crate::segment::Token) -> bool {
    t.tag == "vn"
        && doc
            .token_at(t.end)
            .is_some_and(|n| doc.word(n).starts_with('区'))
}

/// Where a name goes on when token `before` (just before token `i`) joins
/// two parts of one name: the token the name then starts at.
fn joint_inside_name(
    doc: &Document,
    limit: usize,
    before: TokenId,
    i: TokenId,
    suffix_tok: TokenId,
) -> Option<TokenId> {
    let prev = doc.prev(before).filter(|&p| doc.token(p).start >= limit);
    let word_of = |k: TokenId| doc.word(doc.token(k));
    match word_of(before) {
        // 中国(广西)自由贸易试验区, 中国免税品(集团)有限责任公司: a place or a
        // noun in brackets inside a name.
        ")" => {
            // (云南锡业集团（控股）有限责任公司: a holding company.)
            let inner = prev.filter(|&p| is_nominal(doc.token(p).tag) || word_of(p) == "控股")?;
            doc.prev(inner)
                .filter(|&o| doc.token(o).start >= limit && word_of(o) == "(")
        }
        // 中国—东盟中心, 中國—葡語國家經貿合作論壇…常設秘書處, 霍尔果斯—东门
        // 经济特区: a dash after a country or place joins the partners or
        // places a body is named by.
        // (巴登-符腾堡州: two transliterated halves of one foreign name.)
        // (Not 旗山老街—旗山糖廠, stops of a line: 老街 is a street there,
        // not Vietnam's Lào Cai.)
        "-" if i < suffix_tok => prev.filter(|&p| {
            gazetteer::is_place(word_of(p)) && word_of(p) != "老街"
                || matches!(word_of(p), "东盟" | "欧盟" | "非盟")
                || [doc.token(p).tag, doc.token(i).tag]
                    .iter()
                    .all(|t| t.starts_with("nr") || *t == "ns")
        }),
        // 约翰斯·霍普金斯大学, 谢赫·哈利法医疗城: a dot between the parts of a
        // foreign name.
        "·" => prev.filter(|&p| {
            let t = doc.token(p);
            // (阿戈斯蒂|纽/ns|·|内图大学: jieba guesses a syllable a place.)
            (t.tag.starts_with("nr")
                || t.tag == "x"
                // (爱德华多/ns|·|蒙德拉内大学: a given name guessed a place.)
                || t.tag == "ns" && t.end - t.start >= 3 && !gazetteer::is_place(word_of(p))
                || t.tag == "ns"
                    && t.end - t.start == 1
                    && doc
                        .prev(p)
                        .is_some_and(|q| doc.token(q).tag.starts_with("nr")))
                && word_of(p).chars().all(charset::is_alphanumeric)
        }),
        // 巴伐利亚州经济、区域发展和能源部: a state's ministry lists its
        // fields, the last after 和, the first right after the state.
        "、" if i < suffix_tok => prev.filter(|&p| {
            let field = doc.token(p);
            let and_follows = std::iter::successors(Some(i), |&k| doc.next(k))
                .take_while(|&k| k < suffix_tok)
                .any(|k| word_of(k) == "和");
            matches!(field.tag, "n" | "vn" | "l")
                && (2..=4).contains(&(field.end - field.start))
                && gazetteer::org_suffix_at_end(word_of(p).chars()).is_none()
                && and_follows
                // (乌兹别克斯坦投资、工业和贸易部: after a country too.)
                && doc.prev(p).is_some_and(|q| {
                    doc.token(q).start >= limit
                        && (word_of(q).ends_with(['州', '省'])
                            || gazetteer::country(word_of(q)).is_some())
                })
        }),
        // 草原之路物流股份公司: 之 between two words of a name.
        "之" if i < suffix_tok => prev.filter(|&p| is_nominal(doc.token(p).tag)),
        // 能源与通信大学, 电气与电子工程学院: 与 joins two fields inside a name.
        _ => joins_fields(doc, limit, before, suffix_tok),
    }
}

/// The field before token `j` when `j` is a 与/和 that joins two fields
/// inside one name: the words after it up to the suffix are one or two, the
/// word before it is a two-character common noun (能源, 电气) that is no name
/// or place itself, and the name goes on before that word.
fn joins_fields(doc: &Document, limit: usize, j: TokenId, suffix_tok: TokenId) -> Option<TokenId> {
    let word = |k: TokenId| doc.word(doc.token(k));
    let field_id = doc.prev(j)?;
    let before = doc.token(doc.prev(field_id)?);
    let near_suffix = std::iter::successors(Some(j), |&k| doc.next(k))
        .take(5)
        .any(|k| k == suffix_tok);
    // (中国对外贸易中心与美国进出口商协会: a country after 与 opens a second name.)
    // (香港特区政府投资推广署: a word that opens with a place counts too.)
    let after_place = doc.next(j).is_some_and(|k| {
        let t = doc.token(k);
        let chars = doc.chars(Span::new(t.start, t.end));
        gazetteer::country_prefix(chars).is_some()
            || gazetteer::place_prefix(chars).is_some()
            || gazetteer::is_cn_place(word(k))
            // (统计数据和|市统计局: a body named by its level is whole.)
            || t.tag == "nt" && chars.first().is_some_and(|&c| LEVEL_CHARS.contains(c))
    });
    if !matches!(word(j), "与" | "和") || !near_suffix || after_place {
        return None;
    }
    let field = doc.token(field_id);
    // 人力资源和社会保障厅, 宁夏葡萄酒与防沙治沙职业技术学院
    // (口岸和物流办公室: jieba tags 口岸 a place word.)
    // (文化广播电视和旅游局: jieba tags 广播电视 an organisation.)
    // (…风险评估中心与公安部…研究中心: a word that heads names ends one
    // before 与.)
    // (县海洋与渔业局: jieba tags 海洋 a place, which no gazetteer knows.)
    let common = (matches!(field.tag, "n" | "vn" | "j" | "nz" | "l" | "s" | "nt")
        || field.tag == "ns" && !gazetteer::is_place(word(field_id)))
        && (2..=5).contains(&(field.end - field.start))
        && gazetteer::org_suffix_at_end(word(field_id).chars()).is_none()
        && !matches!(word(field_id), "中心" | "集团" | "联盟" | "基地" | "机构");
    // (经济、劳动和旅游部: the field may follow an earlier one in a list;
    // 县|商务|和|工业信息化局: a level that stands for the place.)
    let listed = doc.word(before) == "、";
    let level = LEVEL_CHARS.contains(doc.word(before));
    (common
        && before.start >= limit
        && (is_nominal(before.tag) || before.tag == "nrt" || listed || level))
        .then_some(field_id)
}

/// The countries whose firms Taiwan's and Hong Kong's press name by one
/// character and 商 (日商, 美商, 德商), by that character.
const FIRMS_OF: &[(char, &str)] = &[
    ('日', "日本"),
    ('美', "美国"),
    ('德', "德国"),
    ('韩', "韩国"),
    ('法', "法国"),
    ('英', "英国"),
    ('荷', "荷兰"),
    ('意', "意大利"),
    ('澳', "澳大利亚"),
    ('加', "加拿大"),
    ('泰', "泰国"),
    ('越', "越南"),
    ('俄', "俄罗斯"),
];

/// The country of a firm named 日商…株式会社, 美商…公司: a country's
/// character and 商 open the name, and more name follows (not 日商务,
/// 美商业).
fn firm_of(name: &str) -> Option<&'static str> {
    let mut chars = name.chars();
    let (Some(first), Some('商'), Some(next)) = (chars.next(), chars.next(), chars.next()) else {
        return None;
    };
    if "务业品场城标户贸店会".contains(next) || chars.next().is_none() {
        return None;
    }
    FIRMS_OF
        .iter()
        .find(|(c, _)| *c == first)
        .map(|(_, short)| *short)
}

fn mention(
    doc: &Document,
    span: Span,
    category: Category,
    rule: &'static str,
) -> Mention<Institution> {
    let name = doc.source(span).to_string();
    let chars = doc.chars(span);
    // 日本国际交流基金会: the country is 日本, not the formal 日本国 (a word
    // ends the prefix).
    let country = gazetteer::country_prefix(chars)
        .and_then(|(n, short)| {
            // (蒙古国立大学: 蒙古国 is the country's short name, kept as written.)
            let written: String = chars[..n].iter().collect();
            if doc.is_word_end(span.start + n) || written == short {
                return Some((n, short));
            }
            // (Where jieba keeps the country inside a longer word, 俄罗斯科学院,
            // the longest name stands.)
            (2..n)
                .rev()
                .find_map(|k| {
                    let name: String = chars[..k].iter().collect();
                    let short = gazetteer::country(&name)?;
                    doc.is_word_end(span.start + k).then_some((k, short))
                })
                .or(Some((n, short)))
        })
        // 中国科学院 is domestic: like a route stop in China, it has no country.
        .filter(|(n, short)| *n < chars.len() && *short != "中国")
        // 黑山头海关: a Chinese place that starts with a country's name.
        .filter(|(n, _)| {
            !gazetteer::place_prefix(chars).is_some_and(|(m, c)| c.is_none() && m > *n)
        })
        // 中非民间商会: China and Africa, unless the republic is named.
        .filter(|(n, short)| *short != "中非" || *n > 2)
        // As written (the contract's "prefix"): 沙特阿拉伯, not the short 沙特.
        .map(|(n, _)| {
            doc.source(Span::new(span.start, span.start + n))
                .to_string()
        })
        .or_else(|| firm_of(doc.norm(span)).map(|short| doc.country_in_text(short)));
    Mention {
        span,
        attrs: Institution {
            name,
            category,
            country,
        },
        rule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Category, Option<String>)> {
        let doc = Document::new(text);
        extract(&doc)
            .into_iter()
            .map(|m| (m.attrs.name, m.attrs.category, m.attrs.country))
            .collect()
    }

    /// The names of the institutions found in `text`.
    fn just(text: &str) -> Vec<String> {
        names(text).into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn names_opened_by_a_conjunction_or_a_preposition_jieba_read_into_them() {
        // 和|美|鎮公所: a town the gazetteer knows by its whole name.
        assert_eq!(just("和美鎮公所今日表示。"), ["和美鎮公所"]);
        // 台|和: a character that opens its clause has nothing 和 joins.
        assert_eq!(
            just("台和紡織股份有限公司則與越南同奈成衣股份公司簽署採購合作備忘錄。"),
            ["台和紡織股份有限公司", "越南同奈成衣股份公司"]
        );
        // 据华越 (nz): "according to", glued to a firm's brand.
        assert_eq!(
            just("據華越風電裝備股份有限公司介紹。"),
            ["華越風電裝備股份有限公司"]
        );
        // Verbs and an adverb jieba tags as nouns open no name.
        assert_eq!(just("縣府已核定員林客運新闢路線。"), ["員林客運"]);
        assert_eq!(just("現行彰化客運路線將調整。"), ["彰化客運"]);
    }

    #[test]
    fn an_inland_port_is_a_firm_and_any_subdistrict_s_office_no_name() {
        assert_eq!(
            names("石家庄国际陆港与新加坡海联物流集团签署战略合作协议。")[0],
            ("石家庄国际陆港".to_string(), Category::Company, None)
        );
        assert!(just("各镇街道办事处要抓好落实。").is_empty());
    }

    #[test]
    fn taiwan_s_park_offices_and_research_stations_run_from_their_ministry() {
        assert_eq!(
            names("交通部觀光署花東縱谷國家風景區管理處表示。")[0],
            (
                "交通部觀光署花東縱谷國家風景區管理處".to_string(),
                Category::Government,
                None
            )
        );
        assert_eq!(
            names("與農業部農業試驗所、農業部臺東區農業改良場合作。"),
            [
                ("農業部農業試驗所".to_string(), Category::Research, None),
                (
                    "農業部臺東區農業改良場".to_string(),
                    Category::Research,
                    None
                )
            ]
        );
        // 冷鏈海運 before 航線 is how a line carries, no carrier.
        assert!(just("透過高雄—新加坡冷鏈海運航線直送。").is_empty());
    }

    #[test]
    fn a_district_office_takes_the_two_characters_jieba_did_not_read_as_a_place() {
        // 中|和, 大|甲 and 八里 (a number to jieba) name districts.
        assert_eq!(
            just("中和區公所與臺中市大甲區公所簽署協定，八里區公所協辦。"),
            ["中和區公所", "臺中市大甲區公所", "八里區公所"]
        );
        // An interview with the office, and each district's, name none.
        assert!(just("專訪鎮公所，各區公所配合。").is_empty());
    }

    #[test]
    fn a_branch_named_by_its_place_belongs_to_the_company_before_it() {
        assert_eq!(
            just("臺灣港務股份有限公司臺中港務分公司及宏聯冷鏈物流股份有限公司提供服務。"),
            [
                "臺灣港務股份有限公司臺中港務分公司",
                "宏聯冷鏈物流股份有限公司"
            ]
        );
    }

    #[test]
    fn a_universitys_school_or_institute_runs_from_the_university() {
        assert_eq!(
            just(
                "浙江大学德清先进技术与产业研究院与荷兰特文特大学地理信息科学与对地观测学院签署协议。"
            ),
            [
                "浙江大学德清先进技术与产业研究院",
                "荷兰特文特大学地理信息科学与对地观测学院"
            ]
        );
        // Two bodies joined, or a clause between: no unit.
        assert_eq!(
            just("吉林大学和德国萨克森汽车技术研究所合作。"),
            ["吉林大学", "德国萨克森汽车技术研究所"]
        );
        assert_eq!(just("浙江大学与德清县共建研究院。"), ["浙江大学"]);
    }

    #[test]
    fn who_runs_a_school_opens_its_name_before_its_place() {
        assert_eq!(
            just("國立臺中科技大學與協會簽署備忘錄。"),
            ["國立臺中科技大學"]
        );
    }

    #[test]
    fn hong_kong_departments_stand_alone_and_according_to_opens_no_name() {
        assert_eq!(just("運輸署與海事處將協調。"), ["運輸署", "海事處"]);
        assert!(just("根據區公所統計。").is_empty());
    }

    #[test]
    fn whom_a_line_is_entrusted_to_is_no_part_of_the_name() {
        assert_eq!(
            just("路線委由順安客運股份有限公司營運。"),
            ["順安客運股份有限公司"]
        );
    }

    #[test]
    fn a_school_run_by_a_city_that_jieba_cut_apart() {
        assert_eq!(
            just("新北市立錦和高級中學與泰國清邁育華學校簽訂姊妹校協議。"),
            ["新北市立錦和高級中學", "泰國清邁育華學校"]
        );
        assert_eq!(
            just("新北市立三重高級中學師生出席。"),
            ["新北市立三重高級中學"]
        );
    }

    #[test]
    fn a_cooperative_named_by_a_township_jieba_glued_to_the_next_word() {
        // jieba: 惠民|镇景|迈山.
        assert_eq!(
            just("惠民镇景迈山古茶专业合作社与茶行签订供货协议。"),
            ["惠民镇景迈山古茶专业合作社"]
        );
    }

    #[test]
    fn a_township_office_is_government() {
        assert_eq!(
            names("恆春鎮公所與菲律賓蘇比克灣都會管理局簽訂意向書。")[0],
            ("恆春鎮公所".to_string(), Category::Government, None)
        );
    }

    #[test]
    fn a_regional_branch_and_a_place_that_has_a_museum() {
        // jieba: 中/f|区分|署.
        assert_eq!(
            just("由農業部農糧署中區分署協助業者。"),
            ["農業部農糧署中區分署"]
        );
        // jieba: 巴中|有川/j|陕.
        assert_eq!(
            just("巴中有川陕革命根据地博物馆等红色景点。"),
            ["川陕革命根据地博物馆"]
        );
    }

    #[test]
    fn service_centres_named_by_their_place_and_a_committee_s_office() {
        assert_eq!(
            names("记者从海东市拉面产业服务中心了解到，出口增长。"),
            [(
                "海东市拉面产业服务中心".to_string(),
                Category::Government,
                None
            )]
        );
        for kind in [
            "企业在海外设立3至5个售后服务中心。",
            "对新设海外服务中心的企业给予奖励。",
            "支持吴忠建设清真食品国际认证服务中心。",
        ] {
            assert!(just(kind).is_empty(), "{kind}");
        }
        let found = names("报送：市委办公室、市政府办公室。");
        let kinds: Vec<Category> = found.into_iter().map(|x| x.1).collect();
        assert_eq!(kinds, [Category::Party, Category::Government]);
    }

    #[test]
    fn a_kabushiki_kaisha_runs_from_its_country_and_villages_and_works_open_names() {
        // jieba: 大|元 (a numeral), 世和 (a conjunction).
        assert_eq!(
            just("辽阳市人民政府与韩国大元化学株式会社签署协议。"),
            ["辽阳市人民政府", "韩国大元化学株式会社"]
        );
        assert_eq!(
            just("韩国世和制药株式会社代表出席。"),
            ["韩国世和制药株式会社"]
        );
        // 的 still ends what describes the firm.
        assert_eq!(
            just("日本大阪的松岛精密工业株式会社代表出席。"),
            ["松岛精密工业株式会社"]
        );
        // jieba: 十家|子, 汾酒|厂/zg|股份.
        assert_eq!(
            just("辽宁十家子玛瑙雕刻有限公司"),
            ["辽宁十家子玛瑙雕刻有限公司"]
        );
        assert_eq!(
            just("山西杏花村汾酒厂股份有限公司出口增长。"),
            ["山西杏花村汾酒厂股份有限公司"]
        );
        // jieba: 据克州/ns.
        assert_eq!(just("据克州商务局统计，出口增长。"), ["克州商务局"]);
    }

    #[test]
    fn a_count_glued_to_a_suffix_names_nothing() {
        // jieba: 126|家酒庄 (a name). The wineries are counted, not named.
        assert_eq!(
            names("贺兰山东麓产区126家酒庄集中亮相，展出葡萄酒产品5000余款。"),
            []
        );
    }

    #[test]
    fn a_port_that_signs_with_a_body_is_a_company() {
        let found = names("启东市人民政府与丹麦埃斯比约港签署《海上风电装备物流合作备忘录》。");
        assert!(
            found.contains(&(
                "丹麦埃斯比约港".to_string(),
                Category::Company,
                Some("丹麦".to_string())
            )),
            "{found:?}"
        );
        // In a list of partners before the act too.
        assert!(
            just(
                "宁波舟山港集团已与阿联酋阿布扎比港口集团、阿曼苏哈尔港等10余个港口建立友好港关系。"
            )
            .contains(&"阿曼苏哈尔港".to_string())
        );
        // Not ports a clause only names, with no act.
        assert_eq!(
            just("货物经宁波港、上海港等港口出运。"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn institution_full_name_with_country_prefix() {
        assert_eq!(
            names("甲市职业学院与澳大利亚职业教育协会签订协议。"),
            vec![
                ("甲市职业学院".to_string(), Category::Education, None),
                (
                    "澳大利亚职业教育协会".to_string(),
                    Category::Association,
                    Some("澳大利亚".to_string())
                ),
            ]
        );
    }

    #[test]
    fn names_through_and_holiday_words_but_not_editions_or_aliases() {
        // 及 between two fields of a body named by its country.
        assert_eq!(
            just("意大利陶瓷机械及设备制造商协会代表发言。"),
            vec!["意大利陶瓷机械及设备制造商协会"]
        );
        // Not after a whole name, nor in a kind with no country or place.
        assert_eq!(
            just("北京市商务局及海淀区人民政府参加。"),
            vec!["北京市商务局", "海淀区人民政府"]
        );
        // Words jieba reads as times (假日, 假期) name firms.
        assert_eq!(
            just("与尼泊尔珠峰假日旅游有限公司、新加坡环亚假期旅行社签署协议。"),
            vec!["尼泊尔珠峰假日旅游有限公司", "新加坡环亚假期旅行社"]
        );
        // (现代 too, and a preposition cut off a time word before it.)
        assert_eq!(
            just("黑龙江龙运现代物流集团有限公司与乌拉尔航空公司签订合同。"),
            vec!["黑龙江龙运现代物流集团有限公司", "乌拉尔航空公司"]
        );
        assert_eq!(
            just("记者从前海深港现代服务业合作区管理局获悉。"),
            vec!["前海深港现代服务业合作区管理局"]
        );
        // An edition and a glued preposition end a name.
        assert_eq!(
            just("博览会暨首届淄博国际玻璃产业展在淄博陶瓷会展中心开幕。"),
            vec!["淄博陶瓷会展中心"]
        );
        // The alias after 以下简称 is the name.
        assert_eq!(
            just("新疆油田分公司（以下简称新疆油田公司）主办。"),
            vec!["新疆油田分公司", "新疆油田公司"]
        );
    }

    #[test]
    fn ports_that_act_are_companies_but_ports_on_a_line_are_places() {
        assert_eq!(
            just("今年前三季度，湛江港完成货物吞吐量2.31亿吨。"),
            ["湛江港"]
        );
        assert_eq!(
            just("2024年，宁波舟山港新开集装箱航线26条。"),
            ["宁波舟山港"]
        );
        assert_eq!(
            names("丹东港去年完成集装箱吞吐量48.6万标箱。")[0],
            ("丹东港".to_string(), Category::Company, None)
        );
        // A place on a line, after a preposition, or the start of a longer name.
        assert!(just("成都至钦州港铁海联运班列开行。").is_empty());
        assert!(just("烟台港—新加坡航线首航。").is_empty());
        assert!(just("钦州港片区引进项目12个。").is_empty());
        assert!(just("今年，广州港南沙港区累计完成吞吐量。").is_empty());
    }

    #[test]
    fn foreign_syllables_regions_units_and_resorts() {
        assert_eq!(
            just("蒙古国额尔德尼特矿业公司代表出席。"),
            ["蒙古国额尔德尼特矿业公司"]
        );
        assert_eq!(
            just("与哈萨克斯坦东哈萨克斯坦州政府签署备忘录。"),
            ["哈萨克斯坦东哈萨克斯坦州政府"]
        );
        assert_eq!(
            names("泰国驻华大使馆商务处参展。")[0],
            (
                "泰国驻华大使馆商务处".to_string(),
                Category::Government,
                Some("泰国".to_string())
            )
        );
        assert_eq!(
            just("可可托海国际滑雪场与将军山国际滑雪度假区签署协议。"),
            ["可可托海国际滑雪场", "将军山国际滑雪度假区"]
        );
        assert_eq!(
            just("乐山大佛景区管理委员会介绍。"),
            ["乐山大佛景区管理委员会"]
        );
        assert_eq!(just("漳州市台港澳办负责人说。"), ["漳州市台港澳办"]);
        assert_eq!(
            just("中德（湖州）双元制职业教育培训中心揭牌。"),
            ["中德（湖州）双元制职业教育培训中心"]
        );
        // Kinds, not names: after 等, what a place has, the other side's.
        assert_eq!(
            just("邀请德国中小企业联合会等商协会参加。"),
            ["德国中小企业联合会"]
        );
        assert!(just("深化与蒙古国、俄罗斯等国海关的协作。").is_empty());
        // 的 ends what describes a name.
        assert_eq!(
            just("日本大阪的松岛精密工业株式会社与济南高新技术产业开发区管委会签订投资协议。"),
            ["松岛精密工业株式会社", "济南高新技术产业开发区管委会"]
        );
        // So does a verb of having, and a date jieba glued to a place.
        assert_eq!(
            just("今年1至9月昌北机场共有运营航空公司12家，磨憨口岸城市已有酒店36家。"),
            ["昌北机场"]
        );
        assert_eq!(just("数据来源于成都海关。"), ["成都海关"]);
        // The side a body is on is no part of its name.
        assert_eq!(
            just("俄方阿穆尔汽车运输公司负责运营。"),
            ["阿穆尔汽车运输公司"]
        );
        // A place jieba cut across (据西|安陆|港, 、西|安陆|港) opens the name.
        assert_eq!(
            just(
                "据西安陆港长安号供应链有限公司统计，西安国际港务区管委会、西安陆港长安号供应链有限公司与哈萨克斯坦国家铁路公司签署备忘录。"
            ),
            [
                "西安陆港长安号供应链有限公司",
                "西安国际港务区管委会",
                "西安陆港长安号供应链有限公司",
                "哈萨克斯坦国家铁路公司"
            ]
        );
        assert!(just("全地区现有滑雪场十一家。").is_empty());
        assert!(just("选派教练赴外方滑雪场学习。").is_empty());
    }

    #[test]
    fn joint_institutes_guilds_league_committees_and_described_firms() {
        assert_eq!(
            just("中德玻璃新材料联合研究院在蚌埠揭牌。"),
            ["中德玻璃新材料联合研究院"]
        );
        // A joint lab not named by its partners is a kind.
        assert!(just("双方将共建先进功能材料联合实验室。").is_empty());
        assert_eq!(
            just("昆山市电子信息行业协会与台湾区电机电子工业同业公会签署备忘录。"),
            ["昆山市电子信息行业协会", "台湾区电机电子工业同业公会"]
        );
        assert_eq!(just("共青团延安市委组织活动。"), ["共青团延安市委"]);
        assert_eq!(
            just("分别与台资企业鸿铭精密工业股份有限公司签署协议。"),
            ["鸿铭精密工业股份有限公司"]
        );
        assert_eq!(
            just("园区厂商晶创精密股份有限公司与熊本县菊阳町签署投资意向书。"),
            ["晶创精密股份有限公司"]
        );
        assert_eq!(
            just("奥地利莱奥本矿业大学代表出席。"),
            ["奥地利莱奥本矿业大学"]
        );
        // 中非 is China and Africa unless the republic is written.
        assert_eq!(names("中非民间商会会长致辞。")[0].2, None);
        assert!(just("企业家、行业协会代表参会。").is_empty());
        // Grades, memberships, a trade not named by its place, two levels of
        // school and a country's chambers are kinds; a country's chamber is one.
        assert_eq!(
            just(
                "星级酒店、世界一流大学、农民专业合作社、德国商协会、德国商会、食品行业协会、衡水市中小学、衡水市第一中学代表出席。"
            ),
            ["德国商会", "衡水市第一中学"]
        );
        // Port authorities and railway bureaus run ports and lines; an
        // association of the world is international.
        assert_eq!(
            names("与泰国林查班港务局签署协议。")[0].1,
            Category::Company
        );
        assert_eq!(names("俄罗斯远东铁路局代表出席。")[0].1, Category::Company);
        assert_eq!(
            names("国际风筝联合会主席致辞。")[0].1,
            Category::International
        );
    }

    #[test]
    fn a_short_name_in_brackets_after_a_name_is_one() {
        let n = names("德阳蓉能汽轮机有限公司（蓉能汽机）与越南电力集团签署合同。");
        let n: Vec<(&str, Category)> = n.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            n,
            [
                ("德阳蓉能汽轮机有限公司", Category::Company),
                ("蓉能汽机", Category::Company),
                ("越南电力集团", Category::Company)
            ]
        );
        // A place, or a paper's edition, in brackets is no alias.
        assert_eq!(just("人民日报（海外版）报道。"), ["人民日报"]);
        assert_eq!(
            just("乌兹别克斯坦纳沃伊矿冶联合企业与日本土浦市农业协同组合出席。"),
            ["乌兹别克斯坦纳沃伊矿冶联合企业", "日本土浦市农业协同组合"]
        );
    }

    #[test]
    fn latin_brands_directions_and_names_jieba_reads_as_lists() {
        assert_eq!(
            just("福建U-STEP智能鞋业有限公司参展。"),
            ["福建U-STEP智能鞋业有限公司"]
        );
        assert_eq!(
            just("与美国Beauty Crown美发用品公司签署协议。"),
            ["美国Beauty Crown美发用品公司"]
        );
        assert_eq!(
            just("与德国西萨克森茨维考应用科学大学签署协议。"),
            ["德国西萨克森茨维考应用科学大学"]
        );
        // After 记者, 从 is the preposition jieba glued to the name.
        assert_eq!(
            just("记者从国能朔黄铁路发展有限责任公司获悉。"),
            ["国能朔黄铁路发展有限责任公司"]
        );
        // A school numbered in digits; a city's customs (jieba: 保|山海关).
        assert_eq!(
            just("与俄罗斯莫斯科第1535中学签署协议。"),
            ["俄罗斯莫斯科第1535中学"]
        );
        assert_eq!(
            just("保山海关、中山海关发布数据。"),
            ["保山海关", "中山海关"]
        );
        assert_eq!(
            just("据市人社局统计，龙岩陆地港开港。"),
            ["市人社局", "龙岩陆地港"]
        );
        // Senior high schools, rehabilitation centres, business councils,
        // 工信局; 首都 and 航季 as jieba does not read them.
        assert_eq!(
            just("韩国首尔汉江外国语高中与吉尔吉斯斯坦比什凯克国家康复中心签署协议。"),
            ["韩国首尔汉江外国语高中", "吉尔吉斯斯坦比什凯克国家康复中心"]
        );
        assert_eq!(
            names("澳大利亚中国工商业委员会、市工信局代表出席。"),
            [
                (
                    "澳大利亚中国工商业委员会".to_string(),
                    Category::Association,
                    Some("澳大利亚".to_string())
                ),
                ("市工信局".to_string(), Category::Government, None)
            ]
        );
        assert_eq!(
            just("本航季大兴机场计划新开航线，北京首都航空有限公司执飞。"),
            ["大兴机场", "北京首都航空有限公司"]
        );
        // A known place and its level before an abbreviation; where a
        // carrier works is a kind.
        assert_eq!(
            just("恩施州商务局与驻场货运航空公司座谈。"),
            ["恩施州商务局"]
        );
        // A chapter of the trade-promotion council is of its kind; an
        // academy inside a university teaches.
        assert_eq!(
            names("中国国际贸易促进委员会台州市支会、韩国成均馆大学东亚学术院出席。"),
            [
                (
                    "中国国际贸易促进委员会台州市支会".to_string(),
                    Category::Association,
                    None
                ),
                (
                    "韩国成均馆大学东亚学术院".to_string(),
                    Category::Education,
                    Some("韩国".to_string())
                )
            ]
        );
        // What belongs to an international body is named with its whole name.
        assert_eq!(
            names("上海合作组织国家高校联盟成员大会召开。"),
            [(
                "上海合作组织国家高校联盟".to_string(),
                Category::Association,
                None
            )]
        );
        // A bureau named in full with 和, a Korean hospital; an investment
        // promotion office is a kind.
        assert_eq!(
            just("黄山市歙县人力资源和社会保障局、韩国汉江大学医疗院、招商联络处。"),
            ["黄山市歙县人力资源和社会保障局", "韩国汉江大学医疗院"]
        );
        // Organising committees are bodies; 跨国公司 is a kind.
        assert_eq!(
            names("上海国际电影节组委会与跨国公司代表座谈。"),
            [("上海国际电影节组委会".to_string(), Category::Other, None)]
        );
        // The party's committee of a place; a team counted is no name.
        assert_eq!(
            just("中共黄冈市委、铁岭市的12支青少年足球队参加。"),
            ["中共黄冈市委"]
        );
        // A province named by a compass word, before an abbreviation.
        assert_eq!(
            just("兴安盟行政公署与蒙古国东方省政府签署备忘录。"),
            ["兴安盟行政公署", "蒙古国东方省政府"]
        );
        assert_eq!(
            just("日本东和精工株式会社代表出席。"),
            ["日本东和精工株式会社"]
        );
        // 暨 after an event joins two events; inside a name it stays.
        assert_eq!(
            just("中德合作交流大会暨中德智能制造学院揭牌仪式举行。"),
            ["中德智能制造学院"]
        );
        assert_eq!(just("澳门统计暨普查局公布数据。"), ["澳门统计暨普查局"]);
        assert_eq!(
            just("与日本静冈绿和商事株式会社、伊春林都国际旅行社有限公司签署协议。"),
            ["日本静冈绿和商事株式会社", "伊春林都国际旅行社有限公司"]
        );
        assert!(just("与俄方旅行社对接。").is_empty());
        // Any department of a company stands for the company.
        assert_eq!(
            just("江苏澄锋特钢集团有限公司国际贸易部负责人说。"),
            ["江苏澄锋特钢集团有限公司"]
        );
        assert_eq!(names("西班牙田径协会代表出席。")[0].1, Category::Sports);
        assert_eq!(just("市大数据局负责人介绍。"), ["市大数据局"]);
        // A kind before a name opened by its place; a verb jieba reads as a
        // noun; the shipping lines as a kind.
        assert_eq!(
            just("龙头企业河南卫源电池集团有限公司在匈牙利建厂。"),
            ["河南卫源电池集团有限公司"]
        );
        assert_eq!(just("孝感临空经济区借力花湖机场开通航线。"), ["花湖机场"]);
        assert!(just("吸引多家船公司开通航线。").is_empty());
    }

    #[test]
    fn institution_abbreviation_stands_alone() {
        let n = names("市政府外办副主任介绍情况。");
        assert_eq!(
            n,
            vec![("市政府外办".to_string(), Category::Government, None)]
        );
    }

    #[test]
    fn institution_with_verbs_inside_and_zhu() {
        let n = names("会见亚洲开发银行和泰国驻华大使馆代表。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, vec!["亚洲开发银行", "泰国驻华大使馆"]);
    }

    #[test]
    fn domestic_institutions_have_no_country() {
        let n = names("中国科学院上海分院参加。");
        assert_eq!(
            n,
            vec![("中国科学院上海分院".to_string(), Category::Research, None)]
        );
    }

    #[test]
    fn one_character_suffix_inside_a_word_is_no_name() {
        assert!(names("优化航线布局，组建科研团队，服务中西部。").is_empty());
    }

    #[test]
    fn traditional_names_are_reported_as_written() {
        let n = names("香港貿易發展局與澳門大學簽署協議。");
        assert_eq!(n[1], ("澳門大學".to_string(), Category::Education, None));
    }

    #[test]
    fn a_unit_takes_the_body_it_belongs_to_and_its_kind() {
        let n = names("国家外汇管理局海南省分局发布数据，上海合作组织秘书处代表出席。");
        assert_eq!(
            n,
            [
                (
                    "国家外汇管理局海南省分局".to_string(),
                    Category::Government,
                    None
                ),
                (
                    "上海合作组织秘书处".to_string(),
                    Category::International,
                    None
                ),
            ]
        );
        // 代表处 alone is international, 办事处 government: after a chamber
        // of commerce both are the chamber's.
        let n = names("俄罗斯工商会青岛代表处、乌兹别克斯坦驻华商会青岛办事处揭牌。");
        assert_eq!(n[0].1, Category::Association);
        assert_eq!(
            n[1],
            (
                "乌兹别克斯坦驻华商会青岛办事处".to_string(),
                Category::Association,
                Some("乌兹别克斯坦".to_string())
            )
        );
        let n = names("中国铁路成都局集团有限公司贵阳货运中心表示。");
        assert_eq!(n[0].0, "中国铁路成都局集团有限公司贵阳货运中心");
        assert_eq!(n[0].1, Category::Company);
        let n = names("厦门大学与印度理工学院马德拉斯分校签订协议。");
        assert_eq!(n[1].0, "印度理工学院马德拉斯分校");
    }

    #[test]
    fn two_fields_of_an_office_and_an_abbreviated_body() {
        let n = names("重庆市人民政府口岸和物流办公室负责人介绍。");
        assert_eq!(n[0].0, "重庆市人民政府口岸和物流办公室");
        // jieba tags 上合 (上海合作组织) a verb.
        let n = names("上合示范区管委会与哈萨克斯坦国家铁路股份公司签署备忘录。");
        assert_eq!(n[0].0, "上合示范区管委会");
    }

    #[test]
    fn troupes_foundations_and_international_organisations() {
        let n = names("韩国仁川文化财团、天津曲艺团、韩国大邱市立国乐团与国际竹藤组织代表出席。");
        let n: Vec<(&str, Category)> = n.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            n,
            [
                ("韩国仁川文化财团", Category::Other),
                ("天津曲艺团", Category::Other),
                ("韩国大邱市立国乐团", Category::Other),
                ("国际竹藤组织", Category::International),
            ]
        );
        // 组织 alone ends no name but an international one's.
        assert!(names("社会组织、基层党组织和国际组织参与。").is_empty());
    }

    #[test]
    fn words_of_the_clause_before_a_name_are_no_part_of_it() {
        // (An association of makers is named by them.)
        for (text, nth, name) in [
            (
                "區議會亦建議香港教育大學與企業合辦課程。",
                1,
                "香港教育大學",
            ),
            ("主要服務往返香港中文大學的師生。", 0, "香港中文大學"),
            (
                "本地製造商群耀精密工業股份有限公司宣布擴廠。",
                0,
                "群耀精密工業股份有限公司",
            ),
            ("由港深通巴士有限公司營辦。", 0, "港深通巴士有限公司"),
            (
                "印度汽车零部件制造商协会到访。",
                0,
                "印度汽车零部件制造商协会",
            ),
        ] {
            assert_eq!(names(text)[nth].0, name, "{text}");
        }
        // (發展處今（3）日向新竹縣議會: a date, then 向.)
        let n = names("新竹縣政府產業發展處今（3）日向新竹縣議會提出報告。");
        assert_eq!(n[0].0, "新竹縣政府產業發展處");
        assert_eq!(n[1].0, "新竹縣議會");
        // The universities inside a district are no name.
        assert!(names("區內大學與內地夥伴深化合作。").is_empty());
    }

    #[test]
    fn a_verb_that_builds_a_plant_ends_no_name() {
        assert!(names("17家供應商宣布在湖口擴廠或新設據點。").is_empty());
    }

    #[test]
    fn the_pass_is_no_customs_office_and_a_city_s_customs_is() {
        assert!(names("游客游览山海关景区。").is_empty());
        assert_eq!(
            just_names("萝北县口岸办联合名山海关、名山边防检查站实行错峰验放。"),
            ["萝北县口岸办", "名山海关", "名山边防检查站"]
        );
    }

    #[test]
    fn a_name_listed_after_a_name_keeps_its_first_word() {
        let n = names("分別與國立清華大學、明新科技大學簽訂協議。");
        assert_eq!(n[1].0, "明新科技大學");
    }

    #[test]
    fn a_body_s_website_is_no_mention_of_it() {
        assert!(names("来源:平湖市人民政府网站").is_empty());
        assert!(names("据盈江县人民政府网消息，项目开工。").is_empty());
        // 网络 is another word.
        assert_eq!(
            names("平湖市人民政府网络安全工作会议召开。")[0].0,
            "平湖市人民政府"
        );
    }

    #[test]
    fn an_agency_signing_a_dateline_is_no_mention() {
        assert!(names("新华社北京11月16日电（记者 王某）").is_empty());
        assert_eq!(names("新华社等媒体进行了报道。")[0].0, "新华社");
    }

    #[test]
    fn a_country_after_yu_opens_a_second_name() {
        let n = names("中国对外贸易中心与美国进出口商协会签署协议。");
        assert_eq!(n[0].0, "中国对外贸易中心");
        assert_eq!(n[1].0, "美国进出口商协会");
        // A field after 与 stays inside: 宁夏葡萄酒与防沙治沙职业技术学院.
        let n = names("宁夏葡萄酒与防沙治沙职业技术学院签订协议。");
        assert_eq!(n[0].0, "宁夏葡萄酒与防沙治沙职业技术学院");
        // jieba: 从博鳌 is one guessed name.
        let n = names("记者从博鳌亚洲论坛秘书处获悉。");
        assert_eq!(n[0].0, "博鳌亚洲论坛秘书处");
    }

    #[test]
    fn the_country_prefix_ends_at_a_word() {
        // 日本国 is Japan's formal name, but here 国际 is the word.
        let n = names("日本国际交流基金会代表出席。");
        assert_eq!(n[0].2, Some("日本".to_string()));
        // Inside one word jieba keeps whole, the longest name stands.
        let n = names("俄罗斯科学院远东分院代表出席。");
        assert_eq!(n[0].2, Some("俄罗斯".to_string()));
    }

    #[test]
    fn dotted_foreign_names_and_airlines_named_by_a_place() {
        let n = names("南京大学与美国约翰斯·霍普金斯大学签署协议。");
        assert_eq!(n[1].0, "美国约翰斯·霍普金斯大学");
        // (jieba: 阿戈斯蒂|纽/ns|·: a syllable guessed a place.)
        let n = names("澳門大學與安哥拉阿戈斯蒂紐·內圖大學簽署合作備忘錄。");
        assert_eq!(n[1].0, "安哥拉阿戈斯蒂紐·內圖大學");
        let n = names("南方医院与阿联酋谢赫·哈利法医疗城续签协议。");
        assert_eq!(
            n[1],
            (
                "阿联酋谢赫·哈利法医疗城".to_string(),
                Category::Other,
                Some("阿联酋".to_string())
            )
        );
        let n = names("云南机场集团与老挝航空签署协议。");
        assert_eq!(
            n[1],
            (
                "老挝航空".to_string(),
                Category::Company,
                Some("老挝".to_string())
            )
        );
        // Neither a kind of aviation nor a region names an airline.
        assert!(names("发展民用航空，建设南亚东南亚航空枢纽。").is_empty());
    }

    #[test]
    fn regions_provinces_and_long_fields_stay_in_the_name() {
        let n = names("满洲里市人民政府与俄罗斯外贝加尔边疆区政府、泰国宋卡府政府签署协议。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            n,
            [
                "满洲里市人民政府",
                "俄罗斯外贝加尔边疆区政府",
                "泰国宋卡府政府"
            ]
        );
        assert_eq!(
            names("吉林省珲春市口岸办负责人介绍。")[0].0,
            "吉林省珲春市口岸办"
        );
        assert_eq!(
            names("贵州大学计算机科学与技术学院签署协议。")[0].0,
            "贵州大学计算机科学与技术学院"
        );
        assert_eq!(
            names("海南省旅游和文化广电体育厅发布数据。")[0].0,
            "海南省旅游和文化广电体育厅"
        );
        // A word opening with a place after 与 is a second name.
        let n = names("杭州综试区与香港特区政府投资推广署签署备忘录。");
        assert_eq!(
            n.last().map(|x| x.0.as_str()),
            Some("香港特区政府投资推广署")
        );
        let n =
            names("连云港港口控股集团有限公司与哈萨克斯坦霍尔果斯—东门经济特区管理公司签署协议。");
        assert_eq!(n[1].0, "哈萨克斯坦霍尔果斯—东门经济特区管理公司");
        assert_eq!(names("韩国釜山港湾公社代表出席。")[0].1, Category::Company);
    }

    #[test]
    fn places_jieba_knows_brands_in_numerals_and_country_pairs() {
        let n = names("山东省商务厅与日本山口县政府签署产业合作备忘录。");
        assert_eq!(n[1].0, "日本山口县政府");
        let n = names("三一重工股份有限公司与肯尼亚国家高速公路管理局签署协议。");
        assert_eq!(
            n[0],
            ("三一重工股份有限公司".to_string(), Category::Company, None)
        );
        assert_eq!(
            names("中日韩三国合作秘书处代表出席。")[0].0,
            "中日韩三国合作秘书处"
        );
    }

    #[test]
    fn japanese_works_short_country_names_and_particles() {
        let n = names("日本村田制作所与无锡市锡山区人民政府签订协议。");
        assert_eq!(
            n[0],
            (
                "日本村田制作所".to_string(),
                Category::Company,
                Some("日本".to_string())
            )
        );
        // 蒙古国 is the country's short name: kept whole before 立.
        assert_eq!(
            names("与蒙古国立大学签署协议。")[0].2,
            Some("蒙古国".to_string())
        );
        // A particle jieba cuts alone joins no name; nor do kinds.
        assert!(names("在郑运营的全货运航空公司、大型机场。").is_empty());
    }

    #[test]
    fn long_places_levels_words_with_a_connector_and_motion_verbs() {
        assert_eq!(
            names("西双版纳傣族自治州文化和旅游局发布。")[0].0,
            "西双版纳傣族自治州文化和旅游局"
        );
        assert_eq!(
            names("州文旅局与老挝琅南塔省新闻文化旅游厅签订协议。")[0].0,
            "州文旅局"
        );
        assert_eq!(names("由威韩航运有限公司运营。")[0].0, "威韩航运有限公司");
        // 同济 is a word: no connector cuts the name there (but 局同 holds one).
        let n = names("华中科技大学同济医学院附属同济医院与莱索托卫生部签署备忘录。");
        assert_eq!(n[0].0, "华中科技大学同济医学院附属同济医院");
        let n = names("厦门市工业和信息化局同南非工业发展公司签署协议。");
        assert_eq!(n[0].0, "厦门市工业和信息化局");
        let n = names("航班抵达武汉天河国际机场，负责人到机场迎接。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["武汉天河国际机场"]);
        assert!(names("中小学与经贸联络处。").is_empty());
        assert_eq!(
            names("老挝琅勃拉邦金三角旅行社代表出席。")[0].1,
            Category::Company
        );
        // Japan's chambers of commerce and industry.
        assert_eq!(
            names("大阪商工会议所代表团来访。")[0],
            ("大阪商工会议所".to_string(), Category::Association, None)
        );
    }

    #[test]
    fn campuses_and_zhi_inside_names() {
        let n = names("暨南大学珠海校区同澳门城市大学签署备忘录。");
        assert_eq!(
            n[0],
            ("暨南大学珠海校区".to_string(), Category::Education, None)
        );
        let n = names("与哈萨克斯坦草原之路物流股份公司签署协议。");
        assert_eq!(n[0].0, "哈萨克斯坦草原之路物流股份公司");
    }

    #[test]
    fn a_government_is_named_by_its_place() {
        let n = names("重庆市政府、南非政府、德国联邦政府与当地政府代表出席。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["重庆市政府", "南非政府", "德国联邦政府"]);
        assert!(names("南亚国家派出政府代表团参会。").is_empty());
        // 国 ends a country's name only.
        let n = names("受援国政府、东道国政府与美国政府、中国政府代表出席。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["美国政府", "中国政府"]);
    }

    #[test]
    fn names_stop_at_a_signing_verb_and_a_glued_connector() {
        let n = names(
            "宁夏国有资本运营集团有限责任公司与阿联酋迪拜环球港务集团签署物流园区合作框架协议。",
        );
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            n,
            ["宁夏国有资本运营集团有限责任公司", "阿联酋迪拜环球港务集团"]
        );
        // jieba: 局同 is one word.
        let n = names("厦门市工业和信息化局同南非工业发展公司签署协议。");
        assert_eq!(n[0].0, "厦门市工业和信息化局");
        // jieba: 会则 is one word.
        let n = names("台中市工业会则与越南胡志明市机械电子企业协会签订备忘录。");
        assert_eq!(n[0].0, "台中市工业会");
    }

    #[test]
    fn a_place_jieba_knows_before_its_level_opens_an_abbreviated_bureau() {
        assert_eq!(just_names("据南康区统计局统计。"), ["南康区统计局"]);
    }

    #[test]
    fn hong_kong_s_and_macau_s_bureaus_stand_alone() {
        assert_eq!(
            just_names("商务及经济发展局局长表示，投资推广署与迪拜工商会签署备忘录。"),
            ["商务及经济发展局", "投资推广署", "迪拜工商会"]
        );
        assert_eq!(
            just_names("澳门特区政府经济及科技发展局公布数据。"),
            ["澳门特区政府经济及科技发展局"]
        );
    }

    #[test]
    fn a_given_name_jieba_guessed_a_place_before_a_dot() {
        assert_eq!(
            just_names("澳门大学与莫桑比克爱德华多·蒙德拉大学签署备忘录。"),
            ["澳门大学", "莫桑比克爱德华多·蒙德拉大学"]
        );
        // A place a body is named by stays apart.
        assert_eq!(just_names("中国·重庆商务职业学院"), ["重庆商务职业学院"]);
    }

    #[test]
    fn a_level_that_stands_for_its_place_opens_fields_joined_by_he() {
        assert_eq!(
            just_names("县商务和工业信息化局局长李建国介绍。"),
            ["县商务和工业信息化局"]
        );
    }

    #[test]
    fn a_time_before_a_name_is_no_part_of_it() {
        assert_eq!(
            just_names("航线方面，合作周期间西昌青山机场新开通两条航线。"),
            ["西昌青山机场"]
        );
        // Compass and side words still open names.
        assert_eq!(
            just_names("丽水市农业农村局与葡萄牙中部大区农业食品商会签署协议。"),
            ["丽水市农业农村局", "葡萄牙中部大区农业食品商会"]
        );
    }

    #[test]
    fn where_places_meet_is_no_office() {
        assert!(just_names("广元地处川陕甘接合部，区位优势明显。").is_empty());
    }

    #[test]
    fn an_adverb_jieba_tags_inside_a_firm_s_name() {
        assert_eq!(
            just_names("新疆伊犁国际道路运输有限公司与阿拉木图长途客运公司签订客运合同。"),
            ["新疆伊犁国际道路运输有限公司", "阿拉木图长途客运公司"]
        );
    }

    #[test]
    fn classification_societies_and_service_centres() {
        assert_eq!(
            just_names("挪威船级社与东兴市口岸管理服务中心签订协议，华航出席。"),
            ["挪威船级社", "东兴市口岸管理服务中心", "华航"]
        );
    }

    #[test]
    fn carmakers_named_by_their_brand() {
        assert_eq!(
            just_names("江淮汽车与乌兹别克斯坦阿萨卡汽车公司签订散件组装合作协议。"),
            ["江淮汽车", "乌兹别克斯坦阿萨卡汽车公司"]
        );
    }

    #[test]
    fn sales_platforms_and_container_lines_named_by_their_brand() {
        assert_eq!(
            just_names("企业入驻阿里巴巴国际站、SHEIN和TikTok Shop等平台，货物由达飞轮船承运。"),
            ["阿里巴巴国际站", "SHEIN", "TikTok Shop", "达飞轮船"]
        );
        // With a country before the brand, the country is part of the name.
        assert_eq!(
            names("法国达飞轮船新开一条航线。"),
            [(
                "法国达飞轮船".to_string(),
                Category::Company,
                Some("法国".to_string())
            )]
        );
    }

    #[test]
    fn carriers_named_by_a_brand_alone() {
        assert_eq!(
            just_names("泛洋航运与泰国林查班码头营运公司签署协议，德升海运规划开辟新航线。"),
            ["泛洋航运", "泰国林查班码头营运公司", "德升海运"]
        );
        assert_eq!(
            just_names("台中国际机场将由华信航空执飞，长荣航空也表示关注。"),
            ["台中国际机场", "华信航空", "长荣航空"]
        );
        // Rivers, ships, the ways goods travel.
        assert!(
            just_names("长江航运繁忙，“中远海运兰州”轮满载货物，远洋海运价格回落。").is_empty()
        );
    }

    #[test]
    fn a_head_s_title_that_shares_the_suffix_ends_the_name_there() {
        assert_eq!(
            just_names("台中市政府经济发展局长张峻荣表示，市商务局局长出席。"),
            ["台中市政府经济发展局", "市商务局"]
        );
        assert_eq!(
            just_names("泰国湄公河国立大学校长表示，香港律师会与印尼工商会馆签署备忘录。"),
            ["泰国湄公河国立大学", "香港律师会", "印尼工商会馆"]
        );
    }

    #[test]
    fn taiwan_s_gong_xie_hui_is_a_kind_of_body() {
        assert!(just_names("两岸产业公协会与福建方面签署十二项合作协议。").is_empty());
    }

    #[test]
    fn taiwan_s_associations_promotion_centres_and_observatories() {
        assert_eq!(
            just_names("台中市精密机械科技创新园区厂商协进会与越南平阳省投资贸易促进中心签署MOU。"),
            [
                "台中市精密机械科技创新园区厂商协进会",
                "越南平阳省投资贸易促进中心"
            ]
        );
        assert_eq!(
            just_names("西昌学院与中国科学院国家天文台签署协议。"),
            ["西昌学院", "中国科学院国家天文台"]
        );
    }

    #[test]
    fn a_dash_after_a_country_joins_the_partners_of_a_body() {
        let n = names("巴西—中国工商总会与中国—东盟商务理事会代表出席。");
        let n: Vec<&str> = n.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(n, ["巴西—中国工商总会", "中国—东盟商务理事会"]);
        // Chambers and associations as a kind are no name.
        assert!(names("入驻的外国商协会增至十二家，商协会代表到场。").is_empty());
        // A body named by its level after 和 opens a name of its own.
        assert_eq!(
            just_names("根据海关进出口统计数据和市统计局企业联网直报数据，现将情况发布如下。"),
            ["市统计局"]
        );
        // jieba: 5|家境|外商|协会.
        assert!(
            names("智利商会等5家境外商协会协办。")
                .iter()
                .all(|n| n.0 != "外商协会")
        );
    }

    #[test]
    fn country_prefix_is_reported_as_written() {
        let n = names("学校与沙特阿拉伯国王大学签署协议。");
        assert_eq!(
            n[0],
            (
                "沙特阿拉伯国王大学".to_string(),
                Category::Education,
                Some("沙特阿拉伯".to_string())
            )
        );
    }

    #[test]
    fn bureau_kept_whole_by_jieba_is_a_name_but_a_situation_is_not() {
        assert_eq!(
            just_names("与阿拉木图市国际合作局签署备忘录。"),
            ["阿拉木图市国际合作局"]
        );
        assert_eq!(just_names("会同市财政局印发通知。"), ["市财政局"]);
        assert!(names("形成新格局，优化产业布局。").is_empty());
    }

    #[test]
    fn nouns_in_brackets_and_levels_of_government_stay_in_the_name() {
        assert_eq!(
            just_names("中国免税品（集团）有限责任公司出席。"),
            ["中国免税品（集团）有限责任公司"]
        );
        assert_eq!(just_names("配合自治区商务厅推动落实。"), ["自治区商务厅"]);
    }

    #[test]
    fn times_generic_words_and_governing_verbs_open_no_name() {
        assert_eq!(
            just_names("这是今年以来昆明长水国际机场新开通的航线。"),
            ["昆明长水国际机场"]
        );
        assert!(names("将联合国内外航空公司新开航线。").is_empty());
        assert!(
            names("支持试验区打造面向东盟的加工贸易集聚区。")
                .iter()
                .all(|n| !n.0.contains("打造"))
        );
    }

    #[test]
    fn ministries_numbered_hospitals_and_names_jieba_cut_apart() {
        assert_eq!(
            just_names("双方与乌兹别克斯坦能源部签署备忘录。"),
            ["乌兹别克斯坦能源部"]
        );
        assert_eq!(
            just_names("中山大学附属第一医院派出专家。"),
            ["中山大学附属第一医院"]
        );
        assert_eq!(
            just_names("天津中德应用技术大学出席。"),
            ["天津中德应用技术大学"]
        );
        assert_eq!(
            just_names("澳門大學與安哥拉內圖大學簽署協議。"),
            ["澳門大學", "安哥拉內圖大學"]
        );
        // A lone 内 before a word still ends the name before it.
        assert!(just_names("景区内酒店入住率高。").is_empty());
        assert!(names("项目位于园区中西部，市干部出席。").is_empty());
    }

    #[test]
    fn a_name_ends_where_jieba_glued_it_to_its_head_s_title() {
        assert_eq!(
            just_names("南昌市工业和信息化局局长周建平介绍。"),
            ["南昌市工业和信息化局"]
        );
        assert_eq!(
            just_names("呼伦贝尔市旅游协会会长王建国说。"),
            ["呼伦贝尔市旅游协会"]
        );
    }

    #[test]
    fn a_company_s_department_stands_for_the_company() {
        assert_eq!(
            just_names("闽东新能源科技股份有限公司物流部负责人表示。"),
            ["闽东新能源科技股份有限公司"]
        );
        assert_eq!(
            just_names("江苏恒川新能源科技股份有限公司海外事业部出席。"),
            ["江苏恒川新能源科技股份有限公司"]
        );
        assert_eq!(just_names("外交部发言人表示。"), ["外交部"]);
    }

    #[test]
    fn departments_of_ministries_and_rail_groups_are_units() {
        assert_eq!(
            just_names("工业和信息化部电子信息司司长出席。"),
            ["工业和信息化部电子信息司"]
        );
        let n = names("中国铁路哈尔滨局集团有限公司海拉尔车务段与满洲里边境管理支队座谈。");
        assert_eq!(
            (n[0].0.as_str(), n[0].1, n[1].0.as_str(), n[1].1),
            (
                "中国铁路哈尔滨局集团有限公司海拉尔车务段",
                Category::Company,
                "满洲里边境管理支队",
                Category::Government
            )
        );
        assert_eq!(
            just_names("印度尼西亚棉兰潮州会馆出席。"),
            ["印度尼西亚棉兰潮州会馆"]
        );
        // 司 of 公司 and 上司 is no unit.
        assert!(names("公司上司表示。").is_empty());
    }

    #[test]
    fn centres_that_trade_manage_or_innovate_are_bodies() {
        let n = names("浙江国际油气交易中心与芜湖市机器人产业创新中心、泉州市港口发展中心座谈。");
        let got: Vec<(&str, Category)> = n.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert_eq!(
            got,
            [
                ("浙江国际油气交易中心", Category::Company),
                ("芜湖市机器人产业创新中心", Category::Research),
                ("泉州市港口发展中心", Category::Government)
            ]
        );
        assert_eq!(
            just_names("井冈山市文广新旅局与法国里昂青年旅行协会开展合作。"),
            ["井冈山市文广新旅局", "法国里昂青年旅行协会"]
        );
    }

    #[test]
    fn a_syllable_jieba_reads_as_a_measure_stays_in_a_foreign_name() {
        assert_eq!(
            just_names("管委会与德国克莱茵精密机械有限公司签订投资协议。"),
            ["德国克莱茵精密机械有限公司"]
        );
        assert_eq!(
            just_names("德国汉萨特种材料公司与宝钛集团有限公司签署意向书。"),
            ["德国汉萨特种材料公司", "宝钛集团有限公司"]
        );
        // A bound morpheme, a time or an adverb jieba reads in a foreign name.
        assert_eq!(
            just_names("船厂与德国舒尔特船舶管理公司签署合同。"),
            ["德国舒尔特船舶管理公司"]
        );
        assert_eq!(
            just_names("保税区与巴基斯坦拉合尔新月物流公司签订备忘录。"),
            ["巴基斯坦拉合尔新月物流公司"]
        );
        assert_eq!(
            just_names("自贡与德国森肯伯格自然博物馆签署协议。"),
            ["德国森肯伯格自然博物馆"]
        );
        // How far a place lies opens no name.
        assert_eq!(
            just_names("园区距离上海虹桥国际机场约1小时车程。"),
            ["上海虹桥国际机场"]
        );
    }

    #[test]
    fn a_bay_named_by_its_place_opens_a_name() {
        assert_eq!(
            just_names("台州湾新区管理委员会与泰国正大管理学院签署合作协议。"),
            ["台州湾新区管理委员会", "泰国正大管理学院"]
        );
    }

    #[test]
    fn a_verb_word_after_a_place_is_part_of_the_name() {
        assert_eq!(
            just_names("泰国暹罗联合实业集团出席。"),
            ["泰国暹罗联合实业集团"]
        );
        // Between two bodies 联合 is the verb.
        assert_eq!(
            just_names("深圳市商务局联合中国银行发布报告。"),
            ["深圳市商务局", "中国银行"]
        );
    }

    #[test]
    fn a_dash_joins_two_halves_of_a_foreign_name() {
        assert_eq!(
            just_names("长虹控股集团与法国格勒诺布尔—阿尔卑斯大学签订协议。"),
            ["长虹控股集团", "法国格勒诺布尔—阿尔卑斯大学"]
        );
    }

    #[test]
    fn a_state_ministry_lists_its_fields() {
        assert_eq!(
            just_names("山东省商务厅与德国巴伐利亚州经济、区域发展和能源部签署协议。"),
            ["山东省商务厅", "德国巴伐利亚州经济、区域发展和能源部"]
        );
        assert_eq!(
            just_names("与巴登-符腾堡州经济、劳动和旅游部签署协议。"),
            ["巴登-符腾堡州经济、劳动和旅游部"]
        );
        // A country's ministry too.
        assert_eq!(
            just_names("自治区商务厅与乌兹别克斯坦投资、工业和贸易部签署备忘录。"),
            ["自治区商务厅", "乌兹别克斯坦投资、工业和贸易部"]
        );
        assert_eq!(
            just_names("与乌兹别克斯坦高等教育、科学和创新部签署协议。"),
            ["乌兹别克斯坦高等教育、科学和创新部"]
        );
        // Two bodies listed stay two.
        assert_eq!(
            just_names("省商务厅、省文化和旅游厅出席。"),
            ["省商务厅", "省文化和旅游厅"]
        );
    }

    #[test]
    fn a_counted_or_distributed_body_is_a_kind_not_a_name() {
        assert!(names("规划建设5至8个侨商产业园。").is_empty());
        assert!(names("连同国内各地温州商会代表出席。").is_empty());
        assert!(names("新建三家海外研发中心。").is_empty());
        // A count right after the name, ending its clause, counts the kind.
        assert!(names("侨胞累计在家乡捐建学校320多所、医院40余家。").is_empty());
        assert!(names("全县新建乡村学校12所。").is_empty());
        assert_eq!(just_names("苏州大学等3所高校参加。"), ["苏州大学"]);
        assert_eq!(
            just_names("与泰国开泰银行等10余家金融机构座谈，法国华侨华人会出席。"),
            ["泰国开泰银行", "法国华侨华人会"]
        );
    }

    #[test]
    fn an_abbreviation_after_fields_of_its_own_ends_a_longer_name() {
        assert_eq!(
            just_names("三亚市旅游和文化广电体育局与哈萨克斯坦国家医学中心签署协议。"),
            ["三亚市旅游和文化广电体育局", "哈萨克斯坦国家医学中心"]
        );
        assert_eq!(just_names("三亚市文化体育局表示。"), ["三亚市文化体育局"]);
        // A city the gazetteer lacks, before 市政府.
        assert_eq!(just_names("佐世保市政府代表团到访。"), ["佐世保市政府"]);
        // A level glued to a preposition stands for the place all the same.
        assert_eq!(
            just_names("此外，由州文旅局与老挝国家电视台联合摄制。")[0],
            "州文旅局"
        );
        assert_eq!(just_names("由县交通运输局牵头。"), ["县交通运输局"]);
        // Between two names the abbreviation stands alone.
        assert_eq!(
            just_names("商务局、体育局负责人出席。"),
            ["商务局", "体育局"]
        );
        // A field jieba tags as an organisation (广播电视) before 和.
        assert_eq!(
            just_names("吉林省延边朝鲜族自治州文化广播电视和旅游局发布。"),
            ["吉林省延边朝鲜族自治州文化广播电视和旅游局"]
        );
        assert_eq!(
            just_names("延边州文广旅局与韩国江原特别自治道观光协会签署协议。"),
            ["延边州文广旅局", "韩国江原特别自治道观光协会"]
        );
    }

    #[test]
    fn young_people_fields_joined_by_he_and_national_ministries() {
        assert_eq!(
            just_names("福建省青年联合会与台湾青年创业发展协会签署协议。"),
            ["福建省青年联合会", "台湾青年创业发展协会"]
        );
        assert_eq!(
            just_names("福建省人力资源和社会保障厅、哈尔滨市文化广电和旅游局出席。"),
            ["福建省人力资源和社会保障厅", "哈尔滨市文化广电和旅游局"]
        );
        assert_eq!(
            just_names("宁夏葡萄酒与防沙治沙职业技术学院签约。"),
            ["宁夏葡萄酒与防沙治沙职业技术学院"]
        );
        assert_eq!(just_names("商务部有关负责人介绍。"), ["商务部"]);
        assert_eq!(
            just_names("与滨海边疆区旅游署签署协议。"),
            ["滨海边疆区旅游署"]
        );
        assert!(names("在28个国家设立海外子公司，外国商会出席。").is_empty());
    }

    #[test]
    fn verbs_of_belonging_and_becoming_end_a_name() {
        assert_eq!(
            just_names("中国能源建设集团有限公司所属中国能建国际工程有限公司承建。"),
            ["中国能源建设集团有限公司", "中国能建国际工程有限公司"]
        );
        assert!(
            just_names("队员获得受援国政府表彰。")
                .iter()
                .all(|n| !n.contains("获得"))
        );
    }

    #[test]
    fn a_name_does_not_run_over_a_whole_name_and_a_connector() {
        // jieba cuts 同佐世 as one unknown name.
        assert_eq!(
            just_names("厦门航空有限公司同佐世保市观光会议协会签订协议。"),
            ["厦门航空有限公司", "佐世保市观光会议协会"]
        );
    }

    #[test]
    fn a_regional_bloc_alone_is_a_trade_partner_not_a_name() {
        assert!(names("对东盟进出口额增长8.4%，与欧盟贸易持平。").is_empty());
        assert!(
            names("昆明滇池大学东盟“朋友圈”再扩容。")
                .iter()
                .all(|n| n.0 != "昆明滇池大学东盟")
        );
        assert_eq!(just_names("东盟秘书处代表出席。"), ["东盟秘书处"]);
    }

    /// Found by a blind test article: the walk back from 倡议 (an
    /// organisation suffix that ends a longer word here) trimmed its start
    /// past the suffix, and cutting the name at a connector then sliced a
    /// span that ended before it began: a panic.
    #[test]
    fn regression_a_trimmed_start_past_the_suffix_does_not_panic() {
        let text = "交流周还发布了《中国—中亚影视文化交流合作成都倡议》，倡议各方每年互译互播优秀影视作品不少于二十部，共同培养青年影视人才三百余名。";
        let facts = crate::extract(text);
        assert_eq!(facts.documents.len(), 1);
        assert_eq!(facts.counts.len(), 2);
    }

    #[test]
    fn measure_words_building_verbs_and_the_two_governments() {
        assert!(names("展映中外影片42部、意大利影片6部。").is_empty());
        assert!(
            just_names("在12个国家建成岐黄中医学院。")
                .iter()
                .all(|n| !n.contains("建成"))
        );
        assert!(names("两国政府高度重视。").is_empty());
        assert_eq!(
            just_names("安徽省投资促进中心出席。"),
            ["安徽省投资促进中心"]
        );
        assert_eq!(
            just_names("与哈萨克斯坦电影制片厂续签协议。"),
            ["哈萨克斯坦电影制片厂"]
        );
    }

    #[test]
    fn bare_suffix_is_no_name() {
        assert!(names("该大学表示。").is_empty());
        assert!(names("各类公司参加。").is_empty());
    }

    fn just_names(text: &str) -> Vec<String> {
        names(text).into_iter().map(|n| n.0).collect()
    }

    #[test]
    fn a_place_in_brackets_stays_inside_the_name() {
        assert_eq!(
            just_names("中国（四川）自由贸易试验区成都片区管委会介绍。"),
            ["中国（四川）自由贸易试验区成都片区管委会"]
        );
    }

    #[test]
    fn yu_joins_two_fields_inside_one_name_but_not_two_names() {
        assert_eq!(
            just_names("东岳理工大学与蒙古国乌兰巴托能源与交通大学签署协议。"),
            ["东岳理工大学", "蒙古国乌兰巴托能源与交通大学"]
        );
        assert_eq!(
            just_names("新加坡南洋科技大学电气与电子工程学院派员参加。"),
            ["新加坡南洋科技大学电气与电子工程学院"]
        );
    }

    #[test]
    fn country_before_a_city_government_belongs_to_the_name() {
        let n = names("会见塔吉克斯坦杜尚别市政府代表团。");
        assert_eq!(n[0].0, "塔吉克斯坦杜尚别市政府");
        assert_eq!(n[0].2.as_deref(), Some("塔吉克斯坦"));
    }

    #[test]
    fn an_abbreviation_inside_a_longer_word_is_not_cut_out() {
        assert_eq!(
            just_names("香港特别行政区政府派员出席。"),
            ["香港特别行政区政府"]
        );
    }

    #[test]
    fn single_characters_of_an_unknown_name_are_kept_together() {
        // jieba cuts 多瑙 into 多/瑙 and 前海 into 前/海.
        assert_eq!(
            just_names("匈牙利多瑙航空公司表示。"),
            ["匈牙利多瑙航空公司"]
        );
        assert_eq!(just_names("深圳市前海管理局表示。"), ["深圳市前海管理局"]);
    }

    #[test]
    fn syllables_jieba_reads_as_numerals_or_prepositions_inside_names() {
        // 兴义|万/m|峰林|机场; 阿里-法拉|比/p|国立大学.
        assert_eq!(
            just_names(
                "记者从兴义万峰林机场获悉，敦煌研究院与哈萨克斯坦阿里-法拉比国立大学签署合作协议。"
            ),
            [
                "兴义万峰林机场",
                "敦煌研究院",
                "哈萨克斯坦阿里-法拉比国立大学"
            ]
        );
        // Who runs a school is no name of it.
        assert!(just_names("两国的国立大学和私立大学均可参加。").is_empty());
    }

    #[test]
    fn cruise_lines_and_partner_centres_known_by_name() {
        assert_eq!(
            names("歌诗达邮轮与中国—东盟中心合作推广。"),
            [
                ("歌诗达邮轮".to_string(), Category::Company, None),
                ("中国—东盟中心".to_string(), Category::International, None)
            ]
        );
    }

    #[test]
    fn an_office_in_chu_is_of_the_body_it_belongs_to() {
        assert_eq!(
            names("西安交通大学国际合作与交流处与芒街市工贸处座谈。"),
            [
                (
                    "西安交通大学国际合作与交流处".to_string(),
                    Category::Education,
                    None
                ),
                ("芒街市工贸处".to_string(), Category::Government, None)
            ]
        );
        // jieba glues the office's 处 to its head's title (農業|處處長).
        assert_eq!(
            just_names("屏東縣政府農業處處長陳建宏說明。"),
            ["屏東縣政府農業處"]
        );
        // A body's local committee is of the body's kind.
        assert_eq!(
            names("中国国际贸易促进委员会泉州市委员会主办。")[0].1,
            Category::Association
        );
        // Where, not an office: 交汇处 (tagged an organisation), 好处.
        assert!(just_names("商丘地处陇海铁路与京九铁路交汇处，好处很多。").is_empty());
    }

    #[test]
    fn security_offices_and_foreign_ministries_are_names() {
        // 安全局 holds 全局 (the whole picture) and 安全 is an adjectival noun.
        assert_eq!(
            names("美国国家安全局和韩国食品医药品安全处发布通告，以顾全局。"),
            [
                (
                    "美国国家安全局".to_string(),
                    Category::Government,
                    Some("美国".to_string())
                ),
                (
                    "韩国食品医药品安全处".to_string(),
                    Category::Government,
                    Some("韩国".to_string())
                ),
            ]
        );
        // Japan's ministries end in 省, and no province does after them.
        assert_eq!(just_names("日本厚生劳动省官员出席。"), ["日本厚生劳动省"]);
        // A unit of a body known by its whole name is of that body's kind.
        assert_eq!(
            names("德国工商大会上海代表处主办。")[0].1,
            Category::Association
        );
    }

    #[test]
    fn a_foreign_place_keeps_its_region_and_country() {
        assert_eq!(
            names("花莲县政府与日本鹿儿岛县雾岛市政府签署备忘录。")[1],
            (
                "日本鹿儿岛县雾岛市政府".to_string(),
                Category::Government,
                Some("日本".to_string())
            )
        );
        // A Japanese city jieba reads as a preposition (日向), and the
        // cooperative it names.
        assert_eq!(
            just_names("县府与日本宫崎县日向农业协同组合签署备忘录，日向农协表示支持。"),
            ["日本宫崎县日向农业协同组合", "日向农协"]
        );
    }

    #[test]
    fn brands_after_a_country_or_a_place_and_taiwan_s_names() {
        // A common noun after a country names an airline (海鸥, 狮子).
        assert_eq!(
            just_names("韩国海鸥航空规划开辟包机航线。"),
            ["韩国海鸥航空"]
        );
        // A brand jieba reads as a time, after its county.
        assert_eq!(
            just_names("万荣县秦晋果业有限公司出口苹果。"),
            ["万荣县秦晋果业有限公司"]
        );
        // Taiwan's airports and a university's department.
        assert_eq!(
            just_names("花莲航空站与国立东华大学观光暨休闲游憩学系合作。"),
            ["花莲航空站", "国立东华大学观光暨休闲游憩学系"]
        );
    }

    #[test]
    fn an_office_and_what_it_does_are_no_name() {
        assert_eq!(just_names("县府委托国立东华大学调查。"), ["国立东华大学"]);
        assert_eq!(
            just_names("重庆市政府授权北京大学研究院发布。"),
            ["重庆市政府", "北京大学研究院"]
        );
        // 驻 joins a body to its office.
        assert_eq!(
            just_names("泉州海关驻晋江办事处介绍。"),
            ["泉州海关驻晋江办事处"]
        );
        // 函报 (to report by letter) opens no name.
        assert_eq!(just_names("年底前正式函报交通部。"), ["交通部"]);
        // A notice addressed to every county's bureau names none.
        assert!(just_names("各县（市、区）文化广电和旅游局，局机关各科室：").is_empty());
    }

    #[test]
    fn a_clause_and_a_title_end_names() {
        // An adverb glued to a verb (还拟) is a clause's, not a name's.
        assert_eq!(
            just_names("宜兴市还拟协调苏南硕放国际机场开通全货运航线。"),
            ["苏南硕放国际机场"]
        );
        // (Not 并购 inside a firm's name.)
        assert_eq!(
            just_names("中金并购基金管理有限公司参加。"),
            ["中金并购基金管理有限公司"]
        );
        // A person's title after the name (韩东明局长) names no bureau.
        assert!(just_names("首先请韩东明局长介绍有关情况。").is_empty());
        // 共建水资源: 共建, not the county 建水.
        assert_eq!(
            just_names("研究院与德国亚琛工业大学签订《关于共建水资源化联合实验室的框架协议》。"),
            ["德国亚琛工业大学"]
        );
    }

    #[test]
    fn kinds_of_cooperative_tea_house_and_listed_company_are_no_names() {
        assert!(
            just_names("全市共有茶叶专业合作社1127家，也有营收超过50亿元的环保上市公司。")
                .is_empty()
        );
        assert_eq!(
            just_names("金寨县高山茶业有限公司与阿拉木图丝路茶庄签署意向书。"),
            ["金寨县高山茶业有限公司", "阿拉木图丝路茶庄"]
        );
        // A trade's association named by its level stands for the place.
        assert_eq!(just_names("县陶瓷行业协会表示支持。"), ["县陶瓷行业协会"]);
    }

    #[test]
    fn who_runs_a_school_federations_and_offices_with_ji() {
        assert_eq!(
            just_names("国立联合大学客家研究学院与日本全国客家崇正会联合总会交流。"),
            ["国立联合大学客家研究学院", "日本全国客家崇正会联合总会"]
        );
        // 丸龟 is a Japanese city, not 丸 + 龟市.
        assert_eq!(
            just_names("苗栗县与丸龟市国际交流协会座谈。"),
            ["丸龟市国际交流协会"]
        );
        // One short field and 及 before an office's.
        assert_eq!(
            just_names("同日，交通及观光发展处表示支持。"),
            ["交通及观光发展处"]
        );
    }

    #[test]
    fn firms_that_build_townships_cooperatives_and_each_one_s_body() {
        assert_eq!(
            just_names("市商务局计划联合郑州国际陆港开发建设有限公司开行班列。"),
            ["市商务局", "郑州国际陆港开发建设有限公司"]
        );
        assert_eq!(
            just_names("名间乡茶叶生产合作社与澎湖县渔会、日本静冈县茶业会议所交流。"),
            ["名间乡茶叶生产合作社", "澎湖县渔会", "日本静冈县茶业会议所"]
        );
        // Each township's body is no name; 拉各斯 is Lagos.
        assert_eq!(
            just_names("县内各乡镇农会和尼日利亚拉各斯工商会参加。"),
            ["尼日利亚拉各斯工商会"]
        );
        // Sales platforms by brand, after their country.
        assert_eq!(
            just_names("入驻俄罗斯Ozon和巴基斯坦Daraz。"),
            ["俄罗斯Ozon", "巴基斯坦Daraz"]
        );
    }

    #[test]
    fn a_name_ending_in_a_head_noun_ends_before_yu() {
        assert_eq!(
            just_names("国家食品安全风险评估中心与公安部交通安全研究中心联合发布。"),
            ["公安部交通安全研究中心"]
        );
        // 与 between two fields still joins them.
        assert_eq!(
            just_names("宁夏葡萄酒与防沙治沙职业技术学院代表出席。"),
            ["宁夏葡萄酒与防沙治沙职业技术学院"]
        );
    }

    #[test]
    fn a_park_is_named_by_its_place_or_partners() {
        assert_eq!(
            just_names("保定中德产业园已引进项目12个，货物经喀什国际物流园集散。"),
            ["保定中德产业园", "喀什国际物流园"]
        );
        // What a park holds names a kind of park.
        assert!(just_names("项目将入驻新能源产业园和智慧物流园。").is_empty());
    }

    #[test]
    fn a_works_is_named_by_its_place_or_maker() {
        assert_eq!(
            just_names("中信重工与哈萨克斯坦阿拉木图重型机械厂签订协议。"),
            ["哈萨克斯坦阿拉木图重型机械厂"]
        );
        assert_eq!(
            just_names("组织嘉宾参观金川集团镍冶炼厂。"),
            ["金川集团镍冶炼厂"]
        );
        // A kind of works, and 工厂, are no names.
        assert!(just_names("双方拟在当地合资建设饲料加工厂。").is_empty());
        assert!(just_names("企业新建工厂两座。").is_empty());
        // A consortium.
        assert_eq!(
            just_names("公司与乌兹别克斯坦撒马尔罕纺织联合体签署协议。"),
            ["乌兹别克斯坦撒马尔罕纺织联合体"]
        );
    }

    #[test]
    fn a_season_in_brackets_is_no_alias_and_hi_speed_names_firms() {
        assert_eq!(
            just_names("烟台日韩产业园管委会（春季）推介会举行。"),
            ["烟台日韩产业园管委会"]
        );
        assert_eq!(
            just_names("山东高速物流集团有限公司参与运营。"),
            ["山东高速物流集团有限公司"]
        );
    }

    #[test]
    fn a_short_name_given_in_brackets_is_found_where_it_is_used_later() {
        let text = "中车株洲电力机车有限公司（以下简称“中车株机”）研制机车。\
                    9月初，中车株机又与土耳其伊斯坦布尔地铁公司签署合同。";
        let doc = Document::new(text);
        let found = extract(&doc);
        let short: Vec<(usize, usize)> = found
            .iter()
            .filter(|m| m.attrs.name == "中车株机")
            .map(|m| (m.span.start, m.span.end))
            .collect();
        assert_eq!(short.len(), 2);
        for (start, end) in short {
            assert_eq!(
                text.chars()
                    .skip(start)
                    .take(end - start)
                    .collect::<String>(),
                "中车株机"
            );
        }
    }

    #[test]
    fn clinics_stations_and_chambers_of_a_place_or_a_nation() {
        assert_eq!(
            names("三亚市中医院与哈萨克斯坦国立医科大学附属诊所开展合作。"),
            [
                ("三亚市中医院".to_string(), Category::Other, None),
                (
                    "哈萨克斯坦国立医科大学附属诊所".to_string(),
                    Category::Other,
                    Some("哈萨克斯坦".to_string())
                )
            ]
        );
        assert_eq!(
            just_names("甘肃农业大学庆阳试验站与俄罗斯莫斯科欧洲医疗中心签约。"),
            ["甘肃农业大学庆阳试验站", "俄罗斯莫斯科欧洲医疗中心"]
        );
        // A Chinese place's international chamber is a local association.
        let n = names("义乌市国际商会与肯尼亚全国商会签署协议。");
        assert_eq!(
            n.iter().map(|n| (n.0.as_str(), n.1)).collect::<Vec<_>>(),
            [
                ("义乌市国际商会", Category::Association),
                ("肯尼亚全国商会", Category::Association)
            ]
        );
        assert_eq!(names("国际商会发布报告。")[0].1, Category::International);
        // A county's government abroad, and wineries named by their country.
        assert_eq!(
            just_names("衡阳市与肯尼亚蒙巴萨郡政府、摩尔多瓦科德鲁酒庄签约。"),
            ["肯尼亚蒙巴萨郡政府", "摩尔多瓦科德鲁酒庄"]
        );
        assert!(just_names("当地精品酒庄20家。").is_empty());
        // A transcribed city's last syllable (jieba: an adverb) before 市政府.
        assert_eq!(
            just_names("湖州市生态环境局分别与丹麦奥胡斯市政府、荷兰代尔夫特市政府签署意向书。"),
            ["湖州市生态环境局", "丹麦奥胡斯市政府", "荷兰代尔夫特市政府"]
        );
    }

    #[test]
    fn hong_kong_capital_after_a_place_is_no_port() {
        assert!(just_names("前海港资企业实现营业收入5236.8亿元。").is_empty());
        assert_eq!(just_names("青岛港完成货物吞吐量6亿吨。"), ["青岛港"]);
    }

    #[test]
    fn a_preposition_glued_to_a_guessed_place_is_no_part_of_the_name() {
        assert_eq!(
            just_names("该航线由赣欧货运航空有限公司执飞。"),
            ["赣欧货运航空有限公司"]
        );
        assert_eq!(
            just_names("娄底经开区管委会与加纳投资促进中心签署合作意向书。"),
            ["娄底经开区管委会", "加纳投资促进中心"]
        );
        assert_eq!(just_names("市交通运输委相关负责人表示。"), ["市交通运输委"]);
        assert_eq!(
            just_names("专线正式开通，由县农投物流公司组织冷藏车运营。"),
            ["县农投物流公司"]
        );
    }

    #[test]
    fn the_last_syllable_of_a_name_transcribed_after_its_country_stays() {
        assert_eq!(
            just_names("普洱市人民政府与老挝丰沙里省政府在普洱签署备忘录。"),
            ["普洱市人民政府", "老挝丰沙里省政府"]
        );
        assert_eq!(
            just_names("包头稀土研究院和哈萨克斯坦阿拉套国立技术大学签订备忘录。"),
            ["包头稀土研究院", "哈萨克斯坦阿拉套国立技术大学"]
        );
        // Not a place's inside: 景区里酒店.
        assert!(just_names("景区里酒店客房预订火爆。").is_empty());
    }

    #[test]
    fn a_role_before_a_place_opens_no_name() {
        assert_eq!(
            just_names("据承运方平潭海峡高速客滚航运有限公司介绍。"),
            ["平潭海峡高速客滚航运有限公司"]
        );
        // (jieba: 伊春 a name.)
        assert_eq!(
            just_names("据承运方伊春林都国际旅行社有限公司介绍。"),
            ["伊春林都国际旅行社有限公司"]
        );
    }

    #[test]
    fn the_character_before_a_name_s_he_is_the_name_s() {
        assert_eq!(
            just_names("十堰正和车身有限公司分别与两家企业签署协议。"),
            ["十堰正和车身有限公司"]
        );
    }

    #[test]
    fn joint_colleges_are_named_by_their_partners_and_zhong_opens_a_pair() {
        assert_eq!(
            just_names("中泰橡胶产业联合学院、中印尼新能源联合学院集中揭牌。"),
            ["中泰橡胶产业联合学院", "中印尼新能源联合学院"]
        );
        assert!(just_names("双方共建数字技术联合学院。").is_empty());
        assert_eq!(
            just_names("项目由中石油京唐液化天然气有限公司建设。"),
            ["中石油京唐液化天然气有限公司"]
        );
        // Where something happened is no part of a name.
        assert!(
            !just_names("会议中国际物流公司代表发言。")
                .iter()
                .any(|n| n.starts_with('中'))
        );
    }

    #[test]
    fn a_measure_after_a_number_opens_no_name_even_glued() {
        assert_eq!(
            just_names("由法国达飞海运集团等3家船公司运营。"),
            ["法国达飞海运集团"]
        );
    }

    #[test]
    fn a_locative_or_a_copula_ends_the_name() {
        assert!(just_names("景区内酒店客房预订火爆。").is_empty());
        assert_eq!(
            just_names("跨境运输是南宁物流集团的主业。"),
            ["南宁物流集团"]
        );
    }

    #[test]
    fn branch_offices_checkpoints_trading_houses_and_medical_centres() {
        assert_eq!(
            names("国家外汇管理局临沂市中心支局负责人介绍。")[0],
            (
                "国家外汇管理局临沂市中心支局".to_string(),
                Category::Government,
                None
            )
        );
        assert_eq!(just_names("珲春边境检查站数据显示。"), ["珲春边境检查站"]);
        assert_eq!(
            names("巴基斯坦新月进口商行与周口企业签约。")[0],
            (
                "巴基斯坦新月进口商行".to_string(),
                Category::Company,
                Some("巴基斯坦".to_string())
            )
        );
        // A university's medical centre is the university's kind.
        assert_eq!(
            names("德国弗莱堡大学医学中心与河北省中医药科学院开展合作。")[0],
            (
                "德国弗莱堡大学医学中心".to_string(),
                Category::Education,
                Some("德国".to_string())
            )
        );
    }

    #[test]
    fn a_brand_with_he_before_its_suffix_and_aviation_that_names_no_airline() {
        assert_eq!(
            just_names("深圳鹏海银行与香港信和商业银行签署协议。"),
            ["深圳鹏海银行", "香港信和商业银行"]
        );
        assert!(just_names("南昌航空城已集聚航空企业120余家。").is_empty());
        assert!(just_names("贵阳航空口岸共保障出入境旅客8.7万人次。").is_empty());
        assert_eq!(just_names("航线由老挝航空执飞。"), ["老挝航空"]);
    }

    #[test]
    fn airlines_whose_names_hold_no_place() {
        assert_eq!(
            just_names("航线由國泰航空和春秋航空执飞，泰国亚洲航空加密航班。"),
            ["國泰航空", "春秋航空", "泰国亚洲航空"]
        );
    }

    #[test]
    fn a_country_s_initial_before_zhong_makes_a_pair() {
        assert_eq!(
            just_names("老中铁路有限公司负责运营。"),
            ["老中铁路有限公司"]
        );
    }

    #[test]
    fn syllables_and_brands_jieba_reads_as_adverbs_or_states() {
        assert_eq!(
            just_names("无锡长晶微系统股份有限公司与澳大利亚莫纳什大学签署合作备忘录。"),
            ["无锡长晶微系统股份有限公司", "澳大利亚莫纳什大学"]
        );
        // (jieba: 宏晟 a morpheme.)
        assert_eq!(
            just_names("邯郸宏晟钢铁集团有限公司与越南金星钢材贸易股份公司签署合同。"),
            ["邯郸宏晟钢铁集团有限公司", "越南金星钢材贸易股份公司"]
        );
        // (A state word opens no name after a verb: 认真落实|贵州省….)
        assert_eq!(
            just_names("各地认真落实贵州省人民政府办公厅印发的措施。"),
            ["贵州省人民政府办公厅"]
        );
    }

    #[test]
    fn a_brand_read_as_a_measure_and_a_zone_named_by_what_it_does() {
        assert_eq!(
            just_names("常州恒钧储能科技股份有限公司在拉巴特签约。"),
            ["常州恒钧储能科技股份有限公司"]
        );
        assert_eq!(
            just_names("合作区执委会与合作區經濟發展局联合发布。"),
            ["合作区执委会", "合作區經濟發展局"]
        );
    }

    #[test]
    fn names_run_over_places_jieba_joins_dots_and_a_national_bodys_fields() {
        // A province and its prefecture as one word.
        assert_eq!(
            just_names("云南省迪庆藏族自治州文化和旅游局发布。"),
            ["云南省迪庆藏族自治州文化和旅游局"]
        );
        // A city before its district, when the district opens the abbreviation.
        assert_eq!(
            just_names("济南市莱芜区商务局发布。"),
            ["济南市莱芜区商务局"]
        );
        assert_eq!(
            just_names("成都市武侯区商务局发布。"),
            ["成都市武侯区商务局"]
        );
        // A transcribed name after a dot, whose last syllable jieba cut off.
        assert_eq!(
            just_names("澳门大学与莫桑比克爱德华多·蒙德拉内大学签署备忘录。"),
            ["澳门大学", "莫桑比克爱德华多·蒙德拉内大学"]
        );
        // A pronoun jieba reads inside a village's name, between two places.
        assert_eq!(
            just_names("同仁市吾屯下庄唐卡专业合作社成立。"),
            ["同仁市吾屯下庄唐卡专业合作社"]
        );
        assert_eq!(
            just_names("國家科學及技術委員會新竹科學園區管理局表示。"),
            ["國家科學及技術委員會新竹科學園區管理局"]
        );
        assert_eq!(
            names("韩国农协中央会代表团来访。")[0],
            (
                "韩国农协中央会".to_string(),
                Category::Association,
                Some("韩国".to_string())
            )
        );
    }

    #[test]
    fn names_after_a_region_a_split_brand_and_works_by_their_place() {
        assert_eq!(
            just_names("迪庆州人民政府与西藏自治区昌都市人民政府签署协议。"),
            ["迪庆州人民政府", "西藏自治区昌都市人民政府"]
        );
        // jieba: 凉山|彝|荞/zg|食品; 深圳|前|海联|捷.
        assert_eq!(
            just_names("凉山彝荞食品有限公司发布。"),
            ["凉山彝荞食品有限公司"]
        );
        assert_eq!(
            just_names("深圳前海联捷供应链管理有限公司发布。"),
            ["深圳前海联捷供应链管理有限公司"]
        );
        // A works named by its place, one word to jieba (not 设厂, 工厂).
        assert_eq!(just_names("埔里酒厂发布。"), ["埔里酒厂"]);
        assert!(just_names("企业赴泰投资设厂。").is_empty());
        assert_eq!(just_names("阿拉善盟行署印发通知。"), ["阿拉善盟行署"]);
        assert_eq!(
            just_names("与越南老街省外务厅签署备忘录。"),
            ["越南老街省外务厅"]
        );
    }

    #[test]
    fn names_stop_at_an_act_a_joiner_or_a_report_to_them() {
        assert_eq!(
            just_names("交通部航港局核准滿天星航運公司開闢新航線。"),
            ["交通部航港局", "滿天星航運公司"]
        );
        assert_eq!(just_names("規劃中壢經青埔至桃園機場的路線。"), ["桃園機場"]);
        assert_eq!(
            just_names("每月将工作进展报州商务和工业信息化局。"),
            ["州商务和工业信息化局"]
        );
        assert_eq!(
            just_names("报喜鸟集团有限公司发布。"),
            ["报喜鸟集团有限公司"]
        );
    }

    #[test]
    fn places_cut_apart_or_starting_with_a_country_and_listed_names() {
        // A county's short name jieba reads as a verb (临高) opens the firm.
        assert_eq!(
            just_names("临高金海湾渔业发展有限公司签订采购合同。"),
            ["临高金海湾渔业发展有限公司"]
        );
        // 和龙 (jieba: 和|龙) after its province.
        assert_eq!(
            just_names("吉林和龙边境经济合作区管理委员会发布。"),
            ["吉林和龙边境经济合作区管理委员会"]
        );
        // 黑山头 is in China, not Montenegro (黑山).
        assert_eq!(
            names("黑山头海关统计。"),
            [("黑山头海关".into(), Category::Government, None)]
        );
        // After a name and 、, a word jieba reads as a verb (育达) opens the next.
        assert_eq!(
            just_names("國立聯合大學、育達科技大學分別與美商艾德蒙能源科技公司簽署備忘錄。"),
            ["國立聯合大學", "育達科技大學", "美商艾德蒙能源科技公司"]
        );
    }

    #[test]
    fn a_firm_by_its_country_s_character_its_role_and_its_town() {
        // 日商, 美商: the firm's country, as the text writes it.
        let n = names("日商東洋精密化學株式會社與美商艾德蒙能源科技公司簽約，國內廠商也參與。");
        assert_eq!(n[0].2.as_deref(), Some("日本"));
        assert_eq!(n[1].2.as_deref(), Some("美國"));
        assert_eq!(
            names("日商务局发布。").first().and_then(|n| n.2.clone()),
            None
        );
        // The role a firm plays opens no name; an association of them is
        // named by it.
        assert_eq!(
            just_names("園區營運商宏翔國際物流股份有限公司簽署備忘錄。"),
            ["宏翔國際物流股份有限公司"]
        );
        assert_eq!(
            just_names("德国烟花进口商协会发布。"),
            ["德国烟花进口商协会"]
        );
        // Taiwan's bus companies by their town (not a station, not a mode).
        assert_eq!(
            just_names("桃園客運5089路公車，彰化客運、員林客運加開班次。"),
            ["桃園客運", "彰化客運", "員林客運"]
        );
        assert!(just_names("公路客运和桃园客运站。").is_empty());
    }

    #[test]
    fn a_brigade_what_a_body_gets_and_a_port_before_he() {
        assert_eq!(
            just_names("和龙边境管理大队加强巡查。"),
            ["和龙边境管理大队"]
        );
        assert_eq!(
            just_names("海南（琼中）国际山地自行车赛获国际自行车联盟认证。"),
            ["国际自行车联盟"]
        );
        assert_eq!(
            just_names("依托海口港和海口美兰国际机场发运。"),
            ["海口美兰国际机场"]
        );
        assert_eq!(
            just_names("日本东和精工株式会社发布。"),
            ["日本东和精工株式会社"]
        );
    }

    #[test]
    fn townships_levels_a_he_between_names_and_where_a_place_lies() {
        assert_eq!(
            just_names("沿江乡大豆种植专业合作社、辰清镇绿野农机合作社参与。"),
            ["沿江乡大豆种植专业合作社", "辰清镇绿野农机合作社"]
        );
        assert!(just_names("成立茶叶专业合作社。").is_empty());
        assert_eq!(
            just_names("县口岸服务中心将会同嘉荫边境检查站和县交通运输局推进。"),
            ["县口岸服务中心", "嘉荫边境检查站", "县交通运输局"]
        );
        assert_eq!(just_names("和县人民政府发布。"), ["和县人民政府"]);
        assert_eq!(
            just_names("新北市林口區緊鄰桃園國際機場。"),
            ["桃園國際機場"]
        );
        assert_eq!(just_names("重大问题及时报告县政府。"), ["县政府"]);
    }

    #[test]
    fn fields_joined_by_yu_a_city_cut_from_its_firm_and_what_is_no_part_of_a_name() {
        assert_eq!(just_names("县海洋与渔业局牵头。"), ["县海洋与渔业局"]);
        // jieba: 台/q|中/f|港湾.
        assert_eq!(
            just_names("与台中港湾物流股份有限公司签订协议。"),
            ["台中港湾物流股份有限公司"]
        );
        assert_eq!(just_names("每月将工作进展报市商务局。"), ["市商务局"]);
        assert_eq!(
            just_names("園區內友晟先進封裝股份有限公司去年出口值成長。"),
            ["友晟先進封裝股份有限公司"]
        );
        // A dash between two Chinese places joins a line, not a name.
        assert_eq!(
            just_names("开通了铜川—西安咸阳国际机场旅游直通车。"),
            ["西安咸阳国际机场"]
        );
        assert_eq!(
            just_names("德国巴登-符腾堡州经济部发布。"),
            ["德国巴登-符腾堡州经济部"]
        );
    }

    #[test]
    fn places_that_open_with_a_numeral_open_names() {
        // jieba: 五股/m, 三重/m.
        assert_eq!(
            just_names("新北市五股工業區廠商協進會與越南平陽省新安美工業區簽署備忘錄。"),
            ["新北市五股工業區廠商協進會"]
        );
        assert_eq!(
            just_names("區公所與新北市政府交通局、三重客運股份有限公司合作。"),
            ["新北市政府交通局", "三重客運股份有限公司"]
        );
        assert_eq!(
            just_names("三重區正義國民小學師生出席。"),
            ["三重區正義國民小學"]
        );
    }

    #[test]
    fn ministries_associations_and_operators_of_taiwan_and_japan() {
        // A ministry standing alone, and one of a foreign region.
        assert_eq!(
            just_names("後續將依據經濟部《產業創新條例》辦理。"),
            ["經濟部"]
        );
        assert_eq!(
            just_names("江西省商务厅与德国巴伐利亚州经济部签署备忘录。"),
            ["江西省商务厅", "德国巴伐利亚州经济部"]
        );
        assert_eq!(
            just_names("牡丹江市人民政府与俄罗斯滨海边疆区农业部签署备忘录。"),
            ["牡丹江市人民政府", "俄罗斯滨海边疆区农业部"]
        );
        // (jieba: 中小企业|家同|友会.)
        assert_eq!(
            names("協進會另與日本大阪府中小企業家同友會、菲律賓甲米地經濟特區商會簽訂意向書。"),
            [
                (
                    "日本大阪府中小企業家同友會".to_string(),
                    Category::Association,
                    Some("日本".to_string())
                ),
                (
                    "菲律賓甲米地經濟特區商會".to_string(),
                    Category::Association,
                    Some("菲律賓".to_string())
                ),
            ]
        );
        assert_eq!(just_names("澳門漁民互助會表示支持。"), ["澳門漁民互助會"]);
        assert_eq!(
            just_names("邀請交通部航港局中部航務中心主任出席。"),
            ["交通部航港局中部航務中心"]
        );
        // 業者 (an operator) is no part of the firm's name.
        assert_eq!(
            just_names("核定由澎湖在地業者澎湖海運股份有限公司經營。"),
            ["澎湖海運股份有限公司"]
        );
        assert_eq!(
            names("美濃區農會也與南韓東亞農產流通公司達成供貨協議。")[1]
                .2
                .as_deref(),
            Some("南韓")
        );
    }

    #[test]
    fn a_verb_before_a_place_and_a_body_after_ji_end_a_name() {
        // jieba: 輔導/vn|深坑區/ns.
        assert_eq!(
            just_names("經濟建設課輔導深坑區農會辦理活動。"),
            ["深坑區農會"]
        );
        // 驻 and who runs a body stay inside its name.
        assert_eq!(
            just_names("缅甸驻昆明总领事馆官员出席。"),
            ["缅甸驻昆明总领事馆"]
        );
        assert_eq!(
            just_names("新北市立鶯歌陶瓷博物館舉辦特展。"),
            ["新北市立鶯歌陶瓷博物館"]
        );
        // A body named by its own place after 及 is a second body.
        assert_eq!(
            just_names("由大甲鎮瀾宮及臺中市政府觀光旅遊局共同主辦。"),
            ["臺中市政府觀光旅遊局"]
        );
        // A walk that stops at a lone 及 right after a count crossed
        // nothing (茶園9處|及|食品加工廠: this once sliced backwards).
        assert!(names("包括農場17處、茶園9處及食品加工廠16家。").is_empty());
        // Taiwan's towns open names (jieba: 後|龍鎮 without them).
        assert_eq!(just_names("後龍鎮農會表示。"), ["後龍鎮農會"]);
    }

    #[test]
    fn a_brand_or_place_jieba_misread_opens_a_name_of_common_nouns() {
        // After a connector: a brand read as an adjective, a numeral or stray
        // characters.
        assert_eq!(
            just_names("北埔鄉公所另與竹塹客運股份有限公司簽訂合作協議。"),
            ["北埔鄉公所", "竹塹客運股份有限公司"]
        );
        assert_eq!(
            just_names(
                "大湖地區農會與好鮮多超市股份有限公司、順瑩冷鏈物流股份有限公司簽署備忘錄。"
            ),
            [
                "大湖地區農會",
                "好鮮多超市股份有限公司",
                "順瑩冷鏈物流股份有限公司"
            ]
        );
        // A county's bare name at a clause's start (jieba: 奉化 a verb).
        assert_eq!(
            just_names("奉化水蜜桃产业协会还将与宁波市农业科学研究院开展合作。"),
            ["奉化水蜜桃产业协会", "宁波市农业科学研究院"]
        );
        // Brands glued to 由.
        assert_eq!(
            just_names("鹽山由台鹽實業股份有限公司經營，空運則由華捷航空貨運股份有限公司承攬。"),
            ["台鹽實業股份有限公司", "華捷航空貨運股份有限公司"]
        );
        // Not a verb, nor a quantity, before a kind.
        assert!(just_names("今年将新建跨境电商产业园3至5个。").is_empty());
        assert_eq!(
            just_names("市商务局会同市财政局研究制定办法。"),
            ["市商务局", "市财政局"]
        );
        assert!(
            just_names("协会与多家冷链物流股份有限公司对接。")
                .iter()
                .all(|n| !n.starts_with("多家"))
        );
    }

    #[test]
    fn township_councils_radio_stations_and_no_industrial_zones() {
        assert_eq!(
            names("佳冬鄉民代表會、嘉義縣鹿草鄉民代表會、寶島之聲廣播電台與中央社記者出席。"),
            [
                ("佳冬鄉民代表會".to_string(), Category::Government, None),
                (
                    "嘉義縣鹿草鄉民代表會".to_string(),
                    Category::Government,
                    None
                ),
                ("寶島之聲廣播電台".to_string(), Category::Media, None),
                ("中央社".to_string(), Category::Media, None),
            ]
        );
        // An industrial zone is a place (but 产业园 alone names a park).
        assert!(
            just_names(
                "區公所提出《仁武食品加工產業園區第二期計畫》，太保智慧科技產業園區面積約62公頃。"
            )
            .is_empty()
        );
    }

    #[test]
    fn time_words_besides_and_when_open_no_name() {
        assert_eq!(
            just_names(
                "今年鄉公所編列補助經費。近年區公所配合市府推動。另由區農會與新加坡綠源生鮮有限公司簽約。"
            ),
            ["區農會", "新加坡綠源生鮮有限公司"]
        );
        assert_eq!(
            just_names("另南鼎精密材料股份有限公司也將進駐。會中林內鄉農會致詞。"),
            ["南鼎精密材料股份有限公司", "林內鄉農會"]
        );
        // (中 before a province is central: 中台灣.)
        assert_eq!(just_names("來源：中台灣時報"), ["中台灣時報"]);
    }

    #[test]
    fn a_county_that_opens_with_a_preposition_and_a_longer_brand() {
        assert_eq!(
            just_names("从江县农业农村局与甲仙區農會簽約。"),
            ["从江县农业农村局", "甲仙區農會"]
        );
        assert_eq!(
            just_names("甲仙區農會與好鄰居連鎖超市股份有限公司簽訂契約，并与日本多家船公司合作。"),
            ["甲仙區農會", "好鄰居連鎖超市股份有限公司"]
        );
    }

    #[test]
    fn units_of_ministries_and_research_stations_are_read_whole() {
        assert_eq!(
            just_names("經濟部中小及新創企業署補助。"),
            ["經濟部中小及新創企業署"]
        );
        assert_eq!(
            just_names("由農業部茶及飲料作物改良場魚池分場輔導，魚池分場表示。"),
            ["農業部茶及飲料作物改良場魚池分場", "魚池分場"]
        );
        assert_eq!(
            just_names("與農業部水產試驗所淡水繁養殖研究中心共同簽署。"),
            ["農業部水產試驗所淡水繁養殖研究中心"]
        );
        assert_eq!(
            just_names("台灣總督府中央研究所魚池紅茶試驗支所成立。"),
            ["台灣總督府中央研究所魚池紅茶試驗支所"]
        );
        assert_eq!(
            just_names("云南锡业集团（控股）有限责任公司签约。"),
            ["云南锡业集团（控股）有限责任公司"]
        );
        // (A minister and 及 join two bodies.)
        assert!(
            !just_names("旅游部部长霍夫曼及德国联邦外贸与投资署出席。")
                .iter()
                .any(|n| n.contains("部长"))
        );
    }

    #[test]
    fn a_moderator_s_request_a_title_or_a_building_verb_opens_no_name() {
        assert_eq!(
            just_names("下面请县交通运输局和县文化和广电旅游体育局介绍。"),
            ["县交通运输局", "县文化和广电旅游体育局"]
        );
        assert_eq!(
            just_names("请县工业和信息化局负责人介绍。"),
            ["县工业和信息化局"]
        );
        assert_eq!(
            just_names("臺南市政府警察局新營分局黃志成分局長表示。請林局長說明。"),
            ["臺南市政府警察局新營分局"]
        );
        // (A bureau's head after its whole name.)
        assert_eq!(
            just_names("臺中市政府經濟發展局長張峻榮表示。"),
            ["臺中市政府經濟發展局"]
        );
        assert!(just_names("萬巒鄉興建急凍加工廠，預計明年完工。").is_empty());
        assert_eq!(
            just_names("要认真贯彻海西州人民政府部署。"),
            ["海西州人民政府"]
        );
        assert_eq!(just_names("3月首航千岛湖通用机场。"), ["千岛湖通用机场"]);
        assert_eq!(
            just_names("研究院由组建德令哈光热储能研究院负责。"),
            ["德令哈光热储能研究院"]
        );
        assert_eq!(
            just_names("云南农业大学弥勒葡萄酒学院和红河州葡萄酒产业研究院参加。"),
            ["云南农业大学弥勒葡萄酒学院", "红河州葡萄酒产业研究院"]
        );
    }

    #[test]
    fn a_brand_before_a_place_in_brackets_or_at_a_clause_s_start_opens_the_name() {
        assert_eq!(
            just_names("县政府与拼多多（上海）信息技术有限公司签署协议。"),
            ["县政府", "拼多多（上海）信息技术有限公司"]
        );
        assert_eq!(
            just_names("興達港區漁會與國立高雄科技大學簽署備忘錄。"),
            ["興達港區漁會", "國立高雄科技大學"]
        );
    }
}
