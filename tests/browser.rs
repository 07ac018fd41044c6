//! The widget in real browsers (headless Chromium and Firefox via wasm-pack test): it mounts in a
//! shadow root, shows every entity as a named button, and clicking or pressing Enter on one opens
//! its details with the quoted sentences behind each relation.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{accessible_name, click, focus, press, settle, Mounted};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLES: &[&str] = &[
    include_str!("../data/corpus/000_715f151cd4f86673.txt"),
    include_str!("../data/corpus/001_48d6c160825b93f3.txt"),
    include_str!("../data/corpus/002_3349b75146b27dc2.txt"),
    include_str!("../data/corpus/003_3ab731f8980c3215.txt"),
    include_str!("../data/corpus/004_5776d57ae724ae29.txt"),
];

const COE: &str = "AIM Global Centre of Excellence, organization";

#[wasm_bindgen_test]
async fn renders_in_a_shadow_root_with_its_own_stylesheet_and_no_inline_styles() {
    let map = Mounted::new(None).await;
    let shadow = map.shadow();
    let sheets = js_sys::Reflect::get(&shadow, &"adoptedStyleSheets".into()).unwrap();
    // The widget's sheet (shared by every map of the page) and the map's own (its height).
    assert_eq!(sheets.dyn_into::<js_sys::Array>().unwrap().length(), 2);
    assert_eq!(
        shadow.query_selector_all("[style]").unwrap().length(),
        0,
        "no inline style attributes"
    );
    assert_eq!(shadow.query_selector_all("script").unwrap().length(), 0);
}

#[wasm_bindgen_test]
async fn every_entity_is_a_focusable_button_named_by_name_and_type_and_the_map_one_tab_stop() {
    let map = Mounted::new(None).await;
    let group = map.by_role("group", "Partnership map");
    let nodes: Vec<_> = map
        .all_by_role("button")
        .into_iter()
        .filter(|b| group.contains(Some(b)))
        .collect();
    assert!(
        nodes.len() >= 60,
        "only {} entities on the map",
        nodes.len()
    );
    // Every entity can take focus (tabindex 0 or -1), and exactly one is the map's Tab stop
    // (roving tabindex; the arrow keys move between them).
    let stops: Vec<Option<String>> = nodes.iter().map(|n| n.get_attribute("tabindex")).collect();
    for (node, stop) in nodes.iter().zip(&stops) {
        assert!(
            matches!(stop.as_deref(), Some("0") | Some("-1")),
            "{}: {stop:?}",
            accessible_name(node)
        );
    }
    assert_eq!(
        stops.iter().filter(|s| s.as_deref() == Some("0")).count(),
        1
    );
    map.by_role(
        "button",
        "United Nations Industrial Development Organization, organization",
    );
    map.by_role("button", "Gerd Müller, person");
    map.by_role(
        "button",
        "World Artificial Intelligence Conference 2024, event",
    );
}

#[wasm_bindgen_test]
async fn clicking_an_entity_opens_its_relations_with_verbatim_quotes() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    let panel = map.by_role("complementary", "Details");
    let heading = support::get_by_role(&map.shadow(), "heading", "AIM Global Centre of Excellence");
    assert!(panel.contains(Some(&heading)));
    map.by_role("heading", "launched by");
    let quotes = panel.query_selector_all("blockquote").unwrap();
    assert!(quotes.length() >= 5, "{} quotes", quotes.length());
    for i in 0..quotes.length() {
        let quote = quotes.item(i).unwrap().text_content().unwrap();
        assert!(
            ARTICLES.iter().any(|a| a.contains(&quote)),
            "not verbatim: {quote}"
        );
    }
    assert!(panel
        .text_content()
        .unwrap()
        .contains("Source: UNIDO, Shanghai Municipality and MIIT launch"));
    assert_eq!(
        map.by_role("button", COE)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn enter_on_a_focused_entity_selects_it_and_escape_clears() {
    let map = Mounted::new(None).await;
    let node = map.by_role("button", "Gerd Müller, person");
    focus(&node);
    press(&node, "Enter");
    settle().await;
    map.by_role("heading", "Gerd Müller");
    map.by_role("heading", "holds a role at");
    press(&node, "Escape");
    settle().await;
    let panel = map.by_role("complementary", "Details");
    assert!(panel
        .text_content()
        .unwrap()
        .starts_with("Select an entity"));
}

#[wasm_bindgen_test]
async fn a_related_entity_in_the_panel_moves_the_selection_there() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    let launched_by = map.section("launched by");
    click(&support::get_by_role(
        &launched_by,
        "button",
        "Ministry of Industry and Information Technology",
    ));
    settle().await;
    map.by_role("heading", "Ministry of Industry and Information Technology");
    assert_eq!(
        map.by_role(
            "button",
            "Ministry of Industry and Information Technology, organization"
        )
        .get_attribute("aria-pressed")
        .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_shows_chinese_names_and_interface() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "Language: 中文"));
    settle().await;
    map.by_role("group", "合作关系图");
    let unido = map.by_role("button", "联合国工业发展组织, 机构");
    click(&unido);
    settle().await;
    map.by_role("complementary", "详情");
    map.by_role("heading", "联合国工业发展组织");
    map.by_role(
        "button",
        "Language: English".replace("Language", "语言").as_str(),
    );
}

#[wasm_bindgen_test]
async fn a_chinese_host_page_starts_in_chinese() {
    let map = Mounted::new(Some("zh-CN")).await;
    map.by_role("group", "合作关系图");
    map.by_role("button", "全球工业人工智能联盟卓越中心, 机构");
}
