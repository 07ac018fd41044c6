//! Trigger expressions: the words that state a relation, in both languages, and how their
//! arguments are arranged around them (voice). Phrases are in folded form (lower case, hyphens as
//! spaces); English ones match at word boundaries.

use aho_corasick::{AhoCorasick, MatchKind};
use pmap_graph::RelationType::{self, *};

/// Where a trigger's agents (sources) and patients (targets) stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Agents before, patients after: "A launched B", "A 揭幕 B".
    Active,
    /// Patients before, agents after: "B was co-hosted by A".
    Passive,
    /// Chinese 由-passive when 由 precedes: "B 由 A 主办"; otherwise active.
    ByYou,
    /// All participants after, pairwise: "cooperation between A and B".
    Between,
    /// All participants before, pairwise: "A 与 B 的合作", "A 与 B 联动".
    Among,
    /// People in the sentence speak at the sentence's event: "delivered a speech", "致辞".
    Speech,
    /// A relative clause: "B, where A will be located" (A → B).
    Relative,
    /// "<event> 在 <place> 举行": the event is located at places introduced by 在.
    HeldAt,
    /// "together with", "jointly with": adds co-agents to the neighbouring action.
    Comitative,
    /// "X 得到 Y 的资助": X receives (support) from Y; agents follow, the patient precedes.
    Receives,
}

#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub phrase: &'static str,
    pub relation: RelationType,
    pub voice: Voice,
    pub role: Option<&'static str>,
    /// Those named after it act together with the agents in what follows ("collaborate with").
    pub joins: bool,
}

const fn t(phrase: &'static str, relation: RelationType, voice: Voice) -> Trigger {
    Trigger {
        phrase,
        relation,
        voice,
        role: None,
        joins: false,
    }
}

const fn with_role(
    phrase: &'static str,
    relation: RelationType,
    voice: Voice,
    role: &'static str,
) -> Trigger {
    Trigger {
        phrase,
        relation,
        voice,
        role: Some(role),
        joins: false,
    }
}

const fn joining(phrase: &'static str, relation: RelationType, voice: Voice) -> Trigger {
    Trigger {
        phrase,
        relation,
        voice,
        role: None,
        joins: true,
    }
}

use Voice::*;

pub const ENGLISH: &[Trigger] = &[
    t("launched by", Launched, Passive),
    t("initiated by", Launched, Passive),
    t("inaugurated by", Launched, Passive),
    t("unveiled by", Launched, Passive),
    t("launched", Launched, Active),
    t("initiated", Launched, Active),
    t("launch", Launched, Active),
    t("launches", Launched, Active),
    t("launching", Launched, Active),
    t("inaugurated", Launched, Active),
    t("inaugurates", Launched, Active),
    t("inaugurate", Launched, Active),
    t("unveiled", Launched, Active),
    t("unveils", Launched, Active),
    with_role("co hosted by", Hosted, Passive, "co-host"),
    t("hosted by", Hosted, Passive),
    with_role("co hosted", Hosted, Active, "co-host"),
    with_role("co host", Hosted, Active, "co-host"),
    t("hosted", Hosted, Active),
    t("hosts", Hosted, Active),
    // "thanked the Ministry for hosting the Conference".
    t("for hosting", Hosted, Active),
    t("for co hosting", Hosted, Active),
    t("for organizing", CoOrganized, Active),
    t("for organising", CoOrganized, Active),
    t("co organized by", CoOrganized, Passive),
    t("co organised by", CoOrganized, Passive),
    t("organized by", CoOrganized, Passive),
    t("organised by", CoOrganized, Passive),
    t("co organized", CoOrganized, Active),
    t("co organised", CoOrganized, Active),
    t("supported by", Supports, Passive),
    t("backed by", Supports, Passive),
    t("sponsored by", Supports, Passive),
    t("funded by", Supports, Passive),
    t("financed by", Supports, Passive),
    t("with the support of", Supports, Passive),
    t("under the auspices of", Supports, Passive),
    t("under the patronage of", Supports, Passive),
    t("with funding from", Supports, Passive),
    t("funds", Supports, Active),
    t("supports", Supports, Active),
    t("assist", Supports, Active),
    t("assists", Supports, Active),
    t("assisted", Supports, Active),
    t("support", Supports, Active),
    t("supported", Supports, Active),
    t("supporting", Supports, Active),
    t("strengthen", Supports, Active),
    t("partner for", Supports, Active),
    t("visited", Visited, Active),
    t("visit to", Visited, Active),
    t("visits", Visited, Active),
    t("visiting", Visited, Active),
    t("held talks with", MetWith, Active),
    t("talks with", MetWith, Active),
    t("discussions with", MetWith, Active),
    t("held a meeting with", MetWith, Active),
    t("met with", MetWith, Active),
    t("meets with", MetWith, Active),
    t("meeting with", MetWith, Active),
    t("met", MetWith, Active),
    t("meets", MetWith, Active),
    t("encounter between", MetWith, Between),
    t("meeting between", MetWith, Between),
    t("delegation to", Attended, Active),
    // "led a delegation to visit X": the leader visited X.
    t("delegation to visit", Visited, Active),
    t("to visit", Visited, Active),
    t("attended", Attended, Active),
    t("attend", Attended, Active),
    t("attends", Attended, Active),
    t("participated in", Attended, Active),
    t("took part in", Attended, Active),
    with_role("delivered a speech", Attended, Speech, "speaker"),
    with_role("delivered remarks", Attended, Speech, "speaker"),
    with_role("remarks at", Attended, Speech, "speaker"),
    with_role("speech at", Attended, Speech, "speaker"),
    with_role("speakers", Attended, Speech, "speaker"),
    with_role("keynote", Attended, Speech, "keynote speaker"),
    t("membership with", MemberOf, Active),
    t("membership in", MemberOf, Active),
    t("membership of", MemberOf, Active),
    t("became a member of", MemberOf, Active),
    t("joined", MemberOf, Active),
    t("established by", Founded, Passive),
    t("founded by", Founded, Passive),
    t("set up by", Founded, Passive),
    t("jointly established", Founded, Active),
    t("established", Founded, Active),
    t("establish", Founded, Active),
    t("founded", Founded, Active),
    t("set up", Founded, Active),
    t("located in", LocatedAt, Active),
    t("located at", LocatedAt, Active),
    t("be located", LocatedAt, Relative),
    t("is located", LocatedAt, Relative),
    t("held in", LocatedAt, Active),
    t("held at", LocatedAt, Active),
    t("based in", LocatedAt, Active),
    t("headquartered in", LocatedAt, Active),
    t("headquarters are in", LocatedAt, Active),
    t("headquarters is in", LocatedAt, Active),
    t("took place in", LocatedAt, Active),
    t("took place at", LocatedAt, Active),
    t("takes place in", LocatedAt, Active),
    t("opened today at", LocatedAt, Active),
    t("opened at", LocatedAt, Active),
    t("established in", LocatedAt, Active),
    joining("collaborate with", PartneredWith, Active),
    joining("cooperate with", PartneredWith, Active),
    joining("in partnership with", PartneredWith, Active),
    joining("in collaboration with", PartneredWith, Active),
    joining("in cooperation with", PartneredWith, Active),
    t("cooperating with", PartneredWith, Active),
    t("cooperation with", PartneredWith, Active),
    t("worked closely with", PartneredWith, Active),
    t("work closely with", PartneredWith, Active),
    t("partnership with", PartneredWith, Active),
    t("partnered with", PartneredWith, Active),
    t("a partner of", PartneredWith, Active),
    t("partners of", PartneredWith, Active),
    t("cooperation between", PartneredWith, Between),
    t("partnership between", PartneredWith, Between),
    t("together with", PartneredWith, Comitative),
    t("jointly with", PartneredWith, Comitative),
    t("along with", PartneredWith, Comitative),
    t("signed between", SignedAgreementWith, Between),
    t("signed by", Signed, Passive),
    t("countersigned by", Signed, Passive),
    t("signed", Signed, Active),
    t("signs", Signed, Active),
    t("released by", Issued, Passive),
    t("proposed by", Issued, Passive),
    t("issued by", Issued, Passive),
    with_role("released", Issued, Active, "released"),
    with_role("proposed", Issued, Active, "proposed"),
    with_role("issued", Issued, Active, "issued"),
    with_role("published", Issued, Active, "published"),
    t("adopted by", Adopted, Passive),
    t("adopted", Adopted, Active),
    t("aligned with", AlignedWith, Active),
    t("in line with", AlignedWith, Active),
    t("in accordance with", AlignedWith, Active),
    t("guided by", Leads, Passive),
    t("coordinated by", Leads, Passive),
    t("implemented by", Leads, Passive),
    t("run by", Leads, Passive),
    t("managed by", Leads, Passive),
    t("operated by", Leads, Passive),
    t("coordinates", Leads, Active),
    t("runs", Leads, Active),
    t("chairs", Leads, Active),
    t("heads", Leads, Active),
    t("has headed", Leads, Active),
    t("headed by", Leads, Passive),
    t("leads", Leads, Active),
    with_role("moderated by", Attended, Passive, "moderator"),
    // "UNIDO was represented by A and B": A and B attended (the event in view).
    t("represented by", Attended, Passive),
    // "The Dialogue brought together vice-ministers from A, B and C": those brought attended.
    t("brought together", Attended, Passive),
    t("brings together", Attended, Passive),
    with_role("moderated", Attended, Active, "moderator"),
    with_role("chaired", Attended, Active, "chair"),
    with_role("addressed", Attended, Active, "speaker"),
    with_role("spoke at", Attended, Active, "speaker"),
    with_role("speaking at", Attended, Active, "speaker"),
    with_role("opened", Attended, Active, "opened it"),
    // Only opening a sentence ("Opening the Week, Datuk X said …"): see `relations`.
    with_role("opening", Attended, Active, "opened it"),
    with_role("addressing", Attended, Active, "speaker"),
    with_role("closing", Attended, Active, "closed it"),
    t("members include", MemberOf, Passive),
    t("founding members include", MemberOf, Passive),
    t("counts among its members", MemberOf, Passive),
    t("is a member of", MemberOf, Active),
    t("associate member of", MemberOf, Active),
    t("associate members of", MemberOf, Active),
    t("full member of", MemberOf, Active),
    t("full members of", MemberOf, Active),
    t("founding member of", MemberOf, Active),
    t("founding members of", MemberOf, Active),
    t("are members of", MemberOf, Active),
    t("as a member", MemberOf, Active),
    t("as members", MemberOf, Active),
    t("admitted to", MemberOf, Active),
    t("led by", Leads, Passive),
    t("chaired by", Leads, Passive),
    t("convened by", Leads, Passive),
    t("witnessed by", Witnessed, Passive),
    t("witnessed", Witnessed, Active),
    t("agency of", PartOf, Active),
    // "The Regional Office … reports to the Regional Bureau for Asia and Pacific".
    t("reports to", PartOf, Active),
    t("division of", PartOf, Active),
    t("a unit of", PartOf, Active),
];

pub const CHINESE: &[Trigger] = &[
    t("揭幕", Launched, ByYou),
    t("签约启动", Launched, ByYou),
    t("启动", Launched, ByYou),
    t("宣布", Launched, ByYou),
    with_role("发布", Issued, ByYou, "released"),
    with_role("提出", Issued, ByYou, "proposed"),
    t("主办", Hosted, ByYou),
    t("联合承办", CoOrganized, ByYou),
    t("承办", CoOrganized, ByYou),
    t("协办", CoOrganized, ByYou),
    t("签署", Signed, ByYou),
    t("签订", Signed, ByYou),
    t("签约", Signed, ByYou),
    t("鉴证", Witnessed, ByYou),
    t("见证", Witnessed, ByYou),
    t("共同构建", Founded, ByYou),
    t("设立", Founded, ByYou),
    t("成立", Founded, ByYou),
    t("创建", Founded, ByYou),
    t("创立", Founded, ByYou),
    t("担任", Leads, Active),
    t("创办", Founded, ByYou),
    t("共同建设", Founded, ByYou),
    t("共建", Founded, ByYou),
    t("共同实施", Founded, ByYou),
    t("组建", Founded, ByYou),
    joining("携手", PartneredWith, Active),
    t("合作", PartneredWith, Among),
    t("联动", PartneredWith, Among),
    t("出席", Attended, ByYou),
    t("参加", Attended, ByYou),
    // "阿里云、华为等30余家企业参展": exhibitors attend the exhibition.
    with_role("参展", Attended, ByYou, "exhibitor"),
    with_role("致辞", Attended, Speech, "speaker"),
    with_role("主旨演讲", Attended, Speech, "keynote speaker"),
    with_role("发表演讲", Attended, Speech, "speaker"),
    with_role("发言", Attended, Speech, "speaker"),
    with_role("讲话", Attended, Speech, "speaker"),
    with_role("主持", Attended, ByYou, "moderator"),
    t("举行", LocatedAt, HeldAt),
    t("开幕", LocatedAt, HeldAt),
    t("启用", LocatedAt, HeldAt),
    t("落户", LocatedAt, HeldAt),
    t("入驻", LocatedAt, HeldAt),
    t("闭幕", LocatedAt, HeldAt),
    t("举办", Hosted, ByYou),
    t("揭牌", Launched, ByYou),
    t("发起", Launched, ByYou),
    t("推出", Launched, ByYou),
    // "与会代表通过了《…议程》": 通过 alone is also "through", so only its completed form.
    t("通过了", Adopted, ByYou),
    // "该计划与《2030年可持续发展议程》相衔接": what it is in line with.
    t("相衔接", AlignedWith, Among),
    t("相一致", AlignedWith, Among),
    t("相契合", AlignedWith, Among),
    t("审议通过", Adopted, ByYou),
    t("资助", Supports, ByYou),
    t("赞助", Supports, ByYou),
    t("召开", LocatedAt, HeldAt),
    t("位于", LocatedAt, Active),
    t("坐落于", LocatedAt, Active),
    t("举行会谈", MetWith, Among),
    t("进行会谈", MetWith, Among),
    t("举行会见", MetWith, Among),
    t("会见", MetWith, ByYou),
    t("会谈", MetWith, Among),
    t("座谈", MetWith, Among),
    t("会晤", MetWith, Among),
    // "…一行访问我校，X陪同访问": who accompanies a visit makes it too.
    t("陪同访问", Visited, ByYou),
    t("访问", Visited, ByYou),
    t("参观", Visited, ByYou),
    t("考察", Visited, ByYou),
    t("调研", Visited, ByYou),
    t("走访", Visited, ByYou),
    t("到访", Visited, ByYou),
    t("加入", MemberOf, ByYou),
    // "成为联盟新成员": only with 成员/会员 after it (the rules drop it otherwise).
    t("成为", MemberOf, ByYou),
    t("支持", Supports, ByYou),
    t("协助", Supports, ByYou),
    t("运营", Leads, ByYou),
    // Only in "依托X运行" (the rules drop it otherwise): "启动运行" is a start.
    t("运行", Leads, ByYou),
    t("得到", Supports, Receives),
    t("获得", Supports, Receives),
    t("指导", Leads, ByYou),
];

/// "The agreement was signed in Shanghai on 1 December by A and B": an active trigger after
/// "was"/"were"/"been", with "by" later in its clause, is passive.
pub fn passives(text: &str, found: &mut [Found]) {
    for f in found
        .iter_mut()
        .filter(|f| f.trigger.voice == Voice::Active)
    {
        let before = &text[..f.start];
        let before = before
            .strip_suffix("officially ")
            .or_else(|| before.strip_suffix("jointly "))
            .unwrap_or(before);
        let auxiliary = ["was ", "were ", "been ", "be ", "is ", "are "]
            .iter()
            .any(|a| before.ends_with(a));
        if !auxiliary {
            continue;
        }
        let clause = &text[f.end..];
        let clause = &clause[..clause.find([',', ';']).unwrap_or(clause.len())];
        let within = clause.find(" by ").is_some_and(|at| at <= 60);
        if within {
            f.trigger.voice = Voice::Passive;
        }
    }
}

/// A trigger found in a sentence, at folded byte offsets.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub trigger: Trigger,
    pub start: usize,
    pub end: usize,
}

/// Leftmost-longest matchers over the two tables.
pub struct Triggers {
    english: AhoCorasick,
    chinese: AhoCorasick,
}

impl Triggers {
    pub fn new() -> Triggers {
        let build = |table: &[Trigger]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(table.iter().map(|t| t.phrase))
                .expect("trigger tables are small")
        };
        Triggers {
            english: build(ENGLISH),
            chinese: build(CHINESE),
        }
    }

    /// Every trigger in folded `text` (both tables: articles mix scripts).
    pub fn find(&self, text: &str) -> Vec<Found> {
        let mut out: Vec<Found> = self
            .english
            .find_iter(text)
            .filter(|m| bounded(text, m.start(), m.end()))
            .map(|m| Found {
                trigger: ENGLISH[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            })
            .chain(self.chinese.find_iter(text).map(|m| Found {
                trigger: CHINESE[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            }))
            .collect();
        let dated = dated_venues(text);
        out.retain(|f| !dated.iter().any(|d| f.start < d.end && d.start < f.end));
        out.extend(dated);
        out.sort_by_key(|f| f.start);
        out
    }
}

/// "held from 18 to 20 November at X", "took place on 3 April in Y": the verb and its "at"/"in"
/// apart by a date, one trigger (the span is the verb through the preposition).
fn dated_venues(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    for verb in ["held ", "took place ", "takes place ", "opened "] {
        for (at, _) in text.match_indices(verb) {
            if !bounded(text, at, at + verb.len() - 1) {
                continue;
            }
            let rest = &text[at + verb.len()..];
            if !["on ", "from ", "between "]
                .iter()
                .any(|p| rest.starts_with(p))
            {
                continue;
            }
            let mut limit = 60.min(rest.len());
            while !rest.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &rest[..limit];
            let Some((cut, prep)) = [" at ", " in "]
                .iter()
                .filter_map(|p| window.find(p).map(|i| (i, *p)))
                .min()
            else {
                continue;
            };
            let date = &window[..cut];
            let dated = date.chars().any(|c| c.is_ascii_digit()) && !date.contains([',', ';', '.']);
            if !dated {
                continue;
            }
            let phrase = if prep == " at " { "held at" } else { "held in" };
            let Some(trigger) = ENGLISH.iter().find(|t| t.phrase == phrase) else {
                continue;
            };
            out.push(Found {
                trigger: *trigger,
                start: at,
                end: at + verb.len() + cut + prep.len() - 1,
            });
        }
    }
    out
}

impl Default for Triggers {
    fn default() -> Self {
        Triggers::new()
    }
}

fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Words before an English verb that say it did not, or not yet, happen: "did not attend",
/// "plans to sign", "is considering joining", "was unable to attend".
const EN_UNASSERTED: &[&str] = &[
    "not",
    "n't",
    "never",
    "no longer",
    "yet to",
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "intends to",
    "intend to",
    "intended to",
    "considering",
    "consider",
    "hopes to",
    "hope to",
    "hoped to",
    "would like to",
    "wishes to",
    "wish to",
    "unable to",
    "failed to",
    "interest in",
    "interested in",
    "may",
    "might",
    "could",
    "can",
];
/// The same in Chinese, anywhere in the clause before the verb: 尚未签署, 计划于2026年设立,
/// 积极争取加入, 未能到会 (未 of 未来 excepted).
const ZH_UNASSERTED: &[&str] = &[
    "尚未", "没有", "未能", "并未", "未曾", "拟", "有意", "打算", "希望", "争取", "考虑", "不会",
    "不再", "可以", "能够", "邀请", "欢迎", "互相",
];

/// Whether the verb at folded offset `at` states a fact: not negated, planned or hoped for.
pub fn asserted(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let clause_start = before
        .rfind([',', ';', ':', '，', '；', '：', '。'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &before[clause_start..];
    let chinese = before
        .chars()
        .next_back()
        .is_some_and(crate::reader::is_cjk);
    if chinese || clause.chars().any(crate::reader::is_cjk) {
        // "双方成员可参加": may, not did.
        let negated = ZH_UNASSERTED.iter().any(|w| clause.contains(w))
            || clause.ends_with('可')
            || clause
                .match_indices('未')
                .any(|(i, _)| !clause[i..].starts_with("未来"))
            // 计划 as a verb ("计划于2026年设立"), not the noun ("该计划").
            || clause.match_indices("计划").any(|(i, w)| {
                clause[i + w.len()..].starts_with(['于', '在', '将', '今', '明', '年', '到'])
            });
        if negated {
            return false;
        }
    }
    // English: the last few words before the verb.
    let words: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
    let tail: String = words.into_iter().rev().collect::<Vec<_>>().join(" ");
    let tail = format!(" {tail}");
    if tail.contains(" not only") {
        return true;
    }
    !EN_UNASSERTED.iter().any(|w| {
        tail.match_indices(w).any(|(i, _)| {
            let bounded_before = w.starts_with("n'") || tail[..i].ends_with(' ');
            let after = &tail[i + w.len()..];
            bounded_before && (after.is_empty() || after.starts_with(' '))
        })
    })
}
