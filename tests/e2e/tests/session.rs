//! A long session in headless Chromium and Firefox (www/session.html): a scripted visitor
//! selects, searches, filters, moves the time slider, opens the reader, exports, switches
//! language and clears, action after action, and the map keeps nothing it should not: no error
//! on the page, the wasm memory flat after the first two fifths of the session, the JS heap (Chromium,
//! after a full GC) too, and the map's DOM not growing. `PMAP_SESSION_ACTIONS` sets the length
//! (1,000 in the suite; BENCHMARKS.md has a 10,000-action run and its curve).

use std::time::Duration;

use pmap_e2e::{Browser, Kind, StaticServer};
use serde_json::{json, Value};

macro_rules! in_both_browsers {
    ($($name:ident),* $(,)?) => {
        mod chromium { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Chromium).await } )* }
        mod firefox { $( #[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(pmap_e2e::Kind::Firefox).await } )* }
    };
}

in_both_browsers!(a_long_session_keeps_memory_flat_and_the_page_free_of_errors);

async fn a_long_session_keeps_memory_flat_and_the_page_free_of_errors(kind: Kind) {
    let actions: u64 = std::env::var("PMAP_SESSION_ACTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let server = StaticServer::start(&pmap_e2e::www()).expect("serves www/");
    let browser = Browser::launch(kind).await;
    browser.visit(&server.url("/session.html")).await;
    for _ in 0..100 {
        if browser.eval("return window.loaded === true;").await == json!(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    browser.wait_for("group", "Partnership map").await;
    let timeouts = fantoccini::wd::TimeoutConfiguration::new(
        Some(Duration::from_secs(1_800)),
        Some(Duration::from_secs(60)),
        Some(Duration::ZERO),
    );
    browser
        .client
        .update_timeouts(timeouts)
        .await
        .expect("timeouts set");
    let report: Value = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.visit(arguments[0]).then(done, (e) => done({ failed: String(e) }));",
            vec![json!(actions)],
        )
        .await
        .expect("the session runs");
    let samples = report["samples"].as_array().expect("samples").clone();
    assert!(samples.len() >= 20, "{kind:?}: {report}");
    let field = |s: &Value, k: &str| s[k].as_f64().unwrap_or(0.0);
    eprintln!(
        "{kind:?}: {actions} actions, {} downloads",
        report["downloads"]
    );
    eprintln!("{kind:?}: actions  seconds  js-heap-MB  wasm-MB  map-nodes");
    let start = field(&samples[0], "at");
    for s in &samples {
        eprintln!(
            "{kind:?}: {:>7}  {:>7.1}  {:>10}  {:>7.2}  {:>9}",
            s["actions"],
            (field(s, "at") - start) / 1000.0,
            s["heap"]
                .as_f64()
                .map_or("-".to_string(), |h| format!("{:.2}", h / 1e6)),
            field(s, "wasm") / 1e6,
            s["nodes"]
        );
    }
    assert_eq!(report["errors"], json!([]), "{kind:?}: errors on the page");
    assert!(
        report["downloads"].as_u64().unwrap_or(0) > 0,
        "{kind:?}: exports ran"
    );
    // After the first two fifths (warm-up: caches, the first layouts, every language, filter and
    // export seen; in the runs measured the wasm memory stopped growing within 200–500 actions).
    let warm = &samples[samples.len() * 2 / 5];
    let last = samples.last().unwrap();
    let wasm = (field(warm, "wasm"), field(last, "wasm"));
    assert!(
        wasm.1 <= wasm.0 * 1.1,
        "{kind:?}: wasm memory grew from {} to {} bytes",
        wasm.0,
        wasm.1
    );
    if let (Some(a), Some(b)) = (warm["heap"].as_f64(), last["heap"].as_f64()) {
        assert!(
            b <= a * 1.25 + 1e6,
            "{kind:?}: JS heap grew from {a} to {b} bytes"
        );
    }
    let most_nodes = samples
        .iter()
        .map(|s| field(s, "nodes"))
        .fold(0.0, f64::max);
    assert!(
        field(last, "nodes") <= most_nodes && most_nodes < 5_000.0,
        "{kind:?}: the map's DOM grows"
    );
    browser.close().await;
}
