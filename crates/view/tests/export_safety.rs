//! Exported files are safe to open whatever the data says: a CSV cell never starts a formula in
//! a spreadsheet (OWASP "CSV injection") yet reads back as the name, and GEXF and SVG carry no
//! character XML 1.0 forbids and no markup from the data. Property tests over arbitrary names.

use pmap_graph::Graph;
use pmap_view::{export, Lang, Scene, ViewState};
use proptest::prelude::*;
use serde_json::json;

/// What spreadsheets take as the start of a formula (and the full-width forms).
const FORMULA: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

fn graph(a: &str, b: &str, quote: &str) -> Graph {
    let text = format!("{quote} And more.");
    serde_json::from_value(json!({
        "version": 1,
        "documents": [{"id": "d", "title": b, "lang": "en", "date": "2025-01-01", "text": text}],
        "entities": [
            {"id": "a", "type": "organization", "name": {"en": a, "zh": b}, "aliases": []},
            {"id": "b", "type": "organization", "name": {"en": b, "zh": a}, "aliases": []}
        ],
        "relations": [{"source": "a", "target": "b", "type": "partnered_with", "role": a,
            "evidence": [{"doc": "d", "quote": quote}]}]
    }))
    .expect("a graph")
}

/// RFC 4180 cells, as a spreadsheet reads them.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

fn names() -> impl Strategy<Value = String> {
    prop_oneof![
        "[=+@\\-＝＋－＠\t\r][ -~]{0,20}",
        "[ -~\u{4e00}-\u{4e20}\r\n\t\u{0}-\u{1f}\u{fffe}\u{ffff}\u{202e}\u{200b}]{1,24}",
        Just("=HYPERLINK(\"http://example.invalid/\",\"click\")".to_string()),
        Just("<script>alert(1)</script>".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn csv_cells_never_start_a_formula_and_read_back_as_written(a in names(), b in names()) {
        let g = graph(&a, &b, "They work together.");
        let rows = parse_csv(&export::csv(&g, Lang::En));
        prop_assert_eq!(rows.len(), 2);
        let row = &rows[1];
        for cell in row {
            prop_assert!(!cell.starts_with(FORMULA), "cell {:?} would start a formula", cell);
        }
        // source_name and role carry `a`: as written, after the neutralising apostrophe.
        for (cell, original) in [(&row[1], &a), (&row[7], &a), (&row[5], &b)] {
            let expected = if original.starts_with(FORMULA) { format!("'{original}") } else { original.clone() };
            prop_assert_eq!(cell, &expected);
        }
    }

    #[test]
    fn gexf_and_svg_carry_neither_forbidden_characters_nor_markup_from_data(a in names(), b in names()) {
        let g = graph(&a, &b, "They work together.");
        let positions = pmap_view::positions(&g);
        let scene = Scene::build(&g, &positions, &ViewState::new(Lang::En));
        let (svg, _) = export::svg(&g, &scene, Lang::En);
        for (what, text) in [("gexf", export::gexf(&g, Lang::En)), ("svg", svg)] {
            let bad = text.chars().find(|&c| {
                ((c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r')) || c == '\u{fffe}' || c == '\u{ffff}'
            });
            prop_assert!(bad.is_none(), "{} carries {:?}", what, bad);
            prop_assert!(!text.contains("<script"), "{} carries markup from data", what);
        }
    }
}

#[test]
fn the_reported_formula_opens_as_text() {
    let g = graph(
        "=HYPERLINK(\"http://example.invalid/\",\"click\")",
        "UNIDO",
        "They work together.",
    );
    let csv = export::csv(&g, Lang::En);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://example.invalid/\"\",\"\"click\"\")\""),
        "{csv}"
    );
    assert_eq!(export::csv_cell("-5"), "\"'-5\"");
    assert_eq!(export::csv_cell("UNIDO"), "UNIDO");
}
