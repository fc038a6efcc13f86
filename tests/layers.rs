//! The layering ARCHITECTURE.md draws, checked on the source (issue 11): no
//! import circle between the top-level modules, only `src/db/` names a SQL
//! driver, and only `src/render/` prints. Test code (`#[cfg(test)] mod
//! tests`, `src/proptests.rs`) is left out: tests may reach across layers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each source file below `src/` as (its path from `src/`, its production
/// code: the text before its `#[cfg(test)] mod tests`).
fn production_code() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let rel = path
                .strip_prefix(&src)
                .expect("below src/")
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "proptests.rs" {
                return None;
            }
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            let code = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            Some((rel, code))
        })
        .collect()
}

/// The top-level module a file belongs to (`db` for `db/sql.rs`).
fn module(rel: &str) -> String {
    rel.split('/')
        .next()
        .unwrap_or(rel)
        .trim_end_matches(".rs")
        .to_string()
}

#[test]
fn the_top_level_modules_import_each_other_without_a_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, code) in production_code() {
        let me = module(&rel);
        if me == "main" || me == "lib" {
            continue;
        }
        let deps = graph.entry(me.clone()).or_default();
        for (at, _) in code.match_indices("crate::") {
            let name: String = code[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && name != me {
                deps.insert(name);
            }
        }
    }
    // Depth-first search for a path back to where it started.
    fn find_circle(
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        let last = path.last()?.clone();
        for next in graph.get(&last).into_iter().flatten() {
            if let Some(at) = path.iter().position(|p| p == next) {
                let mut circle = path[at..].to_vec();
                circle.push(next.clone());
                return Some(circle);
            }
            path.push(next.clone());
            if let Some(circle) = find_circle(graph, path) {
                return Some(circle);
            }
            path.pop();
        }
        None
    }
    for start in graph.keys() {
        let mut path = vec![start.clone()];
        if let Some(circle) = find_circle(&graph, &mut path) {
            panic!("an import circle: {}", circle.join(" -> "));
        }
    }
    // The graph is read at all: the engine uses the domain, and db is below it.
    assert!(graph["commands"].contains("domain") && graph["domain"].contains("db"));
}

#[test]
fn only_db_names_a_sql_driver() {
    let offenders: Vec<String> = production_code()
        .into_iter()
        .filter(|(rel, code)| {
            !rel.starts_with("db/") && (code.contains("rusqlite") || code.contains("postgres::"))
        })
        .map(|(rel, _)| rel)
        .collect();
    assert!(offenders.is_empty(), "outside src/db/: {offenders:?}");
}

#[test]
fn only_render_prints() {
    let offenders: Vec<String> = production_code()
        .into_iter()
        .filter(|(rel, code)| {
            !rel.starts_with("render/")
                && ["println!", "eprintln!", "print!(", "eprint!("]
                    .iter()
                    .any(|m| code.contains(m))
        })
        .map(|(rel, _)| rel)
        .collect();
    assert!(
        offenders.is_empty(),
        "printing outside src/render/: {offenders:?}"
    );
}
