//! The details of the selected entity: names in both languages, type, and each relation with
//! the sentence(s) that state it and the article they come from.

use pmap_view::{ui, Action, Details, Item, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    pub details: Option<Details>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let strings = ui(props.lang);
    let Some(d) = &props.details else {
        return html! {
            <aside class="details empty" aria-label={strings.details_label}>
                <p>{ strings.no_selection }</p>
                <div class="sr-only" aria-live="polite"></div>
            </aside>
        };
    };
    let close = props
        .on_action
        .reform(|_: MouseEvent| Action::ClearSelection);
    let count: usize = d.groups.iter().map(|g| g.items.len()).sum();
    let groups = d.groups.iter().map(|g| {
        let items = g
            .items
            .iter()
            .map(|item| relation_item(item, props.lang, &props.on_action));
        html! {
            <section class="group">
                <h3>{ g.phrase }</h3>
                <ul>{ for items }</ul>
            </section>
        }
    });
    html! {
        <aside class="details" aria-label={strings.details_label}>
            <div class="sr-only" aria-live="polite">{ d.name.clone() }</div>
            <header>
                <h2>{ d.name.clone() }</h2>
                <button type="button" class="close" aria-label={strings.close} onclick={close}>{ "×" }</button>
            </header>
            if let Some(other) = &d.other_name {
                <p class="other-name" lang={if props.lang == Lang::En { "zh" } else { "en" }}>{ other.clone() }</p>
            }
            <p class="kind">{ d.kind_name }{ " · " }{ count }{ " " }{ strings.relations_count }</p>
            { for groups }
        </aside>
    }
}

fn relation_item(item: &Item, lang: Lang, on_action: &Callback<Action>) -> Html {
    let other = item.other.clone();
    let onclick = on_action.reform(move |_: MouseEvent| Action::Select(other.clone()));
    let strings = ui(lang);
    let meta = [item.role.clone(), item.date.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let quotes = item.quotes.iter().map(|q| {
        let cite = match &q.doc_date {
            Some(date) => format!("{} · {}", q.doc_title, date),
            None => q.doc_title.clone(),
        };
        html! {
            <figure class="evidence">
                <blockquote>{ q.text.clone() }</blockquote>
                <figcaption>{ strings.source }{ ": " }<cite>{ cite }</cite></figcaption>
            </figure>
        }
    });
    html! {
        <li>
            <button type="button" class="entity-link" {onclick}>{ item.other_name.clone() }</button>
            if !meta.is_empty() { <span class="meta">{ meta }</span> }
            { for quotes }
        </li>
    }
}
