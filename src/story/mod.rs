//! Stories: the scenario model, loading, checking, playing and drawing as a graph.
//! Nothing here knows about Bevy.

pub mod check;
pub mod graph;
pub mod load;
pub mod model;
pub mod readability;
pub mod runtime;
pub mod summary;
