//! The view logic never panics, whatever the graph (dangling ids, duplicates, empty or odd names,
//! self-loops), the URL fragment or the host's settings: the widget must show what it can and say
//! what is wrong. Also: the reader shows any article's text verbatim, whatever range it marks.

use pmap_graph::{Document, Entity, EntityType, Evidence, Graph, Names, Relation, RelationType};
use pmap_view::{
    config, details, drag, export, list, neighbourhood, positions, reader, search, shortest_paths,
    step, url, visible, Action, Direction, Filters, Lang, Scene, ViewState,
};
use proptest::prelude::*;

fn ids() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".to_string()),
        Just("b".to_string()),
        Just("c".to_string()),
        Just("".to_string()),
        "\\PC{0,6}"
    ]
}

fn entity() -> impl Strategy<Value = Entity> {
    (
        ids(),
        0..EntityType::ALL.len(),
        proptest::option::of("\\PC{0,40}"),
        proptest::option::of("\\PC{0,20}"),
        prop::collection::vec("\\PC{0,8}", 0..3),
        any::<bool>(),
    )
        .prop_map(|(id, k, en, zh, aliases, featured)| Entity {
            id,
            kind: EntityType::ALL[k],
            name: Names { en, zh },
            aliases,
            featured,
        })
}

fn relation() -> impl Strategy<Value = Relation> {
    (
        ids(),
        ids(),
        0..RelationType::ALL.len(),
        proptest::option::of("[0-9-]{0,10}"),
        proptest::option::of(("\\PC{0,12}", any::<bool>())),
        prop::collection::vec(
            (
                ids(),
                "\\PC{0,20}",
                proptest::option::of(0usize..50),
                proptest::option::of(0usize..50),
            ),
            0..3,
        ),
    )
        .prop_map(|(source, target, k, date, role, ev)| Relation {
            source,
            target,
            kind: RelationType::ALL[k],
            date,
            role: role.map(|(text, both)| {
                let mut names = Names::of_text(&text);
                if both {
                    names.zh = Some(text);
                }
                names
            }),
            evidence: ev
                .into_iter()
                .map(|(doc, quote, start, end)| Evidence {
                    doc,
                    quote,
                    start,
                    end,
                })
                .collect(),
        })
}

fn graph() -> impl Strategy<Value = Graph> {
    (
        prop::collection::vec(
            (
                ids(),
                "\\PC{0,30}",
                proptest::option::of("[0-9-]{0,10}"),
                proptest::option::of("\\PC{0,60}"),
            ),
            0..3,
        ),
        prop::collection::vec(entity(), 0..8),
        prop::collection::vec(relation(), 0..12),
    )
        .prop_map(|(docs, entities, relations)| Graph {
            version: 1,
            documents: docs
                .into_iter()
                .map(|(id, title, date, text)| Document {
                    id,
                    title,
                    lang: "en".into(),
                    date,
                    url: None,
                    text,
                })
                .collect(),
            entities,
            relations,
            layout: None,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200), ..ProptestConfig::default() })]

    #[test]
    fn any_graph_can_be_drawn_searched_and_walked(mut g in graph(), pick in ids(), other in ids(), query in "\\PC{0,6}", depth in 0usize..4) {
        g.restore_quotes();
        let _ = pmap_graph::validate(&g);
        let pos = positions(&g);
        prop_assert!(pos.values().all(|p| p[0].is_finite() && p[1].is_finite()));
        for lang in [Lang::En, Lang::Zh] {
            let state = ViewState::new(lang).reduce(Action::Select(pick.clone())).reduce(Action::Hover(Some(other.clone())));
            let scene = Scene::build(&g, &pos, &state);
            prop_assert!(scene.view_box.iter().all(|v| v.is_finite()));
            let _ = details(&g, &pick, lang);
            let _ = search(&g, &query, lang, 5);
            let fragment = url::encode(&state, "pm");
            let _ = url::decode(&fragment, "pm", &g);
        }
        let filters = Filters { until: Some("2024".into()), ..Filters::default() };
        let v = visible(&g, &filters);
        let _ = neighbourhood(&g, &v, &pick, depth);
        for path in shortest_paths(&g, &v, &pick, &other, 3) {
            prop_assert_eq!(path.steps.len() + 1, path.entities.len());
        }
    }

    #[test]
    fn any_graph_can_be_read_exported_listed_walked_by_keys_and_dragged(
        mut g in graph(),
        pick in ids(),
        other in ids(),
        start in 0usize..80,
        len in 0usize..80,
        depth in proptest::option::of(1u8..3),
        to in (-500.0f64..500.0, -500.0f64..500.0),
    ) {
        g.restore_quotes();
        let pos = positions(&g);
        let state = ViewState::new(Lang::Zh)
            .reduce(Action::Select(pick.clone()))
            .reduce(Action::SetDepth(depth))
            .reduce(Action::SetPath(Some((pick.clone(), other.clone()))));
        let scene = Scene::build(&g, &pos, &state);
        for e in &scene.edges {
            prop_assert!(e.from < scene.nodes.len() && e.to < scene.nodes.len() && !e.relations.is_empty());
        }
        for doc in g.documents.iter().map(|d| d.id.clone()).chain([pick.clone()]) {
            if let Some(a) = reader::article(&g, &doc, Some((start, start + len)), Lang::En) {
                // The reader shows the text itself, in order, nothing added or lost.
                let text = g.document(&doc).and_then(|d| d.text.clone()).unwrap_or_default();
                let shown: String = a.paragraphs.iter().flatten().map(|s| s.text.as_str()).collect();
                let kept: String = text.split('\n').filter(|l| !l.trim().is_empty()).collect();
                prop_assert_eq!(shown, kept);
            }
        }
        let _ = export::csv(&g, Lang::En);
        let _ = export::gexf(&g, Lang::Zh);
        let (svg, size) = export::svg(&g, &scene, Lang::En);
        prop_assert!(svg.starts_with("<svg") && size.iter().all(|v| v.is_finite()));
        let _ = list(&g, &scene, Lang::En);
        for d in [Direction::Up, Direction::Down, Direction::Left, Direction::Right] {
            let _ = step(&scene, &pick, d);
        }
        let moved = drag(&g, &pos, &pick, [to.0, to.1]);
        prop_assert!(moved.values().all(|p| p[0].is_finite() && p[1].is_finite()));
    }

    #[test]
    fn any_setting_value_is_read_or_refused(value in "\\PC{0,24}") {
        let _ = config::theme(&value);
        let _ = config::lang(&value);
        let _ = config::switch("url-state", &value);
        let _ = config::filters(&value);
        if let Ok(h) = config::height(&value) {
            // Nothing but a number and a unit reaches the stylesheet.
            prop_assert!(h.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '%'));
        }
    }

    #[test]
    fn any_fragment_decodes_to_some_view(fragment in "\\PC{0,80}", tail in "(sel|lang|depth|hide|hiderel|docs|until|path)=[%0-9A-Fa-z,~]{0,12}") {
        let g = Graph::empty();
        let _ = url::decode(&fragment, "pm", &g);
        let _ = url::decode(&format!("#pm:{tail}&{fragment}"), "pm", &g);
    }
}
