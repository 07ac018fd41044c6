//! The details of the selected entity: names in both languages, type, each relation with the
//! sentence(s) that state it (a quote opens its article in the reader), and "how is it connected
//! to…", which draws the shortest paths with the chain of quotes that proves each step.

use std::rc::Rc;

use pmap_graph::Graph;
use pmap_view::{path_steps, ui, Action, Details, Item, Lang, Quote, Scene};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::dom;

#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    pub details: Option<Details>,
    pub graph: Rc<Graph>,
    pub scene: Rc<Scene>,
    pub path: Option<(String, String)>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// A relation's source was opened (reported to the host as `relationselect`).
    pub on_relation: Callback<usize>,
}

#[component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let strings = ui(props.lang);
    let Some(d) = &props.details else {
        return html! {
            <aside class="details empty" aria-label={strings.details_label}>
                <p>{ strings.no_selection }</p>
            </aside>
        };
    };
    let close = props
        .on_action
        .reform(|_: MouseEvent| Action::ClearSelection);
    let count: usize = d.groups.iter().map(|g| g.items.len()).sum();
    // A long list starts folded after its first groups; each group opens and closes.
    let long = count > 12;
    let groups = d.groups.iter().enumerate().map(|(i, g)| {
        let items = g
            .items
            .iter()
            .map(|item| relation_item(item, props.lang, &props.on_action, &props.on_relation));
        html! {
            <details class="group" open={!long || i < 3}>
                <summary><h3>{ g.phrase }</h3>{ format!(" ({})", g.items.len()) }</summary>
                <ul>{ for items }</ul>
            </details>
        }
    });
    // The summary first: the kinds of relation with their counts, and the closest partners.
    let kinds = d
        .groups
        .iter()
        .map(|g| format!("{} {}", g.phrase, g.items.len()))
        .collect::<Vec<_>>()
        .join(" · ");
    let partners = d.partners.iter().map(|(id, name, n)| {
        let id = id.clone();
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::Go(id.clone()));
        html! { <li><button type="button" class="entity-link" {onclick}>{ name.clone() }</button>{ format!(" ({n})") }</li> }
    });
    html! {
        <aside class="details" aria-label={strings.details_label}>
            <header>
                // Focusable by script: where focus goes when the control that had it is gone.
                <h2 tabindex="-1">{ d.name.clone() }</h2>
                <button type="button" class="close" aria-label={strings.close} onclick={close}>{ "×" }</button>
            </header>
            if let Some(other) = &d.other_name {
                <p class="other-name" lang={if props.lang == Lang::En { "zh" } else { "en" }}>{ other.clone() }</p>
            }
            <p class="kind">{ d.kind_name }{ " · " }{ count }{ " " }{ strings.relations_count }</p>
            if !kinds.is_empty() { <p class="kinds">{ kinds }</p> }
            if !d.partners.is_empty() {
                <p class="partners">{ strings.most_related }{ ": " }</p>
                <ul class="partners" aria-label={strings.most_related}>{ for partners }</ul>
            }
            { connect(props, &d.id) }
            { for groups }
        </aside>
    }
}

/// "How is it connected to…": a choice of entity, then the paths found.
fn connect(props: &DetailsPanelProps, from: &str) -> Html {
    let strings = ui(props.lang);
    let target = props
        .path
        .as_ref()
        .filter(|(a, _)| a == from)
        .map(|(_, b)| b.clone());
    let onchange = {
        let from = from.to_string();
        props.on_action.reform(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let to = select.value();
            Action::SetPath((!to.is_empty()).then(|| (from.clone(), to)))
        })
    };
    let mut others: Vec<(String, &str)> = props
        .graph
        .entities
        .iter()
        .filter(|e| e.id != from)
        .map(|e| (e.name.get(props.lang.code()).to_string(), e.id.as_str()))
        .collect();
    // In the reader's order: Chinese names by pinyin, English alphabetically.
    dom::collate(&mut others, |(name, _)| name.as_str(), props.lang.code());
    let options = others.iter().map(|(name, id)| {
        html! { <option value={id.to_string()} selected={target.as_deref() == Some(*id)}>{ name.clone() }</option> }
    });
    let paths = target.as_ref().map(|_| {
        if props.scene.paths.is_empty() {
            return html! { <p class="no-path" role="status">{ strings.no_path }</p> };
        }
        let clear = props.on_action.reform(|_: MouseEvent| Action::SetPath(None));
        let paths = props.scene.paths.iter().map(|p| {
            let steps = path_steps(&props.graph, p, props.lang).into_iter().map(|s| {
                let relations = s.relations.iter().map(|(words, quotes)| {
                    let quotes = quotes
                        .iter()
                        .map(|q| quote(q, props.lang, &props.on_action, &props.on_relation));
                    html! { <li><p class="step-words">{ words.clone() }</p>{ for quotes }</li> }
                });
                html! {
                    <li>
                        <p class="step">{ s.from_name.clone() }{ " — " }{ s.to_name.clone() }</p>
                        <ul>{ for relations }</ul>
                    </li>
                }
            });
            html! { <ol class="path">{ for steps }</ol> }
        });
        html! {
            <>
                { for paths }
                <button type="button" class="clear-path" onclick={clear}>{ strings.clear_path }</button>
            </>
        }
    });
    html! {
        <section class="connect" aria-label={strings.path_label}>
            <label>
                <span>{ strings.connect }</span>
                <select aria-label={strings.connect} {onchange}>
                    <option value="" selected={target.is_none()}>{ strings.connect_none }</option>
                    { for options }
                </select>
            </label>
            { for paths }
        </section>
    }
}

fn relation_item(
    item: &Item,
    lang: Lang,
    on_action: &Callback<Action>,
    on_relation: &Callback<usize>,
) -> Html {
    let other = item.other.clone();
    let onclick = on_action.reform(move |_: MouseEvent| Action::Go(other.clone()));
    let meta = [item.role.clone(), item.date.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let quotes = item
        .quotes
        .iter()
        .map(|q| quote(q, lang, on_action, on_relation));
    let similar = (item.similar > 0).then(|| {
        html! { <p class="similar">{ format!("+{} {}", item.similar, ui(lang).similar) }</p> }
    });
    html! {
        <li>
            <button type="button" class="entity-link" {onclick}>{ item.other_name.clone() }</button>
            if !meta.is_empty() { <span class="meta">{ meta }</span> }
            { for quotes }
            { for similar }
        </li>
    }
}

/// A quoted sentence; "read" opens the article with the sentence marked (and tells the host
/// which relation the visitor is looking into, as a click on its line does).
fn quote(
    q: &Quote,
    lang: Lang,
    on_action: &Callback<Action>,
    on_relation: &Callback<usize>,
) -> Html {
    let strings = ui(lang);
    let cite = match &q.doc_date {
        Some(date) => format!("{} · {}", q.doc_title, date),
        None => q.doc_title.clone(),
    };
    let (doc, span, relation) = (q.doc.clone(), q.span, q.relation);
    let (on_action, on_relation) = (on_action.clone(), on_relation.clone());
    let onclick = Callback::from(move |_: MouseEvent| {
        on_relation.emit(relation);
        on_action.emit(Action::Read(doc.clone(), span));
    });
    html! {
        <figure class="evidence">
            <blockquote>{ q.text.clone() }</blockquote>
            <figcaption>
                { strings.source }{ ": " }<cite>{ cite }</cite>{ " " }
                // Named by what it opens (label in name: the visible words come first).
                <button type="button" class="read" aria-label={format!("{}: {}", strings.read_article, q.doc_title)} {onclick}>{ strings.read_article }</button>
            </figcaption>
        </figure>
    }
}
