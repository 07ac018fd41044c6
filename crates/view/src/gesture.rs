//! Pointer gestures on the map as a pure state machine: pressing and releasing on something
//! without moving selects it; moving past a few pixels drags the entity or pans; two pointers
//! pinch. Mouse, pen and touch alike (touch has a wider slop).
//!
//! The decision is taken at `pointerup`, never in `click`: the map captures the pointer, and
//! browsers send the `click` that follows to the capturing element, not to the entity.

/// What a pointer went down on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Background,
    /// An entity (its mark, hit disc or label), by id.
    Entity(String),
    /// A line, by the index in the graph of its first relation.
    Relation(usize),
}

/// The kind of pointer (`PointerEvent.pointerType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Pen,
    Touch,
}

impl PointerKind {
    pub fn from_dom(kind: &str) -> PointerKind {
        match kind {
            "touch" => PointerKind::Touch,
            "pen" => PointerKind::Pen,
            _ => PointerKind::Mouse,
        }
    }

    /// How far (CSS px) a press may wander and still be a click or tap.
    pub fn slop(self) -> f64 {
        match self {
            PointerKind::Mouse => 4.0,
            PointerKind::Pen => 6.0,
            PointerKind::Touch => 10.0,
        }
    }
}

/// What a pointer event means for the map.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Nothing,
    Select(String),
    SelectRelation(usize),
    /// Pan by this many screen pixels.
    Pan([f64; 2]),
    /// Move the entity to this screen point.
    Drag(String, [f64; 2]),
    /// Zoom by `factor` around this screen point.
    Pinch {
        factor: f64,
        at: [f64; 2],
    },
}

#[derive(Debug, Default)]
enum Mode {
    #[default]
    Idle,
    Press {
        target: Target,
        start: [f64; 2],
        kind: PointerKind,
        moved: bool,
    },
    Pinch {
        distance: f64,
    },
}

/// The pointers down on the map and what they are doing.
#[derive(Debug, Default)]
pub struct Gestures {
    pointers: Vec<(i32, [f64; 2])>,
    mode: Mode,
}

impl Gestures {
    /// Whether any pointer is down.
    pub fn active(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// A pointer went down at a screen point on `target`.
    pub fn down(&mut self, id: i32, kind: PointerKind, at: [f64; 2], target: Target) {
        self.pointers.retain(|(p, _)| *p != id);
        self.pointers.push((id, at));
        self.mode = match self.pointers.as_slice() {
            [(_, a), (_, b)] => Mode::Pinch {
                distance: distance(*a, *b),
            },
            [_] => Mode::Press {
                target,
                start: at,
                kind,
                moved: false,
            },
            // A third finger: nothing until they lift.
            _ => Mode::Idle,
        };
    }

    /// A pointer moved to a screen point.
    pub fn moved(&mut self, id: i32, at: [f64; 2]) -> Outcome {
        let Some(slot) = self.pointers.iter().position(|(p, _)| *p == id) else {
            return Outcome::Nothing;
        };
        let before = self.pointers[slot].1;
        self.pointers[slot].1 = at;
        let pair = match self.pointers.as_slice() {
            [(_, a), (_, b)] => Some((*a, *b)),
            _ => None,
        };
        match &mut self.mode {
            Mode::Idle => Outcome::Nothing,
            Mode::Press {
                target,
                start,
                kind,
                moved,
            } => {
                let was_moved = *moved;
                *moved |= distance(*start, at) > kind.slop();
                match (target, *moved) {
                    (_, false) => Outcome::Nothing,
                    (Target::Entity(id), true) => Outcome::Drag(id.clone(), at),
                    // Background and lines pan; from where the press began once past the slop.
                    (_, true) => {
                        let from = if was_moved { before } else { *start };
                        Outcome::Pan([at[0] - from[0], at[1] - from[1]])
                    }
                }
            }
            Mode::Pinch { distance: d0 } => {
                let Some((a, b)) = pair else {
                    return Outcome::Nothing;
                };
                let d1 = distance(a, b);
                if *d0 <= 0.0 || d1 <= 0.0 {
                    return Outcome::Nothing;
                }
                let factor = d1 / *d0;
                *d0 = d1;
                Outcome::Pinch {
                    factor,
                    at: [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0],
                }
            }
        }
    }

    /// A pointer went up: a press that never moved selects what it was on.
    pub fn up(&mut self, id: i32) -> Outcome {
        let outcome = match &self.mode {
            Mode::Press {
                target,
                moved: false,
                ..
            } if self.pointers.len() == 1 && self.pointers[0].0 == id => match target {
                Target::Entity(e) => Outcome::Select(e.clone()),
                Target::Relation(r) => Outcome::SelectRelation(*r),
                Target::Background => Outcome::Nothing,
            },
            _ => Outcome::Nothing,
        };
        self.lift(id);
        outcome
    }

    /// The browser took the pointer away (scrolling, a system gesture): nothing is selected.
    pub fn cancel(&mut self, id: i32) {
        self.lift(id);
    }

    fn lift(&mut self, id: i32) {
        self.pointers.retain(|(p, _)| *p != id);
        // The finger left on the map after a pinch pans, and never selects.
        self.mode = match self.pointers.as_slice() {
            [(_, at)] => Mode::Press {
                target: Target::Background,
                start: *at,
                kind: PointerKind::Touch,
                moved: true,
            },
            _ => Mode::Idle,
        };
    }
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity() -> Target {
        Target::Entity("unido".into())
    }

    #[test]
    fn press_and_release_selects_for_every_pointer_kind() {
        for kind in [PointerKind::Mouse, PointerKind::Pen, PointerKind::Touch] {
            let mut g = Gestures::default();
            g.down(1, kind, [10.0, 10.0], entity());
            // A hand is never perfectly still: a wobble within the slop is still a click.
            assert_eq!(g.moved(1, [12.0, 11.0]), Outcome::Nothing);
            assert_eq!(g.up(1), Outcome::Select("unido".into()), "{kind:?}");
            assert!(!g.active());
        }
    }

    #[test]
    fn a_line_selects_its_relation_and_the_background_nothing() {
        let mut g = Gestures::default();
        g.down(1, PointerKind::Mouse, [0.0, 0.0], Target::Relation(7));
        assert_eq!(g.up(1), Outcome::SelectRelation(7));
        g.down(1, PointerKind::Mouse, [0.0, 0.0], Target::Background);
        assert_eq!(g.up(1), Outcome::Nothing);
    }

    #[test]
    fn moving_past_the_slop_drags_an_entity_and_then_does_not_select() {
        let mut g = Gestures::default();
        g.down(1, PointerKind::Mouse, [0.0, 0.0], entity());
        assert_eq!(g.moved(1, [3.0, 0.0]), Outcome::Nothing);
        assert_eq!(
            g.moved(1, [30.0, 5.0]),
            Outcome::Drag("unido".into(), [30.0, 5.0])
        );
        // Back where it started: still a drag, not a click.
        g.moved(1, [0.0, 0.0]);
        assert_eq!(g.up(1), Outcome::Nothing);
    }

    #[test]
    fn touch_forgives_more_than_a_mouse() {
        let mut mouse = Gestures::default();
        mouse.down(1, PointerKind::Mouse, [0.0, 0.0], entity());
        mouse.moved(1, [8.0, 0.0]);
        assert_eq!(mouse.up(1), Outcome::Nothing);
        let mut touch = Gestures::default();
        touch.down(1, PointerKind::Touch, [0.0, 0.0], entity());
        touch.moved(1, [8.0, 0.0]);
        assert_eq!(touch.up(1), Outcome::Select("unido".into()));
    }

    #[test]
    fn the_background_and_lines_pan_by_the_whole_movement() {
        for target in [Target::Background, Target::Relation(0)] {
            let mut g = Gestures::default();
            g.down(1, PointerKind::Mouse, [0.0, 0.0], target);
            assert_eq!(g.moved(1, [2.0, 0.0]), Outcome::Nothing);
            // Past the slop, the pan includes the first pixels.
            assert_eq!(g.moved(1, [10.0, 4.0]), Outcome::Pan([10.0, 4.0]));
            assert_eq!(g.moved(1, [15.0, 4.0]), Outcome::Pan([5.0, 0.0]));
            assert_eq!(g.up(1), Outcome::Nothing);
        }
    }

    #[test]
    fn two_fingers_pinch_and_never_select() {
        let mut g = Gestures::default();
        g.down(1, PointerKind::Touch, [100.0, 100.0], entity());
        g.down(2, PointerKind::Touch, [200.0, 100.0], Target::Background);
        assert_eq!(
            g.moved(2, [300.0, 100.0]),
            Outcome::Pinch {
                factor: 2.0,
                at: [200.0, 100.0]
            }
        );
        assert_eq!(g.up(2), Outcome::Nothing);
        // The finger that stays pans.
        assert_eq!(g.moved(1, [110.0, 100.0]), Outcome::Pan([10.0, 0.0]));
        assert_eq!(g.up(1), Outcome::Nothing);
    }

    #[test]
    fn a_cancelled_press_selects_nothing_and_unknown_pointers_are_ignored() {
        let mut g = Gestures::default();
        g.down(1, PointerKind::Touch, [0.0, 0.0], entity());
        g.cancel(1);
        assert_eq!(g.up(1), Outcome::Nothing);
        assert_eq!(g.moved(9, [1.0, 1.0]), Outcome::Nothing);
        assert_eq!(g.up(9), Outcome::Nothing);
    }
}
