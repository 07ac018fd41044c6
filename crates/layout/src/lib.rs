//! A small, deterministic force-directed layout in the manner of d3-force: a [`Simulation`] over
//! node indices and index pairs, cooled by `alpha`, with many-body repulsion, link springs, a gentle
//! pull to the centre and box collision so that labels do not overlap.
//!
//! It knows nothing of graphs, entities or the browser. The same input gives the same positions,
//! bit for bit: initial positions follow a phyllotaxis spiral (no random numbers) and every force
//! visits nodes in index order.

mod forces;
mod quadtree;
mod simulation;

pub use simulation::{Config, Simulation};
