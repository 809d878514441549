#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: whole-run throughput and peak memory of `extract` and `build`
# on synthetic corpora, with 1 and 2 threads, next to ripgrep scanning the same files for
# the cue words, the time of each named query, and the --threads sweep on real news and the
# largest corpus (bench/scaling.sh). Usage: bash bench/run.sh [MB...]
# (default: 10 100). Needs GNU time (/usr/bin/time); ripgrep is used when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10 100}")
[ $# -eq 0 ] && sizes=(10 100)
work=target/bench
mkdir -p "$work"
cargo build --release --quiet --bin quotegraph --example gen_corpus
qg=target/release/quotegraph
measure() { # label, then command: prints seconds and peak RSS (MB)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>/dev/null || true
  read -r secs kb < "$work/time.txt"
  # Avoid dividing by a zero duration on very fast runs.
  secs=$(echo "if ($secs < 0.01) 0.01 else $secs" | bc -l)
  echo "$label $secs $((kb / 1024))"
}
printf '%-40s %8s %8s %10s %12s %12s %12s\n' run seconds MB/s "peak MB" articles/s statements/s quads/s
for mb in "${sizes[@]}"; do
  corpus="$work/corpus-$mb.jsonl"
  [ -f "$corpus" ] || target/release/examples/gen_corpus "$mb" 1 > "$corpus"
  bytes=$(stat -c %s "$corpus")
  articles=$(wc -l < "$corpus")
  rate() { echo "$1 / $2" | bc -l; }
  if command -v rg >/dev/null; then
    read -r _ secs peak < <(measure rg rg -c 'said|قال|قالت|déclaré|according|selon|وفقا' "$corpus")
    printf '%-40s %8s %8.1f %10s %12s %12s %12s\n' "ripgrep cue scan ${mb} MB" "$secs" "$(rate "$bytes / 1048576" "$secs")" "$peak" - - -
  fi
  for t in 1 2; do
    # One thread = one core (taskset): the reader and writer threads share it with the worker.
    pin=(); [ "$t" -eq 1 ] && command -v taskset >/dev/null && pin=(taskset -c 0)
    read -r _ secs peak < <(measure x "${pin[@]}" "$qg" extract --quiet --threads "$t" "$corpus")
    n=$(wc -l < "$work/out.txt")
    printf '%-40s %8s %8.1f %10s %12.0f %12.0f %12s\n' "extract ${mb} MB, $t thread(s)" "$secs" "$(rate "$bytes / 1048576" "$secs")" "$peak" "$(rate "$articles" "$secs")" "$(rate "$n" "$secs")" -
  done
  if [ "$mb" -le 20 ]; then
    for run in "1 ttl,nq,trig,jsonld" "2 ttl,nq,trig,jsonld" "2 nq"; do
      read -r t rdf <<< "$run"
      pin=(); [ "$t" -eq 1 ] && command -v taskset >/dev/null && pin=(taskset -c 0)
      rm -rf "$work/out-$mb"
      read -r _ secs peak < <(measure x "${pin[@]}" "$qg" build --quiet --threads "$t" --rdf "$rdf" --out "$work/out-$mb" "$corpus")
      n=$(wc -l < "$work/out-$mb/statements.jsonl")
      quads=$(wc -l < "$work/out-$mb/graph.nq")
      printf '%-40s %8s %8.1f %10s %12.0f %12.0f %12.0f\n' "build ${mb} MB, $t thread(s), $rdf" "$secs" "$(rate "$bytes / 1048576" "$secs")" "$peak" "$(rate "$articles" "$secs")" "$(rate "$n" "$secs")" "$(rate "$quads" "$secs")"
    done
    triples=$(wc -l < "$work/out-$mb/graph.nq")
    echo "  graph: $n statements, $triples quads"
    for q in ontology/queries/*.rq; do
      name=$(basename "$q" .rq)
      # --timings separates loading the N-Quads from running the query.
      "$qg" query --timings --data "$work/out-$mb" --named "$name" --format tsv 2> "$work/timings.txt" > /dev/null
      echo "query $name: $(sed 's/^quotegraph: //' "$work/timings.txt")"
    done
  fi
done
# Real news: the development and seed articles (beside the repository in ../shared, never
# copied into it) repeated until there are about 20 MB of news-sized files; then the
# --threads sweep on them and on the largest synthetic corpus (bench/scaling.sh, which
# also runs alone on a bigger machine).
shared=${REAL_NEWS:-../shared/corpus}
if [ -d "$shared/dev" ]; then
  real=$work/realnews
  if [ ! -d "$real" ]; then
    for i in $(seq 1 40); do
      mkdir -p "$real/$i"
      cp "$shared"/dev/*/docs/* "$shared"/seeds/*.txt "$real/$i/"
    done
  fi
  bash bench/scaling.sh --bin "$qg" "$real" "$work/corpus-${sizes[-1]}.jsonl"
fi
