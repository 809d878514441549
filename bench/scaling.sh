#!/usr/bin/env bash
# How `quotegraph extract` scales with --threads, on any machine, with or without Rust.
#
#   bash bench/scaling.sh [--bin PATH] [--runs N] [--threads "1 2 4 8 16"] CORPUS...
#
# CORPUS: JSONL files or directories of articles (each is measured on its own). The binary
# is --bin, else a `quotegraph` next to this script (copy a release build there to run on a
# machine without a toolchain), else target/release/quotegraph, built with cargo if cargo
# is there. Threads default to 1, 2, 4, … up to the machine's cores. The one-thread run is
# pinned to one core (taskset) so that the reader and writer threads cannot borrow another.
# Each cell is the best of --runs (default 3) wall times. Every run's output is hashed:
# the script fails if any thread count writes different bytes. ripgrep, when installed,
# scans the same inputs for cue words as a floor for what reading the bytes costs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="" runs=3 threads=""
while [ $# -gt 0 ]; do
  case $1 in
    --bin) bin=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "scaling.sh: name at least one corpus (JSONL file or directory); --help" >&2; exit 2; }
if [ -z "$bin" ]; then
  if [ -x "$here/quotegraph" ]; then bin=$here/quotegraph
  elif command -v cargo >/dev/null; then
    (cd "$here/.." && cargo build --release --quiet --bin quotegraph); bin=$here/../target/release/quotegraph
  elif [ -x "$here/../target/release/quotegraph" ]; then bin=$here/../target/release/quotegraph
  else echo "scaling.sh: no quotegraph binary: pass --bin, or put one next to this script" >&2; exit 2; fi
fi
cores=$(nproc)
if [ -z "$threads" ]; then
  threads=""; t=1
  while [ "$t" -lt "$cores" ]; do threads="$threads $t"; t=$((t * 2)); done
  threads="$threads $cores"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
best() { # best wall time of $runs runs of the command; its output's hash in $tmp/hash
  local times=""
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N); "$@" > "$tmp/out" 2> /dev/null || true; e=$(date +%s.%N)
    times="$times $(calc "$e - $s")"
  done
  sha256sum < "$tmp/out" | cut -c1-16 > "$tmp/hash"
  echo "$times" | tr ' ' '\n' | grep . | sort -g | head -1
}
echo "machine: $cores cores, $(uname -m); binary: $bin ($("$bin" --version 2>/dev/null || echo '?'))"
status=0
for corpus in "$@"; do
  mb=$(if [ -d "$corpus" ]; then find "$corpus" -type f -printf '%s\n'; else stat -c %s "$corpus"; fi | awk '{s += $1} END {print s / 1000000}')
  printf '\n%s: %.1f MB\n%8s %9s %9s %9s %11s  %s\n' "$corpus" "$mb" threads seconds MB/s speedup "efficiency" output
  if command -v rg >/dev/null; then
    secs=$(best rg -c 'said|told|قال|قالت|déclaré|selon|according' "$corpus")
    printf '%8s %9.2f %9.1f %9s %11s  %s\n' ripgrep "$secs" "$(calc "$mb / $secs")" - - -
  fi
  one="" first_hash=""
  for t in $threads; do
    pin=(); [ "$t" -eq 1 ] && command -v taskset >/dev/null && pin=(taskset -c 0)
    secs=$(best "${pin[@]}" "$bin" extract --quiet --threads "$t" "$corpus")
    hash=$(cat "$tmp/hash")
    [ -n "$one" ] || one=$secs
    [ -n "$first_hash" ] || first_hash=$hash
    speedup=$(calc "$one / $secs")
    eff=$(calc "$speedup / $t")
    mark=""; awk "BEGIN { exit !($eff < 0.85) }" && mark=" (< 0.85)"
    same=$hash; [ "$hash" = "$first_hash" ] || { same="$hash DIFFERS"; status=1; }
    printf '%8s %9.2f %9.1f %8.2fx %10.2f%s  %s\n' "$t" "$secs" "$(calc "$mb / $secs")" "$speedup" "$eff" "$mark" "$same"
  done
done
exit $status
