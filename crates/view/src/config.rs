//! The settings a host page gives the widget (attributes of `<partnership-map>`, or the options
//! of `mount`), read strictly: a value that cannot be used is left out with a problem that names
//! the setting and says what it takes, never a failure.
//!
//! `filters` is a comma-separated list of the entity types and relation types to show, in any
//! order, e.g. `organization,event,launched,signed`: only those entity types (all, if none is
//! named) and only those relation types (all, if none is named).

use pmap_graph::{EntityType, RelationType};

use crate::{Filters, Lang, TypeSet};

/// Light, dark, or following the visitor's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
            Theme::Auto => "theme-auto",
        }
    }
}

/// The setting names the widget knows (the element's observed attributes).
pub const SETTINGS: &[&str] = &[
    "lang",
    "focus",
    "src-timeout",
    "src",
    "height",
    "theme",
    "filters",
    "url-state",
];

/// `light`, `dark` or `auto`.
pub fn theme(value: &str) -> Result<Theme, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        "auto" | "" => Ok(Theme::Auto),
        _ => Err(format!("theme: \"{value}\" is not light, dark or auto")),
    }
}

/// `en` or `zh` (any `en-…` or `zh-…` tag too).
pub fn lang(value: &str) -> Result<Lang, String> {
    let v = value.trim().to_ascii_lowercase();
    if v == "en" || v.starts_with("en-") {
        Ok(Lang::En)
    } else if v == "zh" || v.starts_with("zh-") {
        Ok(Lang::Zh)
    } else {
        Err(format!("lang: \"{value}\" is not en or zh"))
    }
}

/// A CSS length for the widget's height: a positive number with a unit (px, em, rem, vh, svh,
/// dvh, lvh, %, cm, mm, in, pt), e.g. `480px` or `70vh`. Nothing else gets into the stylesheet.
pub fn height(value: &str) -> Result<String, String> {
    const UNITS: &[&str] = &[
        "px", "em", "rem", "vh", "svh", "dvh", "lvh", "%", "cm", "mm", "in", "pt",
    ];
    let v = value.trim();
    let digits = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(v.len());
    let (number, unit) = v.split_at(digits);
    let number_ok = !number.is_empty()
        && number.matches('.').count() <= 1
        && number.chars().any(|c| c.is_ascii_digit() && c != '0');
    if number_ok && UNITS.contains(&unit.to_ascii_lowercase().as_str()) {
        Ok(format!("{number}{}", unit.to_ascii_lowercase()))
    } else {
        Err(format!(
            "height: \"{value}\" is not a CSS length such as 480px or 70vh"
        ))
    }
}

/// How long to wait for `src`, in seconds (`20`, `2.5`): more than 0, at most 600. Milliseconds.
pub fn seconds(name: &str, value: &str) -> Result<u32, String> {
    let v = value.trim();
    let (whole, fraction) = v.split_once('.').unwrap_or((v, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let ms = (!whole.is_empty() && whole.len() <= 3 && digits(whole) && digits(fraction))
        .then(|| {
            let whole: u32 = whole.parse().ok()?;
            let millis: u32 = format!("{fraction:0<3}")[..3].parse().ok()?;
            Some(whole * 1000 + millis)
        })
        .flatten();
    match ms {
        Some(ms) if ms > 0 && ms <= 600_000 => Ok(ms),
        _ => Err(format!(
            "{name}: \"{value}\" is not a number of seconds from 0 to 600"
        )),
    }
}

/// A setting's name as a `mount` option: `url-state` → `urlState`.
pub fn option_name(setting: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in setting.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `true`/`on`/empty (the attribute present) or `false`/`off`.
pub fn switch(name: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "on" | "yes" => Ok(true),
        "false" | "off" | "no" => Ok(false),
        _ => Err(format!("{name}: \"{value}\" is not true or false")),
    }
}

/// The filters of a `filters` value, and a problem for each name that is no type.
pub fn filters(value: &str) -> (Filters, Vec<String>) {
    let mut shown_entities: TypeSet<EntityType> = TypeSet::default();
    let mut shown_relations: TypeSet<RelationType> = TypeSet::default();
    let mut problems = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let key = name.to_ascii_lowercase().replace('-', "_");
        if let Some(t) = EntityType::parse(&key) {
            shown_entities.insert(t);
        } else if let Some(t) = RelationType::parse(&key) {
            shown_relations.insert(t);
        } else {
            problems.push(format!(
                "filters: \"{name}\" is neither an entity type nor a relation type"
            ));
        }
    }
    let mut f = Filters::default();
    if !shown_entities.is_empty() {
        f.hidden_entity_types = EntityType::ALL
            .iter()
            .copied()
            .filter(|t| !shown_entities.contains(*t))
            .collect();
    }
    if !shown_relations.is_empty() {
        f.hidden_relation_types = RelationType::ALL
            .iter()
            .copied()
            .filter(|t| !shown_relations.contains(*t))
            .collect();
    }
    (f, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_plain_numbers_up_to_ten_minutes() {
        assert_eq!(seconds("src-timeout", "20"), Ok(20_000));
        assert_eq!(seconds("src-timeout", " 2.5 "), Ok(2_500));
        assert_eq!(seconds("src-timeout", "0.05"), Ok(50));
        for bad in ["0", "", "-3", "1e3", "601", "5s", ".5", "1.2.3", "九"] {
            assert!(seconds("src-timeout", bad).is_err(), "{bad:?}");
        }
        assert_eq!(option_name("url-state"), "urlState");
        assert_eq!(option_name("src-timeout"), "srcTimeout");
    }

    #[test]
    fn heights_are_plain_css_lengths_only() {
        assert_eq!(height("480px").as_deref(), Ok("480px"));
        assert_eq!(height(" 70VH ").as_deref(), Ok("70vh"));
        assert_eq!(height("33.5em").as_deref(), Ok("33.5em"));
        for bad in [
            "",
            "0px",
            "480",
            "px",
            "1e3px",
            "480px; color: red",
            "calc(1px)",
            "-4px",
            "1..2px",
            "url(x)",
        ] {
            assert!(height(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn filters_name_types_to_show() {
        let (f, problems) = filters("organization, event,launched,co-organized, planet");
        assert!(f.hidden_entity_types.contains(EntityType::Person));
        assert!(!f.hidden_entity_types.contains(EntityType::Event));
        assert!(!f.hidden_relation_types.contains(RelationType::CoOrganized));
        assert!(f.hidden_relation_types.contains(RelationType::Signed));
        assert_eq!(
            problems,
            ["filters: \"planet\" is neither an entity type nor a relation type"]
        );
        let (all, none) = filters("");
        assert_eq!(all, Filters::default());
        assert!(none.is_empty());
    }

    #[test]
    fn themes_languages_and_switches() {
        assert_eq!(theme("Dark"), Ok(Theme::Dark));
        assert!(theme("purple").unwrap_err().contains("light, dark or auto"));
        assert_eq!(lang("zh-Hans"), Ok(Lang::Zh));
        assert!(lang("fr").is_err());
        assert_eq!(switch("url-state", ""), Ok(true));
        assert_eq!(switch("url-state", "off"), Ok(false));
        assert!(switch("url-state", "maybe").is_err());
    }
}
