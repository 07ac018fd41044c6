//! What a visitor can do with a real mouse, finger, pen, wheel and keyboard, on the release build
//! in headless Chromium and Firefox. All input is trusted (WebDriver Actions): the browser hit
//! tests, captures pointers, targets `click` and runs default actions as it does for a person.
//! Elements are found by role and accessible name; scripts only read positions and state.
//! This suite is where the claim "a visitor can X" is made.

use std::path::PathBuf;

use pmap_e2e::{dist, key, Browser, Device, Kind, Point, StaticServer};
use serde_json::json;

const UNIDO: &str = "United Nations Industrial Development Organization";
const CINGAI: &str =
    "Chinese Institute for New Generation Artificial Intelligence Development Strategies";

macro_rules! in_both_browsers {
    ($($name:ident),* $(,)?) => {
        mod chromium { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Chromium).await } )* }
        mod firefox { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Firefox).await } )* }
    };
}

in_both_browsers!(
    a_click_on_a_mark_or_a_label_selects_the_entity,
    a_click_on_a_line_selects_its_relation_and_hovering_explains,
    dragging_moves_an_entity_or_the_map_and_selects_nothing,
    the_wheel_zooms_only_when_asked_and_the_buttons_zoom,
    touch_and_pen_select_pan_and_pinch,
    every_toolbar_and_filter_control_works_by_mouse,
    a_quote_opens_its_article_and_can_be_selected_and_copied,
    the_keyboard_reaches_and_works_everything,
    every_mark_is_its_own_topmost_target_at_every_zoom,
    on_a_phone_a_tap_selects_an_entity,
    the_reader_opens_at_the_quote_inside_the_window_and_keeps_focus,
    escape_and_outside_clicks_close_the_innermost_thing_first,
    search_forgives_typos_and_escape_closes_before_it_clears,
    focus_never_falls_to_the_page_when_its_control_goes_away,
    details_begin_with_a_summary_and_fold_what_is_long,
    in_chinese_lists_are_in_pinyin_order_and_roles_read_in_chinese,
    the_first_view_labels_the_principal_actors_legibly,
);

/// Screenshots for docs/ (Chromium), taken along a visitor's path with trusted input.
#[tokio::test(flavor = "multi_thread")]
async fn screenshots_along_a_visitors_path() {
    async fn save(page: &Page, name: &str) {
        if let Some(dir) = std::env::var_os("PMAP_SCREENSHOTS").map(PathBuf::from) {
            let file = dir.join(format!("screenshot-{name}.png"));
            page.browser.screenshot(&file).await;
        }
    }
    let page = Page::open(Kind::Chromium, 1280, 900).await;
    let b = &page.browser;
    save(&page, "overview").await;
    page.click_entity(UNIDO).await;
    b.eval("window.scrollTo(0, 0);").await;
    save(&page, "selection").await;
    // How is it connected to Gerd Müller: choose him by typing in the list.
    b.click("option", "Gerd Müller").await;
    b.wait_for("button", "Clear connection").await;
    b.eval("window.scrollTo(0, 0);").await;
    save(&page, "path").await;
    let at = b.centre("button", "Read in the article: *").await;
    b.click_at(at).await;
    b.wait_for("button", "Close the article").await;
    save(&page, "reader").await;
    b.keys(&[key::ESCAPE]).await;
    let at = b.centre("button", "Language: 中文").await;
    b.click_at(at).await;
    b.wait_for("group", "合作关系图").await;
    b.eval("window.scrollTo(0, 0);").await;
    save(&page, "chinese").await;
    // The host's dark theme.
    b.eval("document.querySelector('partnership-map').setAttribute('theme', 'dark'); document.body.style.background = '#111';").await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    save(&page, "dark").await;
    page.close().await;
}

/// The standalone page of the release build, open in a browser of `kind`.
struct Page {
    browser: Browser,
    _server: StaticServer,
}

impl Page {
    async fn open(kind: Kind, width: u32, height: u32) -> Page {
        let server = StaticServer::start(&dist()).expect("serves dist/");
        let browser = Browser::launch(kind).await;
        browser
            .client
            .set_window_size(width, height)
            .await
            .expect("window size");
        browser.visit(&server.url("/")).await;
        browser.wait_for("group", "Partnership map").await;
        // The first layout and the size observer have run.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        Page {
            browser,
            _server: server,
        }
    }

    /// The accessible name of the entity whose display name is `name` ("UNIDO, organization").
    async fn entity(&self, name: &str) -> String {
        let prefix = format!("{name}, ");
        for _ in 0..50 {
            if let Some(n) = self
                .browser
                .names("button")
                .await
                .into_iter()
                .find(|n| n.starts_with(&prefix))
            {
                return n;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("no entity named {name:?} on the map");
    }

    async fn pressed(&self, entity: &str) -> bool {
        self.browser
            .attribute("button", entity, "aria-pressed")
            .await
            .as_deref()
            == Some("true")
    }

    /// The heading of the details panel (None while nothing is selected).
    async fn details_heading(&self) -> Option<String> {
        let v = self
            .browser
            .eval(
                "const d = all(document).find(e => roleOf(e) === 'complementary' && nameOf(e) === 'Details');\
                 const h = d && d.querySelector('h2'); return h ? h.textContent : null;",
            )
            .await;
        v.as_str().map(String::from)
    }

    async fn wait_heading(&self, heading: &str) {
        for _ in 0..50 {
            if self.details_heading().await.as_deref() == Some(heading) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!(
            "the details panel shows {:?}, not {heading:?}",
            self.details_heading().await
        );
    }

    /// Clicks the entity whose display name is `name` on the map and waits for its details.
    async fn click_entity(&self, name: &str) -> String {
        let entity = self.entity(name).await;
        self.browser.click_at(self.mark(&entity).await).await;
        self.wait_heading(name).await;
        entity
    }

    /// Where the entity's mark is on screen.
    async fn mark(&self, entity: &str) -> Point {
        self.browser.centre("button", entity).await
    }

    /// The entity buttons on the map (not the list view's or the details' links).
    async fn entities(&self) -> Vec<String> {
        let v = self
            .browser
            .eval("return all(document).filter(e => roleOf(e) === 'button' && e.tagName.toLowerCase() === 'g').map(nameOf);")
            .await;
        serde_json::from_value(v).unwrap_or_default()
    }

    /// A point of the map's background (nothing drawn there, and out of reach of every mark's
    /// hit disc, which is larger than a small mark), near `near`.
    async fn background(&self, near: Point) -> Point {
        let v = self
            .browser
            .eval(&format!(
                "const svg = all(document).find(e => roleOf(e) === 'group' && nameOf(e) === 'Partnership map');\
                 const root = svg.getRootNode(); const r = svg.getBoundingClientRect();\
                 const marks = [...root.querySelectorAll('.nodes > g')].map(g => g.getBoundingClientRect());\
                 const apart = (x, y, m) => Math.hypot(Math.max(m.left - x, 0, x - m.right), Math.max(m.top - y, 0, y - m.bottom));\
                 let best = null, bestD = Infinity;\
                 for (let y = r.top + 20; y < Math.min(r.bottom, innerHeight) - 20; y += 9)\
                   for (let x = r.left + 20; x < r.right - 60; x += 9) {{\
                     if (root.elementFromPoint(x, y) !== svg) continue;\
                     let clear = true;\
                     for (const [dx, dy] of [[-14,0],[14,0],[0,-14],[0,14]]) if (root.elementFromPoint(x+dx, y+dy) !== svg) clear = false;\
                     if (marks.some(m => apart(x, y, m) < 24)) clear = false;\
                     const d = Math.hypot(x - {}, y - {});\
                     if (clear && d < bestD) {{ best = [x, y]; bestD = d; }}\
                   }}\
                 return best;",
                near[0], near[1]
            ))
            .await;
        [
            v[0].as_f64().expect("the map has empty background"),
            v[1].as_f64().expect("the map has empty background"),
        ]
    }

    async fn close(self) {
        self.browser.close().await;
    }
}

fn gap(a: Point, b: Point) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

async fn a_click_on_a_mark_or_a_label_selects_the_entity(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let unido = page.entity(UNIDO).await;
    assert_eq!(page.details_heading().await, None);
    let p = page.mark(&unido).await;
    page.browser.click_at(p).await;
    page.wait_heading(UNIDO).await;
    assert!(
        page.pressed(&unido).await,
        "UNIDO's mark shows it is selected"
    );

    // The label under a mark is part of the entity: clicking the words selects it too. Which
    // labels show at rest depends on the layout; CINGAI's if it shows, else another one's —
    // clicked where its words are on top (another entity's mark may cross a label).
    let found = page
        .browser
        .eval(
            "const host = document.querySelector('partnership-map').shadowRoot;\
             const shown = [...host.querySelectorAll('.labels g[data-entity]')].filter(g => {\
               const t = g.querySelector('text'); const r = t && t.getBoundingClientRect();\
               return r && r.width > 8 && getComputedStyle(t).visibility === 'visible' &&\
                 host.querySelector('.node[data-entity=\"' + g.dataset.entity + '\"]').getAttribute('aria-pressed') !== 'true'; });\
             shown.sort((a, b) => (b.textContent.trim() === 'CINGAI') - (a.textContent.trim() === 'CINGAI'));\
             for (const g of shown) {\
               const r = g.querySelector('text').getBoundingClientRect(), y = r.top + r.height / 2;\
               const node = host.querySelector('.node[data-entity=\"' + g.dataset.entity + '\"]');\
               for (let x = r.left + 2; x < r.right - 2; x += 3) {\
                 const e = host.elementFromPoint(x, y);\
                 if (e && g.contains(e)) return [x, y, node.getAttribute('aria-label')]; } }\
             return null;",
        )
        .await;
    let label = [
        found[0].as_f64().expect("some label is drawn at rest"),
        found[1].as_f64().unwrap(),
    ];
    let button = found[2].as_str().unwrap().to_string();
    let name = button.split(", ").next().unwrap().to_string();
    page.browser.click_at(label).await;
    page.wait_heading(&name).await;
    assert!(
        page.pressed(&button).await,
        "{name} is selected by its label"
    );
    assert!(!page.pressed(&unido).await, "one selection at a time");
    let cingai = page.entity(CINGAI).await;

    // A press that ends on the same mark after a tiny tremor is still a click.
    page.browser
        .drag(Device::Mouse, p, [p[0] + 2.0, p[1] + 1.0])
        .await;
    page.wait_heading(UNIDO).await;

    // A double click zooms in around the pointer.
    let (a, b) = (page.mark(&unido).await, page.mark(&cingai).await);
    let empty = page.background(a).await;
    page.browser.double_click_at(empty).await;
    let (a2, b2) = (page.mark(&unido).await, page.mark(&cingai).await);
    let ratio = gap(a2, b2) / gap(a, b);
    assert!(ratio > 1.1, "double click zooms in (×{ratio:.2})");
    page.close().await;
}

async fn a_click_on_a_line_selects_its_relation_and_hovering_explains(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    // A point on some line that nothing else covers, and the two ends of that line on screen.
    let found = page
        .browser
        .eval(
            "const root = document.querySelector('partnership-map').shadowRoot;\
             for (const line of root.querySelectorAll('.edge line:not(.hit)')) {\
               const len = line.getTotalLength(); const m = line.getScreenCTM();\
               for (const t of [0.35, 0.45, 0.55, 0.65]) {\
                 const q = line.getPointAtLength(len * t); const x = m.a*q.x + m.c*q.y + m.e, y = m.b*q.x + m.d*q.y + m.f;\
                 if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;\
                 const hit = root.elementFromPoint(x, y);\
                 if (hit && hit.closest('.edge') === line.closest('.edge')) {\
                   const end = (px, py) => [m.a*px + m.c*py + m.e, m.b*px + m.d*py + m.f];\
                   return [[x, y], end(line.x1.baseVal.value, line.y1.baseVal.value), end(line.x2.baseVal.value, line.y2.baseVal.value), line.closest('[data-edge]').getAttribute('data-edge')];\
                 }\
               }\
             }\
             return null;",
        )
        .await;
    assert!(!found.is_null(), "some line can be pointed at");
    let pt = |v: &serde_json::Value| [v[0].as_f64().unwrap(), v[1].as_f64().unwrap()];
    let on_line = pt(&found[0]);

    // Hovering the line names its relations beside it.
    page.browser.hover_at(on_line).await;
    let said = page
        .browser
        .eval("return document.querySelector('partnership-map').shadowRoot.querySelector('.overlay').textContent;")
        .await;
    assert!(
        said.as_str().is_some_and(|s| s.trim().len() > 3),
        "hovering a line shows what it stands for: {said}"
    );

    // Clicking it selects the relation: the entity at one of its ends opens, and the host page
    // hears which relation.
    page.browser
        .eval("document.querySelector('partnership-map').addEventListener('relationselect', (e) => { window.heard = e.detail; });")
        .await;
    page.browser.click_at(on_line).await;
    let heard = page.browser.eval("return window.heard || null;").await;
    assert!(
        heard["evidence"][0]["quote"]
            .as_str()
            .is_some_and(|q| q.len() > 10),
        "relationselect carries the relation's evidence: {heard}"
    );
    let mut selected = None;
    for _ in 0..30 {
        for name in page.entities().await {
            if page.pressed(&name).await {
                selected = Some(name);
            }
        }
        if selected.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let selected = selected.expect("clicking a line selects its relation");
    let at = page.mark(&selected).await;
    // The details opening may move the map: the line's ends where they are now.
    let ends = page
        .browser
        .eval(&format!(
            "const root = document.querySelector('partnership-map').shadowRoot;\
             const line = [...root.querySelectorAll('[data-edge]')].find(e => e.getAttribute('data-edge') === {}).querySelector('line:not(.hit)');\
             const m = line.getScreenCTM(); const end = (px, py) => [m.a*px + m.c*py + m.e, m.b*px + m.d*py + m.f];\
             return [end(line.x1.baseVal.value, line.y1.baseVal.value), end(line.x2.baseVal.value, line.y2.baseVal.value)];",
            found[3]
        ))
        .await;
    let (end1, end2) = (pt(&ends[0]), pt(&ends[1]));
    assert!(
        gap(at, end1) < 3.0 || gap(at, end2) < 3.0,
        "the selected entity {selected:?} is at an end of the clicked line: at {at:?}, ends {end1:?} {end2:?}, heard {heard}"
    );
    assert!(page.details_heading().await.is_some());

    // Hovering an entity fades those it has no relation with; leaving brings them back.
    let faded = || async {
        page.browser
            .eval("return [...document.querySelector('partnership-map').shadowRoot.querySelectorAll('.nodes > g')].filter(g => parseFloat(getComputedStyle(g).opacity) < 0.5).length;")
            .await
            .as_u64()
            .unwrap_or(0)
    };
    let escape_selection = page.browser.centre("button", "Close details").await;
    page.browser.click_at(escape_selection).await;
    // (Focus is now on the entity that was open, which lights it up as hovering does: a click on
    // the background takes it away.)
    let unido = page.entity(UNIDO).await;
    let empty = page.background(page.mark(&unido).await).await;
    page.browser.click_at(empty).await;
    assert_eq!(faded().await, 0);
    // Where to move away to is found at rest: the labels shown at rest come back when the
    // pointer leaves UNIDO, and a point on one of them would hover its entity.
    let empty = page.background(page.mark(&unido).await).await;
    page.browser.hover_at(page.mark(&unido).await).await;
    assert!(faded().await > 0, "hovering UNIDO fades the unrelated");
    page.browser.hover_at(empty).await;
    assert_eq!(faded().await, 0, "moving away restores them");
    page.close().await;
}

async fn dragging_moves_an_entity_or_the_map_and_selects_nothing(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let unido = page.entity(UNIDO).await;
    let cingai = page.entity(CINGAI).await;
    let from = page.mark(&cingai).await;
    let to = [from[0] + 60.0, from[1] + 40.0];
    page.browser.drag(Device::Mouse, from, to).await;
    let now = page.mark(&cingai).await;
    assert!(
        gap(now, to) < 6.0,
        "the entity follows the mouse: {now:?} vs {to:?}"
    );
    assert!(!page.pressed(&cingai).await, "a drag is not a click");
    assert_eq!(page.details_heading().await, None);

    // Dragging the background pans everything by the same amount.
    let before = page.mark(&unido).await;
    let start = page.background(before).await;
    page.browser
        .drag(Device::Mouse, start, [start[0] - 80.0, start[1] - 50.0])
        .await;
    let after = page.mark(&unido).await;
    assert!(
        gap(after, [before[0] - 80.0, before[1] - 50.0]) < 3.0,
        "the map pans with the mouse: {before:?} -> {after:?}"
    );
    assert_eq!(
        page.details_heading().await,
        None,
        "panning selects nothing"
    );
    page.close().await;
}

async fn the_wheel_zooms_only_when_asked_and_the_buttons_zoom(kind: Kind) {
    // A short window, so that the host page can scroll.
    let page = Page::open(kind, 1280, 700).await;
    let unido = page.entity(UNIDO).await;
    let cingai = page.entity(CINGAI).await;
    let b = &page.browser;
    let scroll = || async {
        b.eval("return window.scrollY;")
            .await
            .as_f64()
            .unwrap_or(0.0)
    };
    // How far apart two marks are on screen: grows as the map zooms in.
    let spread = || async {
        gap(
            b.locate("button", &unido, false).await,
            b.locate("button", &cingai, false).await,
        )
    };
    let top = || async {
        b.eval("window.scrollTo(0, 0);").await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    };
    top().await;
    let d0 = spread().await;
    // Over a map that was never clicked, the wheel scrolls the page, as it would anywhere else.
    let over_map = page.background([640.0, 500.0]).await;
    b.wheel_at(over_map, 200, false).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(scroll().await > 0.0, "the page scrolled");
    assert!(
        (spread().await - d0).abs() < 1.0,
        "and the map did not zoom"
    );

    // With Ctrl held the wheel zooms the map (down: out), and the page stays where it is.
    top().await;
    let over_map = page.background([640.0, 500.0]).await;
    b.wheel_at(over_map, 200, true).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let d1 = spread().await;
    assert!(
        d1 < d0 / 1.2,
        "Ctrl + wheel down zooms out: {d0:.0} -> {d1:.0}"
    );
    assert_eq!(scroll().await, 0.0, "the page did not scroll");
    // Once the map has been clicked, the wheel alone zooms it.
    b.click_at(over_map).await;
    b.wheel_at(over_map, -200, false).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        spread().await > d1 * 1.2,
        "a clicked map zooms with the wheel"
    );
    assert_eq!(scroll().await, 0.0, "and the page stays");

    // The zoom buttons.
    for (button, grows) in [("Zoom in", true), ("Zoom out", false)] {
        let before = spread().await;
        let at = b.centre("button", button).await;
        b.click_at(at).await;
        let after = spread().await;
        assert!(
            if grows {
                after > before * 1.15
            } else {
                after < before / 1.15
            },
            "{button}: {before:.0} -> {after:.0}"
        );
    }
    let at = b.centre("button", "Fit map").await;
    b.click_at(at).await;
    assert!(
        (spread().await - d0).abs() < 2.0,
        "Fit map shows the whole map again"
    );
    page.close().await;
}

async fn touch_and_pen_select_pan_and_pinch(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let unido = page.entity(UNIDO).await;
    let cingai = page.entity(CINGAI).await;
    page.browser
        .press_at(Device::Touch, page.mark(&unido).await)
        .await;
    page.wait_heading(UNIDO).await;
    // A fingertip is not precise: a tap a few pixels off a small mark still reaches it.
    let c = page.mark(&cingai).await;
    page.browser
        .press_at(Device::Touch, [c[0] + 8.0, c[1] + 3.0])
        .await;
    page.wait_heading(CINGAI).await;
    // A pen (geckodriver cannot drive a pen: "Unimplemented pointerMove for pointerType pen").
    if kind == Kind::Chromium {
        let c = page.mark(&cingai).await;
        page.browser.press_at(Device::Touch, c).await;
        page.browser
            .press_at(Device::Pen, page.mark(&unido).await)
            .await;
        page.wait_heading(UNIDO).await;
    } else {
        page.browser
            .press_at(Device::Mouse, page.mark(&unido).await)
            .await;
        page.wait_heading(UNIDO).await;
    }

    let spread = || async { gap(page.mark(&unido).await, page.mark(&cingai).await) };
    // One finger pans.
    let before = page.mark(&unido).await;
    let start = page.background(before).await;
    page.browser
        .drag(Device::Touch, start, [start[0] + 70.0, start[1] + 30.0])
        .await;
    let after = page.mark(&unido).await;
    assert!(
        gap(after, [before[0] + 70.0, before[1] + 30.0]) < 4.0,
        "a finger pans: {before:?} -> {after:?}"
    );
    page.wait_heading(UNIDO).await;
    // Two fingers spreading apart zoom in.
    let d0 = spread().await;
    let centre = page.background(page.mark(&unido).await).await;
    page.browser.pinch(centre, 60.0, 180.0).await;
    let d1 = spread().await;
    assert!(d1 > d0 * 1.5, "pinching out zooms in: {d0:.0} -> {d1:.0}");
    page.wait_heading(UNIDO).await;
    page.close().await;
}

async fn every_toolbar_and_filter_control_works_by_mouse(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    let click = |role: &'static str, name: &'static str| async move {
        let at = b.centre(role, name).await;
        b.click_at(at).await;
    };
    let count = || async { page.entities().await.len() };
    let everything = count().await;
    let people = || async {
        page.entities()
            .await
            .iter()
            .filter(|n| n.ends_with(", person"))
            .count()
    };
    assert!(people().await > 0);

    // The legend: a type's button hides that type and says so, and a line says what is shown
    // and why the rest is not.
    let summary = || async {
        b.eval("return document.querySelector('partnership-map').shadowRoot.querySelector('.shown-summary').textContent;")
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        summary().await,
        format!("Showing {everything} of {everything} entities")
    );
    let hidden_people = people().await;
    click("button", "person").await;
    assert_eq!(
        b.attribute("button", "person", "aria-pressed")
            .await
            .as_deref(),
        Some("false")
    );
    assert_eq!(people().await, 0);
    let said = summary().await;
    assert!(
        said.starts_with(&format!(
            "Showing {} of {everything} entities · {hidden_people} hidden by type",
            count().await
        )),
        "{said}"
    );
    click("button", "person").await;
    assert_eq!(
        people().await,
        page.entities()
            .await
            .iter()
            .filter(|n| n.ends_with(", person"))
            .count()
    );
    assert_eq!(count().await, everything);

    // Articles: unticking one article unticks that one, and only that one.
    click("button", "Articles").await;
    let boxes = b.checkboxes("Articles").await;
    assert!(boxes.len() >= 2, "{boxes:?}");
    let checked = || async {
        b.checkboxes("Articles")
            .await
            .into_iter()
            .map(|(_, c)| c)
            .collect::<Vec<bool>>()
    };
    assert!(checked().await.iter().all(|c| *c));
    let first = boxes[0].0.clone();
    let at = b.centre("checkbox", &first).await;
    b.click_at(at).await;
    let after = checked().await;
    assert!(!after[0], "the clicked article is unticked: {after:?}");
    assert!(
        after[1..].iter().all(|c| *c),
        "the others stay ticked: {after:?}"
    );
    assert!(count().await < everything && count().await > 0);
    b.click_at(at).await;
    assert!(checked().await.iter().all(|c| *c));
    assert_eq!(count().await, everything);

    // Relation types: a box hides that kind of relation.
    click("button", "Relation types").await;
    let kinds: Vec<String> = b
        .checkboxes("Relation types")
        .await
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let lines = || async {
        b.eval("return document.querySelector('partnership-map').shadowRoot.querySelectorAll('.edge').length;")
            .await
            .as_u64()
            .unwrap()
    };
    let all_lines = lines().await;
    let at = b.centre("checkbox", &kinds[0]).await;
    b.click_at(at).await;
    assert!(lines().await < all_lines, "{} hidden", kinds[0]);
    // "Show everything" undoes every filter.
    click("button", "Show everything").await;
    assert_eq!(lines().await, all_lines);

    // The time slider, dragged by its thumb to the start: the network of the first date only.
    let slider = b.rect("slider", "Network as of").await;
    let thumb = [slider[0] + slider[2] - 6.0, slider[1] + slider[3] / 2.0];
    b.drag(Device::Mouse, thumb, [slider[0] + 1.0, thumb[1]])
        .await;
    let value = b
        .attribute("slider", "Network as of", "aria-valuetext")
        .await
        .unwrap_or_default();
    assert!(
        value.starts_with("20") || value.starts_with("19"),
        "a date is shown: {value}"
    );
    assert!(count().await < everything, "fewer entities as of {value}");
    click("button", "Show everything").await;
    assert_eq!(count().await, everything);
    // Play steps through the dates; the button says Pause while it plays.
    let play_width = b.rect("button", "Play the timeline").await[2];
    click("button", "Play the timeline").await;
    b.wait_for("button", "Pause the timeline").await;
    let pause_width = b.rect("button", "Pause the timeline").await[2];
    assert!(
        (play_width - pause_width).abs() < 0.5,
        "the row does not shift: {play_width} vs {pause_width}"
    );
    let first = b
        .attribute("slider", "Network as of", "aria-valuetext")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    let later = b
        .attribute("slider", "Network as of", "aria-valuetext")
        .await;
    assert_ne!(first, later, "the timeline moves while playing");
    click("button", "Pause the timeline").await;
    b.wait_for("button", "Play the timeline").await;
    click("button", "Show everything").await;

    // Search by mouse: type, then click the suggestion.
    click("combobox", "Search entities").await;
    b.type_text("cingai").await;
    let option = b
        .names("option")
        .await
        .into_iter()
        .find(|n| n.starts_with(CINGAI))
        .expect("CINGAI is suggested");
    let at = b.centre("option", &option).await;
    b.click_at(at).await;
    page.wait_heading(CINGAI).await;

    // How much to show: one step around the selection (the option chosen with WebDriver's
    // element click, which is how a driver picks from a native drop-down list).
    let spread = || async {
        // How much of the map the shown entities take, across or down (whichever the fit is
        // bound by): the view fits what is shown.
        b.eval("const root = document.querySelector('partnership-map').shadowRoot;\
                const m = root.querySelector('svg.map').getBoundingClientRect();\
                const rs = [...root.querySelectorAll('.nodes > g .glyph')].map(g => g.getBoundingClientRect());\
                const xs = rs.map(r => r.left), ys = rs.map(r => r.top);\
                return Math.max((Math.max(...xs) - Math.min(...xs)) / m.width, (Math.max(...ys) - Math.min(...ys)) / m.height);")
            .await
            .as_f64()
            .unwrap_or(0.0)
    };
    b.click("option", "1 step from the selection").await;
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    let shown = count().await;
    assert!(
        shown < everything && shown > 1,
        "one step from CINGAI: {shown} of {everything}"
    );
    let fill = spread().await;
    assert!(
        fill > 0.5,
        "the view fits the neighbourhood: it spans {fill:.2} of the map's width or height"
    );
    b.click("option", "all entities").await;
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    assert_eq!(count().await, everything);

    // The list view, and selecting from it.
    let unido = page.entity(UNIDO).await;
    click("button", "List view").await;
    assert_eq!(
        b.attribute("button", "List view", "aria-pressed")
            .await
            .as_deref(),
        Some("true")
    );
    b.wait_for("region", "Entities and relations").await;
    let unido_in_list = b
        .eval(&format!(
            "const list = all(document).find(e => nameOf(e) === 'Entities and relations');\
             const btn = [...list.querySelectorAll('button')].find(x => x.textContent === {});\
             btn.scrollIntoView({{block: 'center'}});\
             const r2 = btn.getBoundingClientRect(); return [r2.left + r2.width / 2, r2.top + r2.height / 2];",
            json!(unido)
        ))
        .await;
    b.click_at([
        unido_in_list[0].as_f64().unwrap(),
        unido_in_list[1].as_f64().unwrap(),
    ])
    .await;
    page.wait_heading(UNIDO).await;
    click("button", "List view").await;
    b.wait_for("group", "Partnership map").await;

    // Export: the menu opens, and closes once a format is chosen.
    click("button", "Export").await;
    let open = || async {
        b.eval("return document.querySelector('partnership-map').shadowRoot.querySelector('details.export').open;")
            .await
    };
    assert_eq!(open().await, json!(true));
    click("button", "CSV").await;
    assert_eq!(open().await, json!(false));

    // The language.
    click("button", "Language: 中文").await;
    b.wait_for("group", "合作关系图").await;
    b.wait_for("button", "语言: English").await;
    page.close().await;
}

async fn a_quote_opens_its_article_and_can_be_selected_and_copied(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    page.click_entity(CINGAI).await;

    // Select a quoted sentence with the mouse, from its first character to its last.
    let quote = b
        .eval(
            "const d = all(document).find(e => roleOf(e) === 'complementary' && nameOf(e) === 'Details');\
             const q = d.querySelector('blockquote'); q.scrollIntoView({block: 'center'});\
             const range = document.createRange(); range.selectNodeContents(q);\
             const rects = [...range.getClientRects()].filter(r => r.width > 0);\
             const a = rects[0], z = rects[rects.length - 1];\
             return [q.textContent, [a.left + 1, a.top + a.height / 2], [z.right - 1, z.top + z.height / 2]];",
        )
        .await;
    let text = quote[0].as_str().unwrap().to_string();
    let pt = |v: &serde_json::Value| [v[0].as_f64().unwrap(), v[1].as_f64().unwrap()];
    b.drag(Device::Mouse, pt(&quote[1]), pt(&quote[2])).await;
    let selected = b.selected_text().await;
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words(&selected).len() + 3 >= words(&text).len()
            && words(&text).contains(&words(&selected)),
        "the quote can be selected: {selected:?} of {text:?}"
    );

    // Each reader button says which article it opens.
    let reads: Vec<String> = b
        .names("button")
        .await
        .into_iter()
        .filter(|n| n.starts_with("Read in the article: "))
        .collect();
    assert!(
        reads
            .iter()
            .any(|n| n.contains("UNIDO and CINGAI Forge Partnership")),
        "{reads:?}"
    );
    // "Read in the article" opens the article with the sentence marked.
    let at = b.centre("button", "Read in the article: *").await;
    b.click_at(at).await;
    let dialogs = b.names("dialog").await;
    assert_eq!(dialogs.len(), 1, "{dialogs:?}");
    let marked = b
        .eval("return all(document).filter(e => e.tagName === 'MARK').map(e => e.textContent);")
        .await;
    assert_eq!(marked.as_array().map(Vec::len), Some(1), "{marked}");
    let at = b.centre("button", "Close the article").await;
    b.click_at(at).await;
    for _ in 0..30 {
        if b.names("dialog").await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(b.names("dialog").await.is_empty(), "the reader closes");

    // A name in the article is a way back into the map: UNIDO's opens UNIDO.
    let at = b.centre("button", "Read in the article: *").await;
    b.click_at(at).await;
    let name = b
        .eval(
            "const d = all(document).find(e => roleOf(e) === 'dialog');\
             const l = [...d.querySelectorAll('button')].find(x => x.textContent === 'UNIDO');\
             l.scrollIntoView({block: 'center'}); const r = l.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];",
        )
        .await;
    b.click_at([name[0].as_f64().unwrap(), name[1].as_f64().unwrap()])
        .await;
    page.wait_heading(UNIDO).await;
    assert!(
        b.names("dialog").await.is_empty(),
        "the reader gives way to the map"
    );

    // A related entity in the details opens it, and Back comes back.
    let at = b.centre("button", CINGAI).await;
    b.click_at(at).await;
    page.wait_heading(CINGAI).await;
    b.client.back().await.expect("history back");
    page.wait_heading(UNIDO).await;
    page.close().await;
}

async fn the_keyboard_reaches_and_works_everything(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    // From the page's heading, Tab walks the toolbar in reading order.
    let heading = b.centre("heading", "AIM Global partnership map").await;
    b.click_at(heading).await;
    let mut order = Vec::new();
    for _ in 0..6 {
        b.keys(&[key::TAB]).await;
        order.push(b.focused().await);
    }
    assert_eq!(
        order[0],
        ("combobox".into(), "Search entities".into()),
        "{order:?}"
    );
    assert_eq!(order[1], ("combobox".into(), "Show".into()), "{order:?}");
    assert_eq!(order[2], ("button".into(), "List view".into()), "{order:?}");
    assert_eq!(order[3].1, "Export", "{order:?}");
    assert_eq!(order[4].1, "Language: 中文", "{order:?}");

    // Tab on until an entity of the map has focus; Enter selects it.
    let mut on_entity = None;
    for _ in 0..40 {
        b.keys(&[key::TAB]).await;
        let (role, name) = b.focused().await;
        if role == "button" && page.entities().await.contains(&name) {
            on_entity = Some(name);
            break;
        }
    }
    let entity = on_entity.expect("Tab reaches the map's entities");
    // The map is one Tab stop: the next Tab leaves it.
    b.keys(&[key::TAB]).await;
    let (_, next) = b.focused().await;
    assert!(
        !page.entities().await.contains(&next),
        "one Tab stop for the map, then {next:?}"
    );
    b.chord(&[key::SHIFT], key::TAB).await;
    assert_eq!(
        b.focused().await.1,
        entity,
        "Shift+Tab comes back to the same entity"
    );
    b.keys(&[key::ENTER]).await;
    assert!(page.pressed(&entity).await, "Enter selects {entity}");
    assert!(page.details_heading().await.is_some());
    // Arrows move to a related entity.
    let mut moved = false;
    for k in [key::RIGHT, key::DOWN, key::LEFT, key::UP] {
        b.keys(&[k]).await;
        let (_, now) = b.focused().await;
        if now != entity && page.entities().await.contains(&now) {
            moved = true;
            break;
        }
    }
    assert!(moved, "an arrow key moves focus to a related entity");
    // The entity that has keyboard focus shows its focus ring.
    let ring = b
        .eval(
            "let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;\
             const ring = el && el.querySelector('.focus-ring');\
             return ring ? getComputedStyle(ring).stroke : null;",
        )
        .await;
    assert!(
        ring.as_str().is_some_and(|s| s != "none"),
        "the focused entity shows a focus ring: {ring}"
    );
    // Escape clears the selection.
    b.keys(&[key::ESCAPE]).await;
    assert_eq!(page.details_heading().await, None);

    // Search by keyboard, open the reader with Enter, close it with Escape.
    let at = b.centre("combobox", "Search entities").await;
    b.click_at(at).await;
    b.type_text("CINGAI").await;
    b.keys(&[key::ENTER]).await;
    page.wait_heading(CINGAI).await;
    let mut on_read = false;
    for _ in 0..200 {
        b.keys(&[key::TAB]).await;
        if b.focused().await.1.starts_with("Read in the article: ") {
            on_read = true;
            break;
        }
    }
    assert!(on_read, "Tab reaches the quotes' reader buttons");
    b.keys(&[key::ENTER]).await;
    assert_eq!(b.names("dialog").await.len(), 1);
    b.keys(&[key::ESCAPE]).await;
    assert!(
        b.names("dialog").await.is_empty(),
        "Escape closes the reader"
    );
    assert!(
        b.focused().await.1.starts_with("Read in the article: "),
        "focus returns to the quote"
    );
    page.close().await;
}

async fn every_mark_is_its_own_topmost_target_at_every_zoom(kind: Kind) {
    let page = Page::open(kind, 1280, 1400).await;
    let b = &page.browser;
    b.eval("document.querySelector('partnership-map').scrollIntoView({block: 'start'});")
        .await;
    // For every entity whose mark is on screen: what is under the centre of its mark is that
    // entity, and its target is at least 24 × 24 px.
    let check = || async {
        b.eval(
            "const root = document.querySelector('partnership-map').shadowRoot;\
             const svg = root.querySelector('svg.map'); const box = svg.getBoundingClientRect();\
             const out = {checked: 0, covered: [], small: []};\
             for (const g of root.querySelectorAll('.nodes > g[role=button]')) {\
               const r = g.querySelector('.glyph').getBoundingClientRect();\
               const x = r.left + r.width / 2, y = r.top + r.height / 2;\
               if (x < box.left || y < box.top || x > box.right || y > box.bottom || y > innerHeight) continue;\
               out.checked++;\
               const hit = root.elementFromPoint(x, y);\
               const owner = hit && hit.closest('[role=button]');\
               if (owner !== g) out.covered.push(nameOf(g) + ' under ' + (hit ? hit.tagName + '.' + hit.getAttribute('class') + ' ' + (owner ? nameOf(owner) : '') : 'nothing'));\
               const disc = [...root.querySelectorAll('.hits circle')].find(c => c.dataset.entity === g.dataset.entity);\
               const size = disc ? disc.getBoundingClientRect() : r;\
               if (Math.min(size.width, size.height) < 23.9) out.small.push(nameOf(g) + ' ' + size.width.toFixed(1));\
             }\
             out.tiny = [...root.querySelectorAll('.node-label')].filter(l => l.getScreenCTM().a * 11 < 10.9).map(l => l.textContent + ' ' + (l.getScreenCTM().a * 11).toFixed(2) + ' px');\
             return out;",
        )
        .await
    };
    let at_default = check().await;
    assert!(at_default["checked"].as_u64().unwrap() > 40, "{at_default}");
    assert_eq!(at_default["covered"], json!([]), "at the default view");
    assert_eq!(
        at_default["small"],
        json!([]),
        "targets of 24 × 24 px at the default view"
    );
    assert_eq!(
        at_default["tiny"],
        json!([]),
        "labels of at least 11 px on screen at the default view"
    );
    for (button, times) in [("Zoom in", 2), ("Fit map", 1), ("Zoom out", 2)] {
        for _ in 0..times {
            let at = b.centre("button", button).await;
            b.click_at(at).await;
        }
        let now = check().await;
        assert_eq!(now["covered"], json!([]), "after {button} ×{times}: {now}");
    }
    page.close().await;
}

async fn on_a_phone_a_tap_selects_an_entity(kind: Kind) {
    let page = Page::open(kind, 390, 844).await;
    let b = &page.browser;
    // Headless Firefox keeps its window at least 500 px wide; Chromium goes down to 390.
    let width = b.eval("return innerWidth;").await.as_f64().unwrap_or(0.0);
    let narrowest = if kind == Kind::Chromium { 390.0 } else { 500.0 };
    assert!(width <= narrowest, "a phone-sized viewport: {width}");
    let cingai = page.entity(CINGAI).await;
    // The map takes at least half the screen.
    let map = b.rect("group", "Partnership map").await;
    let screen = b.eval("return innerHeight;").await.as_f64().unwrap();
    assert!(
        map[3] >= screen * 0.5,
        "the map is {} px tall on a {screen} px screen",
        map[3]
    );
    // A tap selects, and the details come up on screen without scrolling.
    b.press_at(Device::Touch, page.mark(&cingai).await).await;
    page.wait_heading(CINGAI).await;
    let details = b.rect("complementary", "Details").await;
    assert!(
        details[1] < screen - 80.0,
        "the details are on screen: top at {} of {screen}",
        details[1]
    );
    // The filter lists open inside the screen, with rows large enough to tap.
    b.eval("window.scrollTo(0, 0);").await;
    let at = b.centre("button", "Articles").await;
    b.press_at(Device::Touch, at).await;
    let list = b.rect("list", "Articles").await;
    assert!(
        list[0] >= 0.0 && list[0] + list[2] <= width + 0.5,
        "the list is inside the screen: {list:?}"
    );
    let rows = b
        .eval("const l = all(document).find(e => roleOf(e) === 'list' && nameOf(e) === 'Articles');\
               return Math.min(...[...l.querySelectorAll('label')].map(x => x.getBoundingClientRect().height));")
        .await
        .as_f64()
        .unwrap();
    assert!(rows >= 24.0, "rows of {rows} px");
    b.press_at(Device::Touch, at).await;
    if let Some(dir) = std::env::var_os("PMAP_SCREENSHOTS").filter(|_| kind == Kind::Chromium) {
        b.screenshot(&PathBuf::from(dir).join("screenshot-phone.png"))
            .await;
    }
    assert!(
        page._server.missing().is_empty(),
        "asked for missing files: {:?}",
        page._server.missing()
    );
    page.close().await;
}

async fn the_reader_opens_at_the_quote_inside_the_window_and_keeps_focus(kind: Kind) {
    for (width, height) in [(1280, 800), (390, 844)] {
        let page = Page::open(kind, width, height).await;
        let b = &page.browser;
        let unido = page.entity(UNIDO).await;
        b.press_at(Device::Touch, page.mark(&unido).await).await;
        page.wait_heading(UNIDO).await;
        // The last quote shown in UNIDO's long list: its sentence is far down its article.
        let at = b
            .eval(
                "const shown = all(document).filter(e => roleOf(e) === 'button' && nameOf(e).startsWith('Read in the article: ') && e.checkVisibility());\
                 const r = shown[shown.length - 1];\
                 r.scrollIntoView({block: 'center'}); const q = r.getBoundingClientRect(); return [q.left + q.width / 2, q.top + q.height / 2];",
            )
            .await;
        b.click_at([at[0].as_f64().unwrap(), at[1].as_f64().unwrap()])
            .await;
        let seen = b
            .eval(
                "const d = all(document).find(e => roleOf(e) === 'dialog'); const m = d.querySelector('mark');\
                 const r = d.getBoundingClientRect(), q = m.getBoundingClientRect();\
                 return {dialog: [r.top, r.bottom, r.left, r.right], mark: [q.top, q.bottom], h: innerHeight, w: innerWidth};",
            )
            .await;
        let n = |v: &serde_json::Value| v.as_f64().unwrap();
        let (h, w) = (n(&seen["h"]), n(&seen["w"]));
        let d = &seen["dialog"];
        assert!(
            n(&d[0]) >= 0.0 && n(&d[1]) <= h && n(&d[2]) >= 0.0 && n(&d[3]) <= w,
            "the reader fits the window: {seen}"
        );
        let m = &seen["mark"];
        assert!(
            n(&m[0]) >= n(&d[0]) && n(&m[1]) <= n(&d[1]),
            "the marked sentence is in view: {seen} ({width}×{height})"
        );
        // Modal: Tab and Shift+Tab stay inside the reader.
        for _ in 0..3 {
            b.keys(&[key::TAB]).await;
        }
        let inside = "const d = all(document).find(e => roleOf(e) === 'dialog'); let el = document.activeElement;\
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; return d.contains(el);";
        assert_eq!(b.eval(inside).await, json!(true), "Tab stays in the reader");
        b.keys(&[key::ESCAPE]).await;
        assert!(
            b.names("dialog").await.is_empty(),
            "Escape closes the reader"
        );
        page.close().await;
    }
}

async fn escape_and_outside_clicks_close_the_innermost_thing_first(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    page.click_entity(CINGAI).await;
    let open = |menu: &'static str| async move {
        b.eval(&format!(
            "const s = all(document).find(e => roleOf(e) === 'button' && nameOf(e) === {}); return s.parentElement.open;",
            json!(menu)
        ))
        .await
    };
    // Escape in the open Export menu closes the menu, and the selection stays.
    let at = b.centre("button", "Export").await;
    b.click_at(at).await;
    assert_eq!(open("Export").await, json!(true));
    b.keys(&[key::ESCAPE]).await;
    assert_eq!(open("Export").await, json!(false));
    page.wait_heading(CINGAI).await;
    assert_eq!(
        b.focused().await.1,
        "Export",
        "focus is back on the menu's button"
    );
    // A click outside closes an open filter list.
    let at = b.centre("button", "Articles").await;
    b.click_at(at).await;
    assert_eq!(open("Articles").await, json!(true));
    let heading = b.centre("heading", "AIM Global partnership map").await;
    b.click_at(heading).await;
    assert_eq!(open("Articles").await, json!(false));
    // How is it connected to…, then Escape: the selection and its connection leave the link.
    b.click("option", "Gerd Müller").await;
    b.wait_for("button", "Clear connection").await;
    let on_path = || async {
        b.eval("return document.querySelector('partnership-map').shadowRoot.querySelectorAll('.edge.on-path').length;")
            .await
            .as_u64()
            .unwrap_or(0)
    };
    assert!(on_path().await > 0, "the connection is drawn");
    let at = b.centre("button", "Clear connection").await;
    b.click_at(at).await;
    assert_eq!(on_path().await, 0, "Clear connection takes it away");
    b.click("option", "Gerd Müller").await;
    b.wait_for("button", "Clear connection").await;
    let hash = || async {
        b.eval("return location.hash;")
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert!(hash().await.contains("path="), "{}", hash().await);
    let empty = page.background([640.0, 500.0]).await;
    b.click_at(empty).await;
    b.keys(&[key::ESCAPE]).await;
    assert_eq!(page.details_heading().await, None);
    assert!(!hash().await.contains("path="), "{}", hash().await);
    page.close().await;
}

async fn search_forgives_typos_and_escape_closes_before_it_clears(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    let at = b.centre("combobox", "Search entities").await;
    b.click_at(at).await;
    for (typed, expected) in [
        ("cingia", CINGAI),
        ("muler", "Gerd Müller"),
        ("unid", UNIDO),
    ] {
        b.type_text(typed).await;
        let options = b.names("option").await;
        let first = options
            .iter()
            .find(|o| !o.contains("entities") && !o.contains("step"));
        assert!(
            first.is_some_and(|o| o.starts_with(expected)),
            "{typed:?}: the first suggestion is {expected}: {options:?}"
        );
        let value = || async {
            b.eval("const i = all(document).find(e => roleOf(e) === 'combobox' && nameOf(e) === 'Search entities'); return [i.value, i.getAttribute('aria-expanded')];")
                .await
        };
        b.keys(&[key::ESCAPE]).await;
        assert_eq!(
            value().await,
            json!([typed, "false"]),
            "the first Escape closes the list, keeping the text"
        );
        b.keys(&[key::ESCAPE]).await;
        assert_eq!(value().await, json!(["", "false"]), "the second clears it");
    }
    page.close().await;
}

async fn focus_never_falls_to_the_page_when_its_control_goes_away(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    let at = b.centre("combobox", "Search entities").await;
    b.click_at(at).await;
    b.type_text("CINGAI").await;
    b.keys(&[key::ENTER]).await;
    page.wait_heading(CINGAI).await;
    // Follow a related entity from the details by keyboard: focus lands on its heading.
    let mut on_link = false;
    for _ in 0..40 {
        b.keys(&[key::TAB]).await;
        if b.focused().await.1.starts_with("Global Alliance on AI") {
            on_link = true;
            break;
        }
    }
    assert!(on_link, "Tab reaches a related entity in the details");
    b.keys(&[key::ENTER]).await;
    page.wait_heading("Global Alliance on AI for Industry and Manufacturing")
        .await;
    assert_eq!(
        b.focused().await,
        (
            "heading".to_string(),
            "Global Alliance on AI for Industry and Manufacturing".to_string()
        ),
        "focus moves to what was opened"
    );
    // Close the details: focus goes to the map, on an entity.
    let at = b.centre("button", "Close details").await;
    b.click_at(at).await;
    let (role, name) = b.focused().await;
    assert!(
        role == "button" && page.entities().await.contains(&name),
        "focus is on the map: {role} {name}"
    );
    // Choose an export format by keyboard: the menu closes and focus is back on its button.
    let at = b.centre("button", "Export").await;
    b.click_at(at).await;
    let at = b.centre("button", "JSON").await;
    b.click_at(at).await;
    assert_eq!(b.focused().await.1, "Export");
    page.close().await;
}

async fn details_begin_with_a_summary_and_fold_what_is_long(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    page.click_entity(UNIDO).await;
    // The kinds of relation with their counts, and the closest partners, come first.
    let partners = b.wait_for("list", "Most related").await.text;
    assert!(!partners.is_empty(), "{partners}");
    // How many quotes can be read without unfolding anything.
    let readable = || async {
        b.eval("return all(document).filter(e => roleOf(e) === 'button' && nameOf(e).startsWith('Read in the article: ') && e.checkVisibility()).length;")
            .await
            .as_u64()
            .unwrap_or(0)
    };
    let folded = readable().await;
    let groups = || async {
        let v = b
            .eval("const d = all(document).find(e => roleOf(e) === 'complementary' && nameOf(e) === 'Details');\
                   return [...d.querySelectorAll('details.group')].map(g => [g.querySelector('summary').textContent, g.open]);")
            .await;
        serde_json::from_value::<Vec<(String, bool)>>(v).unwrap()
    };
    let before = groups().await;
    assert!(before.len() > 3, "{before:?}");
    assert!(
        before.iter().any(|(_, open)| !open),
        "a long list starts folded: {before:?}"
    );
    // A folded group opens with a click on its name.
    let (name, _) = before.iter().find(|(_, open)| !open).unwrap().clone();
    let at = b.centre("button", &name).await;
    b.click_at(at).await;
    let after = groups().await;
    assert!(
        after.iter().any(|(n, open)| *n == name && *open),
        "{name} opened: {after:?}"
    );
    assert!(
        readable().await > folded,
        "the opened group's quotes can be read"
    );
    page.close().await;
}

async fn in_chinese_lists_are_in_pinyin_order_and_roles_read_in_chinese(kind: Kind) {
    let page = Page::open(kind, 1280, 1000).await;
    let b = &page.browser;
    let at = b.centre("button", "Language: 中文").await;
    b.click_at(at).await;
    b.wait_for("group", "合作关系图").await;
    let unido = page.entity("联合国工业发展组织").await;
    b.click_at(page.mark(&unido).await).await;
    let order = b
        .eval("const s = all(document).find(e => roleOf(e) === 'combobox' && nameOf(e) === '与其如何关联…');\
               const names = [...s.options].slice(1).map(o => o.textContent);\
               const pinyin = [...names].sort(new Intl.Collator('zh').compare);\
               const codes = [...names].sort();\
               return [names, pinyin, codes];")
        .await;
    assert_eq!(order[0], order[1], "the names are in pinyin order");
    assert_ne!(order[1], order[2], "which is not the order of code points");
    // The people in roles at UNIDO, each with the title: in Chinese, also where only an English
    // article states it (格尔德·穆勒, Director General).
    let details = b.text_of("complementary", "详情").await;
    assert!(
        details.contains("格尔德·穆勒总干事"),
        "Gerd Müller's title in Chinese: {details}"
    );
    page.close().await;
}

/// The story's principal actors (the bundle's featured entities), as the visitor named them.
const PRINCIPALS: [&str; 5] = [
    UNIDO,
    "Ministry of Industry and Information Technology",
    "Shanghai Municipal Government",
    CINGAI,
    "BRICS+ AI Alliance Network",
];

async fn the_first_view_labels_the_principal_actors_legibly(kind: Kind) {
    // At a desktop's width (on a phone the map shows fewer labels at rest: see the closing note).
    for (width, height) in [(1280, 800)] {
        let page = Page::open(kind, width, height).await;
        let b = &page.browser;
        // Let the first layout settle.
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        // A label is placed by estimated text widths: its own mark must be the nearest within
        // 3 px (browsers set text a little wider or narrower than the estimate).
        // Labels' lines are compared by their letters (an em per line, as the text is set), not
        // by the boxes browsers give text (Firefox adds the fallback fonts' ascent and descent).
        let seen = b
            .eval(&format!(
                "const names = {names};\
                 const marks = all(document).filter(e => roleOf(e) === 'button' && e.tagName.toLowerCase() === 'g');\
                 const host = marks[0].getRootNode();\
                 const svg = all(document).find(e => roleOf(e) === 'group' && nameOf(e) === 'Partnership map').getBoundingClientRect();\
                 const width = g => g.getBoundingClientRect().width;\
                 const apart = (a, b) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));\
                 const centre = g => {{ const q = g.getBoundingClientRect(); const x = q.left + q.width / 2, y = q.top + q.height / 2; return {{left: x, right: x, top: y, bottom: y}}; }};\
                 const sizes = marks.map(width).sort((a, b) => a - b); const median = sizes[sizes.length >> 1];\
                 const out = {{}};\
                 for (const name of names) {{\
                   const g = marks.find(m => nameOf(m).startsWith(name + ', '));\
                   const l = g && host.querySelector('.labels g[data-entity=\"' + g.dataset.entity + '\"] text');\
                   if (!l) {{ out[name] = null; continue; }}\
                   const m = g.getBoundingClientRect(), r = l.getBoundingClientRect();\
                   const line = r.height / l.querySelectorAll('tspan').length, my = m.top + m.height / 2;\
                   const near = r.top >= my ? {{left: r.left, right: r.right, top: r.top, bottom: r.top + line}}\
                     : r.bottom <= my ? {{left: r.left, right: r.right, top: r.bottom - line, bottom: r.bottom}} : r;\
                   out[name] = {{ px: parseFloat(getComputedStyle(l).fontSize) * l.getScreenCTM().a,\
                     bold: parseInt(getComputedStyle(l).fontWeight) >= 600, gap: apart(r, m), own: apart(near, centre(g)),\
                     nearest: Math.min(...marks.filter(o => o !== g).map(o => apart(near, centre(o)))), mark: width(g), median,\
                     inside: r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1 }};\
                 }}\
                 const boxes = [...host.querySelectorAll('.labels text')].map(t => {{\
                   const r = t.getBoundingClientRect(), em = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;\
                   const tall = em * (1 + 1.15 * (t.querySelectorAll('tspan').length - 1)), cy = r.top + r.height / 2;\
                   return {{ left: r.left, right: r.right, top: cy - tall / 2, bottom: cy + tall / 2 }}; }});\
                 let overlaps = [];\
                 for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {{\
                   const a = boxes[i], c = boxes[j];\
                   const w = Math.min(a.right, c.right) - Math.max(a.left, c.left), h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);\
                   if (w > 2 && h > 2) overlaps.push([boxes[i], boxes[j]]);\
                 }}\
                 const small = [...host.querySelectorAll('.labels text')].filter(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a < 11).length;\
                 return {{ out, overlaps: overlaps.length, overlapping: overlaps.slice(0, 3), small, labels: boxes.length }};",
                names = serde_json::to_string(&PRINCIPALS).unwrap()
            ))
            .await;
        for name in PRINCIPALS {
            let l = &seen["out"][name];
            assert!(
                l.is_object(),
                "{name} has no label at rest ({width} px): {seen}"
            );
            let n = |k: &str| l[k].as_f64().unwrap();
            assert!(n("px") >= 11.0, "{name}'s label is {} px", n("px"));
            assert_eq!(l["bold"], json!(true), "{name}'s label stands out: {l}");
            assert!(
                n("gap") <= 6.0 && n("own") < n("nearest") + 3.0,
                "{name}'s label is right at its mark, its first line nearer its centre than any other's: {l}"
            );
            assert!(
                n("mark") > n("median"),
                "{name}'s mark is larger than most: {l}"
            );
            assert_eq!(
                l["inside"],
                json!(true),
                "{name}'s label is inside the frame: {l}"
            );
        }
        assert_eq!(
            seen["overlaps"],
            json!(0),
            "labels at rest cover each other: {seen}"
        );
        assert_eq!(
            seen["small"],
            json!(0),
            "every label is at least 11 px: {seen}"
        );
        page.close().await;
    }
}
