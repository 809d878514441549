#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own fixtures, then runs each target for SECONDS
# (default 60). cargo fuzz needs nightly features: RUSTC_BOOTSTRAP=1 lets the stable
# toolchain build with them.  Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("${@:-extract jsonl}")
mkdir -p corpus/extract corpus/jsonl
for f in ../tests/fixtures/articles/*/*.txt ../tests/fixtures/*/*.txt; do
  name=$(basename "$(dirname "$f")")-$(basename "$f")
  # The first byte picks the language: 0 ar, 1 fr, 2 en, 3 detect.
  for b in 0 1 2 3; do
    { printf "\\x0$b"; cat "$f"; } > "corpus/extract/$b-$name"
  done
  # The same text as a JSONL line, with metadata.
  python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[2], "text": open(sys.argv[1]).read(), "lang": "fr", "date": "2024-06-21"}))' \
    "$f" "$name" > "corpus/jsonl/$name.jsonl"
done
for t in ${targets[@]}; do
  RUSTC_BOOTSTRAP=1 cargo fuzz run --release "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=65536 -print_final_stats=1
done
