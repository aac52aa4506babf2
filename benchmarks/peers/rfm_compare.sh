#!/usr/bin/env bash
# Whole-process comparison of `crmkit rfm` with DuckDB and polars on one generated purchase file
# in two orders (grouped by customer, and in time order as exports are): read the CSV, aggregate,
# score R/F/M quintiles, segment and write every customer to a CSV. Prints each round's wall-clock
# seconds and peak RSS (/usr/bin/time), then the fastest and median round per tool and file, then
# whether crmkit's NTILE output equals DuckDB's (same customers, figures and scores).
#
# Usage: benchmarks/peers/rfm_compare.sh [ROUNDS] [ROWS] [CUSTOMERS]
# Needs: the CLI jar (./mvnw -q install -DskipTests && ./mvnw -q -f examples/pom.xml -pl cli
# package -DskipTests), python3 with venv, /usr/bin/time. DuckDB and polars are installed by pip
# into benchmarks/peers/.venv on the first run (pinned below; set PIP_INDEX_URL for a mirror).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
rows=${2:-5000000}
customers=${3:-1000000}
peers=benchmarks/peers
venv=$peers/.venv
dir=${TMPDIR:-/tmp}/crmkit-peers-$rows-$customers
mkdir -p "$dir"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q duckdb==1.5.6 polars==1.44.2
fi
py=$venv/bin/python
[ -f "$dir/time-ordered.csv" ] || python3 "$peers/generate.py" "$dir" "$rows" "$customers" 16
crmkit=examples/cli/crmkit
[ -f examples/cli/target/crmkit.jar ] || { echo "build the CLI jar first (see Usage)" >&2; exit 2; }
"$py" -c 'import duckdb, polars, sys; print("duckdb", duckdb.__version__, "polars",
  polars.__version__, "python", sys.version.split()[0])'
java -version 2>&1 | head -n 1
echo "machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%d)"

duckdb_run() { # input output
  sed -e "s|:input|$1|" -e "s|:output|$2|" "$peers/rfm.sql" > "$dir/rfm-run.sql"
  "$py" -c 'import duckdb, sys; duckdb.sql(open(sys.argv[1]).read())' "$dir/rfm-run.sql"
}

: > "$dir/times.txt"
run() { # label command...
  local label=$1
  shift
  # One untimed round first, for every tool alike: the file in the page cache, the tool's own
  # files read once.
  "$@" > /dev/null 2>&1
  for ((i = 1; i <= rounds; i++)); do
    /usr/bin/time -f "$label|%e|%M" "$@" > /dev/null 2>> "$dir/times.txt"
    tail -n 1 "$dir/times.txt" | awk -F'|' '{printf "%-40s %6.2f s  %7.0f MB\n", $1, $2, $3 / 1024}'
  done
}

for order in grouped time-ordered; do
  in=$dir/$order.csv
  cat "$in" > /dev/null # the page cache holds the file for every tool alike
  run "crmkit rfm ($order)" "$crmkit" rfm --transactions "$in" --format csv --out "$dir/crmkit-bp.csv"
  run "crmkit rfm --method ntile ($order)" "$crmkit" rfm --method ntile --transactions "$in" \
    --format csv --out "$dir/crmkit-ntile-$order.csv"
  export -f duckdb_run
  export py dir peers
  run "duckdb ($order)" bash -c 'duckdb_run "$0" "$1"' "$in" "$dir/duckdb-$order.csv"
  run "polars ($order)" "$py" "$peers/rfm_polars.py" "$in" "$dir/polars-$order.csv"
done

echo
echo "fastest / median of $rounds rounds (seconds), peak RSS of the median round"
awk -F'|' '{t[$1] = t[$1] " " $2; m[$1] = m[$1] " " $3} END {for (k in t) print k "|" t[k] "|" m[k]}' \
  "$dir/times.txt" | sort | while IFS='|' read -r label times rss; do
  sorted=$(tr ' ' '\n' <<< "$times" | grep . | sort -g)
  n=$(wc -l <<< "$sorted")
  fastest=$(head -n 1 <<< "$sorted")
  median=$(sed -n "$(((n + 1) / 2))p" <<< "$sorted")
  peak=$(tr ' ' '\n' <<< "$rss" | grep . | sort -g | sed -n "$(((n + 1) / 2))p")
  printf "%-40s %6.2f / %6.2f   %5.0f MB\n" "$label" "$fastest" "$median" "$((peak / 1024))"
done

echo
for order in grouped time-ordered; do
  "$py" - "$dir/crmkit-ntile-$order.csv" "$dir/duckdb-$order.csv" "$order" <<'PY'
import sys
import polars as pl
a = pl.read_csv(sys.argv[1], infer_schema_length=0).sort("customer_id")
b = pl.read_csv(sys.argv[2], infer_schema_length=0).sort("customer_id")
cols = ["customer_id", "recency_days", "frequency", "r", "f", "m", "segment"]
same = a.height == b.height and a.select(cols).equals(b.select(cols))
money = (a["monetary"].cast(pl.Float64) - b["monetary"].cast(pl.Float64)).abs().max()
print(f"{sys.argv[3]}: crmkit --method ntile vs DuckDB: {a.height} and {b.height} customers,"
      f" identical ids, days, frequencies, scores and segments: {same};"
      f" largest monetary difference {money}")
PY
done
