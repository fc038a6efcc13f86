//! Shell completion scripts, generated from the clap definition. The copies
//! in `completions/` are checked against these by a test.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "orgctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
