//! Filters and time, neighbourhoods, shortest paths with their quotes, search in both languages,
//! and the view in a URL fragment; on the small fixture and on the graph of the real corpus.

use std::collections::BTreeSet;

use pmap_graph::{EntityType, Graph, RelationType};
use pmap_view::{
    neighbourhood, search, shortest_paths, shown_counts, shown_summary, timeline, url, visible,
    Action, Filters, Lang, ViewState, Visible,
};

fn small() -> Graph {
    serde_json::from_str(include_str!("../../../tests/data/view/small.json")).unwrap()
}

fn corpus() -> Graph {
    let (sources, problems) =
        pmap_extract::corpus::read_folder(&manifest_dir().join("../../data/corpus"));
    assert!(problems.is_empty(), "{problems:?}");
    pmap_extract::extract(&sources).graph
}

fn shown(graph: &Graph, v: &Visible) -> BTreeSet<String> {
    graph
        .entities
        .iter()
        .zip(&v.entities)
        .filter(|(_, s)| **s)
        .map(|(e, _)| e.id.clone())
        .collect()
}

#[test]
fn hiding_a_type_hides_its_entities_and_their_relations() {
    let g = small();
    let filters = Filters {
        hidden_entity_types: [EntityType::Person].into_iter().collect(),
        ..Filters::default()
    };
    let v = visible(&g, &filters);
    assert!(!shown(&g, &v).contains("muller"));
    assert!(
        shown(&g, &v).contains("lonely"),
        "an entity without relations stays"
    );
    assert_eq!(v.relations.iter().filter(|s| **s).count(), 4);
    let filters = Filters {
        hidden_relation_types: [RelationType::Launched].into_iter().collect(),
        ..Filters::default()
    };
    let v = visible(&g, &filters);
    assert!(
        !shown(&g, &v).contains("miit"),
        "MIIT's only relation is hidden"
    );
}

#[test]
fn the_time_filter_shows_the_network_as_of_a_date() {
    let g = small();
    assert_eq!(timeline(&g), ["2024-07-06", "2025-07-27"]);
    let filters = Filters {
        until: Some("2024-12-31".into()),
        ..Filters::default()
    };
    let v = visible(&g, &filters);
    let partnered = g
        .relations
        .iter()
        .position(|r| r.kind == RelationType::PartneredWith)
        .unwrap();
    assert!(!v.relations[partnered], "stated only in a 2025 article");
    let filters = Filters {
        hidden_documents: vec!["a".to_string()],
        ..Filters::default()
    };
    assert_eq!(
        shown(&g, &visible(&g, &filters)),
        ["coe", "lonely", "unido"].map(String::from).into()
    );
}

#[test]
fn as_of_a_date_an_undated_relation_is_not_shown() {
    // Nothing dates these relations: shown with all dates, hidden as of any date.
    let mut g = small();
    for d in &mut g.documents {
        d.date = None;
    }
    for r in &mut g.relations {
        r.date = None;
    }
    let all = visible(&g, &Filters::default());
    assert!(all.relations.iter().all(|s| *s));
    let as_of = Filters {
        until: Some("2030-01-01".into()),
        ..Filters::default()
    };
    assert!(visible(&g, &as_of).relations.iter().all(|s| !*s));
}

#[test]
fn the_summary_says_what_is_shown_and_why_the_rest_is_not() {
    let g = corpus();
    let everything = Filters::default();
    let whole = pmap_view::Scene::build(&g, &pmap_view::positions(&g), &ViewState::default());
    let all = shown_counts(&g, &everything, &whole);
    assert_eq!(all.shown, all.total);
    assert_eq!(
        shown_summary(&all, Lang::En),
        format!("Showing {0} of {0} entities", g.entities.len())
    );
    // Hiding people also hides what is related to people only, and says so.
    let state = ViewState::default().reduce(Action::ToggleEntityType(EntityType::Person));
    let scene = pmap_view::Scene::build(&g, &pmap_view::positions(&g), &state);
    let counts = shown_counts(&g, &state.filters, &scene);
    let people = g
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .count();
    assert_eq!(counts.by_type, people);
    assert!(counts.no_relation > 0, "{counts:?}");
    assert_eq!(
        counts.shown + counts.by_type + counts.no_relation + counts.beyond_steps,
        counts.total
    );
    let text = shown_summary(&counts, Lang::En);
    assert!(text.contains(&format!("{people} hidden by type")), "{text}");
    assert!(text.contains("with no relation shown"), "{text}");
    assert!(shown_summary(&counts, Lang::Zh).contains("个因类型隐藏"));
    // The caption counts what the map is made of.
    let words = pmap_view::caption(&g, Lang::En);
    assert!(
        words.starts_with(&format!("From {} articles (", g.documents.len())),
        "{words}"
    );
    assert!(
        words.contains(&format!(
            "{} entities and {} relations",
            g.entities.len(),
            g.relations.len()
        )),
        "{words}"
    );
    assert!(pmap_view::caption(&g, Lang::Zh).contains("篇文章"));
}

#[test]
fn clearing_the_selection_clears_its_connection_from_the_link() {
    let state = ViewState::default()
        .reduce(Action::Select("coe".into()))
        .reduce(Action::SetPath(Some(("coe".into(), "muller".into()))))
        .reduce(Action::ClearSelection);
    assert_eq!(state.path, None);
    assert!(!url::encode(&state, "pm").contains("path="));
}

#[test]
fn an_article_box_hides_only_its_own_article() {
    // Unticking one article hides it and nothing else; ticking it again shows it.
    let g = small();
    let all = visible(&g, &Filters::default());
    let state = ViewState::default().reduce(Action::ToggleDocument("b".into()));
    assert_eq!(state.filters.hidden_documents, ["b"]);
    let without_b = visible(&g, &state.filters);
    let stated_only_in_b = |i: usize| g.relations[i].evidence.iter().all(|e| e.doc == "b");
    for (i, shown) in without_b.relations.iter().enumerate() {
        assert_eq!(
            *shown,
            all.relations[i] && !stated_only_in_b(i),
            "relation {i}"
        );
    }
    let again = state.reduce(Action::ToggleDocument("b".into()));
    assert_eq!(again.filters, Filters::default());
    // An old link that named the shown articles still works.
    let (old, _) = url::decode("pm:docs=b", "pm", &g);
    assert_eq!(old.filters.hidden_documents, ["a"]);
}

#[test]
fn neighbourhoods_grow_with_depth() {
    let g = small();
    let all = Visible::all(&g);
    assert_eq!(
        neighbourhood(&g, &all, "muller", 1),
        ["muller", "unido"].map(String::from).into()
    );
    assert_eq!(
        neighbourhood(&g, &all, "muller", 2),
        ["coe", "muller", "unido"].map(String::from).into()
    );
    assert!(neighbourhood(&g, &all, "nobody", 2).is_empty());
}

#[test]
fn cingai_reaches_the_brics_network_through_quoted_steps() {
    let g = corpus();
    let all = Visible::all(&g);
    let paths = shortest_paths(&g, &all, "cingai", "brics-ai-network", 5);
    assert!(
        !paths.is_empty(),
        "CINGAI and the BRICS+ network are connected"
    );
    for path in &paths {
        assert_eq!(path.entities.first().unwrap(), "cingai");
        assert_eq!(path.entities.last().unwrap(), "brics-ai-network");
        assert_eq!(path.steps.len(), path.entities.len() - 1);
        for (step, pair) in path.steps.iter().zip(path.entities.windows(2)) {
            assert!(!step.is_empty());
            for &r in step {
                let rel = &g.relations[r];
                assert!(pair.contains(&rel.source) && pair.contains(&rel.target));
                assert!(!rel.evidence.is_empty(), "every step carries its quote");
            }
        }
    }
    assert_eq!(
        paths[0].entities,
        ["cingai", "aim-global", "brics-ai-network"]
    );
    // Hiding agreements between them cuts that path; another may remain or none.
    let v = visible(
        &g,
        &Filters {
            hidden_relation_types: [RelationType::SignedAgreementWith, RelationType::Signed]
                .into_iter()
                .collect(),
            ..Filters::default()
        },
    );
    assert!(shortest_paths(&g, &v, "cingai", "brics-ai-network", 5)
        .iter()
        .all(|p| p.entities.len() > 3));
}

#[test]
fn search_is_case_diacritic_and_script_blind() {
    let g = corpus();
    let first = |q: &str, lang| search(&g, q, lang, 5).first().map(|h| h.id.clone());
    assert_eq!(first("muller", Lang::En).as_deref(), Some("gerd-muller"));
    assert_eq!(first("工发组织", Lang::Zh).as_deref(), Some("unido"));
    assert_eq!(first("MIIT", Lang::En).as_deref(), Some("miit"));
    assert_eq!(first("Jie Zhao", Lang::En).as_deref(), Some("zhao-jie"));
    assert_eq!(first("ＣＩＮＧＡＩ", Lang::Zh).as_deref(), Some("cingai"));
    let hit = &search(&g, "miit", Lang::Zh, 1)[0];
    assert_eq!(
        (hit.name.as_str(), hit.matched.as_deref()),
        ("工业和信息化部", Some("MIIT"))
    );
    assert!(search(&g, "", Lang::En, 5).is_empty());
    assert!(search(&g, "zzzz", Lang::En, 5).is_empty());
}

#[test]
fn search_forgives_typos_and_puts_the_exact_abbreviation_first() {
    let g = corpus();
    let first = |q: &str| search(&g, q, Lang::En, 5).first().map(|h| h.id.clone());
    for (query, id) in [
        ("muler", "gerd-muller"),
        ("mueller", "gerd-muller"),
        ("cingia", "cingai"),
        ("unidp", "unido"),
        ("unid", "unido"),
        ("unido", "unido"),
    ] {
        assert_eq!(first(query).as_deref(), Some(id), "{query}");
    }
    // A typo in a place name: Shanghai (the city) is among the first hits.
    let hits = search(&g, "shangahi", Lang::En, 5);
    assert!(hits.iter().any(|h| h.name == "Shanghai"), "{hits:?}");
    // Short queries are taken literally: three letters forgive nothing.
    assert!(search(&g, "xyz", Lang::En, 5).is_empty());
}

#[test]
fn the_url_fragment_round_trips_and_reports_unknown_ids() {
    let g = small();
    let state = ViewState::new(Lang::Zh)
        .reduce(Action::Select("coe".into()))
        .reduce(Action::SetDepth(Some(1)))
        .reduce(Action::ToggleEntityType(EntityType::Person))
        .reduce(Action::ToggleDocument("a".into()))
        .reduce(Action::SetUntil(Some("2024-07-06".into())))
        .reduce(Action::SetPath(Some(("muller".into(), "coe".into()))));
    let fragment = url::encode(&state, "pm");
    assert_eq!(
        fragment,
        "pm:sel=coe&lang=zh&depth=1&hide=person&hidedocs=a&until=2024-07-06&path=muller,coe"
    );
    let (back, notices) = url::decode(&format!("#other:x=1#{fragment}"), "pm", &g);
    assert_eq!(back, state);
    assert!(notices.is_empty());
    let (state, notices) =
        url::decode("pm:sel=nobody&depth=99&hide=spaceship&until=soon", "pm", &g);
    assert_eq!(state, ViewState::default());
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices[0].contains("\"nobody\""));
    assert_eq!(url::encode(&ViewState::default(), "pm"), "");
    // Ids with any characters survive.
    let cjk = ViewState::default().reduce(Action::ToggleDocument("文章 1&2".into()));
    assert!(url::encode(&cjk, "pm").contains("%E6%96%87"));
}

/// This package's directory, as cargo gives it when running the test (not when compiling it: a
/// build cache shared between checkouts may run a binary compiled in another checkout).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into())
}
