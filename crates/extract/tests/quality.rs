//! Precision and recall of the extraction against the analyst's tables (tests/data/corpus/*.expected),
//! per article and overall; printed, and held above a floor so that rules cannot silently regress.

use std::collections::BTreeSet;
use std::fs;

use pmap_extract::corpus::read_folder;
use pmap_extract::extract;
use pmap_graph::RelationType;

fn root() -> std::path::PathBuf {
    manifest_dir().join("../..")
}

/// `source relation target`, symmetric relations in id order.
fn key(source: &str, kind: &str, target: &str) -> String {
    let symmetric = RelationType::parse(kind).is_some_and(|t| t.is_symmetric());
    if symmetric && source > target {
        format!("{target} {kind} {source}")
    } else {
        format!("{source} {kind} {target}")
    }
}

#[test]
fn extraction_matches_the_analyst_tables() {
    let (sources, problems) = read_folder(&root().join("data/corpus"));
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<String> = sources.iter().map(|s| s.id.clone()).collect();
    let graph = extract(&sources).graph;

    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    for id in &ids {
        let expected: BTreeSet<String> =
            fs::read_to_string(root().join(format!("tests/data/corpus/{id}.expected")))
                .unwrap_or_else(|_| {
                    panic!(
                        "tests/data/corpus/{id}.expected is missing: every article needs its table"
                    )
                })
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| {
                    let p: Vec<&str> = l.split_whitespace().collect();
                    assert_eq!(p.len(), 3, "bad line in {id}.expected: {l}");
                    assert!(
                        RelationType::parse(p[1]).is_some(),
                        "unknown relation type in {id}.expected: {l}"
                    );
                    key(p[0], p[1], p[2])
                })
                .collect();
        let found: BTreeSet<String> = graph
            .relations
            .iter()
            .filter(|r| r.evidence.iter().any(|e| &e.doc == id))
            .map(|r| key(&r.source, r.kind.as_str(), &r.target))
            .collect();
        let hits = expected.intersection(&found).count();
        tp += hits;
        fp += found.len() - hits;
        fn_ += expected.len() - hits;
        report += &format!(
            "{id}: precision {:.3} recall {:.3} ({hits} of {} expected, {} found)\n",
            hits as f64 / found.len().max(1) as f64,
            hits as f64 / expected.len().max(1) as f64,
            expected.len(),
            found.len()
        );
        for miss in expected.difference(&found) {
            report += &format!("    missed     {miss}\n");
        }
        for extra in found.difference(&expected) {
            report += &format!("    unexpected {extra}\n");
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!("{report}overall: precision {precision:.3} recall {recall:.3} ({tp} true, {fp} false positives, {fn_} missed)");
    assert!(
        tp + fn_ >= 150,
        "the tables hold {} relations; at least 150 are needed",
        tp + fn_
    );
    assert!(
        precision >= 0.97 && recall >= 0.97,
        "below the floor: precision {precision:.3}, recall {recall:.3}\n{report}"
    );
}

/// This package's directory, as cargo gives it when running the test (not when compiling it: a
/// build cache shared between checkouts may run a binary compiled in another checkout).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into())
}
