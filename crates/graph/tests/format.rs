//! The v1 format round-trips, rejects unknown types, and validation names problems by JSON path;
//! the Rust vocabulary matches data/vocabulary.json.

use pmap_graph::{validate, EntityType, Graph, RelationType};

const SAMPLE: &str = include_str!("../../../tests/data/format/sample.json");

#[test]
fn sample_round_trips_and_is_valid() {
    let graph: Graph = serde_json::from_str(SAMPLE).expect("sample parses");
    assert_eq!(validate(&graph), vec![]);
    let again: Graph = serde_json::from_str(&serde_json::to_string(&graph).unwrap()).unwrap();
    assert_eq!(graph, again);
}

#[test]
fn unknown_entity_type_is_rejected_with_its_name() {
    let bad = SAMPLE.replace("\"type\": \"organization\"", "\"type\": \"company\"");
    let err = serde_json::from_str::<Graph>(&bad).unwrap_err().to_string();
    assert!(err.contains("company"), "{err}");
}

#[test]
fn problems_are_named_by_json_path() {
    let mut graph: Graph = serde_json::from_str(SAMPLE).unwrap();
    graph.relations[0].target = "nobody".into();
    graph.relations[0].evidence[0].quote = "words that are not in the article".into();
    graph.entities.push(graph.entities[0].clone());
    let found: Vec<String> = validate(&graph).iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "$.entities[2].id: duplicate entity id \"unido\"",
            "$.relations[0].target: no entity has id \"nobody\"",
            "$.relations[0].evidence[0].quote: not found verbatim in document \"doc1\"",
        ]
    );
}

#[test]
fn direction_rules_are_checked() {
    let mut graph: Graph = serde_json::from_str(SAMPLE).unwrap();
    let r = &mut graph.relations[0];
    std::mem::swap(&mut r.source, &mut r.target);
    let found: Vec<String> = validate(&graph).iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        ["$.relations[0].type: launched does not go from organization to person"]
    );
}

/// Parses a vocabulary direction such as `"person|organization -> organization | event -> event"`.
fn allowed_pairs(direction: &str) -> Vec<(Vec<EntityType>, Vec<EntityType>)> {
    let kinds = |side: &str| -> Vec<EntityType> {
        side.split('|')
            .map(str::trim)
            .flat_map(|t| {
                if t == "any" {
                    EntityType::ALL.to_vec()
                } else {
                    vec![EntityType::parse(t).unwrap()]
                }
            })
            .collect()
    };
    let arrow = if direction.contains("<->") {
        "<->"
    } else {
        "->"
    };
    let clauses: Vec<&str> = if direction.matches(arrow).count() > 1 {
        direction.split(" | ").collect()
    } else {
        vec![direction]
    };
    clauses
        .iter()
        .map(|c| {
            let (s, t) = c.split_once(arrow).unwrap();
            (kinds(s), kinds(t))
        })
        .collect()
}

#[test]
fn vocabulary_matches_the_spec_file() {
    let spec: serde_json::Value =
        serde_json::from_str(include_str!("../../../data/vocabulary.json"))
            .expect("vocabulary parses");
    let entity_types: Vec<&str> = spec["entity_types"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut ours: Vec<&str> = EntityType::ALL.iter().map(|t| t.as_str()).collect();
    ours.sort();
    let mut theirs = entity_types.clone();
    theirs.sort();
    assert_eq!(ours, theirs);

    let relations = spec["relation_types"].as_object().unwrap();
    assert_eq!(relations.len(), RelationType::ALL.len());
    for (name, def) in relations {
        let kind =
            RelationType::parse(name).unwrap_or_else(|| panic!("relation type {name} is missing"));
        assert_eq!(
            kind.is_symmetric(),
            def["symmetric"].as_bool().unwrap(),
            "{name} symmetry"
        );
        let pairs = allowed_pairs(def["direction"].as_str().unwrap());
        for &s in EntityType::ALL {
            for &t in EntityType::ALL {
                let spec_allows = pairs
                    .iter()
                    .any(|(ss, ts)| ss.contains(&s) && ts.contains(&t));
                assert_eq!(
                    kind.allows(s, t),
                    spec_allows,
                    "{name}: {} -> {}",
                    s.as_str(),
                    t.as_str()
                );
            }
        }
    }
}

#[test]
fn quotes_left_out_of_a_bundle_come_back_from_offsets() {
    let graph: Graph = serde_json::from_str(SAMPLE).unwrap();
    let mut compact = graph.clone();
    compact.omit_recoverable_quotes();
    let json = serde_json::to_string(&compact).unwrap();
    assert!(!json.contains("\"quote\""), "{json}");
    let mut back: Graph = serde_json::from_str(&json).unwrap();
    assert_ne!(
        validate(&back),
        vec![],
        "an empty quote is a problem until restored"
    );
    back.restore_quotes();
    assert_eq!(back, graph);
}

#[test]
fn a_role_is_read_as_written_or_in_both_languages() {
    let with_role = |role: &str| {
        let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
        value["relations"][0]["role"] = serde_json::from_str(role).unwrap();
        serde_json::from_value::<Graph>(value).map(|g| g.relations[0].role.clone())
    };
    let names = |en: Option<&str>, zh: Option<&str>| pmap_graph::Names {
        en: en.map(Into::into),
        zh: zh.map(Into::into),
    };
    // A string is in the language its script tells.
    assert_eq!(
        with_role("\"Director General\"").unwrap(),
        Some(names(Some("Director General"), None))
    );
    assert_eq!(
        with_role("\"总干事\"").unwrap(),
        Some(names(None, Some("总干事")))
    );
    assert_eq!(
        with_role("{\"en\": \"Mayor\", \"zh\": \"市长\"}").unwrap(),
        Some(names(Some("Mayor"), Some("市长")))
    );
    assert_eq!(with_role("null").unwrap(), None);
    let err = with_role("42").unwrap_err().to_string();
    assert!(err.contains("a string or an object"), "{err}");
}

/// Names from outside: hidden characters are written out, so two names never look alike; long
/// names are cut; a relation from an entity to itself is left out; each change is reported.
#[test]
fn tidying_reveals_hidden_characters_cuts_long_names_and_drops_self_relations() {
    use pmap_graph::tidy::{shown, tidy, MAX_NAME_CHARS};
    let mut graph: Graph = serde_json::from_str(
        r#"{"version":1,"documents":[],"entities":[
            {"id":"a","type":"organization","name":{"en":"UNI\u200bDO"},"aliases":["\u202eODINU"]},
            {"id":"b","type":"organization","name":{"en":"UNIDO","zh":"工发组织"}}],
          "relations":[
            {"source":"a","target":"a","type":"partnered_with","evidence":[]},
            {"source":"a","target":"b","type":"partnered_with","evidence":[],"role":"x\u0000y"}]}"#,
    )
    .unwrap();
    let problems = tidy(&mut graph);
    assert_eq!(graph.entities[0].name.en.as_deref(), Some("UNI⟨U+200B⟩DO"));
    assert_eq!(graph.entities[0].aliases[0], "⟨U+202E⟩ODINU");
    assert_eq!(graph.entities[1].name.en.as_deref(), Some("UNIDO"));
    assert_eq!(graph.relations.len(), 1, "the self-relation is left out");
    assert_eq!(
        graph.relations[0].role.as_ref().unwrap().en.as_deref(),
        Some("x⟨U+0000⟩y")
    );
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.entities[0].name.en",
            "$.entities[0].aliases[0]",
            "$.relations[1].role.en",
            "$.relations[0]"
        ]
    );
    let long = "名".repeat(1_000_000);
    let cut = shown(&long).unwrap();
    assert_eq!(cut.chars().count(), MAX_NAME_CHARS + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(shown("Shanghai 上海 (ITPO)"), None);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]
    /// Whatever a name holds, what is shown has no hidden character and a bounded length, and a
    /// name that needs no change is kept as it is.
    #[test]
    fn a_shown_name_never_hides_anything(name in "(\\PC|[\u{0}-\u{1f}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{feff}\u{e0001}])*") {
        use pmap_graph::tidy::{is_hidden, shown, MAX_NAME_CHARS};
        match shown(&name) {
            Some(s) => {
                proptest::prop_assert!(!s.chars().any(is_hidden));
                proptest::prop_assert!(s != name);
                proptest::prop_assert!(s.chars().count() <= 10 * MAX_NAME_CHARS + 1);
            }
            None => {
                proptest::prop_assert!(!name.chars().any(is_hidden));
                proptest::prop_assert!(name.chars().count() <= MAX_NAME_CHARS);
            }
        }
    }
}
