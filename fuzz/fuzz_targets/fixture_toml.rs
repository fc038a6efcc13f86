//! `fixture load` of arbitrary text. The body is
//! `orgctl::fuzzing::fixture_toml`, which `cargo test` also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    orgctl::fuzzing::fixture_toml(data);
});
