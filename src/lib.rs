//! orgctl as a library: the modules of the binary, so that fuzz targets and
//! other harnesses can call the CSV importer and the fixture loader
//! directly. `main.rs` is the only user of the command-line entry points.

pub mod checks;
pub mod cli;
pub mod commands;
pub mod completions;
pub mod csvio;
pub mod db;
pub mod domain;
pub mod error;
pub mod fault;
#[cfg(any(test, fuzzing))]
pub mod fuzzing;
pub mod mail;
pub mod maildir;
pub mod manpages;
pub mod model;
pub mod plan;
#[cfg(test)]
mod proptests;
pub mod render;
pub mod secrets;
pub mod settings;
pub mod smtp;
pub mod text;
pub mod views;
