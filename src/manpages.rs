//! Man pages, generated from the clap definition with clap_mangen: one for
//! `orgctl` and one per subcommand (`orgctl-user-delete.1`). The copies in
//! `man/` are checked against these by a test, like the completions.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

/// Every page as (file name, roff text), `orgctl.1` first.
pub fn pages() -> Result<Vec<(String, String)>> {
    let mut root = Cli::command();
    // Subcommands' pages are named and titled by their whole path.
    root.build();
    let mut pages = Vec::new();
    collect(&root, "orgctl", &mut pages)?;
    Ok(pages)
}

fn collect(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, String)>) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    // After `build`, a subcommand's display name is its whole path
    // (`orgctl-user-delete`), which clap_mangen uses as the title.
    let mut text = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .date("")
        .source(format!("orgctl {}", env!("CARGO_PKG_VERSION")))
        .manual("orgctl manual")
        .render(&mut text)?;
    pages.push((
        format!("{name}.1"),
        String::from_utf8_lossy(&text).into_owned(),
    ));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        collect(sub, &format!("{name}-{}", sub.get_name()), pages)?;
    }
    Ok(())
}

/// Writes every page into `dir` (created if missing).
pub fn write_all(dir: &std::path::Path) -> Result<usize> {
    std::fs::create_dir_all(dir)?;
    let pages = pages()?;
    for (name, text) in &pages {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(pages.len())
}
