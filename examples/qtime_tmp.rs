use std::time::Instant;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let q = std::env::args().nth(2).unwrap();
    let files = quotegraph::sparql::data_files(&dir).unwrap();
    let store = quotegraph::sparql::load(&files).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let mut out = Vec::new();
        quotegraph::sparql::run(&store, &q, quotegraph::sparql::Output::Table, &mut out).unwrap();
        eprintln!("{:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    }
}
