#!/usr/bin/env bash
# Measures extraction speed on the 181 Zyte pages, three extractors back to
# back on the same machine, each on one core: storyline, go-trafilatura
# alone (both in one `storyline eval extraction --baseline` run) and
# Readability.js with jsdom parsing (bench/readability/run.js).
#
# usage: bench/extraction-speed.sh [DATA]
#   DATA     the extraction-zyte folder (default ../shared/bench/extraction-zyte)
#   STORYLINE=path  a built storyline binary (default: go build into a temp dir)
#   CPU=n    the core to pin every run to with taskset (default 0)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/bench/extraction-zyte}"
data="$(cd "$data" && pwd)"
cpu="${CPU:-0}"

pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c "$cpu")
fi

bin="${STORYLINE:-}"
if [[ -z "$bin" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$root" && go build -o "$tmp/storyline" ./cmd/storyline)
  bin="$tmp/storyline"
fi

if [[ ! -d "$root/bench/readability/node_modules" ]]; then
  (cd "$root/bench/readability" && npm ci --no-audit --no-fund)
fi

echo "== machine: $(nproc) cores, pinned to core $cpu ($(uname -m)); $(date -u +%FT%TZ)"
echo "== storyline and go-trafilatura alone (one process, sequential)"
GOMAXPROCS=1 "${pin[@]}" "$bin" eval extraction --data "$data" --baseline
echo "== Readability.js 0.6.0 + jsdom 27.0.0 (parsing included)"
out="$(mktemp)"
"${pin[@]}" node "$root/bench/readability/run.js" --data "$data/html" --ground-truth "$data/ground-truth.json" --out "$out"
"$bin" eval extraction --data "$data" --predictions "$out"
rm -f "$out"
