//! The view in a URL fragment, so a copied link opens the same view: selection, language, focus
//! depth, filters, date and path, e.g. `pm:sel=unido&lang=zh&depth=1&hide=person,event&until=2024-07-06`.
//! Keys are namespaced per map instance; ids are percent-encoded. Decoding never fails: what it
//! cannot use is reported as notices and left out.

use pmap_graph::{EntityType, Graph, RelationType};

use crate::{Indexed, Lang, TypeSet, ViewState};

/// Encodes the parts of `state` that differ from the default, under `namespace`.
pub fn encode(state: &ViewState, namespace: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut put = |key: &str, value: String| parts.push(format!("{key}={}", escape(&value)));
    if let Some(sel) = &state.selected {
        put("sel", sel.clone());
    }
    if state.lang == Lang::Zh {
        put("lang", "zh".into());
    }
    if let Some(depth) = state.depth {
        put("depth", depth.to_string());
    }
    let f = &state.filters;
    if !f.hidden_entity_types.is_empty() {
        put(
            "hide",
            f.hidden_entity_types
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    if !f.hidden_relation_types.is_empty() {
        put(
            "hiderel",
            f.hidden_relation_types
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    if !f.hidden_documents.is_empty() {
        put("hidedocs", f.hidden_documents.join(","));
    }
    if let Some(until) = &f.until {
        put("until", until.clone());
    }
    if let Some((a, b)) = &state.path {
        put("path", format!("{a},{b}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("{namespace}:{}", parts.join("&"))
    }
}

/// Reads the view of `namespace` from a fragment (with or without `#`; other namespaces and
/// unknown keys are ignored). Unknown ids and bad values give notices, not errors.
pub fn decode(fragment: &str, namespace: &str, graph: &Graph) -> (ViewState, Vec<String>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let prefix = format!("{namespace}:");
    let Some(body) = fragment
        .trim_start_matches('#')
        .split('#')
        .find_map(|p| p.strip_prefix(prefix.as_str()))
    else {
        return (state, notices);
    };
    let known = |id: &str, notices: &mut Vec<String>| {
        let ok = graph.entity(id).is_some();
        if !ok {
            notices.push(format!(
                "the link names an entity that is not on this map: \"{id}\""
            ));
        }
        ok
    };
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = unescape(raw);
        match key {
            "sel" if known(&value, &mut notices) => state.selected = Some(value),
            "lang" => state.lang = Lang::from_tag(&value),
            "depth" => match value.parse::<u8>() {
                Ok(d @ 1..=9) => state.depth = Some(d),
                _ => notices.push(format!("ignored depth \"{value}\" (1 to 9)")),
            },
            "hide" => parse_types(
                &value,
                EntityType::parse,
                &mut state.filters.hidden_entity_types,
                "entity",
                &mut notices,
            ),
            "hiderel" => parse_types(
                &value,
                RelationType::parse,
                &mut state.filters.hidden_relation_types,
                "relation",
                &mut notices,
            ),
            "hidedocs" => {
                for d in value.split(',') {
                    if graph.document(d).is_some() {
                        let hidden = &mut state.filters.hidden_documents;
                        if let Err(i) = hidden.binary_search(&d.to_string()) {
                            hidden.insert(i, d.to_string());
                        }
                    } else {
                        notices.push(format!(
                            "the link names an article that is not on this map: \"{d}\""
                        ));
                    }
                }
            }
            // Links made before articles were hidden one by one name the articles shown.
            "docs" => {
                let shown: Vec<&str> = value.split(',').collect();
                state.filters.hidden_documents = graph
                    .documents
                    .iter()
                    .filter(|d| !shown.contains(&d.id.as_str()))
                    .map(|d| d.id.clone())
                    .collect();
                state.filters.hidden_documents.sort();
            }
            "until" if is_date(&value) => state.filters.until = Some(value),
            "until" => notices.push(format!("ignored date \"{value}\" (YYYY-MM-DD)")),
            "path" => {
                if let Some((a, b)) = value.split_once(',') {
                    if known(a, &mut notices) && known(b, &mut notices) {
                        state.path = Some((a.to_string(), b.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    (state, notices)
}

/// Adds each type named in a comma-separated list; unknown names become notices.
fn parse_types<T: Indexed>(
    list: &str,
    parse: fn(&str) -> Option<T>,
    set: &mut TypeSet<T>,
    what: &str,
    notices: &mut Vec<String>,
) {
    for name in list.split(',') {
        match parse(name) {
            Some(t) => set.insert(t),
            None => notices.push(format!("ignored unknown {what} type \"{name}\"")),
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Percent-encodes all but unreserved characters (and the commas that separate list items).
fn escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).and_then(|&c| hex(c)),
            bytes.get(i + 2).and_then(|&c| hex(c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `fragment` (the page's, with or without `#`) with this namespace's part replaced by
/// `encoded` (from [`encode`]; empty removes it). Other parts (the host's own routing, other
/// maps) are kept in their order.
pub fn merge(fragment: &str, namespace: &str, encoded: &str) -> String {
    let prefix = format!("{namespace}:");
    let mut parts: Vec<&str> = fragment
        .trim_start_matches('#')
        .split('#')
        .filter(|p| !p.is_empty() && !p.starts_with(prefix.as_str()))
        .collect();
    if !encoded.is_empty() {
        parts.push(encoded);
    }
    parts.join("#")
}

/// Like [`decode`], but a link that does not name a language keeps `lang`.
pub fn restore(
    fragment: &str,
    namespace: &str,
    graph: &Graph,
    lang: Lang,
) -> (ViewState, Vec<String>) {
    let (mut state, notices) = decode(fragment, namespace, graph);
    let prefix = format!("{namespace}:");
    let names_lang = fragment
        .trim_start_matches('#')
        .split('#')
        .filter_map(|p| p.strip_prefix(prefix.as_str()))
        .any(|body| body.split('&').any(|kv| kv.starts_with("lang=")));
    if !names_lang {
        state.lang = lang;
    }
    (state, notices)
}

#[cfg(test)]
mod merge_tests {
    use super::merge;

    #[test]
    fn merging_keeps_the_hosts_fragment_and_other_maps() {
        assert_eq!(
            merge("#top#pm:sel=a#pm2:sel=b", "pm", "pm:sel=c"),
            "top#pm2:sel=b#pm:sel=c"
        );
        assert_eq!(merge("#pm:sel=a", "pm", ""), "");
        assert_eq!(merge("", "pm", "pm:lang=zh"), "pm:lang=zh");
    }
}
