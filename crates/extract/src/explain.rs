//! The maintainer's view of an extraction (`pmap-extract --explain`): per article its language,
//! title and date; per sentence the names recognised (as written, with their type and entity), the
//! trigger expressions found, the facts stated, and why a trigger or a name gave no relation.

use std::fmt::Write;

use crate::fold::Folded;
use crate::gazetteer::KnownEntity;
use crate::mentions::Mention;
use crate::reader::Article;
use crate::triggers::Found;
use crate::Fact;

pub(crate) fn article(out: &mut String, article: &Article) {
    let _ = writeln!(
        out,
        "\n=== {} ({:?}) title: {:?} date: {}",
        article.id,
        article.lang,
        article.title,
        article.date.as_deref().unwrap_or("none found")
    );
}

fn name(entities: &[std::sync::Arc<KnownEntity>], i: usize) -> String {
    let e = &entities[i];
    let shown = e.en.as_deref().or(e.zh.as_deref()).unwrap_or(&e.id);
    format!("{shown} [{}]", e.kind.as_str())
}

pub(crate) fn sentence(
    out: &mut String,
    entities: &[std::sync::Arc<KnownEntity>],
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    triggers: &[Found],
    facts: &[Fact],
) {
    let _ = writeln!(out, "\n> {}", original.trim());
    for m in mentions {
        let (s, e) = folded.original_range(m.start, m.end);
        let written = original.get(s..e).unwrap_or("");
        let modifier = if m.modifier {
            ", describes a neighbour"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  name     {written:?} = {}{modifier}",
            name(entities, m.entity)
        );
    }
    for t in triggers {
        let stated = facts.iter().any(|f| f.kind == t.trigger.relation);
        let verdict =
            if stated {
                String::new()
            } else {
                format!(
                "  -> nothing: no {} found on the {} side of it with a type the relation allows",
                if mentions.is_empty() { "name" } else { "participant" },
                match t.trigger.voice {
                    crate::triggers::Voice::Passive => "'by'",
                    _ => "expected",
                }
            )
            };
        let _ = writeln!(
            out,
            "  trigger  {:?} → {} ({:?}){verdict}",
            t.trigger.phrase,
            t.trigger.relation.as_str(),
            t.trigger.voice
        );
    }
    for f in facts {
        let role = f
            .role
            .as_deref()
            .map(|r| format!(" as {r:?}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  fact     {} —{}→ {}{role}",
            name(entities, f.source),
            f.kind.as_str(),
            name(entities, f.target)
        );
    }
    for m in mentions.iter().filter(|m| !m.modifier) {
        if !facts
            .iter()
            .any(|f| f.source == m.entity || f.target == m.entity)
        {
            let _ = writeln!(
                out,
                "  unlinked {} (no rule relates it to another name here)",
                name(entities, m.entity)
            );
        }
    }
}
