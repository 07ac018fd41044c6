//! What is shown: entities and relations filtered by entity type, relation type, article and
//! date ("the network as of"), and the timeline of dates a slider moves over.

use std::collections::BTreeSet;

use pmap_graph::{EntityType, Graph, Relation, RelationType};

/// A set of entity or relation types, as bits (small in the wasm, cheap to copy).
pub struct TypeSet<T> {
    bits: u32,
    _kind: std::marker::PhantomData<fn() -> T>,
}

impl<T> Clone for TypeSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for TypeSet<T> {}
impl<T> PartialEq for TypeSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for TypeSet<T> {}
impl<T> Default for TypeSet<T> {
    fn default() -> Self {
        TypeSet {
            bits: 0,
            _kind: std::marker::PhantomData,
        }
    }
}
impl<T> std::fmt::Debug for TypeSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TypeSet({:#b})", self.bits)
    }
}

/// What a [`TypeSet`] can hold.
pub trait Indexed: Copy + 'static {
    const ALL: &'static [Self];
    fn index(self) -> usize;
}

impl Indexed for EntityType {
    const ALL: &'static [Self] = EntityType::ALL;
    fn index(self) -> usize {
        EntityType::index(self)
    }
}

impl Indexed for RelationType {
    const ALL: &'static [Self] = RelationType::ALL;
    fn index(self) -> usize {
        RelationType::index(self)
    }
}

impl<T: Indexed> TypeSet<T> {
    pub fn contains(&self, t: T) -> bool {
        self.bits & (1 << t.index()) != 0
    }
    pub fn insert(&mut self, t: T) {
        self.bits |= 1 << t.index();
    }
    pub fn toggle(&mut self, t: T) {
        self.bits ^= 1 << t.index();
    }
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|t| self.contains(*t))
    }
}

impl<T: Indexed> FromIterator<T> for TypeSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = TypeSet::default();
        for t in items {
            set.bits |= 1 << t.index();
        }
        set
    }
}

/// The visitor's filters; the default shows everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub hidden_entity_types: TypeSet<EntityType>,
    pub hidden_relation_types: TypeSet<RelationType>,
    /// Articles whose relations are hidden (sorted ids); a relation shows while any article
    /// that states it is not hidden.
    pub hidden_documents: Vec<String>,
    /// Only relations dated on or before this ISO date (undated ones are hidden then: nothing
    /// says they had happened).
    pub until: Option<String>,
}

/// Per entity and per relation (by index in the graph): shown or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    pub entities: Vec<bool>,
    pub relations: Vec<bool>,
}

impl Visible {
    pub fn all(graph: &Graph) -> Visible {
        Visible {
            entities: vec![true; graph.entities.len()],
            relations: vec![true; graph.relations.len()],
        }
    }
}

/// When a relation happened: its own date, else the earliest date of the articles that state it.
pub fn relation_date<'g>(graph: &'g Graph, relation: &'g Relation) -> Option<&'g str> {
    relation.date.as_deref().or_else(|| {
        relation
            .evidence
            .iter()
            .filter_map(|e| graph.document(&e.doc)?.date.as_deref())
            .min()
    })
}

/// Every distinct relation date, sorted: the stops of the time slider.
pub fn timeline(graph: &Graph) -> Vec<String> {
    let dates: BTreeSet<&str> = graph
        .relations
        .iter()
        .filter_map(|r| relation_date(graph, r))
        .collect();
    dates.into_iter().map(str::to_string).collect()
}

/// Applies the filters. A relation shows when its type, both ends' types, an article of its
/// evidence and its date pass; an entity shows when its type passes and it has a shown relation
/// (or no relations at all, so that lone entities do not vanish).
pub fn visible(graph: &Graph, filters: &Filters) -> Visible {
    visible_by(graph, filters, &graph.relation_ends(&graph.entity_index()))
}

/// [`visible`], given the relations' ends (`Graph::relation_ends`).
pub(crate) fn visible_by(graph: &Graph, filters: &Filters, ends: &[Option<[usize; 2]>]) -> Visible {
    let type_ok = |e: usize| !filters.hidden_entity_types.contains(graph.entities[e].kind);
    let relations: Vec<bool> = graph
        .relations
        .iter()
        .zip(ends)
        .map(|(r, ends)| {
            !filters.hidden_relation_types.contains(r.kind)
                && ends.is_some_and(|[a, b]| type_ok(a) && type_ok(b))
                && (filters.hidden_documents.is_empty()
                    || r.evidence
                        .iter()
                        .any(|e| filters.hidden_documents.binary_search(&e.doc).is_err()))
                // As of a date, a relation nothing dates is not shown: it might be later.
                && match &filters.until {
                    Some(until) => relation_date(graph, r).is_some_and(|date| date <= until.as_str()),
                    None => true,
                }
        })
        .collect();
    // One pass over the relations: which entities have any relation, and any shown one. (A
    // relation with an end that is no entity still makes the other end related.)
    let index = (ends.iter().any(Option::is_none)).then(|| graph.entity_index());
    let mut related = vec![false; graph.entities.len()];
    let mut shown = vec![false; graph.entities.len()];
    for (r, rel) in graph.relations.iter().enumerate() {
        let mut mark = |e: usize| {
            related[e] = true;
            shown[e] |= relations[r];
        };
        match (ends[r], &index) {
            (Some([a, b]), _) => {
                mark(a);
                mark(b);
            }
            (None, Some(index)) => {
                for id in [&rel.source, &rel.target] {
                    if let Some(&e) = index.get(id.as_str()) {
                        mark(e);
                    }
                }
            }
            (None, None) => {}
        }
    }
    let entities = graph
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| !filters.hidden_entity_types.contains(e.kind) && (!related[i] || shown[i]))
        .collect();
    Visible {
        entities,
        relations,
    }
}

/// How many entities the map shows, and why the others are not shown: their type is hidden;
/// none of their relations passes the filters (the rule: an entity with relations shows only
/// with one of them); or they lie beyond the steps shown around the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shown {
    pub shown: usize,
    pub total: usize,
    pub by_type: usize,
    pub no_relation: usize,
    pub beyond_steps: usize,
}

/// Counts what `filters` leave of `graph` in `scene` (built with those filters).
pub fn shown_counts(graph: &Graph, filters: &Filters, scene: &crate::Scene) -> Shown {
    let by_type = graph
        .entities
        .iter()
        .filter(|e| filters.hidden_entity_types.contains(e.kind))
        .count();
    let (visible, shown) = (scene.passing, scene.nodes.len());
    let total = graph.entities.len();
    Shown {
        shown,
        total,
        by_type,
        no_relation: total - by_type - visible,
        beyond_steps: visible.saturating_sub(shown),
    }
}
