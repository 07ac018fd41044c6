//! The curated bilingual gazetteer (data/gazetteer.json): known entities and every name they go
//! by, matched in one leftmost-longest pass over folded text (case-, diacritic- and width-blind).

use aho_corasick::{AhoCorasick, MatchKind};
use pmap_graph::EntityType;
use serde::Deserialize;

use crate::fold::{fold, Folded};

/// The gazetteer shipped with the project.
pub const BUNDLED_GAZETTEER: &str = include_str!("../../../data/gazetteer.json");

/// One known entity.
#[derive(Debug, Clone, Deserialize)]
pub struct KnownEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(default)]
    pub en: Option<String>,
    #[serde(default)]
    pub zh: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For people: the name used alone once the full name has been given ("Müller said").
    #[serde(default)]
    pub surname: Option<String>,
}

#[derive(Deserialize)]
struct GazetteerFile {
    entities: Vec<KnownEntity>,
}

/// A name found in folded text: which entity, and where (folded byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    pub entity: usize,
    pub start: usize,
    pub end: usize,
}

/// An immutable matcher over every name of every known entity.
pub struct Gazetteer {
    entities: Vec<KnownEntity>,
    names: AhoCorasick,
    /// For each pattern of `names`, the entity it names.
    owners: Vec<usize>,
    surnames: AhoCorasick,
    surname_owners: Vec<usize>,
}

impl Gazetteer {
    pub fn bundled() -> Gazetteer {
        Gazetteer::from_json(BUNDLED_GAZETTEER)
            .expect("the bundled gazetteer is valid (checked by tests)")
    }

    pub fn from_json(json: &str) -> Result<Gazetteer, String> {
        let file: GazetteerFile =
            serde_json::from_str(json).map_err(|e| format!("gazetteer: {e}"))?;
        Gazetteer::new(file.entities)
    }

    pub fn new(entities: Vec<KnownEntity>) -> Result<Gazetteer, String> {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        let mut surnames = Vec::new();
        let mut surname_owners = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for name in e.en.iter().chain(&e.zh).chain(&e.aliases) {
                for variant in name_variants(e.kind, name) {
                    let folded = fold(&variant);
                    if !folded.is_empty() {
                        patterns.push(folded);
                        owners.push(i);
                    }
                }
            }
            if let Some(surname) = &e.surname {
                surnames.push(fold(surname));
                surname_owners.push(i);
            }
        }
        let build = |p: &[String]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(p)
                .map_err(|e| format!("gazetteer: {e}"))
        };
        Ok(Gazetteer {
            names: build(&patterns)?,
            owners,
            surnames: build(&surnames)?,
            surname_owners,
            entities,
        })
    }

    pub fn entities(&self) -> &[KnownEntity] {
        &self.entities
    }

    /// Every full name in `text`, leftmost-longest, at word boundaries for Latin names.
    pub fn find(&self, text: &Folded) -> Vec<NameMatch> {
        find_all(&self.names, &self.owners, &text.text)
    }

    /// Every surname in `text` (to be resolved against full names seen earlier).
    pub fn find_surnames(&self, text: &Folded) -> Vec<NameMatch> {
        find_all(&self.surnames, &self.surname_owners, &text.text)
    }
}

fn find_all(automaton: &AhoCorasick, owners: &[usize], text: &str) -> Vec<NameMatch> {
    automaton
        .find_iter(text)
        .filter(|m| at_word_boundaries(text, m.start(), m.end()))
        .map(|m| NameMatch {
            entity: owners[m.pattern().as_usize()],
            start: m.start(),
            end: m.end(),
        })
        .collect()
}

/// Latin names must not start or end inside a word ("UN" is not in "UNanimous"); CJK has no spaces.
fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let wordy = |c: char| c.is_ascii_alphanumeric();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let start_ok = !(first.is_some_and(wordy) && before.is_some_and(wordy));
    let end_ok = !(last.is_some_and(wordy) && after.is_some_and(wordy));
    start_ok && end_ok
}

/// A name plus, for two-word Latin person names, the other name order ("Zou Ciyong", "Ciyong Zou").
fn name_variants(kind: EntityType, name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let words: Vec<&str> = name.split_whitespace().collect();
    if kind == EntityType::Person && words.len() == 2 && name.is_ascii() {
        out.push(format!("{} {}", words[1], words[0]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_gazetteer_loads_with_unique_ids() {
        let g = Gazetteer::bundled();
        let mut ids: Vec<&str> = g.entities().iter().map(|e| e.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate ids in data/gazetteer.json");
    }

    fn names_in(text: &str) -> Vec<String> {
        let g = Gazetteer::bundled();
        let f = Folded::new(text);
        g.find(&f)
            .iter()
            .map(|m| {
                let (s, e) = f.original_range(m.start, m.end);
                format!("{}={}", g.entities()[m.entity].id, &text[s..e])
            })
            .collect()
    }

    #[test]
    fn longest_name_wins_and_boundaries_hold() {
        assert_eq!(
            names_in("the Shanghai Municipal Government and UNIDO"),
            [
                "shanghai-government=Shanghai Municipal Government",
                "unido=UNIDO"
            ]
        );
        assert_eq!(names_in("unanimously"), Vec::<String>::new());
    }

    #[test]
    fn matching_ignores_case_diacritics_order_and_width() {
        assert_eq!(
            names_in("GONG Zheng met Gerd Muller"),
            ["gong-zheng=GONG Zheng", "gerd-muller=Gerd Muller"]
        );
        assert_eq!(
            names_in("Ciyong Zou of ＵＮＩＤＯ"),
            ["zou-ciyong=Ciyong Zou", "unido=ＵＮＩＤＯ"]
        );
        assert_eq!(
            names_in("联合国工发组织与上海市人民政府"),
            ["unido=联合国工发组织", "shanghai-government=上海市人民政府"]
        );
    }
}
