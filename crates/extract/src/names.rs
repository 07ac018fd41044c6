//! Names the gazetteer does not know, found by rules that hold for unseen articles:
//! English capitalised spans headed by an organisation, event, agreement, initiative or place
//! noun ("Asian Development Bank", "Ministry of Digital Economy", "Global Digital Compact");
//! people after a courtesy title ("Ms. Jane Doe") or before an appositive title ("Jane Doe,
//! Director of …"); abbreviations defined in brackets ("… Strategies (CINGAI)"); Chinese names
//! ending in a suffix such as 部, 大学, 研究院, 集团, 中心, 协会, 联盟, 论坛, 协议; transliterated
//! names joined by "·"; and Chinese or Latin names right after a Chinese title (部长 X).

use std::collections::HashMap;

use pmap_graph::EntityType;

use crate::fold::Folded;
use crate::mentions::Mention;
use crate::reader::is_cjk;
use crate::registry::Registry;
use crate::Lang;

const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "university",
    "institute",
    "institution",
    "organization",
    "organisation",
    "alliance",
    "centre",
    "center",
    "bank",
    "group",
    "association",
    "committee",
    "commission",
    "office",
    "network",
    "court",
    "council",
    "agency",
    "foundation",
    "academy",
    "corporation",
    "company",
    "authority",
    "bureau",
    "federation",
    "union",
    "fund",
    "secretariat",
    "chapter",
    "division",
    "board",
    "society",
    "parliament",
    "government",
    "municipality",
    "school",
    "college",
    "hospital",
    "administration",
    "inc",
    "ltd",
    "park",
    "hub",
    "coalition",
    "partnership",
    "consortium",
    "chamber",
    "confederation",
    "taskforce",
    "directorate",
    "cluster",
    "embassy",
    "consulate",
];
const EVENT_HEADS: &[&str] = &[
    "forum",
    "conference",
    "summit",
    "ceremony",
    "meeting",
    "roundtable",
    "symposium",
    "expo",
    "exhibition",
    "congress",
    "workshop",
    "dialogue",
    "session",
    "festival",
    "week",
    "fair",
];
const AGREEMENT_HEADS: &[&str] = &[
    "declaration",
    "agreement",
    "resolution",
    "memorandum",
    "charter",
    "agenda",
    "report",
    "convention",
    "treaty",
    "recommendation",
    "accord",
    "protocol",
    "compact",
    "statement",
    "communique",
    "letter",
];
const INITIATIVE_HEADS: &[&str] = &[
    "programme",
    "program",
    "project",
    "lab",
    "laboratory",
    "platform",
    "initiative",
    "plan",
    "strategy",
    "vision",
];
const PLACE_HEADS: &[&str] = &[
    "district", "city", "province", "county", "region", "zone", "plant", "port", "island",
];
const GLUE: &[&str] = &["of", "for", "and", "on", "the", "de", "du", "des", "&"];
pub(crate) const COURTESY: &[&str] = &[
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    "h.e",
    "sir",
    "madam",
    "professor",
    "dame",
    "datuk",
    "dato",
    "datin",
    "tun",
    "sheikh",
    "hon",
    "excellency",
    "eng",
    "engr",
];
const NAME_PARTICLES: &[&str] = &["de", "da", "van", "von", "bin", "al", "del", "der", "dos"];
pub(crate) const TITLES: &[&str] = &[
    "consul",
    "counsellor",
    "counselor",
    "chancellor",
    "vice-chancellor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "minister",
    "president",
    "chief",
    "head",
    "secretary",
    "mayor",
    "chairman",
    "chair",
    "chairwoman",
    "executive",
    "deputy",
    "vice",
    "representative",
    "ambassador",
    "professor",
    "dean",
    "governor",
    "premier",
    "ceo",
    "founder",
    "co-founder",
    "partner",
    "manager",
    "officer",
    "envoy",
    "commissioner",
    "coordinator",
    "adviser",
    "advisor",
    "senior",
    "general",
    "under-secretary-general",
    "secretary-general",
    "director-general",
    "assistant",
    "member",
    "rector",
    "managing",
    "fellow",
    "research",
    "researcher",
    "associate",
    "lecturer",
    "analyst",
    "economist",
    "scientist",
];

const ZH_SUFFIXES: &[(&str, EntityType)] = &[
    ("委员会", EntityType::Organization),
    ("研究院", EntityType::Organization),
    ("研究所", EntityType::Organization),
    ("有限公司", EntityType::Organization),
    ("公司", EntityType::Organization),
    ("大学", EntityType::Organization),
    ("学院", EntityType::Organization),
    ("集团", EntityType::Organization),
    ("中心", EntityType::Organization),
    ("协会", EntityType::Organization),
    ("学会", EntityType::Organization),
    ("组织", EntityType::Organization),
    ("联盟", EntityType::Organization),
    ("政府", EntityType::Organization),
    ("办公室", EntityType::Organization),
    ("机构", EntityType::Organization),
    ("基金会", EntityType::Organization),
    ("银行", EntityType::Organization),
    ("部", EntityType::Organization),
    ("厅", EntityType::Organization),
    ("局", EntityType::Organization),
    ("司", EntityType::Organization),
    ("署", EntityType::Organization),
    ("联合会", EntityType::Organization),
    ("商会", EntityType::Organization),
    ("促进会", EntityType::Organization),
    ("研究会", EntityType::Organization),
    ("工作组", EntityType::Organization),
    ("秘书处", EntityType::Organization),
    ("代表处", EntityType::Organization),
    ("办事处", EntityType::Organization),
    ("工作站", EntityType::Organization),
    ("基地", EntityType::Organization),
    ("分公司", EntityType::Organization),
    ("领事馆", EntityType::Organization),
    ("大使馆", EntityType::Organization),
    ("代表团", EntityType::Organization),
    ("管委会", EntityType::Organization),
    ("交易所", EntityType::Organization),
    ("论坛", EntityType::Event),
    ("年会", EntityType::Event),
    ("开幕式", EntityType::Event),
    ("仪式", EntityType::Event),
    ("交流会", EntityType::Event),
    ("对接会", EntityType::Event),
    ("发布会", EntityType::Event),
    ("圆桌会议", EntityType::Event),
    ("博览中心", EntityType::Place),
    ("会议中心", EntityType::Place),
    ("会展中心", EntityType::Place),
    ("展览中心", EntityType::Place),
    ("产业园", EntityType::Place),
    ("科技园", EntityType::Place),
    ("开发区", EntityType::Place),
    ("新区", EntityType::Place),
    ("大会", EntityType::Event),
    ("峰会", EntityType::Event),
    ("博览会", EntityType::Event),
    ("研讨会", EntityType::Event),
    ("协议", EntityType::Agreement),
    ("宣言", EntityType::Agreement),
    ("备忘录", EntityType::Agreement),
    ("确认书", EntityType::Agreement),
    ("意向书", EntityType::Agreement),
    ("协议书", EntityType::Agreement),
    ("承诺书", EntityType::Agreement),
    ("倡议", EntityType::Initiative),
    ("实验室", EntityType::Initiative),
    ("计划", EntityType::Initiative),
    ("区", EntityType::Place),
];
/// Characters that end a Chinese name when reading backwards from its suffix (function words).
const ZH_STOPS: &str = "的与和及由在为将对于是了同并向从把被等各该此其这那以也都就而或跟到给让使已正共一次年月日两每之所除";
/// Words that are never part of a name (verbs and nouns that introduce names).
const ZH_BOUNDARIES: &[&str] = &[
    "携手", "伙伴", "签署", "代表", "包括", "来自", "作为", "举行", "主办", "承办", "出席", "见证",
    "鉴证", "宣布", "发布", "启动", "揭幕", "支持", "参加", "致辞", "共同", "成立", "设立", "构建",
    "打造", "推动", "助力", "围绕", "聚焦", "通过", "与会", "嘉宾", "专家", "表示", "指出", "强调",
    "会见", "访问", "参观", "考察", "加入", "成员", "深化", "重要", "建设", "调研", "先进", "开幕",
    "闭幕", "召开", "举办", "根据", "按照", "依据", "不少", "多项", "协助", "借助", "希望", "依托",
    "推荐", "委托", "邀请", "面向", "针对", "帮助", "参与", "对接", "牵头", "负责", "前往", "陪同",
    "欢迎", "感谢", "介绍", "推进", "担任", "创立", "创办", "设有", "拥有", "位于",
];
/// The word of [`ZH_BOUNDARIES`] that `text` ends with, if any (looked up by its last character:
/// this runs for every character a name is read back over).
fn ends_with_boundary(text: &str) -> Option<&'static str> {
    static BY_LAST: std::sync::OnceLock<HashMap<char, Vec<&'static str>>> =
        std::sync::OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut map: HashMap<char, Vec<&'static str>> = HashMap::new();
        for &b in ZH_BOUNDARIES {
            if let Some(last) = b.chars().next_back() {
                map.entry(last).or_default().push(b);
            }
        }
        map
    });
    let last = text.chars().next_back()?;
    by_last
        .get(&last)?
        .iter()
        .copied()
        .find(|b| text.ends_with(b))
}

const ZH_TITLE_ENDINGS: &[char] = &[
    '长', '事', '席', '使', '员', '任', '官', '理', '表', '授', '记', '裁', '监', '臣', '书', '赞',
];
const ZH_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柳单阮翁柴庞樊兰殷施洪翟颜倪牛温季俞章鲁葛伍申尤毕聂焦邢岳齐梅庄辛祝左涂谷祁舒耿牟詹苗凌费纪靳盛童甄项游裴卫屈鲍霍隋甘景包柏宁柯桂闵柴冉房边饶戚丘米池滕晋邬臧宫褚廉娄符奚穆党燕郎冀谈姬屠连晏栾郁蒙喻窦迟敖冷卓艾蓝巩仲虞卞竺冼佟栗匡宗巫鞠桑荆岑胥蔺凤酆皮康萧禹骆裘缪宣杭诸钮嵇荣荀芮储";
/// Two-character surnames: 欧阳和风, 司马…
const ZH_COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯", "端木",
];
/// What stands before a suffix in a kind of body rather than a name: 国际组织, 科研机构.
/// Words that open a noun phrase about some or one of a kind, never a name.
const ZH_DETERMINERS: &[&str] = &[
    "相关", "有关", "其他", "其它", "首个", "首家", "这个", "那个", "一个", "一家", "多个",
];

/// Whether Chinese text holds a number and a measure word ("20家", "3个"): a count.
fn counted(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && "家个名项批位所场".contains(w[1]))
}

const ZH_GENERIC_MODIFIERS: &[&str] = &[
    "",
    "国际",
    "科研",
    "相关",
    "有关",
    "各",
    "各类",
    "其他",
    "地方",
    "金融",
    "研究",
    "成员",
    "合作",
    "会员",
    "多家",
    "若干",
    "知名",
    "龙头",
    "领军",
    "重点",
    "骨干",
    "主要",
    "政府",
    "中外",
    "国内外",
    "国内",
    "国外",
    "海外",
    "本地",
    "当地",
    "全球",
    "首个",
    "首家",
    "该",
    "一家",
    "一个",
    "教育",
    "创新",
    "服务",
    "企业",
    "高校",
    "科技",
    "行业",
    "产业",
    "专业",
    "新",
    "联合",
    "指导",
    "秘书",
    "本届",
    "本次",
    "此次",
    "这次",
    "上届",
    "下届",
    "下一届",
    "历届",
    "每届",
    "该次",
    "平行",
    "专题",
    "分",
    // A ceremony by what it does ("揭牌仪式"): the article's ceremony, found as an anaphor.
    "揭牌",
    "签约",
    "启动",
    "开幕",
    "闭幕",
];
/// Words after a title that begin with a surname character but are not names: 主席单位.
const ZH_NOT_NAMES: &[&str] = &[
    "单位",
    "方面",
    "方式",
    "高度",
    "任务",
    "程度",
    "全面",
    "一行",
    "马上",
    "成员",
    "白皮书",
    "金额",
    "常务",
    "高级",
    "石油",
    "江苏",
    "江西",
    "黄金",
    "龙头",
    "史上",
    "于是",
    "向来",
];
/// Words that follow a person's name: its end ("…·阿尔托宁介绍了", "沃尔默一行").
const ZH_AFTER_NAMES: &[&str] = &[
    "介绍", "发言", "说", "称", "一行", "率团", "带领", "主持", "宣读", "认为", "提到", "谈到",
    "感谢", "见证", "会见", "陪同", "签署", "参加", "参观", "访问", "考察", "创立", "创办", "担任",
];
/// Heads of names that are often quoted, or that follow a quoted theme: “…”高级别圆桌会议.
const ZH_QUOTED_HEADS: &[(&str, EntityType)] = &[
    ("平行论坛", EntityType::Event),
    ("分论坛", EntityType::Event),
    ("专题论坛", EntityType::Event),
    ("圆桌会议", EntityType::Event),
    ("会议", EntityType::Event),
    ("对话", EntityType::Event),
    ("对话会", EntityType::Event),
    ("交流会", EntityType::Event),
    ("发布会", EntityType::Event),
    ("对接会", EntityType::Event),
    ("成果展", EntityType::Event),
    ("展览", EntityType::Event),
    ("年会", EntityType::Event),
    ("论坛", EntityType::Event),
    ("峰会", EntityType::Event),
    ("大会", EntityType::Event),
    ("研讨会", EntityType::Event),
    ("活动", EntityType::Event),
    ("计划", EntityType::Initiative),
    ("倡议", EntityType::Initiative),
    ("项目", EntityType::Initiative),
    ("行动", EntityType::Initiative),
    ("平台", EntityType::Initiative),
    ("工程", EntityType::Initiative),
    ("议程", EntityType::Agreement),
    ("宣言", EntityType::Agreement),
    ("协议", EntityType::Agreement),
    ("备忘录", EntityType::Agreement),
    ("工作组", EntityType::Organization),
];
/// Suffixes of government units, whose names may list their fields with 、 and 和
/// ("巴西发展、工业、贸易和服务部", "江苏省工业和信息化厅").
const ZH_GOVERNMENT_SUFFIXES: &[&str] =
    &["部", "委员会", "厅", "局", "司", "署", "办公室", "办事处"];

/// A name found: folded start and end, type, name as written, language.
type Found = (usize, usize, EntityType, String, Lang);

/// Adds mentions of names the gazetteer lacks to `mentions` (kept sorted, without overlaps).
pub fn discover(
    original: &str,
    folded: &Folded,
    mentions: &mut Vec<Mention>,
    registry: &mut Registry,
    headline: bool,
) {
    short_names(folded, mentions, registry);
    acronym_seats(original, folded, mentions, registry);
    let mut found: Vec<Found> = Vec::new();
    let mut parents = Vec::new();
    english(
        original,
        folded,
        mentions,
        registry,
        &mut found,
        &mut parents,
        headline,
    );
    chinese(original, folded, mentions, &mut found, &mut parents);
    countrys_bodies(original, folded, mentions, &mut found);
    // "Session C, SME Clinic.": a programme line's session, named by its title (which may hold
    // other names: "Skills: the first year of the … Hub").
    if let Some(title) = crate::programme::session_title(original) {
        let (fs, fe) = (
            folded.folded_offset(title.start),
            folded.folded_offset(title.end),
        );
        found.retain(|f| !(f.0 < fe && fs < f.1));
        found.insert(
            0,
            (
                fs,
                fe,
                EntityType::Event,
                original[title].to_string(),
                Lang::En,
            ),
        );
    }
    // "越南工贸部工业局": a bureau written after its ministry's name is one name, the bureau's;
    // the ministry stays known, so that the bureau is part of it.
    let nested: Vec<usize> = (0..found.len())
        .filter(|&i| {
            let f = &found[i];
            f.4 == Lang::Zh
                && f.2 == EntityType::Organization
                && found.iter().any(|g| {
                    g.4 == Lang::Zh
                        && g.2 == EntityType::Organization
                        && g.0 == f.0
                        && g.1 > f.1
                        && zh_bureau_of(&folded.text[f.0..f.1], &folded.text[f.1..g.1])
                })
        })
        .collect();
    for &i in nested.iter().rev() {
        let (_, _, kind, name, lang) = found.remove(i);
        registry.intern(&name, kind, lang);
    }
    for (start, end, kind, name, lang) in found {
        // A unit's name contains its parent's ("…联盟非洲中心"): the unit is the mention, and
        // its name without the parent's ("非洲中心", "Regional Bureau for Asia") names it too.
        let mut own_name: Option<String> = None;
        let unit = kind == EntityType::Organization;
        if let Some(&(_, parent)) = parents.iter().find(|(s, _)| *s == start && unit) {
            if let Some(p) = mentions
                .iter()
                .find(|m| m.entity == parent && m.start == start)
            {
                let (os, oe) = folded.original_range(p.end, end);
                let rest = original[os..oe].trim_start();
                // A Latin unit's own name has two words at least: "Secretariat" alone is not
                // one secretariat's name.
                let words_ok = !rest.is_ascii() || rest.split_whitespace().count() >= 2;
                if rest.chars().count() >= 4 && rest.len() < name.len() && words_ok {
                    own_name = Some(rest.to_string());
                }
            }
            mentions.retain(|m| !(m.entity == parent && start <= m.start && m.end <= end));
        }
        // The place a Chinese company's name opens with ("上海和辉光电股份有限公司").
        let leading_place = mentions
            .iter()
            .find(|m| m.kind == EntityType::Place && m.start == start && m.end < end)
            .map(|m| m.end);
        // A place that begins a longer name ("中国贸易促进委员会") is part of that name.
        // A place inside a longer name ("中国贸易促进委员会", "Technical University of Kenya",
        // "杭州市滨江区") is part of that name.
        mentions.retain(|m| {
            !(m.kind == EntityType::Place
                && start <= m.start
                && m.end <= end
                && (m.start, m.end) != (start, end))
        });

        // A title or quoted name holds the names in it ("《…工业和信息化部与…备忘录》").
        let text = &folded.text;
        let quoted = (text[..start].ends_with('《') && text[end..].starts_with('》'))
            || (text[..start].ends_with('"') && text[end..].starts_with('"'));
        // So does a Chinese event or programme named after an organisation ("…联盟年会").
        // Not a ceremony: "…非洲中心揭牌仪式" is the ceremony of a centre named in it, which
        // stays a name of its own.
        // In English, an event ("AIM Global Annual Meeting 2025", "UNIDO General Conference").
        let named_after = lang == Lang::Zh
            && !matches!(
                kind,
                EntityType::Organization | EntityType::Place | EntityType::Person
            )
            && !name.ends_with("仪式")
            || lang == Lang::En && matches!(kind, EntityType::Event | EntityType::Agreement);
        if quoted || named_after {
            mentions.retain(|m| {
                !(start <= m.start && m.end <= end && (m.start, m.end) != (start, end))
            });
        }
        // A ceremony named after what it opens or signs ("…创新基地揭牌仪式", "A与B战略合作签约
        // 仪式"): the names in it stay mentions; the ceremony is the words after them.
        let mut start = start;
        let ceremony = lang == Lang::Zh && kind == EntityType::Event && name.ends_with("仪式");
        if ceremony {
            let inside = |m: &Mention| start <= m.start && m.end <= end;
            let crossing = mentions
                .iter()
                .any(|m| start < m.end && m.start < end && !inside(m));
            let last = mentions.iter().filter(|m| inside(m)).map(|m| m.end).max();
            if let (false, Some(last)) = (crossing, last) {
                if text[last..end].chars().count() >= 4 {
                    start = last;
                }
            }
        }
        if mentions.iter().any(|m| start < m.end && m.start < end) {
            continue;
        }
        let entity = match &own_name {
            Some(own) => registry.intern_unit(&name, own, kind, lang),
            None => registry.intern(&name, kind, lang),
        };
        if let Some(&(_, parent)) = parents.iter().find(|(s, _)| *s == start && unit) {
            registry.set_parent(entity, parent);
        }
        if lang == Lang::Zh && kind == EntityType::Organization {
            for (from, to) in company_short_forms(&folded.text, start, end, leading_place) {
                let (os, oe) = folded.original_range(from, to);
                registry.define_short_name(&original[os..oe], entity);
            }
        }
        mentions.push(Mention::new(
            entity,
            registry.entities()[entity].kind,
            start,
            end,
        ));
    }
    mentions.sort_by_key(|m| (m.start, m.end));
    // "X (ITPO Bahrain)": a short name in brackets right after a name is another name of it.
    for i in 1..mentions.len() {
        let (a, b) = (mentions[i - 1], mentions[i]);
        // (Mentions may overlap: then nothing stands between them.)
        let bracketed = matches!(folded.text.get(a.end..b.start), Some(" (" | "("))
            && folded.text[b.end..].starts_with(')');
        if bracketed
            && a.kind == b.kind
            && a.kind == EntityType::Organization
            && a.entity != b.entity
        {
            // The entity known first keeps both names ("UNIDO ITPO Beijing" in a headline, then
            // "Investment and Technology Promotion Office in Beijing (ITPO Beijing)").
            let (keep, other) = if b.entity < a.entity {
                (i, i - 1)
            } else {
                (i - 1, i)
            };
            let (os, oe) = folded.original_range(mentions[other].start, mentions[other].end);
            registry.alias(&original[os..oe], mentions[keep].entity);
            mentions[other].entity = mentions[keep].entity;
        }
    }
    // "X (ABBR), also known as Y": Y names X.
    for i in 1..mentions.len() {
        let (a, b) = (mentions[i - 1], mentions[i]);
        let Some(gap) = folded.text.get(a.end..b.start) else {
            continue; // overlapping mentions
        };
        let gap = match gap.strip_prefix(" (") {
            Some(rest) => rest.find(')').map_or(gap, |c| &rest[c + 1..]),
            None => gap.strip_prefix(')').unwrap_or(gap),
        };
        let aka = [
            ", also known as the ",
            ", also known as ",
            ", formerly the ",
            ", formerly ",
        ]
        .contains(&gap);
        if aka && a.kind == b.kind && a.entity != b.entity {
            let (bs, be) = folded.original_range(b.start, b.end);
            registry.alias(&original[bs..be], a.entity);
            mentions[i].entity = a.entity;
        }
    }
    // "Full Name (ABBR)" defines ABBR; later "ABBR" names the same entity.
    for m in mentions.iter() {
        let (_, end) = folded.original_range(m.start, m.end);
        let rest = &original[end..];
        if let Some(inner) = rest
            .strip_prefix(" (")
            .or_else(|| rest.strip_prefix('('))
            .or_else(|| rest.strip_prefix('（'))
        {
            let abbr: String = inner
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '/'))
                .collect();
            let closed = inner[abbr.len()..].starts_with([')', '）']);
            if closed
                && (2..=12).contains(&abbr.len())
                && abbr.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
            {
                registry.define_abbreviation(&abbr, m.entity);
            }
            // "(ITPO Beijing)", "(NIMP 2030)": an abbreviation and a place or a number.
            let close = inner.find([')', '）']).unwrap_or(inner.len());
            let words: Vec<&str> = inner[..close].split(' ').collect();
            let capped = |w: &str| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            };
            if close < inner.len()
                && (2..=3).contains(&words.len())
                && words.iter().all(|w| capped(w))
                && words[0].len() >= 2
                && words[0].chars().all(|c| c.is_ascii_uppercase())
            {
                registry.define_abbreviation(&inner[..close], m.entity);
            }
        }
        // "（以下简称“为能智联”）": a Chinese short name, used alone from then on.
        let tail = &folded.text[m.end..];
        let tail = tail.strip_prefix('(').unwrap_or(tail);
        let tail = tail.strip_prefix("以下").unwrap_or(tail);
        if let Some(short) = tail
            .strip_prefix("简称")
            .map(|t| t.trim_start_matches([':', ' ']))
            .and_then(|t| t.strip_prefix('"'))
        {
            if let Some(close) = short.find('"') {
                let name = &short[..close];
                let chars = name.chars().count();
                if (2..=12).contains(&chars) && name.chars().any(is_cjk) {
                    let at = folded.text.len() - short.len();
                    let (s, e) = folded.original_range(at, at + close);
                    registry.define_short_name(&original[s..e], m.entity);
                }
            }
        }
    }
}

/// "ITPO上海": an abbreviation written straight before a place, in Chinese text, names the office
/// there — the entity called "ITPO Shanghai" when there is one, else a new one.
fn acronym_seats(
    original: &str,
    folded: &Folded,
    mentions: &mut Vec<Mention>,
    registry: &mut Registry,
) {
    let text = &folded.text;
    if !text.chars().any(is_cjk) {
        return;
    }
    let mut k = 0;
    while let Some(at) = text[k..]
        .find(|c: char| c.is_ascii_lowercase())
        .map(|a| a + k)
    {
        let len = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        let end = at + len;
        k = end;
        let (os, oe) = folded.original_range(at, end);
        let word = &original[os..oe];
        let acronym = (2..=6).contains(&len) && word.chars().all(|c| c.is_ascii_uppercase());
        let before_ok = !text[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
        let Some(place) = mentions
            .iter()
            .position(|m| m.start == end && m.kind == EntityType::Place)
            .filter(|_| acronym && before_ok)
        else {
            continue;
        };
        let p = mentions[place];
        let place_zh = &text[p.start..p.end];
        if !place_zh.chars().all(is_cjk) {
            continue;
        }
        let english = registry.entities()[p.entity]
            .en
            .as_deref()
            .map(|en| format!("{word} {en}"));
        let (ps, pe) = folded.original_range(at, p.end);
        let entity = english
            .and_then(|en| registry.lookup(&en))
            .unwrap_or_else(|| {
                registry.intern(&original[ps..pe], EntityType::Organization, Lang::Zh)
            });
        mentions.remove(place);
        mentions.push(Mention::new(entity, EntityType::Organization, at, p.end));
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// Chinese short names defined earlier ("为能智联"), wherever they occur.
/// What a company's branch in a place is called.
const ZH_BRANCHES: &[&str] = &["分公司", "子公司", "分行", "办事处"];

/// "华为云计算技术有限公司贵州分公司": a company's name, a place, then a branch noun is the
/// branch's name.
fn company_branches(original: &str, folded: &Folded, mentions: &[Mention], found: &mut Vec<Found>) {
    let text = &folded.text;
    for k in 0..found.len() {
        let (start, end) = (found[k].0, found[k].1);
        if found[k].4 != Lang::Zh
            || !(text[..end].ends_with("公司") || text[..end].ends_with("集团"))
        {
            continue;
        }
        let Some(place) = mentions
            .iter()
            .find(|m| m.start == end && m.kind == EntityType::Place)
        else {
            continue;
        };
        let Some(branch) = ZH_BRANCHES
            .iter()
            .find(|b| text[place.end..].starts_with(*b))
        else {
            continue;
        };
        let new_end = place.end + branch.len();
        found.retain(|f| f.0 == start || !(f.0 < new_end && end <= f.0));
        if let Some(f) = found.iter_mut().find(|f| f.0 == start) {
            let (s, e) = folded.original_range(start, new_end);
            f.1 = new_end;
            f.3 = original[s..e].to_string();
        }
        break;
    }
}

/// The legal forms a Chinese company's name ends with, longest first; what they follow is how
/// the company is called for short.
const ZH_LEGAL_FORMS: &[&str] = &[
    "集团股份有限公司",
    "科技股份有限公司",
    "技术股份有限公司",
    "集团有限公司",
    "科技有限公司",
    "技术有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
];

/// The short names a Chinese company's full name (folded `start..end`) gives: the name without
/// its legal form and seat ("上海电气集团股份有限公司" → 上海电气; "上海和辉光电股份有限公司" →
/// 上海和辉光电, 和辉光电; "和元智造（苏州）科技有限公司" → 和元智造), as folded ranges.
fn company_short_forms(
    text: &str,
    start: usize,
    end: usize,
    leading_place: Option<usize>,
) -> Vec<(usize, usize)> {
    let Some(form) = ZH_LEGAL_FORMS
        .iter()
        .find(|f| text[start..end].ends_with(*f))
    else {
        return Vec::new();
    };
    let core_end = end - form.len();
    let core_end = text[start..core_end]
        .find('(')
        .map_or(core_end, |p| start + p);
    // With its seat a short name has four characters at least ("上海电气"), without it three.
    [(Some(start), 4), (leading_place, 3)]
        .into_iter()
        .filter_map(|(from, least)| {
            let from = from.filter(|&f| f < core_end)?;
            let short = &text[from..core_end];
            let n = short.chars().count();
            (least <= n && n <= 8 && short.chars().all(is_cjk)).then_some((from, core_end))
        })
        .collect()
}

/// What may follow a short name inside the full name it shortens ("上海电气集团…").
const ZH_NAME_GOES_ON: &[&str] = &["集团", "股份", "有限", "科技", "技术", "公司", "("];

fn short_names(folded: &Folded, mentions: &mut Vec<Mention>, registry: &Registry) {
    // Short names are Chinese.
    if registry.short_names().is_empty() || !folded.text.chars().any(is_cjk) {
        return;
    }
    for (short, entity) in registry.short_names() {
        for (at, _) in folded.text.match_indices(short.as_str()) {
            let end = at + short.len();
            if ZH_NAME_GOES_ON
                .iter()
                .any(|w| folded.text[end..].starts_with(w))
            {
                continue;
            }
            // The short name wins over a shorter name inside it ("北京" in "北京投促办").
            let within =
                |m: &Mention| at <= m.start && m.end <= end && (m.start, m.end) != (at, end);
            if !mentions
                .iter()
                .any(|m| at < m.end && m.start < end && !within(m))
            {
                mentions.retain(|m| !within(m));
                let kind = registry.entities()[*entity].kind;
                mentions.push(Mention::new(*entity, kind, at, end));
            }
        }
    }
}

/// Words of a Latin-script sentence: (start, end) original byte ranges.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        // An en dash between letters joins a compound ("KUT–AIM Global"); a spaced one does not.
        let joining_dash = c == '–'
            && text[..i].ends_with(|p: char| p.is_alphanumeric())
            && text[i + c.len_utf8()..].starts_with(|n: char| n.is_alphanumeric());
        let wordy = !is_cjk(c) && c.is_alphanumeric()
            || joining_dash
            || matches!(c, '-' | '+' | '/' | '&' | '.' | '\'' | '’');
        match (wordy, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out.into_iter()
        .map(|(s, e)| {
            let w = text[s..e].trim_end_matches(['.', '\'', '’', ',']);
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            // "Penang-based": the place, not part of the name after it.
            let w = based_place(w).unwrap_or(w);
            (s, s + w.len())
        })
        .filter(|(s, e)| e > s)
        .collect()
}

/// "in Trondheim, Norway", "TRONDHEIM, Norway, …" (a dateline): capitalised words from word
/// `i`, after "in" or opening the sentence, with no head noun, not known, then a comma and a
/// known place: the end (exclusive word index) of an unknown place's name.
fn place_before_place(
    original: &str,
    folded: &Folded,
    ws: &[(usize, usize)],
    i: usize,
    mentions: &[Mention],
    joined: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    let before = &original[..ws[i].0];
    // Opening the sentence, only a dateline's capitals ("Acme Robotics, Norway's leading …" is
    // a company).
    let dateline = before.trim().is_empty()
        && original[ws[i].0..ws[i].1]
            .chars()
            .all(|c| !c.is_lowercase());
    if !(before.ends_with(" in ") || dateline) {
        return None;
    }
    let free = |k: usize| {
        let (fs, fe) = (folded.folded_offset(ws[k].0), folded.folded_offset(ws[k].1));
        let w = &original[ws[k].0..ws[k].1];
        capitalised(w)
            && head_kind(w).is_none()
            && !GLUE.contains(&w)
            && !mentions.iter().any(|m| fs < m.end && m.start < fe)
    };
    let mut end = i;
    while end < ws.len() && end - i < 3 && free(end) && (end == i || joined(end - 1, end)) {
        end += 1;
    }
    if end == i || !original[ws[end - 1].1..].starts_with(", ") {
        return None;
    }
    let next = folded.folded_offset(ws[end - 1].1 + 2);
    let place = mentions
        .iter()
        .find(|m| m.start == next && m.kind == EntityType::Place)?;
    // "…, Norway's …", "…, Penang-based …": the place qualifies what follows, not the name.
    let (_, place_end) = folded.original_range(place.start, place.end);
    let after = &original[place_end..];
    let qualifies = ["'s", "’s", "-based"].iter().any(|w| after.starts_with(w));
    (!qualifies).then_some(end)
}

/// "signed a three-year cooperation agreement with …", "KUT's membership instrument was
/// signed": a document named only by what it is, specific enough to be one document (a
/// modifier with a number or a hyphen, or a possessor), is an agreement named by those words.
fn descriptive_documents(
    original: &str,
    folded: &Folded,
    ws: &[(usize, usize)],
    mentions: &[Mention],
    found: &mut Vec<Found>,
) {
    const HEADS: &[&str] = &["agreement", "instrument", "memorandum"];
    let lower_word = |k: usize| {
        let w = &original[ws[k].0..ws[k].1];
        w.chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !GLUE.contains(&w)
            && !matches!(
                w,
                "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "new"
            )
    };
    for h in 1..ws.len() {
        if !HEADS.contains(&&original[ws[h].0..ws[h].1]) {
            continue;
        }
        let mut first = h;
        while first > 0
            && h - first < 3
            && lower_word(first - 1)
            && original[ws[first - 1].1..ws[first].0] == *" "
        {
            first -= 1;
        }
        if first == h {
            continue;
        }
        let before = original[..ws[first].0].trim_end();
        let article = before.ends_with(" a") || before.ends_with(" an");
        let possessed = before.ends_with("'s") || before.ends_with("’s");
        let specific = (first..h).any(|k| {
            let w = &original[ws[k].0..ws[k].1];
            w.contains('-') || w.chars().any(|c| c.is_ascii_digit())
        });
        let (s, e) = (ws[first].0, ws[h].1);
        let (fs, fe) = (folded.folded_offset(s), folded.folded_offset(e));
        let taken = mentions.iter().any(|m| fs < m.end && m.start < fe)
            || found.iter().any(|f| fs < f.1 && f.0 < fe);
        if (article && specific || possessed) && !taken {
            found.push((
                fs,
                fe,
                EntityType::Agreement,
                original[s..e].to_string(),
                Lang::En,
            ));
        }
    }
}

/// Whether `before` ends with an appositive title and "at": ", Head of Industrial Analytics at ".
fn title_at(before: &str) -> bool {
    let Some(title) = before.strip_suffix(" at ") else {
        return false;
    };
    let Some(comma) = title.rfind(", ") else {
        return false;
    };
    let title = &title[comma + 2..];
    let first = title.split_whitespace().next().unwrap_or("").to_lowercase();
    TITLES.contains(&first.as_str()) && crate::roles::is_title(title)
}

/// A dateline's "TRONDHEIM" as "Trondheim"; any other name as written.
fn title_cased(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut first = true;
    for c in name.chars() {
        if first {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    out
}

/// "Penang-based" → "Penang": the place a compound in "-based" names, if capitalised.
fn based_place(word: &str) -> Option<&str> {
    let cut = word.len().checked_sub("-based".len())?;
    let place = word.get(..cut)?;
    (starts_based(&word[cut..]) && capitalised(place)).then_some(place)
}

/// Whether `text` (what follows a word) opens with "-based", in any case.
pub(crate) fn starts_based(text: &str) -> bool {
    text.get(..6)
        .is_some_and(|b| b.eq_ignore_ascii_case("-based"))
}

/// Titles that lead an office-holder's name without a comma ("Cabinet Secretary Njeri Wambugu",
/// "Vice Minister Faisal Al-Harbi"): words of `ws` from `i`, as (first name word, end).
fn titled_name(
    original: &str,
    ws: &[(usize, usize)],
    i: usize,
    joined: &dyn Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    const OFFICES: &[&str] = &[
        "minister",
        "secretary",
        "mayor",
        "governor",
        "president",
        "ambassador",
        "chancellor",
        "commissioner",
        "premier",
        "chairman",
        "chairwoman",
        "director",
        "consul",
    ];
    const QUALIFIERS: &[&str] = &["cabinet", "prime", "state", "foreign", "permanent"];
    let word = |k: usize| &original[ws[k].0..ws[k].1];
    let mut k = i;
    let mut office = false;
    while k < ws.len() && (k == i || joined(k - 1, k)) && capitalised(word(k)) {
        let lower = word(k).to_lowercase();
        if OFFICES.contains(&lower.as_str()) {
            office = true;
        } else if !(TITLES.contains(&lower.as_str()) || QUALIFIERS.contains(&lower.as_str())) {
            break;
        }
        k += 1;
    }
    if !office || k == i {
        return None;
    }
    let first = k;
    while k < ws.len() && k - first < 3 && joined(k - 1, k) && personal_name_word(word(k)) {
        k += 1;
    }
    // Two or three name words, then no further capitalised word of the same run.
    let run_goes_on = k < ws.len() && joined(k - 1, k) && capitalised(word(k));
    (k - first >= 2 && !run_goes_on).then_some((first, k))
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A word that can be part of a person's name: capitalised, not all capitals, not a title, glue
/// or head noun.
fn personal_name_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    capitalised(w)
        && w.chars().any(|c| c.is_lowercase())
        && !TITLES.contains(&lower.as_str())
        && !GLUE.contains(&lower.as_str())
        && head_kind(w).is_none()
}

/// Whether a (lower-case) word heads names of some entity type ("bank", "forum", "declaration").
pub fn is_head_noun(word: &str) -> bool {
    head_kind(word).is_some()
}

/// The entity type a (lower-case) head noun names: "centre" an organisation, "strategy" an
/// initiative.
pub fn head_noun_kind(word: &str) -> Option<EntityType> {
    head_kind(word)
}

/// Legal forms of companies, written as they are ("AS", "GmbH", "Sdn. Bhd."): the end of a
/// company's name.
const COMPANY_FORMS: &[&str] = &[
    "AS", "ASA", "AB", "GmbH", "AG", "SA", "S.A", "SAS", "SpA", "S.p.A", "Ltd", "Inc", "LLC",
    "PLC", "plc", "Corp", "Bhd", "Pty", "NV", "BV", "Oy", "Oyj", "KK", "Co", "JSC", "PJSC", "LLP",
    "Sdn", "Pte", "Pvt", "Tbk", "Ltda", "SRL", "SARL", "ApS",
];

/// What an appositive says a company or institution is: "Kolkhida Precision Tools, a maker of
/// dies", "X, a Penang-based systems integrator".
const ORG_DESCRIPTORS: &[&str] = &[
    "maker",
    "manufacturer",
    "producer",
    "supplier",
    "provider",
    "developer",
    "integrator",
    "company",
    "firm",
    "start-up",
    "startup",
    "subsidiary",
    "university",
    "institute",
    "agency",
    "association",
    "body",
    "organization",
    "organisation",
    "operator",
    "exporter",
    "consultancy",
    "foundation",
    "enterprise",
    "business",
    "cooperative",
    "conglomerate",
    "bank",
    "fund",
    "authority",
    "ministry",
    "council",
    "federation",
    "chamber",
    "school",
    "college",
];

pub(crate) fn is_company_form(word: &str) -> bool {
    COMPANY_FORMS.contains(&word.trim_end_matches('.'))
}

fn head_kind(word: &str) -> Option<EntityType> {
    if COMPANY_FORMS.contains(&word) {
        return Some(EntityType::Organization);
    }
    // Heads are ASCII: compare without allocating (this runs for every capitalised word).
    if !word.is_ascii() || word.len() > 16 {
        return None;
    }
    // Every head without its plural "s", lower-cased; the first list naming a head decides.
    static HEADS: std::sync::OnceLock<HashMap<String, EntityType>> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let mut heads = HashMap::new();
        for (list, kind) in [
            (ORG_HEADS, EntityType::Organization),
            (EVENT_HEADS, EntityType::Event),
            (AGREEMENT_HEADS, EntityType::Agreement),
            (INITIATIVE_HEADS, EntityType::Initiative),
            (PLACE_HEADS, EntityType::Place),
        ] {
            for h in list {
                heads
                    .entry(h.trim_end_matches('s').to_ascii_lowercase())
                    .or_insert(kind);
            }
        }
        heads
    });
    let w = word.trim_end_matches(['s', 'S']).to_ascii_lowercase();
    heads.get(&w).copied()
}

fn english(
    original: &str,
    folded: &Folded,
    mentions: &mut Vec<Mention>,
    registry: &Registry,
    found: &mut Vec<Found>,
    parents: &mut Vec<(usize, usize)>,
    headline: bool,
) {
    // Every rule here reads words in Latin letters: a sentence without any has no such name.
    if !original
        .chars()
        .any(|c| c.is_ascii_alphabetic() || (!c.is_ascii() && !is_cjk(c) && c.is_alphabetic()))
    {
        return;
    }
    let ws = words(original);
    let taken = |s: usize, e: usize, mentions: &[Mention]| {
        let (fs, fe) = (folded.folded_offset(s), folded.folded_offset(e));
        mentions.iter().position(|m| fs < m.end && m.start < fe)
    };
    // Words of one name: a space between them, or a legal form after its dot or comma ("Sdn.
    // Bhd.", "Co., Ltd.") or after a seat in brackets ("Jade River (Suzhou) Co., Ltd.").
    let joined = |a: usize, b: usize| {
        let between = &original[ws[a].1..ws[b].0];
        let form = |k: usize| {
            ws.get(k)
                .is_some_and(|&(s, e)| is_company_form(&original[s..e]))
        };
        between == " "
            || (matches!(between, ". " | ", " | "., " | ") ") && form(b))
            || (between == " (" && original[ws[b].1..].starts_with(") ") && form(b + 1))
    };
    // A person named by the words `name` (indices into `ws`), unless already known.
    let push_person =
        |name: &[usize], ws: &[(usize, usize)], mentions: &[Mention], found: &mut Vec<Found>| {
            let (ns, ne) = (ws[name[0]].0, ws[name[name.len() - 1]].1);
            if taken(ns, ne, mentions).is_none() {
                push(
                    folded,
                    original,
                    ns,
                    ne,
                    EntityType::Person,
                    Lang::En,
                    found,
                );
            }
        };
    // Abbreviations defined earlier ("ADB") first, so that longer names stop at them.
    for &(s, e) in &ws {
        if let Some(entity) = registry.abbreviation(&original[s..e]) {
            if taken(s, e, mentions).is_none() {
                let kind = registry.entities()[entity].kind;
                mentions.push(Mention {
                    entity,
                    kind,
                    start: folded.folded_offset(s),
                    end: folded.folded_offset(e),
                    modifier: false,
                });
            }
        }
    }
    // A headline in title case ("UNIDO and CINGAI Forge Partnership for Ethical AI") capitalises
    // verbs and common nouns: its capitalised runs are not names.
    if headline {
        let long: Vec<&str> = ws
            .iter()
            .map(|&(s, e)| &original[s..e])
            .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
            .collect();
        if long.len() >= 4 && long.iter().all(|w| capitalised(w)) {
            return;
        }
    }
    // "… is a Senior Fellow and John Roe a Research Associate at …": a person in a gapped
    // clause (a title's capitalised run would otherwise hold the name).
    for k in 1..ws.len() {
        if !original[..ws[k].0].ends_with(" and ") {
            continue;
        }
        let Some(len) = (2..=3).find(|&n| {
            k + n <= ws.len()
                && (k..k + n).all(|x| personal_name_word(&original[ws[x].0..ws[x].1]))
                && (k + 1..k + n).all(|x| joined(x - 1, x))
                && [" a ", " an "].iter().any(|g| {
                    original[ws[k + n - 1].1..]
                        .strip_prefix(g)
                        .and_then(|t| t.split_whitespace().next())
                        .is_some_and(|t| TITLES.contains(&t.to_lowercase().as_str()))
                })
        }) else {
            continue;
        };
        push_person(&[k, k + len - 1], &ws, mentions, found);
    }
    descriptive_documents(original, folded, &ws, mentions, found);
    let mut i = 0;
    while i < ws.len() {
        let w = &original[ws[i].0..ws[i].1];
        // An abbreviation defined earlier ("CINGAI").
        if let Some(entity) = registry.abbreviation(w) {
            if taken(ws[i].0, ws[i].1, mentions).is_none() {
                let (s, e) = (folded.folded_offset(ws[i].0), folded.folded_offset(ws[i].1));
                let kind = registry.entities()[entity].kind;
                mentions.push(Mention {
                    entity,
                    kind,
                    start: s,
                    end: e,
                    modifier: false,
                });
            }
            i += 1;
            continue;
        }
        // An office's title, then a name: "Cabinet Secretary Njeri Wambugu officially opened…".
        if let Some((first, end)) = titled_name(original, &ws, i, &joined) {
            push_person(&[first, end - 1], &ws, mentions, found);
            i = end;
            continue;
        }
        // "headquartered in Trondheim, Norway", "TRONDHEIM, Norway, 3 December –": a place
        // written before the known place that contains it.
        if let Some(end) = place_before_place(original, folded, &ws, i, mentions, &joined) {
            let (s, e) = (ws[i].0, ws[end - 1].1);
            found.push((
                folded.folded_offset(s),
                folded.folded_offset(e),
                EntityType::Place,
                title_cased(&original[s..e]),
                Lang::En,
            ));
            i = end;
            continue;
        }
        // "a Penang-based integrator", "the Geneva-based Meridian Centre": a place.
        if starts_based(&original[ws[i].1..]) && capitalised(w) {
            if taken(ws[i].0, ws[i].1, mentions).is_none() {
                push(
                    folded,
                    original,
                    ws[i].0,
                    ws[i].1,
                    EntityType::Place,
                    Lang::En,
                    found,
                );
            }
            i += 1;
            continue;
        }
        // Courtesy title + name: "Ms. Ana Paula de Sousa".
        let after_title =
            |i: usize| i + 1 < ws.len() && matches!(&original[ws[i].1..ws[i + 1].0], " " | ". ");
        let is_courtesy = |k: usize| {
            ws.get(k).is_some_and(|&(s, e)| {
                let bare = original[s..e].trim_end_matches('.');
                COURTESY.iter().any(|c| c.eq_ignore_ascii_case(bare))
            })
        };
        let courtesy = is_courtesy(i);
        // "H.E. Mr. Ahmed Jassim Al-Sayed": the second courtesy title leads the name.
        if courtesy && is_courtesy(i + 1) {
            i += 1;
            continue;
        }
        if courtesy && after_title(i) {
            let mut j = i + 1;
            while j < ws.len() && j - i <= 5 {
                let word = &original[ws[j].0..ws[j].1];
                let particle = NAME_PARTICLES.contains(&word)
                    && j + 1 < ws.len()
                    && capitalised(&original[ws[j + 1].0..ws[j + 1].1]);
                if !(capitalised(word) || particle)
                    || head_kind(word).is_some()
                    || (j > i + 1 && !joined(j - 1, j))
                {
                    break;
                }
                j += 1;
            }
            // A given name or surname may also be a place's name ("Ms. Maria Santos").
            let (fs, fe) = (
                folded.folded_offset(ws[i + 1].0),
                folded.folded_offset(ws[j - 1].1),
            );
            let only_places = mentions
                .iter()
                .filter(|m| fs < m.end && m.start < fe)
                .all(|m| m.kind == EntityType::Place);
            // One word after a title ("Ms. LIU", "Datuk Haslinda") is a person named before:
            // the surnames of people already named find them.
            if j > i + 2 && only_places {
                push(
                    folded,
                    original,
                    ws[i + 1].0,
                    ws[j - 1].1,
                    EntityType::Person,
                    Lang::En,
                    found,
                );
            }
            i = j;
            continue;
        }
        // A name already known (other than a place, which may begin a longer name) is not part of
        // a run: "Gerd Müller and Akinwumi Adesina" holds a new name after a known one.
        let in_known = |k: usize, mentions: &[Mention]| {
            taken(ws[k].0, ws[k].1, mentions).is_some_and(|m| mentions[m].kind != EntityType::Place)
        };
        // "ITPO Tokyo": an unknown abbreviation, then a place, names an office there.
        let acronym_place = |k: usize, mentions: &[Mention]| -> Option<usize> {
            let word = &original[ws.get(k)?.0..ws[k].1];
            let acronym = (2..=6).contains(&word.len())
                && word.chars().all(|c| c.is_ascii_uppercase())
                && taken(ws[k].0, ws[k].1, mentions).is_none()
                && registry.abbreviation(word).is_none();
            if !acronym || k + 1 >= ws.len() || !joined(k, k + 1) {
                return None;
            }
            let f = folded.folded_offset(ws[k + 1].0);
            let place = mentions
                .iter()
                .find(|m| m.start == f && m.kind == EntityType::Place)?;
            let (_, pe) = folded.original_range(place.start, place.end);
            (k + 1..ws.len()).find(|&x| ws[x].1 >= pe).map(|x| x + 1)
        };
        // "UNIDO Regional Hub": a known organisation's name, then words ending in an organisation
        // head, names one of its units ("UNIDO ITPO Tokyo", "UNIDO Regional Bureau for Asia and
        // Pacific" too).
        if let Some(m) = taken(ws[i].0, ws[i].1, mentions)
            .filter(|&m| mentions[m].kind == EntityType::Organization)
        {
            let mention = mentions[m];
            let (ms, me) = folded.original_range(mention.start, mention.end);
            let k = (i..ws.len()).find(|&k| ws[k].0 >= me).unwrap_or(ws.len());
            let mut j = k;
            let after_parent = k < ws.len() && original[me..ws[k].0] == *" ";
            if let Some(end) = acronym_place(k, mentions).filter(|_| after_parent) {
                j = end;
            }
            while j == k
                || (j < ws.len()
                    && original[ws[j - 1].1..ws[j].0] == *" "
                    && capitalised(&original[ws[j].0..ws[j].1])
                    && !in_known(j, mentions))
            {
                if j == k
                    && !(after_parent
                        && capitalised(&original[ws[j].0..ws[j].1])
                        && !in_known(j, mentions))
                {
                    break;
                }
                j += 1;
            }
            let head_at = |x: usize| head_kind(&original[ws[x].0..ws[x].1]);
            // "… Bureau for Asia and Pacific": a qualifier of capitalised words after the head.
            if j > k && j < ws.len() && head_at(j - 1) == Some(EntityType::Organization) {
                let mut x = j;
                let mut last_cap = None;
                while x < ws.len() && joined(x - 1, x) && !in_known(x, mentions) {
                    let w = &original[ws[x].0..ws[x].1];
                    if capitalised(w) {
                        last_cap = Some(x);
                    } else if !(x == j && matches!(w, "for" | "of" | "on") || GLUE.contains(&w)) {
                        break;
                    }
                    x += 1;
                }
                if let Some(l) =
                    last_cap.filter(|_| matches!(&original[ws[j].0..ws[j].1], "for" | "of" | "on"))
                {
                    j = l + 1;
                }
            }
            let is_unit = j > k
                && (head_at(j - 1) == Some(EntityType::Organization)
                    || (1..j - k)
                        .rev()
                        .any(|d| head_at(j - d - 1) == Some(EntityType::Organization))
                    || acronym_place(k, mentions) == Some(j));
            // "AIM Global Annual Meeting 2025": an event named after its organisation, perhaps
            // with its year.
            let year = |x: usize| {
                ws.get(x).is_some_and(|&(s, e)| {
                    e - s == 4 && original[s..e].bytes().all(|b| b.is_ascii_digit())
                })
            };
            let end = if j < ws.len() && year(j) && joined(j - 1, j) {
                j + 1
            } else {
                j
            };
            // So is a report ("AIM Global Annual Report 2025").
            let named_after = (j > k)
                .then(|| head_at(j - 1))
                .flatten()
                .filter(|h| matches!(h, EntityType::Event | EntityType::Agreement));
            if let Some(kind) = named_after {
                push(folded, original, ms, ws[end - 1].1, kind, Lang::En, found);
                i = end;
                continue;
            }
            if is_unit {
                let end = with_seat(original, folded, mentions, ws[j - 1].0, ws[j - 1].1);
                push(
                    folded,
                    original,
                    ms,
                    end,
                    EntityType::Organization,
                    Lang::En,
                    found,
                );
                parents.push((folded.folded_offset(ms), mention.entity));
                i = j;
                continue;
            }
        }
        if let Some(end) = acronym_place(i, mentions) {
            push(
                folded,
                original,
                ws[i].0,
                ws[end - 1].1,
                EntityType::Organization,
                Lang::En,
                found,
            );
            i = end;
            continue;
        }
        // "China-UNIDO South-South …Fund", "KUT–AIM Global … Lab": known names joined by a
        // hyphen into a word begin a longer name; they are not names of their own there.
        let compound = |k: usize| {
            let word = &original[ws[k].0..ws[k].1];
            word.contains(['-', '–'])
                && word.chars().next().is_some_and(char::is_uppercase)
                && !word.ends_with(['-', '–'])
        };
        // "KUT–AIM Global Predictive Maintenance Lab": a known name that begins inside a compound
        // word goes on with it.
        let spills = |k: usize, mentions: &[Mention]| {
            taken(ws[k].0, ws[k].1, mentions).is_some_and(|m| {
                let (start, _) = folded.original_range(mentions[m].start, mentions[m].end);
                ws.iter()
                    .position(|&(s, e)| s < start && start < e)
                    .is_some_and(compound)
            })
        };
        let in_known = |k: usize, mentions: &[Mention]| {
            in_known(k, mentions) && !compound(k) && !spills(k, mentions)
        };
        if !capitalised(w) || in_known(i, mentions) {
            i += 1;
            continue;
        }
        // A capitalised run, glue words allowed between capitalised words.
        let mut j = i + 1;
        while j < ws.len() && joined(j - 1, j) && !in_known(j, mentions) {
            let word = &original[ws[j].0..ws[j].1];
            // Glue words ("of the") count when a capitalised word follows them.
            // "Letter of Intent on a Predictive Maintenance Testbed": an article after "on" or
            // "for" is glue too.
            let glue_at = |k: usize| {
                let w = &original[ws[k].0..ws[k].1];
                GLUE.contains(&w)
                    || matches!(w, "a" | "an")
                        && k > 0
                        && matches!(&original[ws[k - 1].0..ws[k - 1].1], "on" | "for")
            };
            let mut k = j;
            while k < ws.len() && glue_at(k) && k + 1 < ws.len() && joined(k, k + 1) {
                k += 1;
            }
            // "… Institute on Monday", "… Centre in March": a day or a month ends a name.
            let calendar = |w: &str| {
                let w = w.to_ascii_lowercase();
                crate::dates::MONTHS.contains(&w.as_str()) || crate::dates::is_weekday(&w)
            };
            let glue = k > j
                && capitalised(&original[ws[k].0..ws[k].1])
                && glue_at(j)
                && !calendar(&original[ws[k].0..ws[k].1]);
            // "… of the Centre", "… of the Office": the body the article is about, named by its
            // head noun alone, is a description of its own, not the end of this name.
            let definite_head = glue
                && original[ws[k - 1].0..ws[k - 1].1] == *"the"
                && matches!(
                    head_kind(&original[ws[k].0..ws[k].1]),
                    Some(EntityType::Organization | EntityType::Event)
                )
                && (k + 1 >= ws.len()
                    || !joined(k, k + 1)
                    || !(capitalised(&original[ws[k + 1].0..ws[k + 1].1])
                        || GLUE.contains(&&original[ws[k + 1].0..ws[k + 1].1])));
            if definite_head {
                break;
            }
            // "Agenda 2063", "Industry 4.0 Demonstration Centre": numbers belong to a name.
            let number = word.starts_with(|c: char| c.is_ascii_digit())
                && word.chars().all(|c| c.is_ascii_digit() || c == '.');
            if !(capitalised(word) || glue || number) {
                break;
            }
            j += 1;
        }
        let mut run: Vec<usize> = (i..j).collect();
        while run.len() > 1
            && run
                .last()
                .is_some_and(|&k| GLUE.contains(&&original[ws[k].0..ws[k].1]))
        {
            run.pop();
        }
        while run.first().is_some_and(|&k| {
            let w = &original[ws[k].0..ws[k].1];
            matches!(
                w,
                "The"
                    | "A"
                    | "An"
                    | "During"
                    | "On"
                    | "In"
                    | "At"
                    | "With"
                    | "After"
                    | "Before"
                    | "Under"
                    | "From"
                    | "For"
                    | "By"
                    | "As"
                    | "Since"
                    | "Through"
                    | "Among"
                    | "Its"
                    | "His"
                    | "Her"
                    | "Their"
                    | "Our"
                    | "This"
                    | "These"
                    | "That"
                    | "Both"
                    | "Speaking"
                    | "Opening"
                    | "Closing"
                    | "Addressing"
                    | "Welcoming"
                    | "Following"
                    | "Meanwhile"
                    | "Today"
                    | "Yesterday"
                    | "Earlier"
                    | "Later"
                    | "Last"
                    | "Next"
            ) || (k == 0
                && w.len() > 5
                && w.ends_with("ing")
                && w[1..].chars().all(|c| c.is_lowercase()))
                // "Presentation of the … Report 2026:", "Launch of the … Programme": an item of a
                // programme, named by what it presents.
                || (matches!(w, "Presentation" | "Launch" | "Adoption" | "Introduction")
                    && ws.get(k + 1).is_some_and(|&(s, e)| &original[s..e] == "of"))
        }) {
            run.remove(0);
            while run
                .first()
                .is_some_and(|&k| GLUE.contains(&&original[ws[k].0..ws[k].1]))
            {
                run.remove(0);
            }
        }
        // "Director of the Green Growth Division": a title and its "of" are not part of the name.
        // So is a compound title: "Deputy Director General and Managing Director of the …".
        let is_title_word =
            |k: usize| TITLES.contains(&original[ws[k].0..ws[k].1].to_lowercase().as_str());
        let title_len = run
            .iter()
            .enumerate()
            .take_while(|&(x, &k)| {
                is_title_word(k)
                    || (x > 0
                        && &original[ws[k].0..ws[k].1] == "and"
                        && run.get(x + 1).is_some_and(|&n| is_title_word(n)))
            })
            .count();
        if title_len > 0
            && run
                .get(title_len)
                .is_some_and(|&k| &original[ws[k].0..ws[k].1] == "of")
        {
            run.drain(..=title_len);
            while run
                .first()
                .is_some_and(|&k| GLUE.contains(&&original[ws[k].0..ws[k].1]))
            {
                run.remove(0);
            }
        }
        // "Government of Japan and the Ministry of Trade": two names joined by "and", the second
        // opening with an organisation's head — the run stops before "and".
        // So are "… Commission of Economy and Informatization and Tongji University": the last
        // "and" before two or more words that end with an organisation's head.
        let word = |k: usize| &original[ws[k].0..ws[k].1];
        let is_org_head = |k: usize| head_kind(word(k)) == Some(EntityType::Organization);
        let opening = run.iter().position(|&k| word(k) == "and").filter(|&and| {
            run[and + 1..]
                .iter()
                .find(|&&k| word(k) != "the")
                .is_some_and(|&k| is_org_head(k))
        });
        let closing = run.iter().rposition(|&k| word(k) == "and").filter(|&and| {
            let after = &run[and + 1..];
            after.len() >= 2
                && after.last().is_some_and(|&k| is_org_head(k))
                && !after.iter().any(|&k| word(k) == "of")
                && run[..and].iter().any(|&k| is_org_head(k))
        });
        // "Estonian Robotics Cluster and the Investment … Office": a head, then "and the".
        let definite = run.iter().position(|&k| word(k) == "and").filter(|&and| {
            and >= 1
                && is_org_head(run[and - 1])
                && run.get(and + 1).is_some_and(|&k| word(k) == "the")
        });
        // "Shanghai Electric and Huaxin Intelligent Equipment Co., Ltd.": a company's legal form
        // ends only the name after "and", when that name has two words before it.
        let companies = run.iter().rposition(|&k| word(k) == "and").filter(|&and| {
            let after = &run[and + 1..];
            after.len() >= 3
                && after.last().is_some_and(|&k| is_company_form(word(k)))
                && !is_company_form(word(after[1]))
                && !run[..and].iter().any(|&k| is_company_form(word(k)))
        });
        if let Some(and) = definite
            .or(opening)
            .or(closing)
            .or(companies)
            .filter(|&and| and >= 2)
        {
            j = run[and];
            run.truncate(and);
        }
        let coordinated_company = companies.is_some_and(|and| and >= 2) && run.len() >= 2;
        // "Head of International Partnerships of the Centre": a field of work, then "of the
        // <head>" referring back to a named organisation — no name of its own.
        if let [.., of, the, last] = run[..] {
            let field = run[..run.len() - 3]
                .iter()
                .all(|&k| head_kind(&original[ws[k].0..ws[k].1]).is_none());
            if &original[ws[of].0..ws[of].1] == "of"
                && &original[ws[the].0..ws[the].1] == "the"
                && head_kind(&original[ws[last].0..ws[last].1]).is_some()
                && field
                && !original[..ws[run[0]].0]
                    .trim_end()
                    .ends_with(|c: char| c.is_alphanumeric())
            {
                i = j;
                continue;
            }
        }
        // "Deputy Head of ITPO Beijing": after the title, an office named by its seat.
        if title_len > 0 {
            if let Some(end) = run.first().and_then(|&k| acronym_place(k, mentions)) {
                push(
                    folded,
                    original,
                    ws[run[0]].0,
                    ws[end - 1].1,
                    EntityType::Organization,
                    Lang::En,
                    found,
                );
                i = end.max(i + 1);
                continue;
            }
        }
        // "Ministry of Investment, Trade and Industry": an organisation head, "of", and a list of
        // fields in capitals is one name.
        if let [first, .., last] = run.as_slice() {
            let of_head = run.len() >= 3
                && head_kind(&original[ws[*first].0..ws[*first].1])
                    == Some(EntityType::Organization)
                && &original[ws[run[1]].0..ws[run[1]].1] == "of";
            if of_head {
                if let Some(end) = field_list(original, &ws, *last + 1, |k| in_known(k, mentions)) {
                    run.extend(*last + 1..end);
                    j = end;
                }
            }
        }
        // "the dtic's Future Industrial Production and Technologies programme": capitalised words
        // and a lower-case head of a programme make its name.
        if run.len() >= 2
            && j < ws.len()
            && joined(j - 1, j)
            && matches!(
                &original[ws[j].0..ws[j].1],
                "programme" | "program" | "project" | "initiative"
            )
            && run
                .iter()
                .all(|&k| head_kind(&original[ws[k].0..ws[k].1]).is_none())
        {
            run.push(j);
            j += 1;
        }
        i = j;
        if let [first, .., last] | [first @ last] = run.as_slice() {
            let (s, e) = (ws[*first].0, ws[*last].1);
            let free = taken(s, e, mentions).is_none();
            // "Stavanger" again, after "a Stavanger-based maker": a name found earlier in this
            // extraction, written the same way, names the same entity.
            if let Some(entity) = registry.lookup(&original[s..e]).filter(|_| free) {
                mentions.push(Mention {
                    entity,
                    kind: registry.entities()[entity].kind,
                    start: folded.folded_offset(s),
                    end: folded.folded_offset(e),
                    modifier: false,
                });
                continue;
            }
            // "Dr. Ramesh Iyer, Head of Industrial Analytics at Tamkeen": the body a title is
            // held at, though its name has no head.
            let no_head = run
                .iter()
                .all(|&k| head_kind(&original[ws[k].0..ws[k].1]).is_none());
            if no_head && free && title_at(&original[..s]) {
                push(
                    folded,
                    original,
                    s,
                    e,
                    EntityType::Organization,
                    Lang::En,
                    found,
                );
                continue;
            }
        }
        if run.len() < 2 {
            continue;
        }
        // "On 9 May, the …": a date, not a name.
        let date_word = |k: usize| {
            let w = original[ws[k].0..ws[k].1].to_ascii_lowercase();
            w.bytes().all(|b| b.is_ascii_digit()) || crate::dates::MONTHS.contains(&w.as_str())
        };
        if run.iter().all(|&k| date_word(k)) {
            continue;
        }
        let text_of = |k: usize| &original[ws[k].0..ws[k].1];
        // "Director General Amina Okoro of the Kenya Industrial Research Institute": a titled
        // person, then the organisation.
        let is_title = |k: usize| TITLES.contains(&text_of(k).to_lowercase().as_str());
        if run.first().is_some_and(|&k| is_title(k)) {
            if let Some(of) = run.iter().position(|&k| text_of(k) == "of") {
                let name: Vec<usize> = run[..of]
                    .iter()
                    .copied()
                    .skip_while(|&k| is_title(k))
                    .collect();
                let name_like = name.iter().all(|&k| personal_name_word(text_of(k)));
                if (2..=3).contains(&name.len()) && name_like && name.len() < of {
                    push_person(&name, &ws, mentions, found);
                    run.drain(..=of);
                    while run.first().is_some_and(|&k| GLUE.contains(&text_of(k))) {
                        run.remove(0);
                    }
                    if run.len() < 2 {
                        continue;
                    }
                }
            }
        }
        // A legal form ends a company's name: "Halvorsen Robotics AS of Norway" is a company
        // and where it is.
        if let Some(form) = run.iter().position(|&k| is_company_form(text_of(k))) {
            let mut last = form;
            while last + 1 < run.len() && is_company_form(text_of(run[last + 1])) {
                last += 1;
            }
            if form >= 1 && last + 1 < run.len() {
                run.truncate(last + 1);
            }
        }
        // "Green Growth Division of ADB": the name ends at its head when a known name qualifies it.
        if let Some(h) = (1..run.len().saturating_sub(1))
            .rev()
            .find(|&h| head_kind(text_of(run[h])).is_some())
        {
            let qualifier = (ws[run[h + 1]].0, ws[*run.last().unwrap()].1);
            // Only another organisation qualifies a unit ("Division of ADB"); a place is part of
            // the name ("Technical University of Kenya").
            let known_after = taken(qualifier.0, qualifier.1, mentions)
                .is_some_and(|m| mentions[m].kind != EntityType::Place)
                || registry
                    .abbreviation(text_of(*run.last().unwrap()))
                    .is_some();
            if matches!(text_of(run[h + 1]), "of" | "at") && known_after {
                run.truncate(h + 1);
            }
        }
        // "Industrial AI Week 2025": a number after the head is an edition, still the name's.
        let last = match run.as_slice() {
            [.., head, year] if text_of(*year).chars().all(|c| c.is_ascii_digit()) => {
                text_of(*head)
            }
            _ => text_of(*run.last().unwrap()),
        };
        // "Kenyatta International Convention Centre": a venue is a place.
        let venue = run.len() >= 2
            && matches!(last, "Centre" | "Center" | "Hall")
            && matches!(
                text_of(run[run.len() - 2]),
                "Convention" | "Conference" | "Exhibition" | "Expo" | "Congress"
            );
        // "Meridian Centre for Industrial Strategy": the head is the word before the first "for",
        // "of" or "on" when it is one (a centre, not a strategy).
        let first_head = run
            .iter()
            .position(|&k| matches!(text_of(k), "of" | "for" | "on"))
            .filter(|&p| p >= 1)
            .and_then(|p| head_kind(text_of(run[p - 1])));
        let kind = venue
            .then_some(EntityType::Place)
            .or(coordinated_company.then_some(EntityType::Organization))
            .or(first_head)
            .or_else(|| head_kind(last))
            .or_else(|| {
                (run.len() >= 3 && matches!(text_of(run[1]), "of" | "for" | "on"))
                    .then(|| head_kind(text_of(run[0])))
                    .flatten()
            })
            .or_else(|| {
                // "Manila Declaration on Green Industry": a head qualified by "on"/"for".
                (1..run.len() - 1)
                    .find(|&h| {
                        head_kind(text_of(run[h])).is_some()
                            && matches!(text_of(run[h + 1]), "on" | "for" | "of")
                    })
                    .and_then(|h| head_kind(text_of(run[h])))
            });
        // "Addis Ababa Institute of Technology of Ethiopia": a name that holds its city already
        // ends before "of <place>", which only says where it is ("University of Science and
        // Technology of China", with no place before, keeps it).
        if kind == Some(EntityType::Organization) {
            let place_at = |a: usize, b: usize| {
                let (fs, fe) = (folded.folded_offset(a), folded.folded_offset(b));
                mentions
                    .iter()
                    .any(|m| m.kind == EntityType::Place && fs <= m.start && m.end <= fe)
            };
            if let Some(of) = run.iter().rposition(|&k| text_of(k) == "of") {
                let qualifier = (ws[run[of + 1..][0]].0, ws[*run.last().unwrap()].1);
                let whole_place = run.len() > of + 1 && {
                    let (fs, fe) = (
                        folded.folded_offset(qualifier.0),
                        folded.folded_offset(qualifier.1),
                    );
                    mentions
                        .iter()
                        .any(|m| m.kind == EntityType::Place && m.start == fs && m.end == fe)
                };
                // "the Department of Industry and Handicraft of Lao PDR's Ministry of …": the
                // place is the ministry's, not part of the department's name.
                let possessive = original[qualifier.1..].starts_with("'s ")
                    || original[qualifier.1..].starts_with("’s ");
                if of >= 2
                    && whole_place
                    && (place_at(ws[run[0]].0, ws[run[of - 1]].1) || possessive)
                {
                    run.truncate(of);
                }
            }
        }
        let (s, e) = (ws[run[0]].0, ws[*run.last().unwrap()].1);
        // "the Ministerial Roundtable on “Global AI Governance Forum”": the known name is the referent.
        let tail = original[e..].trim_start_matches([' ', '“', '"', '‘']);
        let qualifier = tail
            .strip_prefix("on ")
            .map(|t| t.trim_start_matches(['“', '"', '‘']));
        if let Some(q) = qualifier {
            let at = folded.folded_offset(original.len() - q.len());
            if mentions
                .iter()
                .any(|m| m.start == at && Some(m.kind) == kind)
            {
                continue;
            }
        }
        if kind.is_some() {
            for &k in run.iter().filter(|&&k| compound(k)) {
                let (fs, fe) = (folded.folded_offset(ws[k].0), folded.folded_offset(ws[k].1));
                mentions.retain(|m| !(fs <= m.start && m.end <= fe));
            }
            // A known name that spills out of the compound word ("KUT–AIM Global"): absorbed.
            let (fs, fe) = (folded.folded_offset(s), folded.folded_offset(e));
            if run.iter().any(|&k| compound(k)) {
                mentions.retain(|m| !(fs <= m.start && m.end <= fe));
            }
        }
        let organisation_end = (kind.is_none() && !is_title(run[0]))
            .then(|| {
                of_a_place_inside(&run, &ws, original, folded, mentions).or_else(|| {
                    (described_as_organisation(&original[e..])
                        || of_a_place(original, e, folded, mentions))
                    .then_some(e)
                })
            })
            .flatten();
        match kind {
            Some(kind) => {
                // Places inside the name belong to it ("Shanghai X Center", "Government of Japan");
                // another known name splits it.
                let (fs, fe) = (folded.folded_offset(s), folded.folded_offset(e));
                let only_places = mentions
                    .iter()
                    .filter(|m| fs < m.end && m.start < fe)
                    .all(|m| m.kind == EntityType::Place);
                if let (Some(m), false) = (taken(s, e, mentions), only_places) {
                    let mention = mentions[m];
                    let (_, me) = folded.original_range(mention.start, mention.end);
                    if me < e && original[me..e].split_whitespace().count() >= 2 {
                        let rest =
                            me + (original[me..e].len() - original[me..e].trim_start().len());
                        if taken(rest, e, mentions).is_none() && head_kind(last).is_some() {
                            push(folded, original, rest, e, kind, Lang::En, found);
                        }
                    }
                } else {
                    let e = with_seat(original, folded, mentions, ws[*run.last().unwrap()].0, e);
                    push(folded, original, s, e, kind, Lang::En, found);
                }
            }
            // A name given in full earlier, now without its legal form ("Halvorsen Robotics").
            None if registry
                .lookup(&original[s..e])
                .is_some_and(|k| registry.entities()[k].kind != EntityType::Person) =>
            {
                push(
                    folded,
                    original,
                    s,
                    e,
                    EntityType::Organization,
                    Lang::En,
                    found,
                );
            }
            None if run.len() >= 3 && TITLES.contains(&text_of(run[0]).to_lowercase().as_str()) => {
                // "Director General Jane Doe": a title, then a two- or three-word name.
                let name_start = run
                    .iter()
                    .position(|&k| !TITLES.contains(&text_of(k).to_lowercase().as_str()))
                    .unwrap_or(run.len());
                let name = &run[name_start..];
                let name_like = name.iter().all(|&k| personal_name_word(text_of(k)));
                if (2..=3).contains(&name.len()) && name_like {
                    push_person(name, &ws, mentions, found);
                }
            }
            // An organisation by what is said of it: "Kolkhida Precision Tools of Georgia" (the
            // name ends before "of"), "X, a maker of …", "X of <country>" after the run.
            None if organisation_end.is_some() => {
                let end = organisation_end.unwrap_or(e);
                if taken(s, end, mentions).is_none() {
                    push(
                        folded,
                        original,
                        s,
                        end,
                        EntityType::Organization,
                        Lang::En,
                        found,
                    );
                }
            }
            None => {
                // "Jade River" after "Jade River Precision Manufacturing (Suzhou) Co., Ltd.": a
                // company named by the opening words of its name.
                if let Some(company) = registry
                    .company_by_brand(&crate::fold::fold(&original[s..e]))
                    .filter(|_| taken(s, e, mentions).is_none())
                {
                    mentions.push(Mention {
                        entity: company,
                        kind: EntityType::Organization,
                        start: folded.folded_offset(s),
                        end: folded.folded_offset(e),
                        modifier: false,
                    });
                    continue;
                }
                // "Jane Doe, Director of …": a person introduced by an appositive title.
                // So is "Jane Doe is a Senior Fellow at …", and in a gapped clause "… and John
                // Roe a Research Associate at …".
                let gapped = original[..s].ends_with(" and ");
                let after = crate::roles::copula_glue(&original[e..], gapped)
                    .map_or("", |glue| &original[e + glue.len()..]);
                let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
                // "Xinyi ZHOU": a surname may be written in capitals, not the whole name.
                let all_name_words = run.iter().all(|&k| capitalised(text_of(k)))
                    && run
                        .iter()
                        .any(|&k| text_of(k).chars().any(|c| c.is_lowercase()));
                if (2..=4).contains(&run.len())
                    && all_name_words
                    && TITLES.contains(&next.as_str())
                    && taken(s, e, mentions).is_none()
                {
                    push(folded, original, s, e, EntityType::Person, Lang::En, found);
                }
            }
        }
    }
}

/// In a run of capitalised words "<two or more words> of <a place>", where the name before "of"
/// ends (original offset).
fn of_a_place_inside(
    run: &[usize],
    ws: &[(usize, usize)],
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
) -> Option<usize> {
    let of = run
        .iter()
        .rposition(|&k| &original[ws[k].0..ws[k].1] == "of")?;
    if of < 2 || of + 1 >= run.len() {
        return None;
    }
    let (ps, pe) = (
        folded.folded_offset(ws[run[of + 1]].0),
        folded.folded_offset(ws[*run.last()?].1),
    );
    let place = mentions
        .iter()
        .any(|m| m.start == ps && m.end == pe && m.kind == EntityType::Place);
    place.then_some(ws[run[of - 1]].1)
}

/// Whether a name is followed by "of <a place>" ("Kolkhida Precision Tools of Georgia").
fn of_a_place(original: &str, e: usize, folded: &Folded, mentions: &[Mention]) -> bool {
    if !original[e..].starts_with(" of ") {
        return false;
    }
    let at = folded.folded_offset(e + 4);
    mentions
        .iter()
        .any(|m| m.start == at && m.kind == EntityType::Place)
}

/// Whether the text after a name says what kind of organisation it is: ", a maker of …",
/// ", an Oslo-based systems integrator".
pub(crate) fn described_as_organisation(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(", a ")
        .or_else(|| after.strip_prefix(", an "))
        .or_else(|| after.strip_prefix(", the "))
    else {
        return false;
    };
    rest.split([' ', ','])
        .take(5)
        .take_while(|w| !matches!(*w, "of" | "in" | "for" | "that" | "which" | "who" | "and"))
        .any(|w| ORG_DESCRIPTORS.contains(&w.trim_end_matches(['.', ';']).to_lowercase().as_str()))
}

/// After "Ministry of Investment", the rest of a list of fields: ", Trade and Industry". Returns
/// the index of the word after the list, when the list is there and ends with "and <Field>".
fn field_list(
    original: &str,
    ws: &[(usize, usize)],
    from: usize,
    known: impl Fn(usize) -> bool,
) -> Option<usize> {
    let capital = |k: usize| {
        ws.get(k)
            .is_some_and(|&(s, e)| capitalised(&original[s..e]) && !known(k))
    };
    let gap = |k: usize| original[ws[k - 1].1..ws[k].0].to_string();
    let mut k = from;
    let mut items = 0;
    while k < ws.len() && k > 0 {
        let sep = gap(k);
        let last_item = sep == " " && &original[ws[k].0..ws[k].1] == "and";
        let next = if last_item { k + 1 } else { k };
        if !(sep == ", " || last_item) || !capital(next) || (last_item && gap(next) != " ") {
            return None;
        }
        // One or two capitalised words make a field.
        let mut end = next + 1;
        if end < ws.len() && gap(end) == " " && capital(end) {
            end += 1;
        }
        items += 1;
        if last_item {
            return (items <= 5).then_some(end);
        }
        k = end;
    }
    None
}

/// Heads of units named by where they sit: "Regional Office in Kenya", "Country Office in Viet
/// Nam", "Regional Office (Thailand, Cambodia, Lao PDR)". The place is part of the name.
const SEAT_HEADS: &[&str] = &[
    "office",
    "bureau",
    "mission",
    "branch",
    "embassy",
    "consulate",
    "representation",
    "delegation",
];

/// The end of a name whose head word (at `head..end`) is a seat head, extended over the place
/// that follows it ("… Office in Tokyo", "… Office (Thailand, Cambodia)"); else `end`.
fn with_seat(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    head: usize,
    end: usize,
) -> usize {
    let word = original[head..end].to_lowercase();
    if !SEAT_HEADS.contains(&word.as_str()) {
        return end;
    }
    let place_at = |at: usize| {
        let f = folded.folded_offset(at);
        mentions
            .iter()
            .find(|m| m.start == f && m.kind == EntityType::Place)
            .map(|m| folded.original_range(m.start, m.end).1)
    };
    let rest = &original[end..];
    // "… Office (ITPO) Shanghai": an abbreviation in brackets, then the seat.
    if let Some(inner) = rest.strip_prefix(" (") {
        let close = inner.find(')').unwrap_or(0);
        let abbr = &inner[..close];
        if (2..=8).contains(&abbr.len())
            && abbr.chars().all(|c| c.is_ascii_uppercase())
            && inner[close..].starts_with(") ")
        {
            if let Some(place_end) = place_at(end + 2 + close + 2) {
                return place_end;
            }
        }
    }
    if rest.starts_with(" in ") {
        return place_at(end + 4).unwrap_or(end);
    }
    if rest.starts_with(" (") {
        // Only places, separated by commas or "and", up to the closing bracket.
        let mut at = end + 2;
        loop {
            let Some(place_end) = place_at(at) else {
                return end;
            };
            let tail = &original[place_end..];
            if tail.starts_with(')') {
                return place_end + 1;
            }
            let sep = [", and ", ", ", " and "]
                .iter()
                .find(|sep| tail.starts_with(**sep));
            match sep {
                Some(sep) => at = place_end + sep.len(),
                None => return end,
            }
        }
    }
    end
}

/// "Rwanda's Ministry of Trade and Industry": a ministry or department named without its country,
/// after the country's possessive, is that country's — "Ministry of Trade and Industry of
/// Rwanda", not the one of the same name elsewhere.
fn countrys_bodies(original: &str, folded: &Folded, mentions: &[Mention], found: &mut [Found]) {
    for f in found.iter_mut() {
        let generic = ["Ministry of ", "Department of "]
            .iter()
            .any(|h| f.3.starts_with(h));
        if f.4 != Lang::En || f.2 != EntityType::Organization || !generic {
            continue;
        }
        let (start, _) = folded.original_range(f.0, f.1);
        let before = &original[..start];
        let Some(owner) = before
            .strip_suffix("'s ")
            .or_else(|| before.strip_suffix("’s "))
        else {
            continue;
        };
        let owner_end = folded.folded_offset(owner.len());
        let Some(place) = mentions
            .iter()
            .find(|m| m.end == owner_end && m.kind == EntityType::Place)
        else {
            continue;
        };
        let (ps, pe) = folded.original_range(place.start, place.end);
        f.3 = format!("{} of {}", f.3, &original[ps..pe]);
        f.0 = place.start;
    }
}

fn push(
    folded: &Folded,
    original: &str,
    s: usize,
    e: usize,
    kind: EntityType,
    lang: Lang,
    found: &mut Vec<Found>,
) {
    // A legal form written with its dot keeps it: "Tavira Smart Foundry S.A.", "… Co., Ltd.".
    let word_start = original[..e].rfind(' ').map_or(s, |at| at + 1).max(s);
    let e = if kind == EntityType::Organization
        && original[e..].starts_with('.')
        && is_company_form(&original[word_start..e])
    {
        e + 1
    } else {
        e
    };
    found.push((
        folded.folded_offset(s),
        folded.folded_offset(e),
        kind,
        original[s..e].to_string(),
        lang,
    ));
}

fn chinese(
    original: &str,
    folded: &Folded,
    mentions: &[Mention],
    found: &mut Vec<Found>,
    parents: &mut Vec<(usize, usize)>,
) {
    let text = &folded.text;
    if !text.chars().any(is_cjk) {
        return;
    }
    let inside = |i: usize| mentions.iter().any(|m| m.start <= i && i < m.end);
    // 《…》 marks the title of a document, law or programme.
    for (open, _) in text.match_indices('《') {
        let from = open + '《'.len_utf8();
        let Some(len) = text[from..].find('》') else {
            continue;
        };
        let inner = &text[from..from + len];
        let chars = inner.chars().count();
        if (2..=80).contains(&chars) {
            let kind = ZH_SUFFIXES
                .iter()
                .find(|(suffix, _)| inner.ends_with(suffix))
                .map_or(EntityType::Agreement, |&(_, k)| k);
            let kind = if kind == EntityType::Place {
                EntityType::Agreement
            } else {
                kind
            };
            let (s, e) = folded.original_range(from, from + len);
            found.push((from, from + len, kind, original[s..e].to_string(), Lang::Zh));
        }
    }
    // A quoted name: “未来工业部长级对话”, “全球南方工业智能伙伴计划”, or a quoted theme that
    // names the session after it: “人工智能促进…发展”高级别圆桌会议.
    let quotes: Vec<usize> = text.match_indices('"').map(|(at, _)| at).collect();
    for pair in quotes.chunks_exact(2) {
        let (from, to) = (pair[0] + 1, pair[1]);
        let inner = &text[from..to];
        let cjk = inner.chars().filter(|&c| is_cjk(c)).count();
        if !(4..=40).contains(&cjk) || cjk * 2 < inner.chars().count() {
            continue;
        }
        let own = ZH_SUFFIXES
            .iter()
            .chain(ZH_QUOTED_HEADS)
            .filter(|(suffix, _)| inner.ends_with(suffix))
            .max_by_key(|(suffix, _)| suffix.len())
            .map(|&(_, k)| k);
        let after = &text[to + 1..];
        let named = ZH_QUOTED_HEADS
            .iter()
            .filter(|(head, _)| after.starts_with(head))
            .max_by_key(|(head, _)| head.len())
            .map(|&(_, k)| k)
            .or_else(|| listed_kind(after));
        // "联合推出了“…诊断服务”": what is launched, named in quotes, is a programme.
        let before = text[..pair[0]].trim_end_matches('了');
        let launched = ["推出", "发布", "启动", "发起", "上线", "开通"]
            .iter()
            .any(|v| before.ends_with(v))
            .then_some(EntityType::Initiative);
        let Some(kind) = own
            .or(named)
            .or(launched)
            .filter(|k| *k != EntityType::Place)
        else {
            continue;
        };
        let (s, e) = folded.original_range(from, to);
        found.push((from, to, kind, original[s..e].to_string(), Lang::Zh));
    }
    // Suffix-headed names, longest suffix first ("博览中心" before "中心"), each in text order.
    static SUFFIXES: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<(&str, EntityType)>)> =
        std::sync::OnceLock::new();
    let (matcher, table) = SUFFIXES.get_or_init(|| {
        let mut table = ZH_SUFFIXES.to_vec();
        table.sort_by_key(|(suffix, _)| std::cmp::Reverse(suffix.len()));
        let matcher = aho_corasick::AhoCorasick::new(table.iter().map(|(s, _)| s))
            .expect("the suffix table is small");
        (matcher, table)
    });
    let mut hits: Vec<(usize, usize)> = matcher
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start()))
        .collect();
    hits.sort_unstable();
    for (pattern, at) in hits {
        let (suffix, kind) = table[pattern];
        {
            let end = at + suffix.len();
            if inside(at) || found.iter().any(|f| f.0 <= at && at < f.1) {
                continue;
            }
            // "签署" is a verb, not a name ending in 署: never end a name inside a trigger word.
            if ends_with_boundary(&text[..end]).is_some() {
                continue;
            }
            let next = text[end..].chars().next();
            if suffix.chars().count() == 1
                && next.is_some_and(|c| {
                    matches!(
                        c,
                        '长' | '门' | '分' | '域' | '内' | '外' | '面' | '势' | '件'
                    )
                })
            {
                continue;
            }
            // Words, not names: 布局, 格局, 公司 (its own suffix), 部署.
            let prev = text[..at].chars().next_back();
            if (suffix == "局" && prev.is_some_and(|c| "布格结全大当开变时政骗".contains(c)))
                || (suffix == "司" && prev.is_some_and(|c| "公上官".contains(c)))
                || (suffix == "署" && prev.is_some_and(|c| "部签公".contains(c)))
                // "联合组织", "共同组织": organised jointly, a verb.
                || (suffix == "组织" && ["联合", "共同", "负责", "积极"].iter().any(|v| text[..at].ends_with(v)))
            {
                continue;
            }
            let government = ZH_GOVERNMENT_SUFFIXES.contains(&suffix);
            let company = ["有限公司", "公司", "集团", "分公司"].contains(&suffix);
            // With 、/和 inside: where the name starts if no place begins it.
            let mut after_separator: Option<usize> = None;
            let mut start = at;
            let mut absorbed_place = false;
            let mut parent: Option<usize> = None;
            while let Some(c) = text[..start].chars().next_back() {
                let before = start - c.len_utf8();
                if let Some(m) = mentions.iter().find(|m| m.end == start) {
                    // A place may begin the name ("上海市科技创业中心"); so may the organisation
                    // a unit belongs to ("全球工业人工智能联盟非洲中心"); anything else ends it.
                    if m.kind == EntityType::Place && !absorbed_place {
                        start = m.start;
                        absorbed_place = true;
                        continue;
                    }
                    // "越南驻上海总领事馆": a country's mission in a place.
                    if m.kind == EntityType::Place
                        && kind == EntityType::Organization
                        && text[start..].starts_with('驻')
                    {
                        start = m.start;
                        continue;
                    }
                    // An event, agreement or programme may be named after an organisation
                    // ("2025全球工业人工智能联盟年会"): its name goes on.
                    if m.kind == EntityType::Organization
                        && !matches!(kind, EntityType::Organization | EntityType::Place)
                    {
                        start = m.start;
                        continue;
                    }
                    if m.kind == EntityType::Organization
                        && parent.is_none()
                        && text[start..at].chars().count() >= 2
                    {
                        parent = Some(m.entity);
                        start = m.start;
                    }
                    break;
                }
                // A space between Chinese words ends a name ("…开幕 联盟成员…" in a headline).
                let space_after_cjk = c == ' '
                    && text[..before]
                        .chars()
                        .next_back()
                        .is_none_or(|p| !p.is_ascii_alphanumeric());
                if space_after_cjk {
                    break;
                }
                let latin = c.is_ascii_alphanumeric() || c == ' ' || c == '+';
                // "工业和信息化部、国家数据局": a body's name before the separator ends a name there.
                let named_before = text[..before]
                    .ends_with(['部', '局', '委', '会', '院', '所', '司', '厅', '署', '府'])
                    || text[..before].ends_with("中心");
                if government
                    && !absorbed_place
                    && !named_before
                    && matches!(c, '、' | '和' | '与')
                    && text[start..at].chars().count() <= 10
                {
                    after_separator.get_or_insert(start);
                    start = before;
                    continue;
                }
                if company && "和与为同及".contains(c) {
                    // "上海和辉光电股份有限公司", "苏州与辰机器人有限公司": a city, then a
                    // brand that begins with a function character.
                    let place_before = mentions
                        .iter()
                        .any(|m| m.end == before && m.kind == EntityType::Place);
                    // "和元智造（苏州）科技有限公司" after 、 or the start: the brand begins it.
                    let opening = text[..before].is_empty()
                        || text[..before].ends_with(['、', ',', '"', ' ', ':'])
                        || text[..before].ends_with("的");
                    if place_before {
                        start = before;
                        continue;
                    }
                    if opening {
                        start = before;
                        break;
                    }
                }
                // "（苏州）" inside a company's name: the seat of a brand.
                if company && c == ')' {
                    let open = text[..before].rfind('(');
                    let seat = open.filter(|&o| {
                        mentions.iter().any(|m| {
                            m.start == o + 1 && m.end == before && m.kind == EntityType::Place
                        })
                    });
                    if let Some(o) = seat {
                        start = o;
                        continue;
                    }
                }
                // "伙伴关系" (partnership) is part of a name, unlike 伙伴 (partner) alone.
                // "成员确认书": the noun a document is named by, right before its suffix.
                let document_noun = start == at
                    && suffix.ends_with('书')
                    && ends_with_boundary(&text[..start]) == Some("成员");
                if document_noun {
                    start -= "成员".len();
                    break;
                }
                let boundary = ends_with_boundary(&text[..start])
                    .is_some_and(|b| !(b == "伙伴" && text[start..].starts_with("关系")));
                // "A与B战略合作签约仪式": a ceremony between two named parties.
                let organisation = |m: &&Mention| m.kind == EntityType::Organization;
                let between_parties = !matches!(kind, EntityType::Organization | EntityType::Place)
                    && "与和".contains(c)
                    && mentions
                        .iter()
                        .filter(organisation)
                        .any(|m| m.start == start)
                    && mentions
                        .iter()
                        .filter(organisation)
                        .any(|m| m.end == before);
                if between_parties {
                    start = before;
                    continue;
                }
                // "…第二十一届大会": an ordinal's numerals are part of the name.
                const NUMERALS: &str = "一二三四五六七八九十百零";
                let ordinal = NUMERALS.contains(c)
                    && text[before..]
                        .trim_start_matches(|n: char| NUMERALS.contains(n))
                        .starts_with(['届', '次'])
                    && text[..before]
                        .trim_end_matches(|n: char| NUMERALS.contains(n))
                        .ends_with('第');
                if ordinal {
                    start = before;
                    continue;
                }
                if ZH_STOPS.contains(c) && !boundary && is_cjk(c) && c != '的' {
                    // "同济大学", "与辰…": a one-character brand after a function character is
                    // not a name; the function character begins it.
                    let one = text[start..at].chars().count() == 1;
                    let opening = text[..before].is_empty()
                        || text[..before].ends_with(|p: char| ZH_STOPS.contains(p) || !is_cjk(p));
                    if one && opening && !company && "同与和为".contains(c) {
                        start = before;
                    }
                    break;
                }
                if !(is_cjk(c) || latin) || ZH_STOPS.contains(c) || boundary {
                    break;
                }
                let longest = match kind {
                    _ if company => 20,
                    EntityType::Agreement => 24,
                    _ => 14,
                };
                if text[start..at].chars().count() >= longest {
                    break;
                }
                start = before;
            }
            // "发展、工业、贸易和服务部" holds its fields only when a country or place begins it.
            let start = match after_separator {
                Some(after) if !absorbed_place && parent.is_none() => after,
                _ => start,
            };
            // "投资和技术促进办公室（北京）": an office's seat in brackets ends its name.
            let end = match text[end..].strip_prefix('(') {
                Some(rest) if kind == EntityType::Organization => mentions
                    .iter()
                    .find(|m| m.start == end + 1 && m.kind == EntityType::Place)
                    .filter(|m| rest[m.end - end - 1..].starts_with(')'))
                    .map_or(end, |m| m.end + 1),
                _ => end,
            };
            let start = start + (text[start..].len() - text[start..].trim_start().len());
            let name_chars = text[start..at]
                .chars()
                .filter(|&c| is_cjk(c) || c.is_ascii_alphanumeric())
                .count();
            // "前瞻性倡议", "国际化平台": an adjective, not a name.
            let descriptive = text[start..at].ends_with(['性', '化'])
                && text[start..at].chars().count() <= 4
                && after_separator.is_none();
            // "国际组织", "科研机构", "38家机构": kinds of bodies, not names.
            let modifier = &text[start..at];
            // "成员确认书", "合作意向书": a document of that kind is one document, named so.
            let document = suffix.chars().count() >= 3 && suffix.ends_with('书');
            let generic = ZH_GENERIC_MODIFIERS.contains(&modifier) && !document
                || modifier
                    .trim_start_matches(|c: char| c.is_ascii_digit() || "多余".contains(c))
                    .starts_with(['家', '个', '所', '位', '场', '项', '次', '届'])
                    && modifier.starts_with(|c: char| c.is_ascii_digit() || "多数几".contains(c))
                // "相关技术委员会", "首个创新基地": a determiner, not a name's first word.
                || ZH_DETERMINERS.iter().any(|d| modifier.starts_with(d))
                // "引进20家工业人工智能企业入驻基地": a count inside is a phrase, not a name.
                || counted(modifier);
            // "卓越中心国际合作部负责人": a department (部) of a named body, before a title, is part of
            // the title held at that body, not a body of its own.
            let department_title = suffix == "部"
                && parent.is_some()
                && [
                    "负责人",
                    "部长",
                    "副部长",
                    "主任",
                    "副主任",
                    "经理",
                    "副经理",
                    "总经理",
                    "总监",
                    "主管",
                ]
                .iter()
                .any(|t| text[end..].starts_with(t));
            if name_chars >= 2
                && !descriptive
                && !generic
                && !department_title
                // "贵州工作站", "北京办事处": a place and a three-character institution noun
                // name an office there.
                && (!absorbed_place_only(text, start, at, mentions)
                    || ["工作站", "办事处", "代表处", "联络处", "分公司"].contains(&suffix))
            {
                let (s, e) = folded.original_range(start, end);
                found.push((start, end, kind, original[s..e].to_string(), Lang::Zh));
                if let Some(parent) = parent {
                    parents.push((start, parent));
                }
            }
        }
    }
    // "华为云计算技术有限公司贵州分公司": a company's branch in a place is named after it.
    company_branches(original, folded, mentions, found);
    // Transliterated names: 杰森·斯莱特.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        if chars[k].1 == '·' {
            // Each part of a transliterated name has five characters at most: back to a title's
            // last character ("部长若泽·…"), a function character or a name's end.
            let part = |c: char| is_cjk(c) && !ZH_STOPS.contains(c);
            let mut s = k;
            while s > 0
                && k - s < 5
                && part(chars[s - 1].1)
                && !ZH_TITLE_ENDINGS.contains(&chars[s - 1].1)
                && !mentions.iter().any(|m| m.end == chars[s].0)
            {
                s -= 1;
            }
            // Forward, part by part, until a verb or a function character ("…·阿里出席仪式").
            let mut e = k;
            loop {
                let mut n = 0;
                while e + 1 < chars.len()
                    && n < 5
                    && part(chars[e + 1].1)
                    && !ZH_BOUNDARIES
                        .iter()
                        .chain(ZH_AFTER_NAMES)
                        .any(|b| text[chars[e + 1].0..].starts_with(b))
                {
                    e += 1;
                    n += 1;
                }
                // Hyphens fold to spaces: "卡马乌-奥蒂耶诺".
                if n > 0
                    && e + 2 < chars.len()
                    && matches!(chars[e + 1].1, '·' | ' ')
                    && is_cjk(chars[e + 2].1)
                {
                    e += 1;
                    continue;
                }
                break;
            }
            let (fs, fe) = (chars[s].0, chars[e].0 + chars[e].1.len_utf8());
            if s < k && e > k && !inside(fs) {
                found.push(zh_person(folded, original, fs, fe));
            }
            k = e + 1;
            continue;
        }
        k += 1;
    }
    // Names right after a title: "副区长谭瑞琮，", "部长Gobind Singh Deo，".
    for &(at, c) in &chars {
        // "负责人周欣怡", "发言人…": 人 ends a title only in these words.
        let person_title = c == '人'
            && ["负责", "发言", "创始", "主持", "带头", "联系"]
                .iter()
                .any(|w| text[..at].ends_with(w));
        if !(ZH_TITLE_ENDINGS.contains(&c) || person_title) || inside(at) {
            continue;
        }
        let from = at + c.len_utf8();
        let rest = &text[from..];
        // Given names may hold 与, 和, 为 (林与舟, 许和平): the boundary after the name decides.
        let cjk_name: String = rest.chars().take_while(|&c| is_cjk(c)).take(4).collect();
        let latin_name: String = rest
            .chars()
            .take_while(|&c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
            .collect::<String>()
            .trim_end()
            .to_string();
        // A two- or three-character name starting with a common surname, then a boundary.
        let compound = ZH_COMPOUND_SURNAMES.iter().any(|s| cjk_name.starts_with(s));
        let lengths: &[usize] = if compound { &[4, 3] } else { &[3, 2] };
        let name_at_boundary = lengths.iter().copied().find_map(|n| {
            let name: String = cjk_name.chars().take(n).collect();
            let after = &rest[name.len()..];
            let bounded = after.is_empty()
                || after.starts_with([
                    ',', '，', '、', '。', '与', '和', '及', '等', '在', '出', '表', '指', '致',
                    '现', '一', '共', '代', ')', '）', ' ', '为', '是', '说', '会', '率', '将',
                    '也', '还', '向', '对', '就', '于',
                ])
                || ZH_AFTER_NAMES.iter().any(|w| after.starts_with(w));
            let surname = (compound
                || name.chars().next().is_some_and(|c| ZH_SURNAMES.contains(c)))
                && !ZH_NOT_NAMES.iter().any(|w| name.starts_with(w));
            // The second character of a two-character name is never a function word ("王和").
            let function_end = n == 2 && name.chars().nth(1).is_some_and(|c| ZH_STOPS.contains(c));
            let surname = surname && !function_end;
            (name.chars().count() == n && surname && bounded).then_some(name.len())
        });
        let (len, kind_ok) = if let Some(len) = name_at_boundary {
            (len, true)
        } else if latin_name.split_whitespace().count() >= 2
            && latin_name
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        {
            let (s, e) = folded.original_range(from, from + latin_name.len());
            let caps = original[s..e].split_whitespace().all(capitalised);
            (latin_name.len(), caps)
        } else {
            (0, false)
        };
        if kind_ok && len > 0 && !inside(from) && !found.iter().any(|f| f.0 <= from && from < f.1) {
            found.push(zh_person(folded, original, from, from + len));
        }
    }
    // Names before a title at the start of a clause: "阮文雄总领事出席并致辞", "王强市长表示".
    for (at, _) in text.char_indices() {
        let opening = text[..at].is_empty()
            || text[..at].ends_with([',', '，', '。', ';', '；', ':', '：', ' ', '、']);
        if !opening || inside(at) || found.iter().any(|f| f.0 <= at && at < f.1) {
            continue;
        }
        let rest = &text[at..];
        let found_name = [3, 2].into_iter().find_map(|n| {
            let name_len: usize = rest.chars().take(n).map(char::len_utf8).sum();
            let name = &rest[..name_len];
            let after = &rest[name_len..];
            let title = ZH_TITLES_AFTER_NAMES
                .iter()
                .filter(|t| after.starts_with(*t))
                .max_by_key(|t| t.len())?;
            let then = &after[title.len()..];
            let bounded = then.is_empty()
                || then.starts_with([',', '，', '。', '在', '表', '指', '致', '与', '和', '说'])
                || ZH_BOUNDARIES
                    .iter()
                    .chain(ZH_AFTER_NAMES)
                    .any(|w| then.starts_with(w));
            let surname = name.chars().next().is_some_and(|c| ZH_SURNAMES.contains(c))
                && name.chars().count() == n
                && name.chars().all(|c| is_cjk(c) && !ZH_STOPS.contains(c))
                && !ZH_NOT_NAMES.iter().any(|w| name.starts_with(w));
            (surname && bounded).then_some(name_len)
        });
        if let Some(len) = found_name {
            found.push(zh_person(folded, original, at, at + len));
        }
    }
}

/// A Chinese person's name found at folded `start..end`, as written.
fn zh_person(folded: &Folded, original: &str, start: usize, end: usize) -> Found {
    let (s, e) = folded.original_range(start, end);
    (
        start,
        end,
        EntityType::Person,
        original[s..e].to_string(),
        Lang::Zh,
    )
}

/// Titles written after a person's name ("阮文雄总领事", "王强市长"); where one opens another, the
/// longer is taken.
const ZH_TITLES_AFTER_NAMES: &[&str] = &[
    "总领事",
    "大使",
    "参赞",
    "部长",
    "副部长",
    "主任",
    "副主任",
    "局长",
    "副局长",
    "司长",
    "处长",
    "市长",
    "副市长",
    "区长",
    "省长",
    "主席",
    "副主席",
    "院长",
    "副院长",
    "校长",
    "副校长",
    "总经理",
    "副总经理",
    "董事长",
    "总裁",
    "秘书长",
    "总干事",
    "副总干事",
    "教授",
    "书记",
    "总理",
    "行长",
    "会长",
    "理事长",
    "所长",
    "厅长",
    "首席执行官",
    "先生",
    "女士",
];

/// The kind a list of quoted names gives each of them: “A”“B”“C”等3场平行论坛 (the text after one
/// of them, folded: quotes are '"').
fn listed_kind(after: &str) -> Option<EntityType> {
    let mut rest = after;
    // The other quoted names of the list.
    while let Some(inner) = rest.strip_prefix('"').or_else(|| rest.strip_prefix("、\"")) {
        let close = inner.find('"')?;
        rest = &inner[close + 1..];
    }
    let rest = rest.strip_prefix('等')?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十两几多".contains(c)
    });
    let rest = rest
        .strip_prefix(['场', '个', '项', '次', '届', '大'])
        .unwrap_or(rest);
    let window: String = rest.chars().take(6).collect();
    ZH_QUOTED_HEADS
        .iter()
        .filter(|(head, _)| window.contains(head))
        .max_by_key(|(head, _)| head.len())
        .map(|&(_, k)| k)
}

/// True when the span is nothing but an absorbed place ("上海市" + suffix would be the place).
/// Whether `unit`, written right after the name `parent`, names a bureau of it: a ministry,
/// commission or government, then two to six characters ending in 局/司/厅/署 ("工贸部" +
/// "工业局").
fn zh_bureau_of(parent: &str, unit: &str) -> bool {
    let ministry = ["部", "委员会", "委", "政府"]
        .iter()
        .any(|s| parent.ends_with(s));
    let chars = unit.chars().count();
    ministry
        && (3..=6).contains(&chars)
        && unit.chars().all(is_cjk)
        && unit.ends_with(['局', '司', '厅', '署'])
}

fn absorbed_place_only(text: &str, start: usize, at: usize, mentions: &[Mention]) -> bool {
    mentions.iter().any(|m| m.start == start && m.end == at) && text[start..at].chars().count() <= 3
}
