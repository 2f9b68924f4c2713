//! Try the label search from the command line:
//! `cargo run -p corridor-reference --example search -- [--skills] QUERY...`

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let skills = args.first().is_some_and(|a| a == "--skills");
    if skills {
        args.remove(0);
    }
    let query = args.join(" ");
    let t = std::time::Instant::now();
    corridor_reference::preload();
    eprintln!("preload: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    if skills {
        for h in corridor_reference::search_skills(&query, 10) {
            println!("{:.3}  {}  <{}>", h.score, h.item.label, h.item.uri);
        }
    } else {
        for h in corridor_reference::search_occupations(&query, 10) {
            println!("{:.3}  {}  [{}]", h.score, h.item.label, h.item.isco);
        }
    }
    eprintln!("search: {:?}", t.elapsed());
}
