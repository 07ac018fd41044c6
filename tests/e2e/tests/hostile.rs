//! The widget on a hostile host page (www/hostile.html), in headless Chromium and Firefox: the
//! page patches `Object.prototype`, `Array.prototype`, `JSON` and `fetch` before the package
//! loads; another library has defined `<partnership-map>`; a second copy of the package is on the
//! page; the element exists (with its data) before the package arrives; and the page moves,
//! clones, adopts into an iframe, removes (during a load, inside its own event) and storms the
//! element with attribute changes, and calls `select()` and `setData()` from inside its events.
//! After each, the page has seen no error, and the map works with real input (WebDriver Actions).

use std::time::Duration;

use pmap_e2e::{Browser, Kind, StaticServer};
use serde_json::json;

macro_rules! in_both_browsers {
    ($($name:ident),* $(,)?) => {
        mod chromium { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Chromium).await } )* }
        mod firefox { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Firefox).await } )* }
    };
}

in_both_browsers!(
    patched_built_ins_neither_break_nor_steer_the_map,
    another_definition_or_a_second_copy_is_left_in_peace,
    the_element_survives_what_a_page_does_to_it,
);

const CENTRE: &str = "AIM Global Centre of Excellence, organization";
const MULLER: &str = "Gerd Müller, person";

async fn open(kind: Kind, server: &StaticServer, query: &str) -> Browser {
    let browser = Browser::launch(kind).await;
    browser
        .visit(&server.url(&format!("/hostile.html{query}")))
        .await;
    let loaded = browser
        .until("return window.loaded === true;", |v| v == &json!(true))
        .await;
    assert_eq!(loaded, json!(true), "{kind:?} {query}: the package loads");
    browser
}

/// What went wrong on the page, as one string per line (errors thrown into the page, unhandled
/// rejections, console errors); empty when nothing did.
async fn troubles(browser: &Browser) -> String {
    let v = browser
        .eval(
            "return [...window.pageErrors, ...window.consoleErrors, ...window.cspViolations].join('\\n');",
        )
        .await;
    v.as_str().unwrap_or("?").to_string()
}

/// Number of maps drawn inside element `id` (or in its own shadow root).
fn maps_in(id: &str) -> String {
    format!(
        "const r = document.getElementById('{id}'); \
         return all(r.shadowRoot || r).filter(e => roleOf(e) === 'group' \
         && /^(Partnership map|合作关系图)$/.test(nameOf(e))).length;"
    )
}

/// The heading of the details panel inside element `id`'s map.
fn details_of(id: &str) -> String {
    format!(
        "const s = document.getElementById('{id}'); const h = s && s.shadowRoot && \
         s.shadowRoot.querySelector('aside h2'); return h ? h.textContent : '';"
    )
}

/// A real mouse click on the mark of entity `name` (the first one on the page).
async fn click_entity(browser: &Browser, name: &str) {
    let p = browser.centre("button", name).await;
    browser.click_at(p).await;
}

async fn patched_built_ins_neither_break_nor_steer_the_map(kind: Kind) {
    let server = StaticServer::start(&pmap_e2e::www()).expect("serves www/");
    let browser = open(kind, &server, "?patched").await;
    // The element's own `src`, in the page's language: not the fields every object now has.
    browser.wait_for("group", "Partnership map").await;
    browser.wait_for("button", MULLER).await;
    click_entity(&browser, CENTRE).await;
    let heading = browser
        .until(&details_of("early"), |v| {
            v.as_str()
                .is_some_and(|t| t.contains("Centre of Excellence"))
        })
        .await;
    assert_eq!(
        heading,
        json!("AIM Global Centre of Excellence"),
        "{kind:?}"
    );
    let panel = browser.text_of("complementary", "Details").await;
    assert!(
        !panel.contains("1999") && !panel.contains("Emperor"),
        "{kind:?}: {panel}"
    );
    // `mount` with no options: the bundled map, in English, not the polluted `src`/`lang`/`data`.
    browser
        .eval(
            "window.pkg.mount(document.getElementById('mounted'), {}).then(() => window.mountedOk = true, \
             (e) => window.pageErrors.push('mount: ' + e));",
        )
        .await;
    let maps = browser.until(&maps_in("mounted"), |v| v == &json!(1)).await;
    assert_eq!(
        maps,
        json!(1),
        "{kind:?}: the mounted map is drawn ({})",
        troubles(&browser).await
    );
    let buttons = browser
        .eval(
            "return all(document.getElementById('mounted').shadowRoot).filter(e => roleOf(e) === 'button' && \
             / organization$/.test(nameOf(e))).length;",
        )
        .await;
    assert!(
        buttons.as_u64().unwrap_or(0) > 20,
        "{kind:?}: the bundled map ({buttons} organizations)"
    );
    let fetched = browser
        .eval("return window.fetched.join(' ');")
        .await
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(!fetched.contains("evil"), "{kind:?}: fetched {fetched}");
    assert_eq!(troubles(&browser).await, "", "{kind:?}");
    browser.close().await;
}

async fn another_definition_or_a_second_copy_is_left_in_peace(kind: Kind) {
    let server = StaticServer::start(&pmap_e2e::www()).expect("serves www/");
    // Another library owns the tag: its element is left alone, the page told why, and `mount`
    // still works.
    let browser = open(kind, &server, "?predefined").await;
    let text = browser
        .eval("return document.getElementById('early').textContent;")
        .await;
    assert_eq!(text, json!("Another library’s element"), "{kind:?}");
    let warned = browser
        .eval("return window.consoleWarnings.join(' ');")
        .await;
    assert!(
        warned
            .as_str()
            .is_some_and(|w| w.contains("already defined by another script")),
        "{kind:?}: {warned}"
    );
    browser
        .eval("window.pkg.mount(document.getElementById('mounted'), { lang: 'zh' });")
        .await;
    browser.wait_for("group", "合作关系图").await;
    assert_eq!(troubles(&browser).await, "", "{kind:?}");
    browser.close().await;
    // Two copies of the package: the first defines the element, the second mounts beside it.
    let browser = open(kind, &server, "?twice").await;
    browser.wait_for("button", MULLER).await;
    browser
        .eval("window.pkg2.mount(document.getElementById('mounted'), { lang: 'zh' });")
        .await;
    browser.wait_for("group", "合作关系图").await;
    click_entity(&browser, MULLER).await;
    let heading = browser
        .until(&details_of("early"), |v| v == &json!("Gerd Müller"))
        .await;
    assert_eq!(heading, json!("Gerd Müller"), "{kind:?}");
    assert_eq!(troubles(&browser).await, "", "{kind:?}");
    browser.close().await;
}

async fn the_element_survives_what_a_page_does_to_it(kind: Kind) {
    let server = StaticServer::start(&pmap_e2e::www()).expect("serves www/");
    // The element and its `data` were there before the package: it is upgraded with them.
    let browser = open(kind, &server, "?late").await;
    browser.wait_for("button", MULLER).await;

    // Moved to another parent: the same map, the visitor's selection kept.
    click_entity(&browser, CENTRE).await;
    browser
        .until(&details_of("early"), |v| v != &json!(""))
        .await;
    browser
        .eval("document.getElementById('second').append(document.getElementById('early'));")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(browser.eval(&maps_in("second")).await, json!(1), "{kind:?}");
    assert_eq!(
        browser.eval(&details_of("early")).await,
        json!("AIM Global Centre of Excellence"),
        "{kind:?}: the selection survives the move"
    );
    click_entity(&browser, MULLER).await;
    browser
        .until(&details_of("early"), |v| v == &json!("Gerd Müller"))
        .await;

    // Cloned: the copy is a map of its own (the bundled one: `data` is a property, not copied).
    // From inside its first `entityselect`, the page gives it data and selects in it: both
    // calls are carried out.
    browser
        .eval(
            "const c = document.getElementById('early').cloneNode(true); c.id = 'copy'; \
             document.getElementById('first').append(c); \
             c.addEventListener('entityselect', (e) => { \
               if (window.swapped) return; window.swapped = true; \
               c.data = window.smallGraph; window.selectAnswer = c.select('miit'); \
             }); \
             fetch('data/small.json').then((r) => r.json()).then((g) => { window.smallGraph = g; });",
        )
        .await;
    assert_eq!(
        browser.until(&maps_in("first"), |v| v == &json!(1)).await,
        json!(1),
        "{kind:?}: the copy draws"
    );
    browser
        .until("return !!window.smallGraph;", |v| v == &json!(true))
        .await;
    click_entity(&browser, "Shanghai Municipal Government, organization").await;
    let heading = browser
        .until(&details_of("copy"), |v| {
            v == &json!("Ministry of Industry and Information Technology")
        })
        .await;
    assert_eq!(
        heading,
        json!("Ministry of Industry and Information Technology"),
        "{kind:?}: setData and select from inside the event ({})",
        troubles(&browser).await
    );
    assert_eq!(
        browser.eval("return window.selectAnswer;").await,
        json!(true)
    );
    assert_eq!(
        browser.eval(&details_of("early")).await,
        json!("Gerd Müller"),
        "{kind:?}: the original map is untouched"
    );

    // Adopted into an iframe's document: built anew there, styled by that document's sheets.
    browser
        .eval(
            "const f = document.getElementById('frame'); \
             f.contentDocument.body.append(document.getElementById('copy'));",
        )
        .await;
    let framed = browser.until(
        "const d = document.getElementById('frame').contentDocument; const c = d.getElementById('copy'); \
         const a = c && c.shadowRoot && c.shadowRoot.querySelector('aside'); \
         return a ? [c.shadowRoot.querySelectorAll('.pmap').length, getComputedStyle(a).borderTopLeftRadius, \
         c.shadowRoot.querySelectorAll('[role=button][aria-label]').length] : null;",
        |v| v.get(1) == Some(&json!("8px")),
    )
    .await;
    assert_eq!(
        framed[0],
        json!(1),
        "{kind:?}: one map in the iframe: {framed}"
    );
    assert_eq!(framed[1], json!("8px"), "{kind:?}: styled there: {framed}");
    assert!(framed[2].as_u64().unwrap_or(0) >= 5, "{kind:?}: {framed}");

    // Removed inside its own event: gone cleanly; put back, it is a working map again.
    browser
        .eval(
            "const el = window.earlyEl = document.getElementById('early'); \
             el.addEventListener('entityselect', () => el.remove(), { once: true });",
        )
        .await;
    click_entity(&browser, CENTRE).await;
    browser
        .until("return !window.earlyEl.isConnected;", |v| v == &json!(true))
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    browser
        .eval("document.getElementById('second').append(window.earlyEl);")
        .await;
    assert_eq!(
        browser.until(&maps_in("second"), |v| v == &json!(1)).await,
        json!(1),
        "{kind:?}: back on the page, drawn again"
    );

    // A storm: 5,000 attribute changes in one task; the last value of each wins, fast.
    let took = browser
        .eval(
            "const el = document.getElementById('early'); const t = performance.now(); \
             for (let i = 0; i < 1000; i++) { \
               el.setAttribute('lang', i % 2 ? 'zh' : 'en'); \
               el.setAttribute('theme', ['dark', 'light', 'auto'][i % 3]); \
               el.setAttribute('height', (250 + i % 100) + 'px'); \
               el.setAttribute('focus', i % 2 ? 'unido' : 'miit'); \
               el.setAttribute('src', i % 2 ? 'data/small.json' : 'data/dangling.json'); \
             } \
             return performance.now() - t;",
        )
        .await;
    let took = took.as_f64().unwrap_or(f64::MAX);
    eprintln!("{kind:?}: 5,000 attribute changes in one task took {took:.0} ms");
    assert!(took < 3_000.0, "{kind:?}: the storm took {took} ms");
    let settled = browser.until(
        "const s = document.getElementById('early').shadowRoot; \
         const h = s.querySelector('aside h2'); const g = s.querySelector('svg[role=group]'); \
         return [g ? g.getAttribute('aria-label') : '', h ? h.textContent : '', \
         s.querySelector('.theme-dark') ? 'dark' : '', Math.round(document.getElementById('early').getBoundingClientRect().height)];",
        |v| v.get(1) == Some(&json!("联合国工业发展组织")),
    )
    .await;
    assert_eq!(
        settled,
        json!(["合作关系图", "联合国工业发展组织", "dark", 349]),
        "{kind:?}: the last lang, focus, theme, height and src"
    );

    // Removed while its `src` loads: the load is dropped, nothing is drawn into the gone map.
    browser
        .eval(
            "const el = document.getElementById('early'); el.setAttribute('src', '/__slow'); el.remove();",
        )
        .await;
    tokio::time::sleep(Duration::from_millis(2_000)).await;
    let left = browser
        .eval("return window.earlyEl.shadowRoot.childElementCount;")
        .await;
    assert_eq!(left, json!(0), "{kind:?}: the removed map left nothing");
    // With every map gone (the copy in the iframe too), the page has the listeners it had before
    // the package came.
    browser
        .eval("document.getElementById('frame').contentDocument.getElementById('copy').remove();")
        .await;
    let listeners = browser
        .until(
            "return [window.liveListeners(), window.listenersBefore];",
            |v| v[0] == v[1],
        )
        .await;
    assert_eq!(
        listeners[0], listeners[1],
        "{kind:?}: listeners [now, before]"
    );

    assert_eq!(troubles(&browser).await, "", "{kind:?}");
    browser.close().await;
}
