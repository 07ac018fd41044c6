//! The `<partnership-map>` element and the JavaScript `mount` API in real browsers: attributes
//! read at start and followed when they change, methods, events for the host, data from `data`
//! or `src`, and every bad setting or bad data shown as a message while the page is unaffected.

#![cfg(target_arch = "wasm32")]

mod support;

use support::{accessible_name, all_by_role, click, get_by_role, settle, sleep, until};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = include_str!("data/view/small.json");
const COE: &str = "AIM Global Centre of Excellence, organization";

/// A `<partnership-map>` element with these attributes, added to the page.
async fn element(attributes: &[(&str, &str)]) -> Element {
    partnership_map::define();
    let document = gloo::utils::document();
    let el = document.create_element("partnership-map").unwrap();
    for (k, v) in attributes {
        el.set_attribute(k, v).unwrap();
    }
    document.body().unwrap().append_child(&el).unwrap();
    settle().await;
    el
}

fn shadow(el: &Element) -> web_sys::ShadowRoot {
    el.shadow_root().expect("a shadow root")
}

/// Waits (up to about two seconds) until the map shows an element with this role and name.
async fn until_shown(el: &Element, role: &str, name: &str) -> bool {
    until(|| {
        all_by_role(&shadow(el), role)
            .iter()
            .any(|x| accessible_name(x) == name)
    })
    .await
}

fn by_role(el: &Element, role: &str, name: &str) -> Element {
    get_by_role(&shadow(el), role, name)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> JsValue {
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args).unwrap()
}

/// Records the events of `kind` that reach the document.
fn record(kind: &str) -> js_sys::Array {
    let seen = js_sys::Array::new();
    let sink = seen.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |e: web_sys::CustomEvent| {
            sink.push(&e.detail());
        },
    );
    gloo::utils::document()
        .add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

fn field(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap()
}

#[wasm_bindgen_test]
async fn the_element_renders_the_bundled_map_and_follows_its_attributes() {
    let el = element(&[("lang", "zh"), ("theme", "dark")]).await;
    by_role(&el, "group", "合作关系图");
    let frame = shadow(&el).query_selector(".pmap-frame").unwrap().unwrap();
    assert!(frame.class_list().contains("theme-dark"));
    el.set_attribute("lang", "en").unwrap();
    el.set_attribute("theme", "light").unwrap();
    el.set_attribute("filters", "organization,launched")
        .unwrap();
    settle().await;
    // The language changes within a moment (a busy machine may need more than a few ticks).
    let english = until_shown(&el, "group", "Partnership map").await;
    assert!(english, "the map speaks English after lang=\"en\"");
    by_role(&el, "group", "Partnership map");
    assert!(frame.class_list().contains("theme-light"));
    assert_eq!(
        by_role(&el, "button", "person")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    el.set_attribute("focus", "miit").unwrap();
    settle().await;
    by_role(
        &el,
        "heading",
        "Ministry of Industry and Information Technology",
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn selecting_reports_to_the_host_and_methods_select_and_clear() {
    let entities = record("entityselect");
    let relations = record("relationselect");
    let el = element(&[]).await;
    click(&by_role(&el, "button", COE));
    settle().await;
    let last = entities.get(entities.length() - 1);
    assert_eq!(field(&last, "id"), "aim-global-coe");
    assert_eq!(field(&last, "type"), "organization");
    assert_eq!(
        field(&field(&last, "names"), "zh"),
        "全球工业人工智能联盟卓越中心"
    );
    // A relation looked into (its quote opened; a click on its line reports the same, tested
    // with trusted input in tests/e2e): the relation with the evidence.
    let read = all_by_role(&shadow(&el), "button")
        .into_iter()
        .find(|b| accessible_name(b).starts_with("Read in the article: "))
        .expect("a quote with its reader button");
    click(&read);
    settle().await;
    let r = relations.get(relations.length() - 1);
    assert!(field(&r, "source").is_string() && field(&r, "type").is_string());
    let evidence: js_sys::Array = field(&r, "evidence").dyn_into().unwrap();
    assert!(field(&evidence.get(0), "quote").as_string().unwrap().len() > 10);
    assert_eq!(call(&el, "select", &["cingai".into()]), JsValue::TRUE);
    settle().await;
    by_role(
        &el,
        "heading",
        "Chinese Institute for New Generation Artificial Intelligence Development Strategies",
    );
    assert_eq!(call(&el, "select", &["nobody".into()]), JsValue::FALSE);
    call(&el, "clearSelection", &[]);
    settle().await;
    assert!(all_by_role(&shadow(&el), "heading").is_empty());
    el.remove();
}

#[wasm_bindgen_test]
async fn data_given_by_the_host_replaces_the_bundle() {
    let el = element(&[]).await;
    let data = js_sys::JSON::parse(SMALL).unwrap();
    js_sys::Reflect::set(&el, &"data".into(), &data).unwrap();
    settle().await;
    by_role(&el, "button", "Gerd Müller, person");
    assert!(
        all_by_role(&shadow(&el), "button").len() < 40,
        "the small graph, not the bundle"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn src_loads_a_graph_and_an_unreachable_src_says_so() {
    let blob_url = {
        let parts = js_sys::Array::of1(&SMALL.into());
        let blob = web_sys::Blob::new_with_str_sequence(&parts).unwrap();
        web_sys::Url::create_object_url_with_blob(&blob).unwrap()
    };
    let el = element(&[("src", &blob_url)]).await;
    assert!(
        until(|| all_by_role(&shadow(&el), "button")
            .iter()
            .any(|b| accessible_name(b) == "Gerd Müller, person"))
        .await
    );
    el.set_attribute("src", "/no/such/graph.json").unwrap();
    assert!(
        until(|| !all_by_role(&shadow(&el), "alert").is_empty()).await,
        "a message"
    );
    let alert = accessible_name(&all_by_role(&shadow(&el), "alert")[0]);
    assert!(
        alert.starts_with("The map data could not be read"),
        "{alert}"
    );
    assert!(
        alert.contains("/no/such/graph.json") && alert.contains("404"),
        "{alert}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn bad_settings_are_shown_and_the_rest_works() {
    let el = element(&[
        ("theme", "purple"),
        ("height", "480px; color: red"),
        ("filters", "planet"),
        ("focus", "ghost"),
        ("lang", "fr"),
    ])
    .await;
    let status = all_by_role(&shadow(&el), "status");
    let text = status
        .iter()
        .map(accessible_name)
        .collect::<Vec<_>>()
        .join(" | ");
    for expected in [
        "theme: \"purple\"",
        "height: \"480px; color: red\"",
        "filters: \"planet\"",
        "focus: \"ghost\"",
        "lang: \"fr\"",
    ] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
    by_role(&el, "button", COE);
    // Corrected, the problem goes.
    el.set_attribute("theme", "dark").unwrap();
    settle().await;
    let text = all_by_role(&shadow(&el), "status")
        .iter()
        .map(accessible_name)
        .collect::<String>();
    assert!(!text.contains("purple"), "{text}");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_height_sizes_the_map_and_removal_frees_it() {
    let el = element(&[("height", "300px")]).await;
    let h = el.get_bounding_client_rect().height();
    assert!((h - 300.0).abs() < 1.0, "{h}");
    el.set_attribute("height", "420px").unwrap();
    settle().await;
    assert!((el.get_bounding_client_rect().height() - 420.0).abs() < 1.0);
    let shadow = shadow(&el);
    el.remove();
    settle().await;
    assert_eq!(
        shadow.child_element_count(),
        0,
        "the map is gone with its element"
    );
}

#[wasm_bindgen_test]
async fn mount_takes_a_plain_options_object_and_names_a_bad_field() {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let options =
        js_sys::JSON::parse(r#"{"lang": "zh", "focus": "miit", "theme": "dark"}"#).unwrap();
    let handle = partnership_map::mount_js(host.clone(), options).expect("mounts");
    settle().await;
    get_by_role(&host.shadow_root().unwrap(), "heading", "工业和信息化部");
    handle.destroy();
    let bad = js_sys::JSON::parse(r#"{"lang": "zh", "colour": "red"}"#).unwrap();
    let error = partnership_map::mount_js(host.clone(), bad)
        .err()
        .expect("an error");
    let message = field(&error, "message").as_string().unwrap();
    assert!(message.contains("colour"), "{message}");
    let wrong_type = js_sys::JSON::parse(r#"{"urlState": "yes"}"#).unwrap();
    let error = partnership_map::mount_js(host.clone(), wrong_type)
        .err()
        .expect("an error");
    assert!(field(&error, "message")
        .as_string()
        .unwrap()
        .contains("bool"));
    host.remove();
}

#[wasm_bindgen_test]
async fn two_maps_on_one_page_are_independent() {
    let a = element(&[]).await;
    let b = element(&[("lang", "zh")]).await;
    click(&by_role(&a, "button", COE));
    settle().await;
    by_role(&a, "heading", "AIM Global Centre of Excellence");
    assert!(
        all_by_role(&shadow(&b), "heading").is_empty(),
        "b keeps no selection"
    );
    click(&by_role(&b, "button", "人物"));
    settle().await;
    assert_eq!(
        by_role(&a, "button", "person")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn a_narrow_host_puts_the_details_below_the_map() {
    let el = element(&[("focus", "unido")]).await;
    let host: &web_sys::HtmlElement = el.unchecked_ref();
    // Widths set through the CSSOM (the test page has no CSP).
    host.style().set_property("width", "900px").unwrap();
    settle().await;
    let map = by_role(&el, "group", "Partnership map").get_bounding_client_rect();
    let panel = by_role(&el, "complementary", "Details").get_bounding_client_rect();
    assert!(panel.left() >= map.right() - 1.0, "side by side when wide");
    host.style().set_property("width", "340px").unwrap();
    settle().await;
    // As a visitor looking at the map would: the map's top at the window's top.
    by_role(&el, "group", "Partnership map").scroll_into_view();
    settle().await;
    let map = by_role(&el, "group", "Partnership map").get_bounding_client_rect();
    let panel = by_role(&el, "complementary", "Details").get_bounding_client_rect();
    // Narrow: the details go under the map, or, where the map runs past the bottom of the
    // window, come up over it as a sheet pinned to the window's bottom edge.
    let window_bottom = gloo::utils::window()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    let below = panel.top() >= map.bottom() - 1.0;
    let sheet = (panel.bottom() - window_bottom).abs() < 2.0 && panel.top() > map.top();
    assert!(
        panel.left() < map.left() + 1.0 && (below || sheet),
        "stacked when narrow: panel {}..{}, map {}..{}, window {window_bottom}",
        panel.top(),
        panel.bottom(),
        map.top(),
        map.bottom()
    );
    assert!(map.width() <= 340.0);
    el.remove();
}

#[wasm_bindgen_test]
async fn only_web_addresses_from_data_become_links_and_nothing_is_stored() {
    let el = element(&[]).await;
    let data = SMALL
        .replace(
            "\"id\": \"a\", \"title\"",
            "\"id\": \"a\", \"url\": \"javascript:alert(1)\", \"title\"",
        )
        .replace(
            "\"id\": \"b\", \"title\"",
            "\"id\": \"b\", \"url\": \"https://www.unido.org/news\", \"title\"",
        );
    js_sys::Reflect::set(&el, &"data".into(), &js_sys::JSON::parse(&data).unwrap()).unwrap();
    settle().await;
    click(&by_role(
        &el,
        "button",
        "United Nations Industrial Development Organization, organization",
    ));
    settle().await;
    let reads: Vec<Element> = all_by_role(&shadow(&el), "button")
        .into_iter()
        .filter(|b| accessible_name(b).starts_with("Read in the article: "))
        .collect();
    let mut hrefs = vec![];
    for read in reads {
        click(&read);
        settle().await;
        for link in all_by_role(&shadow(&el), "link") {
            hrefs.push(link.get_attribute("href").unwrap());
        }
        click(&by_role(&el, "button", "Close the article"));
        settle().await;
    }
    assert!(
        hrefs.contains(&"https://www.unido.org/news".to_string()),
        "{hrefs:?}"
    );
    assert!(hrefs.iter().all(|h| h.starts_with("https://")), "{hrefs:?}");
    assert_eq!(
        gloo::utils::document()
            .unchecked_ref::<web_sys::HtmlDocument>()
            .cookie()
            .unwrap(),
        ""
    );
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    assert_eq!(storage.length().unwrap(), 0);
    el.remove();
}

#[wasm_bindgen_test]
async fn opening_a_quote_reports_its_relation_and_keeps_the_selection() {
    let relations = record("relationselect");
    let el = element(&[("focus", "gerd-muller")]).await;
    let panel = by_role(&el, "complementary", "Details");
    let quote = panel
        .query_selector("blockquote")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    let read = all_by_role(&panel, "button")
        .into_iter()
        .find(|b| accessible_name(b).starts_with("Read in the article: "))
        .unwrap();
    // A button: Enter activates it as a click.
    read.unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    read.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    let r = relations.get(relations.length() - 1);
    let evidence: js_sys::Array = field(&r, "evidence").dyn_into().unwrap();
    let quotes: Vec<String> = evidence
        .iter()
        .map(|e| field(&e, "quote").as_string().unwrap())
        .collect();
    assert!(quotes.contains(&quote), "{quotes:?} lacks {quote}");
    assert!(field(&r, "source") == "gerd-muller" || field(&r, "target") == "gerd-muller");
    by_role(&el, "heading", "Gerd Müller");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_new_language_keeps_the_visitors_selection_and_filters() {
    let el = element(&[("focus", "miit")]).await;
    by_role(
        &el,
        "heading",
        "Ministry of Industry and Information Technology",
    );
    click(&by_role(&el, "button", COE));
    click(&by_role(&el, "button", "person"));
    settle().await;
    el.set_attribute("lang", "zh").unwrap();
    // The new language is drawn after the map's next frames (under load, after more than the
    // few ticks `settle` waits).
    let chinese = until_shown(&el, "heading", "全球工业人工智能联盟卓越中心").await;
    assert!(chinese, "the selection's details are not shown in Chinese");
    assert_eq!(
        by_role(&el, "button", "人物")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    // The focus setting itself still moves the map when it changes.
    el.set_attribute("focus", "unido").unwrap();
    let moved = until_shown(&el, "heading", "联合国工业发展组织").await;
    assert!(moved, "the focus setting did not move the map");
    el.remove();
}

#[wasm_bindgen_test]
async fn url_state_is_namespaced_per_element_and_keeps_the_hosts_fragment() {
    let window = gloo::utils::window();
    window.location().set_hash("top").unwrap();
    let a = element(&[("id", "first"), ("url-state", "")]).await;
    let b = element(&[("id", "second"), ("url-state", ""), ("lang", "zh")]).await;
    click(&by_role(&a, "button", COE));
    settle().await;
    click(&by_role(&b, "button", "工业和信息化部, 机构"));
    settle().await;
    let hash = window.location().hash().unwrap();
    assert!(
        hash.starts_with("#top#"),
        "the host's own fragment stays: {hash}"
    );
    assert!(hash.contains("pm-first:sel=aim-global-coe"), "{hash}");
    assert!(hash.contains("pm-second:sel=miit&lang=zh"), "{hash}");
    a.remove();
    b.remove();
    window.location().set_hash("").unwrap();
}

/// A graph of `n` organisations in a chain ("Body 0" works with "Body 1", …): large enough from
/// a few hundred to be read, laid out and drawn in tasks of their own.
fn chain(n: usize) -> JsValue {
    let entities: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id":"b{i}","type":"organization","name":{{"en":"Body {i}"}}}}"#))
        .collect();
    let relations: Vec<String> = (1..n)
        .map(|i| {
            format!(
                r#"{{"source":"b{}","target":"b{i}","type":"partnered_with","evidence":[{{"doc":"d","quote":"They work together."}}]}}"#,
                i - 1
            )
        })
        .collect();
    js_sys::JSON::parse(&format!(
        r#"{{"version":1,"documents":[{{"id":"d","title":"Chain","lang":"en","text":"They work together."}}],"entities":[{}],"relations":[{}]}}"#,
        entities.join(","),
        relations.join(",")
    ))
    .unwrap()
}

#[wasm_bindgen_test]
async fn a_large_map_drawn_after_its_data_keeps_what_the_host_asked_meanwhile() {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"data".into(), &chain(400)).unwrap();
    let handle = partnership_map::mount_js(host.clone(), options.into()).expect("mounts");
    // Asked while the data is read: the call waits, and the entity is selected once the map is
    // there.
    assert!(
        handle.select("b7"),
        "a call waiting for the data answers true"
    );
    let root = host.shadow_root().unwrap();
    let drawn = until(|| {
        all_by_role(&root, "heading")
            .iter()
            .any(|h| accessible_name(h) == "Body 7")
    })
    .await;
    assert!(drawn, "Body 7 is selected on the drawn map");
    get_by_role(&root, "button", "Body 399, organization");
    // A large map replaced before it is drawn is never drawn: the later data is.
    handle.set_data(chain(350));
    handle.set_data(js_sys::JSON::parse(SMALL).unwrap());
    settle().await;
    settle().await;
    get_by_role(&root, "button", "Gerd Müller, person");
    assert!(
        !all_by_role(&root, "button")
            .iter()
            .any(|b| accessible_name(b).starts_with("Body ")),
        "none of the replaced map's entities"
    );
    handle.destroy();
    host.remove();
    // An element taken out of the page before its large map is drawn: nothing is drawn into
    // its emptied root afterwards.
    let el = element(&[]).await;
    js_sys::Reflect::set(&el, &"data".into(), &chain(400)).unwrap();
    el.remove();
    settle().await;
    settle().await;
    assert!(
        all_by_role(&shadow(&el), "button").is_empty(),
        "nothing drawn"
    );
}

#[wasm_bindgen_test]
async fn a_large_graph_is_read_while_the_page_goes_on_and_its_bad_items_are_named() {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let data = chain(1200);
    // A bad entity and a bad relation late in their lists (read in a later slice than the first).
    let item = |list: &str, i: u32| {
        js_sys::Reflect::get(&data, &list.into())
            .unwrap()
            .unchecked_into::<js_sys::Array>()
            .get(i)
    };
    js_sys::Reflect::set(&item("entities", 1100), &"type".into(), &"planet".into()).unwrap();
    js_sys::Reflect::set(&item("relations", 1150), &"type".into(), &"orbits".into()).unwrap();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"data".into(), &data).unwrap();
    let handle = partnership_map::mount_js(host.clone(), options.into()).expect("mounts");
    let root = host.shadow_root().unwrap();
    // The page has its turn before the map is there: the map says it is loading meanwhile.
    sleep(0).await;
    let loading = all_by_role(&root, "status")
        .iter()
        .any(|s| s.text_content().unwrap_or_default() == partnership_map_ui_loading());
    assert!(loading, "the map says it is loading while its data is read");
    assert!(all_by_role(&root, "button")
        .iter()
        .all(|b| !accessible_name(b).starts_with("Body ")));
    assert!(
        handle.select("b7"),
        "a call waiting for the data answers true"
    );
    let drawn = until(|| {
        all_by_role(&root, "heading")
            .iter()
            .any(|h| accessible_name(h) == "Body 7")
    })
    .await;
    assert!(drawn, "Body 7 is selected on the drawn map");
    let notices: String = all_by_role(&root, "status")
        .iter()
        .map(|s| s.text_content().unwrap_or_default())
        .collect();
    assert!(notices.contains("entities[1100] left out"), "{notices}");
    assert!(notices.contains("relations[1150] left out"), "{notices}");
    handle.destroy();
    host.remove();
}

/// What the map says while it loads, in the page's language (English here).
fn partnership_map_ui_loading() -> &'static str {
    pmap_view::ui(pmap_view::Lang::En).loading
}
