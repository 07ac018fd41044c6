//! Yew's side of the view state: `pmap-view`'s reducer behind Yew's `Reducible`, and the live
//! positions that dragging an entity changes.

use std::collections::BTreeMap;
use std::rc::Rc;

use pmap_graph::Graph;
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

/// Where each entity is drawn; an entity dragged to a point moves the others gently aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Positions {
    pub graph: Rc<Graph>,
    pub at: BTreeMap<String, [f64; 2]>,
}

/// An entity (by id) dragged to a layout point.
pub type Dragged = (String, [f64; 2]);

/// What moves entities: the visitor, or the layout still settling.
#[derive(Debug, Clone)]
pub enum Move {
    Drag(Dragged),
    Layout(BTreeMap<String, [f64; 2]>),
}

impl Reducible for Positions {
    type Action = Move;

    fn reduce(self: Rc<Self>, action: Move) -> Rc<Self> {
        let at = match action {
            Move::Drag((id, to)) => pmap_view::drag(&self.graph, &self.at, &id, to),
            Move::Layout(at) => at,
        };
        Rc::new(Positions {
            graph: self.graph.clone(),
            at,
        })
    }
}
