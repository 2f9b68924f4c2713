#!/usr/bin/env bash
# End-to-end benchmark of administrative figures: `corridor stats admin`
# over a SQLite database of synthetic placements, read included.
# Usage: bash crates/corridor-stats/bench/admin_db.sh [PLACEMENTS]
# Writes the database under $BENCH_DIR (default /tmp/corridor-admin-bench),
# never into the repository; delete it afterwards (about 1.1 GB for 1M).
set -euo pipefail
PLACEMENTS=${1:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/corridor-admin-bench}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$BENCH_DIR"

echo "== build (release)"
(cd "$ROOT" && cargo build --release -p corridor-cli -q)
BIN="$TARGET/release/corridor"
DB="$BENCH_DIR/bench_${PLACEMENTS}.sqlite"

if [ ! -f "$DB" ]; then
  echo "== generate $PLACEMENTS placements (one transaction)"
  /usr/bin/time -v "$BIN" stats bench-db --database-url "sqlite://$DB" --placements "$PLACEMENTS" \
    2> "$BENCH_DIR/generate.time"
  grep -E "Elapsed|Maximum resident" "$BENCH_DIR/generate.time"
  # Fold the write-ahead log into the database, as a long-running server would have.
  python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$DB"
fi
ls -l "$DB"

CROSS=corridor,isco2,sex,quarter
for figure in departures stock-abroad; do
  for round in 1 2 3; do
    /usr/bin/time -v "$BIN" stats admin "$figure" --database-url "sqlite://$DB" \
      --from 2023-01-01 --to 2026-10-31 --cross "$CROSS" --format csv -o "$BENCH_DIR/$figure.csv" \
      2> "$BENCH_DIR/time.log"
    printf '%-14s #%d wall %s  peak %s KiB  cells %s\n' "$figure" "$round" \
      "$(grep 'Elapsed (wall clock)' "$BENCH_DIR/time.log" | awk '{print $NF}')" \
      "$(grep 'Maximum resident set size' "$BENCH_DIR/time.log" | awk '{print $NF}')" \
      "$(($(wc -l < "$BENCH_DIR/$figure.csv") - 1))"
  done
done
echo "Phase timings: CORRIDOR_LOG=corridor_server=debug,corridor=debug $BIN stats admin departures ..."
