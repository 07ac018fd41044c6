//! Relations stated by how names stand to each other rather than by a verb: a place qualified by
//! a larger one ("Hangzhou, China", "苏州市相城区", "Lima (Peru)"), something said to be in or at
//! a place ("a research body based in Daejeon", "位于闵行区的…", "…在贵阳举行"). Lists of places
//! ("Viet Nam, Cambodia and Lao PDR") are told apart from qualification and give nothing.
//! Programme and caption styles: "Dr. Haitao SONG, Director General, AIM Global Centre of
//! Excellence" (a person, a title, an organisation), "Department of X, Ministry of Y" (a unit,
//! then its parent), "Moderator: …" (a role at the event under discussion).

use pmap_graph::{EntityType, RelationType};

use crate::mentions::{Context, Mention};
use crate::relations::FloorCharBoundary;
use crate::relations::Sentence;
use crate::Fact;

pub fn relations(s: &Sentence, context: &Context) -> Vec<Fact> {
    let mut facts = Vec::new();
    place_qualified(s, &mut facts);
    placed(s, &mut facts);
    titled_by_commas(s, &mut facts);
    unit_of(s, &mut facts);
    possessed(s, &mut facts);
    captioned(s, context, &mut facts);
    released_without_agent(s, context, &mut facts);
    sessions_of(s, context, &mut facts);
    partners_by_copula(s, &mut facts);
    support_for(s, &mut facts);
    talks_with(s, &mut facts);
    costs_borne_by(s, &mut facts);
    head_appointed_by(s, &mut facts);
    provides_for(s, &mut facts);
    part_by_copula(s, &mut facts);
    works_with(s, &mut facts);
    facts
}

/// "宋海涛…，并与…局长钱卫东就基地运营机制进行了座谈": "并与/还与/也与 X 就 …" is a meeting of
/// the sentence's first person with X (the person named last before 就).
fn talks_with(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    let Some(subject) = s
        .mentions
        .iter()
        .find(|m| m.kind == EntityType::Person && !m.modifier)
    else {
        return;
    };
    for opener in ["并与", "还与", "也与"] {
        for (at, _) in text.match_indices(opener) {
            let from = at + opener.len();
            let Some(topic) = text[from..].find('就').map(|i| from + i) else {
                continue;
            };
            if text[from..topic].contains(['，', '。', '；']) || subject.start > at {
                continue;
            }
            let partner = s
                .mentions
                .iter()
                .rfind(|m| m.start >= from && m.end <= topic && m.kind == EntityType::Person);
            if let Some(partner) = partner.filter(|p| p.entity != subject.entity) {
                facts.push(Fact::new(
                    subject.entity,
                    partner.entity,
                    RelationType::MetWith,
                ));
            }
        }
    }
}

/// "感谢浙江省对年会的大力支持", "A对B的资助": A's support for B.
fn support_for(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for pair in s.mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if text.get(a.end..b.start) != Some("对") || a.entity == b.entity {
            continue;
        }
        let after = &text[b.end..];
        let Some(rest) = after.strip_prefix('的') else {
            continue;
        };
        let rest = rest
            .strip_prefix("大力")
            .or_else(|| rest.strip_prefix("积极"))
            .or_else(|| rest.strip_prefix("长期"))
            .unwrap_or(rest);
        if ["支持", "资助", "帮助"].iter().any(|w| rest.starts_with(w))
            && RelationType::Supports.allows(a.kind, b.kind)
        {
            facts.push(Fact::new(a.entity, b.entity, RelationType::Supports));
        }
    }
}

/// What a body's money or means are called: "费用", "日常运营经费", "场地".
pub(crate) const ZH_MEANS: &[&str] = &["费用", "经费", "资金", "成本", "开支"];
/// What one does with another's costs: bears, guarantees, pays them.
const ZH_BEARS: &[&str] = &["承担", "保障", "负担", "支付", "出资", "提供"];

/// "诊断服务对中小企业免费，费用由A和B共同承担", "工作站…，日常运营经费由X保障": whoever bears
/// the costs supports the sentence's subject (its first name, if that is not among them).
fn costs_borne_by(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    if !text.contains('由') {
        return;
    }
    let Some(topic) = s
        .mentions
        .iter()
        .find(|m| !m.modifier && m.kind != EntityType::Place && m.kind != EntityType::Person)
    else {
        return;
    };
    for means in ZH_MEANS {
        for (at, _) in text.match_indices(means) {
            let Some(by) = text[at + means.len()..].strip_prefix('由') else {
                continue;
            };
            let from = text.len() - by.len();
            let clause_end = text[from..]
                .find(['，', '。', '；', ',', ';'])
                .map_or(text.len(), |i| from + i);
            let Some(verb) = ZH_BEARS
                .iter()
                .filter_map(|v| text[from..clause_end].find(v).map(|i| from + i))
                .min()
            else {
                continue;
            };
            // Only names, connectors and "共同" between 由 and the verb.
            let bearers = listed_names(
                s,
                from..verb,
                |rest| rest.trim_end_matches("共同"),
                "和与及、",
            );
            if bearers.is_empty() {
                continue;
            }
            for b in bearers {
                if b.entity != topic.entity
                    && topic.start < at
                    && RelationType::Supports.allows(b.kind, topic.kind)
                {
                    facts.push(Fact::new(b.entity, topic.entity, RelationType::Supports));
                }
            }
        }
    }
}

/// "卓越中心此前已与上海交通大学、同济大学等高校开展研究生联合培养": the subject works with each body
/// named after 与 (A与B开展…: a partnership).
fn works_with(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    const ADVERBS: &[&str] = &[
        "此前", "已经", "已", "将", "还", "也", "曾", "正在", "并", "多次", "长期",
    ];
    for (at, _) in text.match_indices('与') {
        // The subject, with only adverbs between it and 与.
        let mut head = &text[..at];
        while let Some(adverb) = ADVERBS.iter().find(|a| head.ends_with(*a)) {
            head = &head[..head.len() - adverb.len()];
        }
        let is_body = |m: &&Mention| !m.modifier && m.kind == EntityType::Organization;
        let subject = match head.strip_suffix(['，', ',']) {
            // "X已先后接待…，并与Y联合举办了…": the sentence's subject.
            Some(_) => s
                .mentions
                .iter()
                .find(is_body)
                .filter(|m| m.end <= head.len()),
            None => s
                .mentions
                .iter()
                .filter(is_body)
                .rfind(|m| m.end == head.len()),
        };
        let Some(subject) = subject else {
            continue;
        };
        // The bodies after 与, coordinated, then "等…" and the verb before any comma: 开展, or
        // holding something without a name together (联合举办了三期培训).
        let from = at + '与'.len_utf8();
        let clause_end = text[from..]
            .find(['，', '。', '；', ',', ';'])
            .map_or(text.len(), |i| from + i);
        let verb = ["开展", "联合举办", "共同举办"]
            .iter()
            .filter_map(|v| text[from..].find(v).map(|i| (from + i, *v)))
            .min();
        let Some((verb, word)) = verb else {
            continue;
        };
        let named_after = s
            .mentions
            .iter()
            .any(|m| m.start >= verb && m.end <= clause_end && m.kind == EntityType::Event);
        if word != "开展" && named_after {
            continue;
        }
        if verb > clause_end {
            continue;
        }
        // "A、B等高校": the names, connectors, and what the list is of after 等.
        let partners = listed_names(
            s,
            from..verb,
            |rest| rest.trim_end_matches(|c: char| c != '等' && !"、和及".contains(c)),
            "、和及等",
        );
        if partners.is_empty() {
            continue;
        }
        for p in partners {
            if p.entity != subject.entity
                && RelationType::PartneredWith.allows(subject.kind, p.kind)
            {
                facts.push(Fact::new(
                    subject.entity,
                    p.entity,
                    RelationType::PartneredWith,
                ));
            }
        }
    }
}

/// "贵州省大数据发展管理局是贵州省人民政府直属机构", "华为云是华为技术有限公司旗下的云服务业务单元":
/// A is a body under B.
fn part_by_copula(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, b) in s.mentions.iter().enumerate() {
        if b.kind != EntityType::Organization || !text[..b.start].ends_with('是') {
            continue;
        }
        let rest = text[b.end..].trim_start_matches('的');
        if !["直属", "下属", "旗下", "所属"]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            continue;
        }
        let copula = b.start - '是'.len_utf8();
        let unit = s.mentions[..i]
            .iter()
            .rfind(|a| a.end == copula && a.kind == EntityType::Organization);
        if let Some(a) = unit.filter(|a| a.entity != b.entity) {
            facts.push(Fact::new(a.entity, b.entity, RelationType::PartOf));
        }
    }
}

/// "闵行区为我们提供了…空间": A provides for B, named right around 为 and 提供; "实验室…，由和辉
/// 光电提供产线数据": A provides for the sentence's subject.
fn provides_for(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    let at_end = |m: &Mention, words: &[&str]| {
        let rest = &text[m.end..];
        words.iter().any(|w| rest.starts_with(w))
    };
    let provides = ["提供", "了提供"];
    for (i, b) in s.mentions.iter().enumerate() {
        if b.modifier || b.kind == EntityType::Place || !at_end(b, &provides) {
            continue;
        }
        let before = &text[..b.start];
        if let Some(head) = before.strip_suffix('为') {
            // "A为B提供", "A将为B提供", "A还为B提供".
            let head = head.trim_end_matches(['将', '已', '还', '也', '又']);
            let giver = s.mentions[..i]
                .iter()
                .rfind(|a| a.end == head.len() && !a.modifier);
            if let Some(a) = giver.filter(|a| a.entity != b.entity) {
                if RelationType::Supports.allows(a.kind, b.kind) {
                    facts.push(Fact::new(a.entity, b.entity, RelationType::Supports));
                }
            }
        } else if before.ends_with('由') {
            let topic = s.mentions.iter().find(|m| {
                !m.modifier && m.kind != EntityType::Place && m.kind != EntityType::Person
            });
            if let Some(t) = topic.filter(|t| t.end <= b.start && t.entity != b.entity) {
                if RelationType::Supports.allows(b.kind, t.kind) {
                    facts.push(Fact::new(b.entity, t.entity, RelationType::Supports));
                }
            }
        }
    }
}

/// "工作站…，站长由北京投促办派员担任": the body that provides the head of the sentence's
/// subject leads it.
fn head_appointed_by(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    if !text.contains('由') {
        return;
    }
    let Some(topic) = s
        .mentions
        .iter()
        .find(|m| !m.modifier && m.kind == EntityType::Organization)
    else {
        return;
    };
    for (at, _) in text.match_indices("长由") {
        let from = at + "长由".len();
        let Some(by) = s
            .mentions
            .iter()
            .find(|m| m.start == from && m.kind == EntityType::Organization)
        else {
            continue;
        };
        let rest = &text[by.end..];
        let appointed = ["派员担任", "委派", "派出", "选派"]
            .iter()
            .any(|v| rest.starts_with(v));
        if appointed && by.entity != topic.entity && topic.start < at {
            facts.push(Fact::new(by.entity, topic.entity, RelationType::Leads));
        }
    }
}

/// The names in `range` when nothing but they and `connectors` stand there, once `tail` has
/// trimmed what may end the list ("共同", "等高校"); none otherwise.
fn listed_names<'a>(
    s: &'a Sentence,
    range: std::ops::Range<usize>,
    tail: impl Fn(&str) -> &str,
    connectors: &str,
) -> Vec<&'a Mention> {
    let names: Vec<&Mention> = s
        .mentions
        .iter()
        .filter(|m| m.start >= range.start && m.end <= range.end && !m.modifier)
        .collect();
    let mut rest = s.folded.text[range.clone()].to_string();
    for m in names.iter().rev() {
        rest.replace_range(m.start - range.start..m.end - range.start, "");
    }
    if tail(&rest).chars().all(|c| connectors.contains(c)) {
        names
    } else {
        Vec::new()
    }
}

/// What being a partner is called after "是…的": "A、B等企业是我们的合作企业", "越南是中心在东南亚
/// 最重要的合作伙伴之一".
const ZH_PARTNER_NOUNS: &[&str] = &["的合作伙伴", "的合作企业", "的合作单位", "的合作机构"];

/// "A和B是X的合作伙伴": A and B are partners of X.
fn partners_by_copula(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (at, _) in text.match_indices('是') {
        let Some(x) = s
            .mentions
            .iter()
            .position(|m| m.start == at + '是'.len_utf8() && !m.modifier)
        else {
            continue;
        };
        let after = &text[s.mentions[x].end..];
        let Some(noun_at) = ZH_PARTNER_NOUNS.iter().filter_map(|n| after.find(n)).min() else {
            continue;
        };
        // Only a few words between ("在东南亚最重要"), and no other name but places.
        let (span_start, span_end) = (s.mentions[x].end, s.mentions[x].end + noun_at);
        let others = s
            .mentions
            .iter()
            .any(|m| m.start >= span_start && m.start < span_end && m.kind != EntityType::Place);
        if after[..noun_at].chars().count() > 12 || others {
            continue;
        }
        let clause_start = text[..at]
            .rfind(['，', '。', '；', ',', ';'])
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        for m in s.mentions.iter().filter(|m| {
            m.start >= clause_start
                && m.end <= at
                && !m.modifier
                && (m.kind == EntityType::Organization
                    // A place only as a whole item ("越南是…"), not the start of a name the
                    // rules did not read ("上海电气").
                    || m.kind == EntityType::Place
                        && text[m.end..].starts_with(['是', '、', '和', '与', '及', '等']))
        }) {
            if m.entity != s.mentions[x].entity
                && RelationType::PartneredWith.allows(m.kind, s.mentions[x].kind)
            {
                facts.push(Fact::new(
                    m.entity,
                    s.mentions[x].entity,
                    RelationType::PartneredWith,
                ));
            }
        }
    }
}

/// "总部位于深圳市南山区", "坐落于江苏省南通市": a thing placed in a place and in the larger place
/// that contains it, in one sentence, is said to be in the smaller one (the larger one only
/// qualifies it, and the smaller is in the larger).
pub fn most_specific_places(facts: &mut Vec<Fact>) {
    let within = |small: usize, large: usize, facts: &[Fact]| {
        facts
            .iter()
            .any(|f| f.kind == RelationType::LocatedAt && f.source == small && f.target == large)
    };
    let larger: Vec<bool> = facts
        .iter()
        .map(|f| {
            f.kind == RelationType::LocatedAt
                && facts.iter().any(|g| {
                    g.kind == RelationType::LocatedAt
                        && g.source == f.source
                        && g.target != f.target
                        && within(g.target, f.target, facts)
                })
        })
        .collect();
    let mut i = 0;
    facts.retain(|_| {
        i += 1;
        !larger[i - 1]
    });
}

/// Words by which an event states the sessions it holds: "年会设置了“A”“B”等3场平行论坛",
/// "年会期间还举办了“…成果展”", "the Week featured …".
const HOLDS_SESSIONS: &[&str] = &[
    "设置了",
    "设置",
    "设有",
    "下设",
    "包括",
    "期间还举办了",
    "期间还举办",
    "期间举办了",
    "期间举办",
    " featured ",
    " included ",
    " comprised ",
];

/// Events a larger event holds are part of it: the event named before the words that say so
/// (else the event under discussion), the events after them in the same clause.
fn sessions_of(s: &Sentence, context: &Context, facts: &mut Vec<Fact>) {
    // Only a sentence that names an event can hold a session (most do not: no search then).
    if !s.mentions.iter().any(|m| m.kind == EntityType::Event) {
        return;
    }
    let text = &s.folded.text;
    for word in HOLDS_SESSIONS {
        let Some(at) = text.find(word) else {
            continue;
        };
        let end = at + word.len();
        let clause_end = text[end..]
            .find(['。', '；', ';', '.'])
            .map_or(text.len(), |c| end + c);
        // "大会期间": the event named right before 期间; else the last event before the words.
        let during = word.starts_with("期间");
        let host = s
            .mentions
            .iter()
            .rev()
            .find(|m| m.kind == EntityType::Event && (m.end == at || !during && m.end <= at))
            .map(|m| m.entity)
            .or_else(|| context.topic_event());
        let Some(host) = host else {
            continue;
        };
        for m in s.mentions.iter().filter(|m| {
            m.start >= end && m.end <= clause_end && m.kind == EntityType::Event && m.entity != host
        }) {
            facts.push(Fact::new(m.entity, host, RelationType::PartOf));
        }
        break;
    }
}

/// A place that only qualifies the organisation before it ("Halvorsen Robotics AS of Norway",
/// "Jade River (Suzhou)") describes it: it does not act in the sentence.
/// "'s ", or "'s new ", "’s first regional ": a possessive, perhaps with a word or two that
/// describe what is possessed.
fn possessive_gap(between: &str) -> bool {
    let Some(rest) = between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("’s "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 2
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        && (rest.is_empty() || rest.ends_with(' '))
}

/// Whether `before` (text up to a name) ends in a possessive: "the alliance's new ".
pub(crate) fn follows_possessive(before: &str) -> bool {
    ["'s ", "’s "].iter().any(|p| {
        before
            .rfind(p)
            .is_some_and(|at| possessive_gap(&before[at..]))
    })
}

/// Kinds of people and firms a country's name may describe ("越南工程师").
const ZH_PEOPLE_NOUNS: &[&str] = &[
    "工程师",
    "企业",
    "中小企业",
    "制造企业",
    "学员",
    "官员",
    "专家",
    "学生",
    "客商",
    "厂商",
    "青年",
    "投资方",
    "投资者",
    "供应商",
    "技术供应商",
    "合作伙伴",
];

pub fn mark_qualifiers(original: &str, folded: &crate::fold::Folded, mentions: &mut [Mention]) {
    let text = &folded.text;
    // "TRONDHEIM, Norway, and SHANGHAI, China, 3 December 2025 – …": the dateline's places.
    let head = &original[..original.floor_char_boundary_compat(120)];
    if let Some(dash) = head
        .find(" – ")
        .or_else(|| head.find(" — "))
        .or_else(|| head.find(" - "))
    {
        if original[..dash].chars().any(|c| c.is_ascii_digit()) {
            let end = folded.folded_offset(dash);
            for m in mentions
                .iter_mut()
                .filter(|m| m.end <= end && m.kind == EntityType::Place)
            {
                m.modifier = true;
            }
        }
    }
    // "a Penang-based integrator": the place describes what is based there.
    for m in mentions.iter_mut() {
        if m.kind == EntityType::Place && based_after(original, folded, m) {
            m.modifier = true;
        }
    }
    // "越南工程师", "巴西企业": a country before a kind of people or firms only says where they
    // are from.
    for m in mentions.iter_mut() {
        if m.kind == EntityType::Place
            && ZH_PEOPLE_NOUNS.iter().any(|n| text[m.end..].starts_with(n))
        {
            m.modifier = true;
        }
    }
    for i in 1..mentions.len() {
        let (before, m) = (mentions[i - 1], mentions[i]);
        let between = text.get(before.end..m.start).unwrap_or("");
        // "Malaysia's Ministry of Investment", "印度尼西亚万隆理工学院": the country only says
        // whose ministry, where the institute is.
        let cjk = |x: &Mention| text[x.start..x.end].chars().any(crate::reader::is_cjk);
        if before.kind == EntityType::Place
            && m.kind == EntityType::Organization
            && (matches!(between, "'s " | "’s " | "' ") || between.is_empty() && cjk(&before))
        {
            mentions[i - 1].modifier = true;
        }
        // "the UNIDO Investment and Technology Promotion Office (ITPO) Shanghai",
        // "联合国工业发展组织北京投资促进办公室": a body's name right before another's, with
        // nothing between, says whose unit it is.
        if before.kind == EntityType::Organization
            && m.kind == EntityType::Organization
            && (between == " " || between.is_empty() && before.end == m.start && cjk(&before))
            && before.entity != m.entity
        {
            mentions[i - 1].modifier = true;
        }
        // "the alliance's Centre of Excellence", "the dtic's … programme": the possessor says
        // whose it is (see `possessed`), it does not act in the sentence.
        if before.kind == EntityType::Organization
            && matches!(m.kind, EntityType::Organization | EntityType::Initiative)
            && possessive_gap(between)
            && before.entity != m.entity
        {
            mentions[i - 1].modifier = true;
        }
        // "联合国《2030年可持续发展议程》": the body says whose document it is.
        if before.kind == EntityType::Organization
            && matches!(m.kind, EntityType::Agreement | EntityType::Initiative)
            && matches!(between, "《" | "的《")
        {
            mentions[i - 1].modifier = true;
        }
        // "the Addis Ababa Institute of Technology, Ethiopia; …": a list item's country.
        let item_place = between == ", " && text[m.end..].starts_with(';');
        let bracketed =
            matches!(between, " (" | "(") && text[m.end..].starts_with(')') || item_place;
        if m.kind == EntityType::Place
            && before.kind == EntityType::Organization
            && (between == " of " || bracketed)
        {
            mentions[i].modifier = true;
        }
    }
}

/// "VIENNA, 12 March 2025 – …": whether the sentence opens with a dateline (its first mention,
/// a place, then a date).
fn has_dateline(s: &Sentence) -> bool {
    let Some(first) = s.mentions.first() else {
        return false;
    };
    let after = s
        .folded
        .text
        .get(first.end..)
        .and_then(|t| t.strip_prefix(", "))
        .unwrap_or("");
    let dated = after.starts_with(|c: char| c.is_ascii_digit())
        || crate::dates::MONTHS.iter().any(|m| after.starts_with(m));
    first.start == 0 && first.kind == EntityType::Place && dated
}

/// What a dateline says about the sentence it opens: an event reported there without another
/// place took place there ("NAIROBI, 2 December – The Summit opened today …"); an organisation
/// visited there is there ("Vienna, 29 February – CINGAI visited UNIDO").
pub fn from_dateline(s: &Sentence, stated: &[Fact]) -> Vec<Fact> {
    if !has_dateline(s) {
        return Vec::new();
    }
    let city = s.mentions[0].entity;
    let mut facts = Vec::new();
    let rest = &s.mentions[1..];
    let other_place = rest.iter().any(|m| m.kind == EntityType::Place);
    for m in rest {
        if m.kind == EntityType::Event && !other_place {
            facts.push(Fact::new(m.entity, city, RelationType::LocatedAt));
        }
    }
    for f in stated.iter().filter(|f| f.kind == RelationType::Visited) {
        let visited_org = s
            .mentions
            .iter()
            .any(|m| m.entity == f.target && m.kind == EntityType::Organization);
        if visited_org && !other_place {
            facts.push(Fact::new(f.target, city, RelationType::LocatedAt));
        }
    }
    facts
}

/// "The “Shanghai Declaration …” was officially released": a document released with no one
/// named as releasing it, in a sentence that names no event, was released at the event the
/// article is about.
fn released_without_agent(s: &Sentence, context: &Context, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    if s.mentions.iter().any(|m| m.kind == EntityType::Event) || text.contains(" by ") {
        return;
    }
    let Some(event) = context.topic_event() else {
        return;
    };
    for m in s.mentions {
        if !matches!(m.kind, EntityType::Agreement | EntityType::Initiative) {
            continue;
        }
        let after = text[m.end..].trim_start_matches(['"', '\'', ' ']);
        let passive = ["was ", "were ", "has been ", "had been "]
            .iter()
            .find_map(|aux| after.strip_prefix(aux))
            .map(|rest| {
                rest.strip_prefix("officially ")
                    .or(rest.strip_prefix("formally "))
                    .unwrap_or(rest)
            });
        let released = passive.is_some_and(|rest| {
            [
                "released",
                "launched",
                "unveiled",
                "published",
                "issued",
                "announced",
            ]
            .iter()
            .any(|v| rest.starts_with(v))
        });
        let zh_released = ["正式发布", "正式启动", "正式揭晓"]
            .iter()
            .any(|v| after.starts_with(v));
        if released || zh_released {
            facts.push(Fact::new(m.entity, event, RelationType::LaunchedAt));
        }
    }
}

/// Words a title is made of, besides the vocabulary of names::TITLES.
const TITLE_WORDS: &[&str] = &[
    "vice-chancellor",
    "chancellor",
    "moderator",
    "administrator",
    "counsellor",
    "counselor",
    "consul",
    "specialist",
    "expert",
    "researcher",
    "scientist",
    "engineer",
    "lead",
    "focal",
    "point",
    "principal",
    "cabinet",
    "permanent",
    "state",
    "national",
    "programme",
    "program",
    "project",
    "regional",
    "country",
    "industrial",
    "development",
    "innovation",
    "ai",
    "and",
    "of",
    "for",
    "the",
    "international",
    "partnerships",
    "cooperation",
    "strategy",
    "policy",
    "technical",
    "digital",
    "operations",
    "research",
    "communications",
    "affairs",
    "economic",
    "commercial",
    "trade",
    "investment",
    "technology",
    "executive",
    "vice",
    "co-chair",
    "ceo",
];

/// A title written between commas: capitalised, six words at most, ending in a title word
/// ("Director General", "Chief AI Innovation Officer", "Vice-Chancellor").
fn is_title(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    let known = |w: &str| {
        let lower = w.to_lowercase();
        crate::names::TITLES.contains(&lower.as_str())
            || TITLE_WORDS.contains(&lower.as_str())
            || lower.split('-').all(|p| crate::names::TITLES.contains(&p))
    };
    (1..=6).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.last().is_some_and(|w| {
            let lower = w.to_lowercase();
            crate::names::TITLES.contains(&lower.as_str())
                || lower.split('-').any(|p| crate::names::TITLES.contains(&p))
                || matches!(
                    lower.as_str(),
                    "chancellor"
                        | "moderator"
                        | "administrator"
                        | "counsellor"
                        | "specialist"
                        | "expert"
                        | "engineer"
                        | "principal"
                )
        })
        && words.iter().filter(|w| !known(w)).count() <= 2
}

/// Units that a comma-separated parent may follow: "Department of International Cooperation,
/// Ministry of …".
const UNIT_HEADS: &[&str] = &[
    "department",
    "division",
    "directorate",
    "office",
    "bureau",
    "school",
    "college",
    "faculty",
    "unit",
    "branch",
    "secretariat",
    "centre",
    "center",
    "institute",
    "laboratory",
    "lab",
    "chapter",
    "working group",
    "hub",
];

/// "Name, Title, Organisation" (programmes, captions, lists of speakers) and "Unit, Parent".
fn titled_by_commas(s: &Sentence, facts: &mut Vec<Fact>) {
    let original = s.original;
    for (i, m) in s.mentions.iter().enumerate() {
        if m.kind != EntityType::Person {
            continue;
        }
        let (_, pe) = s.folded.original_range(m.start, m.end);
        let Some(title_part) = original[pe..].strip_prefix(", ") else {
            continue;
        };
        let Some(comma) = title_part.find(", ") else {
            continue;
        };
        let title = &title_part[..comma];
        if !is_title(title) {
            continue;
        }
        // The organisation right after the title's comma.
        let org_at = s.folded.folded_offset(pe + 2 + comma + 2);
        let Some((o, org)) = s
            .mentions
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, n)| n.start == org_at)
        else {
            continue;
        };
        if org.kind != EntityType::Organization {
            continue;
        }
        // "…, Department of International Cooperation, Ministry of …": the unit holds the role,
        // and is part of the organisation after it.
        facts.push(Fact::between(s.mentions, i, o, RelationType::HoldsRole).with_role(title));
        if let Some(next) = s.mentions.get(o + 1) {
            let unit_head = s.folded.text[org.start..org.end]
                .split(' ')
                .any(|w| UNIT_HEADS.contains(&w));
            if next.kind == EntityType::Organization
                && gap(s, org, next) == ", "
                && unit_head
                && org.entity != next.entity
            {
                facts.push(Fact::between(s.mentions, o, o + 1, RelationType::PartOf));
            }
        }
    }
}

/// "the Directorate of Global Partnerships (GLO) of UNIDO", "the School of Engineering of the
/// University": a unit named by its head, then "of" and the organisation it belongs to.
fn unit_of(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, pair) in s.mentions.windows(2).enumerate() {
        let (unit, parent) = (&pair[0], &pair[1]);
        if unit.kind != EntityType::Organization
            || parent.kind != EntityType::Organization
            || unit.entity == parent.entity
        {
            continue;
        }
        let head = text[unit.start..unit.end].split(' ').next().unwrap_or("");
        let between = gap_past_abbreviation(s, unit, parent);
        if UNIT_HEADS.contains(&head) && matches!(between, " of " | " of the ") {
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::PartOf));
        }
    }
}

/// "KUT's School of Engineering", "the alliance's Centre of Excellence": a unit of the
/// possessor; "the dtic's Future Industrial Production programme": a programme it leads.
fn possessed(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, pair) in s.mentions.windows(2).enumerate() {
        let (owner, owned) = (&pair[0], &pair[1]);
        if owner.kind != EntityType::Organization
            || owner.entity == owned.entity
            || !possessive_gap(gap(s, owner, owned))
        {
            continue;
        }
        // "KUT's School of …", "the alliance's new ASEAN Chapter", "…'s Working Group on …":
        // the head before the name's qualifier.
        let name = &text[owned.start..owned.end];
        let head = name.split([' ']).next().unwrap_or("");
        let core = [" on ", " of ", " for "]
            .iter()
            .filter_map(|q| name.find(q))
            .min()
            .map_or(name, |at| &name[..at]);
        let unit = UNIT_HEADS
            .iter()
            .any(|h| head == *h || core.ends_with(&format!(" {h}")));
        let relation = match owned.kind {
            EntityType::Organization if unit => RelationType::PartOf,
            EntityType::Initiative => RelationType::Leads,
            _ => continue,
        };
        let (a, b) = if relation == RelationType::PartOf {
            (i + 1, i)
        } else {
            (i, i + 1)
        };
        facts.push(Fact::between(s.mentions, a, b, relation));
    }
}

/// Programme items that present a document or programme: "Presentation of the … Report 2025:".
const PRESENTING: &[&str] = &["presentation of ", "launch of "];

/// "Moderator: Dr. …", "Keynote: …", "Welcome address: …", "主持人：…": a role at the event the
/// article is about.
fn captioned(s: &Sentence, context: &Context, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    let Some(colon) = text.find(": ").or_else(|| text.find(':')) else {
        return;
    };
    let label = text[..colon].trim();
    let role = match label {
        "moderator" | "moderators" | "chair" | "co chairs" | "主持人" | "主持" => "moderator",
        "remarks" | "opening remarks" | "welcome address" | "welcome remarks"
        | "closing remarks" | "keynote" | "keynote address" | "address" | "speaker"
        | "speakers" | "panellists" | "panelists" | "video message" | "statement" | "致辞"
        | "主旨演讲" | "发言" => "speaker",
        // "Presentation of the … Annual Report 2025: Mr. …", "Report of the Steering
        // Committee: Ms. …": an item of the programme, given by the person after it.
        _ if PRESENTING
            .iter()
            .chain(&["report of ", "introduction of "])
            .any(|p| label.starts_with(p))
            && label.split(' ').count() <= 12 =>
        {
            "speaker"
        }
        _ => return,
    };
    let Some(event) = context.event_in_view() else {
        return;
    };
    // What is presented or launched there: a document or programme named in the label, issued
    // by the one who presents it.
    let presents = PRESENTING.iter().any(|p| label.starts_with(p));
    let presented: Vec<usize> = s
        .mentions
        .iter()
        .filter(|m| {
            presents
                && m.end <= colon
                && matches!(m.kind, EntityType::Agreement | EntityType::Initiative)
        })
        .map(|m| m.entity)
        .collect();
    for &p in &presented {
        facts.push(Fact::new(p, event, RelationType::LaunchedAt));
    }
    if let Some(person) = s
        .mentions
        .iter()
        .find(|m| m.kind == EntityType::Person && m.start > colon && !m.modifier)
    {
        for &p in &presented {
            facts.push(Fact::new(person.entity, p, RelationType::Issued));
        }
    }
    // The first person named after the label (and others joined by "and").
    for (i, m) in s.mentions.iter().enumerate() {
        if m.kind == EntityType::Person && m.start > colon && !m.modifier {
            facts.push(
                Fact::new(s.mentions[i].entity, event, RelationType::Attended).with_role(role),
            );
            let joined = s
                .mentions
                .get(i + 1)
                .is_some_and(|n| n.kind == EntityType::Person);
            if !joined {
                break;
            }
        }
    }
}

fn gap<'a>(s: &'a Sentence, a: &Mention, b: &Mention) -> &'a str {
    s.folded.text.get(a.end..b.start).unwrap_or("")
}

/// The gap after an abbreviation in brackets right after `a`, which says nothing more: "the
/// Andean Institute … (IAIM) in Lima", "the Directorate of … (GLO) of UNIDO".
fn gap_past_abbreviation<'a>(s: &'a Sentence, a: &Mention, b: &Mention) -> &'a str {
    let between = gap(s, a, b);
    match between.strip_prefix(" (") {
        Some(inner) => inner
            .find(')')
            .filter(|&c| !inner[..c].contains(['(', ',']))
            .map_or(between, |c| &inner[c + 1..]),
        None => between,
    }
}

const LIST_JOINERS: &[&str] = &[
    ", ",
    " and ",
    ", and ",
    // "Cambodia, Indonesia, the Philippines and Viet Nam".
    ", the ",
    " and the ",
    ", and the ",
    "、",
    "和",
    "与",
    " or ",
    "，",
];

/// Whether mention `i` is one item of a list of places (a place joined to it before or after,
/// in a run of places that "and", "or" or "、" make a list: "Hangzhou International Expo
/// Center, Hangzhou, China" is one place in another, in a third).
fn in_place_list(s: &Sentence, i: usize, before: bool, after: bool) -> bool {
    let m = &s.mentions[i];
    let joined = |a: &Mention, b: &Mention| LIST_JOINERS.contains(&gap(s, a, b));
    let place_joined = |k: usize| {
        s.mentions[k].kind == EntityType::Place
            && joined(&s.mentions[k], &s.mentions[k + 1])
            && s.mentions[k + 1].kind == EntityType::Place
    };
    let is_list = || {
        let mut first = i;
        while first > 0 && place_joined(first - 1) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < s.mentions.len() && place_joined(last) {
            last += 1;
        }
        (first..last).any(|k| gap(s, &s.mentions[k], &s.mentions[k + 1]) != ", ")
            || last - first >= 3
    };
    ((before
        && i > 0
        && s.mentions[i - 1].kind == EntityType::Place
        && joined(&s.mentions[i - 1], m))
        || (after
            && s.mentions
                .get(i + 1)
                .is_some_and(|n| n.kind == EntityType::Place && joined(m, n))))
        && is_list()
}

/// Words between a country or province and its capital: "巴西首都巴西利亚".
pub(crate) const CAPITAL_OF: &[&str] = &["首都", "首府", "省会"];

/// "Hangzhou, China", "Vienna, Austria", "Lima (Peru)", "the Convention Centre in Nairobi": the
/// first is in the second.
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
        if (between.is_empty() || CAPITAL_OF.contains(&between)) && cjk(a) && cjk(b) {
            facts.push(Fact::between(s.mentions, i + 1, i, RelationType::LocatedAt));
        } else if matches!(between, " in " | " in the ") && !cjk(a) && !a.modifier {
            // "the Kenyatta International Convention Centre in Nairobi".
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
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

/// "上海市金山区", "深圳市南山区科技创新局": a Chinese place or organisation written after the
/// places that contain it, as written (a name of it), with its entity.
pub fn qualified_place_names(
    original: &str,
    folded: &crate::fold::Folded,
    mentions: &[Mention],
) -> Vec<(String, usize)> {
    let text = &folded.text;
    let cjk = |m: &Mention| text[m.start..m.end].chars().any(crate::reader::is_cjk);
    let mut names = Vec::new();
    let mut first = 0;
    for (i, m) in mentions.iter().enumerate() {
        let joined = i > first
            && mentions[i - 1].kind == EntityType::Place
            && mentions[i - 1].end == m.start
            && mentions[i - 1].entity != m.entity
            && cjk(&mentions[i - 1])
            && cjk(m);
        if !joined {
            first = i;
            continue;
        }
        if matches!(m.kind, EntityType::Place | EntityType::Organization) {
            let (start, end) = folded.original_range(mentions[first].start, m.end);
            if let Some(name) = original.get(start..end) {
                names.push((name.to_string(), m.entity));
            }
        }
    }
    names
}

/// Heads of units named by their seat: "Investment and Technology Promotion Office in Bahrain".
const SEATED_HEADS: &[&str] = &[
    "office",
    "centre",
    "center",
    "bureau",
    "representation",
    "branch",
    "mission",
    "embassy",
    "consulate",
    "hub",
    "办公室",
    "代表处",
    "办事处",
    "中心",
];

/// Where a unit's name says it sits: "… Office in Bahrain", "ITPO Bahrain" (an acronym and a
/// place), "…办公室（北京）": the place's name as written in the unit's name.
pub fn seat_in_name(name: &str) -> Option<&str> {
    let name = name.trim();
    if let Some((unit, place)) = name.rsplit_once(" in ") {
        let head = unit.rsplit(' ').next().unwrap_or("").to_lowercase();
        return SEATED_HEADS.contains(&head.as_str()).then_some(place);
    }
    if let Some(inner) = name
        .strip_suffix('）')
        .and_then(|n| n.rsplit_once('（'))
        .or_else(|| name.strip_suffix(')').and_then(|n| n.rsplit_once('(')))
    {
        let (unit, place) = inner;
        return SEATED_HEADS
            .iter()
            .any(|h| unit.trim_end().to_lowercase().ends_with(h))
            .then_some(place);
    }
    let (acronym, place) = name.split_once(' ')?;
    let is_acronym =
        (2..=6).contains(&acronym.len()) && acronym.chars().all(|c| c.is_ascii_uppercase());
    (is_acronym && place.starts_with(char::is_uppercase)).then_some(place)
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
    " at the ",
    " of ",
];

/// Whether "-based" follows mention `m` as written ("Penang-based").
pub(crate) fn based_after(original: &str, folded: &crate::fold::Folded, m: &Mention) -> bool {
    let (_, end) = folded.original_range(m.start, m.end);
    original.get(end..).is_some_and(crate::names::starts_based)
}

fn thing_kind(kind: EntityType) -> bool {
    matches!(kind, EntityType::Organization | EntityType::Event)
}

/// "<organisation or event> based in / held in / in <place>", "位于<place>的<X>",
/// "<X>位于<place>", "<event>在<place>举行".
fn placed(s: &Sentence, facts: &mut Vec<Fact>) {
    let text = &s.folded.text;
    for (i, a) in s.mentions.iter().enumerate() {
        let Some(b) = s.mentions.get(i + 1) else {
            continue;
        };
        let between = gap_past_abbreviation(s, a, b);
        let thing = matches!(a.kind, EntityType::Organization | EntityType::Event);
        // "…, a public research body based in Daejeon": an appositive that places it.
        // So does "…, a maker of welding robots in Jiading District".
        let maker_in =
            between.ends_with(" in ") && crate::names::described_as_organisation(between);
        let appositive = between.starts_with(", ")
            && ([" based in ", " located in ", " headquartered in "]
                .iter()
                .any(|w| between.ends_with(w))
                || maker_in)
            && between.split(' ').count() <= 9;
        // "…, Ethiopia;": the country of a list's item.
        let item_place =
            between == ", " && a.kind == EntityType::Organization && text[b.end..].starts_with(';');
        // "Sentosa Automation, a Penang-based integrator": the place of a "-based" appositive.
        let based_appositive =
            matches!(between, ", a " | ", an " | ", the ") && based_after(s.original, s.folded, b);
        if thing
            && b.kind == EntityType::Place
            && (AT_PLACE.contains(&between) || appositive || item_place || based_appositive)
        {
            // "at" places an event, not an organisation ("signed at UNIDO").
            if between.starts_with(" at ") && a.kind != EntityType::Event {
                continue;
            }
            // "… of Norway" places an organisation, not an event ("Summit of the Americas").
            if between == " of " && a.kind != EntityType::Organization {
                continue;
            }
            // "the Department of … of Lao PDR's Ministry of …": the department is the
            // ministry's; the country says whose ministry.
            let possessor = between == " of "
                && s.mentions.get(i + 2).is_some_and(|c| {
                    c.kind == EntityType::Organization && matches!(gap(s, b, c), "'s " | "’s ")
                });
            if possessor {
                facts.push(Fact::between(s.mentions, i, i + 2, RelationType::PartOf));
                continue;
            }
            facts.push(Fact::between(s.mentions, i, i + 1, RelationType::LocatedAt));
        }
        // "the Geneva-based Meridian Centre": the place, then what is based there.
        if a.kind == EntityType::Place
            && thing_kind(b.kind)
            && between == " based "
            && based_after(s.original, s.folded, a)
        {
            facts.push(Fact::between(s.mentions, i + 1, i, RelationType::LocatedAt));
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
