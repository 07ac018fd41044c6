//! Headless Chromium through chromedriver (Debian's packages) or headless Firefox ESR through
//! geckodriver (from crates.io), started on a free port for the test and stopped with it.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

/// The JavaScript side of the role queries: walks the page and every open shadow root, and
/// computes each element's role and accessible name (aria-label, else its text).
const QUERIES: &str = r#"
const inputRole = (el) => ({checkbox:'checkbox', radio:'radio', range:'slider', search:'searchbox'}[el.type] || 'textbox');
const roleOf = (el) => el.getAttribute('role') || (el.tagName.toUpperCase() === 'INPUT' ? inputRole(el) : null) || ({BUTTON:'button', ASIDE:'complementary', H1:'heading', H2:'heading',
  H3:'heading', UL:'list', LI:'listitem', BLOCKQUOTE:'blockquote', SELECT:'combobox', OPTION:'option', MARK:'mark', SUMMARY:'button', DIALOG:'dialog', SECTION: el.hasAttribute && el.hasAttribute('aria-label') ? 'region' : null, A: el.hasAttribute && el.hasAttribute('href') ? 'link' : null}[el.tagName.toUpperCase()] || null);
// A name ending in '*' matches by its beginning ("Read in the article: *").
const named = (el, n) => n.endsWith('*') ? nameOf(el).startsWith(n.slice(0, -1)) : nameOf(el) === n;
const nameOf = (el) => el.getAttribute('aria-label') || (el.textContent || '').replace(/\s+/g, ' ').trim();
const all = (root) => { const out = []; const walk = (r) => { for (const el of r.querySelectorAll('*')) { out.push(el); if (el.shadowRoot) walk(el.shadowRoot); } }; walk(root); return out; };
"#;

/// Which browser a test drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Chromium,
    Firefox,
}

/// A headless browser session.
pub struct Browser {
    pub client: Client,
    driver: Child,
}

/// An element found by role: its accessible name and text.
#[derive(Debug, Clone)]
pub struct Found {
    pub name: String,
    pub text: String,
}

impl Browser {
    /// Headless Chromium.
    pub async fn start() -> Browser {
        Browser::launch(Kind::Chromium).await
    }

    pub async fn launch(kind: Kind) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let (driver_var, driver_default) = match kind {
            Kind::Chromium => ("CHROMEDRIVER", "chromedriver"),
            Kind::Firefox => ("GECKODRIVER", "geckodriver"),
        };
        let driver_path = std::env::var(driver_var).unwrap_or_else(|_| driver_default.into());
        let mut command = Command::new(&driver_path);
        match kind {
            Kind::Chromium => command.arg(format!("--port={port}")),
            Kind::Firefox => command.args(["--port", &port.to_string(), "--host", "127.0.0.1"]),
        };
        let driver = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {driver_path}: {e} (scripts/setup.sh installs it)")
            });
        let mut caps = serde_json::Map::new();
        match kind {
            Kind::Chromium => {
                let chromium =
                    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
                caps.insert(
                    "goog:chromeOptions".into(),
                    json!({
                        "binary": chromium,
                        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--no-first-run", "--window-size=1280,900",
                                 // For the long-session measurement: exact heap sizes, and gc().
                                 "--enable-precise-memory-info", "--js-flags=--expose-gc"]
                    }),
                );
            }
            Kind::Firefox => {
                let firefox =
                    std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
                caps.insert(
                    "moz:firefoxOptions".into(),
                    json!({
                        "binary": firefox,
                        "args": ["-headless", "--width=1280", "--height=900"],
                        "prefs": {"app.update.enabled": false, "browser.shell.checkDefaultBrowser": false,
                                  "datareporting.policy.dataSubmissionEnabled": false,
                                  "network.captive-portal-service.enabled": false}
                    }),
                );
            }
        }
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..50 {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => return Browser { client, driver },
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not answer: {last:?}");
    }

    pub(crate) async fn run(&self, body: &str, args: Vec<Value>) -> Value {
        let script = format!("{QUERIES}\n{body}");
        self.client
            .execute(&script, args)
            .await
            .expect("script runs")
    }

    /// Waits until an element with this role and name exists (up to 10 s).
    pub async fn wait_for(&self, role: &str, name: &str) -> Found {
        for _ in 0..100 {
            if let Some(found) = self.find(role, name).await {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let names = self.names(role).await;
        panic!("no {role} named {name:?} appeared; the {role}s are: {names:?}");
    }

    pub async fn find(&self, role: &str, name: &str) -> Option<Found> {
        let v = self
            .run(
                "const el = all(document).find(e => roleOf(e) === arguments[0] && named(e, arguments[1]));\
                 return el ? [nameOf(el), el.textContent] : null;",
                vec![json!(role), json!(name)],
            )
            .await;
        let pair = v.as_array()?;
        Some(Found {
            name: pair[0].as_str()?.to_string(),
            text: pair[1].as_str().unwrap_or("").to_string(),
        })
    }

    pub async fn names(&self, role: &str) -> Vec<String> {
        let v = self
            .run(
                "return all(document).filter(e => roleOf(e) === arguments[0]).map(nameOf);",
                vec![json!(role)],
            )
            .await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Clicks the element with this role and name, as a user would (a trusted WebDriver click
    /// on the element, found through the shadow root).
    pub async fn click(&self, role: &str, name: &str) {
        self.element(role, name)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {role} {name:?}: {e}"));
    }

    /// Types into the element with this role and name, key by key (trusted WebDriver input);
    /// `\u{E007}` is Enter.
    pub async fn type_into(&self, role: &str, name: &str, text: &str) {
        let element = self.element(role, name).await;
        element
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("cannot type into {role} {name:?}: {e}"));
    }

    /// The WebDriver element with this role and name (waits for it).
    async fn element(&self, role: &str, name: &str) -> fantoccini::elements::Element {
        self.wait_for(role, name).await;
        let element = self
            .client
            .execute(
                &format!("{QUERIES}\nreturn all(document).find(e => roleOf(e) === arguments[0] && named(e, arguments[1]));"),
                vec![json!(role), json!(name)],
            )
            .await
            .expect("script runs");
        let id = element
            .as_object()
            .and_then(|o| o.get("element-6066-11e4-a52e-4f735466cecf"))
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("the script returns an element, not {element}"))
            .to_string();
        fantoccini::elements::Element::from_element_id(self.client.clone(), id.into())
    }

    /// Opens a page and waits for it to load.
    pub async fn visit(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("{url} loads: {e}"));
    }

    /// Runs `script` (returning a value) every 100 ms until `done` holds, for up to 10 s;
    /// returns the last value.
    pub async fn until(&self, script: &str, done: impl Fn(&Value) -> bool) -> Value {
        let mut last = Value::Null;
        for _ in 0..100 {
            last = self.eval(script).await;
            if done(&last) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        last
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, body: &str) -> Value {
        self.run(body, vec![]).await
    }

    /// Text of the first element with this role (e.g. the details panel).
    pub async fn text_of(&self, role: &str, name: &str) -> String {
        self.wait_for(role, name).await.text
    }

    pub async fn screenshot(&self, path: &std::path::Path) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("screenshot written");
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
