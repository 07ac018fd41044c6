//! The clause engine: for each trigger in a sentence, finds its agents and patients among the
//! sentence's mentions (by voice, coordination and clause boundaries), checks them against the
//! vocabulary's direction rules, and states facts. Rules are general: nothing here names an
//! entity of the corpus.

use std::ops::Range;

use pmap_graph::{EntityType, RelationType};

use crate::fold::Folded;
use crate::mentions::{Context, Mention};
use crate::triggers::{Found, Trigger, Voice};
use crate::Fact;

/// One sentence, ready for the rules.
pub struct Sentence<'a> {
    pub original: &'a str,
    pub folded: &'a Folded,
    pub mentions: &'a [Mention],
    /// Folded ranges already explained (role titles): neutral for coordination.
    pub consumed: &'a [Range<usize>],
    /// Launches already read in relative clauses: (trigger start, end, what was launched).
    pub launched: &'a [(usize, usize, Vec<usize>)],
}

const BREAKERS: &[&str] = &[
    ";",
    "；",
    ", where ",
    ", which ",
    ", who ",
    ", while ",
    ", whereas ",
    ", but ",
    ", and we ",
    ", and they ",
    ", and he ",
    ", and she ",
    ", and it ",
];
const RELATIVES: &[&str] = &[", which ", ", who "];
const CONNECTORS: &[&str] = &[
    "and",
    "the",
    "&",
    "as",
    "well",
    "both",
    "其",
    "和",
    "与",
    "及",
    "以及",
    "同",
    "跟",
    "、",
    "包括",
    "including",
    // What is left of "China's" once the place that only qualifies the name is blanked out.
    "'s",
    "’s",
];
const LOCATIVES: &[&str] = &[
    " in ", " in the ", " at ", " at the ", "在", "于", "抵达", "到达", "前往", "来到", "赴",
    "面向",
];
const POSSESSIVES: &[&str] = &["his ", "her ", "their ", "its "];

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Agent,
    Patient,
}

/// Where clauses break in folded text (";", ", which ", ", and we " …): byte offsets.
pub(crate) fn clause_breaks(text: &str) -> Vec<usize> {
    static BREAK_MATCHER: std::sync::OnceLock<aho_corasick::AhoCorasick> =
        std::sync::OnceLock::new();
    BREAK_MATCHER
        .get_or_init(|| {
            aho_corasick::AhoCorasick::new(BREAKERS).expect("the breaker table is small")
        })
        .find_overlapping_iter(text)
        .map(|m| m.start())
        .collect()
}

pub fn relations(s: &Sentence, found: &[Found], context: &Context) -> Vec<Fact> {
    let text = &s.folded.text;
    let triggers: Vec<Found> = found
        .iter()
        .copied()
        .filter(|f| {
            !s.mentions
                .iter()
                .any(|m| f.start < m.end && m.start < f.end)
        })
        .filter(|f| {
            !s.consumed
                .iter()
                .any(|r| f.start < r.end && r.start < f.end)
        })
        // "见证了协议的签署": after 的 a verb names an event ("the signing of"), not an act.
        .filter(|f| f.trigger.voice == Voice::Speech || !text[..f.start].ends_with('的'))
        // "成为…成员": becoming a member, not becoming anything else.
        .filter(|f| {
            f.trigger.phrase != "成为" || {
                let rest = &text[f.end..];
                let clause = &rest[..rest.find(['，', '。', ',', '；']).unwrap_or(rest.len())];
                clause.contains("成员") || clause.contains("会员")
            }
        })
        // "A担任B轮值主席单位": to serve as a body's chair is to lead it (to serve in other posts
        // is a role, read elsewhere).
        .filter(|f| {
            f.trigger.phrase != "担任" || {
                let rest = &text[f.end..];
                rest[..rest.find(['，', '。', ',', '；']).unwrap_or(rest.len())].contains("主席")
            }
        })
        // "Opening the Week, X said": a participle that opens the sentence; elsewhere "opening"
        // names a ceremony or an act of no one named.
        .filter(|f| {
            !matches!(f.trigger.phrase, "opening" | "addressing" | "closing") || f.start == 0
        })
        // "见证签约": what is witnessed is a signing, not an act of the witness.
        .filter(|f| {
            !(text[..f.start].ends_with("见证") && f.trigger.relation == RelationType::Signed)
        })
        // "运营经费": operating costs, not an act of operating.
        .filter(|f| {
            !(f.trigger.phrase == "运营"
                && crate::structure::ZH_MEANS
                    .iter()
                    .any(|m| text[f.end..].starts_with(m)))
        })
        // "A、B作为首批合作企业与C签署…": what they act as, not a partnership between them.
        .filter(|f| {
            f.trigger.voice != Voice::Among
                || text[..f.start]
                    .rfind("作为")
                    .is_none_or(|p| text[p + "作为".len()..f.start].chars().count() > 4)
        })
        .collect();
    // "include A, Ethiopia; B, Uganda; and C": semicolons that separate a list's items.
    let listed = text.contains("; and ");
    let breaks: Vec<usize> = clause_breaks(text)
        .into_iter()
        .filter(|&b| !(listed && text[b..].starts_with(';')))
        .collect();
    let respectively = text.contains("respectively") || text.contains("分别");
    let fronted = fronted_subject(s, &triggers);
    let mut state = State::default();
    state.launches.extend(s.launched.iter().cloned());
    let mut facts: Vec<Fact> = Vec::new();
    // Facts before this index carry the position of the trigger that stated them.
    let mut placed = 0;
    let mut place = |facts: &mut Vec<Fact>, at: usize| {
        for fact in &mut facts[placed..] {
            fact.at.get_or_insert(at);
        }
        placed = facts.len();
    };

    for (k, f) in triggers.iter().enumerate() {
        if k > 0 {
            place(&mut facts, triggers[k - 1].start);
        }
        let t = f.trigger;
        let lo = breaks
            .iter()
            .copied()
            .filter(|&b| b < f.start)
            .max()
            .unwrap_or(0);
        let lo = if k > 0 {
            lo.max(triggers[k - 1].end)
        } else {
            lo
        };
        let hi = breaks
            .iter()
            .copied()
            .filter(|&b| b >= f.end)
            .min()
            .unwrap_or(text.len());
        let hi = triggers.get(k + 1).map_or(hi, |n| hi.min(n.start));
        let left = lo..f.start;
        let right = f.end..hi;
        let in_fronted = fronted.is_some_and(|(_, until)| f.start < until);
        // ", which is funded by X": the relative pronoun stands for the name before it.
        // ", which …", ", who …", and ", held from 18 to 20 November at …" (a participle right
        // after the comma): about the name before the comma.
        let reduced = t.relation == RelationType::LocatedAt
            && t.phrase.starts_with("held")
            && text[..f.start].trim_end().ends_with(',');
        let antecedent = if reduced {
            participants(s, 0..f.start, t, Side::Patient)
                .last()
                .copied()
                .filter(|&a| s.mentions[a].kind == EntityType::Event)
        } else if text[lo..].starts_with(", which ") {
            // "A, Pro Vice-Chancellor of KNUST, which chairs the Hub": "which" is a thing, the
            // body named last even where it only said whose title it was.
            (0..s.mentions.len())
                .rev()
                .find(|&i| s.mentions[i].end <= lo && s.mentions[i].kind != EntityType::Person)
        } else {
            RELATIVES
                .iter()
                .any(|r| text[lo..].starts_with(r))
                .then(|| participants(s, 0..lo, t, Side::Patient).last().copied())
                .flatten()
        };

        // "The MoU was signed on the sidelines of the Forum … by A and B": an active trigger in
        // its passive form takes its agents from the "by" phrase of its clause (none without one).
        // Not where something is: "X is based in Y", "the forum was held in Y" say where X is.
        // Nor what something agrees with: "Its work is aligned with Vision 2030".
        let passive_form = t.voice == Voice::Active
            && !matches!(
                t.relation,
                RelationType::LocatedAt | RelationType::AlignedWith
            )
            && passive_participle(text, f.start, t.phrase);
        let relied = if t.voice == Voice::ByYou {
            relied_on(s, left.clone())
        } else {
            None
        };
        let (mut agents, mut patients, pairwise) = match t.voice {
            Voice::Active if passive_form => (
                text[right.clone()]
                    .find(" by ")
                    .map(|at| right_group(s, f.end + at + 4..right.end, t, Side::Agent))
                    .unwrap_or_default(),
                left_group(s, left.clone(), t, Side::Patient),
                false,
            ),
            Voice::Active => (
                left_group(s, left.clone(), t, Side::Agent),
                right_group(s, right.clone(), t, Side::Patient),
                false,
            ),
            Voice::Passive => (
                right_group(s, right.clone(), t, Side::Agent),
                left_group(s, left.clone(), t, Side::Patient),
                false,
            ),
            // "卓越中心……，依托上海人工智能研究院运行": the body relied on runs it.
            Voice::ByYou if relied.is_some() => {
                let (at, host) = relied.unwrap_or_default();
                let subject = participants(s, 0..at, t, Side::Patient)
                    .into_iter()
                    .rev()
                    .find(|&i| s.mentions[i].kind == EntityType::Organization)
                    .or_else(|| sentence_subject(s, at));
                (vec![host], subject.into_iter().collect(), false)
            }
            Voice::ByYou if t.phrase == "运行" => continue,
            Voice::ByYou => match marker(s, left.clone(), '由') {
                Some(at) => {
                    let by = lo + at + '由'.len_utf8();
                    let mut patients = left_group(s, lo..lo + at, t, Side::Patient);
                    // "X成立于2016年，由Y创立": a clause that opens with 由 is about the
                    // sentence's subject, named before its first trigger.
                    let opens = text[..lo + at].trim_end().ends_with(['，', ',']);
                    if patients.is_empty() && opens && lo > 0 {
                        patients.extend(sentence_subject(s, triggers[0].start));
                    }
                    (
                        participants(s, by..f.start, t, Side::Agent),
                        patients,
                        false,
                    )
                }
                None => match marker(s, left.clone(), '为') {
                    // "A 为 B 揭幕": 为 introduces the patient.
                    Some(at) if at > 0 => {
                        let to = lo + at + '为'.len_utf8();
                        (
                            left_group(s, lo..lo + at, t, Side::Agent),
                            participants(s, to..f.start, t, Side::Patient),
                            false,
                        )
                    }
                    _ => (
                        left_group(s, left.clone(), t, Side::Agent),
                        right_group(s, right.clone(), t, Side::Patient),
                        false,
                    ),
                },
            },
            Voice::Between => (vec![], participants(s, right.clone(), t, Side::Agent), true),
            Voice::Among => (vec![], left_group(s, left.clone(), t, Side::Agent), true),
            Voice::Speech => {
                let people_in = |range: Range<usize>| -> Vec<usize> {
                    participants(s, range, t, Side::Agent)
                        .into_iter()
                        .filter(|&i| s.mentions[i].kind == EntityType::Person)
                        .collect()
                };
                // The speakers of its own clause ("A delivered a speech", "A, who attended as a
                // keynote speaker", "Speakers included A and B"), else everyone named.
                let mut people = people_in(left.clone());
                if people.is_empty() {
                    // "…, who delivered the keynote", "…, who attended the Forum as a keynote
                    // speaker": the person the relative clause is about.
                    if let Some(who) = text[..f.start].rfind(", who ") {
                        people = people_in(0..who).into_iter().last().into_iter().collect();
                    }
                }
                if people.is_empty() {
                    people = people_in(right.clone());
                }
                if people.is_empty() {
                    people = people_in(0..text.len());
                }
                (
                    people,
                    events_in(s, 0..text.len()).into_iter().take(1).collect(),
                    false,
                )
            }
            Voice::Relative => {
                let antecedent = participants(s, 0..lo, t, Side::Patient).last().copied();
                (
                    participants(s, left.clone(), t, Side::Agent),
                    antecedent.into_iter().collect(),
                    false,
                )
            }
            Voice::HeldAt => {
                let places: Vec<usize> = participants(s, left.clone(), t, Side::Patient)
                    .into_iter()
                    .filter(|&i| text[..s.mentions[i].start].ends_with(['在', '于']))
                    .map(|i| innermost_place(s, i))
                    .collect();
                // "卓越中心新址在…大零号湾正式启用": a body put into use, or settled, there.
                let things = if matches!(t.phrase, "启用" | "落户" | "入驻") {
                    let until = text[left.clone()]
                        .rfind('在')
                        .map_or(left.end, |p| left.start + p);
                    named_in(s, left.start..until, EntityType::Organization)
                } else {
                    let own = events_in(s, left.clone());
                    // "本届博览会由A主办，将于9月23日在X举行": a clause without a subject of
                    // its own is about the sentence's event.
                    let subjectless = ["将", "于", "在", "并"].iter().any(|w| {
                        text[left.clone()]
                            .trim_start_matches([' ', ',', '，'])
                            .starts_with(w)
                    });
                    if own.is_empty() && subjectless && !places.is_empty() {
                        events_in(s, 0..left.start).into_iter().take(1).collect()
                    } else {
                        own
                    }
                };
                (things, places, false)
            }
            Voice::Receives => {
                // Only "得到/获得 … 的资助/支持" is support received.
                let clause = &text[right.clone()];
                let Some(of) = ["的资助", "的支持", "资助", "支持"]
                    .iter()
                    .find_map(|w| clause.find(w))
                else {
                    continue;
                };
                let givers = participants(s, f.end..f.end + of, t, Side::Agent);
                let mut receivers = left_group(s, left.clone(), t, Side::Patient);
                if receivers.is_empty() {
                    receivers = state.last_patients.clone();
                }
                (givers, receivers, false)
            }
            Voice::Comitative => {
                let with = right_group(s, right.clone(), t, Side::Agent);
                state.pending = state
                    .last_action
                    .clone()
                    .map(|(action, objects)| (action, objects, with.clone()));
                state.companions.extend(with);
                continue;
            }
        };

        // "… brought together some 400 participants": no one named, no one drawn.
        if t.phrase.ends_with(" together") && agents.is_empty() {
            continue;
        }
        if pairwise {
            for (x, &a) in patients.iter().enumerate() {
                for &b in &patients[x + 1..] {
                    push(&mut facts, s.mentions, t, a, b);
                }
            }
            continue;
        }
        if let (Some((subject, _)), true) = (fronted, in_fronted) {
            // "Guided by A and aligned with B, C promotes…": C is the missing argument.
            if t.voice == Voice::Passive {
                patients = vec![subject];
            } else {
                agents = vec![subject];
            }
        }
        if let Some(a) = antecedent {
            match t.voice {
                Voice::Passive if patients.is_empty() => patients = vec![a],
                Voice::Active if agents.is_empty() => agents = vec![a],
                // "AIM Global, which UNIDO launched at WAIC 2023": "which" is the object.
                Voice::Active
                    if patients.is_empty()
                        && !passive_form
                        && text[lo..].starts_with(", which ")
                        && !agents.contains(&a) =>
                {
                    patients = vec![a]
                }
                _ => {}
            }
        }
        // "The office, set up in 2001 with the support of X, has …": support for the sentence's
        // subject, which a participle clause describes.
        if t.relation == RelationType::Supports
            && t.voice == Voice::Passive
            && patients.is_empty()
            && !agents.is_empty()
            && k > 0
            && triggers[k - 1].trigger.voice == Voice::Active
            && text[..triggers[k - 1].start].trim_end().ends_with(',')
        {
            patients.extend(sentence_subject(s, triggers[k - 1].start).filter(|&i| {
                !agents.contains(&i)
                    && !matches!(s.mentions[i].kind, EntityType::Person | EntityType::Place)
            }));
        }
        // ", under the auspices of D": what is under them is the nearest event, agreement or
        // programme before, not the co-hosts listed just before the comma.
        if t.relation == RelationType::Supports
            && t.voice == Voice::Passive
            && text[..f.start].ends_with(", ")
        {
            let framed = (0..s.mentions.len()).rev().find(|&i| {
                s.mentions[i].end <= f.start
                    && !s.mentions[i].modifier
                    && matches!(
                        s.mentions[i].kind,
                        EntityType::Event | EntityType::Agreement | EntityType::Initiative
                    )
            });
            if let Some(framed) = framed {
                patients = vec![framed];
            } else if k > 0
                && matches!(
                    triggers[k - 1].trigger.relation,
                    RelationType::Hosted | RelationType::CoOrganized
                )
            {
                // "The three-day Summit is co-hosted by A and B, under the patronage of C": the
                // event the hosts hold, named before only by a description.
                patients.clear();
                if let Some(event) = context.topic_event() {
                    for &a in &agents {
                        if s.mentions[a].entity != event {
                            facts.push(Fact::new(
                                s.mentions[a].entity,
                                event,
                                RelationType::Supports,
                            ));
                        }
                    }
                }
            }
        }
        // A programme's line "With the support of A and B.", "Held under the auspices of C.":
        // support for the event the programme is of.
        if t.relation == RelationType::Supports
            && t.voice == Voice::Passive
            && patients.is_empty()
            && matches!(text[..f.start].trim(), "" | "held")
        {
            if let Some(event) = context.topic_event() {
                for &a in &agents {
                    if s.mentions[a].entity != event
                        && RelationType::Supports.allows(s.mentions[a].kind, EntityType::Event)
                    {
                        facts.push(Fact::new(
                            s.mentions[a].entity,
                            event,
                            RelationType::Supports,
                        ));
                    }
                }
            }
        }
        // Chinese topic-comment: "倡议已在大会上发布": a fronted argument that cannot act is the patient.
        if patients.is_empty() && t.voice == Voice::ByYou {
            let (cannot, can): (Vec<usize>, Vec<usize>) = agents
                .iter()
                .partition(|&&a| !can_be_agent(t.relation, s.mentions[a].kind));
            patients = cannot;
            agents = can;
        }
        // What an earlier trigger acted on is not the next one's actor ("A, as an agency of B, has…").
        agents.retain(|&a| {
            can_be_agent(t.relation, s.mentions[a].kind)
                && (in_fronted
                    || !state.used_patients.contains(&a)
                    || reduced
                    || t.voice == Voice::HeldAt)
        });
        if agents.is_empty() && POSSESSIVES.iter().any(|p| text[left.clone()].contains(p)) {
            // "During his visit to X, <person> ...": the possessor is the main clause's subject.
            agents = first_person(s, f.end..text.len(), t);
        }
        // "在出席X期间，熊立新…会见了…": the clause's subject follows its comma.
        if agents.is_empty() && text[..f.start].ends_with('在') {
            if let Some(comma) = text[f.end..].find(['，', ',']) {
                agents = first_person(s, f.end + comma..text.len(), t);
            }
        }
        // "X is coordinated by A and is currently chaired by B", "X was founded in 2011 and is
        // headquartered in Y": the second verb's subject is the first one's.
        let passive = t.voice == Voice::Passive || passive_form;
        if k > 0 && shares_subject(&text[left.clone()]) && !state.previous_subject.is_empty() {
            if passive {
                patients = state.previous_subject.clone();
            } else if t.voice == Voice::Active {
                agents = state.previous_subject.clone();
            }
        } else if k > 0
            && state.previous_passive
            && t.voice == Voice::Active
            && !passive_form
            && text[left.clone()].trim_end().ends_with(" and")
            && !agents.is_empty()
            && agents.iter().all(|a| state.previous_agents.contains(a))
            && !state.previous_subject.is_empty()
        {
            // "AIM Global is guided by UNIDO and aligned with the Compact": the name before
            // "and" is the first verb's agent; the second verb's subject is the first one's.
            agents = state.previous_subject.clone();
        }
        // "X成立于2016年，由Y创立，总部位于Z": a Chinese clause without a subject of its own
        // is about the sentence's subject, named before its first trigger.
        if agents.is_empty() && t.voice == Voice::Active && !t.phrase.is_ascii() {
            if let Some(comma) = text[..f.start].rfind(['，', ',']) {
                let own = s
                    .mentions
                    .iter()
                    .any(|m| !m.modifier && m.start >= comma && m.end <= f.start);
                let topic = sentence_subject(s, triggers[0].start.min(comma));
                if let (false, Some(topic)) = (own, topic) {
                    if can_be_agent(t.relation, s.mentions[topic].kind) {
                        agents = vec![topic];
                    }
                }
            }
        }
        let joined = k > 0 && triggers[k - 1].trigger.joins;
        agents.retain(|a| !state.companions.contains(a));
        // Only events are "held": 举行 never borrows the previous verb's subject.
        // "a Brazilian firm admitted to one": a verb right after a noun no rule names is that
        // noun's, not the previous verb's subject's.
        let after_unnamed_noun = t.phrase.is_ascii()
            && text[..f.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    w.len() > 3
                        && w.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(w, "and" | "also" | "then" | "jointly" | "which" | "that")
                        && !w.ends_with("ly")
                        && !s
                            .mentions
                            .iter()
                            .any(|m| m.end + 1 >= f.start && m.end <= f.start)
                })
            && text[lo..f.start].contains(|c: char| c.is_ascii_lowercase());
        if (agents.is_empty() || joined) && t.voice != Voice::HeldAt && !after_unnamed_noun {
            // Verb coordination ("released A and proposed B") or "A collaborates with B to establish C".
            agents = state.previous_agents.clone();
        }
        if t.relation == RelationType::Adopted
            && !agents
                .iter()
                .any(|&a| can_be_agent(t.relation, s.mentions[a].kind))
        {
            // "proposed X at <event>, which was adopted": adopted there.
            agents = events_in(s, 0..text.len());
        }
        // "熊立新与穆勒代表双方签署": those who sign on behalf of the parties sign too.
        if t.relation == RelationType::Signed {
            if let Some(first) = agents.iter().map(|&a| s.mentions[a].start).min() {
                if let Some(before) = text[..first].strip_suffix("代表") {
                    let people = left_group(s, lo.min(before.len())..before.len(), t, Side::Agent);
                    agents.extend(
                        people
                            .into_iter()
                            .filter(|&p| s.mentions[p].kind == EntityType::Person),
                    );
                }
            }
        }
        // "Its headquarters are in Vienna, Austria", "to visit Shanghai and Suzhou, China": where
        // is the place before the comma; the one after only says where that is (a list would say
        // "and").
        if matches!(t.relation, RelationType::LocatedAt | RelationType::Visited) {
            if let [.., before, last] = patients[..] {
                let (a, b) = (&s.mentions[before], &s.mentions[last]);
                if a.kind == EntityType::Place
                    && b.kind == EntityType::Place
                    && text.get(a.end..b.start) == Some(", ")
                {
                    patients.pop();
                }
            }
        }
        let companions = std::mem::take(&mut state.companions);
        patients.retain(|&p| can_be_patient(t.relation, s.mentions[p].kind));
        // "The Dialogue, moderated by X, brought together …": the sentence's subject, past the
        // clause about it.
        if patients.is_empty()
            && t.voice == Voice::Passive
            && t.relation == RelationType::Attended
            && !passive_form
        {
            patients.extend(
                sentence_subject(s, f.start).filter(|&i| s.mentions[i].kind == EntityType::Event),
            );
        }
        // "签署合作协议": a new agreement without a name, not one named before.
        let new_agreement =
            t.relation == RelationType::Signed && unnamed_agreement(&text[right.clone()]);
        if patients.is_empty() && !new_agreement {
            patients = fallback_patients(s, t, &state.last_patients);
        }
        // "基地实行…模式，…，相城区人民政府提供场地和配套政策支持": support, in a later clause, for
        // the sentence's subject.
        if patients.is_empty()
            && t.relation == RelationType::Supports
            && t.voice == Voice::ByYou
            && !t.phrase.is_ascii()
            && !agents.is_empty()
            && lo > 0
        {
            patients.extend(sentence_subject(s, lo).filter(|&i| {
                !agents.contains(&i)
                    && matches!(
                        s.mentions[i].kind,
                        EntityType::Organization | EntityType::Initiative
                    )
            }));
        }
        // "举办了“…成果展”，A、B等30余家企业参展": they exhibit at the exhibition named last.
        if t.phrase == "参展" {
            patients = events_in(s, 0..f.start).into_iter().rev().take(1).collect();
        }
        if patients.is_empty() && t.relation == RelationType::MemberOf {
            // "X joined as its newest member": the one other organisation of the sentence.
            let others: Vec<usize> = participants(s, 0..text.len(), t, Side::Patient)
                .into_iter()
                .filter(|&i| s.mentions[i].kind == EntityType::Organization && !agents.contains(&i))
                .filter(|&i| {
                    agents
                        .iter()
                        .all(|&a| s.mentions[a].entity != s.mentions[i].entity)
                })
                .collect();
            if let [one] = others[..] {
                patients = vec![one];
            }
        }
        if respectively && companions.len() == patients.len() && companions.len() > 1 {
            // "A, with B and C, respectively launched X and Y": B–X, C–Y, and A both.
            for (&c, &p) in companions.iter().zip(&patients) {
                push(&mut facts, s.mentions, t, c, p);
            }
        } else {
            agents.extend(
                companions
                    .iter()
                    .filter(|c| !agents.contains(c))
                    .copied()
                    .collect::<Vec<_>>(),
            );
        }
        if !companions.is_empty() {
            state.pending = None;
        }
        // "A与B代表双方签署", "出席签约仪式并见证签约", "witnessed the signing": what is signed
        // or witnessed without a name is the agreement of the sentence, else the latest one.
        let signing = matches!(t.relation, RelationType::Signed | RelationType::Witnessed);
        let unnamed = patients.is_empty()
            || t.relation == RelationType::Witnessed
                && patients
                    .iter()
                    .all(|&p| s.mentions[p].kind == EntityType::Event);
        if signing && unnamed {
            let agreement = s
                .mentions
                .iter()
                .rev()
                .find(|m| m.kind == EntityType::Agreement)
                .map(|m| m.entity)
                .or(context.latest(EntityType::Agreement));
            if let Some(agreement) = agreement {
                for &a in &agents {
                    let entity = s.mentions[a].entity;
                    if t.relation.allows(s.mentions[a].kind, EntityType::Agreement)
                        && entity != agreement
                    {
                        facts.push(Fact::new(entity, agreement, t.relation));
                    }
                }
                patients.clear();
            }
        }
        for &a in &agents {
            for &p in &patients {
                push(&mut facts, s.mentions, t, a, p);
            }
        }
        if agents.is_empty()
            && t.relation == RelationType::Visited
            && participants(s, 0..f.start, t, Side::Agent)
                .iter()
                .all(|&i| !can_be_agent(t.relation, s.mentions[i].kind))
        {
            // "A visit to X highlighted…" after "The delegation visited Y": the same visitor.
            if let Some(visitor) = context.latest_agent(RelationType::Visited) {
                for &p in &patients {
                    facts.push(Fact::new(visitor, s.mentions[p].entity, t.relation));
                }
            }
        }
        // "UNIDO was represented by A and B": the body they represent did not attend itself.
        if t.phrase == "represented by" {
            patients.clear();
        }
        // "年会由A、B承办，C提供支持": support after the organisers is support for their event.
        let after_organisers = t.relation == RelationType::Supports
            && state.last_action.as_ref().is_some_and(|(previous, _)| {
                matches!(
                    previous.relation,
                    RelationType::Hosted | RelationType::CoOrganized
                )
            });
        // "共同主办了亚太工业人工智能周": an object of its own, though not a name known here.
        let own_object = matches!(t.relation, RelationType::Hosted | RelationType::CoOrganized)
            && {
                let rest = &text[f.end..right.end];
                let rest = rest.strip_prefix('了').unwrap_or(rest);
                rest.chars()
                    .take_while(|&c| crate::reader::is_cjk(c))
                    .count()
                    >= 3
            };
        if patients.is_empty()
            && !own_object
            && (matches!(
                t.relation,
                RelationType::Hosted | RelationType::CoOrganized | RelationType::Attended
            ) || after_organisers)
            && (t.voice != Voice::Active
                || t.relation != RelationType::Attended
                    && participants(s, right.clone(), t, Side::Patient).is_empty())
        {
            // "作为联合承办方", "A and B co-organized the technical tracks": the event under
            // discussion.
            if let Some(event) = context.event_in_view() {
                for &a in &agents {
                    if t.relation.allows(s.mentions[a].kind, EntityType::Event) {
                        let mut fact = Fact::new(s.mentions[a].entity, event, t.relation);
                        fact.role = t.role.map(str::to_string);
                        facts.push(fact);
                    }
                }
            }
        }
        // "Session C, SME Clinic. … led by Ms. A and Ms. B": people leading a programme line's
        // session attend it as its chairs.
        if let (true, Some(session)) = (
            patients.is_empty() && t.relation == RelationType::Leads && t.voice == Voice::Passive,
            context.line_event,
        ) {
            for m in s.mentions.iter().filter(|m| {
                m.kind == EntityType::Person && right.start <= m.start && m.end <= right.end
            }) {
                facts.push(Fact::new(m.entity, session, RelationType::Attended).with_role("chair"));
            }
        }
        let shared = matches!(
            t.relation,
            RelationType::Signed | RelationType::CoOrganized | RelationType::Hosted
        );
        if shared && t.voice == Voice::Active && !patients.is_empty() {
            // "A signed X with B", "We co-organized the Forum with B": B did too.
            let last = s.mentions[*patients.last().unwrap()].end;
            let with_at = text[last..right.end]
                .find("with ")
                .filter(|&at| at == 0 || text[last..last + at].ends_with(' '));
            if let Some(at) = with_at {
                let with = right_group(s, last + at + 5..right.end, t, Side::Agent);
                for &c in &with {
                    for &p in &patients {
                        push(&mut facts, s.mentions, t, c, p);
                    }
                }
                agents.extend(with);
            }
        }
        signed_with_each_other(s, t, &agents, &patients, &mut facts);
        if t.relation == RelationType::Signed && patients.is_empty() && unnamed {
            // "A与B签署合作协议", "A、B等5家企业与C签署合作协议", "A and B signed": a signing
            // without an agreement named in the clause binds those before the last connector to
            // the one after it.
            if let Some((&last, others)) = agents.split_last() {
                for &a in others {
                    signed_between(s, a, last, None, &mut facts);
                }
            }
        }
        if matches!(
            t.relation,
            RelationType::Launched
                | RelationType::Founded
                | RelationType::Issued
                | RelationType::Signed
                | RelationType::Adopted
        ) {
            state.launches.push((f.start, f.end, patients.clone()));
        }
        if t.joins {
            state
                .companions
                .extend(right_group(s, right.clone(), t, Side::Agent));
        }
        if !agents.is_empty() {
            state.previous_agents = agents.clone();
        }
        state.previous_passive = passive;
        let subject = if passive { &patients } else { &agents };
        // "…, the Alliance convened by UNIDO, and has signed …": a participle that only
        // describes a name (no auxiliary before it) is not the clause's verb.
        let reduced_relative =
            t.voice == Voice::Passive && !passive_participle(text, f.start, t.phrase);
        if !subject.is_empty() && !reduced_relative {
            state.previous_subject = subject.clone();
        }
        state.used_patients.extend(patients.iter().copied());
        state.last_patients = patients.clone();
        state.last_action = Some((t, patients));
    }
    if let Some(last) = triggers.last() {
        place(&mut facts, last.start);
    }
    if let Some((action, objects, with)) = state.pending.take() {
        // "A inaugurated B together with C": C inaugurated B too.
        for &c in &with {
            for &o in &objects {
                push(&mut facts, s.mentions, action, c, o);
            }
        }
    }
    launched_at(s, &state.launches, &mut facts);
    adopted_at(s, &mut facts);
    located_in(s, &mut facts);
    facts
}

/// "The forum adopted the Kigali Declaration", "大会审议通过了《…宣言》": what a meeting adopts
/// was launched at it.
fn adopted_at(s: &Sentence, facts: &mut Vec<Fact>) {
    let kind = |e: usize| s.mentions.iter().find(|m| m.entity == e).map(|m| m.kind);
    let launched: Vec<Fact> = facts
        .iter()
        .filter(|f| {
            f.kind == RelationType::Adopted
                && kind(f.source) == Some(EntityType::Event)
                && kind(f.target)
                    .is_some_and(|k| RelationType::LaunchedAt.allows(k, EntityType::Event))
        })
        .map(|f| Fact {
            at: f.at,
            ..Fact::new(f.target, f.source, RelationType::LaunchedAt)
        })
        .collect();
    facts.extend(launched);
}

/// Where the last 由 or 为 of a clause stands (relative to its start), outside the names in it:
/// "华为技术有限公司" holds 为 but does not introduce a patient.
fn marker(s: &Sentence, range: Range<usize>, c: char) -> Option<usize> {
    s.folded.text[range.clone()]
        .char_indices()
        .rev()
        .find(|&(at, x)| {
            let at = range.start + at;
            x == c
                && !s.mentions.iter().any(|m| m.start <= at && at < m.end)
                // "作为", "成为", "认为": 为 inside a verb marks nothing.
                && !(c == '为'
                    && s.folded.text[..at]
                        .ends_with(['作', '成', '认', '因', '以', '称', '评', '列']))
        })
        .map(|(at, _)| at)
}

/// "依托<org>运行": where 依托 stands (folded offset) and the organisation right after it, when
/// the trigger (running, operating) follows that organisation in `range`.
fn relied_on(s: &Sentence, range: Range<usize>) -> Option<(usize, usize)> {
    let text = &s.folded.text;
    let at = range.start + text[range.clone()].rfind("依托")?;
    let from = at + "依托".len();
    let host = s
        .mentions
        .iter()
        .position(|m| m.start == from && m.kind == EntityType::Organization)?;
    // Nothing but the name between 依托 and the verb.
    (s.mentions[host].end == range.end).then_some((at, host))
}

/// What the clause engine remembers while walking a sentence's triggers.
#[derive(Default)]
struct State {
    previous_agents: Vec<usize>,
    companions: Vec<usize>,
    last_action: Option<(Trigger, Vec<usize>)>,
    /// A comitative not yet used by a later action: applies to the action before it.
    pending: Option<(Trigger, Vec<usize>, Vec<usize>)>,
    last_patients: Vec<usize>,
    /// The subject of the latest verb (its patients if passive, else its agents), for a verb
    /// coordinated with it ("The Hub is coordinated by A and is currently chaired by B").
    previous_subject: Vec<usize>,
    /// Whether the latest verb was passive ("guided by A").
    previous_passive: bool,
    used_patients: Vec<usize>,
    /// (start, end, patients) of each launch-like trigger.
    launches: Vec<(usize, usize, Vec<usize>)>,
}

/// The sentence's subject, when named before `until`: its first name that does not only qualify
/// another ("X成立于2016年，由Y创立，…").
fn sentence_subject(s: &Sentence, until: usize) -> Option<usize> {
    (0..s.mentions.len())
        .find(|&i| !s.mentions[i].modifier)
        .filter(|&i| s.mentions[i].end <= until)
}

/// A sentence opening with a participle ("Guided by A and aligned with B, C …"): its subject C,
/// and where the opening phrase ends.
fn fronted_subject(s: &Sentence, triggers: &[Found]) -> Option<(usize, usize)> {
    let first = triggers.first()?;
    if first.start != 0 || first.trigger.voice == Voice::Speech {
        return None;
    }
    let text = &s.folded.text;
    let comma = first.end + text[first.end..].find(", ")?;
    let subject =
        (0..s.mentions.len()).find(|&i| s.mentions[i].start > comma && !s.mentions[i].modifier)?;
    Some((subject, comma))
}

/// Chinese relative clauses of initiating: "（由）A发起的B" is B, which A initiated. The fact A→B
/// is drawn here; A becomes a modifier (the clause describes B, so an outer verb concerns B:
/// "加入由A发起的B"), and the clause's verb is taken out of `found`, its launch kept in `launched`
/// for the sentence's launched_at.
pub fn relative_clauses(
    folded: &Folded,
    found: &mut Vec<Found>,
    mentions: &mut [Mention],
    launched: &mut Vec<(usize, usize, Vec<usize>)>,
) -> Vec<Fact> {
    let text = &folded.text;
    let mut facts = Vec::new();
    found.retain(|f| {
        // Initiating, founding, building and hosting: "由A与B共建的“…实验室”", "A发起的B".
        if !matches!(
            f.trigger.phrase,
            "发起" | "共建" | "共同建设" | "设立" | "创办" | "主办" | "举办" | "承办"
        ) {
            return true;
        }
        let Some(after) = text[f.end..].strip_prefix('的') else {
            return true;
        };
        let patient_at = text.len() - after.len();
        let patient_at = patient_at + text[patient_at..].len()
            - text[patient_at..].trim_start_matches(['"', '“']).len();
        let Some(b) = mentions.iter().position(|m| m.start == patient_at) else {
            return true;
        };
        // The agent ends right before the verb (or 共同, 联合 before it), perhaps with its
        // abbreviation in brackets.
        let before = &text[..f.start];
        let before = before
            .strip_suffix("共同")
            .or_else(|| before.strip_suffix("联合"))
            .unwrap_or(before);
        let bracket_start = before
            .strip_suffix(')')
            .and_then(|inner| inner.rfind('('))
            .unwrap_or(before.len());
        let Some(mut a) = mentions
            .iter()
            .rposition(|m| m.end == bracket_start || m.end == f.start)
        else {
            return true;
        };
        // "卓越中心在长三角地区设立的…": a place after 在 is where, the name before it who.
        if mentions[a].kind == EntityType::Place {
            let Some(at) = text[..mentions[a].start].strip_suffix('在') else {
                return true;
            };
            let Some(who) = mentions.iter().rposition(|m| m.end == at.len()) else {
                return true;
            };
            a = who;
        }
        // "由A与B共建的": those coordinated before it act too.
        let mut agents = vec![a];
        while let Some(&first) = agents.last() {
            let start = mentions[first].start;
            let Some(prev) = mentions[..first].iter().rposition(|m| {
                m.end <= start && ["与", "和", "、", "及", "以及"].contains(&&text[m.end..start])
            }) else {
                break;
            };
            agents.push(prev);
        }
        let before_len = facts.len();
        for &agent in agents.iter().rev() {
            push(&mut facts, mentions, f.trigger, agent, b);
        }
        if facts.len() == before_len {
            return true;
        }
        for &agent in &agents {
            mentions[agent].modifier = true;
        }
        launched.push((f.start, f.end, vec![b]));
        false
    });
    facts
}

/// Chinese place clauses before a name: "调研了A和位于无锡高新区的B" is B, which is in 无锡高新区.
/// The clause (verb, places, 的) becomes explained text and its places modifiers, so the outer
/// verb reaches B as it reaches A; the located_at fact itself is stated by `structure`.
pub fn place_clauses(
    folded: &Folded,
    found: &mut Vec<Found>,
    mentions: &mut [Mention],
    consumed: &mut Vec<Range<usize>>,
) {
    let text = &folded.text;
    found.retain(|f| {
        if !matches!(f.trigger.phrase, "位于" | "设在" | "地处") {
            return true;
        }
        let mut at = f.end;
        let mut places = Vec::new();
        while let Some(i) = mentions
            .iter()
            .position(|m| m.start == at && m.kind == EntityType::Place)
        {
            places.push(i);
            at = mentions[i].end;
        }
        let Some(after) = text[at..].strip_prefix('的') else {
            return true;
        };
        let named = text.len() - after.len();
        if places.is_empty() || !mentions.iter().any(|m| m.start == named) {
            return true;
        }
        for i in places {
            mentions[i].modifier = true;
        }
        consumed.push(f.start..named);
        false
    });
}

/// Two or more organisations signing the same agreement signed it with each other.
fn signed_with_each_other(
    s: &Sentence,
    t: Trigger,
    agents: &[usize],
    patients: &[usize],
    facts: &mut Vec<Fact>,
) {
    if t.relation != RelationType::Signed {
        return;
    }
    for (x, &a) in agents.iter().enumerate() {
        for &b in &agents[x + 1..] {
            for &p in patients {
                signed_between(s, a, b, Some(s.mentions[p].entity), facts);
            }
        }
    }
}

/// Two organisations that signed one agreement (`None`: an agreement without a name) signed it
/// with each other.
fn signed_between(
    s: &Sentence,
    a: usize,
    b: usize,
    agreement: Option<usize>,
    facts: &mut Vec<Fact>,
) {
    let organisation = |i: usize| s.mentions[i].kind == EntityType::Organization;
    if organisation(a) && organisation(b) {
        let mut fact = Fact::between(s.mentions, a, b, RelationType::SignedAgreementWith);
        fact.agreement = agreement;
        facts.push(fact);
    }
}

/// Whether the words after a signing verb are an agreement without a name: "合作协议", "了战略合作
/// 协议", "an agreement", "a memorandum of understanding".
fn unnamed_agreement(after: &str) -> bool {
    let zh = after.trim_start_matches(['了', ' ']);
    let zh = zh
        .strip_prefix("战略")
        .or_else(|| zh.strip_prefix("框架"))
        .unwrap_or(zh);
    let zh = zh.strip_prefix("合作").unwrap_or(zh);
    ["协议", "备忘录", "谅解备忘录", "意向书"]
        .iter()
        .any(|w| zh.starts_with(w))
        || [
            "an agreement",
            "a cooperation agreement",
            "a partnership agreement",
            "a memorandum",
            "an mou",
            "a letter of intent",
        ]
        .iter()
        .any(|w| after.trim_start().starts_with(w))
}

/// "A、B等5家企业作为首批合作企业与C": the text between B and C holds a count of the list ("等5家
/// 企业") and what they act as, then a connector: B and C play the same part.
fn counted_list_then_connector(gap: &str) -> bool {
    if !gap.contains('等') {
        return false;
    }
    // (Explained words, a count among them, are blanked out.)
    let gap: String = gap.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(rest) = gap.strip_prefix('等') else {
        return false;
    };
    let Some(last) = rest.chars().next_back().filter(|c| "与和同及".contains(*c)) else {
        return false;
    };
    let rest = &rest[..rest.len() - last.len_utf8()];
    let (counted, role) = match rest.find("作为") {
        Some(at) => (&rest[..at], &rest[at + "作为".len()..]),
        None => (rest, ""),
    };
    let counted = counted.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十百余多".contains(c)
    });
    counted.chars().count() <= 6
        && role.chars().count() <= 10
        && !counted.contains(['，', ',', '。', '；'])
        && !role.contains(['，', ',', '。', '；'])
        && counted.chars().all(crate::reader::is_cjk)
        && role.chars().all(crate::reader::is_cjk)
}

fn push(facts: &mut Vec<Fact>, mentions: &[Mention], t: Trigger, a: usize, b: usize) {
    let (ma, mb) = (&mentions[a], &mentions[b]);
    // "The Centre will be hosted by X": a host of a non-event is where it is.
    if t.relation == RelationType::Hosted
        && !matches!(mb.kind, EntityType::Event | EntityType::Place)
        && RelationType::LocatedAt.allows(mb.kind, ma.kind)
    {
        if ma.entity != mb.entity {
            facts.push(Fact::between(mentions, b, a, RelationType::LocatedAt));
        }
        return;
    }
    // "X is a partner of the Summit": a partner of an event or programme supports it.
    if matches!(t.phrase, "a partner of" | "partners of")
        && matches!(mb.kind, EntityType::Event | EntityType::Initiative)
        && ma.entity != mb.entity
        && RelationType::Supports.allows(ma.kind, mb.kind)
    {
        facts.push(Fact::between(mentions, a, b, RelationType::Supports));
        return;
    }
    // "Ms. Wang has headed the Office since 2022", "chaired by Prof. X": a person leading a
    // body holds its head's post.
    if t.relation == RelationType::Leads
        && ma.kind == EntityType::Person
        && mb.kind == EntityType::Organization
    {
        let role = if t.phrase.contains("chair") {
            "Chair"
        } else {
            "Head"
        };
        facts.push(Fact::between(mentions, a, b, RelationType::HoldsRole).with_role(role));
        return;
    }
    if ma.entity == mb.entity || !t.relation.allows(ma.kind, mb.kind) {
        return;
    }
    // Only events are "held" somewhere; an organisation named before is not.
    if t.relation == RelationType::LocatedAt
        && t.phrase.starts_with("held ")
        && ma.kind != EntityType::Event
    {
        return;
    }
    // "由联合国工发组织发起的联盟", "a platform initiated by UNIDO": to initiate an organisation
    // is to found it.
    let initiated = matches!(t.phrase, "发起" | "initiated" | "initiated by");
    let relation = if initiated && mb.kind == EntityType::Organization {
        RelationType::Founded
    } else {
        t.relation
    };
    let mut fact = Fact::between(mentions, a, b, relation);
    fact.role = t.role.map(str::to_string);
    facts.push(fact);
}

fn can_be_agent(relation: RelationType, kind: EntityType) -> bool {
    // A place may host what it houses (a centre "hosted by" a city or campus).
    let host_place = relation == RelationType::Hosted && kind == EntityType::Place;
    // A person who leads a body holds its head's post (`push`).
    let head = relation == RelationType::Leads && kind == EntityType::Person;
    host_place
        || head
        || EntityType::ALL
            .iter()
            .any(|&target| relation.allows(kind, target))
}

fn can_be_patient(relation: RelationType, kind: EntityType) -> bool {
    // What is "hosted by" a place or organisation, if not an event, is located there.
    let housed =
        relation == RelationType::Hosted && RelationType::LocatedAt.allows(kind, EntityType::Place);
    // A partner of an event or programme supports it (`push`).
    let partnered = relation == RelationType::PartneredWith
        && matches!(kind, EntityType::Event | EntityType::Initiative);
    housed
        || partnered
        || EntityType::ALL
            .iter()
            .any(|&source| relation.allows(source, kind))
}

/// When a trigger names no target: hosting concerns the event named in the sentence; witnessing
/// and adopting concern what the sentence just signed or proposed.
fn fallback_patients(s: &Sentence, t: Trigger, last_patients: &[usize]) -> Vec<usize> {
    match t.relation {
        RelationType::Witnessed | RelationType::Adopted => last_patients.to_vec(),
        // "X一行访问我校，Y陪同访问": the place of the visit just told.
        RelationType::Visited if t.phrase.starts_with("陪同") => last_patients.to_vec(),
        // "浙江大学、阿里云提供支持": support for the event of the sentence.
        RelationType::Hosted | RelationType::CoOrganized | RelationType::Supports => {
            events_in(s, 0..s.folded.text.len())
                .into_iter()
                .take(1)
                .collect()
        }
        _ => vec![],
    }
}

/// Mentions in `range` that can take part in the trigger's action on `side`: not modifiers, and
/// not places or events merely named as where something happened (unless that is the point).
fn participants(s: &Sentence, range: Range<usize>, t: Trigger, side: Side) -> Vec<usize> {
    let text = &s.folded.text;
    let locational = matches!(t.relation, RelationType::LocatedAt | RelationType::Visited);
    (0..s.mentions.len())
        .filter(|&i| {
            let m = &s.mentions[i];
            if m.modifier || m.start < range.start || m.end > range.end {
                return false;
            }
            // A preposition that is part of the trigger ("participated in") is not a locative.
            // "在沙特阿拉伯利雅得": so are the places written right after the first.
            let mut first = i;
            while first > 0
                && s.mentions[first].kind == EntityType::Place
                && s.mentions[first - 1].kind == EntityType::Place
                && s.mentions[first - 1].end == s.mentions[first].start
            {
                first -= 1;
            }
            let before = &text[..s.mentions[first].start];
            let locative = LOCATIVES
                .iter()
                .any(|l| before.ends_with(l) && s.mentions[first].start - l.len() >= range.start);
            !(locative && (side == Side::Agent || !locational))
        })
        .collect()
}

/// The first person in `range` who can act in the trigger's relation (none, or one).
fn first_person(s: &Sentence, range: Range<usize>, t: Trigger) -> Vec<usize> {
    participants(s, range, t, Side::Agent)
        .into_iter()
        .filter(|&i| s.mentions[i].kind == EntityType::Person)
        .take(1)
        .collect()
}

fn events_in(s: &Sentence, range: Range<usize>) -> Vec<usize> {
    named_in(s, range, EntityType::Event)
}

/// The mentions of one kind inside `range`, in order.
fn named_in(s: &Sentence, range: Range<usize>, kind: EntityType) -> Vec<usize> {
    (0..s.mentions.len())
        .filter(|&i| {
            let m = &s.mentions[i];
            m.kind == kind && m.start >= range.start && m.end <= range.end
        })
        .collect()
}

/// The last participant before the trigger and those coordinated with it ("A, B and C launched").
fn left_group(s: &Sentence, range: Range<usize>, t: Trigger, side: Side) -> Vec<usize> {
    let found = participants(s, range, t, side);
    let mut group: Vec<usize> = Vec::new();
    for &i in found.iter().rev() {
        match group.last() {
            None => group.push(i),
            Some(&next) if coordinated(s, i, next) => group.push(i),
            Some(_) => break,
        }
    }
    group.reverse();
    group
}

/// Whether the text before a verb ends "and is", "and was", "and has been", "and is currently"…:
/// the verb is coordinated with the one before it and shares its subject.
fn shares_subject(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().peekable();
    if words
        .peek()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
    {
        words.next();
    }
    let mut aux = 0;
    while words
        .peek()
        .is_some_and(|w| matches!(*w, "is" | "was" | "are" | "were" | "has" | "have" | "been"))
    {
        words.next();
        aux += 1;
    }
    aux > 0 && words.next() == Some("and")
}

/// Whether the trigger at `at` is a participle after a form of "be" ("was signed", "were
/// jointly launched", "has been organized").
fn passive_participle(text: &str, at: usize, phrase: &str) -> bool {
    let verb = phrase.split(' ').next().unwrap_or("");
    if !(verb.ends_with("ed") || matches!(verb, "led" | "held" | "run" | "set" | "built")) {
        return false;
    }
    let mut words = text[..at].split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    // One adverb between: "was formally launched".
    if last.len() > 4 && last.ends_with("ly") {
        last = words.next().unwrap_or("");
    }
    matches!(
        last,
        "was" | "were" | "is" | "are" | "been" | "be" | "being"
    )
}

/// The first participant after the trigger, in the same clause, and those coordinated with it
/// ("co-hosted by A, B and C").
fn right_group(s: &Sentence, range: Range<usize>, t: Trigger, side: Side) -> Vec<usize> {
    let found = participants(s, range.clone(), t, side);
    if let Some(&first) = found.first() {
        let gap = masked(s, range.start, s.mentions[first].start);
        if gap.contains([',', '，', '。', ':', '：']) {
            return vec![];
        }
    }
    let mut group: Vec<usize> = Vec::new();
    for &i in &found {
        match group.last() {
            None => group.push(i),
            Some(&prev) if coordinated(s, prev, i) => group.push(i),
            Some(_) => break,
        }
    }
    group
}

/// Whether only connectors, punctuation, titles and already-explained text stand between two
/// mentions, so that they play the same part.
fn coordinated(s: &Sentence, a: usize, b: usize) -> bool {
    if (s.mentions[a].start, s.mentions[a].end) == (s.mentions[b].start, s.mentions[b].end) {
        return true; // one phrase naming both ("双方")
    }
    let (from, to) = (s.mentions[a].end, s.mentions[b].start);
    if from > to {
        return false;
    }
    let gap = masked(s, from, to);
    // "A, a supplier of gearbox components that uses …, and B": an appositive describing A.
    let appositive = gap
        .strip_prefix(", a ")
        .or(gap.strip_prefix(", an "))
        .and_then(|rest| Some((rest, rest.rfind(", ")?)))
        .filter(|(rest, c)| !rest[..*c].contains([',', '(', '"']));
    let gap = match appositive {
        Some((rest, c)) => format!(",{}", &rest[c + 1..]),
        None => gap,
    };
    // "A, who delivered the keynote address, and by B": a relative clause describing A.
    let gap = match (gap.find(", who "), gap.rfind(", and ")) {
        (Some(w), Some(a)) if w < a => format!("{}{}", &gap[..w], &gap[a..]),
        _ => gap,
    };
    if counted_list_then_connector(&gap) {
        return true;
    }
    // "witnessed by A, …, and by B": the preposition repeated after "and".
    let gap = gap.replace(" and by ", " and ");
    let (os, oe) = s.folded.original_range(from, to);
    let original_gap = &s.original[os..oe];
    let capitalised: Vec<String> = original_gap
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.to_lowercase())
        .collect();
    gap.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '，' | '、' | '(' | ')' | '（' | '）' | '"' | '“' | '”' | ';' | '《' | '》'
            )
    })
    .map(|w| w.trim_end_matches('.'))
    .filter(|w| !w.is_empty())
    .all(|w| {
        CONNECTORS.contains(&w)
            || capitalised.iter().any(|c| c.trim_end_matches('.') == w)
            || w.chars().all(|c| c == '.')
    })
}

/// Folded text from `from` to `to` with explained text (titles, modifiers) blanked out.
fn masked(s: &Sentence, from: usize, to: usize) -> String {
    let explained = |i: usize| {
        s.consumed.iter().any(|r| r.contains(&i))
            || s.mentions
                .iter()
                .any(|m| m.modifier && m.start <= i && i < m.end)
    };
    s.folded.text[from..to]
        .char_indices()
        .map(|(i, c)| if explained(from + i) { ' ' } else { c })
        .collect()
}

/// "launched B at <event>" / "在<event>上发布": B was launched at the event. The event belongs to
/// the nearest launch-like trigger before it (or the first after it).
fn launched_at(s: &Sentence, launches: &[(usize, usize, Vec<usize>)], facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for e in events_in(s, 0..text.len()) {
        let at = s.mentions[e].start;
        let owner = launches
            .iter()
            .rev()
            .find(|(_, end, _)| *end <= at)
            .or_else(|| launches.iter().find(|(start, _, _)| *start >= at));
        let Some((_, _, launched)) = owner else {
            continue;
        };
        let head = &text[..s.mentions[e].start];
        let window_start = head.len().saturating_sub(48);
        let window = &head[head.floor_char_boundary_compat(window_start)..];
        let introduced = [
            " at ",
            "at the ",
            "during ",
            "在",
            " at",
            "on the sidelines of",
        ]
        .iter()
        .any(|w| window.contains(w))
            // "年会闭幕式上，…通过了", "大会期间发布": the event, then 上 or 期间.
            || ["上", "期间"]
                .iter()
                .any(|w| text[s.mentions[e].end..].starts_with(w));
        if !introduced {
            continue;
        }
        for &x in launched {
            if s.mentions[x].entity != s.mentions[e].entity
                && RelationType::LaunchedAt.allows(s.mentions[x].kind, EntityType::Event)
            {
                facts.push(Fact::between(s.mentions, x, e, RelationType::LaunchedAt));
            }
        }
    }
}

/// "在杭州市滨江区举行", "在巴西首都巴西利亚开幕": of places written largest first with nothing
/// (or only "capital") between, the last.
fn innermost_place(s: &Sentence, mut i: usize) -> usize {
    while let Some(next) = s.mentions.get(i + 1) {
        let between = s
            .folded
            .text
            .get(s.mentions[i].end..next.start)
            .unwrap_or("");
        if next.kind != EntityType::Place
            || !(between.is_empty() || crate::structure::CAPITAL_OF.contains(&between))
        {
            break;
        }
        i += 1;
    }
    i
}

/// "<organisation or event> in <place>": where it is.
fn located_in(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, m) in s.mentions.iter().enumerate() {
        if !matches!(m.kind, EntityType::Organization | EntityType::Event) {
            continue;
        }
        let Some(next) = s.mentions.get(i + 1) else {
            continue;
        };
        let gap = text.get(m.end..next.start).unwrap_or("");
        if next.kind == EntityType::Place
            && (gap == " in " || gap == " held in " || gap == " based in ")
        {
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
        }
    }
}

pub(crate) trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
        while at > 0 && !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}
