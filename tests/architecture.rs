//! The documentation that describes the tree is checked against it, so it cannot drift:
//! ARCHITECTURE.md names every source file and only files that exist, ureq's unversioned API is
//! used only behind its fence, and the README links only to what works where it is shown
//! (the registry's crate page and docs.rs have no repository to resolve a relative link in).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, base: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Every `code span` of a Markdown text.
fn code_spans(text: &str) -> BTreeSet<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn the_map_matches_the_tree() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let spans = code_spans(&map);
    let mut missing = Vec::new();
    for krate in ["core/src", "macros/src"] {
        let base = root().join(krate);
        let mut files = Vec::new();
        rust_files(&base, &base, &mut files);
        for file in files {
            if !spans.contains(&file) && !spans.contains(&format!("{krate}/{file}")) {
                missing.push(format!("{krate}/{file}"));
            }
        }
    }
    assert!(missing.is_empty(), "ARCHITECTURE.md does not name {missing:?}: give each a line");

    let candidates = |span: &str| -> Vec<PathBuf> {
        ["", "core/src", "macros/src"]
            .iter()
            .map(|base| root().join(base).join(span.trim_end_matches('/')))
            .collect()
    };
    let gone: Vec<&String> = spans
        .iter()
        .filter(|s| {
            !s.starts_with('/')
                && !s.contains(['*', ' ', '(', '<'])
                && (s.ends_with(".rs") || s.ends_with(".md") || s.ends_with(".pem") || s.ends_with('/'))
        })
        .filter(|s| !candidates(s).iter().any(|p| p.exists()))
        .collect();
    assert!(gone.is_empty(), "ARCHITECTURE.md names what is not in the tree: {gone:?}");
}

#[test]
fn only_the_fence_uses_ureqs_unversioned_api() {
    let base = root().join("core/src");
    let mut files = Vec::new();
    rust_files(&base, &base, &mut files);
    let outside: Vec<String> = files
        .into_iter()
        .filter(|f| !f.starts_with("client/unversioned/"))
        .filter(|f| std::fs::read_to_string(base.join(f)).unwrap().contains("ureq::unversioned"))
        .collect();
    assert!(outside.is_empty(), "ureq::unversioned outside core/src/client/unversioned/: {outside:?}");
}

#[test]
fn readme_links_work_on_the_registry_and_docs_rs() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let relative: Vec<&str> = readme
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|target| {
            !target.starts_with("https://") && !target.starts_with("http://") && !target.starts_with('#')
        })
        .collect();
    assert!(relative.is_empty(), "relative links in README.md break on crates.io and docs.rs: {relative:?}");
}
