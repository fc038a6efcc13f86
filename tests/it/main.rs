//! The integration suite: one test binary that drives `orgctl` through its
//! command-line contract on temporary databases (CLI.md).

mod harness;

mod audit_profiles;
mod backends;
mod basics;
mod concurrency;
mod crash;
mod delete;
mod edges;
mod engine;
mod faults;
mod fidelity;
mod fixtures;
mod lists;
mod login;
mod mail;
mod orgs_users;
mod policy;
mod registration;
mod security;
mod staff;
mod staff_batch;
mod surface;
mod transfer;
