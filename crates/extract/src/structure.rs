//! Relations stated by how names stand to each other rather than by a verb: a place qualified by
//! a larger one ("Hangzhou, China", "苏州市相城区", "Lima (Peru)"), something said to be in or at
//! a place ("a research body based in Daejeon", "位于闵行区的…", "…在贵阳举行"). Lists of places
//! ("Viet Nam, Cambodia and Lao PDR") are told apart from qualification and give nothing.

use pmap_graph::{EntityType, RelationType};

use crate::mentions::Mention;
use crate::relations::Sentence;
use crate::Fact;

pub fn relations(s: &Sentence) -> Vec<Fact> {
    let mut facts = Vec::new();
    place_qualified(s, &mut facts);
    placed(s, &mut facts);
    facts
}

fn gap<'a>(s: &'a Sentence, a: &Mention, b: &Mention) -> &'a str {
    s.folded.text.get(a.end..b.start).unwrap_or("")
}

const LIST_JOINERS: &[&str] = &[", ", " and ", ", and ", "、", "和", "与", " or ", "，"];

/// Whether mention `i` is one item of a list of places (a place joined to it before or after).
fn in_place_list(s: &Sentence, i: usize, before: bool, after: bool) -> bool {
    let m = &s.mentions[i];
    let joined = |a: &Mention, b: &Mention| LIST_JOINERS.contains(&gap(s, a, b));
    (before
        && i > 0
        && s.mentions[i - 1].kind == EntityType::Place
        && joined(&s.mentions[i - 1], m))
        || (after
            && s.mentions
                .get(i + 1)
                .is_some_and(|n| n.kind == EntityType::Place && joined(m, n)))
}

/// "Hangzhou, China", "Vienna, Austria", "Lima (Peru)": the first is in the second.
/// "江苏省南通市", "苏州市相城区": written largest first, with nothing between.
fn place_qualified(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for i in 0..s.mentions.len().saturating_sub(1) {
        let (a, b) = (&s.mentions[i], &s.mentions[i + 1]);
        if a.kind != EntityType::Place || b.kind != EntityType::Place || a.entity == b.entity {
            continue;
        }
        let between = gap(s, a, b);
        let after_b = text.get(b.end..).unwrap_or("");
        let cjk = |m: &Mention| text[m.start..m.end].chars().any(crate::reader::is_cjk);
        if between.is_empty() && cjk(a) && cjk(b) {
            facts.push(Fact::between(s.mentions, i + 1, i, RelationType::LocatedAt));
        } else if (between == ", "
            && !in_place_list(s, i, true, false)
            && !in_place_list(s, i + 1, false, true))
            || ((between == " (" || between == "（" || between == "(")
                && after_b.starts_with([')', '）']))
        {
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
        }
    }
}

/// Words that say where something is, between it and the place.
const AT_PLACE: &[&str] = &[
    " in ",
    " in the ",
    ", in ",
    " based in ",
    ", based in ",
    " located in ",
    ", located in ",
    " headquartered in ",
    ", headquartered in ",
    " held in ",
    ", held in ",
    " hosted in ",
    " taking place in ",
    " at ",
    " of ",
];

/// "<organisation or event> based in / held in / in <place>", "位于<place>的<X>",
/// "<X>位于<place>", "<event>在<place>举行".
fn placed(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, a) in s.mentions.iter().enumerate() {
        let Some(b) = s.mentions.get(i + 1) else {
            continue;
        };
        let between = gap(s, a, b);
        let thing = matches!(a.kind, EntityType::Organization | EntityType::Event);
        // "…, a public research body based in Daejeon": an appositive that places it.
        let appositive = between.starts_with(", ")
            && [" based in ", " located in ", " headquartered in "]
                .iter()
                .any(|w| between.ends_with(w))
            && between.split(' ').count() <= 9;
        if thing && b.kind == EntityType::Place && (AT_PLACE.contains(&between) || appositive) {
            // "at" places an event, not an organisation ("signed at UNIDO").
            if between == " at " && a.kind != EntityType::Event {
                continue;
            }
            // "… of Norway" places an organisation, not an event ("Summit of the Americas").
            if between == " of " && a.kind != EntityType::Organization {
                continue;
            }
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
        }
        // "位于闵行区的卓越中心": the place, then what is there.
        if a.kind == EntityType::Place
            && between == "的"
            && text[..a.start].ends_with("位于")
            && matches!(
                b.kind,
                EntityType::Organization | EntityType::Event | EntityType::Place
            )
        {
            facts.push(Fact::between(s.mentions, i + 1, i, RelationType::LocatedAt));
        }
        // "卓越中心位于闵行区", "论坛在巴西利亚举行".
        let after_b = text.get(b.end..).unwrap_or("");
        let held = between == "在"
            && a.kind == EntityType::Event
            && ["举行", "召开", "开幕", "举办", "揭幕"]
                .iter()
                .any(|v| after_b.starts_with(v));
        if b.kind == EntityType::Place
            && (matches!(a.kind, EntityType::Organization | EntityType::Event) && between == "位于"
                || held)
        {
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
        }
    }
}
