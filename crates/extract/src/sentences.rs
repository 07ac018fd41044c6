//! Splits article text into sentences in both scripts: 。！？ end Chinese sentences; . ! ? end
//! English ones unless they end an abbreviation ("Mr.", "U.N.", "Prof.") or an initial.

use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co",
    "corp", "dept", "gov", "sdn", "bhd", "s.a", "pty", "eng", "hon", "h.e", "e.g", "i.e", "u.n",
    "u.s", "u.k", "e.u", "approx", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
];

/// Sentence byte ranges within `text[range]`, trimmed, in order.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '。' | '！' | '？' | '；' => Some(i + c.len_utf8()),
            '.' | '!' | '?' => {
                let after = &line[i + 1..];
                let next = after.chars().next();
                let ends = match next {
                    None => true,
                    Some(n) if n.is_whitespace() || matches!(n, '"' | '”' | '’' | '\'' | ')') => {
                        c != '.' || !is_abbreviation(&line[start..i])
                    }
                    Some(n) => crate::reader::is_cjk(n),
                };
                ends.then_some(i + 1)
            }
            _ => None,
        };
        if let Some(mut end) = end {
            // Closing quotes and brackets belong to the sentence they close.
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '"' | '”' | '’' | '」' | '』' | ')' | '）') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            push_trimmed(line, range.start, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(line, range.start, start..line.len(), &mut out);
    out
}

fn push_trimmed(line: &str, offset: usize, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &line[r.clone()];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = r.start + (piece.len() - piece.trim_start().len());
        out.push(offset + s..offset + s + trimmed.len());
    }
}

/// Whether the text before a period ends with an abbreviation or a single initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let is_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    is_initial || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn english_with_abbreviations() {
        assert_eq!(
            sentences("Mr. Zou met the U.N. team. Prof. Ke Gong spoke! Did he? “Yes.” Done"),
            [
                "Mr. Zou met the U.N. team.",
                "Prof. Ke Gong spoke!",
                "Did he?",
                "“Yes.”",
                "Done"
            ]
        );
    }

    #[test]
    fn chinese_punctuation() {
        assert_eq!(
            sentences("论坛举行。嘉宾致辞！“好。”结束"),
            ["论坛举行。", "嘉宾致辞！", "“好。”", "结束"]
        );
    }

    #[test]
    fn numbers_and_domains_do_not_split() {
        assert_eq!(
            sentences("About 1,000.5 people came. See unido.org now."),
            ["About 1,000.5 people came.", "See unido.org now."]
        );
    }
}
