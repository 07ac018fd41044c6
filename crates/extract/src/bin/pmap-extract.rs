//! `pmap-extract FILE...`: prints the partnership graph of the given articles as JSON (the
//! project's data format, docs/data-format.md) on stdout. Errors name the file, on one line.

use std::path::Path;
use std::process::ExitCode;

use pmap_extract::corpus::read_article;
use pmap_extract::{Extractor, Gazetteer};

const HELP: &str = "\
pmap-extract: turn news articles into a partnership graph

USAGE:
    pmap-extract [--compact] [--explain] FILE...

Reads each FILE (UTF-8 plain text, English or Chinese; the document id is the file name without
.txt), extracts entities and relations with their quoted evidence, and prints the graph as JSON
(see docs/data-format.md) on stdout. A sidecar FILE-without-.txt + \".meta.json\" may set
title, lang, date or url. Diagnostics go to stderr.

OPTIONS:
    --compact    one line of JSON instead of pretty-printed
    --explain    also print, on stderr, how each sentence was read: the names recognised and
                 their types, the trigger expressions, the facts stated, and why a trigger or a
                 name gave no relation (an entity with no relation is left out of the graph)
    -h, --help   this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{HELP}");
        return if args.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let compact = args.iter().any(|a| a == "--compact");
    let explain = args.iter().any(|a| a == "--explain");
    let mut sources = Vec::new();
    for arg in args
        .iter()
        .filter(|a| *a != "--compact" && *a != "--explain")
    {
        if arg.starts_with('-') {
            eprintln!("pmap-extract: unknown option {arg} (see --help)");
            return ExitCode::from(2);
        }
        match read_article(Path::new(arg)) {
            Ok(source) => sources.push(source),
            Err(message) => {
                eprintln!("pmap-extract: {arg}: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    let extractor = Extractor::new(Gazetteer::bundled());
    let extraction = if explain {
        let (extraction, trace) = extractor.explain(&sources);
        eprintln!("{trace}");
        extraction
    } else {
        extractor.extract(&sources)
    };
    for d in &extraction.diagnostics {
        eprintln!("pmap-extract: note: {d}");
    }
    let json = if compact {
        serde_json::to_string(&extraction.graph)
    } else {
        serde_json::to_string_pretty(&extraction.graph)
    };
    match json {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pmap-extract: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}
