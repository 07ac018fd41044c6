//! Entity and relation types of the map (data/vocabulary.json), with the direction rules of each
//! relation type. A test keeps these in step with the JSON file.

use serde::{Deserialize, Serialize};

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in the data format.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// Position in [`Self::ALL`] (for bit sets).
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

string_enum! {
    /// What kind of thing an entity is.
    EntityType {
        Organization = "organization",
        Person = "person",
        Event = "event",
        Agreement = "agreement",
        Place = "place",
        Initiative = "initiative",
    }
}

string_enum! {
    /// What a relation says.
    RelationType {
        HoldsRole = "holds_role",
        PartOf = "part_of",
        MemberOf = "member_of",
        Leads = "leads",
        Founded = "founded",
        Launched = "launched",
        LaunchedAt = "launched_at",
        Issued = "issued",
        Adopted = "adopted",
        AlignedWith = "aligned_with",
        Supports = "supports",
        PartneredWith = "partnered_with",
        SignedAgreementWith = "signed_agreement_with",
        Signed = "signed",
        Witnessed = "witnessed",
        Hosted = "hosted",
        CoOrganized = "co_organized",
        Attended = "attended",
        MetWith = "met_with",
        Visited = "visited",
        LocatedAt = "located_at",
    }
}

impl RelationType {
    /// Symmetric relations read the same both ways (stored once, source before target).
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            RelationType::PartneredWith | RelationType::SignedAgreementWith | RelationType::MetWith
        )
    }

    /// Whether the vocabulary allows a relation of this type from `source` to `target`.
    pub fn allows(self, source: EntityType, target: EntityType) -> bool {
        use EntityType::*;
        use RelationType::*;
        let any = |_: EntityType| true;
        let is = |kinds: &'static [EntityType]| move |t: EntityType| kinds.contains(&t);
        let (src_ok, dst_ok): (&dyn Fn(EntityType) -> bool, &dyn Fn(EntityType) -> bool) =
            match self {
                HoldsRole => (
                    &is(&[Person, Organization, Place]),
                    &is(&[Organization, Place]),
                ),
                PartOf => {
                    return (source == Organization && target == Organization)
                        || (source == Event && target == Event)
                }
                MemberOf => (&is(&[Organization, Place]), &is(&[Organization])),
                Leads => (
                    &is(&[Organization, Place]),
                    &is(&[Organization, Initiative]),
                ),
                Founded => (
                    &is(&[Organization, Place, Person]),
                    &is(&[Organization, Initiative]),
                ),
                Launched => (
                    &is(&[Organization, Person]),
                    &is(&[Organization, Initiative, Agreement]),
                ),
                LaunchedAt => (&is(&[Organization, Initiative, Agreement]), &is(&[Event])),
                Issued => (
                    &is(&[Organization, Place, Person]),
                    &is(&[Agreement, Initiative]),
                ),
                Adopted => (&is(&[Organization, Event]), &is(&[Agreement])),
                AlignedWith => (
                    &is(&[Organization, Initiative]),
                    &is(&[Agreement, Initiative]),
                ),
                Supports => (&is(&[Organization, Person, Place]), &any),
                PartneredWith => (&is(&[Organization, Place]), &is(&[Organization, Place])),
                SignedAgreementWith => (&is(&[Organization]), &is(&[Organization])),
                Signed => (&is(&[Person, Organization]), &is(&[Agreement])),
                Witnessed => (&is(&[Person]), &is(&[Agreement, Event])),
                Hosted => (&is(&[Organization]), &is(&[Event])),
                CoOrganized => (&is(&[Organization]), &is(&[Event])),
                Attended => (&is(&[Person, Organization, Place]), &is(&[Event])),
                MetWith => (&is(&[Person, Organization]), &is(&[Person, Organization])),
                Visited => (&is(&[Person, Organization]), &is(&[Organization, Place])),
                LocatedAt => (
                    &is(&[Organization, Event, Place]),
                    &is(&[Place, Organization]),
                ),
            };
        src_ok(source) && dst_ok(target)
    }
}
