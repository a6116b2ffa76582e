#!/usr/bin/env bash
# Side by side: `rounds import` (detectors on) against `twitter-to-sqlite import` on the same
# X archive zip, runs alternating, each into a new database. Prints every run and the medians.
#
#   scripts/compare-twitter-to-sqlite.sh [RECORDS] [ROUNDS]     (defaults: 50000 and 5)
#
# Needs a release build (`swift build -c release`) and twitter-to-sqlite 0.22 on the PATH
# (`pip install twitter-to-sqlite==0.22`). The machine's load is printed before and after:
# figures from a busy machine favour Rounds (see docs/formats.md, Speed).
set -euo pipefail

records=${1:-50000}
rounds_count=${2:-5}
package=$(cd "$(dirname "$0")/.." && pwd)
rounds="$package/.build/release/rounds"
[ -x "$rounds" ] || { echo "build first: swift build -c release" >&2; exit 1; }
command -v twitter-to-sqlite >/dev/null || {
  echo "twitter-to-sqlite is not installed: pip install twitter-to-sqlite==0.22" >&2
  exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
zip="$work/archive.zip"
"$rounds" bench generate x-archive "$records" "$zip" --zip --legacy-names >/dev/null

timed() { # prints "wall cpu" in seconds for the command given
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/rounds.txt"
: >"$work/t2s.txt"
for round in $(seq "$rounds_count"); do
  rm -rf "$work/inbox" "$work/t2s.db"
  mkdir -m 700 "$work/inbox"
  "$rounds" init --db "$work/inbox/inbox.sqlite" >/dev/null
  r=$(timed "$rounds" import "$zip" --db "$work/inbox/inbox.sqlite")
  t=$(timed twitter-to-sqlite import "$work/t2s.db" "$zip")
  echo "$r" >>"$work/rounds.txt"
  echo "$t" >>"$work/t2s.txt"
  echo "round $round: rounds ${r/ / s wall, } s CPU; twitter-to-sqlite ${t/ / s wall, } s CPU"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rw=$(cut -d' ' -f1 "$work/rounds.txt" | median)
tw=$(cut -d' ' -f1 "$work/t2s.txt" | median)
rc=$(cut -d' ' -f2 "$work/rounds.txt" | median)
tc=$(cut -d' ' -f2 "$work/t2s.txt" | median)
awk -v rw="$rw" -v tw="$tw" -v rc="$rc" -v tc="$tc" -v n="$records" 'BEGIN {
  printf "medians, %d tweets: rounds %.2f s wall (%.2f s CPU), twitter-to-sqlite %.2f s wall (%.2f s CPU)\n", n, rw, rc, tw, tc
  printf "rounds is %.1fx faster by wall time, %.1fx by CPU time\n", tw / rw, tc / rc
}'
