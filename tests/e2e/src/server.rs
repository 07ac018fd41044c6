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
