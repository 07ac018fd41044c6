//! Yew's side of the view state: `pmap-view`'s reducer behind Yew's `Reducible`.

use std::rc::Rc;

use pmap_view::{Action, ViewState};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Model(pub ViewState);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.reduce(action)))
    }
}
