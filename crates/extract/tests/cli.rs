//! The command-line tool: prints the graph for good files; for a missing file, a directory, an
//! empty or a non-UTF-8 file it prints one line naming the file and exits non-zero, never panics.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pmap-extract"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("pmap-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn prints_the_graph_of_the_given_articles() {
    let corpus = manifest_dir().join("../../data/corpus/002_3349b75146b27dc2.txt");
    let (code, out, _) = run(&[corpus.to_str().unwrap()]);
    assert_eq!(code, 0);
    let graph: pmap_graph::Graph = serde_json::from_str(&out).expect("stdout is the graph");
    assert_eq!(graph.documents[0].id, "002_3349b75146b27dc2");
    assert!(graph
        .relations
        .iter()
        .any(|r| r.source == "cingai" && r.target == "aim-global"));
}

#[test]
fn explain_says_what_each_sentence_gave_and_why_not() {
    let article = temp(
        "explain.txt",
        "A visit\n\nVienna, 3 March 2025 – Ms. Jane Okafor, Director of the Lagos Institute of Robotics, visited UNIDO. The weather was fine in Nairobi.\n"
            .as_bytes(),
    );
    let (code, out, err) = run(&["--explain", &article]);
    assert_eq!(code, 0, "{err}");
    // The graph still goes to stdout; the explanation to stderr.
    let graph: pmap_graph::Graph = serde_json::from_str(&out).expect("stdout is the graph");
    assert!(!graph.relations.is_empty());
    assert!(err.contains("=== explain"), "names the article: {err}");
    assert!(
        err.contains("\"Jane Okafor\" = Jane Okafor [person]"),
        "a name as written and what it became: {err}"
    );
    assert!(
        err.contains("Lagos Institute of Robotics [organization]"),
        "an organisation the gazetteer does not know: {err}"
    );
    assert!(
        err.contains("trigger  \"visited\" → visited"),
        "the trigger and its relation: {err}"
    );
    assert!(
        err.contains("fact     Jane Okafor [person] —holds_role→"),
        "the facts: {err}"
    );
    assert!(
        err.contains("no rule relates it to another name here"),
        "why a name gave nothing: {err}"
    );
}

#[test]
fn help_explains_usage() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("USAGE") && out.contains("FILE"));
}

#[test]
fn bad_inputs_give_one_line_naming_the_file() {
    let dir = std::env::temp_dir().to_string_lossy().into_owned();
    let cases = [
        ("/no/such/article.txt".to_string(), "/no/such/article.txt"),
        (dir.clone(), "directory"),
        (temp("empty.txt", b"  \n"), "empty"),
        (temp("latin1.txt", b"Caf\xe9 in Vienna"), "UTF-8"),
    ];
    for (path, says) in cases {
        let (code, out, err) = run(&[&path]);
        assert_ne!(code, 0, "{path}");
        assert!(out.is_empty(), "{path}: nothing on stdout");
        assert_eq!(err.lines().count(), 1, "{path}: {err}");
        assert!(err.contains(&path) && err.contains(says), "{path}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_sidecar_sets_title_date_and_url() {
    let article = temp(
        "sidecar.txt",
        "A headline\n\nUNIDO met CINGAI in Vienna.\n".as_bytes(),
    );
    temp(
        "sidecar.meta.json",
        br#"{"title": "Corrected title", "date": "2025-01-02", "url": "https://example.org/a"}"#,
    );
    let (code, out, err) = run(&[&article]);
    assert_eq!(code, 0, "{err}");
    let graph: pmap_graph::Graph = serde_json::from_str(&out).unwrap();
    let doc = &graph.documents[0];
    assert_eq!(
        (doc.title.as_str(), doc.date.as_deref(), doc.url.as_deref()),
        (
            "Corrected title",
            Some("2025-01-02"),
            Some("https://example.org/a")
        )
    );
    temp("sidecar.meta.json", br#"{"titel": "typo"}"#);
    let (code, _, err) = run(&[&article]);
    assert_ne!(code, 0);
    assert!(
        err.contains("sidecar.meta.json") && err.contains("titel"),
        "{err}"
    );
}

/// This package's directory, as cargo gives it when running the test (not when compiling it: a
/// build cache shared between checkouts may run a binary compiled in another checkout).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into())
}

#[test]
fn a_folder_is_read_past_its_broken_articles() {
    let dir = std::env::temp_dir().join(format!("pmap-folder-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("b_good.txt"), "A title\n\nUNIDO met CINGAI.\n").unwrap();
    std::fs::write(dir.join("b_good.meta.json"), "{not json").unwrap();
    std::fs::write(dir.join("a_empty.txt"), "\n").unwrap();
    std::fs::write(dir.join("c_latin1.txt"), b"Caf\xe9").unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    let (sources, problems) = pmap_extract::corpus::read_folder(&dir);
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["b_good"],
        "the readable article is kept, its bad sidecar ignored"
    );
    assert!(sources[0].meta.is_none());
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].starts_with("a_empty: is empty"), "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("b_good.meta.json") && p.ends_with("(ignored)")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("c_latin1: not valid UTF-8")),
        "{problems:?}"
    );
}
