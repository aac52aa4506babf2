#!/usr/bin/env bash
# Whole-process comparison of `crmkit clv fit|predict` with the NumPy/SciPy peer (clv_numpy.py) on
# one generated file of a million BG/NBD customers (clv_generate.py). Prints wall-clock seconds and
# peak RSS of each round (/usr/bin/time), and how far apart the two tools' answers are.
#
# Usage: benchmarks/scripts/clv_compare.sh [CUSTOMERS] [ROUNDS]
# Needs: the CLI jar (./mvnw -q -pl examples/cli -am package -DskipTests), python3 with numpy and
# scipy (pandas used for reading when installed), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
rounds=${2:-3}
dir=${TMPDIR:-/tmp}/crmkit-clv-compare
mkdir -p "$dir"
data="$dir/summary-$n.csv"
[ -f "$data" ] || python3 benchmarks/scripts/clv_generate.py "$data" "$n" 20
jar=examples/cli/target/crmkit.jar
crmkit=examples/cli/crmkit # the launcher: the jar with the serial collector
scripts=benchmarks/scripts

run() {
  local label=$1
  shift
  for ((i = 1; i <= rounds; i++)); do
    /usr/bin/time -f "$label round $i: %e s, peak RSS %M KB" "$@" > /dev/null 2>> "$dir/times.txt" || true
    tail -n 1 "$dir/times.txt"
  done
}

: > "$dir/times.txt"
run "crmkit --version          " "$crmkit" --version
run "crmkit clv fit            " "$crmkit" clv fit --summary "$data" --format json
run "numpy  fit                " python3 "$scripts/clv_numpy.py" fit "$data"
run "crmkit clv predict (CSV)  " "$crmkit" clv predict --summary "$data" \
  --spend gamma-gamma --horizon 39 --discount-rate 0.1 --format csv --out "$dir/crmkit.csv"
run "crmkit clv predict (JSONL)" "$crmkit" clv predict --summary "$data" \
  --spend gamma-gamma --horizon 39 --discount-rate 0.1 --format jsonl --out "$dir/crmkit.jsonl"
run "numpy  predict (CSV)      " python3 "$scripts/clv_numpy.py" predict "$data" 39 0.1 \
  "$dir/numpy.csv"

# Agreement, at full precision: the fits' parameters; then the predictions' formulas on the same
# parameters (crmkit's), crmkit's JSON against the peer's %.17g CSV.
java -jar "$jar" clv fit --summary "$data" --format json > "$dir/crmkit-fit.json"
python3 "$scripts/clv_numpy.py" fit "$data" > "$dir/numpy-fit.json"
java -jar "$jar" clv fit --summary "$data" --spend gamma-gamma --format json \
  > "$dir/crmkit-fit-spend.json"
java -jar "$jar" clv predict --summary "$data" --parameters "$dir/crmkit-fit-spend.json" \
  --horizon 39 --discount-rate 0.1 --format json > "$dir/crmkit-predict.json"
python3 "$scripts/clv_numpy.py" predict "$data" 39 0.1 "$dir/numpy-same.csv" \
  "$dir/crmkit-fit-spend.json"
python3 - "$dir" <<'PY'
import json, sys
import numpy as np
d = sys.argv[1]
c = json.load(open(f"{d}/crmkit-fit.json"))["parameters"]
p = json.load(open(f"{d}/numpy-fit.json"))
print("fit parameters, largest relative difference:",
      max(abs(c[k] - p[k]) / abs(p[k]) for k in ("r", "alpha", "a", "b")))
rows = json.load(open(f"{d}/crmkit-predict.json"))["predictions"]
peer = np.genfromtxt(f"{d}/numpy-same.csv", delimiter=",", skip_header=1, usecols=(4, 5, 6, 7))
for j, k in enumerate(("p_alive", "expected_purchases", "expected_spend", "clv")):
    ours = np.array([r[k] for r in rows])
    theirs = peer[:, j]
    rel = np.abs(ours - theirs) / np.maximum(np.abs(theirs), 1e-300)
    print(f"predict {k}: largest relative difference {rel.max():.3g}, median {np.median(rel):.3g}")
PY
