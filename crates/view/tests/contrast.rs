//! WCAG 2.1 AA contrast of the widget's themes, read from its stylesheet (src/style.css): text
//! colours against the backgrounds they are drawn on at least 4.5:1, entity glyphs, lines of
//! focus and the focus ring at least 3:1 (non-text contrast), in the light and the dark theme.

use std::collections::HashMap;

fn stylesheet() -> String {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    std::fs::read_to_string(dir.join("../../src/style.css")).expect("src/style.css")
}

/// The `--pm-*` colours declared in the first rule whose selector starts with `selector`.
fn theme(css: &str, selector: &str) -> HashMap<String, String> {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("no rule {selector}"));
    let body = &css[start..start + css[start..].find('}').unwrap()];
    body.split(';')
        .filter_map(|decl| {
            let (k, v) = decl.split_once(':')?;
            let k = k
                .trim()
                .rsplit(|c: char| c.is_whitespace() || c == '{')
                .next()?
                .trim();
            k.starts_with("--pm-")
                .then(|| (k.to_string(), v.trim().to_string()))
        })
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check(name: &str, colours: &HashMap<String, String>) {
    let c = |k: &str| {
        colours
            .get(&format!("--pm-{k}"))
            .unwrap_or_else(|| panic!("{name}: no --pm-{k}"))
            .as_str()
    };
    let mut failures = vec![];
    for text in ["fg", "muted", "accent"] {
        for bg in ["bg", "panel"] {
            let r = contrast(c(text), c(bg));
            if r < 4.5 {
                failures.push(format!("text {text} on {bg}: {r:.2}"));
            }
        }
    }
    for shape in [
        "organization",
        "person",
        "event",
        "agreement",
        "place",
        "initiative",
        "focus",
        "accent",
    ] {
        let r = contrast(c(shape), c("bg"));
        if r < 3.0 {
            failures.push(format!("{shape} on bg: {r:.2}"));
        }
    }
    assert!(failures.is_empty(), "{name} theme: {failures:?}");
}

#[test]
fn the_light_theme_meets_wcag_aa() {
    check("light", &theme(&stylesheet(), ".pmap-frame"));
}

#[test]
fn the_dark_theme_meets_wcag_aa() {
    let css = stylesheet();
    let mut dark = theme(&css, ".pmap-frame");
    dark.extend(theme(&css, ".pmap-frame.theme-dark"));
    check("dark", &dark);
    // The system-dark variant is the same palette.
    let start = css.find("@media (prefers-color-scheme: dark)").unwrap();
    let mut auto = theme(&css, ".pmap-frame");
    auto.extend(theme(&css[start..], "  .pmap-frame.theme-auto"));
    assert_eq!(auto, dark);
}

#[test]
fn contrast_is_computed_as_wcag_defines_it() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}
