//! `staff import` of arbitrary bytes: the first byte picks the options.
//! The body is `orgctl::fuzzing::staff_csv`, which `cargo test` also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    orgctl::fuzzing::staff_csv(data);
});
