//! Writes a synthetic news corpus (JSONL, one article per line) in Arabic, French and
//! English from the project's own sentence templates, seeded and reproducible, so anyone can
//! reproduce the benchmark figures without our data.
//!
//! `cargo run --release --example gen_corpus -- MEGABYTES SEED > corpus.jsonl`

use std::io::Write;

/// A small deterministic PRNG (xorshift64*): the same seed gives the same corpus everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const EN_NAMES: &[&str] = &["Maria Torres", "Daniel Okafor", "Linda Shaw", "Omar Haddad", "Grace Liu", "Tom Price"];
const EN_TITLES: &[&str] = &["Harbour Minister", "Mayor", "union leader", "Senator", "company spokesman"];
const EN_CLAUSES: &[&str] = &[
    "the new bridge would open before the end of the year",
    "the budget had been cut by a fifth since March",
    "prices would fall as soon as the harbour reopened",
    "nobody had been told about the decision in advance",
];
const EN_QUOTES: &[&str] = &[
    "We will not accept any delay on this project",
    "This is the best deal our members could hope for",
    "The city deserves better than empty promises",
];
const FR_NAMES: &[&str] = &["Hélène Marchal", "Pierre Duclos", "Claire Fontaine", "Marc Lefèvre", "Sophie Martin"];
const FR_CLAUSES: &[&str] = &[
    "les travaux seraient terminés avant l'été",
    "le budget avait été réduit d'un cinquième",
    "les prix baisseraient dès la réouverture du port",
];
const FR_QUOTES: &[&str] =
    &["Nous n'accepterons aucun retard sur ce chantier", "C'est le meilleur accord possible pour les salariés"];
const AR_NAMES: &[&str] = &["سلمى الراشد", "عمر النجار", "سامي الخطيب", "ليلى حسين", "فؤاد منصور"];
const AR_TITLES: &[&str] = &["وزيرة المياه", "رئيس البلدية", "المتحدث باسم الحكومة", "مديرة المستشفى"];
const AR_CLAUSES: &[&str] = &[
    "المشروع الجديد سيفتتح قبل نهاية العام الحالي",
    "الميزانية انخفضت بنسبة الخمس منذ شهر آذار",
    "الأسعار ستنخفض بعد إعادة فتح الميناء",
];
const AR_QUOTES: &[&str] = &["لن نقبل أي تأخير في هذا المشروع", "هذا أفضل اتفاق يمكن أن نحصل عليه"];

fn english(r: &mut Rng) -> String {
    let mut t = String::from("City council debates the harbour plan\n\n");
    for _ in 0..4 {
        let name = r.pick(EN_NAMES);
        match r.next() % 4 {
            0 => t += &format!("{} {} said that {}.\n\n", r.pick(EN_TITLES), name, r.pick(EN_CLAUSES)),
            1 => t += &format!("\"{},\" said {}. \"We will keep working.\"\n\n", r.pick(EN_QUOTES), name),
            2 => t += &format!("According to {}, {}.\n\n", name, r.pick(EN_CLAUSES)),
            _ => t += "The council met on Tuesday to discuss the plan for the old harbour district.\n\n",
        }
    }
    t
}

fn french(r: &mut Rng) -> String {
    let mut t = String::from("Le conseil municipal débat du projet du port\n\n");
    for _ in 0..4 {
        let name = r.pick(FR_NAMES);
        match r.next() % 4 {
            0 => t += &format!("{} a déclaré que {}.\n\n", name, r.pick(FR_CLAUSES)),
            1 => t += &format!("« {} », a affirmé {}.\n\n", r.pick(FR_QUOTES), name),
            2 => t += &format!("Selon {}, {}.\n\n", name, r.pick(FR_CLAUSES)),
            _ => t += "Le conseil s'est réuni mardi pour examiner le projet du vieux port.\n\n",
        }
    }
    t
}

fn arabic(r: &mut Rng) -> String {
    let mut t = String::from("المجلس البلدي يناقش مشروع الميناء\n\n");
    for _ in 0..4 {
        let name = r.pick(AR_NAMES);
        match r.next() % 4 {
            0 => t += &format!("وقال {} {} إن {}.\n\n", r.pick(AR_TITLES), name, r.pick(AR_CLAUSES)),
            1 => t += &format!("وقالت {}: “{}”.\n\n", name, r.pick(AR_QUOTES)),
            2 => t += &format!("ووفقا لـ{}، فإن {}.\n\n", name, r.pick(AR_CLAUSES)),
            _ => t += "واجتمع المجلس يوم الثلاثاء لمناقشة خطة حي الميناء القديم.\n\n",
        }
    }
    t
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let megabytes: f64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10.0);
    let seed: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut r = Rng(seed.max(1));
    let target = (megabytes * 1024.0 * 1024.0) as usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut written, mut n) = (0usize, 0usize);
    while written < target {
        let (lang, text) = match r.next() % 3 {
            0 => ("en", english(&mut r)),
            1 => ("fr", french(&mut r)),
            _ => ("ar", arabic(&mut r)),
        };
        let line = format!("{}\n", serde_json::json!({"id": format!("a{n:08}"), "lang": lang, "text": text}));
        written += line.len();
        n += 1;
        if out.write_all(line.as_bytes()).is_err() {
            return;
        }
    }
}
