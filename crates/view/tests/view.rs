//! View logic on a small graph (tests/data/view/small.json): reducer, details wording, the scene's
//! merged lines and emphasis, and deterministic positions.

use pmap_graph::{Graph, RelationType};
use pmap_view::{details, positions, Action, Emphasis, Lang, Scene, ViewState};

fn graph() -> Graph {
    serde_json::from_str(include_str!("../../../tests/data/view/small.json")).unwrap()
}

#[test]
fn reducer_selects_clears_and_switches_language() {
    let s = ViewState::new(Lang::En).reduce(Action::Select("coe".into()));
    assert_eq!(s.selected.as_deref(), Some("coe"));
    let s = s.reduce(Action::SetLang(Lang::Zh));
    assert_eq!((s.lang, s.selected.as_deref()), (Lang::Zh, Some("coe")));
    assert_eq!(s.reduce(Action::ClearSelection).selected, None);
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Lang::Zh);
    assert_eq!(Lang::from_tag("de"), Lang::En);
}

#[test]
fn details_group_relations_with_direction_aware_wording_and_quotes() {
    let g = graph();
    let d = details(&g, "coe", Lang::En).unwrap();
    assert_eq!(d.name, "AIM Global Centre of Excellence");
    assert_eq!(
        d.other_name.as_deref(),
        Some("全球工业人工智能联盟卓越中心")
    );
    let phrases: Vec<(&str, Vec<&str>)> = d
        .groups
        .iter()
        .map(|g| (g.phrase, g.items.iter().map(|i| i.other.as_str()).collect()))
        .collect();
    assert_eq!(
        phrases,
        [
            ("launched by", vec!["miit", "unido"]),
            ("supported by", vec!["unido"]),
            ("partner of", vec!["unido"]),
        ]
    );
    let launched_by_unido = &d.groups[0].items[1];
    assert_eq!(
        launched_by_unido.quotes[0].text,
        "UNIDO and MIIT launched the Centre."
    );
    assert_eq!(
        launched_by_unido.quotes[0].doc_title,
        "UNIDO and MIIT launch a centre"
    );

    let zh = details(&g, "unido", Lang::Zh).unwrap();
    assert_eq!(zh.name, "联合国工业发展组织");
    assert_eq!(zh.groups[0].phrase, "任职人员");
    assert_eq!(
        zh.groups[0].items[0].role.as_deref(),
        Some("Director General")
    );
    assert!(details(&g, "nobody", Lang::En).is_none());
}

#[test]
fn scene_merges_parallel_relations_into_one_line_with_a_count() {
    let g = graph();
    let pos = positions(&g);
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    assert_eq!(scene.nodes.len(), 5);
    let unido_coe = scene
        .edges
        .iter()
        .find(|e| scene.nodes[e.from].id == "unido" && scene.nodes[e.to].id == "coe")
        .expect("one line between UNIDO and the centre");
    assert_eq!(unido_coe.count, 3);
    assert!(unido_coe.kinds.contains(&RelationType::PartneredWith));
    assert_eq!(scene.edges.len(), 3);
    let unido = scene.nodes.iter().find(|n| n.id == "unido").unwrap();
    assert_eq!(unido.label, ["UNIDO"]);
    assert_eq!(
        unido.accessible_name,
        "United Nations Industrial Development Organization, organization"
    );
}

#[test]
fn focus_highlights_neighbours_and_fades_the_rest() {
    let g = graph();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En).reduce(Action::Select("muller".into()));
    let scene = Scene::build(&g, &pos, &state);
    let emphasis = |id: &str| scene.nodes.iter().find(|n| n.id == id).unwrap().emphasis;
    assert_eq!(emphasis("muller"), Emphasis::Focus);
    assert_eq!(emphasis("unido"), Emphasis::Neighbour);
    assert_eq!(emphasis("coe"), Emphasis::Faded);
    let hovered = Scene::build(&g, &pos, &state.reduce(Action::Hover(Some("coe".into()))));
    assert_eq!(
        hovered
            .nodes
            .iter()
            .find(|n| n.id == "coe")
            .unwrap()
            .emphasis,
        Emphasis::Focus
    );
}

#[test]
fn positions_are_deterministic_and_label_boxes_apart() {
    let g = graph();
    let a = positions(&g);
    assert_eq!(a, positions(&g));
    let ids: Vec<&String> = a.keys().collect();
    for (i, p) in ids.iter().enumerate() {
        for q in &ids[i + 1..] {
            let (pa, pb) = (a[*p], a[*q]);
            let d = ((pa[0] - pb[0]).powi(2) + (pa[1] - pb[1]).powi(2)).sqrt();
            assert!(d > 20.0, "{p} and {q} are {d} apart");
        }
    }
}

#[test]
fn details_start_with_a_summary_and_fold_quotes_that_say_the_same() {
    use pmap_graph::{Evidence, Relation};
    let mut g = graph();
    let r = g.relations[0].clone();
    let quote = r.evidence[0].quote.clone();
    // The same sentence from a second article, once with other spacing and punctuation.
    let mut twice = Relation {
        evidence: vec![],
        ..r.clone()
    };
    twice.evidence.push(r.evidence[0].clone());
    twice.evidence.push(Evidence {
        quote: format!(" {}!! ", quote.to_uppercase()),
        ..r.evidence[0].clone()
    });
    twice.evidence.push(Evidence {
        quote: "Another sentence entirely, about something else.".into(),
        ..r.evidence[0].clone()
    });
    g.relations[0] = twice;
    let d = pmap_view::details(&g, &r.source, pmap_view::Lang::En).unwrap();
    let item = d
        .groups
        .iter()
        .flat_map(|g| &g.items)
        .find(|i| i.other == r.target)
        .unwrap();
    assert_eq!(item.quotes.len(), 2, "{:?}", item.quotes);
    assert_eq!(item.similar, 1);
    // The closest partners come first, each with how many relations.
    if d.partners.len() > 1 {
        assert!(d.partners.windows(2).all(|w| w[0].2 >= w[1].2));
    }
}

#[test]
fn the_featured_entities_are_the_hubs_drawn_larger_and_labelled_first() {
    let mut g = graph();
    // Without featured entities, the most connected are the hubs.
    let pos = positions(&g);
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    let node = |s: &Scene, id: &str| s.nodes.iter().position(|n| n.id == id).unwrap();
    assert!(scene.nodes[node(&scene, "unido")].hub);
    // MIIT, with one relation, is featured: it alone is a hub, with a large mark.
    g.entities
        .iter_mut()
        .find(|e| e.id == "miit")
        .unwrap()
        .featured = true;
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    let hubs: Vec<&str> = scene
        .nodes
        .iter()
        .filter(|n| n.hub)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(hubs, ["miit"]);
    assert!(scene.nodes[node(&scene, "miit")].size >= 1.4);
    // Where labels collide, the hub's is the one placed where it likes: MIIT right under UNIDO
    // (the others far apart, so that the frame has room for enlarged labels).
    let mut crowded = pos.clone();
    for (id, at) in [
        ("unido", [0.0, 0.0]),
        ("miit", [0.0, 20.0]),
        ("coe", [150.0, 150.0]),
        ("lonely", [-300.0, -300.0]),
        ("muller", [300.0, 300.0]),
    ] {
        crowded.insert(id.into(), at);
    }
    let scene = Scene::build(&g, &crowded, &ViewState::new(Lang::En));
    let placed = pmap_view::placed_labels(&scene, 2.0);
    let spot = |id: &str| {
        let i = node(&scene, id);
        placed[i].map(|p| p.anchor == pmap_view::Anchor::Middle && p.top > scene.nodes[i].y)
    };
    assert_eq!(
        spot("miit"),
        Some(true),
        "the hub's label hangs under its mark"
    );
    assert_ne!(
        spot("unido"),
        Some(true),
        "the busier entity's label gives way"
    );
}

#[test]
fn a_role_reads_in_the_visitors_language_else_as_written() {
    let mut g = graph();
    let role = |g: &Graph, lang| {
        let d = details(g, "muller", lang).unwrap();
        d.groups[0].items[0].role.clone()
    };
    // Written in English only: shown as written in both languages.
    assert_eq!(role(&g, Lang::Zh).as_deref(), Some("Director General"));
    let r = g
        .relations
        .iter_mut()
        .find(|r| r.source == "muller")
        .unwrap();
    r.role.as_mut().unwrap().zh = Some("总干事".into());
    assert_eq!(role(&g, Lang::Zh).as_deref(), Some("总干事"));
    assert_eq!(role(&g, Lang::En).as_deref(), Some("Director General"));
}
