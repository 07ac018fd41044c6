//! Property tests: on any text (arbitrary Unicode; fragments of the corpus and of the held-out
//! cases spliced with noise) the
//! extractor neither panics nor invents: every quote is a verbatim slice of its article at its
//! offsets, and every graph it makes is valid. `PROPTEST_CASES` sets how many cases run.

use pmap_extract::{extract, Source};
use proptest::prelude::*;

const CORPUS: &[&str] = &[
    include_str!("../../../data/corpus/000_715f151cd4f86673.txt"),
    include_str!("../../../data/corpus/001_48d6c160825b93f3.txt"),
    include_str!("../../../data/corpus/002_3349b75146b27dc2.txt"),
    include_str!("../../../data/corpus/003_3ab731f8980c3215.txt"),
    include_str!("../../../data/corpus/004_5776d57ae724ae29.txt"),
    // The held-out cases, for the rules they exercise.
    include_str!("../../../tests/data/extract/feature-story.txt"),
    include_str!("../../../tests/data/extract/launch-together.txt"),
    include_str!("../../../tests/data/extract/membership-visit.txt"),
    include_str!("../../../tests/data/extract/mou-and-support.txt"),
    include_str!("../../../tests/data/extract/press-release.txt"),
    include_str!("../../../tests/data/extract/roles-and-cohosts.txt"),
    include_str!("../../../tests/data/extract/titled-people.txt"),
    include_str!("../../../tests/data/extract/unknown-names-en.txt"),
    include_str!("../../../tests/data/extract/unknown-names-zh.txt"),
    include_str!("../../../tests/data/extract/zh-ceremony.txt"),
    include_str!("../../../tests/data/extract/zh-forum.txt"),
    include_str!("../../../tests/data/extract/zh-government.txt"),
    include_str!("../../../tests/data/extract/zh-signing.txt"),
];

fn check(text: &str) -> Result<(), TestCaseError> {
    let extraction = extract(&[Source {
        id: "doc".into(),
        text: text.to_string(),
        meta: None,
    }]);
    let graph = &extraction.graph;
    prop_assert_eq!(pmap_graph::validate(graph), vec![]);
    for e in graph.relations.iter().flat_map(|r| &r.evidence) {
        let (s, t) = (e.start.unwrap(), e.end.unwrap());
        prop_assert_eq!(text.get(s..t), Some(e.quote.as_str()));
    }
    Ok(())
}

/// Sentences and fragments from the corpus, spliced with arbitrary text.
fn spliced() -> impl Strategy<Value = String> {
    let pieces: Vec<String> = CORPUS
        .iter()
        .flat_map(|a| a.split_inclusive(['.', '。', ',', ',', '\n']))
        .map(String::from)
        .collect();
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(pieces),
            1 => any::<String>(),
            1 => "[ \\n\\t,.;:!?()“”‘’—–-]{0,4}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_breaks_it(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn spliced_corpus_text_keeps_quotes_verbatim(text in spliced()) {
        check(&text)?;
    }
}
