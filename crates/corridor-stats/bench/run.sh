#!/usr/bin/env bash
# Benchmarks of corridor-stats against DuckDB on the same files, same run.
# Usage: bash crates/corridor-stats/bench/run.sh [ROWS_PARQUET] [ROWS_CSV]
# Writes data under $BENCH_DIR (default /tmp/corridor-stats-bench), never
# into the repository. Needs python3 (DuckDB is installed from PyPI into a
# venv under /tmp) and /usr/bin/time.
set -euo pipefail
ROWS_PQ=${1:-10000000}
ROWS_CSV=${2:-1000000}
ROWS_SMALL=$((ROWS_PQ / 4))
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/corridor-stats-bench}
VENV=${VENV:-/tmp/corridor-stats-bench-venv}
TARGET=${CARGO_TARGET_DIR:-/tmp/target-stats}
mkdir -p "$BENCH_DIR"

echo "== build (release)"
(cd "$ROOT" && CARGO_TARGET_DIR="$TARGET" cargo build --release -p corridor-stats --examples -q)
TAB="$TARGET/release/examples/tabulate"
ADMIN="$TARGET/release/examples/admin_bench"

echo "== DuckDB from PyPI into $VENV"
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install -q "duckdb==1.2.2"

gen() { # gen ROWS FORMAT FILE
  "$VENV/bin/python" "$HERE/duckdb_bench.py" generate "$1" "$2" "$3"
}
PQ="$BENCH_DIR/persons_${ROWS_PQ}.parquet"
PQS="$BENCH_DIR/persons_${ROWS_SMALL}.parquet"
CSV="$BENCH_DIR/persons_${ROWS_CSV}.csv"
[ -f "$PQ" ] || gen "$ROWS_PQ" parquet "$PQ"
[ -f "$PQS" ] || gen "$ROWS_SMALL" parquet "$PQS"
[ -f "$CSV" ] || gen "$ROWS_CSV" csv "$CSV"
ls -l "$PQ" "$PQS" "$CSV"

measure() { # measure LABEL CMD...
  local log="$BENCH_DIR/time.log"
  /usr/bin/time -v "${@:2}" > "$BENCH_DIR/out.txt" 2> "$log"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  printf '%-34s wall %-9s peak %6d MiB  | %s\n' "$1" "$wall" $((rss / 1024)) "$(tail -n1 "$BENCH_DIR/out.txt")"
}

echo "== microdata: foreign-born stock by country of birth x sex x 5-year age group, with SEs"
for f in "$PQ" "$PQS" "$CSV"; do
  for round in 1 2 3; do
    measure "corridor-stats $(basename "$f") #$round" "$TAB" "$f" 2
    measure "duckdb         $(basename "$f") #$round" "$VENV/bin/python" "$HERE/duckdb_bench.py" query "$f"
  done
done

echo "== administrative: corridor x ISCO-2 x sex x quarter over 1,000,000 placements"
measure "corridor-stats admin 1M" "$ADMIN" 1000000
cat "$BENCH_DIR/out.txt"
