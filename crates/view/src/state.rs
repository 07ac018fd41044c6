//! The view state and the actions that change it (a reducer, as in Yew's todomvc example).

use pmap_graph::{EntityType, RelationType};

use crate::Filters;

/// Interface and name language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// `zh`, `zh-CN`, `zh-Hans`… are Chinese; anything else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

/// What the visitor is looking at. The graph itself is not here (graphology/sigma style: the
/// model never stores hover or selection).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    pub selected: Option<String>,
    pub hovered: Option<String>,
    pub lang: Lang,
    pub filters: Filters,
    /// Show only entities within this many steps of the selection (`None`: all).
    pub depth: Option<u8>,
    /// "How are these two connected?": the two ends of the paths to draw.
    pub path: Option<(String, String)>,
    /// The article open in the reader, with the quote (byte range) to mark.
    pub reading: Option<(String, Option<(usize, usize)>)>,
    /// Entities and relations as lists instead of the drawing.
    pub list: bool,
    /// Counts requests to centre the map on the selection ([`Action::Go`]).
    pub recentre: u32,
}

/// Everything a visitor can do to the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Select(String),
    /// Selects and centres the map on it (following a link, a search hit, a reader name).
    Go(String),
    ClearSelection,
    Hover(Option<String>),
    SetLang(Lang),
    ToggleEntityType(EntityType),
    ToggleRelationType(RelationType),
    ToggleDocument(String),
    SetUntil(Option<String>),
    SetDepth(Option<u8>),
    SetPath(Option<(String, String)>),
    /// Opens an article in the reader, marking a quote.
    Read(String, Option<(usize, usize)>),
    CloseReader,
    ShowList(bool),
    /// Shows everything again (types, articles, time).
    ResetFilters,
    /// Sets the filters (from the host page's `filters`).
    SetFilters(Filters),
    /// Replaces the whole state (from a link).
    Restore(Box<ViewState>),
}

impl ViewState {
    pub fn new(lang: Lang) -> ViewState {
        ViewState {
            lang,
            ..ViewState::default()
        }
    }

    pub fn reduce(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::Select(id) => next.selected = Some(id),
            Action::Go(id) => {
                next.selected = Some(id);
                next.recentre = next.recentre.wrapping_add(1);
                next.reading = None;
            }
            // The connection drawn from the selection goes with it (and out of the URL).
            Action::ClearSelection => {
                next.selected = None;
                next.path = None;
            }
            Action::Hover(id) => next.hovered = id,
            Action::SetLang(lang) => next.lang = lang,
            Action::ToggleEntityType(t) => next.filters.hidden_entity_types.toggle(t),
            Action::ToggleRelationType(t) => next.filters.hidden_relation_types.toggle(t),
            Action::ToggleDocument(d) => match next.filters.hidden_documents.binary_search(&d) {
                Ok(i) => drop(next.filters.hidden_documents.remove(i)),
                Err(i) => next.filters.hidden_documents.insert(i, d),
            },
            Action::SetUntil(date) => next.filters.until = date,
            Action::SetDepth(depth) => next.depth = depth,
            Action::SetPath(path) => next.path = path,
            Action::Read(doc, mark) => next.reading = Some((doc, mark)),
            Action::CloseReader => next.reading = None,
            Action::ShowList(list) => next.list = list,
            Action::ResetFilters => next.filters = Default::default(),
            Action::SetFilters(filters) => next.filters = filters,
            Action::Restore(state) => next = *state,
        }
        next
    }
}
