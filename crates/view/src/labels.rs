//! Entity labels for the map: a short name, wrapped to a few lines by words (English) or by
//! characters (Chinese, which has no spaces).

use pmap_graph::Entity;

use crate::Lang;

/// Longest English name shown in full; longer ones use their acronym when they have one.
const LONG_NAME: usize = 28;
const EN_LINE: usize = 16;
const ZH_LINE: usize = 8;
const MAX_LINES: usize = 3;

/// The name to print on the map: the full name, or its acronym when the name is long.
pub fn short_name(entity: &Entity, lang: Lang) -> String {
    let name = entity.name.get(lang.code());
    let long = match lang {
        Lang::En => name.chars().count() > LONG_NAME,
        Lang::Zh => name.chars().count() > 3 * ZH_LINE,
    };
    let acronym = entity.aliases.iter().find(|a| is_acronym(a));
    match (long, acronym) {
        (true, Some(a)) => a.clone(),
        _ => name.to_string(),
    }
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&s.chars().count())
        && letters >= 2
        && s.chars().all(|c| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '+' | '/' | ' ')
        })
}

/// `text` broken into at most three lines: at spaces for Latin text, every few characters for
/// CJK text; the last line ends in "…" when text was cut.
pub fn label_lines(text: &str) -> Vec<String> {
    let cjk = text.chars().any(is_cjk);
    let mut lines: Vec<String> = Vec::new();
    if cjk {
        // Tokens: single CJK characters, and Latin words kept whole.
        let mut tokens: Vec<String> = Vec::new();
        for c in text.chars() {
            // A Latin character (or space) continues a Latin token; anything else starts one.
            match tokens.last_mut() {
                Some(t) if !is_cjk(c) && !t.chars().any(is_cjk) => t.push(c),
                _ => tokens.push(c.to_string()),
            }
        }
        let width = |s: &str| {
            s.chars()
                .map(|c| if is_cjk(c) { 2 } else { 1 })
                .sum::<usize>()
        };
        let mut line = String::new();
        for token in tokens {
            if width(&line) + width(&token) > 2 * ZH_LINE && !line.is_empty() {
                lines.push(std::mem::take(&mut line).trim().to_string());
            }
            line.push_str(&token);
        }
        if !line.trim().is_empty() {
            lines.push(line.trim().to_string());
        }
    } else {
        for word in text.split_whitespace() {
            match lines.last_mut() {
                Some(line) if line.chars().count() + 1 + word.chars().count() <= EN_LINE => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_string()),
            }
        }
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        if let Some(last) = lines.last_mut() {
            let mut kept: String = last
                .chars()
                .take(last.chars().count().saturating_sub(1))
                .collect();
            kept.push('…');
            *last = kept;
        }
    }
    lines
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Approximate label size in map units (for collision boxes): width and height.
pub fn label_size(lines: &[String]) -> (f64, f64) {
    let width = lines
        .iter()
        .map(|l| {
            l.chars()
                .map(|c| {
                    if is_cjk(c) {
                        12.0
                    } else if c.is_ascii_uppercase() || c.is_ascii_digit() {
                        // Capitals and figures are wider ("UNIDO", "2024").
                        7.8
                    } else {
                        6.4
                    }
                })
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    (width, lines.len() as f64 * 14.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_wraps_at_spaces() {
        assert_eq!(
            label_lines("Shanghai Municipal Government"),
            ["Shanghai", "Municipal", "Government"]
        );
        assert_eq!(
            label_lines("New Development Bank"),
            ["New Development", "Bank"]
        );
    }

    #[test]
    fn chinese_wraps_by_characters_and_is_cut_with_an_ellipsis() {
        assert_eq!(
            label_lines("上海人工智能研究院"),
            ["上海人工智能研究", "院"]
        );
        let long = label_lines("新兴经济体与发展中国家弥合人工智能鸿沟国际合作论坛暨启用仪式");
        assert_eq!(long.len(), 3);
        assert!(long[2].ends_with('…'));
        assert!(long.iter().all(|l| l.chars().count() <= 8));
    }

    #[test]
    fn mixed_script_keeps_latin_words_whole() {
        assert_eq!(
            label_lines("乌兹别克斯坦IT Park"),
            ["乌兹别克斯坦", "IT Park"]
        );
    }
}

/// Longest article title shown in citations and filters (the reader shows it whole).
const TITLE_CHARS: usize = 90;

/// An article title for a citation or a filter: whole, or cut at a word (Latin) or anywhere (CJK)
/// before [`TITLE_CHARS`] characters, with "…".
pub fn short_title(title: &str) -> String {
    let title = title.trim();
    if title.chars().count() <= TITLE_CHARS {
        return title.to_string();
    }
    let cut: String = title.chars().take(TITLE_CHARS - 1).collect();
    let cjk = cut.chars().any(is_cjk);
    let at_word = match cut.rfind(' ') {
        Some(i) if !cjk && i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([' ', ',', '，', '、', '—']))
}

#[cfg(test)]
mod title_tests {
    use super::short_title;

    #[test]
    fn long_titles_are_cut_at_a_word_or_character() {
        assert_eq!(
            short_title("UNIDO and CINGAI Forge Partnership"),
            "UNIDO and CINGAI Forge Partnership"
        );
        let en = "word ".repeat(40);
        let short = short_title(&en);
        assert!(
            short.ends_with("word…") && short.chars().count() <= 90,
            "{short}"
        );
        let zh = "一场聚焦人工智能发展前沿与合作的盛会".repeat(6);
        let short = short_title(&zh);
        assert_eq!(short.chars().count(), 90);
        assert!(short.ends_with('…'));
    }
}
