//! Dates in English and Chinese text: "06 July 2024", "July 4, 2024", "29 February, 2024",
//! "2024年7月27日", and partial ones ("July 4", "7月27日") completed with the article's year.

use std::ops::Range;

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date found in text: where, and its ISO form (`YYYY-MM-DD`, or `YYYY` for a bare year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub range: Range<usize>,
    pub iso: String,
    /// Whether the year was written (not taken from context).
    pub explicit_year: bool,
}

/// The year an article reports on: the latest year written next to an edition of an event
/// ("WAIC 2024", "2025世界人工智能大会") or in a full date; `None` when the text does not say.
pub fn context_year(text: &str) -> Option<i32> {
    let mut best: Option<i32> = None;
    for d in find_dates(text, None) {
        if d.explicit_year && d.iso.len() == 10 {
            best = best.max(d.iso[..4].parse().ok());
        }
    }
    for (i, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        if i > 0
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let digits: String = text[i..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if digits.len() != 4 {
            continue;
        }
        let Ok(year) = digits.parse::<i32>() else {
            continue;
        };
        if !(1990..=2100).contains(&year) {
            continue;
        }
        let before = text[..i].trim_end();
        let after = &text[i + 4..];
        // An edition: "WAIC 2024" (an acronym before) or "2025世界…大会" (a name after).
        let acronym_before = before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()));
        let name_after =
            after.chars().next().is_some_and(crate::reader::is_cjk) && !after.starts_with('年');
        if acronym_before || name_after {
            best = best.max(Some(year));
        }
    }
    best
}

/// The article's own date: the first full date in its first lines (its dateline), else none.
pub fn article_date(text: &str, lines: &[Range<usize>], year: Option<i32>) -> Option<String> {
    let head = lines.iter().take(6);
    for line in head {
        if let Some(d) = find_dates(&text[line.clone()], year)
            .into_iter()
            .find(|d| d.iso.len() == 10)
        {
            return Some(d.iso);
        }
    }
    None
}

/// Every date in `text`; partial dates take `year` or are skipped without one.
pub fn find_dates(text: &str, year: Option<i32>) -> Vec<FoundDate> {
    let mut out = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    // Month names are ASCII: lower-casing ASCII keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    english_dates(&lower, year, &mut out);
    chinese_dates(text, year, &mut out);
    bare_years(&lower, &mut out);
    out.sort_by_key(|d| d.range.start);
    out
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Whether `word` (lower case) is an English day of the week.
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|(english, _)| *english == word)
}

const WEEKDAYS: &[(&str, &str)] = &[
    ("monday", "一"),
    ("tuesday", "二"),
    ("wednesday", "三"),
    ("thursday", "四"),
    ("friday", "五"),
    ("saturday", "六"),
    ("sunday", "日"),
];

/// A date a sentence gives relative to its article's date ("on Thursday" under a dateline of
/// Friday 12 June is 11 June; "today", "yesterday"; 本周四, 周四, 星期四, 今天, 昨天): the latest
/// such day on or before the article's date. None when the sentence names no such day, or two.
pub fn relative_date(sentence: &str, article_date: &str) -> Option<String> {
    let mut parts = article_date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let day = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday: Monday is 0.
    let weekday = (day + 3).rem_euclid(7);
    let lower = sentence.to_ascii_lowercase();
    let word = |w: &str| {
        lower.match_indices(w).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + w.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    let mut offsets: Vec<i64> = Vec::new();
    // Most sentences name no day of the week: look for one only where one may be.
    let may_name_a_day =
        lower.contains("day") || ["周", "星期", "礼拜"].iter().any(|p| sentence.contains(p));
    for (i, (english, chinese)) in WEEKDAYS.iter().enumerate().filter(|_| may_name_a_day) {
        // "周四" but not "每周一次" (once a week) nor "一周一" runs of counting.
        let chinese_day = ["本周", "周", "星期", "礼拜"].iter().any(|p| {
            sentence.match_indices(p).any(|(at, _)| {
                let Some(rest) = sentence[at + p.len()..].strip_prefix(chinese) else {
                    return false;
                };
                let before = sentence[..at].chars().next_back();
                let after = rest.chars().next();
                !before.is_some_and(|c| "每一两几数上下".contains(c))
                    && !after.is_some_and(|c| "次个年内期".contains(c))
            })
        });
        let named = word(english) || chinese_day;
        if named {
            offsets.push((weekday - i as i64).rem_euclid(7));
        }
    }
    if word("today") || sentence.contains("今天") || sentence.contains("今日") {
        offsets.push(0);
    }
    if word("yesterday") || sentence.contains("昨天") || sentence.contains("昨日") {
        offsets.push(1);
    }
    offsets.dedup();
    let [offset] = offsets.as_slice() else {
        return None;
    };
    let (y, m, d) = civil_from_days(day - offset);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn iso(y: i32, m: usize, d: u32) -> Option<String> {
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    ((1..=12).contains(&m) && d >= 1 && d <= days[m - 1]).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads a run of ASCII digits at `s`, returning (value, bytes).
fn number(s: &str) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 4 {
        return None;
    }
    s[..n].parse().ok().map(|v| (v, n))
}

fn skip_ordinal(s: &str) -> usize {
    ["st", "nd", "rd", "th"]
        .iter()
        .find(|o| s.starts_with(*o))
        .map_or(0, |o| o.len())
}

fn english_dates(lower: &str, year: Option<i32>, out: &mut Vec<FoundDate>) {
    // One pass for all twelve names (they never overlap one another).
    static MONTH_MATCHER: std::sync::OnceLock<aho_corasick::AhoCorasick> =
        std::sync::OnceLock::new();
    let matcher = MONTH_MATCHER
        .get_or_init(|| aho_corasick::AhoCorasick::new(MONTHS).expect("twelve month names"));
    for hit in matcher.find_iter(lower) {
        let (m, at, end) = (hit.pattern().as_usize(), hit.start(), hit.end());
        {
            if lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
                || lower[end..].chars().next().is_some_and(char::is_alphabetic)
            {
                continue;
            }
            // "06 July 2024" / "29 February, 2024": day before the month.
            let before = lower[..at].trim_end();
            let day_before = before
                .rsplit(|c: char| !c.is_ascii_digit())
                .next()
                .filter(|d| !d.is_empty() && d.len() <= 2 && before.ends_with(*d))
                .and_then(|d| d.parse::<u32>().ok().map(|v| (v, before.len() - d.len())));
            let mut rest = end;
            let mut day = None;
            let mut start = at;
            if let Some((d, s)) = day_before {
                day = Some(d);
                start = s;
            } else {
                // "July 4, 2024" / "July 5th": day after the month.
                let after = &lower[rest..];
                let gap = after.len() - after.trim_start().len();
                if let Some((d, n)) = number(&after[gap..]).filter(|&(d, n)| n <= 2 && d <= 31) {
                    day = Some(d);
                    rest += gap + n;
                    rest += skip_ordinal(&lower[rest..]);
                }
            }
            let Some(day) = day else { continue };
            let after = &lower[rest..];
            let gap = after.len() - after.trim_start_matches([',', ' ']).len();
            let written = number(&after[gap..]).filter(|&(y, n)| n == 4 && y >= 1900);
            let (y, explicit, end) = match (written, year) {
                (Some((y, n)), _) => (y as i32, true, rest + gap + n),
                (None, Some(y)) => (y, false, rest),
                (None, None) => continue,
            };
            if let Some(iso) = iso(y, m + 1, day) {
                out.push(FoundDate {
                    range: start..end,
                    iso,
                    explicit_year: explicit,
                });
            }
        }
    }
}

fn chinese_dates(text: &str, year: Option<i32>, out: &mut Vec<FoundDate>) {
    for (at, _) in text.match_indices('月') {
        let before = &text[..at];
        let m_digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
        if m_digits == 0 || m_digits > 2 {
            continue;
        }
        let Ok(m) = before[before.len() - m_digits..].parse::<usize>() else {
            continue;
        };
        let after = &text[at + '月'.len_utf8()..];
        let Some((d, n)) = number(after) else {
            continue;
        };
        if !after[n..].starts_with('日') && !after[n..].starts_with('号') {
            continue;
        }
        let mut start = at - m_digits;
        let end = at + '月'.len_utf8() + n + '日'.len_utf8();
        let head = &text[..start];
        let (y, explicit) = match head.strip_suffix('年') {
            Some(h) => {
                let y_digits = h.bytes().rev().take_while(u8::is_ascii_digit).count();
                match h[h.len() - y_digits..].parse::<i32>() {
                    Ok(y) if y_digits == 4 => {
                        start = h.len() - y_digits;
                        (y, true)
                    }
                    _ => continue,
                }
            }
            None => match year {
                Some(y) => (y, false),
                None => continue,
            },
        };
        if let Some(iso) = iso(y, m, d) {
            out.push(FoundDate {
                range: start..end,
                iso,
                explicit_year: explicit,
            });
        }
    }
}

/// "in 2001", "since 1972", "于2024年": a year on its own (in `lower`, the text lower-cased in
/// ASCII, so that offsets are the text's).
fn bare_years(lower: &str, out: &mut Vec<FoundDate>) {
    for marker in ["in ", "since ", "于", "在"] {
        for (at, _) in lower.match_indices(marker) {
            let s = at + marker.len();
            let Some((y, 4)) = number(&lower[s..]) else {
                continue;
            };
            let next = &lower[s + 4..];
            let bare = next.is_empty()
                || next.starts_with([',', '.', ' ', ';', '年'])
                    && !next.starts_with("年1")
                    && !next.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
            if bare && (1900..=2100).contains(&y) && !out.iter().any(|d| d.range.contains(&s)) {
                out.push(FoundDate {
                    range: s..s + 4,
                    iso: y.to_string(),
                    explicit_year: true,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_days_resolve_against_the_articles_date() {
        // (sentence, the article's date, the day meant); 2026-06-12 is a Friday.
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("They met on Thursday.", "2026-06-12", Some("2026-06-11")),
            ("It opened today.", "2026-06-12", Some("2026-06-12")),
            ("It closed yesterday.", "2026-03-01", Some("2026-02-28")),
            ("双方于本周一签署协议。", "2026-06-12", Some("2026-06-08")),
            ("星期五举行。", "2026-06-12", Some("2026-06-12")),
            ("Thursday or Friday.", "2026-06-12", None), // two days: unknown
            ("Sundays are quiet.", "2026-06-12", None),  // not a day named
            ("on Thursday", "2026", None),               // no full date to count from
            ("on Monday", "2025-01-01", Some("2024-12-30")),
            ("培训每周一次。", "2026-06-12", None), // once a week
        ];
        for &(text, date, expected) in cases {
            assert_eq!(
                relative_date(text, date).as_deref(),
                expected,
                "{text} ({date})"
            );
        }
    }

    fn isos(text: &str, year: Option<i32>) -> Vec<String> {
        find_dates(text, year).into_iter().map(|d| d.iso).collect()
    }

    #[test]
    fn english_forms() {
        assert_eq!(isos("06 July 2024", None), ["2024-07-06"]);
        assert_eq!(isos("Shanghai, July 4 2024 - AI", None), ["2024-07-04"]);
        assert_eq!(
            isos("Vienna, 29 February, 2024 – The", None),
            ["2024-02-29"]
        );
        assert_eq!(isos("On July 5th, he met", Some(2024)), ["2024-07-05"]);
        assert_eq!(isos("On July 5th, he met", None), Vec::<String>::new());
        assert_eq!(isos("adopted on July 1.", Some(2024)), ["2024-07-01"]);
        assert_eq!(isos("in 2001, together", None), ["2001"]);
        assert_eq!(isos("30 February 2024", None), Vec::<String>::new());
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(isos("7月27日,一场盛会", Some(2025)), ["2025-07-27"]);
        assert_eq!(isos("2024年7月4日", None), ["2024-07-04"]);
        assert_eq!(isos("于2024年设立", None), ["2024"]);
    }

    #[test]
    fn context_year_comes_from_editions_and_full_dates() {
        assert_eq!(context_year("at WAIC 2024 and later"), Some(2024));
        assert_eq!(
            context_year("已在2025世界人工智能大会上发布,于2024年设立"),
            Some(2025)
        );
        assert_eq!(context_year("in 2001 it was set up; since 1972"), None);
    }
}
