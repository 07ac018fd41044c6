//! One entity per referent across the two languages. An English article's "Wenjing LIU" and a
//! Chinese article's 刘文静 are one person when the pinyin of the Chinese name gives the English
//! words; "Nordic Institute for Manufacturing Intelligence" and 北欧制造智能研究院 are one
//! organisation when the Chinese name, read through a glossary of the words institutions are
//! named with (and the gazetteer's bilingual names), gives the English name's words. A Chinese
//! name merges only with the one English name it matches.

use std::collections::{BTreeMap, BTreeSet};

use pinyin::ToPinyin;
use pmap_graph::EntityType;

use crate::gazetteer::KnownEntity;
use crate::reader::is_cjk;

/// The words institutions, programmes and meetings are named with: Chinese, then the English
/// words it may be rendered as ("|" between alternatives).
const GLOSSARY: &[(&str, &str)] = &[
    ("人民政府", "people government"),
    ("政府", "government"),
    ("省", "province"),
    ("市", "city"),
    ("区", "district"),
    ("县", "county"),
    ("部", "ministry|department"),
    ("厅", "department"),
    ("局", "bureau|administration|agency|authority"),
    ("司", "department"),
    ("处", "division|office|section"),
    ("委员会", "commission|committee|council"),
    ("管委会", "administrative committee|management committee"),
    ("中心", "centre|hub"),
    ("协会", "association"),
    ("学会", "society"),
    ("商会", "chamber commerce"),
    ("联合会", "federation|confederation"),
    ("联盟", "alliance"),
    ("大学", "university"),
    ("学院", "college|institute|school|academy"),
    ("研究院", "institute|academy|research institute"),
    ("研究所", "institute"),
    ("科学院", "academy science"),
    ("实验室", "lab"),
    ("有限公司", "co ltd|company|limited"),
    ("股份", "co"),
    ("公司", "company|corporation|co"),
    ("集团", "group"),
    ("基金会", "foundation"),
    ("基金", "fund"),
    ("银行", "bank"),
    ("办公室", "office"),
    ("代表处", "office|representation"),
    ("工作组", "working group"),
    ("秘书处", "secretariat"),
    ("网络", "network"),
    ("平台", "platform"),
    ("计划", "program|plan"),
    ("项目", "project|program"),
    ("论坛", "forum"),
    ("大会", "conference|congress|assembly|general conference"),
    ("年会", "annual meeting"),
    ("年度", "annual"),
    ("峰会", "summit"),
    ("博览会", "expo|fair|exposition"),
    ("博览中心", "expo centre|exhibition centre"),
    (
        "会展中心",
        "convention exhibition centre|exhibition centre|convention centre",
    ),
    ("会议中心", "conference centre|convention centre"),
    ("展示馆", "exhibition hall"),
    ("展览馆", "exhibition hall"),
    ("会议", "meeting|conference"),
    ("报告", "report"),
    ("宣言", "declaration"),
    ("议程", "agenda"),
    ("契约", "compact"),
    ("备忘录", "memorandum"),
    ("谅解备忘录", "memorandum understanding"),
    ("协议", "agreement"),
    ("工业", "industry"),
    ("信息化", "informatization|information technology"),
    ("信息技术", "information technology"),
    ("信息", "information"),
    ("技术", "technology"),
    ("科学技术", "science technology"),
    ("科学", "science"),
    ("科技", "science technology|technology"),
    ("经济", "economy"),
    ("发展", "development"),
    ("贸易", "trade"),
    ("商务", "commerce"),
    ("投资", "investment"),
    ("促进", "promotion"),
    ("创新", "innovation"),
    ("合作", "cooperation|partnership"),
    ("国际", "international"),
    ("全国", "national"),
    ("国家", "national|state"),
    ("人工智能", "ai|artificial intelligence"),
    ("智能", "intelligence|smart"),
    ("智能制造", "smart manufacturing|intelligent manufacturing"),
    ("制造", "manufacturing"),
    ("制造商", "manufacturers"),
    ("机器人", "robotics|robot"),
    ("数字", "digital"),
    ("数字化", "digital|digitalization"),
    ("转型", "transformation"),
    ("数据", "data"),
    ("大数据", "big data"),
    ("能源", "energy"),
    ("矿产", "mineral"),
    ("资源", "resources"),
    ("竞争", "competition"),
    ("服务", "services"),
    ("教育", "education"),
    ("培训", "training"),
    ("技能", "skills"),
    ("标准化", "standardization"),
    ("标准", "standards"),
    ("产业", "industry"),
    ("园区", "park"),
    ("开发区", "development zone"),
    ("高新区", "high tech zone"),
    ("理工", "technology"),
    ("工程", "engineering"),
    ("电气", "electric"),
    ("可持续", "sustainable"),
    ("可信", "trustworthy|trusted"),
    ("绿色", "green"),
    ("高级别", "high level"),
    ("对话", "dialogue"),
    ("部长级", "ministerial"),
    ("未来", "future"),
    ("全球", "global"),
    ("南方", "south"),
    ("南南", "south south"),
    ("金砖国家", "brics"),
    ("东盟", "asean"),
    ("非洲", "africa"),
    ("亚太", "asia pacific"),
    ("北欧", "nordic"),
    ("欧洲", "europe"),
    ("阿拉伯", "arab"),
    ("指导", "steering"),
    ("管理", "management|administration"),
    ("代表团", "delegation|mission"),
    ("常驻", "permanent"),
    ("总领事馆", "consulate general"),
    ("领事馆", "consulate"),
    ("大使馆", "embassy"),
    ("中小企业", "sme|small medium enterprises"),
    ("企业", "enterprise"),
    ("联合", "joint"),
    ("培养", "training"),
    ("研修", "fellowship|training"),
    ("博士研究生", "doctoral"),
    ("博士", "doctoral"),
    ("署", "agency|administration"),
    ("研究", "research"),
    ("机械", "machinery|mechanical"),
    ("执行", "executive"),
    ("秘书", "secretary"),
    ("外交", "foreign affairs"),
    ("财政", "finance"),
    ("农业", "agriculture"),
    ("卫生", "health"),
    ("交通", "transport"),
    ("环境", "environment"),
    ("生态", "ecology"),
    ("城市", "urban|city"),
    ("规划", "planning"),
    ("展示", "exhibition"),
    ("展览", "exhibition"),
    ("成果", "achievements|results"),
    ("展", "exhibition"),
    ("新", "new"),
    ("工业革命", "industrial revolution"),
    ("革命", "revolution"),
    ("伙伴关系", "partnership"),
    ("伙伴", "partner"),
    ("第一", "first"),
    ("首年", "first year"),
    ("进展", "progress"),
    ("首届", "first"),
    ("物联网", "internet things|iot"),
    ("互联网", "internet"),
    ("云", "cloud"),
    ("计算", "computing"),
    ("视觉", "vision"),
    ("检测", "inspection"),
    ("质检", "quality inspection"),
    ("诊断", "diagnosis|diagnostic"),
    ("诊所", "clinic"),
    ("密集型", "intensive"),
    ("评估", "assessment"),
    ("应用", "application"),
    ("验证", "validation"),
    ("示范", "demonstration"),
    ("中", "china"),
    ("中国", "china"),
];

/// Words a Chinese title adds that its English rendering often leaves out: "…人工智能应用" for
/// "AI for …", "…首年进展" for "the first year of …".
const MAY_BE_LEFT_OUT: &[&str] = &["应用", "进展", "公司"];

/// Surnames whose reading differs from the character's most common one.
const SURNAME_READINGS: &[(char, &str)] = &[
    ('单', "shan"),
    ('曾', "zeng"),
    ('解', "xie"),
    ('仇', "qiu"),
    ('查', "zha"),
    ('区', "ou"),
    ('朴', "piao"),
    ('盖', "ge"),
    ('缪', "miao"),
    ('乐', "yue"),
    ('覃', "qin"),
    ('翟', "zhai"),
    ('尉', "yu"),
    ('长', "chang"),
];

/// English words in one form: "provincial" and "province" name the same thing.
fn normal(word: &str) -> String {
    let w = word.to_lowercase();
    let w = match w.as_str() {
        "provincial" => "province",
        "municipal" => "city",
        "center" => "centre",
        "organisation" | "organizations" => "organization",
        "programme" | "programmes" => "program",
        "laboratory" | "laboratories" | "labs" => "lab",
        "industrial" | "industries" => "industry",
        "economic" => "economy",
        "technologies" | "technological" => "technology",
        "manufacturer" => "manufacturers",
        "sciences" => "science",
        "people's" | "peoples" => "people",
        "cooperative" => "cooperation",
        "ltd" | "limited" => "ltd",
        w => w,
    };
    w.trim_end_matches('\'').to_string()
}

const GLUE: &[&str] = &["of", "for", "and", "the", "on", "in", "to", "s", "&", "de"];

/// The meaningful English words of a name.
fn english_words(name: &str) -> BTreeSet<String> {
    name.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
        .filter(|w| !w.is_empty())
        // "Halvorsen Robotics AS" is 哈尔沃森机器人公司: a legal form has no Chinese word of its
        // own (but "Co., Ltd." is 有限公司).
        .filter(|w| !crate::names::is_company_form(w) || matches!(*w, "Co" | "Ltd"))
        .map(normal)
        .filter(|w| !GLUE.contains(&w.as_str()))
        .collect()
}

/// The pinyin of a Chinese personal name as (surname, given name), when it reads as one.
fn pinyin_name(zh: &str) -> Option<(String, String)> {
    let chars: Vec<char> = zh.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_cjk(c)) {
        return None;
    }
    let read = |c: char| c.to_pinyin().map(|p| p.plain().to_string());
    let surname_len = if chars.len() == 4 { 2 } else { 1 };
    let mut surname = String::new();
    for (i, &c) in chars[..surname_len].iter().enumerate() {
        let reading = SURNAME_READINGS
            .iter()
            .find(|(s, _)| *s == c && i == 0)
            .map(|(_, r)| r.to_string())
            .or_else(|| read(c))?;
        surname.push_str(&reading);
    }
    let given: Option<String> = chars[surname_len..].iter().map(|&c| read(c)).collect();
    Some((surname, given?))
}

/// Whether an English personal name ("Wenjing LIU", "Liu Wenjing", "Xinyi Zhou") is this pinyin.
fn same_person(english: &str, (surname, given): &(String, String)) -> bool {
    let words: Vec<String> = english
        .split_whitespace()
        .map(|w| w.to_lowercase().replace(['-', '\''], ""))
        .collect();
    match words.as_slice() {
        [a, b] => (a == surname && b == given) || (a == given && b == surname),
        _ => false,
    }
}

/// Whether a transliterated name (英格丽德·沃尔默) renders an English one (Ingrid Vollmer): as
/// many parts, each part's consonants — read through pinyin, by how they sound — mostly those of
/// its English word, in order (transliteration drops some: "Vollmer" is 沃尔默, wo-er-mo).
fn transliterates(zh: &str, english: &str) -> bool {
    let zh_parts: Vec<&str> = zh
        .split(['·', '-', '・', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let mut en_parts: Vec<&str> = english
        .split([' ', '-'])
        .filter(|p| !p.is_empty())
        .collect();
    // "Faisal Al-Harbi" is 费萨尔·哈尔比: the Arabic article is often left out.
    if en_parts.len() > zh_parts.len() {
        en_parts.retain(|p| !matches!(*p, "Al" | "al" | "El" | "el"));
    }
    if zh_parts.len() != en_parts.len() || zh_parts.len() < 2 {
        return false;
    }
    zh_parts
        .iter()
        .zip(&en_parts)
        .all(|(z, e)| sounds_like(z, e))
}

/// Whether one transliterated word (基利马尼) sounds like one English word (Kilimani).
fn sounds_like(z: &str, e: &str) -> bool {
    {
        // Pinyin h renders the English kh or h of a foreign name (霍扎, Khoza).
        let Some(reading) = z
            .chars()
            .map(|c| {
                c.to_pinyin().map(|p| match p.plain().strip_prefix('h') {
                    Some(rest) => format!("k{rest}"),
                    None => p.plain().to_string(),
                })
            })
            .collect::<Option<Vec<String>>>()
        else {
            return false;
        };
        let zs = sounds(&reading.concat());
        let es = sounds(&e.to_lowercase());
        let common = common_subsequence(&zs, &es);
        !zs.is_empty() && common * 4 + 1 >= zs.len().max(es.len()) * 3
    }
}

/// The consonants of a romanised word as classes of sound, repeats merged: "vollmer" → F L M L.
fn sounds(word: &str) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    let mut previous = ' ';
    for c in word.chars() {
        // "ng" is one nasal sound.
        let nasal_g = c == 'g' && previous == 'n';
        previous = c;
        if nasal_g {
            continue;
        }
        let class = match c {
            'b' | 'p' => b'P',
            'd' | 't' => b'T',
            'g' | 'k' | 'c' | 'q' => b'K',
            'f' | 'v' | 'w' => b'F',
            'l' | 'r' => b'L',
            'm' => b'M',
            'n' => b'N',
            's' | 'z' | 'x' | 'j' => b'S',
            _ => continue,
        };
        if out.last() != Some(&class) {
            out.push(class);
        }
    }
    out
}

/// The length of the longest common subsequence of two short sequences.
fn common_subsequence(a: &[u8], b: &[u8]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                row[j + 1].max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Reads a Chinese name as English words: the longest glossary or gazetteer entry at each
/// point. Each piece gives its alternatives; `None` when some character is not covered.
/// A piece read from a Chinese name: its English alternatives, and whether English may leave it
/// out (a country or parent organisation that qualifies the name: 沙特阿拉伯工业和矿产资源部 is
/// the "Ministry of Industry and Mineral Resources").
type Piece = (Vec<BTreeSet<String>>, bool);

/// Chinese names with their English names, and whether English may leave them out.
pub type Dictionary = BTreeMap<String, (Vec<String>, bool)>;

fn read_chinese(zh: &str, dictionaries: &[&Dictionary]) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut rest = zh.trim_matches(|c: char| c == '“' || c == '”' || c == '"');
    while let Some(first) = rest.chars().next() {
        if first.is_ascii_alphanumeric()
            || first.is_whitespace()
            || "（）()·、，-—和与及".contains(first)
        {
            // Latin letters and digits are read as they are; brackets and marks are skipped.
            let len: usize = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .map(char::len_utf8)
                .sum::<usize>()
                .max(first.len_utf8());
            let word = &rest[..len];
            if word.chars().any(|c| c.is_ascii_alphanumeric()) {
                pieces.push((vec![english_words(word)], false));
            }
            rest = &rest[len..];
            continue;
        }
        // "第二十一届": an edition's ordinal, which an English name may leave out.
        if let Some(after) = rest.strip_prefix('第') {
            let numerals = after
                .chars()
                .take_while(|c| "一二三四五六七八九十百零".contains(*c) || c.is_ascii_digit())
                .map(char::len_utf8)
                .sum::<usize>();
            if numerals > 0 && after[numerals..].starts_with(['届', '次']) {
                pieces.push((vec![], true));
                rest = &after[numerals + '届'.len_utf8()..];
                continue;
            }
        }
        let glossary = GLOSSARY
            .iter()
            .filter(|(z, _)| rest.starts_with(z))
            .max_by_key(|(z, _)| z.len())
            .map(|(z, e)| {
                (
                    z.len(),
                    (
                        e.split('|').map(english_words).collect::<Vec<_>>(),
                        MAY_BE_LEFT_OUT.contains(z),
                    ),
                )
            });
        let known = dictionaries
            .iter()
            .flat_map(|names| {
                names
                    .range(rest.chars().take(1).collect::<String>()..)
                    .take_while(|(z, _)| z.starts_with(first))
            })
            .filter(|(z, _)| rest.starts_with(z.as_str()))
            .max_by_key(|(z, _)| z.len())
            .map(|(z, (e, optional))| {
                (
                    z.len(),
                    (e.iter().map(|n| english_words(n)).collect(), *optional),
                )
            });
        let (len, alternatives) = match (glossary, known) {
            (Some(g), Some(k)) => {
                if k.0 >= g.0 {
                    k
                } else {
                    g
                }
            }
            (g, k) => match g.or(k) {
                Some(found) => found,
                // A run no word list covers is a transliterated proper name ("基利马尼理工大学",
                // Kilimani University of Technology): read by sound up to the next known word.
                None if is_cjk(first) => {
                    let len = rest
                        .char_indices()
                        .skip(1)
                        .find(|&(at, _)| covered(&rest[at..], dictionaries))
                        .map_or(rest.len(), |(at, _)| at);
                    let marked = format!("{SOUND}{}", &rest[..len]);
                    (len, (vec![BTreeSet::from([marked])], false))
                }
                None => return None,
            },
        };
        pieces.push(alternatives);
        rest = &rest[len..];
    }
    Some(pieces)
}

/// Marks a piece read by sound rather than by meaning.
const SOUND: char = '~';

/// Whether a glossary word or a known name begins the text.
fn covered(text: &str, dictionaries: &[&Dictionary]) -> bool {
    let first = text.chars().next().unwrap_or(' ');
    !is_cjk(first)
        || GLOSSARY.iter().any(|(z, _)| text.starts_with(z))
        || dictionaries.iter().any(|names| {
            names
                .range(first.to_string()..)
                .take_while(|(z, _)| z.starts_with(first))
                .any(|(z, _)| text.starts_with(z.as_str()))
        })
}

/// Whether the pieces read from a Chinese name give an English name's words: every piece found
/// among them, and nine in ten of them explained.
fn same_institution(pieces: &[Piece], english: &BTreeSet<String>) -> bool {
    if english.len() < 2 {
        return false;
    }
    // Two pieces at least must be found (a qualifier that may be left out counts when present).
    let mut found = 0;
    let mut covered: BTreeSet<&String> = BTreeSet::new();
    for (alternatives, optional) in pieces {
        // A transliterated run: the one English word it sounds like.
        if let Some(run) = alternatives
            .first()
            .and_then(|words| words.first())
            .and_then(|w| w.strip_prefix(SOUND))
        {
            match english
                .iter()
                .find(|w| !covered.contains(w) && sounds_like(run, w))
            {
                Some(w) => {
                    covered.insert(w);
                    found += 1;
                    continue;
                }
                None => return false,
            }
        }
        // The alternative that explains the most words ("general conference" over "conference").
        let hit = alternatives
            .iter()
            .filter(|words| !words.is_empty() && words.iter().all(|w| english.contains(w)))
            .max_by_key(|words| words.len());
        match hit {
            Some(hit) => {
                covered.extend(hit.iter().filter_map(|w| english.get(w)));
                found += 1;
            }
            None if *optional => {}
            None => return false,
        }
    }
    found >= 2 && covered.len() * 10 >= english.len() * 9
}

/// The bilingual names of these entities: Chinese → English.
pub fn dictionary<'a>(entities: impl Iterator<Item = &'a KnownEntity>) -> Dictionary {
    entities
        .filter_map(|e| {
            let (en, zh) = (e.en.as_deref()?, e.zh.as_deref()?);
            let qualifier = matches!(e.kind, EntityType::Place | EntityType::Organization);
            // Its English aliases too: "AIM Global Annual Meeting" reads 全球工业人工智能联盟年会.
            let english = std::iter::once(en)
                .chain(
                    e.aliases
                        .iter()
                        .map(String::as_str)
                        .filter(|a| a.is_ascii()),
                )
                .map(str::to_string)
                .collect();
            Some((zh.to_string(), (english, qualifier)))
        })
        .collect()
}

/// For the entities in `used`, the English-named entity each Chinese-named one is the same as.
/// `known` is the gazetteer's dictionary (its first `known_len` entities).
pub fn counterparts(
    entities: &[std::sync::Arc<KnownEntity>],
    used: &BTreeSet<usize>,
    known: &Dictionary,
    known_len: usize,
) -> BTreeMap<usize, usize> {
    if !used
        .iter()
        .any(|&i| entities[i].zh.is_some() && entities[i].en.is_none())
    {
        return BTreeMap::new();
    }
    // Bilingual names the extraction added to the gazetteer's.
    let added = dictionary(entities.iter().skip(known_len).map(|e| &**e));
    let names = [known, &added];
    let english: Vec<usize> = used
        .iter()
        .copied()
        .filter(|&i| entities[i].en.is_some() && entities[i].zh.is_none())
        .collect();
    let mut out = BTreeMap::new();
    for &z in used
        .iter()
        .filter(|&&i| entities[i].zh.is_some() && entities[i].en.is_none())
    {
        let zh = entities[z].zh.as_deref().unwrap_or("");
        let kind = entities[z].kind;
        let matches: Vec<usize> = match kind {
            EntityType::Person if zh.contains(['·', '-', '・']) => english
                .iter()
                .copied()
                .filter(|&e| entities[e].kind == kind)
                .filter(|&e| transliterates(zh, entities[e].en.as_deref().unwrap_or("")))
                .collect(),
            EntityType::Person => {
                let Some(reading) = pinyin_name(zh) else {
                    continue;
                };
                english
                    .iter()
                    .copied()
                    .filter(|&e| entities[e].kind == kind)
                    .filter(|&e| same_person(entities[e].en.as_deref().unwrap_or(""), &reading))
                    .collect()
            }
            // A place found while reading is a venue or a park, named as institutions are.
            EntityType::Organization
            | EntityType::Initiative
            | EntityType::Agreement
            | EntityType::Event
            | EntityType::Place => {
                // Read with the known names, else with the glossary alone: a transliterated name
                // may hold a known one by chance (基利马尼 holds 利马, Lima).
                let readings: Vec<Vec<Piece>> = [read_chinese(zh, &names), read_chinese(zh, &[])]
                    .into_iter()
                    .flatten()
                    .collect();
                english
                    .iter()
                    .copied()
                    .filter(|&e| entities[e].kind == kind)
                    .filter(|&e| {
                        let words = english_words(entities[e].en.as_deref().unwrap_or(""));
                        readings.iter().any(|p| same_institution(p, &words))
                    })
                    .collect()
            }
        };
        if let [one] = matches.as_slice() {
            out.insert(z, *one);
        }
    }
    // An English entity takes one Chinese counterpart at most.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for &e in out.values() {
        *taken.entry(e).or_default() += 1;
    }
    out.retain(|_, e| taken[e] == 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterated_names_match_their_english_form() {
        assert!(transliterates("英格丽德·沃尔默", "Ingrid Vollmer"));
        assert!(transliterates("克斯汀·阿尔托宁", "Kerstin Aaltonen"));
        assert!(!transliterates("克斯汀·阿尔托宁", "Ingrid Vollmer"));
        assert!(!transliterates("杰森·斯莱特", "Jason"));
        assert!(!transliterates("普里娅·梅农", "Rahul Menon"));
        assert!(transliterates("费萨尔·哈尔比", "Faisal Al-Harbi"));
        assert!(transliterates(
            "农武拉·德拉米尼-霍扎",
            "Nomvula Dlamini-Khoza"
        ));
        assert!(transliterates(
            "旺吉鲁·卡马乌-奥蒂耶诺",
            "Wanjiru Kamau-Otieno"
        ));
    }

    #[test]
    fn chinese_names_read_as_pinyin() {
        let r = pinyin_name("刘文静").unwrap();
        assert!(same_person("Wenjing LIU", &r));
        assert!(same_person("Liu Wenjing", &r));
        assert!(!same_person("Wenjing Li", &r));
        assert!(same_person("Shan Zhongde", &pinyin_name("单忠德").unwrap()));
    }

    #[test]
    fn institutions_read_through_the_glossary() {
        let names = BTreeMap::from([
            ("浙江".to_string(), (vec!["Zhejiang".to_string()], true)),
            ("挪威".to_string(), (vec!["Norway".to_string()], true)),
        ]);
        let read = |zh| read_chinese(zh, &[&names]).unwrap();
        assert!(same_institution(
            &read("北欧制造智能研究院"),
            &english_words("Nordic Institute for Manufacturing Intelligence")
        ));
        assert!(same_institution(
            &read("浙江省经济和信息化厅"),
            &english_words("Zhejiang Provincial Department of Economy and Information Technology")
        ));
        // The country before a transliterated name and the legal form after it may be left out.
        assert!(same_institution(
            &read("挪威哈尔沃森机器人公司"),
            &english_words("Halvorsen Robotics AS")
        ));
        assert!(!same_institution(
            &read("北欧制造智能研究院"),
            &english_words("Nordic Institute for Manufacturing Intelligence and Robotics Research")
        ));
    }
}
