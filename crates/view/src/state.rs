//! The view state and the actions that change it (a reducer, as in Yew's todomvc example).

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
}

/// Everything a visitor can do to the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Select(String),
    ClearSelection,
    Hover(Option<String>),
    SetLang(Lang),
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
            Action::ClearSelection => next.selected = None,
            Action::Hover(id) => next.hovered = id,
            Action::SetLang(lang) => next.lang = lang,
        }
        next
    }
}
