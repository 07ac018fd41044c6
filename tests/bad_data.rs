//! Bad data in real browsers: unreadable data shows a clear message inside the widget (never a
//! blank box or a panic); a relation to a missing entity is reported while the rest of the map
//! still works.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{click, settle, Mounted};
use wasm_bindgen::JsCast;
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
    let panel = open_centre(&map).await;
    map.by_role("heading", "launched by");
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

fn parse(json: &str) -> wasm_bindgen::JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// The one alert of a map that could not be shown, with no map drawn.
fn refused(map: &Mounted) -> String {
    let alerts = map.all_by_role("alert");
    assert_eq!(alerts.len(), 1);
    assert!(map.all_by_role("group").is_empty(), "no map is drawn");
    alerts[0].text_content().unwrap()
}

#[wasm_bindgen_test]
async fn data_beyond_the_stated_limits_is_refused_with_the_limit_named() {
    // Nested far deeper than the format ever needs (in a field the format does not know).
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let nested = SMALL.replacen(
        "\"version\": 1,",
        &format!("\"version\": 1, \"extra\": {deep},"),
        1,
    );
    let text = refused(&Mounted::with_json(&nested).await);
    assert!(text.contains("nests deeper than 64 levels"), "{text}");
    // More entities than a map can draw without stalling the page.
    let entities: Vec<String> = (0..10_001)
        .map(|i| format!(r#"{{"id":"e{i}","type":"organization","name":{{"en":"E{i}"}}}}"#))
        .collect();
    let many = format!(
        r#"{{"version":1,"documents":[],"entities":[{}],"relations":[]}}"#,
        entities.join(",")
    );
    let text = refused(&Mounted::with_json(&many).await);
    assert!(
        text.contains("it has 10001 entities; a map shows at most 10000"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn a_patched_object_prototype_cannot_add_fields_to_the_data() {
    // A host page (or one of its libraries) has put fields on every object.
    let proto = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    for (k, v) in [
        ("date", "1999"),
        ("role", "Emperor"),
        ("url", "https://evil.example/"),
    ] {
        js_sys::Reflect::set(&proto, &k.into(), &v.into()).unwrap();
    }
    let map = Mounted::with_value(parse(SMALL)).await;
    for k in ["date", "role", "url"] {
        js_sys::Reflect::delete_property(&proto, &k.into()).unwrap();
    }
    let panel = open_centre(&map).await;
    assert!(
        !panel.contains("1999") && !panel.contains("Emperor"),
        "{panel}"
    );
    assert!(map
        .shadow()
        .query_selector("a[href*='evil']")
        .unwrap()
        .is_none());
    assert!(map.all_by_role("alert").is_empty());
}

#[wasm_bindgen_test]
async fn ids_named_like_object_internals_are_ordinary_entities() {
    let data = SMALL
        .replace("\"unido\"", "\"__proto__\"")
        .replace("\"coe\"", "\"constructor\"")
        .replace("\"miit\"", "\"hasOwnProperty\"");
    let map = Mounted::with_value(parse(&data)).await;
    assert!(map.all_by_role("alert").is_empty());
    let panel = open_centre(&map).await;
    map.by_role("heading", "launched by");
    assert!(
        panel.contains("United Nations Industrial Development Organization"),
        "{panel}"
    );
    assert!(
        panel.contains("Ministry of Industry and Information Technology"),
        "{panel}"
    );
}

#[wasm_bindgen_test]
async fn a_name_cannot_pass_for_another_or_hide_what_it_holds() {
    // A look-alike with a zero-width space, one with a right-to-left override, a lone surrogate
    // (not even valid UTF-16), and a 1 MB name.
    let data = parse(SMALL);
    let entities = js_sys::Reflect::get(&data, &"entities".into()).unwrap();
    let entities: &js_sys::Array = entities.unchecked_ref();
    let add = |id: &str, name: &wasm_bindgen::JsValue| {
        let e = parse(&format!(
            r#"{{"id":"{id}","type":"organization","name":{{}}}}"#
        ));
        let names = js_sys::Reflect::get(&e, &"name".into()).unwrap();
        js_sys::Reflect::set(&names, &"en".into(), name).unwrap();
        entities.push(&e);
    };
    add(
        "twin",
        &"United Nations Industrial Development Organi\u{200b}zation".into(),
    );
    add("flipped", &"\u{202e}noitazinagrO".into());
    let lone: js_sys::JsString = js_sys::JsString::from_char_code(&[0x55, 0xD800, 0x4E]);
    add("broken", &lone.into());
    add("huge", &"W".repeat(1_000_000).into());
    let map = Mounted::with_value(data).await;
    assert!(map.all_by_role("alert").is_empty());
    map.by_role(
        "button",
        "United Nations Industrial Development Organi⟨U+200B⟩zation, organization",
    );
    map.by_role(
        "button",
        "United Nations Industrial Development Organization, organization",
    );
    map.by_role("button", "⟨U+202E⟩noitazinagrO, organization");
    map.by_role("button", "U\u{fffd}N, organization");
    let huge = format!("{}…, organization", "W".repeat(1_000));
    map.by_role("button", &huge);
    let notices = map.all_by_role("status")[0].text_content().unwrap();
    assert!(
        notices.contains("shown as ⟨U+…⟩") && notices.contains("longer than 1000 characters"),
        "{notices}"
    );
    // Search tells them apart too.
    let search = map.by_role("combobox", "Search entities");
    support::type_into(&search, "Organi");
    settle().await;
    let options: Vec<String> = map
        .all_by_role("option")
        .iter()
        .map(support::accessible_name)
        .collect();
    assert!(
        options.iter().any(|o| o.contains("Organi⟨U+200B⟩zation")),
        "{options:?}"
    );
}

#[wasm_bindgen_test]
async fn a_relation_to_itself_and_a_relation_with_thousands_of_quotes_are_handled() {
    let quotes: Vec<String> = (0..3_000)
        .map(|_| r#"{"doc": "a", "quote": "UNIDO supports the Centre."}"#.to_string())
        .collect();
    let data = SMALL
        .replace(
            r#"{"source": "unido", "target": "coe", "type": "supports", "evidence": [{"doc": "a", "quote": "UNIDO supports the Centre."}]}"#,
            &format!(r#"{{"source": "unido", "target": "coe", "type": "supports", "evidence": [{}]}}, {{"source": "coe", "target": "coe", "type": "partnered_with", "evidence": []}}"#, quotes.join(",")),
        );
    assert!(
        data.len() > SMALL.len() + 100_000,
        "the data has the quotes"
    );
    let map = Mounted::with_json(&data).await;
    let notices = map.all_by_role("status")[0].text_content().unwrap();
    assert!(
        notices.contains("relates \"coe\" to itself: not drawn"),
        "{notices}"
    );
    open_centre(&map).await;
    map.by_role("heading", "supported by");
}

#[wasm_bindgen_test]
async fn odd_json_keys_and_values_are_read_as_data_only() {
    // A duplicate key (the last one counts, as in JSON.parse), a `__proto__` key inside an entity
    // (an own field like any other, never its prototype), and a number where a name belongs.
    let data = SMALL
        .replace(
            r#"{"id": "muller", "type": "person","#,
            r#"{"id": "muller", "type": "organization", "type": "person", "__proto__": {"type": "place", "featured": true},"#,
        )
        .replace(r#""name": {"en": "Vienna", "zh": "维也纳"}"#, r#""name": {"en": 1234, "zh": "维也纳"}"#);
    assert_ne!(data, SMALL);
    let map = Mounted::with_json(&data).await;
    assert!(map.all_by_role("alert").is_empty());
    map.by_role("button", "Gerd Müller, person");
    let notice = map.all_by_role("status")[0].text_content().unwrap();
    assert!(notice.contains("entities[4] left out"), "{notice}");
}

/// Opens the Centre of Excellence (activating its mark) and returns the details panel's text.
async fn open_centre(map: &Mounted) -> String {
    click(&map.by_role("button", "AIM Global Centre of Excellence, organization"));
    settle().await;
    map.by_role("complementary", "Details")
        .text_content()
        .unwrap()
}
