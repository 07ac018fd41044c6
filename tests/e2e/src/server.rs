//! A minimal static file server (std only) for a built `dist/` folder on 127.0.0.1, with the
//! MIME types the widget needs (`application/wasm` for streaming compilation).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

/// Serves a folder on an ephemeral port of 127.0.0.1 until the process ends.
pub struct StaticServer {
    pub port: u16,
    missing: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    pub fn start(root: &Path) -> std::io::Result<StaticServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let root = root.to_path_buf();
        let missing = Arc::new(Mutex::new(Vec::new()));
        let log = missing.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, log) = (root.clone(), log.clone());
                thread::spawn(move || {
                    let _ = serve(stream, &root, &log);
                });
            }
        });
        Ok(StaticServer { port, missing })
    }

    /// The paths asked for that do not exist (each a 404 and a console error in the page).
    pub fn missing(&self) -> Vec<String> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

fn serve(mut stream: TcpStream, root: &Path, missing: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut request = String::new();
    BufReader::new(&stream).read_line(&mut request)?;
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // A server that takes the request and never answers (a `src` that hangs): the connection is
    // held until the test's browser gives up on it.
    if path == "/__never" {
        std::thread::sleep(std::time::Duration::from_secs(60));
        return Ok(());
    }
    // What a misconfigured or hostile server answers a `src` with.
    let answer = |status: &str, kind: &str, body: &[u8], stream: &mut TcpStream| {
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes())?;
        stream.write_all(body)
    };
    match path {
        // A web page (a login or error page) where the data should be.
        "/__html" => {
            let page = b"<!doctype html><title>Sign in</title><p>Please sign in";
            return answer("200 OK", "text/html; charset=utf-8", page, &mut stream);
        }
        // A 404 whose body is JSON (as many APIs answer).
        "/__404json" => {
            let body = br#"{"version":1,"documents":[],"entities":[],"relations":[]}"#;
            return answer("404 Not Found", "application/json", body, &mut stream);
        }
        // The data moved: the browser follows the redirect.
        "/__redirect" => {
            return answer(
                "302 Found\r\nLocation: /data/small.json",
                "text/plain",
                b"",
                &mut stream,
            );
        }
        // 50 MB of (valid) JSON.
        "/__huge" => {
            let mut body = Vec::with_capacity(50_000_100);
            body.extend_from_slice(
                br#"{"version":1,"documents":[],"entities":[],"relations":[],"padding":""#,
            );
            body.resize(50_000_000, b'x');
            body.extend_from_slice(b"\"}");
            return answer("200 OK", "application/json", &body, &mut stream);
        }
        // The data, a second and a half late.
        "/__slow" => {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            let body = std::fs::read(root.join("data/small.json"))?;
            return answer("200 OK", "application/json", &body, &mut stream);
        }
        _ => {}
    }
    // A second copy of every file under another address (a second copy of the package).
    let path = path.strip_prefix("/__copy").unwrap_or(path);
    let relative = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    let file: PathBuf = root.join(relative.trim_start_matches('/'));
    let inside = !relative.split('/').any(|part| part == "..");
    match (inside, std::fs::read(&file)) {
        (true, Ok(body)) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                mime(&file),
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(&body)
        }
        _ => {
            if let Ok(mut m) = missing.lock() {
                m.push(path.to_string());
            }
            stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            )
        }
    }
}

fn mime(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
