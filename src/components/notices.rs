//! Problems with the data that did not stop the map: shown, never hidden.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <ul class="notices" role="status">
            { for props.notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
        </ul>
    }
}
