//! Taking the view away: the shown relations as CSV (one row per relation with its quotes) and
//! GEXF (for Gephi), the shown part of the graph, and the drawn map as a standalone SVG with a
//! footnote list of its sources.

use std::fmt::Write;

use pmap_graph::{Graph, Layout};

use crate::strings::relation_phrase;
use crate::{glyph_path, Lang, Scene};

/// The part of `graph` the scene shows: its entities, the relations of its lines, the articles
/// they quote, and the positions drawn.
pub fn subgraph(graph: &Graph, scene: &Scene) -> Graph {
    let keep_entity = |id: &str| scene.nodes.iter().any(|n| n.id == id);
    let mut relation_ids: Vec<usize> = scene
        .edges
        .iter()
        .flat_map(|e| e.relations.clone())
        .collect();
    relation_ids.sort_unstable();
    let relations: Vec<_> = relation_ids
        .iter()
        .map(|&r| graph.relations[r].clone())
        .collect();
    let quoted = |doc: &str| {
        relations
            .iter()
            .any(|r| r.evidence.iter().any(|e| e.doc == doc))
    };
    Graph {
        version: graph.version,
        documents: graph
            .documents
            .iter()
            .filter(|d| quoted(&d.id))
            .cloned()
            .collect(),
        entities: graph
            .entities
            .iter()
            .filter(|e| keep_entity(&e.id))
            .cloned()
            .collect(),
        layout: Some(Layout {
            positions: scene
                .nodes
                .iter()
                .map(|n| (n.id.clone(), [n.x, n.y]))
                .collect(),
        }),
        relations,
    }
}

/// One row per relation: both ends (id and name), type, wording, date, role, the quotes (one per
/// line in the cell) and the articles' titles. RFC 4180 quoting; a cell a spreadsheet would take
/// for a formula is neutralised (`csv_cell`).
pub fn csv(graph: &Graph, lang: Lang) -> String {
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or("", |e| e.name.get(lang.code()))
            .to_string()
    };
    let mut out = String::from(
        "source,source_name,type,wording,target,target_name,date,role,quotes,articles\r\n",
    );
    for r in &graph.relations {
        let quotes: Vec<&str> = r.evidence.iter().map(|e| e.quote.as_str()).collect();
        let mut articles: Vec<&str> = r
            .evidence
            .iter()
            .map(|e| {
                graph
                    .document(&e.doc)
                    .map_or(e.doc.as_str(), |d| d.title.as_str())
            })
            .collect();
        articles.dedup();
        let row = [
            r.source.clone(),
            name(&r.source),
            r.kind.as_str().to_string(),
            relation_phrase(r.kind, true, lang).to_string(),
            r.target.clone(),
            name(&r.target),
            r.date.clone().unwrap_or_default(),
            r.role
                .as_ref()
                .map_or("", |n| n.get(lang.code()))
                .to_string(),
            quotes.join("\n"),
            articles.join("\n"),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV cell. A cell that begins with a character a spreadsheet starts a formula with (`=`,
/// `+`, `-`, `@`, a tab or a carriage return, and their full-width forms) gets a leading `'` and
/// is quoted, so that it opens as text (OWASP, "CSV Injection"): a name such as
/// `=HYPERLINK("http://…")` is shown, never run.
pub fn csv_cell(s: &str) -> String {
    const FORMULA: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    let formula = s.starts_with(FORMULA);
    if formula || s.contains([',', '"', '\n', '\r']) {
        let apostrophe = if formula { "'" } else { "" };
        format!("\"{apostrophe}{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// GEXF 1.3 for Gephi: nodes with type and both names, edges with type, date and first quote.
pub fn gexf(graph: &Graph, lang: Lang) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n",
        "<meta><creator>Partnership Map</creator></meta>\n",
        "<graph defaultedgetype=\"directed\" mode=\"static\">\n",
        "<attributes class=\"node\"><attribute id=\"type\" title=\"type\" type=\"string\"/>",
        "<attribute id=\"name_en\" title=\"name_en\" type=\"string\"/>",
        "<attribute id=\"name_zh\" title=\"name_zh\" type=\"string\"/></attributes>\n",
        "<attributes class=\"edge\"><attribute id=\"date\" title=\"date\" type=\"string\"/>",
        "<attribute id=\"quote\" title=\"quote\" type=\"string\"/></attributes>\n<nodes>\n",
    ));
    for e in &graph.entities {
        let _ = writeln!(
            out,
            "<node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"type\" value=\"{}\"/>\
             <attvalue for=\"name_en\" value=\"{}\"/><attvalue for=\"name_zh\" value=\"{}\"/>\
             </attvalues></node>",
            xml(&e.id),
            xml(e.name.get(lang.code())),
            e.kind.as_str(),
            xml(e.name.en.as_deref().unwrap_or("")),
            xml(e.name.zh.as_deref().unwrap_or("")),
        );
    }
    out.push_str("</nodes>\n<edges>\n");
    for (i, r) in graph.relations.iter().enumerate() {
        let kind = if r.kind.is_symmetric() {
            " type=\"undirected\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<edge id=\"{i}\" source=\"{}\" target=\"{}\" label=\"{}\"{kind}><attvalues>\
             <attvalue for=\"date\" value=\"{}\"/><attvalue for=\"quote\" value=\"{}\"/>\
             </attvalues></edge>",
            xml(&r.source),
            xml(&r.target),
            r.kind.as_str(),
            xml(r.date.as_deref().unwrap_or("")),
            xml(r.evidence.first().map_or("", |e| e.quote.as_str())),
        );
    }
    out.push_str("</edges>\n</graph>\n</gexf>\n");
    out
}

/// Text for XML content and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids other control characters and U+FFFE, U+FFFF.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The drawn map as a standalone SVG (its own styles, no scripts), with the articles behind its
/// lines listed below it as numbered sources. Also gives the picture's width and height.
pub fn svg(graph: &Graph, scene: &Scene, lang: Lang) -> (String, [f64; 2]) {
    let [x, y, w, h] = scene.shown_box;
    let sub = subgraph(graph, scene);
    let sources: Vec<String> = sub
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let date = d
                .date
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            let url = d
                .url
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            format!("[{}] {}{date}{url}", i + 1, d.title)
        })
        .collect();
    let footer = 24.0 + 16.0 * sources.len() as f64;
    let width = w.max(480.0);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" width=\"{}\" height=\"{}\" \
         font-family=\"sans-serif\">\n<style>\
         .e{{stroke:#9aa3ad;stroke-width:1.2}}.p{{stroke:#c2410c;stroke-width:3}}\
         .l{{font-size:11px;text-anchor:middle;fill:#1b1f24;paint-order:stroke;stroke:#fff;stroke-width:3px}}\
         .s{{font-size:11px;fill:#4b5563}}\
         .organization{{fill:#1d4ed8}}.person{{fill:#b45309}}.event{{fill:#7e22ce}}\
         .agreement{{fill:#047857}}.place{{fill:#be123c}}.initiative{{fill:#0e7490}}</style>\n\
         <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fff\"/>\n",
        n(x), n(y), n(width), n(h + footer), n(width), n(h + footer),
        n(x), n(y), n(width), n(h + footer),
    );
    for e in &scene.edges {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let _ =
            writeln!(
            out,
            "<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"><title>{}</title></line>",
            if e.on_path { "p" } else { "e" },
            n(a.x), n(a.y), n(b.x), n(b.y),
            xml(&e.title),
        );
    }
    for node in &scene.nodes {
        let _ = write!(
            out,
            "<g transform=\"translate({} {})\"><title>{}</title><path class=\"{}\" d=\"{}\"/>\
             <text class=\"l\" y=\"26\">",
            n(node.x),
            n(node.y),
            xml(&node.accessible_name),
            node.kind.as_str(),
            glyph_path(node.kind),
        );
        for (i, line) in node.label.iter().enumerate() {
            let dy = if i == 0 { "0" } else { "1.15em" };
            let _ = write!(out, "<tspan x=\"0\" dy=\"{dy}\">{}</tspan>", xml(line));
        }
        out.push_str("</text></g>\n");
    }
    let heading = if lang == Lang::Zh {
        "来源"
    } else {
        "Sources"
    };
    let top = y + h + 20.0;
    let _ = writeln!(
        out,
        "<text class=\"s\" x=\"{}\" y=\"{}\" font-weight=\"bold\">{heading}</text>",
        n(x + 8.0),
        n(top)
    );
    for (i, s) in sources.iter().enumerate() {
        let _ = writeln!(
            out,
            "<text class=\"s\" x=\"{}\" y=\"{}\">{}</text>",
            n(x + 8.0),
            n(top + 16.0 * (i + 1) as f64),
            xml(s)
        );
    }
    out.push_str("</svg>\n");
    (out, [width, h + footer])
}

/// A number to one decimal, through integers (no float formatting in the wasm).
pub fn n(v: f64) -> String {
    let mut out = String::with_capacity(8);
    push_tenths(&mut out, v);
    out
}

/// Appends `v` to one decimal ("-12.3") to `out`, digit by digit: a large map's paths hold tens
/// of thousands of numbers, and `format!` for each was a tenth of its first drawing.
pub fn push_tenths(out: &mut String, v: f64) {
    let t = (v * 10.0).round() as i64;
    if t < 0 {
        out.push('-');
    }
    let t = t.unsigned_abs();
    let mut digits = [0u8; 20];
    let (mut rest, mut at) = (t / 10, digits.len());
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
    out.push('.');
    out.push(char::from(b'0' + (t % 10) as u8));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_to_one_decimal_rounded_half_away_from_zero() {
        for (v, written) in [
            (0.0, "0.0"),
            (-0.04, "0.0"),
            (0.05, "0.1"),
            (-0.05, "-0.1"),
            (12.34, "12.3"),
            (-7.0, "-7.0"),
            (1234567.89, "1234567.9"),
            (-1e12, "-1000000000000.0"),
            (f64::NAN, "0.0"),
        ] {
            assert_eq!(n(v), written, "{v}");
        }
        let mut d = String::from("M");
        push_tenths(&mut d, 3.26);
        push_tenths(&mut d, -3.26);
        assert_eq!(d, "M3.3-3.3");
    }
}
