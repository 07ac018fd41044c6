//! The v1 data format: documents, entities, relations with evidence (see docs/data-format.md).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{EntityType, RelationType};

/// The only format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole partnership graph, as bundled in the widget or given to it by a host page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Graph {
    pub version: u32,
    pub documents: Vec<Document>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    /// Precomputed positions; optional, the widget lays out what is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<Layout>,
}

/// One source article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// `en` or `zh`.
    pub lang: String,
    /// ISO date `YYYY-MM-DD`, when the article gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The full article text; evidence offsets index into it (UTF-8 bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A node of the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: Names,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One of the map's principal actors: drawn larger and labelled first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub featured: bool,
}

/// Display names in the two languages of the map; at least one is present.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Names {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
}

impl Names {
    /// The name in `lang` (`"zh"` or anything else for English), falling back to the other one.
    pub fn get(&self, lang: &str) -> &str {
        let (first, second) = if lang == "zh" {
            (&self.zh, &self.en)
        } else {
            (&self.en, &self.zh)
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }

    /// A text in the language its script tells: Chinese when it has a Han character.
    pub fn of_text(text: &str) -> Names {
        let text = Some(text.to_string());
        if text.as_deref().is_some_and(crate::text::has_han) {
            Names { en: None, zh: text }
        } else {
            Names { en: text, zh: None }
        }
    }
}

/// Reads a string (see [`Names::of_text`]), `{en, zh}` or null.
fn text_or_names<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Names>, D::Error> {
    struct Either;
    impl<'de> serde::de::Visitor<'de> for Either {
        type Value = Option<Names>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or an object with \"en\" and \"zh\"")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(Some(Names::of_text(s)))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_map<M: serde::de::MapAccess<'de>>(
            self,
            mut map: M,
        ) -> Result<Self::Value, M::Error> {
            let mut names = Names::default();
            while let Some(key) = map.next_key::<String>()? {
                let value = Some(map.next_value::<String>()?);
                match key.as_str() {
                    "en" => names.en = value,
                    "zh" => names.zh = value,
                    _ => {}
                }
            }
            Ok(Some(names))
        }
    }
    d.deserialize_any(Either)
}

/// A line of the map: a typed, directed (or symmetric) fact with the sentences that state it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    pub kind: RelationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The role, speaking part or agreement name, in one language or both. Written as a string
    /// (its language told by its script) or as `{"en": …, "zh": …}`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "text_or_names"
    )]
    pub role: Option<Names>,
    pub evidence: Vec<Evidence>,
}

/// A verbatim quote from a document that states a relation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    /// Required in the data format; a compact bundle may leave it out when the offsets and the
    /// document text give it back (see [`Graph::restore_quotes`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Byte offsets of the quote in the document text, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// Entity ids to their index in `Graph::entities` (`Graph::entity_index`), hashed with FNV-1a:
/// ids are short, and the standard SipHash was a sixth of a large map's redraw (lookups only;
/// nothing iterates this map, so the order it keeps does not matter).
pub type EntityIndex<'a> =
    std::collections::HashMap<&'a str, usize, std::hash::BuildHasherDefault<IdHasher>>;

/// FNV-1a (64-bit): fast for short keys; not for keys an attacker picks to collide, which a
/// host's own ids at worst slow down, within the data's limits.
pub struct IdHasher(u64);

impl Default for IdHasher {
    fn default() -> IdHasher {
        IdHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Entity positions in layout units (the map fits them to its viewport).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    pub positions: BTreeMap<String, [f64; 2]>,
}

impl Graph {
    pub fn empty() -> Graph {
        Graph {
            version: FORMAT_VERSION,
            documents: vec![],
            entities: vec![],
            relations: vec![],
            layout: None,
        }
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Drops every quote that its offsets and document text can give back (for bundling).
    pub fn omit_recoverable_quotes(&mut self) {
        self.each_evidence_with_span(|span, e| {
            if span == Some(e.quote.as_str()) {
                e.quote.clear();
            }
        });
    }

    /// Fills in quotes left out by [`Graph::omit_recoverable_quotes`].
    pub fn restore_quotes(&mut self) {
        self.each_evidence_with_span(|span, e| {
            if e.quote.is_empty() {
                e.quote = span.unwrap_or_default().to_string();
            }
        });
    }

    /// Calls `f` with each piece of evidence and the text its offsets point at, if any.
    fn each_evidence_with_span(&mut self, mut f: impl FnMut(Option<&str>, &mut Evidence)) {
        let texts: std::collections::HashMap<&str, &str> = self
            .documents
            .iter()
            .filter_map(|d| Some((d.id.as_str(), d.text.as_deref()?)))
            .collect();
        for e in self
            .relations
            .iter_mut()
            .flat_map(|r| r.evidence.iter_mut())
        {
            let span = match (texts.get(e.doc.as_str()), e.start, e.end) {
                (Some(text), Some(s), Some(t)) => text.get(s..t),
                _ => None,
            };
            f(span, e);
        }
    }

    /// Entity positions by id.
    pub fn entity_index(&self) -> EntityIndex<'_> {
        let mut index =
            EntityIndex::with_capacity_and_hasher(self.entities.len(), Default::default());
        for (i, e) in self.entities.iter().enumerate() {
            // The first of two entities with one id, as `entity` finds.
            index.entry(e.id.as_str()).or_insert(i);
        }
        index
    }

    /// Per relation, the entity positions of its source and target (`None` when either is not
    /// an entity): what hot paths use instead of looking both ids up again and again.
    pub fn relation_ends(&self, index: &EntityIndex) -> Vec<Option<[usize; 2]>> {
        self.relations
            .iter()
            .map(|r| {
                Some([
                    *index.get(r.source.as_str())?,
                    *index.get(r.target.as_str())?,
                ])
            })
            .collect()
    }
}
