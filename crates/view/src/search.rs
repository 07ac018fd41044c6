//! Finding entities by name: English and Chinese names and aliases, case-, diacritic- and
//! width-blind ("muller" finds Müller, "工发组织" finds UNIDO, "MIIT" the ministry), also with the
//! two parts of a person's name swapped, and forgiving: German-style transliteration ("mueller")
//! and one typo in four letters, two in eight ("muler", "cingia", "shangahi", "unidp").
//! Best matches first: the exact name or abbreviation, then prefixes, then words, then typos.

use pmap_graph::text::fold;
use pmap_graph::Graph;

use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: String,
    /// The entity's name in the interface language.
    pub name: String,
    /// The name or alias that matched, when it is not `name`.
    pub matched: Option<String>,
}

/// How well a query matches one folded name; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Exact,
    Prefix,
    WordPrefix,
    Contains,
    /// Within the typo allowance, by edit distance.
    Typo(usize),
}

/// Up to `limit` entities matching `query`, best first; among equals, the shorter matching name
/// (so that "unid" puts UNIDO before "UNIDO Division of …").
pub fn search(graph: &Graph, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
    let q = fold(query);
    if q.is_empty() {
        return vec![];
    }
    let q_plain = transliterated(&q);
    let allowance = typo_allowance(&q);
    let mut scored: Vec<(Rank, usize, &str, Hit)> = Vec::new();
    for e in &graph.entities {
        let shown = e.name.get(lang.code());
        let mut best: Option<(Rank, usize, &str)> = None;
        for name in e.name.en.iter().chain(&e.name.zh).chain(&e.aliases) {
            let folded = fold(name);
            let words: Vec<&str> = folded.split(' ').collect();
            let swapped = (words.len() == 2).then(|| format!("{} {}", words[1], words[0]));
            let rank = [Some(folded.clone()), swapped]
                .into_iter()
                .flatten()
                .filter_map(|f| rank(&f, &q, &q_plain, allowance))
                .min();
            if let Some(rank) = rank {
                let key = (rank, name.chars().count());
                if best.is_none_or(|(r, len, _)| key < (r, len)) {
                    best = Some((rank, key.1, name.as_str()));
                }
            }
        }
        if let Some((rank, len, matched)) = best {
            let hit = Hit {
                id: e.id.clone(),
                name: shown.to_string(),
                matched: (matched != shown).then(|| matched.to_string()),
            };
            scored.push((rank, len, e.id.as_str(), hit));
        }
    }
    scored.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, _, h)| h)
        .collect()
}

fn rank(name: &str, q: &str, q_plain: &str, allowance: usize) -> Option<Rank> {
    let plain = transliterated(name);
    for (f, q) in [(name, q), (plain.as_str(), q_plain)] {
        if f == q {
            return Some(Rank::Exact);
        }
        if f.starts_with(q) {
            return Some(Rank::Prefix);
        }
    }
    if name.split(' ').any(|w| w.starts_with(q)) || plain.split(' ').any(|w| w.starts_with(q_plain))
    {
        return Some(Rank::WordPrefix);
    }
    if name.contains(q) || plain.contains(q_plain) {
        return Some(Rank::Contains);
    }
    if allowance == 0 {
        return None;
    }
    // A typo: against the whole name, each word, and the start of the name as long as the query
    // (for a name still being typed).
    let n = q.chars().count();
    let start: String = name.chars().take(n).collect();
    std::iter::once(name)
        .chain(name.split(' '))
        .chain(std::iter::once(start.as_str()))
        .filter_map(|w| within(w, q, allowance))
        .min()
        .map(Rank::Typo)
}

/// Edits forgiven in a query: none below four letters, one from four, two from eight.
fn typo_allowance(q: &str) -> usize {
    match q.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// "ue", "oe", "ae" as the vowel they spell in German names ("Mueller" for Müller, folded
/// "muller").
fn transliterated(s: &str) -> String {
    s.replace("ue", "u").replace("oe", "o").replace("ae", "a")
}

/// The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
/// neighbours), if it is at most `max`.
fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = v;
        }
    }
    let distance = d[a.len() * width + b.len()];
    (distance <= max).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(within("cingai", "cingia", 1), Some(1));
        assert_eq!(within("shanghai", "shangahi", 1), Some(1));
        assert_eq!(within("muller", "muler", 1), Some(1));
        assert_eq!(within("unido", "unidp", 1), Some(1));
        assert_eq!(within("unido", "miit", 2), None);
        assert_eq!(within("", "", 0), Some(0));
    }
}
