//! Reading articles from files: one article (its id is the file name without `.txt`; an optional
//! `ID.meta.json` sidecar beside it), or every `*.txt` of a folder in file-name order. Errors
//! name what is wrong in one line; reading a folder goes on past bad files.

use std::path::Path;

use crate::{Meta, Source};

/// One article, with its sidecar. A bad sidecar is an error here (the command line refuses it).
pub fn read_article(path: &Path) -> Result<Source, String> {
    let text = read_text(path)?;
    let id = article_id(path);
    let meta = read_meta(path, &id)?;
    Ok(Source { id, text, meta })
}

/// Every `*.txt` article of `dir`, sorted by file name, and a line for each problem met: an
/// unreadable article is left out; a bad sidecar is ignored and the article kept.
pub fn read_folder(dir: &Path) -> (Vec<Source>, Vec<String>) {
    let mut problems = Vec::new();
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => return (vec![], vec![format!("{}: {e}", dir.display())]),
    };
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let mut sources = Vec::new();
    for path in paths {
        let id = article_id(&path);
        let text = match read_text(&path) {
            Ok(text) => text,
            Err(message) => {
                problems.push(format!("{id}: {message}"));
                continue;
            }
        };
        let meta = read_meta(&path, &id).unwrap_or_else(|message| {
            problems.push(format!("{message} (ignored)"));
            None
        });
        sources.push(Source { id, text, meta });
    }
    (sources, problems)
}

fn article_id(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article")
        .trim_end_matches(".txt")
        .to_string()
}

fn read_text(path: &Path) -> Result<String, String> {
    if path.is_dir() {
        return Err("is a directory, not an article file".into());
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))?;
    if text.trim().is_empty() {
        return Err("is empty".into());
    }
    Ok(text)
}

fn read_meta(path: &Path, id: &str) -> Result<Option<Meta>, String> {
    let meta_path = path.with_file_name(format!("{id}.meta.json"));
    match std::fs::read_to_string(&meta_path) {
        Ok(json) => serde_json::from_str::<Meta>(&json)
            .map(Some)
            .map_err(|e| format!("{}: {e}", meta_path.display())),
        Err(_) => Ok(None),
    }
}
