//! Reading one numeral expression into a value.
//!
//! This module owns the grammar of a *single* numeral expression as press
//! releases write it: Arabic and full-width digits (`1,234`, `３１`), Chinese
//! and financial numerals (`两千三百`, `壹佰貳拾`), the 万/亿/兆/京 scales
//! (modern 万进: 兆 = 10^12, 京 = 10^16), mixed forms (`22.64万`), decimals,
//! negatives, digit-by-digit readings (`一三三四五`), percentages given as
//! their figure (`百分之三十`, `九成`, `九折`, `六个百分点` → 30, 90, 90, 6)
//! and approximate ranges (`三四十万`, `3至5万`).
//!
//! [`parse`] and [`parse_range`] are handed a span that is already believed
//! to be a numeral and return its value, or `None` when the span is anything
//! else. Finding numerals in running text, and deciding what they count
//! (money, units, dates), is the extractors' job.
//!
//! Readings chosen where usage varies:
//! * A single digit right after a unit at the end of the integer part is one
//!   step below that unit (`一万三` = 13000, `两千三点一` = 2300.1), but a digit
//!   before a further unit counts as itself (`一千五万` = 10,050,000).
//! * 多/余/几 mark an approximate figure and are read as its floor
//!   (`十多万` = 100000, `二十几万` = 200000).
//! * 十, 百 and 千 may open an expression without a count (`十三`, `百三`),
//!   but 万 and larger need one, so words such as `万一` and `亿万` stay words.
//! * Repeated big units are a compound only when adjacent (`四万万` = 4e8,
//!   `十万亿` = 1e13); `万万万` and `一万一万` are rejected, as are `十十`,
//!   a trailing 零 and two bare digits in a row inside a unit reading.
//! * Two adjacent digits that name an approximate range (`三四`, `两三`,
//!   `三五`) are not a number; `parse_range` reads them.

/// Whether `c` can be part of a written number: an ASCII digit or a Chinese
/// numeral character (一, 两, 十, 百, 万, 几 …). For quick context checks
/// (三部 is a measure word, 40周年 an anniversary), not for reading.
pub fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || "零〇一二两三四五六七八九十百千万亿几".contains(c)
}

/// Reads one numeral expression; `None` unless the whole string is one.
pub fn parse(s: &str) -> Option<f64> {
    plain_decimal(s).or_else(|| read(&normalize(s)))
}

/// Most figures in a release are plain ASCII decimals (13, 200, 22.64):
/// read without the grammar, to what it reads them as. At most 15 digits,
/// so the value is exact before its one rounding (see `Dec::to_f64`).
fn plain_decimal(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((int, frac)) if !frac.is_empty() => (int, frac),
        Some(_) => return None,
        None => (s, ""),
    };
    let digits = || int.bytes().chain(frac.bytes());
    if int.is_empty() || int.len() + frac.len() > 15 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Dec::of_digits(digits().map(|b| b - b'0'), frac.len())?.to_f64()
}

/// Reads an approximate or explicit range: `三四` → (3, 4), `十五六` →
/// (15, 16), `两三万` → (20000, 30000), `3至5` → (3, 5), `3~5万` → (30000,
/// 50000). `None` for a single numeral or anything else.
pub fn parse_range(s: &str) -> Option<(f64, f64)> {
    let chars = normalize(s);
    let (low, high) = match split_range(&chars) {
        Some((low, high)) => explicit_range(low, high)?,
        None => adjacent_range(&chars)?,
    };
    (low < high).then_some((low, high))
}

/// The standard lower-case reading of `n`: 十三, 一百零五, 一千零一十, 十万,
/// 一亿零一, 一万亿 (mainland usage for 10^12), and 京 from 10^16 up so that
/// every `u64` reads back through [`parse`].
pub fn to_chinese(n: u64) -> String {
    let mut out = String::new();
    if n == 0 {
        out.push('零');
    } else {
        write_chinese(n, true, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------
// Exact decimals

/// `mant × 10^exp`. Values are built exactly and converted to f64 once, so
/// 22.64万 is 226400.0 and 0.0005 is `0.0005_f64`, not a product of rounded
/// factors.
#[derive(Clone, Copy, Debug, Default)]
struct Dec {
    mant: u128,
    exp: i32,
}

impl Dec {
    const ZERO: Dec = Dec { mant: 0, exp: 0 };
    const ONE: Dec = Dec { mant: 1, exp: 0 };
    const HALF: Dec = Dec { mant: 5, exp: -1 };

    fn int(n: u8) -> Dec {
        Dec {
            mant: n.into(),
            exp: 0,
        }
    }

    /// Digit values (0–9) before and after the decimal point.
    fn from_digits(int: &[u8], frac: &[u8]) -> Option<Dec> {
        Dec::of_digits(int.iter().chain(frac).copied(), frac.len())
    }

    /// The number of `digits` (values 0–9) whose last `frac_len` are decimals.
    fn of_digits(digits: impl IntoIterator<Item = u8>, frac_len: usize) -> Option<Dec> {
        let mant = digits
            .into_iter()
            .try_fold(0u128, |acc, d| acc.checked_mul(10)?.checked_add(d.into()))?;
        let exp = i32::try_from(frac_len).ok()?;
        Some(Dec { mant, exp: -exp })
    }

    fn scaled(self, places: i32) -> Option<Dec> {
        Some(Dec {
            mant: self.mant,
            exp: self.exp.checked_add(places)?,
        })
    }

    fn times(self, factor: u128) -> Option<Dec> {
        Some(Dec {
            mant: self.mant.checked_mul(factor)?,
            exp: self.exp,
        })
    }

    fn plus(self, other: Dec) -> Option<Dec> {
        if self.mant == 0 {
            return Some(other);
        }
        if other.mant == 0 {
            return Some(self);
        }
        let exp = self.exp.min(other.exp);
        let align = |d: Dec| d.mant.checked_mul(pow10(d.exp.checked_sub(exp)?)?);
        Some(Dec {
            mant: align(self)?.checked_add(align(other)?)?,
            exp,
        })
    }

    /// The f64 nearest to the exact value. When the mantissa and the power
    /// of ten are both exact doubles (almost every number a release writes),
    /// one multiplication or division rounds correctly (Clinger's fast
    /// path); otherwise Rust's float parsing, which also rounds correctly,
    /// reads the decimal string.
    fn to_f64(self) -> Option<f64> {
        const EXACT_POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        if self.mant <= 1 << 53
            && let Some(&p) = EXACT_POW10.get(self.exp.unsigned_abs() as usize)
        {
            let m = self.mant as f64;
            return Some(if self.exp >= 0 { m * p } else { m / p });
        }
        format!("{}e{}", self.mant, self.exp).parse().ok()
    }
}

fn pow10(n: i32) -> Option<u128> {
    10u128.checked_pow(u32::try_from(n).ok()?)
}

/// A magnitude with a sign; percent numerators carry their own (百分之负三).
#[derive(Clone, Copy)]
struct Value {
    negative: bool,
    magnitude: Dec,
}

impl Value {
    fn positive(magnitude: Dec) -> Value {
        Value {
            negative: false,
            magnitude,
        }
    }

    fn map(self, f: impl FnOnce(Dec) -> Option<Dec>) -> Option<Value> {
        Some(Value {
            magnitude: f(self.magnitude)?,
            ..self
        })
    }

    fn to_f64(self) -> Option<f64> {
        let v = self.magnitude.to_f64()?;
        Some(if self.negative { -v } else { v })
    }
}

// ---------------------------------------------------------------------------
// Characters

/// Drops whitespace (spec data and releases space out parts: `7萬 5千`),
/// folds full-width ASCII, and maps traditional and financial numerals to
/// one simplified spelling so the grammar sees a single alphabet.
fn normalize(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        match canonical(fold_width(c)) {
            '廿' => out.extend(['二', '十']),
            '卅' => out.extend(['三', '十']),
            '卌' => out.extend(['四', '十']),
            c => out.push(c),
        }
    }
    out
}

fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        '\u{2212}' => '-',
        '〜' => '~',
        _ => c,
    }
}

fn canonical(c: char) -> char {
    match c {
        '〇' | '○' => '零',
        '壹' => '一',
        '贰' | '貳' => '二',
        '兩' | '俩' | '倆' => '两',
        '叁' | '參' | '叄' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' | '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        '萬' => '万',
        '億' => '亿',
        '點' => '点',
        '負' => '负',
        '個' => '个',
        '幾' => '几',
        '餘' => '余',
        '對' => '对',
        '雙' => '双',
        _ => c,
    }
}

/// A Chinese digit as written anywhere, decimals included. 两 is not one:
/// it only counts things (两千, 两个), so 一点两 is not 1.2.
fn digit(c: char) -> Option<u8> {
    let d = match c {
        '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(d)
}

/// A digit that counts, before a unit or alone: also 两.
fn count_digit(c: char) -> Option<u8> {
    if c == '两' { Some(2) } else { digit(c) }
}

/// A digit in a digit-by-digit reading, where phone and radio usage adds
/// 幺 (1), 洞 (0) and 拐 (7).
fn spoken_digit(c: char) -> Option<u8> {
    match c {
        '幺' => Some(1),
        '洞' => Some(0),
        '拐' => Some(7),
        _ => count_digit(c),
    }
}

fn ascii_digit(c: char) -> Option<u8> {
    c.to_digit(10).and_then(|d| u8::try_from(d).ok())
}

fn small_unit(c: char) -> Option<i32> {
    match c {
        '十' => Some(1),
        '百' => Some(2),
        '千' => Some(3),
        _ => None,
    }
}

fn big_unit(c: char) -> Option<i32> {
    match c {
        '万' => Some(4),
        '亿' => Some(8),
        '兆' => Some(12),
        '京' => Some(16),
        _ => None,
    }
}

/// Latin scale suffixes after Arabic digits: `40k`, `2.5M`.
fn latin_scale(c: char) -> Option<i32> {
    match c {
        'k' | 'K' => Some(3),
        'M' => Some(6),
        _ => None,
    }
}

fn strip_suffix<'a>(chars: &'a [char], suffix: &str) -> Option<&'a [char]> {
    let n = suffix.chars().count();
    let split = chars.len().checked_sub(n)?;
    chars[split..]
        .iter()
        .copied()
        .eq(suffix.chars())
        .then_some(&chars[..split])
}

// ---------------------------------------------------------------------------
// Expressions

/// Reads normalized characters: an optional sign, then a percentage, a
/// quantity or a caret power.
fn read(chars: &[char]) -> Option<f64> {
    let (negative, body) = strip_sign(chars);
    let value = figure(body)
        .and_then(Value::to_f64)
        .or_else(|| power(body))?;
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

/// A leading minus or plus; spoken data also writes 负的 (负的百分之二十).
fn strip_sign(chars: &[char]) -> (bool, &[char]) {
    match chars {
        ['负', '的', rest @ ..] | ['负' | '-', rest @ ..] => (true, rest),
        ['+', rest @ ..] => (false, rest),
        _ => (false, chars),
    }
}

fn figure(chars: &[char]) -> Option<Value> {
    percent(chars).or_else(|| quantity(chars).map(Value::positive))
}

fn signed_quantity(chars: &[char]) -> Option<Value> {
    let (negative, body) = strip_sign(chars);
    Some(Value {
        negative,
        magnitude: quantity(body)?,
    })
}

/// `2^5`, `2.5^-1`: a caret power of an Arabic number.
fn power(chars: &[char]) -> Option<f64> {
    let caret = chars.iter().position(|&c| c == '^')?;
    let base = arabic(&chars[..caret])?.to_f64()?;
    let exponent: String = chars[caret + 1..].iter().collect();
    Some(base.powi(exponent.parse().ok()?))
}

// ---------------------------------------------------------------------------
// Percentages, given as the figure: 30 for 30%.

fn percent(chars: &[char]) -> Option<Value> {
    per_sign(chars)
        .or_else(|| per_power_of_ten(chars))
        .or_else(|| percentage_points(chars))
        .or_else(|| tenths(chars))
        .or_else(|| discount(chars))
}

/// 14.15%, and ‰ as a tenth of a percent.
fn per_sign(chars: &[char]) -> Option<Value> {
    match chars.split_last()? {
        ('%', body) => signed_quantity(body),
        ('‰', body) => signed_quantity(body)?.map(|d| d.scaled(-1)),
        _ => None,
    }
}

/// 百分之三十 = 30, 千分之一 = 0.1, 百万分之五 = 0.0005: the numerator
/// over a power of ten, as a percent figure. 之 may be dropped (百分百).
/// 十分之 is left out: it is an ordinary fraction and 十分 an adverb.
fn per_power_of_ten(chars: &[char]) -> Option<Value> {
    let (len, denominator) = percent_prefix(chars)?;
    signed_quantity(&chars[len..])?.map(|d| d.scaled(2 - denominator))
}

/// A `百分之`-style prefix (之 optional): its length and the power of ten
/// of its denominator.
fn percent_prefix(chars: &[char]) -> Option<(usize, i32)> {
    let split = chars.iter().position(|&c| c == '分')?;
    let denominator = unit_exponent(&chars[..split])?;
    if denominator < 2 {
        return None;
    }
    let with_zhi = chars.get(split + 1) == Some(&'之');
    Some((split + 1 + usize::from(with_zhi), denominator))
}

/// 六个百分点, 75.2个百分点.
fn percentage_points(chars: &[char]) -> Option<Value> {
    signed_quantity(strip_suffix(chars, "百分点")?)
}

/// 九成 = 90, 七成六 = 76, 三成半 = 35, 半成 = 5: tenths, at most ten.
fn tenths(chars: &[char]) -> Option<Value> {
    let split = chars.iter().position(|&c| c == '成')?;
    let tens = quantity(&chars[..split])?.scaled(1)?;
    let units = match &chars[split + 1..] {
        [] => Dec::ZERO,
        ['半'] => Dec::int(5),
        &[c] => Dec::int(count_digit(c).or_else(|| ascii_digit(c))?),
        _ => return None,
    };
    whole_or_less(tens.plus(units)?)
}

/// 九折 = 90, 八五折 = 85, 75折 = 75, 对折 = 50: a price as a percent of
/// the original. One figure counts tenths; two digits are already percent.
fn discount(chars: &[char]) -> Option<Value> {
    let body = strip_suffix(chars, "折")?;
    let figure = match body {
        ['对' | '半'] => Dec::int(50),
        _ => match digit_string(body) {
            Some(percent) => percent,
            None => {
                let rate = quantity(body)?;
                if rate.to_f64()? < 10.0 {
                    rate.scaled(1)?
                } else {
                    rate
                }
            }
        },
    };
    whole_or_less(figure)
}

/// A share of a whole cannot pass 100%: 九四成 is not 940.
fn whole_or_less(figure: Dec) -> Option<Value> {
    (figure.to_f64()? <= 100.0).then_some(Value::positive(figure))
}

// ---------------------------------------------------------------------------
// Quantities

/// A number with the counting words that may follow it: 个, 个半 (两个半 =
/// 2.5), 打 (a dozen), 对/双 (a pair).
fn quantity(chars: &[char]) -> Option<Dec> {
    if let Some(body) = strip_suffix(chars, "个半") {
        return counted(body)?.plus(Dec::HALF);
    }
    counted(strip_suffix(chars, "个").unwrap_or(chars))
}

fn counted(chars: &[char]) -> Option<Dec> {
    match chars.split_last()? {
        ('打', body) => scaled_numeral(body)?.times(12),
        ('对' | '双', body) => scaled_numeral(body)?.times(2),
        _ => scaled_numeral(chars),
    }
}

/// A numeral with an optional Latin scale (40k), or a half (半, 一半).
fn scaled_numeral(chars: &[char]) -> Option<Dec> {
    if let Some((&c, body)) = chars.split_last()
        && let Some(scale) = latin_scale(c)
        && body.last().is_some_and(char::is_ascii_digit)
    {
        return numeral(body)?.scaled(scale);
    }
    match chars {
        ['半'] | ['一', '半'] => Some(Dec::HALF),
        _ => scientific(chars).or_else(|| numeral(chars)),
    }
}

/// `2e5`, `-12e-1` (sign already taken), `2.7890e-1`.
fn scientific(chars: &[char]) -> Option<Dec> {
    let e = chars.iter().position(|&c| c == 'e' || c == 'E')?;
    let exponent: String = chars[e + 1..].iter().collect();
    arabic(&chars[..e])?.scaled(exponent.parse().ok()?)
}

/// A number with an optional Chinese decimal part, after which scale units
/// multiply the whole: 十点六七亿 = 10.67 × 10^8.
fn numeral(chars: &[char]) -> Option<Dec> {
    let Some(point) = chars.iter().position(|&c| c == '点') else {
        // 三四 alone is "three or four", not thirty-four: see parse_range.
        if let [a, b] = chars
            && is_range_pair(*a, *b)
        {
            return None;
        }
        return whole(chars);
    };
    let (int, rest) = (&chars[..point], &chars[point + 1..]);
    if int.contains(&'.') {
        return None;
    }
    let frac: Vec<u8> = rest
        .iter()
        .map_while(|&c| digit(c).or_else(|| ascii_digit(c)))
        .collect();
    if frac.is_empty() {
        return None;
    }
    let scale = unit_exponent(&rest[frac.len()..])?;
    whole(int)?
        .plus(Dec::from_digits(&[], &frac)?)?
        .scaled(scale)
}

fn whole(chars: &[char]) -> Option<Dec> {
    digit_string(chars).or_else(|| integer(chars))
}

/// 一三三四五, 幺八九, 二〇〇二: two or more digits read one by one.
fn digit_string(chars: &[char]) -> Option<Dec> {
    if chars.len() < 2 {
        return None;
    }
    let digits: Vec<u8> = chars
        .iter()
        .map(|&c| spoken_digit(c))
        .collect::<Option<_>>()?;
    Dec::from_digits(&digits, &[])
}

/// The power of ten of a run of units: 万 → 4, 千万 → 7, 万亿 → 12, and ""
/// → 0. At most one small unit, first, then at most two big units that do
/// not decrease (亿万 is an idiom, not a scale).
fn unit_exponent(chars: &[char]) -> Option<i32> {
    let (small, bigs) = chars
        .split_first()
        .and_then(|(&c, rest)| Some((small_unit(c)?, rest)))
        .unwrap_or((0, chars));
    if bigs.len() > 2 {
        return None;
    }
    let mut total = small;
    let mut previous = 0;
    for &c in bigs {
        let unit = big_unit(c)?;
        if unit < previous {
            return None;
        }
        previous = unit;
        total += unit;
    }
    Some(total)
}

/// An Arabic number: `1,234`, `22.64`, `.5`. Commas must group thousands.
fn arabic(chars: &[char]) -> Option<Dec> {
    let s: String = chars.iter().collect();
    let (int, frac) = match s.split_once('.') {
        Some((int, frac)) if !frac.is_empty() => (int, frac),
        Some(_) => return None,
        None => (s.as_str(), ""),
    };
    if !frac.bytes().all(|b| b.is_ascii_digit()) || !thousands_grouped(int) {
        return None;
    }
    let digits = |s: &str| -> Vec<u8> {
        s.bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect()
    };
    let int_digits = digits(int);
    if int_digits.is_empty() && frac.is_empty() {
        return None;
    }
    Dec::from_digits(&int_digits, &digits(frac))
}

fn thousands_grouped(int: &str) -> bool {
    let all_digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or_default();
    if !int.contains(',') {
        return all_digits(first);
    }
    (1..=3).contains(&first.len())
        && all_digits(first)
        && groups.all(|g| g.len() == 3 && all_digits(g))
}

// ---------------------------------------------------------------------------
// Integers with units

#[derive(Clone, Copy)]
enum Token {
    /// One digit, Chinese or Arabic; 0 is 零, the place filler.
    Digit(u8),
    /// A multi-character Arabic number.
    Arabic(Dec),
    /// 几: an unknown digit, read as 0.
    Unknown,
    /// 半 before a unit: 半百 = 50.
    Half,
    Small(i32),
    Big(i32),
    /// 多 or 余 after a figure: "and some".
    About,
}

fn tokenize(chars: &[char]) -> Option<Vec<Token>> {
    let is_arabic = |c: &char| c.is_ascii_digit() || *c == '.' || *c == ',';
    let mut tokens = Vec::new();
    let mut rest = chars;
    while let Some(&c) = rest.first() {
        if is_arabic(&c) {
            let len = rest.iter().take_while(|c| is_arabic(c)).count();
            tokens.push(match &rest[..len] {
                &[d] => Token::Digit(ascii_digit(d)?),
                run => Token::Arabic(arabic(run)?),
            });
            rest = &rest[len..];
            continue;
        }
        tokens.push(match c {
            '几' => Token::Unknown,
            '半' => Token::Half,
            '多' | '余' => Token::About,
            _ => {
                if let Some(d) = count_digit(c) {
                    Token::Digit(d)
                } else if let Some(u) = small_unit(c) {
                    Token::Small(u)
                } else {
                    Token::Big(big_unit(c)?)
                }
            }
        });
        rest = &rest[1..];
    }
    Some(tokens)
}

fn integer(chars: &[char]) -> Option<Dec> {
    let mut reading = Integer::default();
    for token in tokenize(chars)? {
        reading.push(token)?;
    }
    reading.finish()
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Last {
    #[default]
    Start,
    Zero,
    /// A one-character figure: a digit, 几 or 半.
    Digit,
    /// A multi-character Arabic number.
    Arabic,
    Unit,
    About,
}

/// Left-to-right reading of an integer with units.
///
/// Below a big unit, a *section* sums count × 十/百/千 with strictly falling
/// small units. A big unit closes the section into a *group* and multiplies
/// it together with every lower group before it, so 一万五千亿 is
/// (10000 + 5000) × 10^8 and 十万亿 is 10^13. Groups are kept by the place of
/// their highest digit, which must fall from left to right.
#[derive(Default)]
struct Integer {
    groups: Vec<(Dec, i32)>,
    section: Dec,
    /// Smallest small unit in the section so far; `None` before the first.
    section_unit: Option<i32>,
    /// A number still waiting for its unit.
    pending: Option<Dec>,
    /// The pending number is one digit right after a unit: if it ends the
    /// integer it is one place below that unit (一万三).
    tail: Option<u8>,
    /// Place of the last unit read.
    place: i32,
    /// What the previous token was, for the rules that depend on it.
    last: Last,
    /// Anything other than 零 has been read.
    seen: bool,
}

impl Integer {
    fn push(&mut self, token: Token) -> Option<()> {
        // 多/余 may only close a figure or stand before its big unit.
        if self.last == Last::About && !matches!(token, Token::Big(_)) {
            return None;
        }
        match token {
            // 零 fills an empty place; after a digit (五零) it would be a
            // digit string, which `number` rejects here.
            Token::Digit(0) if self.pending.is_none() => self.last = Last::Zero,
            Token::Digit(d) => self.number(Dec::int(d), Some(d), Last::Digit)?,
            Token::Arabic(value) => self.number(value, None, Last::Arabic)?,
            Token::Unknown if self.last != Last::Start => {
                self.number(Dec::ZERO, None, Last::Digit)?;
            }
            Token::Half if self.last == Last::Start => {
                self.number(Dec::HALF, None, Last::Digit)?;
            }
            Token::Small(unit) => self.small(unit)?,
            Token::Big(unit) => self.big(unit)?,
            // 十多万, 500余万; but not 四多亿, where 多 belongs after the unit.
            Token::About if matches!(self.last, Last::Arabic | Last::Unit) => {
                self.last = Last::About;
            }
            Token::Unknown | Token::Half | Token::About => return None,
        }
        Some(())
    }

    fn number(&mut self, value: Dec, digit: Option<u8>, last: Last) -> Option<()> {
        if self.pending.is_some() {
            // Two numbers in a row (三四, 十五六) are a range, not a number.
            return None;
        }
        self.tail = digit.filter(|_| self.last == Last::Unit);
        self.pending = Some(value);
        self.last = last;
        self.seen = true;
        Some(())
    }

    fn small(&mut self, unit: i32) -> Option<()> {
        // 十 stands alone anywhere (十三, 一百十一); 百 and 千 only at the start
        // or after 零 (百三, 一万零百一十一), so 千百 is not read as 1100.
        let implicit_one = unit == 1 || matches!(self.last, Last::Start | Last::Zero);
        let count = match self.pending.take() {
            Some(count) => count,
            None if implicit_one => Dec::ONE,
            None => return None,
        };
        if self.section_unit.is_some_and(|u| unit >= u) {
            return None;
        }
        self.section = self.section.plus(count.scaled(unit)?)?;
        self.section_unit = Some(unit);
        self.unit_read(unit);
        Some(())
    }

    fn big(&mut self, unit: i32) -> Option<()> {
        // A big unit needs a count, or a unit just before it to compound
        // with: a bare leading 万 (万一, 亿万) is a word, not a number.
        let empty = self.pending.is_none() && self.section_unit.is_none();
        if empty && self.last != Last::Unit {
            return None;
        }
        let mut group = self
            .section
            .plus(self.pending.take().unwrap_or(Dec::ZERO))?;
        let mut inner = 0;
        let mut merged = false;
        while let Some(&(value, place)) = self.groups.last()
            && place < unit
        {
            group = group.plus(value)?;
            inner = inner.max(place);
            merged = true;
            self.groups.pop();
        }
        // An equal group joins only a compound (四万万) or a group that
        // already took lower ones ((…亿…万零七百三十七)亿); 一万一万 stays an error.
        if (merged || empty)
            && let Some(&(value, place)) = self.groups.last()
            && place == unit
        {
            group = group.plus(value)?;
            inner = inner.max(place);
            merged = true;
            self.groups.pop();
        }
        if empty && !merged {
            return None;
        }
        let place = unit + inner;
        if self.groups.last().is_some_and(|&(_, p)| p <= place) {
            return None;
        }
        self.groups.push((group.scaled(unit)?, place));
        self.section = Dec::ZERO;
        self.section_unit = None;
        self.unit_read(place);
        Some(())
    }

    fn unit_read(&mut self, place: i32) {
        self.place = place;
        self.last = Last::Unit;
        self.tail = None;
        self.seen = true;
    }

    fn finish(self) -> Option<Dec> {
        if !self.seen {
            return (self.last == Last::Zero).then_some(Dec::ZERO);
        }
        if self.last == Last::Zero {
            return None;
        }
        let tail = match (self.pending, self.tail) {
            (Some(_), Some(d)) => Dec::int(d).scaled(self.place - 1)?,
            (Some(value), None) => value,
            (None, _) => Dec::ZERO,
        };
        self.groups
            .iter()
            .try_fold(self.section.plus(tail)?, |sum, &(value, _)| sum.plus(value))
    }
}

// ---------------------------------------------------------------------------
// Ranges

/// Adjacent digits naming an approximate range: 一二 … 八九, 三五, 一两, 两三.
fn is_range_pair(a: char, b: char) -> bool {
    let (Some(x), Some(y)) = (count_digit(a), count_digit(b)) else {
        return false;
    };
    x >= 1 && (y == x + 1 || (x, y) == (3, 5))
}

fn split_range(chars: &[char]) -> Option<(&[char], &[char])> {
    let at = (1..chars.len()).find(|&i| match chars[i] {
        '至' | '到' | '~' | '—' | '–' => true,
        // A hyphen after an exponent marker or another hyphen is a sign.
        '-' => !matches!(chars[i - 1], 'e' | 'E' | '^' | '-'),
        _ => false,
    })?;
    let (low, high) = (&chars[..at], &chars[at + 1..]);
    (!high.is_empty()).then_some((low, high))
}

/// 3至5万: a bare low end takes the high end's scale; 百分之三十到四十一: a
/// bare high end takes the low end's percent prefix.
fn explicit_range(low: &[char], high: &[char]) -> Option<(f64, f64)> {
    let mut high_full = Vec::new();
    if let Some((len, _)) = percent_prefix(low)
        && percent_prefix(high).is_none()
    {
        high_full.extend_from_slice(&low[..len]);
    }
    high_full.extend_from_slice(high);
    let mut low_full = low.to_vec();
    low_full.extend_from_slice(inherited_scale(low, &high_full));
    Some((read(&low_full)?, read(&high_full)?))
}

/// The scale the low end of a range borrows from the high end: its trailing
/// big units (三到五万 → 三万), with a 百/千 written right after a digit when
/// the low end has no unit at all (3至5千万 → 3千万), or a Latin k/M.
fn inherited_scale<'a>(low: &[char], high: &'a [char]) -> &'a [char] {
    if low.iter().any(|&c| big_unit(c).is_some()) {
        return &[];
    }
    let bigs = high
        .iter()
        .rev()
        .take_while(|&&c| big_unit(c).is_some())
        .count();
    let mut start = high.len() - bigs;
    if bigs == 0 {
        let latin = high.last().is_some_and(|&c| latin_scale(c).is_some());
        let bare_arabic = low.last().is_some_and(char::is_ascii_digit);
        return if latin && bare_arabic {
            &high[start - 1..]
        } else {
            &[]
        };
    }
    let bare = low.iter().all(|&c| small_unit(c).is_none());
    if bare
        && start >= 2
        && matches!(high[start - 1], '百' | '千')
        && (count_digit(high[start - 2]).is_some() || high[start - 2].is_ascii_digit())
    {
        start -= 1;
    }
    &high[start..]
}

/// 三四十万 → 三十万 … 四十万: exactly one isolated range pair, read once
/// with each of its digits.
fn adjacent_range(chars: &[char]) -> Option<(f64, f64)> {
    let is_digit_at = |i: usize| {
        chars
            .get(i)
            .is_some_and(|&c| spoken_digit(c).is_some() || c.is_ascii_digit())
    };
    let pairs: Vec<usize> = (0..chars.len().saturating_sub(1))
        .filter(|&i| {
            is_range_pair(chars[i], chars[i + 1])
                && !(i > 0 && is_digit_at(i - 1))
                && !is_digit_at(i + 2)
        })
        .collect();
    let &[i] = pairs.as_slice() else {
        return None;
    };
    let without = |skip: usize| -> Vec<char> {
        chars
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != skip)
            .map(|(_, &c)| c)
            .collect()
    };
    Some((read(&without(i + 1))?, read(&without(i))?))
}

// ---------------------------------------------------------------------------
// Rendering

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes `n` (> 0). `leading` is true while nothing precedes it, which is
/// where 10–19 drop their 一 (十三 but 一百一十三).
fn write_chinese(n: u64, leading: bool, out: &mut String) {
    for (unit, name) in [
        (10_000_000_000_000_000, '京'),
        (100_000_000, '亿'),
        (10_000, '万'),
    ] {
        if n >= unit {
            write_chinese(n / unit, leading, out);
            out.push(name);
            let low = n % unit;
            if low > 0 {
                // A gap below the unit is read as one 零: 一亿零一.
                if low < unit / 10 {
                    out.push('零');
                }
                write_chinese(low, false, out);
            }
            return;
        }
    }
    write_section(n, leading, out);
}

/// Writes 1 ≤ n < 10000 with 千百十 and single 零 for inner gaps.
fn write_section(n: u64, leading: bool, out: &mut String) {
    let places = [
        (1000, Some('千')),
        (100, Some('百')),
        (10, Some('十')),
        (1, None),
    ];
    let mut started = false;
    let mut gap = false;
    for (value, unit) in places {
        let d = (n / value % 10) as usize;
        if d == 0 {
            gap |= started;
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        let bare_ten = d == 1 && value == 10 && leading && !started;
        if !bare_ten {
            out.push(DIGITS[d]);
        }
        out.extend(unit);
        started = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain-decimal shortcut of `parse` reads what the grammar reads,
    /// and leaves everything else to it.
    #[test]
    fn plain_decimals_read_as_the_grammar_reads_them() {
        let mut inputs: Vec<String> = (0..2500).map(|n| n.to_string()).collect();
        for n in [
            7u64,
            42,
            305,
            1_000_000,
            123_456_789_012_345,
            999_999_999_999_999,
        ] {
            inputs.push(format!("00{n}"));
            for frac in ["0", "5", "25", "064", "10", "999999"] {
                inputs.push(format!("{n}.{frac}"));
                inputs.push(format!("0{n}.{frac}"));
            }
        }
        inputs.extend(
            [
                "1234567890123456",
                "12345678901234.56",
                "1.",
                ".5",
                "",
                "1,000",
                "1.2.3",
                "٣",
            ]
            .map(String::from),
        );
        let mut read_plain = 0;
        for s in &inputs {
            let grammar = read(&normalize(s));
            match plain_decimal(s) {
                Some(v) => {
                    read_plain += 1;
                    assert_eq!(Some(v), grammar, "{s}");
                }
                None => assert_eq!(parse(s), grammar, "{s}"),
            }
        }
        assert!(read_plain > 2500, "{read_plain}");
        assert_eq!(plain_decimal("1234567890123456"), None);
        assert_eq!(plain_decimal("22.64"), Some(22.64));
    }

    /// The fast path of `Dec::to_f64` gives what parsing the decimal string
    /// gives, on both sides of its limits (2^53, 10^±22).
    #[test]
    fn dec_to_f64_rounds_as_parsing_does() {
        let mants = [
            0,
            1,
            7,
            2264,
            123_456_789,
            (1 << 53) - 1,
            1 << 53,
            (1 << 53) + 1,
            u128::from(u64::MAX),
        ];
        for mant in mants {
            for exp in -30..=30 {
                let parsed: f64 = format!("{mant}e{exp}").parse().unwrap();
                assert_eq!(Dec { mant, exp }.to_f64(), Some(parsed), "{mant}e{exp}");
            }
        }
    }

    /// Whole-expression readings, grouped by form.
    const CASES: &[(&str, f64)] = &[
        // Arabic and full-width
        ("0", 0.0),
        ("7", 7.0),
        ("48", 48.0),
        ("3,617", 3617.0),
        ("12,000,000", 12_000_000.0),
        ("88.07", 88.07),
        (".25", 0.25),
        ("0.0005", 0.0005),
        ("007", 7.0),
        ("６４", 64.0),
        ("３．７５", 3.75),
        ("２，５００", 2500.0),
        ("6０8", 608.0),
        ("  19  ", 19.0),
        ("3.5e3", 3500.0),
        ("4E-2", 0.04),
        ("3^4", 81.0),
        ("4^-1", 0.25),
        ("25k", 25_000.0),
        ("1.5M", 1_500_000.0),
        // Chinese digits and 十
        ("零", 0.0),
        ("〇", 0.0),
        ("六", 6.0),
        ("十", 10.0),
        ("十七", 17.0),
        ("一十七", 17.0),
        ("三十", 30.0),
        ("五十八", 58.0),
        ("廿六", 26.0),
        ("卅", 30.0),
        // 两 and 二
        ("两", 2.0),
        ("二", 2.0),
        ("俩", 2.0),
        ("两百", 200.0),
        ("二百", 200.0),
        ("两千零二", 2002.0),
        ("二十二", 22.0),
        ("两万两千", 22_000.0),
        // 百 千 and 零
        ("一百零七", 107.0),
        ("三百一十", 310.0),
        ("三百十", 310.0),
        ("六千零九", 6009.0),
        ("八千零四十", 8040.0),
        ("九千八百七十六", 9876.0),
        ("零十", 10.0),
        ("百", 100.0),
        // abbreviated tails
        ("一万四", 14_000.0),
        ("三千八", 3800.0),
        ("两百六", 260.0),
        ("十万五", 105_000.0),
        ("一亿二", 120_000_000.0),
        ("千二", 1200.0),
        ("四千二点五", 4200.5),
        ("一千五万", 10_050_000.0),
        ("三千零八", 3008.0),
        ("两万零六", 20_006.0),
        // 万 亿 兆 京
        ("六万", 60_000.0),
        ("十二万", 120_000.0),
        ("八万零三百", 80_300.0),
        ("七千万", 70_000_000.0),
        ("三亿", 300_000_000.0),
        ("一亿零一", 100_000_001.0),
        ("一亿零三百万", 103_000_000.0),
        ("二亿零五万", 200_050_000.0),
        ("九亿九千九百九十九万九千九百九十九", 999_999_999.0),
        ("三万万", 300_000_000.0),
        ("五万亿", 5e12),
        ("十八万亿", 1.8e13),
        ("两万三千亿", 2.3e12),
        ("七兆", 7e12),
        ("三兆零五亿", 3_000_500_000_000.0),
        ("三京", 3e16),
        // digits with Chinese scales
        ("6万", 60_000.0),
        ("38.5万", 385_000.0),
        ("22.64万", 226_400.0),
        ("3.2亿", 320_000_000.0),
        ("0.7亿", 70_000_000.0),
        ("8千万", 80_000_000.0),
        ("1.25万亿", 1.25e12),
        ("2万3千", 23_000.0),
        ("4万500", 40_500.0),
        ("6百05", 605.0),
        ("9 万 2 千", 92_000.0),
        ("５．６亿", 560_000_000.0),
        ("2,300万", 23_000_000.0),
        // decimals with 点
        ("三点二五", 3.25),
        ("零点零八", 0.08),
        ("十二点五", 12.5),
        ("一百点零二", 100.02),
        ("六点五万", 65_000.0),
        ("二十三点四亿", 2_340_000_000.0),
        ("七万点五", 70_000.5),
        ("零点3", 0.3),
        ("四点零", 4.0),
        // financial and traditional
        ("捌", 8.0),
        ("柒拾捌", 78.0),
        ("壹仟零贰拾", 1020.0),
        ("伍佰萬", 5_000_000.0),
        ("貳億參仟萬", 230_000_000.0),
        ("陸點伍", 6.5),
        ("兩萬", 20_000.0),
        ("玖拾玖點玖", 99.9),
        // negatives
        ("-12", -12.0),
        ("-0.75", -0.75),
        ("负八", -8.0),
        ("負三十", -30.0),
        ("负零点二五", -0.25),
        ("－４５", -45.0),
        ("负7.5万", -75_000.0),
        // digit by digit
        ("二〇二四", 2024.0),
        ("一九九八", 1998.0),
        ("九五二七", 9527.0),
        ("零零七", 7.0),
        ("幺零八六", 1086.0),
        ("二二", 22.0),
        ("五五五", 555.0),
        ("四八点二", 48.2),
        // spaces between parts
        ("两千 零 八", 2008.0),
        ("五 百 万", 5_000_000.0),
        // approximate markers read as their floor
        ("三十多万", 300_000.0),
        ("两百余", 200.0),
        ("五十几亿", 5_000_000_000.0),
        // counting words
        ("三个", 3.0),
        ("八個", 8.0),
        ("两个半", 2.5),
        ("半", 0.5),
        ("一半", 0.5),
        ("半千", 500.0),
        ("两打", 24.0),
        ("三对", 6.0),
        // percent forms
        ("12.5%", 12.5),
        ("８％", 8.0),
        ("-3.4%", -3.4),
        ("负0.8%", -0.8),
        ("百分之四十", 40.0),
        ("百分之4.5", 4.5),
        ("百分之一百二十", 120.0),
        ("百分之零点五", 0.5),
        ("百分之负二", -2.0),
        ("负百分之七", -7.0),
        ("百分九十", 90.0),
        ("百分二十", 20.0),
        ("千分之五", 0.5),
        ("万分之八", 0.08),
        ("百万分之三", 0.0003),
        ("三个百分点", 3.0),
        ("0.25个百分点", 0.25),
        ("十二个百分点", 12.0),
        ("八成", 80.0),
        ("八成五", 85.0),
        ("两成半", 25.0),
        ("九成九", 99.0),
        ("6.5成", 65.0),
        ("半成", 5.0),
        ("八折", 80.0),
        ("七五折", 75.0),
        ("8.8折", 88.0),
        ("对折", 50.0),
        ("3‰", 0.3),
    ];

    /// Strings that are not one numeral expression.
    const NONE: &[&str] = &[
        "",
        "   ",
        "一切",
        "四川",
        "十分",
        "陆军",
        "万一",
        "亿万",
        "三点",
        "点五",
        "2024年",
        "2024-05-01",
        "3月8日",
        "5.",
        "1,23",
        "1,2345",
        "十十",
        "十百",
        "千百",
        "万万万",
        "一万一万",
        "一千零",
        "四三二一零a",
        "三四",
        "五六",
        "两三",
        "三五",
        "十五六",
        "三四十",
        "3至5",
        "10-20",
        "几",
        "几万",
        "四多亿",
        "九四成",
        "十成五",
        "多",
        "负",
        "-",
        "%",
        "百分之",
        "个",
        "洞",
        "一万三千二百五十五六",
        "1e99999",
    ];

    const RANGES: &[(&str, (f64, f64))] = &[
        ("六七", (6.0, 7.0)),
        ("两三", (2.0, 3.0)),
        ("一两", (1.0, 2.0)),
        ("三五", (3.0, 5.0)),
        ("十七八", (17.0, 18.0)),
        ("二十三四", (23.0, 24.0)),
        ("七八十", (70.0, 80.0)),
        ("五六百", (500.0, 600.0)),
        ("两三千", (2000.0, 3000.0)),
        ("四五万", (40_000.0, 50_000.0)),
        ("二三十亿", (2e9, 3e9)),
        ("6至8", (6.0, 8.0)),
        ("15-25", (15.0, 25.0)),
        ("２０～３０", (20.0, 30.0)),
        ("7到9万", (70_000.0, 90_000.0)),
        ("2~4千万", (20_000_000.0, 40_000_000.0)),
        ("两到三百万", (2_000_000.0, 3_000_000.0)),
        ("1.2万至1.8万", (12_000.0, 18_000.0)),
        ("5—10k", (5000.0, 10_000.0)),
        ("百分之十到二十", (10.0, 20.0)),
        ("3%~5%", (3.0, 5.0)),
    ];

    const NOT_RANGES: &[&str] = &[
        "三",
        "十五",
        "二〇二四",
        "一二三",
        "5至3",
        "2020-01",
        "三至",
        "",
    ];

    fn check(cases: &[(&str, f64)]) {
        for &(text, want) in cases {
            assert_eq!(parse(text), Some(want), "parse({text:?})");
        }
    }

    #[test]
    fn numeral_table() {
        check(CASES);
    }

    #[test]
    fn numeral_rejects_non_numerals() {
        for &text in NONE {
            assert_eq!(parse(text), None, "parse({text:?})");
        }
    }

    #[test]
    fn numeral_rejects_dates() {
        for text in [
            "2024年5月",
            "5月1日",
            "2024/05/01",
            "2024-05-01",
            "十月一日",
        ] {
            assert_eq!(parse(text), None, "parse({text:?})");
        }
    }

    #[test]
    fn numeral_liang_wan() {
        check(&[("两万", 20_000.0), ("两", 2.0), ("两千两百二十二", 2222.0)]);
        assert_eq!(parse("两万"), parse("二万"));
    }

    #[test]
    fn numeral_shi_with_and_without_yi() {
        check(&[
            ("十三", 13.0),
            ("一十三", 13.0),
            ("十万", 100_000.0),
            ("一十万", 100_000.0),
        ]);
    }

    #[test]
    fn numeral_zero_fillers() {
        check(&[
            ("一百零五", 105.0),
            ("一千零一十", 1010.0),
            ("一万零一十五", 10_015.0),
            ("三百零十万", 3_100_000.0),
        ]);
    }

    #[test]
    fn numeral_yi_boundaries() {
        check(&[
            ("一亿", 1e8),
            ("一亿零一", 100_000_001.0),
            ("九千九百九十九万九千九百九十九", 99_999_999.0),
            ("一亿零五百万", 105_000_000.0),
            ("四万万", 4e8),
            ("十万亿", 1e13),
        ]);
    }

    #[test]
    fn numeral_tail_only_at_the_end() {
        check(&[("一万三", 13_000.0), ("一千五", 1500.0), ("一百一", 110.0)]);
        check(&[("一千五万", 10_050_000.0), ("一万零三", 10_003.0)]);
    }

    #[test]
    fn numeral_exact_scaled_decimals() {
        assert_eq!(parse("22.64万"), Some(226_400.0));
        assert_eq!(parse("1.2亿"), Some(120_000_000.0));
        assert_eq!(parse("0.0005"), Some(0.0005_f64));
        assert_eq!(parse("万分之五"), Some(0.05_f64));
        assert_eq!(parse("零点零零零零零零三"), Some(3e-7_f64));
    }

    #[test]
    fn numeral_range_pairs_are_not_numbers() {
        for text in ["三四", "两三", "十五六", "七八十万"] {
            assert_eq!(parse(text), None, "parse({text:?})");
            assert!(parse_range(text).is_some(), "parse_range({text:?})");
        }
    }

    #[test]
    fn range_table() {
        for &(text, want) in RANGES {
            assert_eq!(parse_range(text), Some(want), "parse_range({text:?})");
        }
    }

    #[test]
    fn range_rejects_single_numerals() {
        for &text in NOT_RANGES {
            assert_eq!(parse_range(text), None, "parse_range({text:?})");
        }
    }

    #[test]
    fn to_chinese_standard_readings() {
        let cases: &[(u64, &str)] = &[
            (0, "零"),
            (7, "七"),
            (10, "十"),
            (13, "十三"),
            (20, "二十"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1010, "一千零一十"),
            (2002, "二千零二"),
            (10_000, "一万"),
            (100_000, "十万"),
            (100_010, "十万零一十"),
            (1_000_100, "一百万零一百"),
            (100_000_001, "一亿零一"),
            (105_000_000, "一亿零五百万"),
            (1_000_000_000_000, "一万亿"),
            (30_000_000_000_000_000, "三京"),
        ];
        for &(n, want) in cases {
            assert_eq!(to_chinese(n), want, "to_chinese({n})");
        }
    }

    #[test]
    fn to_chinese_round_trips() {
        let mut samples: Vec<u64> = vec![
            0,
            1,
            9,
            10,
            11,
            19,
            99,
            100,
            101,
            1000,
            1001,
            9999,
            10_000,
            10_001,
            10_010,
            99_999_999,
            100_000_000,
            100_000_001,
            100_010_000,
            999_999_999_999,
            1_000_000_000_000,
            10_000_000_000_000_000,
            10_000_000_100_000_000,
            u64::MAX,
        ];
        // A fixed LCG (Knuth's MMIX constants) spread over several magnitudes.
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for i in 0..5000u64 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let limit = 10u64.pow(1 + (i % 12) as u32);
            samples.push((state >> 11) % (limit + 1));
        }
        for n in samples {
            let text = to_chinese(n);
            assert_eq!(parse(&text), Some(n as f64), "{n} → {text}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "点",
            "万",
            "亿亿亿亿",
            "零零零",
            "百分之百分之",
            "个个",
            "--5",
            "5--",
            "^",
            "e",
            "1e",
            "..",
            ",",
            "半半",
            "成",
            "折",
            "分之",
            "至",
            "🙂三",
            "三\u{0301}",
            "京京",
            "99999999999999999999999999999999999999999",
        ];
        for text in odd {
            let _ = parse(text);
            let _ = parse_range(text);
        }
    }
}
