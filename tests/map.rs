//! The map's components in real browsers (headless Chromium and Firefox): that each handler,
//! reached through the DOM, changes the state and the rendering as it should — the legend filters,
//! zoom, Back, the reader, search, filters and time, neighbourhoods and paths, language, keyboard
//! handlers, list view and announcements, links, export. Events here are dispatched by the test
//! (untrusted), so these tests prove the logic behind a control, not that a visitor can reach it:
//! that claim is made with trusted input in `tests/e2e/tests/input.rs`. Elements are found by
//! role and accessible name, as a person or a screen reader finds them.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{
    accessible_name, choose, click, focus, get_by_role, press, settle, slide, type_into, until,
    Mounted,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const COE: &str = "AIM Global Centre of Excellence, organization";
const UNIDO: &str = "United Nations Industrial Development Organization, organization";
const MULLER: &str = "Gerd Müller, person";

fn view_box(map: &Mounted) -> [f64; 4] {
    let svg = map.by_role("group", "Partnership map");
    let v: Vec<f64> = svg
        .get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    [v[0], v[1], v[2], v[3]]
}

/// Entity buttons on the map (or in the list).
fn entity_names(map: &Mounted) -> Vec<String> {
    map.all_by_role("button")
        .iter()
        .filter(|b| b.get_attribute("aria-pressed").is_some() && b.get_attribute("role").is_some())
        .map(accessible_name)
        .collect()
}

/// The `translate(x y)` part of an entity's transform (a `scale(…)` for its size follows).
fn translate(node: &Element) -> String {
    let t = node.get_attribute("transform").unwrap();
    t.split_once(')')
        .map_or(t.clone(), |(head, _)| format!("{head})"))
}

// 1. A readable map; the legend doubles as a filter.

#[wasm_bindgen_test]
async fn parallel_relations_are_one_line_with_a_count_and_lines_name_their_relations() {
    let map = Mounted::new(None).await;
    let shadow = map.shadow();
    // A line standing for several relations is drawn heavier (`multi`); its title names them.
    let counts = shadow.query_selector_all(".edge.multi").unwrap();
    assert!(
        counts.length() >= 3,
        "only {} merged lines",
        counts.length()
    );
    let titles: Vec<String> = (0..shadow.query_selector_all(".edge title").unwrap().length())
        .map(|i| {
            shadow
                .query_selector_all(".edge title")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert!(
        titles.iter().any(|t| t.contains("United Nations Industrial Development Organization launched AIM Global Centre of Excellence")),
        "{:?}",
        &titles[..5]
    );
}

#[wasm_bindgen_test]
async fn the_legend_filters_entity_types() {
    let map = Mounted::new(None).await;
    let person = map.by_role("button", "person");
    assert_eq!(
        person.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    click(&person);
    settle().await;
    assert_eq!(
        person.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(!entity_names(&map).contains(&MULLER.to_string()));
    assert!(entity_names(&map).contains(&UNIDO.to_string()));
    click(&map.by_role("button", "Show everything"));
    settle().await;
    map.by_role("button", MULLER);
}

// 2. Moving around.

#[wasm_bindgen_test]
async fn zoom_buttons_and_fit_change_what_the_map_shows() {
    let map = Mounted::new(None).await;
    let start = view_box(&map);
    click(&map.by_role("button", "Zoom in"));
    settle().await;
    let zoomed = view_box(&map);
    assert!(zoomed[2] < start[2] * 0.9, "{zoomed:?} vs {start:?}");
    click(&map.by_role("button", "Zoom out"));
    click(&map.by_role("button", "Zoom out"));
    settle().await;
    assert!(view_box(&map)[2] > zoomed[2]);
    click(&map.by_role("button", "Fit map"));
    settle().await;
    assert!(view_box(&map)[2] <= start[2] + 0.1);
}

#[wasm_bindgen_test]
async fn a_selection_shows_both_names_and_focus_fades_the_unrelated() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    let panel = map.by_role("complementary", "Details");
    assert!(panel
        .text_content()
        .unwrap()
        .contains("全球工业人工智能联盟卓越中心"));
    let muller = map.by_role("button", MULLER);
    // Focus lights up an entity's neighbours as hovering does (hover: tests/e2e, trusted input).
    focus(&muller);
    settle().await;
    let unido = map.by_role("button", UNIDO);
    assert!(muller.class_list().contains("focus"));
    assert!(unido.class_list().contains("neighbour"));
    let faded = map
        .shadow()
        .query_selector_all(".node.faded")
        .unwrap()
        .length();
    assert!(faded > 40, "{faded} faded entities");
}

#[wasm_bindgen_test]
async fn following_a_relation_centres_the_map_on_it() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "Zoom in"));
    click(&map.by_role("button", "Zoom in"));
    click(&map.by_role("button", COE));
    settle().await;
    click(&get_by_role(
        &map.section("launched by"),
        "button",
        "Ministry of Industry and Information Technology",
    ));
    settle().await;
    let miit = map.by_role(
        "button",
        "Ministry of Industry and Information Technology, organization",
    );
    assert_eq!(miit.get_attribute("aria-pressed").as_deref(), Some("true"));
    let [x, y, w, h] = view_box(&map);
    let t = translate(&miit);
    let xy: Vec<f64> = t
        .trim_start_matches("translate(")
        .trim_end_matches(')')
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(
        (x + w / 2.0 - xy[0]).abs() < 1.0 && (y + h / 2.0 - xy[1]).abs() < 1.0,
        "{xy:?} not centred in {:?}",
        [x, y, w, h]
    );
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_selection() {
    let map = Mounted::with_options(partnership_map::Options {
        url_state: true,
        namespace: Some("back".into()),
        ..Default::default()
    })
    .await;
    click(&map.by_role("button", COE));
    settle().await;
    click(&map.by_role("button", UNIDO));
    settle().await;
    let hash = gloo::utils::window().location().hash().unwrap();
    assert!(hash.contains("back:sel=unido"), "{hash}");
    gloo::utils::window().history().unwrap().back().unwrap();
    assert!(
        until(|| map
            .by_role("button", COE)
            .get_attribute("aria-pressed")
            .as_deref()
            == Some("true"))
        .await,
        "Back selects the centre again"
    );
    gloo::utils::window().history().unwrap().back().unwrap();
    assert!(
        until(|| map
            .all_by_role("heading")
            .iter()
            .all(|h| accessible_name(h) != "AIM Global Centre of Excellence"))
        .await
    );
}

// 4. Reading the source.

#[wasm_bindgen_test]
async fn a_quote_opens_its_article_with_the_sentence_marked_and_names_linked() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", MULLER));
    settle().await;
    let panel = map.by_role("complementary", "Details");
    let quote = panel
        .query_selector("blockquote")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    let read = support::all_by_role(&panel, "button")
        .into_iter()
        .find(|b| accessible_name(b).starts_with("Read in the article: "))
        .unwrap();
    click(&read);
    settle().await;
    let dialog = map.all_by_role("dialog").pop().expect("the reader opens");
    assert!(accessible_name(&dialog).starts_with("Article: "));
    let marks = dialog.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 1, "one marked sentence");
    assert_eq!(marks.item(0).unwrap().text_content().unwrap(), quote);
    let links = support::all_by_role(&dialog, "button");
    assert!(
        links.iter().any(|l| accessible_name(l) == "UNIDO"),
        "names are links"
    );
    let miit = links.iter().find(|l| accessible_name(l) == "MIIT").cloned();
    let link = miit.unwrap_or_else(|| {
        links
            .iter()
            .find(|l| accessible_name(l) == "UNIDO")
            .unwrap()
            .clone()
    });
    let target = accessible_name(&link);
    click(&link);
    settle().await;
    assert!(
        map.all_by_role("dialog").is_empty(),
        "following a name returns to the map"
    );
    let heading = if target == "MIIT" {
        "Ministry of Industry and Information Technology"
    } else {
        "United Nations Industrial Development Organization"
    };
    map.by_role("heading", heading);
}

#[wasm_bindgen_test]
async fn escape_closes_the_reader() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    let read = map
        .all_by_role("button")
        .into_iter()
        .find(|b| accessible_name(b).starts_with("Read in the article: "))
        .unwrap();
    click(&read);
    settle().await;
    let close = map.by_role("button", "Close the article");
    press(&close, "Escape");
    settle().await;
    assert!(map.all_by_role("dialog").is_empty());
    map.by_role("heading", "AIM Global Centre of Excellence");
}

// 5. Finding.

async fn suggestions(map: &Mounted, query: &str) -> Vec<String> {
    let search = map
        .all_by_role("combobox")
        .into_iter()
        .find(|c| c.tag_name().eq_ignore_ascii_case("input"))
        .expect("a search box");
    type_into(&search, query);
    settle().await;
    map.all_by_role("option")
        .iter()
        .map(accessible_name)
        .collect()
}

#[wasm_bindgen_test]
async fn search_finds_names_and_aliases_in_both_languages() {
    let map = Mounted::new(None).await;
    assert_eq!(
        suggestions(&map, "muller")
            .await
            .first()
            .map(String::as_str),
        Some("Gerd Müller")
    );
    assert!(suggestions(&map, "工发组织").await[0]
        .starts_with("United Nations Industrial Development Organization"));
    assert!(suggestions(&map, "MIIT").await[0]
        .starts_with("Ministry of Industry and Information Technology"));
    let search = map.by_role("combobox", "Search entities");
    assert_eq!(
        search.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    press(&search, "Enter");
    settle().await;
    map.by_role("heading", "Ministry of Industry and Information Technology");
    assert_eq!(
        search.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_through_the_suggestions() {
    let map = Mounted::new(None).await;
    let first = suggestions(&map, "unido").await;
    assert!(first.len() >= 2, "{first:?}");
    let search = map.by_role("combobox", "Search entities");
    press(&search, "ArrowDown");
    settle().await;
    let active = search.get_attribute("aria-activedescendant").unwrap();
    let option = map.shadow().get_element_by_id(&active).unwrap();
    assert_eq!(accessible_name(&option), first[1]);
    assert_eq!(
        option.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
}

// 6. Narrowing.

#[wasm_bindgen_test]
async fn relation_types_and_articles_filter_the_lines() {
    let map = Mounted::new(None).await;
    let lines = || map.shadow().query_selector_all(".edge").unwrap().length();
    let all = lines();
    click(&map.by_role("checkbox", "holds a role at"));
    settle().await;
    assert!(lines() < all);
    click(&map.by_role("checkbox", "holds a role at"));
    settle().await;
    assert_eq!(lines(), all);
    // Unticking an article hides what only it states, and nothing else.
    let article = "UNIDO and CINGAI Forge Partnership for Ethical AI in Industry and Manufacturing (2024-02-29)";
    click(&map.by_role("checkbox", article));
    settle().await;
    let without = lines();
    assert!(without > all / 2 && without < all, "{without} of {all}");
    let ticked: Vec<bool> = map
        .all_by_role("checkbox")
        .iter()
        .map(|c| c.unchecked_ref::<web_sys::HtmlInputElement>().checked())
        .collect();
    assert_eq!(ticked.iter().filter(|t| !**t).count(), 1, "{ticked:?}");
}

#[wasm_bindgen_test]
async fn the_time_slider_shows_the_network_as_of_a_date_and_plays() {
    let map = Mounted::new(None).await;
    let count = || entity_names(&map).len();
    let all = count();
    let slider = map.by_role("slider", "Network as of");
    slide(&slider, "0");
    settle().await;
    let earliest = count();
    assert!(earliest < all, "{earliest} of {all}");
    assert_ne!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("all dates")
    );
    let play = map.by_role("button", "Play the timeline");
    click(&play);
    settle().await;
    map.by_role("button", "Pause the timeline");
    click(&map.by_role("button", "Pause the timeline"));
    settle().await;
    map.by_role("button", "Play the timeline");
}

// 7. Focus and connect.

#[wasm_bindgen_test]
async fn one_step_shows_only_the_neighbourhood() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", MULLER));
    settle().await;
    let all = entity_names(&map).len();
    choose(&map.by_role("combobox", "Show"), "1");
    settle().await;
    let near = entity_names(&map);
    assert!(
        near.len() < all / 2 && near.len() > 2,
        "{} of {all}",
        near.len()
    );
    assert!(near.contains(&UNIDO.to_string()));
    choose(&map.by_role("combobox", "Show"), "0");
    settle().await;
    assert_eq!(entity_names(&map).len(), all);
}

#[wasm_bindgen_test]
async fn how_two_entities_connect_is_drawn_with_the_quotes_of_each_step() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "Chinese Institute for New Generation Artificial Intelligence Development Strategies, organization"));
    settle().await;
    choose(
        &map.by_role("combobox", "How is it connected to…"),
        "brics-ai-network",
    );
    settle().await;
    let region = map.by_role("region", "Connection");
    let steps = region.query_selector_all("ol.path > li").unwrap();
    assert!(steps.length() >= 2, "{}", region.text_content().unwrap());
    assert!(region.query_selector_all("blockquote").unwrap().length() >= steps.length());
    assert!(map
        .by_role("button", "BRICS+ AI Alliance Network, organization")
        .class_list()
        .contains("on-path"));
    click(&map.by_role("button", "Clear connection"));
    settle().await;
    assert!(map
        .by_role("region", "Connection")
        .query_selector("ol")
        .unwrap()
        .is_none());
}

// 8. Language.

#[wasm_bindgen_test]
async fn the_whole_interface_switches_to_chinese() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "Language: 中文"));
    settle().await;
    map.by_role("combobox", "搜索实体");
    map.by_role("button", "放大");
    map.by_role("slider", "截至日期");
    map.by_role("button", "人物");
    assert!(suggestions(&map, "muller").await[0].starts_with("格尔德·穆勒"));
}

// 9. Keyboard and screen readers.

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_to_a_related_entity() {
    let map = Mounted::new(None).await;
    let unido = map.by_role("button", UNIDO);
    focus(&unido);
    let mut seen = vec![];
    for key in ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"] {
        focus(&unido);
        press(&unido, key);
        settle().await;
        if let Some(active) = map.shadow().active_element() {
            seen.push(accessible_name(&active));
        }
    }
    seen.retain(|n| n != UNIDO);
    assert!(!seen.is_empty(), "arrows moved nowhere");
    assert!(seen.iter().all(|n| n.contains(", ")), "{seen:?}");
}

#[wasm_bindgen_test]
async fn the_list_view_follows_filters_and_selection() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "List view"));
    settle().await;
    let list = map.by_role("region", "Entities and relations");
    assert!(map
        .all_by_role("group")
        .iter()
        .all(|g| accessible_name(g) != "Partnership map"));
    let coe = get_by_role(&list, "button", COE);
    click(&coe);
    settle().await;
    assert_eq!(
        map.by_role("button", COE)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(list
        .text_content()
        .unwrap()
        .contains("launched by Ministry of Industry and Information Technology"));
    click(&map.by_role("button", "person"));
    settle().await;
    assert!(!list.text_content().unwrap().contains("Gerd Müller, person"));
    let live = map.shadow().query_selector("[aria-live]").unwrap().unwrap();
    assert_eq!(
        live.text_content().unwrap(),
        "Selected: AIM Global Centre of Excellence"
    );
}

#[wasm_bindgen_test]
async fn every_control_has_an_accessible_name() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    for role in ["button", "combobox", "checkbox", "slider"] {
        for el in map.all_by_role(role) {
            assert!(
                !accessible_name(&el).trim().is_empty(),
                "a {role} without a name: {}",
                el.outer_html()
            );
        }
    }
}

// 10. Sharing.

#[wasm_bindgen_test]
async fn a_link_opens_the_same_view_and_an_unknown_id_is_a_notice() {
    let window = gloo::utils::window();
    window
        .location()
        .set_hash("share:sel=miit&lang=zh&hide=person")
        .unwrap();
    let map = Mounted::with_options(partnership_map::Options {
        url_state: true,
        namespace: Some("share".into()),
        ..Default::default()
    })
    .await;
    map.by_role("heading", "工业和信息化部");
    assert_eq!(
        map.by_role("button", "人物")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    drop(map);
    window.location().set_hash("share:sel=nobody-here").unwrap();
    let map = Mounted::with_options(partnership_map::Options {
        url_state: true,
        namespace: Some("share".into()),
        ..Default::default()
    })
    .await;
    let notice = map
        .all_by_role("status")
        .pop()
        .expect("a notice")
        .text_content()
        .unwrap();
    assert!(notice.contains("nobody-here"), "{notice}");
    map.by_role("group", "Partnership map");
    window.location().set_hash("").unwrap();
}

// 11. Taking it away.

/// Records what the page saves: each Blob given to URL.createObjectURL, and each download link
/// clicked (name and address), instead of saving them.
fn capture_downloads() {
    let f = js_sys::Function::new_no_args(
        "window.__saved = []; window.__blobs = [];
         const create = URL.createObjectURL;
         URL.createObjectURL = (b) => { window.__blobs.push(b); return create(b); };
         HTMLAnchorElement.prototype.click = function () { window.__saved.push([this.download, this.href]); };",
    );
    f.call0(&JsValue::NULL).unwrap();
}

async fn last_blob_text() -> String {
    let blobs = js_sys::Reflect::get(&gloo::utils::window(), &"__blobs".into()).unwrap();
    let blobs: js_sys::Array = blobs.dyn_into().unwrap();
    let blob: web_sys::Blob = blobs.get(blobs.length() - 1).dyn_into().unwrap();
    wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .unwrap()
        .as_string()
        .unwrap()
}

fn saved_names() -> Vec<String> {
    let saved = js_sys::Reflect::get(&gloo::utils::window(), &"__saved".into()).unwrap();
    let saved: js_sys::Array = saved.dyn_into().unwrap();
    saved
        .iter()
        .map(|pair| js_sys::Array::from(&pair).get(0).as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn exports_save_the_shown_view_with_its_sources() {
    capture_downloads();
    let map = Mounted::new(None).await;
    click(&map.by_role("button", "person"));
    settle().await;
    let menu = map
        .shadow()
        .query_selector("details.export")
        .unwrap()
        .unwrap();
    menu.set_attribute("open", "").unwrap();
    click(&map.by_role("button", "CSV"));
    settle().await;
    assert!(
        !menu.has_attribute("open"),
        "the menu closes once a format is chosen"
    );
    let csv = last_blob_text().await;
    assert!(csv.contains("source,source_name,type"));
    assert!(
        !csv.contains(",gerd-muller,"),
        "hidden entities are not exported"
    );
    assert!(csv.contains("launched"));
    click(&map.by_role("button", "GEXF"));
    assert!(last_blob_text().await.contains("<gexf"));
    click(&map.by_role("button", "JSON"));
    let json = js_sys::JSON::parse(&last_blob_text().await).expect("valid JSON");
    let relations = js_sys::Reflect::get(&json, &"relations".into()).unwrap();
    assert!(js_sys::Array::from(&relations).length() > 20);
    click(&map.by_role("button", "SVG"));
    let svg = last_blob_text().await;
    assert!(svg.starts_with("<svg") && svg.contains("Sources") && svg.contains("[1] "));
    click(&map.by_role("button", "PNG"));
    assert!(
        until(|| saved_names().contains(&"partnership-map.png".to_string())).await,
        "{:?}",
        saved_names()
    );
    for name in ["csv", "gexf", "json", "svg"] {
        assert!(saved_names().contains(&format!("partnership-map.{name}")));
    }
}

#[wasm_bindgen_test]
async fn zoomed_out_labels_give_way_and_come_back_when_zoomed_in() {
    let map = Mounted::new(None).await;
    let host: &web_sys::HtmlElement = map.host.unchecked_ref();
    host.style().set_property("width", "520px").unwrap();
    click(&map.by_role("button", "Gerd Müller, person"));
    let shadow = map.shadow();
    let labels = || {
        shadow
            .query_selector_all(".node-label .label")
            .unwrap()
            .length()
    };
    let entities = shadow.query_selector_all(".node").unwrap().length();
    assert!(
        until(|| labels() < entities).await,
        "a small map shows fewer labels ({} of {entities})",
        labels()
    );
    let fitted = labels();
    let muller = map.by_role("button", "Gerd Müller, person");
    let id = muller.get_attribute("data-entity").unwrap();
    let has_label = || {
        shadow
            .query_selector_all(".node-label")
            .unwrap()
            .values()
            .into_iter()
            .flatten()
            .any(|l| {
                l.unchecked_ref::<Element>()
                    .get_attribute("data-entity")
                    .as_deref()
                    == Some(id.as_str())
            })
    };
    // (Once the selection is drawn: at rest, before the click, he may have had no label.)
    assert!(until(has_label).await, "the selection keeps its label");
    for _ in 0..6 {
        click(&map.by_role("button", "Zoom in"));
    }
    assert!(
        until(|| labels() > fitted).await,
        "zoomed in, more labels: {} vs {fitted}",
        labels()
    );
}

#[wasm_bindgen_test]
async fn the_reader_takes_focus_and_gives_it_back_when_closed() {
    let map = Mounted::new(None).await;
    click(&map.by_role("button", COE));
    settle().await;
    let read = map
        .all_by_role("button")
        .into_iter()
        .find(|b| accessible_name(b).starts_with("Read in the article: "))
        .unwrap();
    focus(&read);
    click(&read);
    settle().await;
    let shadow = map.shadow();
    let active = || shadow.active_element().map(|e| accessible_name(&e));
    assert_eq!(
        active().as_deref(),
        Some("Close the article"),
        "focus moves into the reader"
    );
    press(&map.by_role("button", "Close the article"), "Escape");
    settle().await;
    assert!(map.all_by_role("dialog").is_empty());
    assert!(
        active().is_some_and(|n| n.starts_with("Read in the article: ")),
        "focus returns to the quote"
    );
    assert!(shadow.active_element().unwrap().is_same_node(Some(&read)));
}
