#!/usr/bin/env bash
# Regenerates the committed shell completions from the binary; a test
# (tests/it/basics.rs) fails when they drift.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q
bin=target/debug/orgctl
"$bin" completions bash > completions/orgctl.bash
"$bin" completions zsh > completions/_orgctl
"$bin" completions fish > completions/orgctl.fish
"$bin" completions powershell > completions/_orgctl.ps1
"$bin" completions elvish > completions/orgctl.elv
