//! A visitor's path through the release build (trunk build --release into dist/), served on
//! 127.0.0.1 and driven in real headless Chromium: the map appears; search "CINGAI", open it,
//! follow a relation, open its source in the reader, come back (and Back in the browser's
//! history), switch to Chinese.

use pmap_e2e::{dist, Browser, Kind, StaticServer};

#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_opens_an_entity_reads_its_sources_and_switches_to_chinese() {
    visit(Kind::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_does_the_same_in_firefox() {
    visit(Kind::Firefox).await;
}

async fn visit(kind: Kind) {
    let server = StaticServer::start(&dist()).expect("serves dist/");
    let browser = Browser::launch(kind).await;
    browser.visit(&server.url("/")).await;

    browser.wait_for("group", "Partnership map").await;
    // The page's strict CSP (no inline scripts or styles) holds, and the widget is styled by its
    // adopted stylesheet: an organisation's glyph is filled with the theme's colour, not black.
    let violations = browser
        .client
        .execute("return window.cspViolations;", vec![])
        .await
        .unwrap();
    assert_eq!(violations, serde_json::json!([]), "CSP violations");
    let fill = browser
        .client
        .execute("return getComputedStyle(document.querySelector('partnership-map').shadowRoot.querySelector('.type-organization')).fill;", vec![])
        .await
        .unwrap();
    assert_eq!(
        fill,
        serde_json::json!("rgb(29, 78, 216)"),
        "the adopted stylesheet applies"
    );
    let entities = browser.names("button").await;
    assert!(
        entities
            .iter()
            .filter(|n| n.ends_with(", organization"))
            .count()
            >= 30,
        "{entities:?}"
    );

    // Search "CINGAI" and open it from the suggestions with Enter.
    browser
        .type_into("combobox", "Search entities", "CINGAI")
        .await;
    browser
        .wait_for("option", "Chinese Institute for New Generation Artificial Intelligence Development StrategiesCINGAI")
        .await;
    browser
        .type_into("combobox", "Search entities", "\u{E007}")
        .await;
    browser
        .wait_for(
            "heading",
            "Chinese Institute for New Generation Artificial Intelligence Development Strategies",
        )
        .await;
    let panel = browser.text_of("complementary", "Details").await;
    assert!(panel.contains("member of"), "{panel}");
    assert!(
        panel
            .contains("During this visit, CINGAI also formalized their membership with AIM Global"),
        "{panel}"
    );
    assert!(
        panel.contains("Source: UNIDO and CINGAI Forge Partnership"),
        "{panel}"
    );
    let hash = browser.eval("return location.hash;").await;
    assert_eq!(
        hash,
        serde_json::json!("#pm:sel=cingai"),
        "the view is in the link"
    );

    // Follow a relation.
    browser
        .click(
            "button",
            "Global Alliance on AI for Industry and Manufacturing",
        )
        .await;
    browser
        .wait_for(
            "heading",
            "Global Alliance on AI for Industry and Manufacturing",
        )
        .await;
    let panel = browser.text_of("complementary", "Details").await;
    assert!(panel.contains("signed"), "{panel}");

    // Open the source of a quote: the article, with the sentence marked.
    let read = browser.names("button").await;
    assert!(read.iter().any(|n| n.starts_with("Read in the article: ")));
    browser.click("button", "Read in the article: *").await;
    let marked = browser
        .eval("return all(document).filter(e => e.tagName === 'MARK').map(e => e.textContent);")
        .await;
    let dialogs = browser.names("dialog").await;
    assert_eq!(dialogs.len(), 1, "{dialogs:?}");
    assert!(dialogs[0].starts_with("Article: "), "{dialogs:?}");
    assert_eq!(marked.as_array().map(Vec::len), Some(1), "{marked}");
    browser.click("button", "Close the article").await;
    for _ in 0..50 {
        if browser.names("dialog").await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        browser.names("dialog").await.is_empty(),
        "the reader closes"
    );

    // Back (browser history) returns to CINGAI.
    browser.client.back().await.expect("history back");
    browser
        .wait_for(
            "heading",
            "Chinese Institute for New Generation Artificial Intelligence Development Strategies",
        )
        .await;
    browser.client.forward().await.expect("history forward");
    browser
        .wait_for(
            "heading",
            "Global Alliance on AI for Industry and Manufacturing",
        )
        .await;

    browser.click("button", "Language: 中文").await;
    browser.wait_for("group", "合作关系图").await;
    browser.wait_for("heading", "全球工业人工智能联盟").await;
    browser.close().await;
}
