//! The rules of SPEC.md. Each module computes plans or checks from the state
//! it reads through `db/`; none of them prints.

pub mod access;
pub mod chat;
pub mod delete;
pub mod fixture;
pub mod generate;
pub mod invariants;
pub mod leave;
pub mod login;
pub mod org;
pub mod outbox;
pub mod policy;
pub mod policy_change;
pub mod registration;
pub mod staff;
pub mod transfer;
pub mod user;
pub mod validate;
