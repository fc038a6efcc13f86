//! orgctl: the administrator's tool for a business-chat service. This file
//! parses the command line, resolves the settings, runs the command and maps
//! any error to its exit code, in that order and nowhere else.

use std::process::ExitCode;

use clap::Parser;

use orgctl::error::{self, Error, ErrorKind, ExitStatus};
use orgctl::settings::{Format, Settings};
use orgctl::{cli, commands, render};

/// The format asked for, read from the raw arguments and environment, for
/// reporting an error found before the arguments could be parsed.
fn format_before_parsing() -> Format {
    let args: Vec<String> = std::env::args().collect();
    let from_args = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--format=")
            .map(str::to_string)
            .or_else(|| (a == "--format").then(|| args.get(i + 1).cloned().unwrap_or_default()))
    });
    match from_args
        .or_else(|| std::env::var("ORGCTL_FORMAT").ok())
        .as_deref()
    {
        Some("json") => Format::Json,
        Some("jsonl") => Format::Jsonl,
        _ => Format::Table,
    }
}

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are not errors (exit 0); the rest is usage (2).
            let code = e.exit_code();
            if code != 0 && format_before_parsing().is_json() {
                // clap's message up to its usage section, on one line.
                let message = e.to_string();
                let text: Vec<&str> = message
                    .lines()
                    .map(str::trim)
                    .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more"))
                    .filter(|l| !l.is_empty())
                    .collect();
                let text = text.join(" ");
                render::error(
                    &Error::usage(text.trim_start_matches("error: ")),
                    Format::Json,
                );
            } else {
                let _ = e.print();
            }
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    let settings = match Settings::resolve(cli.global.given()) {
        Ok(s) => s,
        Err(err) => {
            return ExitCode::from(fail(
                &err,
                cli.global.format.unwrap_or_else(format_before_parsing),
            ));
        }
    };
    let format = settings.format;
    let verbose = settings.verbose;
    let started = std::time::Instant::now();
    let code = match commands::run(cli.command, settings) {
        Ok(status) => status.code(),
        Err(err) => fail(&err, format),
    };
    if verbose {
        render::trace(&format!(
            "finished in {} ms, exit code {code}",
            started.elapsed().as_millis()
        ));
    }
    ExitCode::from(code)
}

fn fail(err: &anyhow::Error, format: Format) -> u8 {
    let e = error::classify(err);
    render::error(&e, format);
    debug_assert!(e.kind != ErrorKind::Partial || !e.message.is_empty());
    ExitStatus::Failed(e.kind).code()
}
