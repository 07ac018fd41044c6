//! What names say by how they are built: a unit named after its parent ("UNIDO … Division",
//! "联合国工发组织…司"), a ceremony named after what it launched ("…启动仪式", "the launch ceremony
//! of …"), the brackets that define a short name ("（以下简称“…”）").

use crate::fold::Folded;
use crate::mentions::Mention;
use crate::registry::Registry;

/// The organisation whose name opens a unit's name as written: "UNIDO Digital Transformation
/// and AI Strategies Division", "UNIDO's Secretariat", "联合国工发组织北京投资促进办公室贵州工作站"
/// (the longest such name: the office, not UNIDO).
pub fn parent(registry: &Registry, folded: &Folded, m: &Mention) -> Option<usize> {
    use pmap_graph::EntityType::Organization;
    if m.kind != Organization {
        return None;
    }
    let surface = folded.text.get(m.start..m.end)?;
    // The unit's head ends the name, whatever opens it.
    if !is_unit(surface) {
        return None;
    }
    let known = registry.entities();
    surface
        .char_indices()
        .rev()
        .filter(|&(at, _)| at > 0)
        .find_map(|(at, next)| {
            let (head, rest) = surface.split_at(at);
            let last = head.chars().next_back()?;
            let boundary = crate::reader::is_cjk(last) && crate::reader::is_cjk(next)
                || next == ' '
                || rest.starts_with("'s ")
                || rest.starts_with("’s ");
            let own = rest.chars().filter(|c| c.is_alphanumeric()).count();
            if !boundary || own < 2 {
                return None;
            }
            registry
                .lookup_folded(head)
                .filter(|&p| p != m.entity && known[p].kind == Organization)
        })
}

/// What a ceremony is named after, when its name says it launched, unveiled or opened it:
/// "工业人工智能研修计划启动仪式", "launch ceremony of the Industrial AI Fellowship Programme".
pub fn ceremony_subject(registry: &Registry, event: usize) -> Option<usize> {
    let e = &registry.entities()[event];
    if e.kind != pmap_graph::EntityType::Event {
        return None;
    }
    let zh = e.zh.as_deref().and_then(|z| {
        ["启动仪式", "揭牌仪式", "发布仪式", "启用仪式"]
            .iter()
            .find_map(|w| z.strip_suffix(w))
    });
    let en = e.en.as_deref().and_then(|n| {
        let n = crate::fold::fold(n);
        [
            "launch ceremony of ",
            "unveiling ceremony of ",
            "inauguration of ",
        ]
        .iter()
        .find_map(|w| n.strip_prefix(w).map(str::to_string))
    });
    let subject = zh
        .and_then(|z| registry.lookup(z))
        .or_else(|| en.and_then(|n| registry.lookup(n.strip_prefix("the ").unwrap_or(&n))))?;
    (subject != event).then_some(subject)
}

/// A name that ends like a unit of a larger body: "… Division", "… Office", "…司", "…工作站" —
/// not "…组织" or "… Commission", which name bodies of their own.
fn is_unit(name: &str) -> bool {
    const EN: &[&str] = &[
        "division",
        "department",
        "office",
        "bureau",
        "directorate",
        "secretariat",
        "unit",
        "branch",
        "centre",
        "center",
        "hub",
        "chapter",
        "laboratory",
        "lab",
        "school",
        "college",
        "faculty",
        "institute",
        "workstation",
        "desk",
    ];
    const ZH: &[&str] = &[
        "司",
        "局",
        "处",
        "厅",
        "室",
        "部",
        "中心",
        "工作站",
        "分公司",
        "分会",
        "研究院",
        "研究所",
        "学院",
        "基地",
        "实验室",
        "工作组",
    ];
    let folded = crate::fold::fold(name);
    let last = folded.rsplit(' ').next().unwrap_or("");
    EN.contains(&last) || ZH.iter().any(|z| folded.ends_with(z))
}

/// The brackets that define a short name ("(以下简称"北京投促办")", "(hereinafter "the Office")"),
/// in folded text.
pub fn short_name_definitions(text: &str) -> Vec<std::ops::Range<usize>> {
    text.match_indices('(')
        .filter_map(|(open, _)| {
            let inner = &text[open + 1..];
            let defines = ["以下简称", "简称", "下称", "hereinafter"]
                .iter()
                .any(|p| inner.starts_with(p));
            let close = inner.find(')')?;
            defines.then(|| open..open + 1 + close + 1)
        })
        .collect()
}
