//! Bad data in real browsers: unreadable data shows a clear message inside the widget (never a
//! blank box or a panic); a relation to a missing entity is reported while the rest of the map
//! still works.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{click, settle, Mounted};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = include_str!("data/view/small.json");

#[wasm_bindgen_test]
async fn malformed_json_shows_a_message_instead_of_a_map() {
    let map = Mounted::with_json("{\"version\": 1, \"documents\": [").await;
    let alerts = map.all_by_role("alert");
    assert_eq!(alerts.len(), 1);
    let text = alerts[0].text_content().unwrap();
    assert!(text.starts_with("The map data could not be read"), "{text}");
    assert!(map.all_by_role("group").is_empty(), "no map is drawn");
}

#[wasm_bindgen_test]
async fn an_entity_of_unknown_type_is_left_out_by_name_and_the_rest_is_shown() {
    let map =
        Mounted::with_json(&SMALL.replace("\"type\": \"place\"", "\"type\": \"planet\"")).await;
    assert!(
        map.all_by_role("alert").is_empty(),
        "the rest of the data is usable"
    );
    let notice = map.all_by_role("status")[0].text_content().unwrap();
    assert!(
        notice.contains("entities[4] left out") && notice.contains("planet"),
        "{notice}"
    );
    support::get_by_role(&map.shadow(), "button", "Gerd Müller, person");
    assert!(map
        .all_by_role("button")
        .iter()
        .all(|b| !support::accessible_name(b).starts_with("Vienna")));
}

#[wasm_bindgen_test]
async fn data_that_is_no_graph_of_this_format_is_refused_whole() {
    for bad in [
        SMALL.replace("\"relations\"", "\"relationships\""),
        SMALL.replace("\"version\": 1,", ""),
        "[1, 2, 3]".to_string(),
    ] {
        let map = Mounted::with_json(&bad).await;
        let alerts = map.all_by_role("alert");
        assert_eq!(alerts.len(), 1, "{bad:.40}");
        assert!(map.all_by_role("group").is_empty(), "no map is drawn");
    }
}

#[wasm_bindgen_test]
async fn a_relation_to_a_missing_entity_is_reported_and_the_rest_works() {
    let broken = SMALL.replace("\"source\": \"miit\"", "\"source\": \"ghost\"");
    let map = Mounted::with_json(&broken).await;
    let status = map.all_by_role("status");
    assert_eq!(status.len(), 1, "one notice list");
    let notice = status[0].text_content().unwrap();
    assert!(
        notice.contains("$.relations[1].source: no entity has id \"ghost\""),
        "{notice}"
    );
    click(&map.by_role("button", "AIM Global Centre of Excellence, organization"));
    settle().await;
    map.by_role("heading", "launched by");
    let panel = map
        .by_role("complementary", "Details")
        .text_content()
        .unwrap();
    assert!(
        panel.contains("UNIDO and MIIT launched the Centre."),
        "{panel}"
    );
}

#[wasm_bindgen_test]
async fn text_from_data_is_rendered_as_text() {
    let hostile = SMALL.replace("\"Gerd Müller\"", "\"<img src=x onerror=alert(1)>Gerd\"");
    let map = Mounted::with_json(&hostile).await;
    assert_eq!(map.shadow().query_selector_all("img").unwrap().length(), 0);
    map.by_role("button", "<img src=x onerror=alert(1)>Gerd, person");
}
