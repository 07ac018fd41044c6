//! Trusted input through the WebDriver Actions API (chromedriver, geckodriver): the browser
//! itself produces the events — hit testing, pointer capture, `click` targeting, default
//! actions and all — as for a person's mouse, finger, pen, wheel or keyboard. Nothing here
//! calls `dispatchEvent`; scripts only read where things are and what they show.

use std::time::Duration;

use fantoccini::actions::{
    Actions, InputSource, KeyAction, KeyActions, MouseActions, PenActions, PointerAction,
    TouchActions, WheelAction, WheelActions, MOUSE_BUTTON_LEFT,
};
use serde_json::{json, Value};

use crate::Browser;

/// A point in the viewport, CSS pixels.
pub type Point = [f64; 2];

/// WebDriver key codes.
pub mod key {
    pub const TAB: char = '\u{E004}';
    pub const ENTER: char = '\u{E007}';
    pub const SHIFT: char = '\u{E008}';
    pub const CONTROL: char = '\u{E009}';
    pub const ESCAPE: char = '\u{E00C}';
    pub const LEFT: char = '\u{E012}';
    pub const UP: char = '\u{E013}';
    pub const RIGHT: char = '\u{E014}';
    pub const DOWN: char = '\u{E015}';
}

/// Which pointer device a press uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Mouse,
    Touch,
    Pen,
}

fn to(p: Point, ms: u64) -> PointerAction {
    PointerAction::MoveTo {
        duration: Some(Duration::from_millis(ms)),
        x: p[0].round(),
        y: p[1].round(),
    }
}

fn pause(ms: u64) -> PointerAction {
    PointerAction::Pause {
        duration: Duration::from_millis(ms),
    }
}

const DOWN: PointerAction = PointerAction::Down {
    button: MOUSE_BUTTON_LEFT,
};
const UP: PointerAction = PointerAction::Up {
    button: MOUSE_BUTTON_LEFT,
};

/// A pointer sequence of this device.
fn sequence(device: Device, id: &str, steps: Vec<PointerAction>) -> Actions {
    match device {
        Device::Mouse => {
            let mut s = MouseActions::new(id.to_string());
            for a in steps {
                s = s.then(a);
            }
            s.into()
        }
        Device::Touch => {
            let mut s = TouchActions::new(id.to_string());
            for a in steps {
                s = s.then(a);
            }
            s.into()
        }
        Device::Pen => {
            let mut s = PenActions::new(id.to_string());
            for a in steps {
                s = s.then(a);
            }
            s.into()
        }
    }
}

impl Browser {
    async fn perform(&self, actions: Actions) {
        self.perform_then_wait(actions, 120).await;
    }

    /// Performs the input, then lets the page render what it did.
    async fn perform_then_wait(&self, actions: Actions, ms: u64) {
        self.client
            .perform_actions(actions)
            .await
            .expect("the browser performs the input");
        self.client.release_actions().await.expect("input released");
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }

    /// Presses and releases at a point, holding for 80 ms, like a deliberate click or tap.
    pub async fn press_at(&self, device: Device, p: Point) {
        let steps = vec![to(p, 0), DOWN, pause(80), UP];
        self.perform(sequence(device, "pointer", steps)).await;
    }

    /// A mouse click at a point.
    pub async fn click_at(&self, p: Point) {
        self.press_at(Device::Mouse, p).await;
    }

    /// Two quick clicks at a point.
    pub async fn double_click_at(&self, p: Point) {
        let steps = vec![to(p, 0), DOWN, UP, pause(40), DOWN, UP];
        self.perform(sequence(Device::Mouse, "mouse", steps)).await;
    }

    /// Moves the mouse to a point and leaves it there.
    pub async fn hover_at(&self, p: Point) {
        self.perform(sequence(Device::Mouse, "mouse", vec![to(p, 0), pause(50)]))
            .await;
    }

    /// Presses at `from`, moves to `to` over a few steps, releases.
    pub async fn drag(&self, device: Device, from: Point, to_p: Point) {
        let mut steps = vec![to(from, 0), DOWN, pause(50)];
        for i in 1..=5 {
            let t = i as f64 / 5.0;
            let p = [
                from[0] + (to_p[0] - from[0]) * t,
                from[1] + (to_p[1] - from[1]) * t,
            ];
            steps.push(to(p, 40));
        }
        steps.extend([pause(50), UP]);
        self.perform(sequence(device, "pointer", steps)).await;
    }

    /// Two fingers around `centre`, from `from` apart to `to` apart, horizontally.
    pub async fn pinch(&self, centre: Point, from: f64, to_d: f64) {
        let finger = |sign: f64| {
            let at = |d: f64| [centre[0] + sign * d / 2.0, centre[1]];
            let mut steps = vec![to(at(from), 0), DOWN, pause(50)];
            for i in 1..=6 {
                steps.push(to(at(from + (to_d - from) * i as f64 / 6.0), 40));
            }
            steps.extend([pause(50), UP]);
            let mut s = TouchActions::new(if sign < 0.0 { "finger1" } else { "finger2" }.into());
            for a in steps {
                s = s.then(a);
            }
            s
        };
        self.perform(Actions::from(finger(-1.0)).and(finger(1.0)))
            .await;
    }

    /// Turns the mouse wheel at a point (`delta_y` > 0 scrolls down), with Ctrl held or not.
    pub async fn wheel_at(&self, p: Point, delta_y: i64, ctrl: bool) {
        let wheel = WheelActions::new("wheel".into())
            .then(WheelAction::Pause {
                duration: Duration::from_millis(0),
            })
            .then(WheelAction::Scroll {
                duration: Some(Duration::from_millis(50)),
                x: p[0].round() as i64,
                y: p[1].round() as i64,
                delta_x: 0,
                delta_y,
            })
            .then(WheelAction::Pause {
                duration: Duration::from_millis(0),
            });
        let mut actions = Actions::from(wheel);
        if ctrl {
            let keys = KeyActions::new("keyboard".into())
                .then(KeyAction::Down {
                    value: key::CONTROL,
                })
                .then(KeyAction::Pause {
                    duration: Duration::from_millis(60),
                })
                .then(KeyAction::Up {
                    value: key::CONTROL,
                });
            actions = actions.and(keys);
        }
        self.perform(actions).await;
    }

    /// Presses keys one after the other on whatever has focus (each down then up).
    pub async fn keys(&self, keys: &[char]) {
        let mut s = KeyActions::new("keyboard".into());
        for &k in keys {
            s = s
                .then(KeyAction::Down { value: k })
                .then(KeyAction::Up { value: k });
        }
        self.perform_then_wait(s.into(), 50).await;
    }

    /// Presses a key while holding modifiers (Shift+Tab: `chord(&[key::SHIFT], key::TAB)`).
    pub async fn chord(&self, modifiers: &[char], k: char) {
        let mut s = KeyActions::new("keyboard".into());
        for &m in modifiers {
            s = s.then(KeyAction::Down { value: m });
        }
        s = s
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k });
        for &m in modifiers.iter().rev() {
            s = s.then(KeyAction::Up { value: m });
        }
        self.perform_then_wait(s.into(), 50).await;
    }

    /// Types text on whatever has focus.
    pub async fn type_text(&self, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        self.keys(&chars).await;
    }

    /// Where the element with this role and name is, in the viewport, after scrolling it into
    /// view if it is not: the centre of an entity's mark, else of the element's box.
    pub async fn centre(&self, role: &str, name: &str) -> Point {
        self.locate(role, name, true).await
    }

    /// Where the element is now (the centre of an entity's mark, else of the element's box),
    /// scrolled into view first if `scroll` and it is out of view.
    pub async fn locate(&self, role: &str, name: &str, scroll: bool) -> Point {
        self.wait_for(role, name).await;
        let v = self
            .run(
                "const el = all(document).find(e => roleOf(e) === arguments[0] && named(e, arguments[1]));\
                 const part = el.querySelector(':scope > .glyph') || el;\
                 let r = part.getBoundingClientRect();\
                 if (arguments[2] && (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)) {\
                   part.scrollIntoView({block: 'center', inline: 'center'}); r = part.getBoundingClientRect(); }\
                 return [r.left + r.width / 2, r.top + r.height / 2];",
                vec![json!(role), json!(name), json!(scroll)],
            )
            .await;
        point(&v)
    }

    /// The box of the element with this role and name: [left, top, width, height].
    pub async fn rect(&self, role: &str, name: &str) -> [f64; 4] {
        self.wait_for(role, name).await;
        let v = self
            .run(
                "const el = all(document).find(e => roleOf(e) === arguments[0] && named(e, arguments[1]));\
                 const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height];",
                vec![json!(role), json!(name)],
            )
            .await;
        let a: Vec<f64> = v
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        [a[0], a[1], a[2], a[3]]
    }

    /// The checkboxes in the list with this name: each one's name and whether it is ticked.
    pub async fn checkboxes(&self, list: &str) -> Vec<(String, bool)> {
        let v = self
            .run(
                "const list = all(document).find(e => roleOf(e) === 'list' && nameOf(e) === arguments[0]);\
                 return [...list.querySelectorAll('input')].map(i => [nameOf(i), i.checked]);",
                vec![json!(list)],
            )
            .await;
        serde_json::from_value(v).unwrap_or_default()
    }

    /// The value of an attribute of the element with this role and name.
    pub async fn attribute(&self, role: &str, name: &str, attribute: &str) -> Option<String> {
        self.wait_for(role, name).await;
        self.run(
            "const el = all(document).find(e => roleOf(e) === arguments[0] && named(e, arguments[1]));\
             return el.getAttribute(arguments[2]);",
            vec![json!(role), json!(name), json!(attribute)],
        )
        .await
        .as_str()
        .map(String::from)
    }

    /// Role and name of the element that has focus (inside shadow roots too).
    pub async fn focused(&self) -> (String, String) {
        let v = self
            .run(
                "let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;\
                 return el ? [roleOf(el) || el.tagName.toLowerCase(), nameOf(el)] : ['', ''];",
                vec![],
            )
            .await;
        let s = |i: usize| v[i].as_str().unwrap_or("").to_string();
        (s(0), s(1))
    }

    /// The text the visitor has selected (in the page or the widget's shadow root).
    pub async fn selected_text(&self) -> String {
        self.run(
            "const host = document.querySelector('partnership-map');\
             const inner = host && host.shadowRoot && host.shadowRoot.getSelection ? host.shadowRoot.getSelection().toString() : '';\
             return inner || document.getSelection().toString();",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or("")
        .to_string()
    }
}

fn point(v: &Value) -> Point {
    let x = v[0].as_f64().unwrap_or_else(|| panic!("no point in {v}"));
    let y = v[1].as_f64().unwrap_or_else(|| panic!("no point in {v}"));
    [x, y]
}
