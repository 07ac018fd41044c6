//! Interface strings and relation wording in English and Chinese.

use pmap_graph::{EntityType, RelationType};

use crate::Lang;

/// The interface strings of one language.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub map_label: &'static str,
    pub details_label: &'static str,
    pub close: &'static str,
    pub no_selection: &'static str,
    pub relations_count: &'static str,
    pub source: &'static str,
    pub legend: &'static str,
    pub data_error: &'static str,
    pub language: &'static str,
    pub other_language: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub no_results: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub fit: &'static str,
    pub zoom: &'static str,
    pub show: &'static str,
    pub show_all: &'static str,
    pub one_step: &'static str,
    pub two_steps: &'static str,
    pub list_view: &'static str,
    pub export: &'static str,
    pub filters: &'static str,
    pub relation_types: &'static str,
    pub articles: &'static str,
    pub reset_filters: &'static str,
    pub date: &'static str,
    pub all_dates: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub connect: &'static str,
    pub connect_none: &'static str,
    pub path_label: &'static str,
    pub no_path: &'static str,
    pub clear_path: &'static str,
    pub read_article: &'static str,
    pub article: &'static str,
    pub close_article: &'static str,
    pub original: &'static str,
    pub selected: &'static str,
    pub list_label: &'static str,
    pub unknown_focus: &'static str,
    pub loading: &'static str,
    /// "Showing {shown} of {total} entities": the words around the two numbers.
    pub shown_of: [&'static str; 3],
    pub hidden_by_type: &'static str,
    pub no_relation_shown: &'static str,
    pub beyond_steps: &'static str,
    pub most_related: &'static str,
    /// After a count: quotes folded because they say the same as one shown.
    pub similar: &'static str,
}

const EN: Ui = Ui {
    map_label: "Partnership map",
    details_label: "Details",
    close: "Close details",
    no_selection:
        "Select an entity on the map to see who it works with, and the sentences that say so.",
    relations_count: "relations",
    source: "Source",
    legend: "Entity types",
    data_error: "The map data could not be read",
    language: "Language",
    other_language: "中文",
    search: "Search entities",
    search_placeholder: "Search in English or 中文",
    no_results: "No entity matches",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    fit: "Fit map",
    zoom: "Zoom",
    show: "Show",
    show_all: "all entities",
    one_step: "1 step from the selection",
    two_steps: "2 steps from the selection",
    list_view: "List view",
    export: "Export",
    filters: "Filters",
    relation_types: "Relation types",
    articles: "Articles",
    reset_filters: "Show everything",
    date: "Network as of",
    all_dates: "all dates",
    play: "Play the timeline",
    pause: "Pause the timeline",
    connect: "How is it connected to…",
    connect_none: "choose an entity",
    path_label: "Connection",
    no_path: "No connection among the relations shown.",
    clear_path: "Clear connection",
    read_article: "Read in the article",
    article: "Article",
    close_article: "Close the article",
    original: "Original article",
    selected: "Selected",
    list_label: "Entities and relations",
    unknown_focus: "not on this map",
    loading: "Loading the map…",
    shown_of: ["Showing ", " of ", " entities"],
    hidden_by_type: "hidden by type",
    no_relation_shown: "with no relation shown",
    beyond_steps: "beyond the steps shown",
    most_related: "Most related",
    similar: "more sources say the same",
};

const ZH: Ui = Ui {
    map_label: "合作关系图",
    details_label: "详情",
    close: "关闭详情",
    no_selection: "在图中选择一个实体,查看其合作方及相关原文。",
    relations_count: "条关系",
    source: "来源",
    legend: "实体类型",
    data_error: "无法读取图数据",
    language: "语言",
    other_language: "English",
    search: "搜索实体",
    search_placeholder: "输入中文或英文名称",
    no_results: "没有匹配的实体",
    zoom_in: "放大",
    zoom_out: "缩小",
    fit: "适应窗口",
    zoom: "缩放",
    show: "显示范围",
    show_all: "全部实体",
    one_step: "所选实体的直接关联",
    two_steps: "所选实体的两步关联",
    list_view: "列表视图",
    export: "导出",
    filters: "筛选",
    relation_types: "关系类型",
    articles: "文章",
    reset_filters: "显示全部",
    date: "截至日期",
    all_dates: "全部日期",
    play: "播放时间轴",
    pause: "暂停时间轴",
    connect: "与其如何关联…",
    connect_none: "选择实体",
    path_label: "关联路径",
    no_path: "在当前显示的关系中没有关联。",
    clear_path: "清除关联路径",
    read_article: "在文章中阅读",
    article: "文章",
    close_article: "关闭文章",
    original: "原文链接",
    selected: "已选择",
    list_label: "实体与关系列表",
    unknown_focus: "不在此图中",
    loading: "正在加载关系图…",
    shown_of: ["显示 ", " / ", " 个实体"],
    hidden_by_type: "个因类型隐藏",
    no_relation_shown: "个无可显示的关系",
    beyond_steps: "个超出所选步数",
    most_related: "关系最多",
    similar: "个来源内容相同",
};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

pub fn entity_type_name(kind: EntityType, lang: Lang) -> &'static str {
    use EntityType::*;
    match (kind, lang) {
        (Organization, Lang::En) => "organization",
        (Person, Lang::En) => "person",
        (Event, Lang::En) => "event",
        (Agreement, Lang::En) => "agreement",
        (Place, Lang::En) => "place",
        (Initiative, Lang::En) => "initiative",
        (Organization, Lang::Zh) => "机构",
        (Person, Lang::Zh) => "人物",
        (Event, Lang::Zh) => "活动",
        (Agreement, Lang::Zh) => "协议文件",
        (Place, Lang::Zh) => "地点",
        (Initiative, Lang::Zh) => "倡议项目",
    }
}

/// How a relation reads from one end: `outgoing` from the source ("launched"), else from the
/// target ("launched by"). Symmetric relations read the same both ways.
pub fn relation_phrase(kind: RelationType, outgoing: bool, lang: Lang) -> &'static str {
    use RelationType::*;
    let (en_out, en_in, zh_out, zh_in) = match kind {
        HoldsRole => ("holds a role at", "people in roles", "任职于", "任职人员"),
        PartOf => ("part of", "includes", "隶属于", "下属单位"),
        MemberOf => ("member of", "members", "成员单位", "拥有成员"),
        Leads => ("leads", "led by", "领导", "由其领导"),
        Founded => ("founded", "founded by", "创立", "创立方"),
        Launched => ("launched", "launched by", "启动", "启动方"),
        LaunchedAt => (
            "launched at",
            "venue of the launch of",
            "启动于",
            "在此启动",
        ),
        Issued => ("issued", "issued by", "发布", "发布方"),
        Adopted => ("adopted", "adopted by", "通过", "通过方"),
        AlignedWith => ("aligned with", "guides", "契合", "被契合"),
        Supports => ("supports", "supported by", "支持", "支持方"),
        PartneredWith => ("partner of", "partner of", "合作伙伴", "合作伙伴"),
        SignedAgreementWith => (
            "signed an agreement with",
            "signed an agreement with",
            "签署协议",
            "签署协议",
        ),
        Signed => ("signed", "signed by", "签署", "签署方"),
        Witnessed => ("witnessed", "witnessed by", "见证", "见证人"),
        Hosted => ("hosted", "hosted by", "主办", "主办方"),
        CoOrganized => ("co-organized", "co-organized by", "承办", "承办方"),
        Attended => ("attended", "attended by", "出席", "出席者"),
        MetWith => ("met with", "met with", "会见", "会见"),
        Visited => ("visited", "visited by", "访问", "来访者"),
        LocatedAt => ("located at", "location of", "位于", "所在地"),
    };
    match (lang, outgoing) {
        (Lang::En, true) => en_out,
        (Lang::En, false) => en_in,
        (Lang::Zh, true) => zh_out,
        (Lang::Zh, false) => zh_in,
    }
}

/// What the filters leave on the map, in words: "Showing 41 of 86 entities · 27 hidden by type ·
/// 18 with no relation shown".
pub fn shown_summary(s: &crate::Shown, lang: Lang) -> String {
    let ui = ui(lang);
    let [a, b, c] = ui.shown_of;
    let mut text = format!("{a}{}{b}{}{c}", s.shown, s.total);
    for (n, words) in [
        (s.by_type, ui.hidden_by_type),
        (s.no_relation, ui.no_relation_shown),
        (s.beyond_steps, ui.beyond_steps),
    ] {
        if n > 0 {
            let sep = if lang == Lang::Zh { "" } else { " " };
            text.push_str(&format!(" · {n}{sep}{words}"));
        }
    }
    text
}

/// What the map shows, in one line: its articles (with their span of dates), entities and
/// relations, and that every line is backed by a quoted sentence.
pub fn caption(graph: &pmap_graph::Graph, lang: Lang) -> String {
    let months = |d: &str| d.get(..7).unwrap_or(d).to_string();
    let dates: Vec<&str> = graph
        .documents
        .iter()
        .filter_map(|d| d.date.as_deref())
        .collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if months(a) != months(b) => Some((months(a), months(b))),
        (Some(a), Some(_)) => Some((months(a), String::new())),
        _ => None,
    };
    let (articles, entities, relations) = (
        graph.documents.len(),
        graph.entities.len(),
        graph.relations.len(),
    );
    match lang {
        Lang::En => {
            let span = match span {
                Some((a, b)) if !b.is_empty() => format!(" ({a} to {b})"),
                Some((a, _)) => format!(" ({a})"),
                None => String::new(),
            };
            let s = if articles == 1 { "" } else { "s" };
            format!("From {articles} article{s}{span}: {entities} entities and {relations} relations, each backed by a quoted sentence.")
        }
        Lang::Zh => {
            let span = match span {
                Some((a, b)) if !b.is_empty() => format!("（{a} 至 {b}）"),
                Some((a, _)) => format!("（{a}）"),
                None => String::new(),
            };
            format!("来自 {articles} 篇文章{span}：{entities} 个实体、{relations} 条关系，每条关系均有原文引述。")
        }
    }
}
