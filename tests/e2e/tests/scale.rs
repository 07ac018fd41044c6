//! A large graph given by the host (`data`), with real input in headless Chromium and Firefox:
//! it is drawn before its layout has settled and settles in view (`aria-busy`), its lines are
//! drawn batched yet a real click on one selects that relation and hovering names it, and the
//! wheel moves the drawing as one and draws it anew at rest where it showed it. Past 500
//! entities the marks are batched too: the keyboard still walks them as named buttons, and a
//! real click or hover on a mark without an element of its own reaches its entity. Scripts only
//! read positions and state; all input is trusted (WebDriver Actions).

use std::collections::BTreeMap;
use std::time::Duration;

use pmap_e2e::{dist, key, Browser, Kind, Point, StaticServer};
use serde_json::{json, Value};

macro_rules! in_both_browsers {
    ($($name:ident),* $(,)?) => {
        mod chromium { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Chromium).await } )* }
        mod firefox { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Firefox).await } )* }
    };
}

in_both_browsers!(
    a_large_graph_settles_in_view_and_its_batched_lines_answer_real_input,
    a_map_of_thousands_batches_its_marks_and_they_answer_real_input,
);

/// Entities and the pairs related: each links to two earlier ones, so there are far more lines
/// than the per-line drawing takes (600), and fewer entities than batched marks need (500).
const ENTITIES: usize = 450;

/// Entities of the map whose marks are drawn batched.
const THOUSANDS: usize = 1200;

fn name(i: usize) -> String {
    format!("Member {i:03}")
}

fn links() -> Vec<(usize, usize)> {
    links_of(ENTITIES)
}

fn links_of(entities: usize) -> Vec<(usize, usize)> {
    let mut links = Vec::new();
    for i in 1..entities {
        links.push((i, (i - 1) / 2));
        if i > 2 {
            links.push((i, (i * 7 + 3) % i));
        }
    }
    links.sort();
    links.dedup();
    links.retain(|(a, b)| a != b);
    links
}

fn graph() -> Value {
    graph_of(ENTITIES)
}

fn graph_of(entities: usize) -> Value {
    let text = "The members work together.";
    json!({
        "version": 1,
        "documents": [{"id": "d", "title": "Members", "lang": "en", "date": "2025-01-01", "text": text}],
        "entities": (0..entities).map(|i| json!({"id": format!("m{i}"), "type": "organization", "name": {"en": name(i)}, "aliases": []})).collect::<Vec<_>>(),
        "relations": links_of(entities).iter().map(|(a, b)| json!({"source": format!("m{a}"), "target": format!("m{b}"), "type": "partnered_with", "evidence": [{"doc": "d", "quote": text}]})).collect::<Vec<_>>(),
    })
}

const MAP: &str = "const root = document.querySelector('partnership-map').shadowRoot; const svg = root.querySelector('svg[role=\"group\"]');";

async fn busy(b: &Browser) -> Option<String> {
    b.eval(&format!(
        "{MAP} return svg ? svg.getAttribute('aria-busy') : null;"
    ))
    .await
    .as_str()
    .map(String::from)
}

/// Every entity's mark centre on screen, by display name (none while the map is loading: a
/// large graph is read a slice at a time, the map saying it is loading meanwhile).
async fn marks(b: &Browser) -> BTreeMap<String, Point> {
    let v = b
        .eval(&format!(
            "{MAP} const out = {{}}; if (!svg) return out; for (const g of svg.querySelectorAll('g[role=\"button\"]')) {{\
               const r = g.getBoundingClientRect(); out[g.getAttribute('aria-label').split(',')[0]] = [r.left + r.width / 2, r.top + r.height / 2]; }}\
             return out;"
        ))
        .await;
    serde_json::from_value::<BTreeMap<String, [f64; 2]>>(v).unwrap_or_default()
}

fn gap(a: Point, b: Point) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

fn segment_gap(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    gap(p, [a[0] + t * dx, a[1] + t * dy])
}

/// The release build's page in a browser of `kind`, its map shown (the server lives as long as
/// the first value).
async fn open(kind: Kind) -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist()).expect("serves dist/");
    let b = Browser::launch(kind).await;
    b.client
        .set_window_size(1280, 1000)
        .await
        .expect("window size");
    b.visit(&server.url("/")).await;
    b.wait_for("group", "Partnership map").await;
    (server, b)
}

async fn a_large_graph_settles_in_view_and_its_batched_lines_answer_real_input(kind: Kind) {
    let (_server, b) = open(kind).await;

    // The host gives a graph without positions: it is drawn at once and settles in view.
    b.eval(&format!(
        "document.querySelector('partnership-map').data = {};",
        graph()
    ))
    .await;
    let mut seen_busy = false;
    let mut drawn = 0;
    for _ in 0..600 {
        drawn = marks(&b).await.len();
        match busy(&b).await.as_deref() {
            Some("true") if drawn == ENTITIES => seen_busy = true,
            Some("false") if drawn == ENTITIES => break,
            _ => {}
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(drawn, ENTITIES, "every entity is drawn");
    assert!(
        seen_busy,
        "the map was drawn while its layout still ran (aria-busy)"
    );
    assert_eq!(
        busy(&b).await.as_deref(),
        Some("false"),
        "and the layout settled"
    );

    // A line nothing else covers, with no other line within 8 px of a point of it (its middle,
    // else a little to either side: labels cover many middles).
    let at = marks(&b).await;
    let lines: Vec<(Point, Point, usize, usize)> = links()
        .iter()
        .filter_map(|&(s, t)| Some((*at.get(&name(s))?, *at.get(&name(t))?, s, t)))
        .collect();
    let mut target = None;
    let mut tops = Vec::new();
    'lines: for (i, &(a, c, s, t)) in lines.iter().enumerate() {
        for along in [0.5, 0.4, 0.6, 0.3, 0.7] {
            let mid = [a[0] + (c[0] - a[0]) * along, a[1] + (c[1] - a[1]) * along];
            if gap(a, c) < 60.0
                || mid[0] < 20.0
                || mid[1] < 20.0
                || mid[0] > 1100.0
                || mid[1] > 900.0
            {
                continue;
            }
            let alone = lines
                .iter()
                .enumerate()
                .all(|(j, &(p, q, _, _))| j == i || segment_gap(mid, p, q) > 8.0)
                && at.values().all(|&m| gap(m, mid) > 26.0);
            if !alone {
                continue;
            }
            let top = b
                .eval(&format!(
                    "{MAP} const e = root.elementFromPoint({}, {}); return e ? e.tagName.toLowerCase() + '.' + e.getAttribute('class') : null;",
                    mid[0], mid[1]
                ))
                .await;
            if top
                .as_str()
                .is_some_and(|t| t.starts_with("svg.") || t.starts_with("path.edge-batch"))
            {
                target = Some((mid, s, t));
                break 'lines;
            }
            tops.push(top);
        }
    }
    let (mid, s, t) = target.unwrap_or_else(|| {
        panic!(
            "some line stands alone ({} lines; alone but covered: {tops:?})",
            lines.len()
        )
    });

    // Hovering it names its relation; clicking it tells the host which relation and opens one
    // of its ends.
    b.hover_at(mid).await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    let said = b
        .eval(&format!(
            "{MAP} return root.querySelector('.overlay').textContent;"
        ))
        .await;
    let said = said.as_str().unwrap_or_default().to_string();
    assert!(
        said.contains(&name(s)) && said.contains(&name(t)),
        "hovering the line between {} and {} names it: {said:?}",
        name(s),
        name(t)
    );
    b.eval("document.querySelector('partnership-map').addEventListener('relationselect', (e) => { window.heard = e.detail; });")
        .await;
    b.click_at(mid).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let heard = b.eval("return window.heard || null;").await;
    let ends = [heard["source"].as_str(), heard["target"].as_str()];
    assert!(
        ends.contains(&Some(format!("m{s}").as_str()))
            && ends.contains(&Some(format!("m{t}").as_str())),
        "the click selected that line's relation: {heard}"
    );

    // The wheel zooms at once (the drawing moves as one) and, at rest, the map drawn anew puts
    // every mark where the moving drawing showed it.
    let a = *at.get(&name(0)).unwrap();
    let c = *at.get(&name(1)).unwrap();
    let before = gap(a, c);
    let over = [mid[0], mid[1]];
    b.wheel_at(over, -300, true).await;
    let moving = marks(&b).await;
    let during = gap(moving[&name(0)], moving[&name(1)]);
    tokio::time::sleep(Duration::from_millis(600)).await;
    let rested = marks(&b).await;
    let after = gap(rested[&name(0)], rested[&name(1)]);
    assert!(
        after > before * 1.3,
        "Ctrl + wheel up zooms in: {before:.0} -> {after:.0}"
    );
    assert!(
        (during - after).abs() < 2.0 || during > before * 1.3,
        "the zoom shows before it rests: {before:.0}, {during:.0}, {after:.0}"
    );
    let still = b
        .eval(&format!(
            "{MAP} return svg.hasAttribute('style') || svg.classList.contains('moving');"
        ))
        .await;
    assert_eq!(
        still,
        json!(false),
        "at rest the drawing carries no transform"
    );

    // And a real click on an entity of the zoomed map selects it: one whose mark is in the
    // drawing's frame (the zoom puts many outside it, where the frame clips them) and on top there.
    let frame = b
        .eval(&format!(
            "{MAP} const r = svg.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
        ))
        .await;
    let frame: [f64; 4] = serde_json::from_value(frame).expect("the drawing's frame");
    let mut on_screen = None;
    for (n, p) in rested.iter().filter(|(_, p)| {
        p[0] > frame[0] + 40.0
            && p[0] < frame[2] - 40.0
            && p[1] > frame[1] + 40.0
            && p[1] < frame[3] - 40.0
    }) {
        let top = b
            .eval(&format!(
                "{MAP} const e = root.elementFromPoint({}, {}); const g = e && e.closest('[data-entity]'); return g ? g.getAttribute('aria-label').split(',')[0] : null;",
                p[0], p[1]
            ))
            .await;
        if top.as_str() == Some(n.as_str()) {
            on_screen = Some((n.clone(), *p));
            break;
        }
    }
    let on_screen = on_screen.expect("an entity in view, on top at its centre");
    b.click_at(on_screen.1).await;
    let mut heading = None;
    for _ in 0..30 {
        heading = details_heading(&b).await;
        if heading.as_deref() == Some(on_screen.0.as_str()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        heading.as_deref(),
        Some(on_screen.0.as_str()),
        "clicking a mark selects it"
    );
    b.close().await;
}

/// How the drawing draws its marks: shapes in batched paths, and buttons (elements of their own).
async fn drawn_marks(b: &Browser) -> (usize, usize) {
    let v = b
        .eval(&format!(
            "{MAP} if (!svg) return [0, 0]; let shapes = 0; for (const p of svg.querySelectorAll('.mark-batch')) shapes += (p.getAttribute('d').match(/Z/g) || []).length;\
             return [shapes, svg.querySelectorAll('g[role=\"button\"]').length];"
        ))
        .await;
    let n = |i: usize| v[i].as_u64().unwrap_or(0) as usize;
    (n(0), n(1))
}

/// The map's buttons named `name` (its accessible name starts with it).
async fn buttons_named(b: &Browser, name: &str) -> usize {
    b.eval(&format!(
        "{MAP} return [...svg.querySelectorAll('g[role=\"button\"]')].filter(g => g.getAttribute('aria-label').split(',')[0] === {name:?}).length;"
    ))
    .await
    .as_u64()
    .unwrap_or(0) as usize
}

/// The centre of the mark of the focused entity, and its name.
async fn focused_mark(b: &Browser) -> Option<(String, Point)> {
    let (role, name) = b.focused().await;
    let name = name.split(',').next().unwrap_or_default().to_string();
    if role != "button" || !name.starts_with("Member ") {
        return None;
    }
    let v = b
        .eval("let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;\
               const r = el.querySelector('.glyph').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];")
        .await;
    Some((name, [v[0].as_f64()?, v[1].as_f64()?]))
}

/// The heading of the details panel.
async fn details_heading(b: &Browser) -> Option<String> {
    b.eval("const d = all(document).find(e => roleOf(e) === 'complementary' && nameOf(e) === 'Details'); const h = d && d.querySelector('h2'); return h ? h.textContent : null;")
        .await
        .as_str()
        .map(String::from)
}

async fn a_map_of_thousands_batches_its_marks_and_they_answer_real_input(kind: Kind) {
    let (_server, b) = open(kind).await;
    b.eval(&format!(
        "document.querySelector('partnership-map').data = {};",
        graph_of(THOUSANDS)
    ))
    .await;
    // Every entity is drawn, nearly all as shapes of a few paths, while the layout settles and
    // after.
    let mut seen_busy = false;
    let mut marks = (0, 0);
    for _ in 0..900 {
        marks = drawn_marks(&b).await;
        let all = marks.0 + marks.1 == THOUSANDS;
        match busy(&b).await.as_deref() {
            Some("true") if all => seen_busy = true,
            Some("false") if all => break,
            _ => {}
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        marks.0 + marks.1,
        THOUSANDS,
        "every entity is drawn: {marks:?}"
    );
    assert!(
        marks.1 <= 3,
        "only a few marks have elements of their own: {marks:?}"
    );
    assert!(seen_busy, "the map was drawn while its layout still ran");
    assert_eq!(busy(&b).await.as_deref(), Some("false"), "and it settled");

    // Tab reaches the map's one Tab stop: a named button on its mark.
    let mut first = None;
    for _ in 0..40 {
        b.keys(&[key::TAB]).await;
        first = focused_mark(&b).await;
        if first.is_some() {
            break;
        }
    }
    let (a, at_a) = first.expect("Tab reaches an entity of the map");
    // An arrow key moves to a related entity: it becomes a button, focused; the one left goes
    // back into its batch.
    let mut second = None;
    for k in [key::RIGHT, key::DOWN, key::LEFT, key::UP] {
        b.keys(&[k]).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        second = focused_mark(&b).await.filter(|(name, _)| *name != a);
        if second.is_some() {
            break;
        }
    }
    let (c, _) = second.expect("an arrow key moves focus to a related entity");
    assert_eq!(buttons_named(&b, &a).await, 0, "{a} is drawn batched again");

    // A real click on the batched mark of the first selects it.
    let top = b
        .eval(&format!(
            "{MAP} const e = root.elementFromPoint({}, {}); return e ? e.tagName.toLowerCase() + '.' + e.getAttribute('class') : null;",
            at_a[0], at_a[1]
        ))
        .await;
    assert!(
        top.as_str()
            .is_some_and(|t| t.starts_with("path.mark-batch")),
        "at {a}'s centre is its batched mark: {top}"
    );
    b.click_at(at_a).await;
    let mut heading = None;
    for _ in 0..30 {
        heading = details_heading(&b).await;
        if heading.as_deref() == Some(a.as_str()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        heading.as_deref(),
        Some(a.as_str()),
        "clicking a batched mark selects it"
    );

    // Escape clears the selection: the first goes back into its batch, where hovering its
    // mark lights it up (a hand for a pointer, its label in bold).
    b.keys(&[key::ESCAPE]).await;
    let mut back = false;
    for _ in 0..30 {
        if details_heading(&b).await.is_none() && buttons_named(&b, &a).await == 0 {
            back = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(back, "{a} is no longer selected and drawn batched again");
    b.hover_at([at_a[0] + 2.0, at_a[1] + 1.0]).await;
    let mut lit = json!(null);
    for _ in 0..20 {
        lit = b
            .eval(&format!(
                "{MAP} const l = svg.querySelector('.node-label.focus'); return [getComputedStyle(svg).cursor, l ? l.textContent.replace(/\\s/g, '') : null];"
            ))
            .await;
        if lit[1].is_string() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(lit[0], json!("pointer"), "a hand over {a}'s mark: {lit}");
    assert_eq!(
        lit[1].as_str(),
        Some(a.replace(' ', "").as_str()),
        "{a}'s label in bold: {lit}"
    );
    // The mark the keyboard left is still its button, named.
    assert_eq!(buttons_named(&b, &c).await, 1, "{c} keeps the Tab stop");
    b.close().await;
}
