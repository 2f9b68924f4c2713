#!/usr/bin/env bash
# Benchmarks of corridor-matching against its peers, in one run.
#
#   crates/corridor-matching/bench/run.sh            # full sizes (about 5 minutes on 2 cores)
#   SCALE=10 crates/corridor-matching/bench/run.sh   # every size divided by 10
#
# Builds the release bench example, installs the Python peers (OR-Tools,
# `matching`) into a virtual environment of its own, generates the markets
# and prints key=value lines; /usr/bin/time -v adds the peak memory of each
# step. Results go to $OUT (default /tmp/corridor-matching-bench).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
scale="${SCALE:-1}"
out="${OUT:-/tmp/corridor-matching-bench}"
venv="${VENV:-/tmp/venv-matching}"
target="${CARGO_TARGET_DIR:-/tmp/target-matching}"
mkdir -p "$out"

echo "== machine"
nproc
grep -m1 'model name' /proc/cpuinfo || true
uptime

echo "== build"
(cd "$root" && CARGO_TARGET_DIR="$target" cargo build --release -p corridor-matching --example bench)
bench="$target/release/examples/bench"

echo "== peers"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet matching ortools numpy

timed() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" 2> "$out/$name.time" | tee "$out/$name.txt"
  grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$out/$name.time" | sed "s/^\s*/$name: /"
}

n() { echo $(( $1 / scale )); }

echo "== shortlist: 50 from $(n 1000000) workers, $(n 100000) job orders"
timed shortlist "$bench" shortlist --workers "$(n 1000000)" --jobs "$(n 100000)" --k 50 --queries 2000

echo "== stable round: $(n 1000000) workers ranking 20 job orders each, $(n 100000) job orders"
timed stable "$bench" stable --workers "$(n 1000000)" --jobs "$(n 100000)" --prefs 20

echo "== optimal round: $(n 200000) workers, $(n 20000) job orders, 50 candidate edges per worker, origin quotas"
timed optimal "$bench" optimal --workers "$(n 200000)" --jobs "$(n 20000)" --edges 50 --export "$out/network.bin"
echo "-- OR-Tools SimpleMinCostFlow on the same network"
timed ortools "$venv/bin/python" "$here/ortools_peer.py" "$out/network.bin"

echo "== deferred acceptance against the Python package matching: 5,000 workers"
timed matching-market "$bench" matching-market --workers 5000 --jobs 500 --prefs 10 --export "$out/market.json"
timed matching "$venv/bin/python" "$here/matching_peer.py" "$out/market.json"

echo "== done; raw output in $out"
