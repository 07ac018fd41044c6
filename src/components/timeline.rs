//! The time slider: the network as of a date, from the first to the last dated relation (the
//! last stop shows every date), with a play button that steps through the dates.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use pmap_view::{ui, Action, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub dates: Rc<Vec<String>>,
    pub until: Option<String>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Milliseconds between two stops while playing.
const STEP_MS: u32 = 900;

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let strings = ui(props.lang);
    let dates = props.dates.clone();
    let last = dates.len();
    let position = props
        .until
        .as_ref()
        .map_or(last, |u| dates.iter().position(|d| d >= u).unwrap_or(last));
    let player = use_mut_ref(|| None::<Interval>);
    let playing = use_state(|| false);
    {
        let player = player.clone();
        use_effect_with((), move |_| move || drop(player.borrow_mut().take()));
    }
    let until_at = {
        let dates = dates.clone();
        move |i: usize| dates.get(i).cloned()
    };
    let oninput = {
        let (on_action, until_at) = (props.on_action.clone(), until_at.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let i = input.value().parse::<usize>().unwrap_or(usize::MAX);
            on_action.emit(Action::SetUntil(until_at(i)));
        })
    };
    let toggle = {
        let (player, playing, on_action) =
            (player.clone(), playing.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if player.borrow_mut().take().is_some() {
                playing.set(false);
                return;
            }
            // From the first date (or on from where the slider is), one stop per step.
            let mut next = if position >= last { 0 } else { position + 1 };
            on_action.emit(Action::SetUntil(until_at(next)));
            let (player2, playing2, on_action, until_at) = (
                player.clone(),
                playing.clone(),
                on_action.clone(),
                until_at.clone(),
            );
            *player.borrow_mut() = Some(Interval::new(STEP_MS, move || {
                next += 1;
                on_action.emit(Action::SetUntil(until_at(next)));
                if next >= last {
                    drop(player2.borrow_mut().take());
                    playing2.set(false);
                }
            }));
            playing.set(true);
        })
    };
    if dates.is_empty() {
        return html! {};
    }
    let shown = dates
        .get(position)
        .cloned()
        .unwrap_or_else(|| strings.all_dates.to_string());
    let play_label = if *playing {
        strings.pause
    } else {
        strings.play
    };
    html! {
        <div class="timeline">
            <button type="button" class="play" aria-label={play_label} title={play_label} onclick={toggle}>
                { if *playing { "❚❚" } else { "▶" } }
            </button>
            <label class="date">
                <span>{ strings.date }</span>
                <input type="range" min="0" max={last.to_string()} step="1" value={position.to_string()}
                    aria-label={strings.date} aria-valuetext={shown.clone()} {oninput} />
                <output>{ shown }</output>
            </label>
        </div>
    }
}
