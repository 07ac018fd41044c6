//! Roles in both languages: a role as an article states it ("Deputy Director General",
//! 副区长, "keynote speaker") rendered in the other language from the words titles are made of.
//! A title's head in Chinese depends on the body it is held at — the head of a 司 is its 司长, of
//! an institute (院) its 院长, of a bank its 行长 — so the body's Chinese name is read for its
//! kind. A role with a word outside these tables is not rendered (the map shows it as stated):
//! a wrong title is worse than one in the other language.

use pmap_graph::Names;

/// Title words and speaking parts that read the same whatever the body: English (lower case),
/// Chinese. Where several English words give one Chinese word, the first is its English.
const WORDS: &[(&str, &str)] = &[
    ("director general", "总干事"),
    ("director-general", "总干事"),
    ("secretary-general", "秘书长"),
    ("secretary general", "秘书长"),
    ("minister", "部长"),
    ("mayor", "市长"),
    ("district mayor", "区长"),
    ("premier", "总理"),
    ("prime minister", "总理"),
    ("representative", "代表"),
    ("chief executive officer", "首席执行官"),
    ("ceo", "首席执行官"),
    ("chief technology officer", "首席技术官"),
    ("chief scientist", "首席科学家"),
    ("general manager", "总经理"),
    ("founder", "创始人"),
    ("co-founder", "联合创始人"),
    ("consul general", "总领事"),
    ("consul-general", "总领事"),
    ("ambassador", "大使"),
    ("counsellor", "参赞"),
    ("counselor", "参赞"),
    ("envoy", "特使"),
    ("special envoy", "特使"),
    ("professor", "教授"),
    ("academician", "院士"),
    ("spokesperson", "发言人"),
    ("adviser", "顾问"),
    ("advisor", "顾问"),
    ("expert", "专家"),
    ("researcher", "研究员"),
    ("junior professional officer", "初级专业官员"),
    ("programme officer", "项目官员"),
    ("program officer", "项目官员"),
    ("officer", "官员"),
    ("project manager", "项目经理"),
    ("manager", "经理"),
    ("coordinator", "协调员"),
    ("party secretary", "党委书记"),
    ("director", "主任"),
    ("head", "负责人"),
    ("chief", "负责人"),
    ("chair", "主席"),
    ("chairman", "主席"),
    ("chairperson", "主席"),
    ("chairwoman", "主席"),
    ("president", "主席"),
    ("member", "成员"),
    // Speaking parts and what a body did with a document (the extractor's own words).
    ("keynote speaker", "主旨演讲嘉宾"),
    ("speaker", "演讲嘉宾"),
    ("moderator", "主持人"),
    ("co-host", "联合主办方"),
    ("opened it", "宣布开幕"),
    ("released", "发布"),
    ("issued", "印发"),
    ("proposed", "提出"),
    ("published", "发表"),
];

/// English heads whose Chinese depends on the body: (English, [(the body's Chinese name ends
/// with, title)]). Looked up before [`WORDS`]; a head found here with no matching body and no
/// entry in `WORDS` is not rendered.
const BY_BODY: &[(&str, &[(&str, &str)])] = &[
    (
        "director",
        &[
            ("院", "院长"),
            ("所", "所长"),
            ("司", "司长"),
            ("局", "局长"),
            ("处", "处长"),
        ],
    ),
    ("chief", &[("司", "司长"), ("处", "处长"), ("局", "局长")]),
    (
        "head",
        &[
            ("司", "司长"),
            ("处", "处长"),
            ("局", "局长"),
            ("中心", "主任"),
            ("办公室", "主任"),
            ("办事处", "主任"),
        ],
    ),
    (
        "president",
        &[
            ("大学", "校长"),
            ("院", "院长"),
            ("银行", "行长"),
            ("公司", "总裁"),
            ("集团", "总裁"),
            ("协会", "会长"),
            ("学会", "会长"),
            ("商会", "会长"),
        ],
    ),
    ("chair", &[("公司", "董事长"), ("集团", "董事长")]),
    ("chairman", &[("公司", "董事长"), ("集团", "董事长")]),
    (
        "managing director",
        &[
            ("组织", "总司长"),
            ("公司", "董事总经理"),
            ("集团", "董事总经理"),
        ],
    ),
    ("member", &[("委员会", "委员"), ("政协", "委员")]),
];

/// Chinese titles that are one of several renderings of an English head (read Chinese to English
/// only): English, Chinese.
const ZH_ONLY: &[(&str, &str)] = &[
    ("president", "院长"),
    ("president", "校长"),
    ("president", "行长"),
    ("president", "会长"),
    ("president", "总裁"),
    ("director", "司长"),
    ("director", "所长"),
    ("director-general", "局长"),
    ("chief", "处长"),
    ("chair", "董事长"),
    ("chair", "理事长"),
    ("member", "委员"),
    ("managing director", "总司长"),
    ("managing director", "董事总经理"),
];

/// Words before a title: English, Chinese. 副 reads "vice" before the heads of governments and
/// assemblies, "deputy" before the rest.
const MODIFIERS: &[(&str, &str)] = &[
    ("former", "前任"),
    ("deputy", "副"),
    ("vice", "副"),
    ("senior", "高级"),
    ("executive", "执行"),
    ("acting", "代理"),
    ("assistant", "助理"),
    ("honorary", "名誉"),
];

const VICE_BEFORE: &[&str] = &[
    "minister",
    "mayor",
    "premier",
    "president",
    "chair",
    "chairman",
];

/// Fills the language `names` lacks, when its role can be rendered.
pub fn complete(names: &mut Names, body_zh: Option<&str>) {
    match (&names.en, &names.zh) {
        (Some(en), None) => names.zh = to_chinese(en, body_zh),
        (None, Some(zh)) => names.en = to_english(zh),
        _ => {}
    }
}

/// "Deputy Director General and Managing Director" at 联合国工业发展组织 → 副总干事兼总司长.
fn to_chinese(role: &str, body_zh: Option<&str>) -> Option<String> {
    let lower = role.to_lowercase().replace(',', " , ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    // The body's kind: its name without a bracketed qualifier (…办公室（上海）).
    let body = body_zh.map(|b| b.split(['（', '(']).next().unwrap_or(b).trim());
    let mut out = String::new();
    let mut at = 0;
    while at < words.len() {
        let word = words[at];
        if let Some(&(_, zh)) = MODIFIERS.iter().find(|(en, _)| *en == word) {
            out.push_str(zh);
            at += 1;
            continue;
        }
        match word {
            "and" => out.push('兼'),
            "," => out.push('、'),
            _ => {
                let (len, zh) = (1..=3.min(words.len() - at)).rev().find_map(|len| {
                    head_in_chinese(&words[at..at + len].join(" "), body).map(|zh| (len, zh))
                })?;
                out.push_str(zh);
                at += len;
                continue;
            }
        }
        at += 1;
    }
    (!out.is_empty() && !out.ends_with(['兼', '、'])).then_some(out)
}

fn head_in_chinese(en: &str, body: Option<&str>) -> Option<&'static str> {
    let by_body = BY_BODY.iter().find(|(head, _)| *head == en);
    if let (Some((_, kinds)), Some(body)) = (by_body, body) {
        if let Some(&(_, zh)) = kinds.iter().find(|(end, _)| body.ends_with(end)) {
            return Some(zh);
        }
    }
    WORDS
        .iter()
        .find(|(word, _)| *word == en)
        .map(|&(_, zh)| zh)
}

/// 副区长 → "Deputy District Mayor"; 前任秘书长 → "Former Secretary-General".
fn to_english(role: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut vice = false;
    let mut rest = role.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('、') {
            words.push(",".into());
            rest = after;
            continue;
        }
        if let Some(after) = rest.strip_prefix('兼') {
            words.push("and".into());
            rest = after;
            continue;
        }
        if let Some(&(en, zh)) = MODIFIERS.iter().find(|(_, zh)| rest.starts_with(zh)) {
            vice = zh == "副";
            words.push(en.into());
            rest = &rest[zh.len()..];
            continue;
        }
        // The longest Chinese title that begins here (the first English of equals).
        let (en, zh) = ZH_ONLY
            .iter()
            .chain(WORDS)
            .map(|&(en, zh)| (en, zh))
            .filter(|(_, zh)| rest.starts_with(zh))
            .min_by_key(|(_, zh)| std::cmp::Reverse(zh.len()))?;
        if vice && VICE_BEFORE.contains(&en) {
            if let Some(last) = words.last_mut() {
                *last = "vice".into();
            }
        }
        vice = false;
        words.push(en.into());
        rest = &rest[zh.len()..];
    }
    if words.last().is_some_and(|w| w == "and" || w == ",") {
        return None;
    }
    let mut out = String::new();
    for word in &words {
        if word == "," {
            out.push(',');
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&title_case(word));
    }
    (!out.is_empty()).then_some(out)
}

/// "secretary-general" → "Secretary-General"; "and" stays lower case; "ceo" → "CEO".
fn title_case(word: &str) -> String {
    if word == "and" {
        return word.into();
    }
    if word == "ceo" {
        return "CEO".into();
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == '-' || c == ' ';
    }
    out
}
