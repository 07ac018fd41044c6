//! The widget on a real partner page (www/partner.html, www/bad.html), built as the npm package /
//! static distribution (scripts/package.sh into www/pkg), served on 127.0.0.1 and driven in
//! headless Chromium and Firefox: two maps (English in a narrow sidebar, Chinese in a tab that
//! starts hidden) under aggressive page CSS and a strict CSP; events reach the page; each bad
//! setting or bad data shows its message (a `src` that never answers too, within its
//! `src-timeout`); mounting and destroying 200 times leaves nothing behind.

use pmap_e2e::{www, Browser, Kind, StaticServer};
use serde_json::json;

/// The page's event log once it contains `needle` (or after 10 s).
async fn log_with(browser: &Browser, needle: &str) -> String {
    let log = browser
        .until("return document.getElementById('log').textContent;", |v| {
            v.as_str().is_some_and(|t| t.contains(needle))
        })
        .await;
    log.as_str().unwrap_or_default().to_string()
}

/// Text of the map `id`'s elements of `role` (alert, status, heading…), joined.
fn texts_of(id: &str, selector: &str) -> String {
    format!(
        "const s = document.getElementById('{id}').shadowRoot; \
         return s ? [...s.querySelectorAll('{selector}')].map(e => e.textContent).join(' | ') : '';"
    )
}

async fn two_maps_on_a_partner_page(kind: Kind) {
    let server = StaticServer::start(&www()).expect("serves www/");
    let browser = Browser::launch(kind).await;
    browser.visit(&server.url("/partner.html")).await;

    // Both maps render: the English one in the sidebar, the Chinese one in the hidden tab.
    browser.wait_for("group", "Partnership map").await;
    browser.wait_for("group", "合作关系图").await;
    let hidden = browser
        .eval("return document.getElementById('zh-map').getBoundingClientRect().width;")
        .await;
    assert_eq!(hidden, json!(0), "the Chinese map starts in a hidden tab");
    // The page's `svg { display: none !important }` and `* { all: unset }` do not reach inside.
    let shown = browser
        .eval(
            "const s = document.getElementById('side-map').shadowRoot; \
               const svg = s.querySelector('svg.map'); const r = svg.getBoundingClientRect(); \
               return [getComputedStyle(svg).display, r.width > 200, r.height > 100, \
                       getComputedStyle(s.querySelector('.type-organization')).fill];",
        )
        .await;
    assert_eq!(
        shown,
        json!(["block", true, true, "rgb(29, 78, 216)"]),
        "{kind:?}"
    );
    // The focus attribute selected the centre, and the page heard of it.
    browser
        .wait_for("heading", "AIM Global Centre of Excellence")
        .await;
    let log = log_with(&browser, "entityselect side-map: aim-global-coe").await;
    assert!(log.contains("全球工业人工智能联盟卓越中心"), "{log}");

    // Selecting in one map leaves the other alone.
    // (From the details panel: in a 340 px sidebar the entities lie close together.)
    browser
        .click("button", "Ministry of Industry and Information Technology")
        .await;
    browser
        .wait_for("heading", "Ministry of Industry and Information Technology")
        .await;
    let zh_headings = browser.eval(&texts_of("zh-map", "h2")).await;
    assert_eq!(zh_headings, json!(""), "the Chinese map has no selection");

    // Showing the tab shows a working map.
    browser.click("tab", "合作地图（中文）").await;
    let size = browser.until(
        "const r = document.getElementById('zh-map').shadowRoot.querySelector('svg.map').getBoundingClientRect(); return [r.width, r.height];",
        |v| v[0].as_f64().is_some_and(|w| w > 300.0),
    )
    .await;
    assert!(size[1].as_f64().unwrap() > 200.0, "{size}");
    browser.type_into("combobox", "搜索实体", "工发组织").await;
    browser
        .wait_for("option", "联合国工业发展组织工发组织")
        .await;
    browser.type_into("combobox", "搜索实体", "\u{E007}").await;
    browser.wait_for("heading", "联合国工业发展组织").await;
    // A line clicked: the page hears the relation with its quote.
    browser
        .eval("const e = document.getElementById('zh-map').shadowRoot.querySelector('.edge'); \
               e.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true})); return 1;")
        .await;
    let log = log_with(&browser, "relationselect zh-map").await;
    assert!(log.contains("entityselect zh-map: unido"), "{log}");
    // The filters attribute holds: no people on the Chinese map.
    assert!(browser.find("button", "格尔德·穆勒, 人物").await.is_none());

    let violations = browser.eval("return window.cspViolations;").await;
    assert_eq!(violations, json!([]), "CSP violations in {kind:?}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_maps_on_a_partner_page_in_chromium() {
    two_maps_on_a_partner_page(Kind::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_maps_on_a_partner_page_in_firefox() {
    two_maps_on_a_partner_page(Kind::Firefox).await;
}

async fn bad_input_shows_messages(kind: Kind) {
    let server = StaticServer::start(&www()).expect("serves www/");
    let browser = Browser::launch(kind).await;
    browser.visit(&server.url("/bad.html")).await;
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "unreachable",
            "[role=alert]",
            &[
                "The map data could not be read",
                "data/no-such-file.json",
                "404",
            ],
        ),
        (
            "malformed",
            "[role=alert]",
            &["The map data could not be read", "not JSON"],
        ),
        ("missing-field", "[role=alert]", &["relations"]),
        (
            "unknown-type",
            "[role=status]",
            &["entities[4] left out", "planet"],
        ),
        ("dangling", "[role=status]", &["ghost"]),
        ("unknown-focus", "[role=status]", &["focus: \"ghost\""]),
        (
            "bad-attributes",
            "[role=status]",
            &[
                "theme: \"purple\"",
                "height: \"tall\"",
                "filters: \"planet\"",
                "lang: \"fr\"",
                "src-timeout: \"forever\"",
            ],
        ),
        // A server that takes the request and never answers: a message once `src-timeout` is up.
        (
            "hanging",
            "[role=alert]",
            &[
                "The map data could not be read",
                "/__never",
                "did not arrive within 2 s",
            ],
        ),
        (
            "web-page",
            "[role=alert]",
            &["/__html", "is a web page (text/html"],
        ),
        (
            "not-found-json",
            "[role=alert]",
            &["/__404json", "HTTP 404"],
        ),
        (
            "huge",
            "[role=alert]",
            &["/__huge", "is 50.0 MB; the map reads at most 20 MB"],
        ),
    ];
    for (id, selector, expected) in cases {
        let text = browser
            .until(&texts_of(id, selector), |v| {
                v.as_str()
                    .is_some_and(|t| expected.iter().all(|e| t.contains(e)))
            })
            .await;
        for e in *expected {
            assert!(
                text.as_str().unwrap_or("").contains(e),
                "{kind:?} {id}: {e:?} not in {text}"
            );
        }
    }
    // Where the data could be partly used, the map is there too (a redirect is followed).
    for id in [
        "redirected",
        "unknown-type",
        "dangling",
        "unknown-focus",
        "bad-attributes",
    ] {
        let drawn = browser
            .eval(&format!("return document.getElementById('{id}').shadowRoot.querySelectorAll('svg.map').length;"))
            .await;
        assert_eq!(drawn, json!(1), "{kind:?} {id}: the map is drawn");
        let count = browser
            .eval(&format!("return document.getElementById('{id}').shadowRoot.querySelectorAll('[role=button][aria-label]').length;"))
            .await;
        assert!(count.as_u64().unwrap_or(0) >= 4, "{kind:?} {id}: {count}");
    }
    let page = browser
        .eval("return document.getElementById('still-here').textContent;")
        .await;
    assert_eq!(page, json!("The page keeps working."));
    assert_eq!(
        browser.eval("return window.cspViolations;").await,
        json!([])
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_settings_and_data_show_messages_in_chromium() {
    bad_input_shows_messages(Kind::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_settings_and_data_show_messages_in_firefox() {
    bad_input_shows_messages(Kind::Firefox).await;
}

/// Mounts and destroys a map 200 times through the package's `mount` and counts what is left:
/// elements in the page, and listeners on window and document (those outlive any element).
const CYCLE: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const live = new Map();
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target), remove = target.removeEventListener.bind(target);
    target.addEventListener = (type, f, o) => { live.set(f, (live.get(f) || 0) + 1); add(type, f, o); };
    target.removeEventListener = (type, f, o) => { if (live.has(f)) live.set(f, live.get(f) - 1); remove(type, f, o); };
  }
  const listeners = () => [...live.values()].reduce((a, b) => a + b, 0);
  const elements = () => document.getElementsByTagName('*').length;
  const pkg = await import('./pkg/partnership-map.js');
  await pkg.ready;
  const cycle = async (n) => {
    for (let i = 0; i < n; i++) {
      const host = document.createElement('div');
      document.body.append(host);
      const map = await pkg.mount(host, { lang: i % 2 ? 'zh' : 'en', focus: 'unido', urlState: i % 3 === 0 });
      map.select('miit');
      map.destroy();
      host.remove();
    }
  };
  await cycle(5);
  await new Promise((r) => setTimeout(r, 50));
  const before = [elements(), listeners()];
  await cycle(200);
  await new Promise((r) => setTimeout(r, 50));
  done([before, [elements(), listeners()]]);
})().catch((e) => done(String(e)));
"#;

async fn mount_and_destroy_leave_nothing(kind: Kind) {
    let server = StaticServer::start(&www()).expect("serves www/");
    let browser = Browser::launch(kind).await;
    browser.visit(&server.url("/bad.html")).await;
    browser
        .wait_for("heading", "Each map below is given something wrong")
        .await;
    let counts = browser
        .client
        .execute_async(CYCLE, vec![])
        .await
        .expect("the cycle runs");
    assert!(counts.is_array(), "{counts}");
    assert_eq!(
        counts[0], counts[1],
        "{kind:?}: [elements, listeners] before and after 200 mounts"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn mounting_and_destroying_200_times_leaves_nothing_in_chromium() {
    mount_and_destroy_leave_nothing(Kind::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn mounting_and_destroying_200_times_leaves_nothing_in_firefox() {
    mount_and_destroy_leave_nothing(Kind::Firefox).await;
}
