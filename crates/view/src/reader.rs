//! The reader: an article's text as paragraphs of spans, with the quoted sentence marked and
//! every name of a map entity (names and aliases, both languages) a link into the map.

use pmap_graph::Graph;

use crate::Lang;

/// A run of article text: plain, part of the marked quote, and/or naming an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub marked: bool,
    pub entity: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub doc: String,
    pub title: String,
    pub date: Option<String>,
    pub lang: String,
    /// The article's address, only when it is `http(s):` (never anything a link could run).
    pub url: Option<String>,
    pub paragraphs: Vec<Vec<Span>>,
}

/// Shortest name or alias that is linked: one- and two-letter words are too ambiguous.
const MIN_NAME_CHARS: usize = 2;

/// Article `doc` with the byte range `mark` (a quote) highlighted; `None` if there is no such
/// article or it has no text. A range that does not fall on character boundaries is ignored.
pub fn article(
    graph: &Graph,
    doc: &str,
    mark: Option<(usize, usize)>,
    _lang: Lang,
) -> Option<Article> {
    let d = graph.document(doc)?;
    let text = d.text.as_deref()?;
    let mark = mark.filter(|&(s, e)| s < e && text.get(s..e).is_some());
    let links = entity_names(graph, text);
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let (start, end) = (offset, offset + line.len());
        offset = end + 1;
        if line.trim().is_empty() {
            continue;
        }
        // Cut points: paragraph ends, the mark's ends, each link's ends.
        let mut cuts = vec![start, end];
        if let Some((s, e)) = mark {
            cuts.extend([s, e]);
        }
        for &(s, e, _) in &links {
            cuts.extend([s, e]);
        }
        cuts.retain(|&c| c >= start && c <= end);
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans: Vec<Span> = Vec::new();
        for w in cuts.windows(2) {
            let (s, e) = (w[0], w[1]);
            let marked = mark.is_some_and(|(ms, me)| s >= ms && e <= me);
            let entity = links
                .iter()
                .find(|&&(ls, le, _)| s >= ls && e <= le)
                .map(|(_, _, id)| id.to_string());
            let piece = &text[s..e];
            match spans.last_mut() {
                Some(last)
                    if last.marked == marked && last.entity.is_none() && entity.is_none() =>
                {
                    last.text.push_str(piece)
                }
                _ => spans.push(Span {
                    text: piece.to_string(),
                    marked,
                    entity,
                }),
            }
        }
        paragraphs.push(spans);
    }
    Some(Article {
        doc: d.id.clone(),
        title: d.title.clone(),
        date: d.date.clone(),
        lang: d.lang.clone(),
        url: d.url.clone().filter(|u| is_web_address(u)),
        paragraphs,
    })
}

/// Only `http:` and `https:` addresses are ever followed.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Where entity names occur in `text`: leftmost-longest, not overlapping, whole words for Latin
/// names. Byte ranges with the entity's id.
fn entity_names<'g>(graph: &'g Graph, text: &str) -> Vec<(usize, usize, &'g str)> {
    let mut names: Vec<(&str, &str)> = graph
        .entities
        .iter()
        .flat_map(|e| {
            e.name
                .en
                .iter()
                .chain(&e.name.zh)
                .chain(&e.aliases)
                .map(move |n| (n.as_str(), e.id.as_str()))
        })
        .filter(|(n, _)| n.chars().count() >= MIN_NAME_CHARS)
        .collect();
    // Longest first, so that at one position the longer name wins.
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for (name, id) in names {
        for (s, _) in text.match_indices(name) {
            let e = s + name.len();
            if !whole_word(text, s, e) || found.iter().any(|&(fs, fe, _)| s < fe && fs < e) {
                continue;
            }
            found.push((s, e, id));
        }
    }
    found.sort_unstable();
    found
}

/// A Latin name must not start or end inside a word ("UN" in "UNIDO").
fn whole_word(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[s..e].chars().next();
    let last = text[s..e].chars().next_back();
    let joins = |a: Option<char>, b: Option<char>| match (a, b) {
        (Some(a), Some(b)) => a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric(),
        _ => false,
    };
    !joins(before, first) && !joins(last, after)
}
