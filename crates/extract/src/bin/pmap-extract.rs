//! `pmap-extract FILE...`: prints the partnership graph of the given articles as JSON (the
//! project's data format, docs/data-format.md) on stdout. Errors name the file, on one line.

use std::path::Path;
use std::process::ExitCode;

use pmap_extract::corpus::read_article;
use pmap_extract::extract;

const HELP: &str = "\
pmap-extract: turn news articles into a partnership graph

USAGE:
    pmap-extract [--compact] FILE...

Reads each FILE (UTF-8 plain text, English or Chinese; the document id is the file name without
.txt), extracts entities and relations with their quoted evidence, and prints the graph as JSON
(see docs/data-format.md) on stdout. A sidecar FILE-without-.txt + \".meta.json\" may set
title, lang, date or url. Diagnostics go to stderr.

OPTIONS:
    --compact    one line of JSON instead of pretty-printed
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
    let mut sources = Vec::new();
    for arg in args.iter().filter(|a| *a != "--compact") {
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
    let extraction = extract(&sources);
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
