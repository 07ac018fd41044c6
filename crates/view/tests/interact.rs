//! What the map's interactions derive, natively: the scene under filters, neighbourhoods and
//! paths; the reader's marked quote and entity links; exports; the list view; keyboard steps;
//! dragging. On the small fixture (tests/data/view/small.json).

use pmap_graph::{EntityType, Graph};
use pmap_view::{
    drag, export, list, placed_labels, positions, reader, step, Action, Direction, Lang, Scene,
    ViewState,
};

/// The small graph's layout with some entities moved to the given places.
fn placed(g: &Graph, at: &[(&str, [f64; 2])]) -> std::collections::BTreeMap<String, [f64; 2]> {
    let mut pos = positions(g);
    for (id, p) in at {
        pos.insert((*id).into(), *p);
    }
    pos
}

fn small() -> Graph {
    let mut g: Graph =
        serde_json::from_str(include_str!("../../../tests/data/view/small.json")).unwrap();
    g.restore_quotes();
    g
}

fn ids(scene: &Scene) -> Vec<&str> {
    scene.nodes.iter().map(|n| n.id.as_str()).collect()
}

#[test]
fn the_scene_leaves_out_what_the_filters_hide() {
    let g = small();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En).reduce(Action::ToggleEntityType(EntityType::Person));
    let scene = Scene::build(&g, &pos, &state);
    assert!(!ids(&scene).contains(&"muller"));
    assert!(ids(&scene).contains(&"unido"));
    // The box of the whole graph stays, so the map does not jump; "fit" uses the shown box.
    assert_eq!(
        scene.view_box,
        Scene::build(&g, &pos, &ViewState::new(Lang::En)).view_box
    );
    for e in &scene.edges {
        assert!(e.from < scene.nodes.len() && e.to < scene.nodes.len());
    }
}

#[test]
fn depth_one_shows_only_the_selection_and_its_neighbours() {
    let g = small();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En)
        .reduce(Action::Select("muller".into()))
        .reduce(Action::SetDepth(Some(1)));
    let scene = Scene::build(&g, &pos, &state);
    assert_eq!(ids(&scene), ["unido", "muller"]);
    let two = Scene::build(&g, &pos, &state.reduce(Action::SetDepth(Some(2))));
    assert_eq!(ids(&two), ["unido", "coe", "muller"]);
}

#[test]
fn a_path_is_drawn_on_its_entities_and_lines() {
    let g = small();
    let pos = positions(&g);
    let state =
        ViewState::new(Lang::En).reduce(Action::SetPath(Some(("muller".into(), "coe".into()))));
    let scene = Scene::build(&g, &pos, &state);
    assert_eq!(scene.paths.len(), 1);
    assert_eq!(scene.paths[0].entities, ["muller", "unido", "coe"]);
    let on_path: Vec<&str> = scene
        .nodes
        .iter()
        .filter(|n| n.on_path)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(on_path, ["unido", "coe", "muller"]);
    assert_eq!(scene.edges.iter().filter(|e| e.on_path).count(), 2);
    // Selected at one end, the far end and its line stay in view.
    let selected = Scene::build(&g, &pos, &state.reduce(Action::Select("muller".into())));
    let coe = selected.node("coe").unwrap();
    assert_eq!(coe.emphasis, pmap_view::Emphasis::Neighbour);
    assert!(selected
        .edges
        .iter()
        .filter(|e| e.on_path)
        .all(|e| e.emphasis == pmap_view::Emphasis::Focus));
    let steps = pmap_view::path_steps(&g, &scene.paths[0], Lang::En);
    assert_eq!(
        steps[0].relations[0].0,
        "Gerd Müller holds a role at United Nations Industrial Development Organization"
    );
    assert_eq!(
        steps[0].relations[0].1[0].text,
        "Gerd Müller, Director General of UNIDO, spoke."
    );
}

#[test]
fn a_line_names_its_relations_in_the_interface_language() {
    let g = small();
    let pos = positions(&g);
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::Zh));
    let line = scene.edges.iter().find(|e| e.count == 3).unwrap();
    assert!(
        line.title
            .contains("联合国工业发展组织启动全球工业人工智能联盟卓越中心"),
        "{}",
        line.title
    );
    assert_eq!(line.title.lines().count(), 3);
}

#[test]
fn the_reader_marks_the_quote_and_links_every_named_entity() {
    let g = small();
    let text = g.document("a").unwrap().text.clone().unwrap();
    let start = text.find("UNIDO supports").unwrap();
    let end = start + "UNIDO supports the Centre.".len();
    let a = reader::article(&g, "a", Some((start, end)), Lang::En).unwrap();
    let spans = &a.paragraphs[0];
    let marked: String = spans
        .iter()
        .filter(|s| s.marked)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, "UNIDO supports the Centre.");
    let linked: Vec<(&str, &str)> = spans
        .iter()
        .filter_map(|s| Some((s.text.as_str(), s.entity.as_deref()?)))
        .collect();
    assert_eq!(
        linked,
        [
            ("UNIDO", "unido"),
            ("MIIT", "miit"),
            ("UNIDO", "unido"),
            ("Gerd Müller", "muller"),
            ("UNIDO", "unido")
        ]
    );
    let whole: String = spans.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(whole, text, "the reader shows the text verbatim");
    // A range off character boundaries, or no article, is handled.
    assert!(reader::article(&g, "b", Some((1, 2)), Lang::En).is_some());
    assert!(reader::article(&g, "nope", None, Lang::En).is_none());
}

#[test]
fn only_web_addresses_are_followed() {
    assert!(reader::is_web_address("https://www.unido.org/news"));
    assert!(reader::is_web_address("HTTP://example.org"));
    assert!(!reader::is_web_address("javascript:alert(1)"));
    assert!(!reader::is_web_address(" data:text/html,<script>"));
}

#[test]
fn csv_has_one_row_per_relation_with_its_quotes() {
    let g = small();
    let csv = export::csv(&g, Lang::En);
    let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 1 + g.relations.len());
    assert!(rows[0].starts_with("source,source_name,type"));
    assert!(
        csv.contains("\"Gerd Müller, Director General of UNIDO, spoke.\""),
        "commas are quoted"
    );
    assert!(rows[1].contains("UNIDO and MIIT launched the Centre."));
}

#[test]
fn gexf_escapes_names_and_keeps_every_node_and_edge() {
    let mut g = small();
    g.entities[0].name.en = Some("A <b>&</b> \"B\"".into());
    let gexf = export::gexf(&g, Lang::En);
    assert!(gexf.contains("label=\"A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;\""));
    assert_eq!(gexf.matches("<node ").count(), g.entities.len());
    assert_eq!(gexf.matches("<edge ").count(), g.relations.len());
    assert!(
        gexf.contains("type=\"undirected\""),
        "partnerships have no direction"
    );
}

#[test]
fn the_svg_lists_the_sources_of_what_it_shows_and_runs_nothing() {
    let g = small();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En).reduce(Action::ToggleEntityType(EntityType::Person));
    let scene = Scene::build(&g, &pos, &state);
    let (svg, [w, h]) = export::svg(&g, &scene, Lang::En);
    assert!(w > 0.0 && h > 0.0);
    assert!(svg.contains("[1] UNIDO and MIIT launch a centre (2024-07-06)"));
    assert!(svg.contains("[2] 卓越中心启用"));
    assert!(!svg.contains("Gerd"), "hidden entities are not exported");
    assert!(!svg.contains("<script"));
    let shown = export::subgraph(&g, &scene);
    assert_eq!(shown.relations.len(), 4);
    assert!(pmap_graph::validate(&shown).is_empty());
}

#[test]
fn the_list_gives_each_entity_its_relations_in_words() {
    let g = small();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En).reduce(Action::Select("coe".into()));
    let scene = Scene::build(&g, &pos, &state);
    let entries = list(&g, &scene, Lang::En);
    let coe = entries.iter().find(|e| e.id == "coe").unwrap();
    assert!(coe.selected);
    assert_eq!(coe.name, "AIM Global Centre of Excellence, organization");
    assert!(coe
        .relations
        .contains(&"launched by Ministry of Industry and Information Technology".to_string()));
    assert!(coe
        .relations
        .contains(&"partner of United Nations Industrial Development Organization".to_string()));
    let vienna = entries.iter().find(|e| e.id == "lonely").unwrap();
    assert!(vienna.relations.is_empty());
}

#[test]
fn arrow_keys_step_to_the_entity_that_way() {
    let g = small();
    let pos = placed(
        &g,
        &[
            ("unido", [0.0, 0.0]),
            ("coe", [100.0, 0.0]),
            ("muller", [0.0, 100.0]),
            ("miit", [200.0, 5.0]),
            ("lonely", [-100.0, 0.0]),
        ],
    );
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    assert_eq!(
        step(&scene, "unido", Direction::Right).as_deref(),
        Some("coe")
    );
    assert_eq!(
        step(&scene, "unido", Direction::Down).as_deref(),
        Some("muller")
    );
    // No related entity to the left: the nearest entity that way.
    assert_eq!(
        step(&scene, "unido", Direction::Left).as_deref(),
        Some("lonely")
    );
    assert_eq!(step(&scene, "unido", Direction::Up), None);
    assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
}

#[test]
fn a_dragged_entity_stays_where_it_is_put_and_the_rest_stays_calm() {
    let g = small();
    let pos = positions(&g);
    // Put down in open space, right of everything (dropped onto another entity, that one would
    // make room).
    let right = pos.values().map(|p| p[0]).fold(f64::MIN, f64::max);
    let to = [right + 80.0, pos["muller"][1] - 40.0];
    let after = drag(&g, &pos, "muller", to);
    let [x, y] = after["muller"];
    assert!(
        (x - to[0]).abs() < 0.06 && (y - to[1]).abs() < 0.06,
        "{:?} is not {to:?}",
        after["muller"]
    );
    for (id, p) in &after {
        let d = ((p[0] - pos[id][0]).powi(2) + (p[1] - pos[id][1]).powi(2)).sqrt();
        assert!(id == "muller" || d < 25.0, "{id} moved {d}");
    }
    assert_eq!(after, drag(&g, &pos, "muller", to), "deterministic");
    assert_eq!(drag(&g, &pos, "nobody", to), pos);
}

#[test]
fn enlarged_labels_give_way_by_importance_and_never_the_focus() {
    let g = small();
    // Crowd three entities together.
    let pos = placed(
        &g,
        &[
            ("unido", [0.0, 0.0]),
            ("miit", [10.0, 0.0]),
            ("coe", [20.0, 0.0]),
        ],
    );
    let state = ViewState::new(Lang::En).reduce(Action::Select("miit".into()));
    let scene = Scene::build(&g, &pos, &state);
    let at = |shown: &[Option<pmap_view::LabelSpot>], id: &str| {
        shown[scene.nodes.iter().position(|n| n.id == id).unwrap()].is_some()
    };
    let all = placed_labels(&scene, 1.0);
    assert!(
        all.iter().all(|s| s.is_some()),
        "at layout size every label is drawn"
    );
    let big = placed_labels(&scene, 1.5);
    assert!(at(&big, "miit"), "the selection keeps its label");
    assert!(
        !at(&big, "unido") || !at(&big, "coe"),
        "crowded labels give way"
    );
    assert!(at(&big, "lonely"), "labels with room stay");
}

#[test]
fn a_label_blocked_under_its_mark_goes_over_or_beside_it_and_never_reads_as_another() {
    let g = small();
    // The centre's mark sits right where UNIDO's label would hang.
    let pos = placed(
        &g,
        &[
            ("unido", [0.0, 0.0]),
            ("coe", [0.0, 40.0]),
            ("miit", [200.0, 0.0]),
        ],
    );
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    let index = |id: &str| scene.nodes.iter().position(|n| n.id == id).unwrap();
    for scale in [1.5, 2.0, 2.5] {
        let placed = placed_labels(&scene, scale);
        let unido = &scene.nodes[index("unido")];
        let spot = placed[index("unido")].expect("UNIDO keeps a label");
        assert!(
            spot.top < unido.y || spot.anchor != pmap_view::Anchor::Middle,
            "at {scale} UNIDO's label is over or beside its mark, not over the centre's: {spot:?}"
        );
        // Every label drawn is at its own mark: within a line of it.
        for (node, at) in scene.nodes.iter().zip(&placed) {
            let Some(spot) = *at else { continue };
            let (w, h) = pmap_view::label_size(&node.label);
            let (w, h) = (w * scale, h * scale);
            let x = match spot.anchor {
                pmap_view::Anchor::Middle => spot.x,
                pmap_view::Anchor::Start => spot.x + w / 2.0,
                pmap_view::Anchor::End => spot.x - w / 2.0,
            };
            let top = spot.top;
            let dx = ((x - w / 2.0) - node.x)
                .max(node.x - (x + w / 2.0))
                .max(0.0);
            let dy = (top - node.y).max(node.y - (top + h)).max(0.0);
            assert!(
                dx.hypot(dy) <= 11.0 * node.size + 4.0,
                "{}'s label is away from its mark at {scale}",
                node.id
            );
        }
    }
}

#[test]
fn hovering_or_selecting_never_moves_a_label() {
    let g = small();
    let pos = placed(
        &g,
        &[
            ("unido", [0.0, 0.0]),
            ("coe", [0.0, 40.0]),
            ("miit", [200.0, 0.0]),
        ],
    );
    let rest = ViewState::new(Lang::En);
    for state in [
        rest.clone().reduce(Action::Hover(Some("coe".into()))),
        rest.clone().reduce(Action::Select("miit".into())),
    ] {
        for scale in [1.5, 2.0] {
            let at_rest = placed_labels(&Scene::build(&g, &pos, &rest), scale);
            let scene = Scene::build(&g, &pos, &state);
            let now = placed_labels(&scene, scale);
            // Scenes list the same entities here (no filter): a label shown in both is in one place.
            for (i, (a, b)) in at_rest.iter().zip(&now).enumerate() {
                if let (Some(a), Some(b)) = (a, b) {
                    assert_eq!(a, b, "{}'s label moved at {scale}", scene.nodes[i].id);
                }
            }
        }
    }
}

#[test]
fn a_mark_is_found_under_a_point_within_its_reach() {
    let g = small();
    let pos = placed(&g, &[("unido", [0.0, 0.0]), ("muller", [100.0, 0.0])]);
    let scene = Scene::build(&g, &pos, &ViewState::new(Lang::En));
    let at = |p: [f64; 2], reach: f64| {
        pmap_view::node_at(&scene, p, 11.0, reach).map(|i| scene.nodes[i].id.as_str())
    };
    assert_eq!(at([3.0, -4.0], 0.0), Some("unido"));
    assert_eq!(at([96.0, 2.0], 0.0), Some("muller"));
    // Between the two and far from both: nothing, unless the reach (a finger's) is wide.
    assert_eq!(at([50.0, 60.0], 0.0), None);
    assert_eq!(at([30.0, 0.0], 35.0), Some("unido"));
}

#[test]
fn batched_marks_draw_every_entity_but_those_kept_apart_once() {
    let g = small();
    let pos = positions(&g);
    let state = ViewState::new(Lang::En).reduce(Action::Select("muller".into()));
    let scene = Scene::build(&g, &pos, &state);
    let batches = pmap_view::batch_marks(&scene, |n| n.selected);
    // One closed shape per mark: every entity but the selected one, each once.
    let shapes: usize = batches.iter().map(|b| b.d.matches('Z').count()).sum();
    assert_eq!(shapes, scene.nodes.len() - 1);
    for kind in batches.iter().map(|b| (b.kind, b.faded)) {
        assert_eq!(
            batches.iter().filter(|b| (b.kind, b.faded) == kind).count(),
            1,
            "one path per look"
        );
    }
    // Faded marks first, below the others.
    let first_unfaded = batches
        .iter()
        .position(|b| !b.faded)
        .unwrap_or(batches.len());
    assert!(batches[first_unfaded..].iter().all(|b| !b.faded));
    // An organisation's disc is drawn at its place: the path starts at its left edge.
    let unido = scene.node("unido").unwrap();
    let org = batches
        .iter()
        .find(|b| b.kind == EntityType::Organization && !b.faded)
        .expect("an organisation's batch");
    let x = pmap_view::export::n(unido.x - 10.0 * unido.size);
    assert!(org.d.contains(&format!("M{x},")), "{}", org.d);
}
