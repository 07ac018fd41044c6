//! Programme lines: "Session A, AI for energy-intensive industries." opens a session of the
//! meeting the programme is for; what the rest of that line says (its moderator, organisers and
//! leaders) is about the session, not the meeting.

use std::ops::Range;

use pmap_graph::EntityType;

use crate::fold::Folded;
use crate::mentions::Mention;

/// The title of the session a programme line opens ("Session C, SME Clinic." → "SME Clinic"),
/// as a byte range of the sentence: "Session" or "Parallel session", a label of one to three
/// letters or digits, a comma or colon, then the title up to the sentence's end.
pub fn session_title(sentence: &str) -> Option<Range<usize>> {
    let rest = sentence
        .strip_prefix("Session ")
        .or_else(|| sentence.strip_prefix("Parallel session "))?;
    let label_len = rest.find([',', ':']).filter(|&n| {
        (1..=3).contains(&n) && rest[..n].chars().all(|c| c.is_ascii_alphanumeric())
    })?;
    let after = &rest[label_len + 1..];
    let title = after.trim_start();
    let start = sentence.len() - title.len();
    let title = title.trim_end().trim_end_matches('.');
    // A title of its own: a capitalised word or more, not a clause ("Session D, on AI …, was
    // cancelled" names no session title).
    let opens_name = title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (opens_name && title.split_whitespace().count() >= 2 && !title.contains(", "))
        .then(|| start..start + title.len())
}

/// The session (its entity) a programme line's sentence opens: the event named by its title.
pub fn opened_session(original: &str, folded: &Folded, mentions: &[Mention]) -> Option<usize> {
    let at = folded.folded_offset(session_title(original)?.start);
    mentions
        .iter()
        .find(|m| m.start == at && m.kind == EntityType::Event)
        .map(|m| m.entity)
}

#[cfg(test)]
mod tests {
    use super::session_title;

    fn title(s: &str) -> Option<&str> {
        session_title(s).map(|r| &s[r])
    }

    #[test]
    fn a_session_line_names_its_title() {
        assert_eq!(title("Session C, SME Clinic."), Some("SME Clinic"));
        assert_eq!(
            title("Parallel session 2: Data for small factories."),
            Some("Data for small factories")
        );
        assert_eq!(
            title("Session B, Skills: the first year of the Hub."),
            Some("Skills: the first year of the Hub")
        );
    }

    #[test]
    fn other_sentences_name_no_session() {
        assert_eq!(
            title("Session D, on AI standards with ISO, was cancelled."),
            None
        );
        assert_eq!(title("Sessions ran all day."), None);
        assert_eq!(title("Session, as planned."), None);
        assert_eq!(title("The Session C, SME Clinic."), None);
    }
}
