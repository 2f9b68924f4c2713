//! Temporary: dump top-10 occupation hits for queries on stdin.
use std::io::BufRead;
use std::io::Write;
fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let q = line.unwrap();
        let hits = corridor_reference::search_occupations(&q, 10);
        let s: Vec<String> = hits
            .iter()
            .map(|h| format!("{}:{:.4}", h.item.uuid(), h.score))
            .collect();
        writeln!(out, "{q}\t{}", s.join(" ")).unwrap();
    }
}
