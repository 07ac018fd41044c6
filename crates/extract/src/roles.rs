//! Titles and roles: "Gerd Müller, Director General of UNIDO", "UNIDO Director General Gerd
//! Müller", "the Mayor of Shanghai, Gong Zheng", "上海人工智能研究院院长宋海涛". Each gives a
//! holds_role fact and marks the organisation as a modifier of the person.

use std::ops::Range;

use pmap_graph::{EntityType, RelationType};

use crate::fold::{fold, Folded};
use crate::gazetteer::KnownEntity;
use crate::mentions::Mention;
use crate::Fact;

const ROLE_LINKS: &[&str] = &[
    " of the ",
    " of ",
    " from the ",
    " from ",
    " at the ",
    " at ",
    " in the ",
];
/// What joins a person to the title that says who they are: "Jane Doe, Director of …", "Jane
/// Doe is a Senior Fellow at …", and in a gapped clause "… and John Roe a Research Associate at".
const COPULAS: &[&str] = &[
    ", ",
    " is a ",
    " is an ",
    " is the ",
    " was a ",
    " was an ",
    " was the ",
    " serves as ",
    " is currently ",
];
const GAPPED: &[&str] = &[" a ", " an "];

/// The words at the start of `after` (text right after a person's name) that join the name to
/// a title, if any; `gapped` when the name follows "and" (the verb may be left out).
pub(crate) fn copula_glue(after: &str, gapped: bool) -> Option<&'static str> {
    let lower = |g: &&str| {
        after
            .get(..g.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(g))
    };
    COPULAS
        .iter()
        .find(|g| lower(g))
        .or_else(|| GAPPED.iter().filter(|_| gapped).find(|g| lower(g)))
        .copied()
}

const ROLE_GLUE: &[&str] = &["of", "the", "to", "and", "for", "&", "on", "in"];
const ZH_ROLE_ENDINGS: &[char] = &[
    '长', '事', '席', '使', '员', '任', '官', '理', '表', '裁', '监', '记', '授', '人', '书', '赞',
    '臣',
];

/// Finds role appositions: returns their facts and the folded ranges the titles take (neutral for
/// coordination), and marks the described organisations as modifiers.
pub fn find(
    entities: &[std::sync::Arc<KnownEntity>],
    original: &str,
    folded: &Folded,
    mentions: &mut [Mention],
) -> (Vec<Fact>, Vec<Range<usize>>) {
    let mut facts = Vec::new();
    let mut consumed = Vec::new();
    let text = &folded.text;
    for p in 0..mentions.len() {
        if mentions[p].kind != EntityType::Person {
            continue;
        }
        // Person, Role of Org [and Role of Org]...
        let mut at = mentions[p].end;
        let gapped = text[..mentions[p].start].ends_with(" and ");
        let mut glue = copula_glue(&text[at..], gapped).unwrap_or(", ");
        while text[at..].starts_with(glue) {
            let Some((role, org)) = role_then_org(original, folded, mentions, at + glue.len())
                .or_else(|| gapped_role(original, folded, mentions, p, at + glue.len()))
            else {
                // "Bandar Alkhorayef, Minister of Industry and Mineral Resources": the ministry
                // named earlier, though not in this sentence.
                if glue == ", " {
                    if let Some((ministry, from, to)) =
                        minister_of(entities, original, folded, at + 2)
                    {
                        facts.push(
                            Fact::new(mentions[p].entity, ministry, RelationType::HoldsRole)
                                .with_role("Minister"),
                        );
                        consumed.push(from..to);
                    } else if let Some((org, role, to)) =
                        org_title_after(original, folded, mentions, at + 2)
                    {
                        facts.push(role_fact(entities, mentions, p, org, &role));
                        mentions[org].modifier = true;
                        consumed.push(at..to);
                    }
                }
                break;
            };
            facts.push(role_fact(entities, mentions, p, org, &role));
            mentions[org].modifier = true;
            let mut end = mentions[org].end;
            // "Chief of the X Division of UNIDO": the division is part of UNIDO.
            let mut unit = org;
            while let Some(parent) = of_next(text, mentions, unit) {
                facts.push(Fact::new(
                    mentions[unit].entity,
                    mentions[parent].entity,
                    RelationType::PartOf,
                ));
                mentions[parent].modifier = true;
                end = mentions[parent].end;
                unit = parent;
            }
            consumed.push(at..end);
            at = end;
            glue = " and ";
        }
        // Title Person of [the] Org: "Director General Amina Okoro of the Kenya … Institute".
        if let Some((org, role, from)) = title_person_of_org(original, folded, mentions, p) {
            facts.push(role_fact(entities, mentions, p, org, &role));
            mentions[org].modifier = true;
            consumed.push(from..mentions[p].start);
            consumed.push(mentions[p].end..mentions[org].start);
        }
        // Org ['s] Role Person  /  Role of Org[,] Person
        if let Some((org, role, from)) = org_then_role(original, folded, mentions, p) {
            facts.push(role_fact(entities, mentions, p, org, &role));
            mentions[org].modifier = true;
            consumed.push(from..mentions[p].start);
        }
        // 机构 + 职务 + 人名 (several, separated by 、).
        for (org, role) in chinese_titles(folded, mentions, p) {
            // "柬埔寨驻广州总领事": a post in a place is held at the mission there, when named.
            let target = match mission(entities, folded, mentions, org, &role) {
                Some(mission) => mission,
                None if mentions[org].kind == EntityType::Place
                    && folded.text[..mentions[org].start].ends_with('驻') =>
                {
                    continue;
                }
                None => mentions[org].entity,
            };
            facts.push(
                Fact::new(mentions[p].entity, target, RelationType::HoldsRole).with_role(role),
            );
            mentions[org].modifier = true;
            consumed.push(mentions[org].start..mentions[p].start);
        }
    }
    (facts, consumed)
}

/// "校长钱和生", "副校长孙为民" opening a clause of a university's own release (no body named
/// before the title): the release's university is where the title is held.
pub fn school_heads(folded: &Folded, mentions: &[Mention], school: usize) -> Vec<Fact> {
    const TITLES: &[&str] = &["副校长", "校长", "校党委书记", "党委书记"];
    let text = &folded.text;
    mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .filter_map(|m| {
            let before = &text[..m.start];
            let title = TITLES.iter().find(|t| before.ends_with(*t))?;
            let opening = &before[..before.len() - title.len()];
            let opens = opening.is_empty()
                || opening.ends_with([',', '，', '。', '、', ':', '：', ';', '；', ' ']);
            opens.then(|| Fact::new(m.entity, school, RelationType::HoldsRole).with_role(*title))
        })
        .collect()
}

/// The organisation right after `unit` joined by "of" ("Division of UNIDO"), if any.
fn of_next(text: &str, mentions: &[Mention], unit: usize) -> Option<usize> {
    let next = unit + 1;
    let m = mentions.get(next)?;
    let gap = text.get(mentions[unit].end..m.start).unwrap_or("");
    let both_orgs =
        mentions[unit].kind == EntityType::Organization && m.kind == EntityType::Organization;
    (both_orgs && (gap == " of " || gap == " of the ")).then_some(next)
}

/// "无锡市市长杜振宇", "浙江省副省长陆和声": the head of a Chinese city, province, district or
/// county holds the role in its people's government (无锡市人民政府), not in the place.
pub fn governments(facts: &mut [Fact], registry: &mut crate::registry::Registry) {
    for fact in facts
        .iter_mut()
        .filter(|f| f.kind == RelationType::HoldsRole)
    {
        let Some(role) = fact.role.as_deref() else {
            continue;
        };
        let level = ['省', '市', '区', '县']
            .into_iter()
            .find(|l| role.ends_with(&format!("{l}长")));
        let place = &registry.entities()[fact.target];
        let (Some(level), EntityType::Place, Some(zh)) = (level, place.kind, place.zh.as_deref())
        else {
            continue;
        };
        let seat = if zh.ends_with(level) {
            zh.to_string()
        } else {
            format!("{zh}{level}")
        };
        let government = format!("{seat}人民政府");
        fact.target = registry.intern(&government, EntityType::Organization, crate::Lang::Zh);
    }
}

fn role_fact(
    entities: &[std::sync::Arc<KnownEntity>],
    mentions: &[Mention],
    person: usize,
    org: usize,
    role: &str,
) -> Fact {
    // "Minister of Industry and Information Technology (of China)": the ministry, when known.
    let mut target = mentions[org].entity;
    let mut role = role.to_string();
    if let Some(rest) = [
        "Minister of ",
        "Vice Minister of ",
        "Deputy Minister of ",
        "Assistant Minister of ",
    ]
    .iter()
    .find_map(|p| role.strip_prefix(p))
    {
        let ministry = fold(&format!("Ministry of {rest}"));
        if let Some(i) = entities
            .iter()
            .position(|e| e.en.as_deref().map(fold).as_deref() == Some(&ministry))
        {
            target = i;
            role = role.split(" of ").next().unwrap_or("Minister").to_string();
        }
    }
    Fact::new(mentions[person].entity, target, RelationType::HoldsRole).with_role(role)
}

/// "Jane Doe is a Senior Fellow and John Roe a Research Associate at <org>": the title of the
/// first person, before "and" the next person (whose own title leads to the organisation).
fn gapped_role(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    p: usize,
    from: usize,
) -> Option<(String, usize)> {
    let text = &folded.text;
    let next = mentions.get(p + 1)?;
    if next.kind != EntityType::Person || next.start < from {
        return None;
    }
    let title_end = text[..next.start].strip_suffix(" and ")?.len();
    let glue = GAPPED.iter().find(|g| text[next.end..].starts_with(*g))?;
    let (_, org) = role_then_org(original, folded, mentions, next.end + glue.len())?;
    let (s, e) = folded.original_range(from, title_end);
    let role = original.get(s..e)?.trim();
    is_title(role).then(|| (role.to_string(), org))
}

/// At folded offset `from`: "Title Words of [the] <org>" → (role as written, org mention index).
fn role_then_org(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    from: usize,
) -> Option<(String, usize)> {
    let text = &folded.text;
    let org = mentions
        .iter()
        .position(|m| m.start > from && is_body(m.kind))?;
    if mentions
        .iter()
        .any(|m| m.start >= from && m.start < mentions[org].start)
    {
        return None;
    }
    let between = &text[from..mentions[org].start];
    let link = ROLE_LINKS
        .iter()
        .filter_map(|l| {
            between
                .rfind(l)
                .filter(|&i| i + l.len() == between.len())
                .map(|i| (i, l))
        })
        .next()?;
    let (s, e) = folded.original_range(from, from + link.0);
    let role = original[s..e].trim();
    is_title(role).then(|| (role.to_string(), org))
}

/// "<org>['s] Title Words <person>" or "Title of <org>, <person>" ending at person `p`.
fn org_then_role(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    p: usize,
) -> Option<(usize, String, usize)> {
    let text = &folded.text;
    let person_start = mentions[p].start;
    let org = (0..p).rev().find(|&i| mentions[i].end <= person_start)?;
    if !is_body(mentions[org].kind) || mentions[org].modifier {
        return None;
    }
    let between = text[mentions[org].end..person_start].trim();
    let (mut s, mut e) = folded.original_range(mentions[org].end, person_start);
    let mut role = original[s..e]
        .trim()
        .trim_start_matches(['\'', '’'])
        .trim_start_matches("s ")
        .trim();
    if between.is_empty() || between == "," {
        // "the Vice Minister of MIIT, Shan Zhongde": the title stands before the organisation.
        let head = text[..mentions[org].start].trim_end();
        let link = [" of the", " of"].iter().find(|l| head.ends_with(*l))?;
        let title_end = head.len() - link.len();
        let after_mention = (0..org)
            .rev()
            .map(|i| mentions[i].end)
            .find(|&e| e <= title_end)
            .unwrap_or(0);
        let title_start = text[..title_end]
            .rfind([',', '.', ';'])
            .map_or(0, |i| i + 1)
            .max(after_mention);
        (s, e) = folded.original_range(title_start, title_end);
        role = original[s..e].trim();
        let words: Vec<&str> = role.split_whitespace().collect();
        let mut start = words
            .iter()
            .rposition(|w| !is_title_word(w))
            .map_or(0, |i| i + 1);
        while start < words.len() && ROLE_GLUE.contains(&words[start]) {
            start += 1;
        }
        let role = words[start..].join(" ");
        // The title's own folded start, so that a verb before it stays visible ("met the Mayor of").
        let from = text[title_start..title_end]
            .rfind(&fold(&role))
            .map_or(title_start, |i| title_start + i);
        return is_title(&role).then_some((org, role, from));
    }
    is_title(role).then(|| (org, role.to_string(), mentions[org].start))
}

fn title_person_of_org(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    p: usize,
) -> Option<(usize, String, usize)> {
    let text = &folded.text;
    let org = p + 1;
    let m = mentions.get(org)?;
    let gap = text.get(mentions[p].end..m.start).unwrap_or("");
    if !(gap == " of " || gap == " of the ") || !is_body(m.kind) {
        return None;
    }
    let (person_start, _) = folded.original_range(mentions[p].start, mentions[p].end);
    let before = original[..person_start].trim_end();
    let words: Vec<&str> = before.split(' ').collect();
    let title_words = words
        .iter()
        .rev()
        .take_while(|w| is_title_word(w) && !ROLE_GLUE.contains(w) && !w.ends_with([',', ';']))
        .count();
    let title_words = title_words.min(4);
    if title_words == 0 {
        return None;
    }
    let role = words[words.len() - title_words..].join(" ");
    let starts_with_title = [
        "Director",
        "Minister",
        "President",
        "Chief",
        "Head",
        "Secretary",
        "Mayor",
        "Chair",
        "Executive",
        "Deputy",
        "Vice",
        "Professor",
        "Dean",
        "Governor",
        "Premier",
        "Ambassador",
        "Commissioner",
        "Envoy",
        "Chairman",
        "Rector",
        "Representative",
    ];
    if !starts_with_title.iter().any(|t| role.starts_with(t)) {
        return None;
    }
    let from = folded.folded_offset(before.len() - role.len());
    Some((org, role, from))
}

/// "Minister of <Words>" at folded offset `from`: the one known ministry named "Ministry of
/// <Words>…", with the folded range of the title.
fn minister_of(
    entities: &[std::sync::Arc<KnownEntity>],
    original: &str,
    folded: &Folded,
    from: usize,
) -> Option<(usize, usize, usize)> {
    let rest = folded.text.get(from..)?;
    let domain = [
        "minister of ",
        "vice minister of ",
        "deputy minister of ",
        "assistant minister of ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))?;
    let end =
        from + (rest.len() - domain.len()) + domain.find([',', '.', ';']).unwrap_or(domain.len());
    let (s, e) = folded.original_range(from, end);
    let title = original[s..e].trim();
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() > 10 || !words.iter().all(|w| is_title_word(w)) {
        return None;
    }
    let ministry = fold(&format!("Ministry of {}", title.split_once(" of ")?.1));
    let mut known = entities.iter().enumerate().filter(|(_, e)| {
        e.en.as_deref()
            .is_some_and(|n| fold(n).starts_with(&ministry))
    });
    match (known.next(), known.next()) {
        (Some((i, _)), None) => Some((i, from, end)),
        _ => None,
    }
}

fn is_body(kind: EntityType) -> bool {
    matches!(kind, EntityType::Organization | EntityType::Place)
}

fn is_title_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || ROLE_GLUE.contains(&w)
}

/// A title: 1–12 words, capitalised (or glue words), starting with a capital.
pub(crate) fn is_title(role: &str) -> bool {
    let words: Vec<&str> = role.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 12
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| is_title_word(w))
        && !role.contains([',', ';', '"', '“'])
}

/// 机构职务人名: organisations and the titles that follow them, back to the clause start.
fn chinese_titles(folded: &Folded, mentions: &[Mention], p: usize) -> Vec<(usize, String)> {
    let text = &folded.text;
    let person_start = mentions[p].start;
    let clause_start = text[..person_start]
        .rfind([',', '，', '。', ';', '；', ':', '：'])
        .map_or(0, |i| i + 1);
    let clause_start = (0..p)
        .rev()
        .find(|&i| mentions[i].kind == EntityType::Person && mentions[i].end > clause_start)
        .map_or(clause_start, |i| mentions[i].end);
    let orgs: Vec<usize> = (0..p)
        .filter(|&i| mentions[i].start >= clause_start && is_body(mentions[i].kind))
        .collect();
    let mut out = Vec::new();
    for (k, &org) in orgs.iter().enumerate() {
        let until = orgs
            .get(k + 1)
            .map_or(person_start, |&next| mentions[next].start);
        let raw = text.get(mentions[org].end..until).unwrap_or("");
        let role = strip_brackets(raw).trim_matches(['、', ' ']).to_string();
        let chars = role.chars().count();
        let cjk_only = role.chars().all(|c| crate::reader::is_cjk(c) || c == '、');
        if chars > 0 && chars <= 24 && cjk_only && role.ends_with(ZH_ROLE_ENDINGS) {
            out.push((org, role));
        }
    }
    out
}

/// The mission a diplomat's title names: "<国家>驻<城市>总领事" → the entity named
/// "<国家>驻<城市>总领事馆" (or 大使馆), if the article has named it.
fn mission(
    entities: &[std::sync::Arc<KnownEntity>],
    folded: &Folded,
    mentions: &[Mention],
    org: usize,
    role: &str,
) -> Option<usize> {
    let text = &folded.text;
    let seat = &mentions[org];
    if seat.kind != EntityType::Place || !text[..seat.start].ends_with('驻') {
        return None;
    }
    let post = ["总领事", "领事", "大使"]
        .into_iter()
        .find(|p| role == *p)?;
    let country = mentions
        .iter()
        .find(|m| m.end + '驻'.len_utf8() == seat.start && m.kind == EntityType::Place)?;
    let name = format!("{}{post}馆", &text[country.start..seat.end]);
    entities.iter().position(|e| {
        e.kind == EntityType::Organization
            && e.zh
                .as_deref()
                .is_some_and(|z| z.ends_with('馆') && fold(z) == name)
    })
}

/// Removes bracketed asides such as "(ISO)".
fn strip_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = (depth as i32 - 1).max(0) as usize,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The titles people are given in a sentence, with or without their body: "Director General
/// Gerd Müller", "Ms. Nomvula Dlamini-Khoza, Deputy Minister of …" — for "the Director
/// General" and "The Deputy Minister" later in the article. (Person entity, title as written.)
pub fn people_titles(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
) -> Vec<(usize, String)> {
    let title_noun =
        |w: &str| crate::names::TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str());
    let mut out = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Person) {
        let (s, e) = folded.original_range(m.start, m.end);
        // Before the name: title words only ("…, Director General Gerd Müller").
        let mut words: Vec<&str> = original[..s]
            .trim_end()
            .rsplit(' ')
            .take_while(|w| !w.is_empty() && is_title_word(w) && title_noun(w))
            .take(4)
            .collect();
        words.reverse();
        if !words.is_empty() && !words.iter().all(|w| ROLE_GLUE.contains(w)) {
            out.push((m.entity, words.join(" ")));
        }
        // After it: ", Deputy Minister of …", ", Chief AI Innovation Officer,".
        if let Some(rest) = original[e..].strip_prefix(", ") {
            let end = [" of ", " at ", " in ", " to ", ",", ";", "."]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
                .unwrap_or(rest.len());
            let title = rest[..end].trim();
            if is_title(title) && title.split(' ').next_back().is_some_and(title_noun) {
                out.push((m.entity, title.to_string()));
            }
        }
    }
    out
}

/// "Zou Ciyong, UNIDO's deputy director general, …", "Jane Doe, UNIDO Project Manager.": an
/// organisation named first, then the title held there, ending the apposition. (Organisation
/// mention, title as written, folded end of the title.)
fn org_title_after(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    from: usize,
) -> Option<(usize, String, usize)> {
    let text = &folded.text;
    let org = mentions
        .iter()
        .position(|m| m.start == from && is_body(m.kind))?;
    let after = &text[mentions[org].end..];
    let possessive = after.starts_with("'s ") || after.starts_with("’s ");
    let skip = if possessive { 3 } else { 1 };
    if !(possessive || after.starts_with(' ')) {
        return None;
    }
    let start = mentions[org].end + after[..skip].len();
    let rest = &text[start..];
    let end = start + rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
    // Another name inside is not a title ("UNIDO Country Representative to Viet Nam" names a
    // place: the post is at an office there).
    if mentions.iter().any(|m| m.start >= start && m.start < end) {
        return None;
    }
    let (s, e) = folded.original_range(start, end);
    let role = original[s..e].trim();
    let words: Vec<&str> = role.split_whitespace().collect();
    let title_word = |w: &&str| crate::names::TITLES.contains(&w.to_lowercase().as_str());
    let ok = !words.is_empty()
        && words.len() <= 6
        && words.last().is_some_and(title_word)
        && words
            .iter()
            .all(|w| title_word(w) || ROLE_GLUE.contains(w) || w.starts_with(char::is_uppercase));
    ok.then(|| (org, role.to_string(), end))
}
