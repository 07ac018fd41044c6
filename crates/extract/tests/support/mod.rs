//! Helpers shared by the extraction tests.
pub mod score;
