//! Data from outside made safe to show: characters a visitor cannot see (bidi controls,
//! zero-width and other format characters, control characters) are written out as `⟨U+202E⟩` in
//! every name, alias, role and title, so that no entity can pass for another, reorder the text
//! around it or hide part of its name; names longer than a label can show are cut; relations from
//! an entity to itself are left out. Each change is reported as a [`Problem`] for the visitor.

use crate::{Graph, Names, Problem};

/// The longest name, alias, role or title kept whole (in characters); longer ones are cut.
pub const MAX_NAME_CHARS: usize = 1_000;

/// Whether `c` would be invisible, or would change how the text around it is shown: controls,
/// bidi embeddings, overrides, isolates and marks, zero-width and other format characters,
/// fillers that render as blank, and tag characters.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}'
        | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
        | '\u{3164}' | '\u{feff}' | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// `text` with every hidden character written out as `⟨U+XXXX⟩` and cut to
/// [`MAX_NAME_CHARS`] characters (with "…"); `None` when it is shown as it is.
pub fn shown(text: &str) -> Option<String> {
    let long = text.chars().nth(MAX_NAME_CHARS).is_some();
    if !long && !text.chars().any(is_hidden) {
        return None;
    }
    let mut out = String::with_capacity(text.len().min(4 * MAX_NAME_CHARS) + 8);
    for c in text.chars().take(MAX_NAME_CHARS) {
        if is_hidden(c) {
            out.push_str("⟨U+");
            // Upper-case hex, at least four digits (written out: no formatting machinery).
            let code = u32::from(c);
            let digits = if code > 0xffff { 5 } else { 4 };
            for i in (0..digits).rev() {
                out.push(char::from(
                    b"0123456789ABCDEF"[((code >> (4 * i)) & 0xf) as usize],
                ));
            }
            out.push('⟩');
        } else {
            out.push(c);
        }
    }
    if long {
        out.push('…');
    }
    Some(out)
}

/// Makes every name of `graph` safe to show (see the module) and leaves out relations from an
/// entity to itself; returns what was changed, by JSON path.
pub fn tidy(graph: &mut Graph) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut fix = |path: String, text: &mut String| {
        if let Some(new) = shown(text) {
            let message = if text.chars().nth(MAX_NAME_CHARS).is_some() {
                format!("longer than {MAX_NAME_CHARS} characters: cut")
            } else {
                "characters that cannot be seen are shown as ⟨U+…⟩".to_string()
            };
            problems.push(Problem { path, message });
            *text = new;
        }
    };
    fn fix_names(path: String, names: &mut Names, fix: &mut dyn FnMut(String, &mut String)) {
        if let Some(en) = names.en.as_mut() {
            fix(format!("{path}.en"), en);
        }
        if let Some(zh) = names.zh.as_mut() {
            fix(format!("{path}.zh"), zh);
        }
    }
    for (i, doc) in graph.documents.iter_mut().enumerate() {
        fix(format!("$.documents[{i}].title"), &mut doc.title);
    }
    for (i, entity) in graph.entities.iter_mut().enumerate() {
        fix_names(format!("$.entities[{i}].name"), &mut entity.name, &mut fix);
        for (j, alias) in entity.aliases.iter_mut().enumerate() {
            fix(format!("$.entities[{i}].aliases[{j}]"), alias);
        }
    }
    for (i, relation) in graph.relations.iter_mut().enumerate() {
        if let Some(role) = relation.role.as_mut() {
            fix_names(format!("$.relations[{i}].role"), role, &mut fix);
        }
    }
    let mut i = 0;
    graph.relations.retain(|r| {
        let keep = r.source != r.target;
        if !keep {
            problems.push(Problem {
                path: format!("$.relations[{i}]"),
                message: format!("relates \"{}\" to itself: not drawn", r.source),
            });
        }
        i += 1;
        keep
    });
    problems
}
