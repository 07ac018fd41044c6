//! Reads one article: detects its language, finds its title and date, and keeps only article
//! text: navigation, photo captions, image alt text and legal footers are set aside, so they yield
//! neither entities nor relations. Offsets always refer to the untouched original text.

use std::ops::Range;

use crate::dates;

/// Language of an article (or of a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Chinese when at least a fifth of the letters are CJK ideographs.
    pub fn detect(text: &str) -> Lang {
        let (mut cjk, mut letters) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if is_cjk(c) {
                cjk += 1;
            }
        }
        if letters > 0 && cjk * 5 >= letters {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

pub use pmap_graph::text::is_han as is_cjk;

/// One article, read.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub lang: Lang,
    pub title: String,
    /// ISO date of the article (from its dateline or first date), when found.
    pub date: Option<String>,
    /// The year the article reports on, for partial dates such as "July 4" or "7月27日".
    pub year: Option<i32>,
    /// Byte ranges of the lines that are article text (the title included).
    pub body: Vec<Range<usize>>,
}

const NAVIGATION: &[&str] = &[
    "skip to main content",
    "skip to content",
    "main menu",
    "menu",
    "search",
    "home",
    "share",
    "print",
    "back to top",
    "跳转到主要内容",
    "首页",
    "返回顶部",
    "分享",
    "打印",
];

const FOOTER_MARKERS: &[&str] = &[
    "this website",
    "disclaimer",
    "all rights reserved",
    "copyright",
    "liable for",
    "warranties",
    "endorsement",
    "privileges and immunities",
    "terms of use",
    "privacy policy",
    "版权所有",
    "免责声明",
    "本网站",
    "转载请注明",
];

const CAPTION_PREFIXES: &[&str] = &[
    "picture:",
    "photo:",
    "image:",
    "photo credit",
    "图片:",
    "图片：",
    "图:",
    "图：",
];

impl Article {
    pub fn read(id: &str, text: &str) -> Article {
        let lang = Lang::detect(text);
        let lines = line_ranges(text);
        let footer_from = footer_start(text, &lines);
        let mut title = None;
        let mut body = Vec::new();
        for (i, range) in lines.iter().enumerate() {
            let line = &text[range.clone()];
            if i >= footer_from || is_navigation(line) {
                continue;
            }
            if title.is_none() {
                title = Some(headline(text, range.clone(), lang));
                body.push(range.clone());
                continue;
            }
            if !is_caption(line) {
                body.push(range.clone());
            }
        }
        let year = dates::context_year(text);
        let date = dates::article_date(text, &lines[..footer_from.min(lines.len())], year);
        Article {
            id: id.to_string(),
            text: text.to_string(),
            lang,
            title: title.unwrap_or_else(|| id.to_string()),
            date,
            year,
            body,
        }
    }
}

/// The title of an article from its first line: the line itself when it reads as a headline;
/// when the article has no separate headline and begins with a paragraph, its first sentence —
/// or, when that is long too, the quoted name it announces (“新兴经济体…启用仪式”), else the
/// sentence cut at a clause with "…". Never a whole paragraph.
fn headline(text: &str, line: Range<usize>, lang: Lang) -> String {
    let limit = match lang {
        Lang::Zh => 60,
        Lang::En => 160,
    };
    let first = &text[line.clone()];
    // A headline is short, or at least not written as sentences (no full stop at its end).
    let sentences = crate::sentences::split(text, line.clone()).len();
    let ends_a_sentence = first
        .trim_end()
        .ends_with(['.', '。', '!', '！', '?', '？']);
    if first.chars().count() <= limit || (sentences < 2 && !ends_a_sentence) {
        return first.to_string();
    }
    let sentence = crate::sentences::split(text, line.clone())
        .into_iter()
        .next()
        .map_or(first, |r| &text[r]);
    if sentence.chars().count() <= limit {
        return sentence.trim().to_string();
    }
    // A quoted name in it: what the paragraph announces.
    let quoted = sentence
        .split(['“', '”', '"'])
        .enumerate()
        .find_map(|(i, part)| {
            let n = part.chars().count();
            (i % 2 == 1 && (8..=limit).contains(&n)).then_some(part)
        });
    if let Some(name) = quoted {
        return name.trim().to_string();
    }
    // Cut at the last clause boundary before the limit.
    let cut: String = sentence.chars().take(limit).collect();
    let at = cut
        .rfind(['，', ',', '；', ';', '—', '：', ':'])
        .filter(|&at| at > cut.len() / 3)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// Non-empty, trimmed lines.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = at + (line.len() - line.trim_start().len());
            out.push(start..start + trimmed.len());
        }
        at += line.len();
    }
    out
}

/// The first line, in the second half of the article, from which on everything is legal footer.
fn footer_start(text: &str, lines: &[Range<usize>]) -> usize {
    let half = lines.len() / 2;
    (half.max(1)..lines.len())
        .find(|&i| {
            // The markers are ASCII: ASCII lower-casing is enough, and cheap on long lines.
            let line = text[lines[i].clone()].to_ascii_lowercase();
            FOOTER_MARKERS.iter().any(|m| line.contains(m))
        })
        .unwrap_or(lines.len())
}

fn is_navigation(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 32 && NAVIGATION.contains(&line.to_lowercase().as_str())
}

/// Photo captions, image alt text, bylines and subheadings: short lines that are not sentences.
fn is_caption(line: &str) -> bool {
    // Only the opening words can be a caption's prefix: lower-case just those.
    let opening: String = line.chars().take(16).collect::<String>().to_lowercase();
    if CAPTION_PREFIXES.iter().any(|p| opening.starts_with(p)) {
        return true;
    }
    let ends_sentence = line.trim_end().ends_with([
        '.', '!', '?', '。', '！', '？', '"', '”', '’', '」', ':', '：',
    ]);
    if ends_sentence {
        return false;
    }
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    let words = line.split_whitespace().count();
    if cjk > 0 {
        cjk < 30
    } else {
        words < 15
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_never_a_whole_paragraph() {
        let paragraph = "7月27日，一场聚焦人工智能的盛会——“新兴经济体人工智能国际合作论坛暨创新中心启用仪式”，在上海市闵行区隆重举行。此次活动吸引了众多目光，与会嘉宾共同探讨人工智能领域的普惠发展与未来路径，气氛热烈。\n\n正文。";
        let a = Article::read("p", paragraph);
        assert_eq!(
            a.title,
            "7月27日，一场聚焦人工智能的盛会——“新兴经济体人工智能国际合作论坛暨创新中心启用仪式”，在上海市闵行区隆重举行。",
            "the first sentence, not the paragraph"
        );
        let longer = paragraph.replace(
            "在上海市闵行区隆重举行",
            "在上海市闵行区人工智能创新园区的国际会议中心隆重举行",
        );
        assert_eq!(
            Article::read("q", &longer).title,
            "新兴经济体人工智能国际合作论坛暨创新中心启用仪式",
            "a long first sentence gives the name it announces"
        );
        let long = "WAIC 2024 | Director General of UNIDO leads delegation to the opening ceremony, launching the UNIDO Global Alliance on AI for Industry and Manufacturing Center of Excellence\n\nBody.";
        assert!(
            Article::read("h", long)
                .title
                .ends_with("Center of Excellence"),
            "a long headline stays whole"
        );
    }

    const PAGE: &str = "Skip to main content\n\nUNIDO opens an office\n\n06 July 2024\n\n\
        Picture: The Director General and the Minister\n\nVienna, 4 July 2024 - UNIDO opened an office. It is new.\n\n\
        图形用户界面, 网站\n\nAt the plant\n\nMore text follows here. And more.\n\n\
        The use of this website is at the user's sole risk.\n\nUNIDO makes no warranties.\n";

    #[test]
    fn keeps_title_and_article_text_only() {
        let a = Article::read("x", PAGE);
        let kept: Vec<&str> = a.body.iter().map(|r| &PAGE[r.clone()]).collect();
        assert_eq!(
            kept,
            [
                "UNIDO opens an office",
                "Vienna, 4 July 2024 - UNIDO opened an office. It is new.",
                "More text follows here. And more."
            ]
        );
        assert_eq!(a.title, "UNIDO opens an office");
        assert_eq!(a.date.as_deref(), Some("2024-07-06"));
        assert_eq!(a.lang, Lang::En);
    }

    #[test]
    fn detects_chinese() {
        assert_eq!(
            Lang::detect("7月27日,论坛在上海市闵行区隆重举行。UNIDO"),
            Lang::Zh
        );
        assert_eq!(Lang::detect("UNIDO met CINGAI 在上海"), Lang::En);
    }
}
