//! Entity mentions in one sentence: gazetteer names, surnames of people already named in the
//! article ("Müller said"), and anaphors ("the event", "此次盛会", "he") resolved to the latest
//! entity of their kind.

use std::collections::HashMap;

use pmap_graph::EntityType;

use crate::fold::Folded;
use crate::gazetteer::Gazetteer;
use crate::registry::Registry;

/// An entity named in a sentence, at folded-sentence byte offsets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    pub entity: usize,
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    /// Part of a description of another mention (the "UNIDO" of "Director General of UNIDO"):
    /// not a participant of the sentence's actions.
    pub modifier: bool,
}

impl Mention {
    pub fn new(entity: usize, kind: EntityType, start: usize, end: usize) -> Mention {
        Mention {
            entity,
            kind,
            start,
            end,
            modifier: false,
        }
    }
}

/// What an article has mentioned so far, for surnames and anaphora.
#[derive(Debug, Default)]
pub struct Context {
    /// The sentence being read is the article's headline.
    pub headline: bool,
    latest: HashMap<EntityType, usize>,
    people_named: Vec<usize>,
    /// How often each event has been named, in first-seen order: the article's topic event.
    events: Vec<(usize, usize)>,
    subject: Option<usize>,
    /// Every entity named so far, in order of latest mention.
    seen: Vec<usize>,
    /// The latest source of each kind of relation ("The delegation visited X. A visit to Y…").
    agents: HashMap<pmap_graph::RelationType, usize>,
    /// What the previous sentence was about when not a person ("It is funded by…").
    topic_thing: Option<usize>,
    /// The two parties of the latest meeting, partnership or agreement ("双方", "both sides").
    parties: Option<(usize, usize)>,
    /// The university a Chinese release calls 我校/本校, named most often in the article.
    pub home_school: Option<String>,
    /// The session a programme line opened ("Session C, SME Clinic. Organized by …"), for the
    /// rest of that line.
    pub line_event: Option<usize>,
    /// The titles people of the article were given, as the phrase that names them ("the director
    /// general", folded), latest last:
    /// "the Director General met with …" is that person.
    titles: Vec<(String, usize)>,
    /// The body each person of the article works for (their first role's).
    employers: HashMap<usize, usize>,
    /// In an interview, who is answering: the person of the latest "WANG:" label (none after the
    /// interviewer's label).
    speaker: Option<usize>,
    /// The body whose delegation the article follows ("X, Chief of the UNIDO Regional Bureau, led
    /// a delegation to …": UNIDO): "the delegation" from then on.
    delegation: Option<usize>,
    /// Who led it: "the delegation met with X" is that person's meeting.
    delegation_leader: Option<usize>,
}

impl Context {
    /// `person` holds `title` (as written): "the <title>" names them from now on.
    pub fn add_title(&mut self, title: &str, person: usize) {
        let title = crate::fold::fold(title.trim());
        // One-word titles such as "head" or "chief" need their body to say whose they are.
        if title.is_ascii() && (title.contains(' ') || TITLE_WORDS.contains(&title.as_str())) {
            let phrase = format!("the {title}");
            self.titles.retain(|(t, _)| *t != phrase);
            self.titles.push((phrase, person));
        }
    }

    /// `person` holds a role at `body`: "we" in their answers is that body.
    pub fn add_employer(&mut self, person: usize, body: usize) {
        self.employers.entry(person).or_insert(body);
    }

    pub fn latest(&self, kind: EntityType) -> Option<usize> {
        self.latest.get(&kind).copied()
    }

    /// The event the article is about: the most named so far (the first, on a tie).
    pub fn topic_event(&self) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for &(entity, count) in &self.events {
            if best.is_none_or(|(_, c)| count > c) {
                best = Some((entity, count));
            }
        }
        best.map(|(e, _)| e)
    }

    /// The event a sentence without one of its own speaks of: the session its programme line
    /// opened, else the article's topic event.
    pub fn event_in_view(&self) -> Option<usize> {
        self.line_event.or_else(|| self.topic_event())
    }

    /// The person the previous sentences were about ("He said").
    pub fn subject(&self) -> Option<usize> {
        self.subject.or_else(|| self.latest(EntityType::Person))
    }

    pub fn latest_agent(&self, kind: pmap_graph::RelationType) -> Option<usize> {
        self.agents.get(&kind).copied()
    }

    pub fn set_agent(&mut self, kind: pmap_graph::RelationType, entity: usize) {
        self.agents.insert(kind, entity);
    }

    /// The body a person works for (their first role's).
    pub fn employer(&self, person: usize) -> Option<usize> {
        self.employers.get(&person).copied()
    }

    /// "the delegation" is `body`'s, led by `leader`, from now on.
    pub fn set_delegation(&mut self, body: usize, leader: Option<usize>) {
        self.delegation = Some(body);
        self.delegation_leader = leader;
    }

    /// The body whose delegation the article follows, and who led it.
    pub fn delegation(&self) -> Option<(usize, Option<usize>)> {
        Some((self.delegation?, self.delegation_leader))
    }

    pub fn set_parties(&mut self, a: usize, b: usize) {
        self.parties = Some((a, b));
    }

    pub fn set_subject(&mut self, person: usize) {
        self.subject = Some(person);
    }

    /// Records a sentence's mentions, in order.
    pub fn saw(&mut self, mentions: &[Mention]) {
        if let Some(first) = mentions
            .iter()
            .find(|m| !m.modifier && m.kind != EntityType::Person)
        {
            self.topic_thing = Some(first.entity);
        }
        for m in mentions {
            self.latest.insert(m.kind, m.entity);
            self.seen.retain(|&e| e != m.entity);
            self.seen.push(m.entity);
            if m.kind == EntityType::Event {
                match self.events.iter_mut().find(|(e, _)| *e == m.entity) {
                    Some((_, count)) => *count += 1,
                    None => self.events.push((m.entity, 1)),
                }
            }
        }
    }
}

/// Phrases that refer back to the latest entity of a kind (folded forms).
const ANAPHORS: &[(&str, EntityType)] = &[
    ("the event", EntityType::Event),
    ("the conference", EntityType::Event),
    ("the opening ceremony", EntityType::Event),
    ("the ceremony", EntityType::Event),
    ("the forum", EntityType::Event),
    ("the summit", EntityType::Event),
    ("the meeting", EntityType::Event),
    ("the annual meeting", EntityType::Event),
    ("the launch", EntityType::Event),
    ("the week", EntityType::Event),
    ("the expo", EntityType::Event),
    ("the exhibition", EntityType::Event),
    ("the symposium", EntityType::Event),
    ("the workshop", EntityType::Event),
    ("the plenary", EntityType::Event),
    ("the opening", EntityType::Event),
    ("the signing ceremony", EntityType::Event),
    ("the launch ceremony", EntityType::Event),
    ("the unveiling ceremony", EntityType::Event),
    ("开幕式", EntityType::Event),
    ("闭幕式", EntityType::Event),
    ("启动仪式", EntityType::Event),
    ("签约仪式", EntityType::Event),
    ("揭牌仪式", EntityType::Event),
    ("上述活动", EntityType::Event),
    ("全体会议", EntityType::Event),
    ("此次盛会", EntityType::Event),
    ("此次活动", EntityType::Event),
    ("本次论坛", EntityType::Event),
    ("此次论坛", EntityType::Event),
    ("该论坛", EntityType::Event),
    ("本次会议", EntityType::Event),
    ("the agreement", EntityType::Agreement),
    ("the mou", EntityType::Agreement),
    ("the memorandum", EntityType::Agreement),
    ("the memorandum of understanding", EntityType::Agreement),
    ("the letter of intent", EntityType::Agreement),
    ("the declaration", EntityType::Agreement),
    ("该备忘录", EntityType::Agreement),
    ("此项备忘录", EntityType::Agreement),
    ("此项协议", EntityType::Agreement),
    ("该协议", EntityType::Agreement),
    ("这项协议", EntityType::Agreement),
    ("the initiative", EntityType::Initiative),
    ("这项重要倡议", EntityType::Initiative),
    ("这项倡议", EntityType::Initiative),
    ("该倡议", EntityType::Initiative),
];

/// Nouns that, after 该/此/为, refer back to the latest entity whose Chinese name ends in them.
const ZH_NOUNS: &[&str] = &[
    "中心",
    "联盟",
    "协会",
    "组织",
    "大学",
    "研究院",
    "集团",
    "机构",
    "委员会",
    "网络",
    "倡议",
    "协议",
    "实验室",
    "基金会",
    "银行",
    "计划",
    "项目",
    "平台",
    "基地",
    "工作站",
    "办公室",
    "研究所",
    "公司",
    "学院",
    "工作组",
];

/// Nouns that, after 本次/此次/本届, refer to the event the article is about.
const ZH_EVENT_NOUNS: &[&str] = &[
    "博览会",
    "论坛",
    "大会",
    "峰会",
    "盛会",
    "活动",
    "会议",
    "仪式",
    "展会",
    "研讨会",
];

/// Every mention in a folded sentence, in order, without overlaps.
pub fn find(
    gazetteer: &Gazetteer,
    registry: &mut Registry,
    original: &str,
    sentence: &Folded,
    context: &mut Context,
) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = gazetteer
        .find(sentence)
        .into_iter()
        .map(|m| {
            Mention::new(
                m.entity,
                gazetteer.entities()[m.entity].kind,
                m.start,
                m.end,
            )
        })
        .collect();
    crate::names::discover(
        original,
        sentence,
        &mut mentions,
        registry,
        context.headline,
    );
    // "联盟指导委员会": a unit named after a bare 联盟 is the unit of the alliance the article is
    // about, named in full after it ("全球工业人工智能联盟指导委员会").
    for m in mentions
        .iter()
        .filter(|m| m.kind == EntityType::Organization)
    {
        let own = registry.entities()[m.entity].zh.as_deref().unwrap_or("");
        if !own.starts_with("联盟")
            || own.chars().count() < 5
            || registry.parent(m.entity).is_some()
        {
            continue;
        }
        let Some(alliance) = alliance_in_context(context, registry) else {
            continue;
        };
        let Some(full) = registry.entities()[alliance]
            .zh
            .as_deref()
            .map(|z| format!("{z}{}", &own["联盟".len()..]))
        else {
            continue;
        };
        registry.rename_unit_zh(m.entity, &full, alliance);
    }
    let overlaps = |ms: &[Mention], s: usize, e: usize| ms.iter().any(|m| s < m.end && m.start < e);

    for m in &mentions {
        if m.kind == EntityType::Person && !context.people_named.contains(&m.entity) {
            context.people_named.push(m.entity);
        }
    }
    for s in gazetteer.find_surnames(sentence) {
        if overlaps(&mentions, s.start, s.end) {
            continue;
        }
        // The most recently named person with that surname.
        let surname = &sentence.text[s.start..s.end];
        let owner = context.people_named.iter().rev().copied().find(|&p| {
            p == s.entity
                || registry.entities()[p]
                    .surname
                    .as_deref()
                    .is_some_and(|n| crate::fold::fold(n) == surname)
        });
        if let Some(entity) = owner {
            mentions.push(Mention::new(entity, EntityType::Person, s.start, s.end));
        }
    }
    // Surnames of people found by the rules (not in the gazetteer's surname matcher).
    for &person in context
        .people_named
        .iter()
        .filter(|&&p| p >= gazetteer.entities().len())
    {
        // A Chinese name found after a title ("校长钱和生") is its own short form later ("钱和生介绍").
        let entity = &registry.entities()[person];
        let chinese_name = entity.zh.as_deref().filter(|z| {
            (2..=4).contains(&z.chars().count()) && z.chars().all(crate::reader::is_cjk)
        });
        let Some(surname) = entity
            .surname
            .as_deref()
            .or(chinese_name)
            .map(crate::fold::fold)
        else {
            continue;
        };
        let found: Vec<usize> = sentence
            .text
            .match_indices(&surname)
            .map(|(at, _)| at)
            .collect();
        for at in found {
            let end = at + surname.len();
            if !overlaps(&mentions, at, end) && word_bounded(&sentence.text, at, end) {
                mentions.push(Mention::new(person, EntityType::Person, at, end));
            }
        }
    }
    // "witnessed by Datuk Haslinda" after "Datuk Haslinda Omar": a courtesy title, then the first
    // word of the name of a person named earlier, is that person (names without a surname).
    static COURTESY: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let courtesy_titles = COURTESY.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            "datuk ", "dato ", "tan sri ", "mr. ", "ms. ", "dr. ", "prof. ",
        ])
        .expect("the courtesy titles are few")
    });
    {
        for found in courtesy_titles.find_iter(&sentence.text) {
            let (at, courtesy_len) = (found.start(), found.end() - found.start());
            let from = at + courtesy_len;
            let word: String = sentence.text[from..]
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect();
            let end = from + word.len();
            if word.len() < 3
                || overlaps(&mentions, from, end)
                || !word_bounded(&sentence.text, from, end)
            {
                continue;
            }
            let owner = context.people_named.iter().rev().copied().find(|&p| {
                registry.entities()[p].en.as_deref().is_some_and(|n| {
                    let n = crate::fold::fold(n);
                    n.split(' ').count() >= 2 && n.split(' ').next() == Some(word.as_str())
                })
            });
            if let Some(person) = owner {
                mentions.push(Mention::new(person, EntityType::Person, from, end));
            }
        }
    }
    static PHRASES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        aho_corasick::AhoCorasick::new(ANAPHORS.iter().map(|(p, _)| p))
            .expect("the anaphor table is small")
    });
    let mut hits: Vec<(usize, usize)> = phrases
        .find_overlapping_iter(&sentence.text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    hits.sort_unstable();
    for (pattern, at) in hits {
        let (phrase, kind) = &ANAPHORS[pattern];
        {
            let end = at + phrase.len();
            if overlaps(&mentions, at, end) || !word_bounded(&sentence.text, at, end) {
                continue;
            }
            // "the opening ceremony of WAIC 2024": the name that follows is the referent.
            let named_after = mentions
                .iter()
                .any(|m| m.kind == *kind && m.start > end && m.start <= end + 8);
            let in_sentence = mentions
                .iter()
                .find(|m| m.kind == *kind && m.end <= at)
                .map(|m| m.entity);
            // "the launch ceremony of the X Programme": X is what it launched.
            let of = mentions
                .iter()
                .find(|m| {
                    let between = sentence.text.get(end..m.start).unwrap_or("");
                    m.start >= end && matches!(between, " of " | " of the ")
                })
                .map(|m| m.entity);
            let referent = match kind {
                EntityType::Event => ceremony(context, registry, phrase, of)
                    .or(context.topic_event())
                    .or(in_sentence),
                _ => in_sentence.or(context.latest(*kind)),
            };
            if let (Some(entity), false) = (referent, named_after) {
                mentions.push(Mention::new(entity, *kind, at, end));
            }
        }
    }
    let chinese = sentence.text.chars().any(crate::reader::is_cjk);
    // "出席仪式", "参加活动", "出席了会议": attending the event under discussion.
    for verb in ["出席", "参加", "主持", "出席了", "参加了", "主持了"]
        .into_iter()
        .filter(|_| chinese)
    {
        for (at, _) in sentence.text.match_indices(verb) {
            let from = at + verb.len();
            let rest = &sentence.text[from..];
            let Some(noun) = ["仪式", "活动", "会议", "论坛", "年会", "大会"]
                .iter()
                .find(|n| rest.starts_with(**n))
            else {
                continue;
            };
            let end = from + noun.len();
            let event = ceremony(context, registry, noun, None).or(context.topic_event());
            if let (Some(event), false) = (event, overlaps(&mentions, from, end)) {
                mentions.push(Mention::new(event, EntityType::Event, from, end));
            }
        }
    }
    // "本次博览会", "此次活动", "本届大会": the event under discussion.
    for prefix in ["本次", "此次", "这次", "本届", "该"]
        .into_iter()
        .filter(|_| chinese)
    {
        for (at, _) in sentence.text.match_indices(prefix) {
            let rest = &sentence.text[at + prefix.len()..];
            let noun_len = ZH_EVENT_NOUNS
                .iter()
                .filter(|n| rest.starts_with(*n))
                .map(|n| n.len())
                .max();
            // The latest event of that kind ("本届博览会": the expo named last), else the topic.
            let noun = noun_len.map(|len| &rest[..len]);
            let latest = noun.and_then(|noun| {
                context.seen.iter().rev().copied().find(|&e| {
                    registry.entities()[e].kind == EntityType::Event
                        && registry.entities()[e]
                            .zh
                            .as_deref()
                            .is_some_and(|z| z.ends_with(noun))
                })
            });
            let (Some(len), Some(event)) = (noun_len, latest.or(context.topic_event())) else {
                continue;
            };
            let end = at + prefix.len() + len;
            if !overlaps(&mentions, at, end) {
                mentions.push(Mention::new(event, EntityType::Event, at, end));
            }
        }
    }
    // "我校", "本校": the university or school of a university's own news release.
    for phrase in ["我校", "本校", "学校"].into_iter().filter(|_| chinese) {
        for (at, _) in sentence.text.match_indices(phrase) {
            let end = at + phrase.len();
            let named = |suffix: &str| {
                context.seen.iter().rev().copied().find(|&e| {
                    registry.entities()[e]
                        .zh
                        .as_deref()
                        .is_some_and(|z| z.ends_with(suffix))
                })
            };
            // The university itself before any of its schools ("学校…机械工程学院").
            let (university, college) = (named("大学"), named("学院"));
            let school = university
                .or_else(|| {
                    let home = context.home_school.as_deref()?;
                    Some(registry.intern(home, EntityType::Organization, crate::Lang::Zh))
                })
                .or(college);
            if let (Some(entity), false) = (school, overlaps(&mentions, at, end)) {
                mentions.push(Mention::new(entity, EntityType::Organization, at, end));
            }
        }
    }
    // "该中心", "为中心揭牌": the latest entity whose Chinese name ends in that noun.
    for marker in ["该", "此", "为"].into_iter().filter(|_| chinese) {
        for (at, _) in sentence.text.match_indices(marker) {
            let from = at + marker.len();
            let Some(noun) = ZH_NOUNS
                .iter()
                .filter(|n| sentence.text[from..].starts_with(*n))
                .max_by_key(|n| n.len())
            else {
                continue;
            };
            // Keep 为 outside the mention: it marks the patient for the rules.
            let (start, end) = (if marker == "为" { from } else { at }, from + noun.len());
            let referent = context.seen.iter().rev().copied().find(|&e| {
                registry.entities()[e]
                    .zh
                    .as_deref()
                    .is_some_and(|z| z.ends_with(noun))
            });
            if let (Some(entity), false) = (referent, overlaps(&mentions, start, end)) {
                mentions.push(Mention::new(
                    entity,
                    registry.entities()[entity].kind,
                    start,
                    end,
                ));
            }
        }
    }
    // "成为联盟新成员", "联盟成员": a bare 联盟 is the alliance the article is about — the latest
    // named, or one named inside an event's name ("2025全球工业人工智能联盟年会").
    if chinese {
        for (at, _) in sentence.text.match_indices("联盟") {
            let end = at + "联盟".len();
            if !stands_alone(&sentence.text, at, "为入的该此本与和、")
                || overlaps(&mentions, at, end)
            {
                continue;
            }
            if let Some(alliance) = alliance_in_context(context, registry) {
                let kind = registry.entities()[alliance].kind;
                mentions.push(Mention::new(alliance, kind, at, end));
            }
        }
    }
    // "诊断服务对中小企业免费" after "…“全球南方中小企业AI诊断服务”": a sentence that opens
    // with the last four to six characters of a longer name named earlier is about it.
    if chinese {
        // The sentence's first four, five and six characters, if all Chinese.
        let openings: Vec<&str> = sentence
            .text
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(sentence.text.len()))
            .take(6)
            .enumerate()
            .filter(|&(n, _)| n >= 3)
            .map(|(_, end)| &sentence.text[..end])
            .filter(|o| o.chars().all(crate::reader::is_cjk))
            .collect();
        let referent = context.seen.iter().rev().copied().find_map(|e| {
            let zh = registry.entities()[e].zh.as_deref()?;
            openings.iter().rev().find_map(|o| {
                (zh.len() > o.len()
                    && zh.ends_with(o)
                    && zh[..zh.len() - o.len()].chars().nth(1).is_some())
                .then_some((e, o.len()))
            })
        });
        if let Some((entity, len)) = referent.filter(|&(_, len)| !overlaps(&mentions, 0, len)) {
            let kind = registry.entities()[entity].kind;
            mentions.push(Mention::new(entity, kind, 0, len));
        }
    }
    // "工作站由A与B共同设立" after "…贵州工作站", "其创新基地": a head noun alone names the
    // latest entity whose Chinese name ends in it.
    if chinese {
        for head in ZH_SHORT_HEADS {
            for (at, _) in sentence.text.match_indices(head) {
                let end = at + head.len();
                if !stands_alone(&sentence.text, at, "该此本其与和及、")
                    || overlaps(&mentions, at, end)
                {
                    continue;
                }
                // "依托上海人工智能研究院运营，研究院由…": the name earlier in the sentence first.
                let referent =
                    latest_named(&mentions, at, context, |e| {
                        let entity = &registry.entities()[e];
                        entity.zh.iter().chain(&entity.aliases).any(|n| {
                            n.ends_with(head) && n.chars().count() >= head.chars().count() + 2
                        })
                    });
                if let Some(entity) = referent {
                    let kind = registry.entities()[entity].kind;
                    mentions.push(Mention::new(entity, kind, at, end));
                }
            }
        }
    }
    // "the BRICS+ network" after "the BRICS+ AI Alliance Network": a name and a lower-case
    // noun, after "the", shorten a longer name that opens with the one and ends with the other.
    for m in mentions.iter_mut() {
        if !sentence.text[..m.start].ends_with("the ") {
            continue;
        }
        // ("BRICS+": a sign the name's matcher left out.)
        let plus = usize::from(sentence.text[m.end..].starts_with('+'));
        let Some(rest) = sentence.text[m.end + plus..].strip_prefix(' ') else {
            continue;
        };
        let noun: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        let end = m.end + plus + 1 + noun.len();
        let (_, original_end) = sentence.original_range(m.start, end);
        if noun.len() < 5
            || !word_bounded(&sentence.text, m.start, end)
            || !original[..original_end].ends_with(noun.as_str())
        {
            continue;
        }
        let (os, oe) = sentence.original_range(m.start, m.end + plus);
        let opening = crate::fold::fold(&original[os..oe]);
        let longer = context.seen.iter().rev().copied().find(|&e| {
            e != m.entity
                && registry.entities()[e].en.as_deref().is_some_and(|n| {
                    let n = crate::fold::fold(n);
                    n.len() > opening.len() + noun.len() + 1
                        && n.starts_with(&opening)
                        && n.ends_with(&noun)
                        && n[..n.len() - noun.len()].ends_with(' ')
                })
        });
        if let Some(e) = longer {
            *m = Mention::new(e, registry.entities()[e].kind, m.start, end);
        }
    }
    // "the delegation visited …": the body whose delegation the article follows.
    if let Some(body) = context.delegation {
        for (at, _) in sentence.text.match_indices("the delegation") {
            let end = at + "the delegation".len();
            if word_bounded(&sentence.text, at, end) && !overlaps(&mentions, at, end) {
                mentions.push(Mention::new(body, registry.entities()[body].kind, at, end));
            }
        }
    }
    // "the laboratory", "the organization": the latest entity whose name ends in that noun.
    for (at, _) in sentence.text.match_indices("the ") {
        let from = at + 4;
        let word: String = sentence.text[from..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let end = from + word.len();
        // "the Hub", "the Lab": capitalised, a short word is a name's last word used as its
        // short form; lower-case, only longer nouns are ("the laboratory").
        let (word_start, _) = sentence.original_range(from, end);
        let capitalised = original[word_start..].starts_with(char::is_uppercase);
        let short_ok = capitalised && word.len() >= 3;
        if (word.len() < 5 && !short_ok)
            || overlaps(&mentions, at, end)
            || !word_bounded(&sentence.text, at, end)
        {
            continue;
        }
        // "the Global South": a capitalised word after it makes it another name.
        let (_, original_end) = sentence.original_range(at, end);
        let next_word = original[original_end..].trim_start_matches(' ');
        if original_end < original.len()
            && original[original_end..].starts_with(' ')
            && next_word.starts_with(char::is_uppercase)
        {
            continue;
        }
        // "the Meridian Centre … is …, and the Centre's work …": the name earlier in the
        // sentence first.
        let referent = latest_named(&mentions, at, context, |e| {
            registry.heads_of(e).iter().any(|h| h == &word)
                || short_ok && ends_named(&registry.entities()[e], &word)
        });
        if let Some(entity) = referent {
            mentions.push(Mention::new(
                entity,
                registry.entities()[entity].kind,
                at,
                end,
            ));
        }
    }
    // "It" opening a sentence: what the previous one was about.
    if sentence.text.starts_with("it ") || sentence.text.starts_with("its ") {
        if let Some(entity) = context.topic_thing {
            mentions.push(Mention::new(entity, registry.entities()[entity].kind, 0, 2));
        }
    }
    // "双方", "both sides": the two parties of the latest meeting or agreement.
    for phrase in ["双方", "both sides", "the two sides"] {
        if let (Some(at), Some((a, b))) = (sentence.text.find(phrase), context.parties) {
            let end = at + phrase.len();
            // "邹刺勇会见了马托斯，双方就…": the two sides are those just named, whose meeting
            // the sentence itself states, not the parties of an earlier sentence.
            let named_before = mentions
                .iter()
                .filter(|m| {
                    m.end <= at && matches!(m.kind, EntityType::Person | EntityType::Organization)
                })
                .count();
            // "双方成员企业", "双方的成员": members of the two, not the two themselves.
            let members = ["成员", "的成员", "企业", "members"]
                .iter()
                .any(|w| sentence.text[end..].trim_start().starts_with(w));
            if !overlaps(&mentions, at, end) && named_before < 2 && !members {
                for entity in [a, b] {
                    mentions.push(Mention::new(
                        entity,
                        registry.entities()[entity].kind,
                        at,
                        end,
                    ));
                }
            }
        }
    }
    // "the Director General met with …", "The Vice Minister confirmed …": a title given to one
    // person of the article names that person (not "the Director General of X", a new one).
    for (phrase, person) in context.titles.iter().rev() {
        for (at, _) in sentence.text.match_indices(phrase.as_str()) {
            let end = at + phrase.len();
            // "the Director General of X, A", "Deputy to the Director General Ciyong Zou": the
            // title of a person named here, not one named before.
            let (_, original_end) = sentence.original_range(at, end);
            let name_follows = original[original_end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
            let new_person = name_follows
                || [" of ", ", ", " and "]
                    .iter()
                    .any(|w| sentence.text[end..].starts_with(w));
            if word_bounded(&sentence.text, at, end) && !new_person && !overlaps(&mentions, at, end)
            {
                mentions.push(Mention::new(*person, EntityType::Person, at, end));
            }
        }
    }
    // An interview's "WANG: We co-organized …", "林和平：我们…": "we" is the body the person
    // answering works for, until the next label.
    let label_end = sentence
        .text
        .char_indices()
        .take(16)
        .find(|&(_, c)| c == ':' || c == '：')
        .map(|(i, _)| i);
    if let Some(end) = label_end {
        let label = &sentence.text[..end];
        if !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == ' ') {
            context.speaker = mentions
                .iter()
                .find(|m| m.kind == EntityType::Person && m.start == 0 && m.end == end)
                .map(|m| m.entity);
        }
    }
    if let Some(body) = context
        .speaker
        .and_then(|p| context.employers.get(&p).copied())
    {
        let kind = registry.entities()[body].kind;
        for word in ["we", "our", "us", "我们", "我方"] {
            for (at, _) in sentence.text.match_indices(word) {
                let end = at + word.len();
                let bounded =
                    word.is_ascii() && word_bounded(&sentence.text, at, end) || !word.is_ascii();
                if bounded && !overlaps(&mentions, at, end) {
                    mentions.push(Mention::new(body, kind, at, end));
                }
            }
        }
    }
    // "He" / "She" opening a sentence: the latest person.
    for pronoun in ["he ", "she "] {
        if sentence.text.starts_with(pronoun) {
            if let Some(entity) = context.subject() {
                mentions.push(Mention::new(
                    entity,
                    EntityType::Person,
                    0,
                    pronoun.len() - 1,
                ));
            }
        }
    }
    mentions.sort_by_key(|m| (m.start, m.end));
    // An abbreviation in brackets right after the full name repeats it: "(MIIT)".
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if let Some(prev) = out.last() {
            let between = &sentence.text[prev.end.min(m.start)..m.start];
            if prev.entity == m.entity && between.trim().trim_start_matches(['(', '（']).is_empty()
            {
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// The ceremony a phrase such as "揭牌仪式", "the signing ceremony" or "仪式" refers to: the
/// latest ceremony named so far whose name ends in the phrase (any ceremony for "仪式" and "the
/// ceremony"); else, for a launch, unveiling or signing that no name has introduced, a new event
/// named after what it launched, unveiled or signed — the latest programme, organisation or
/// agreement ("启动仪式" after "工业人工智能研修计划" is "工业人工智能研修计划启动仪式").
fn ceremony(
    context: &Context,
    registry: &mut Registry,
    phrase: &str,
    of: Option<usize>,
) -> Option<usize> {
    let zh = phrase.chars().any(crate::reader::is_cjk);
    let tail = if zh { "仪式" } else { "ceremony" };
    if !(phrase.ends_with(tail) || zh && phrase.ends_with('式')) {
        return None;
    }
    let entities = registry.entities();
    let ends_with = |e: usize, what: &str| {
        let named = |n: &Option<String>| {
            n.as_deref()
                .is_some_and(|n| crate::fold::fold(n).ends_with(what))
        };
        named(&entities[e].zh) || named(&entities[e].en)
    };
    let own = phrase.trim_start_matches("the ");
    let named = context.seen.iter().rev().copied().find(|&e| {
        entities[e].kind == EntityType::Event
            && (ends_with(e, own) || own == tail && ends_with(e, tail))
    });
    if named.is_some() || context.topic_event().is_some() && of.is_none() {
        return named;
    }
    let (what, kind) = match own {
        "启动仪式" | "launch ceremony" => ("启动仪式", EntityType::Initiative),
        "揭牌仪式" | "unveiling ceremony" => ("揭牌仪式", EntityType::Organization),
        "签约仪式" | "signing ceremony" => ("签约仪式", EntityType::Agreement),
        _ => return None,
    };
    let subject = of
        .filter(|&o| registry.entities()[o].kind == kind)
        .or_else(|| context.latest(kind))?;
    let name = if zh {
        format!("{}{what}", entities[subject].zh.as_deref()?)
    } else {
        format!("{own} of the {}", entities[subject].en.as_deref()?)
    };
    let lang = if zh { crate::Lang::Zh } else { crate::Lang::En };
    Some(registry.intern(&name, EntityType::Event, lang))
}

/// The university a Chinese university's own release calls 我校 or 本校: the "…大学" named most
/// often in the article (the first, on a tie), as written.
pub fn home_school(text: &str) -> Option<String> {
    if !text.contains("我校") && !text.contains("本校") {
        return None;
    }
    const STOPS: &str =
        "的与和及由在为将对于是了同并向从把被等各该此其这那以也都就而或跟到给让使已正共";
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (at, _) in text.match_indices("大学") {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| crate::reader::is_cjk(c) && !STOPS.contains(c))
            .take(8)
            .last()
            .map_or(at, |(i, _)| i);
        let chars = text[start..at].chars().count();
        if !(2..=8).contains(&chars) {
            continue;
        }
        let name = &text[start..at + "大学".len()];
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for &(name, count) in &counts {
        if best.is_none_or(|(_, c)| count > c) {
            best = Some((name, count));
        }
    }
    best.map(|(name, _)| name.to_string())
}

/// The alliance an article has named: the latest organisation whose Chinese name ends in 联盟,
/// else one whose name is part of an event's name seen so far.
fn alliance_in_context(context: &Context, registry: &Registry) -> Option<usize> {
    let entities = registry.entities();
    let is_alliance = |e: usize| {
        entities[e].kind == EntityType::Organization
            && entities[e]
                .zh
                .as_deref()
                .is_some_and(|z| z.ends_with("联盟"))
    };
    if let Some(e) = context.seen.iter().rev().copied().find(|&e| is_alliance(e)) {
        return Some(e);
    }
    context.seen.iter().rev().find_map(|&e| {
        let name = entities[e].zh.as_deref()?;
        let (at, _) = name.match_indices("联盟").next()?;
        let end = at + "联盟".len();
        name.char_indices()
            .map(|(s, _)| s)
            .take_while(|&s| s + 6 < end)
            .find_map(|s| registry.lookup(&name[s..end]).filter(|&o| is_alliance(o)))
    })
}

fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_alphanumeric())
        && !after.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Whether a Chinese word at `at` begins a word of its own: nothing Chinese before it, or one of
/// the characters `openers` ("该", "的"…) that may precede a bare noun.
fn stands_alone(text: &str, at: usize, openers: &str) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !crate::reader::is_cjk(c) || openers.contains(c))
}

/// The entity an anaphor at `at` refers to: of those that `fits`, the nearest named earlier in
/// the sentence, else the latest of earlier sentences.
fn latest_named(
    mentions: &[Mention],
    at: usize,
    context: &Context,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut before: Vec<&Mention> = mentions.iter().filter(|m| m.end <= at).collect();
    before.sort_by_key(|m| std::cmp::Reverse(m.start));
    before
        .iter()
        .map(|m| m.entity)
        .chain(context.seen.iter().rev().copied())
        .find(|&e| fits(e))
}

/// One-word titles that name their holder alone ("the Mayor").
const TITLE_WORDS: &[&str] = &[
    "minister",
    "mayor",
    "governor",
    "ambassador",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "vice-chancellor",
    "secretary-general",
    "undersecretary",
];

/// Chinese head nouns that stand alone for an institution named before (longest first).
const ZH_SHORT_HEADS: &[&str] = &[
    "创新基地",
    "工作站",
    "实验室",
    "研究院",
    "工作组",
    "项目库",
    "联络处",
    "秘书处",
    "基地",
    "博览会",
    "大会",
    "年会",
    "峰会",
    "论坛",
];

/// Whether one of the entity's English names of two words or more ends in `word` (folded).
fn ends_named(entity: &crate::gazetteer::KnownEntity, word: &str) -> bool {
    entity
        .en
        .iter()
        .chain(&entity.aliases)
        .filter(|name| name.split_whitespace().count() >= 2)
        .any(|name| {
            name.rsplit(' ')
                .next()
                .is_some_and(|last| crate::fold::fold(last) == word)
        })
}
