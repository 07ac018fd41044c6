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
        HoldsRole => ("holds a role at", "has in a role", "任职于", "任职人员"),
        PartOf => ("part of", "has part", "隶属于", "下属单位"),
        MemberOf => ("member of", "has member", "成员单位", "拥有成员"),
        Leads => ("leads", "led by", "领导", "由其领导"),
        Founded => ("founded", "founded by", "创立", "创立方"),
        Launched => ("launched", "launched by", "启动", "启动方"),
        LaunchedAt => ("launched at", "where was launched", "发布于", "在此发布"),
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
