//! The toolbar: the language switch.

use pmap_view::{ui, Action, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let strings = ui(props.lang);
    let other = if props.lang == Lang::En {
        Lang::Zh
    } else {
        Lang::En
    };
    let switch = props
        .on_action
        .reform(move |_: MouseEvent| Action::SetLang(other));
    html! {
        <div class="toolbar" role="toolbar" aria-label={strings.map_label}>
            <button type="button" class="lang" lang={other.code()} aria-label={format!("{}: {}", strings.language, strings.other_language)} onclick={switch}>
                { strings.other_language }
            </button>
        </div>
    }
}
