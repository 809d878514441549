#!/usr/bin/env bash
# Extraction is embarrassingly parallel: JSONL articles in, JSONL statements out, one line
# at a time. This splits a feed into parts, extracts them on N processes (or N machines
# sharing a directory), and joins the parts in order: the result is the single run's.
# Usage: bash examples/scale_out.sh FEED.jsonl OUT.jsonl [PROCESSES]   (GNU coreutils, xargs)
set -euo pipefail
feed=$1 out=$2 n=${3:-$(nproc)}
qg=${QUOTEGRAPH:-quotegraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Split on line boundaries, never inside an article.
split -n "l/$n" -d -a 4 "$feed" "$work/part-"
ls "$work"/part-* | xargs -P "$n" -I{} sh -c "$qg extract --quiet --threads 1 - < {} > {}.out"
# Join in part order, into a temporary file renamed at the end: OUT is whole or absent.
cat "$work"/part-*.out > "$out.partial"
mv "$out.partial" "$out"
