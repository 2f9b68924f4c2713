//! The two migration sets must define the same tables with the same
//! columns in the same order, so one SQL text serves both backends.

use std::collections::BTreeMap;
use std::path::Path;

fn tables(dir: &str) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let sql = std::fs::read_to_string(&f).unwrap();
        let mut current: Option<(String, Vec<String>)> = None;
        for line in sql.lines() {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("CREATE TABLE ") {
                let name = rest.split_whitespace().next().unwrap().to_string();
                current = Some((name, vec![]));
            } else if t.starts_with(");") {
                if let Some((name, cols)) = current.take() {
                    out.insert(name, cols);
                }
            } else if let Some((_, cols)) = current.as_mut() {
                let first = t.split_whitespace().next().unwrap_or("");
                if !first.is_empty()
                    && !["PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "--"].contains(&first)
                {
                    cols.push(first.trim_end_matches(',').to_string());
                }
            }
        }
    }
    out
}

#[test]
fn sqlite_and_postgres_schemas_match() {
    let lite = tables("sqlite");
    let pg = tables("postgres");
    assert!(lite.len() >= 12, "{:?}", lite.keys());
    assert_eq!(lite, pg);
}

#[test]
fn both_backends_have_the_same_migrations() {
    let names = |dir: &str| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(dir);
        let mut v: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("sqlite"), names("postgres"));
}
