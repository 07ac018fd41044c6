//! Roles rendered in the other language (tests/data/extract/titles.tsv): the rendering of each
//! stated role at its body, or none where a word of it is not a title word.

use pmap_extract::titles::complete;
use pmap_graph::Names;

#[test]
fn every_role_reads_as_its_table_says_in_the_other_language() {
    let table = include_str!("../../../tests/data/extract/titles.tsv");
    let mut wrong = Vec::new();
    let mut rows = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cells: Vec<&str> = line.split('\t').collect();
        let [stated, body, expected] = cells[..] else {
            panic!("not three cells: {line}");
        };
        let mut role = Names::of_text(stated);
        let chinese = role.zh.is_some();
        complete(&mut role, (body != "-").then_some(body));
        let rendered = if chinese { role.en } else { role.zh };
        let expected = (expected != "-").then(|| expected.to_string());
        if rendered != expected {
            wrong.push(format!(
                "{stated} at {body}: {rendered:?}, expected {expected:?}"
            ));
        }
        rows += 1;
    }
    assert!(rows >= 20, "the table has {rows} rows");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_stated_side_of_a_role_is_never_changed() {
    let mut role = Names {
        en: Some("Executive Director".into()),
        zh: Some("执行院长".into()),
    };
    complete(&mut role, Some("亚洲企业孵化协会"));
    assert_eq!(role.zh.as_deref(), Some("执行院长"));
}
