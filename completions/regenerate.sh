#!/usr/bin/env bash
# Regenerates the committed shell completions and man pages from the binary;
# tests (tests/it/basics.rs, tests/it/surface.rs) fail when they drift. Honours
# CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q
bin="${CARGO_TARGET_DIR:-target}/debug/orgctl"
"$bin" completions bash > completions/orgctl.bash
"$bin" completions zsh > completions/_orgctl
"$bin" completions fish > completions/orgctl.fish
"$bin" completions powershell > completions/_orgctl.ps1
"$bin" completions elvish > completions/orgctl.elv
rm -f man/*.1
"$bin" -q manpages man
