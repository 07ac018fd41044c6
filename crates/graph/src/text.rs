//! Text folding for matching names: lower case, no diacritics, half-width forms, one kind of hyphen,
//! apostrophe and space. Keeps a map from folded byte offsets back to the original text, so a
//! match in folded text is a verbatim span of the article.

/// Folded text plus, for each folded byte, the original byte offset it came from.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    origin: Vec<usize>,
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        fold_into::<true>(original, &mut text, &mut origin);
        Folded {
            text,
            origin,
            original_len: original.len(),
        }
    }

    /// The original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).copied().unwrap_or(self.original_len);
        // The end is the start of the first original char after the folded range.
        let to = match self.origin.get(end) {
            Some(&o) => o,
            None => self.original_len,
        };
        (from, to.max(from))
    }
}

impl Folded {
    /// The folded offset of an original byte offset (the first folded byte from there on).
    pub fn folded_offset(&self, original: usize) -> usize {
        self.origin.partition_point(|&o| o < original)
    }
}

/// Whether `c` is a Han (Chinese) character.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Whether `s` has a Han character (Chinese text).
pub fn has_han(s: &str) -> bool {
    s.chars().any(is_han)
}

/// Folds a short string (a gazetteer name) the same way as article text.
pub fn fold(s: &str) -> String {
    let mut text = String::with_capacity(s.len());
    fold_into::<false>(s, &mut text, &mut Vec::new());
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        text
    } else {
        trimmed.to_string()
    }
}

/// Appends the folded form of `original` to `text`; with `ORIGIN`, the original byte offset of
/// each folded byte to `origin`.
fn fold_into<const ORIGIN: bool>(original: &str, text: &mut String, origin: &mut Vec<usize>) {
    let mut last_was_space = false;
    for (at, c) in original.char_indices() {
        let mut push = |s: &str| {
            text.push_str(s);
            if ORIGIN {
                origin.extend(std::iter::repeat_n(at, s.len()));
            }
        };
        // Fast paths: ASCII letters, digits and punctuation other than the hyphen; Chinese
        // characters, which fold to themselves.
        let plain = c.is_ascii_alphanumeric()
            || (c.is_ascii_punctuation() && c != '-')
            || ('\u{3400}'..='\u{9FFF}').contains(&c);
        if plain {
            last_was_space = false;
            text.push(c.to_ascii_lowercase());
            if ORIGIN {
                origin.extend(std::iter::repeat_n(at, c.len_utf8()));
            }
            continue;
        }
        let folded = fold_char(c);
        if folded == FoldedChar::Char(' ') {
            if !last_was_space {
                push(" ");
            }
            last_was_space = true;
            continue;
        }
        last_was_space = false;
        match folded {
            FoldedChar::Char(f) => push(f.encode_utf8(&mut [0; 4])),
            FoldedChar::Str(s) => push(s),
            FoldedChar::Lower => {
                for l in c.to_lowercase() {
                    push(l.encode_utf8(&mut [0; 4]));
                }
            }
        }
    }
}

#[derive(Debug, PartialEq)]
enum FoldedChar {
    Char(char),
    Str(&'static str),
    Lower,
}

fn fold_char(c: char) -> FoldedChar {
    use FoldedChar::*;
    match c {
        c if c.is_whitespace() => Char(' '),
        // Hyphens and dashes fold to a space, so "AIM-Global" finds "AIM Global".
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{FF0D}' => {
            Char(' ')
        }
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{FF07}' => Char('\''),
        '\u{201C}' | '\u{201D}' | '\u{FF02}' => Char('"'),
        '\u{3000}' => Char(' '),
        // Full-width ASCII forms.
        '\u{FF01}'..='\u{FF5E}' => {
            let half = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            Char(half.to_ascii_lowercase())
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => Char('a'),
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => Char('c'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => {
            Char('e')
        }
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => Char('i'),
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => Char('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => Char('o'),
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            Char('u')
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => Char('y'),
        'š' | 'ś' | 'Š' | 'Ś' => Char('s'),
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => Char('z'),
        'ř' | 'Ř' => Char('r'),
        'ł' | 'Ł' => Char('l'),
        'ğ' | 'Ğ' => Char('g'),
        'ß' => Str("ss"),
        '·' | '•' | '‧' | '・' => Char('·'),
        _ => Lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_paths_fold_as_the_full_rules_do() {
        // Every character the fast paths copy (ASCII punctuation, Chinese) folds to itself.
        let copied = (0u32..0x1_0000).filter_map(char::from_u32).filter(|&c| {
            (c.is_ascii_punctuation() && c != '-') || ('\u{3400}'..='\u{9FFF}').contains(&c)
        });
        for c in copied {
            let full = match fold_char(c) {
                FoldedChar::Char(f) => f.to_string(),
                FoldedChar::Str(s) => s.to_string(),
                FoldedChar::Lower => c.to_lowercase().collect(),
            };
            assert_eq!(full, c.to_string(), "{c:?}");
        }
        let mut origin = Vec::new();
        let mut text = String::new();
        fold_into::<true>("“AIM-Global”，人工智能", &mut text, &mut origin);
        assert_eq!(text, "\"aim global\",人工智能");
        assert_eq!(origin.len(), text.len());
    }

    #[test]
    fn folds_case_diacritics_widths_and_hyphens() {
        assert_eq!(fold("Gerd MÜLLER"), "gerd muller");
        assert_eq!(fold("ＵＮＩＤＯ"), "unido");
        assert_eq!(fold("AIM-Global"), "aim global");
        assert_eq!(fold("People’s  Republic"), "people's republic");
    }

    #[test]
    fn maps_folded_ranges_back_to_the_original() {
        let original = "Herr Müller  und ＵＮＩＤＯ";
        let f = Folded::new(original);
        let at = f.text.find("muller").unwrap();
        let (s, e) = f.original_range(at, at + "muller".len());
        assert_eq!(&original[s..e], "Müller");
        let at = f.text.find("unido").unwrap();
        let (s, e) = f.original_range(at, at + 5);
        assert_eq!(&original[s..e], "ＵＮＩＤＯ");
    }
}
