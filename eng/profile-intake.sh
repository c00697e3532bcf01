#!/usr/bin/env bash
# Traces one intake surge (500 bidders × 64 KiB over HTTP on the embedded profile, after a warm-up surge) with
# dotnet-trace and prints where the busy threads' time goes (eng/profile-breakdown.py). Needs dotnet-trace (`dotnet tool install -g dotnet-trace`).
# Usage: eng/profile-intake.sh [out-dir] [bidders] [KiB]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/th-intake-profile}; bidders=${2:-500}; kib=${3:-64}
trace_tool=${DOTNET_TRACE:-$(command -v dotnet-trace || echo "$HOME/.dotnet/tools/dotnet-trace")}
mkdir -p "$out"
dotnet build tests/TenderHall.Benchmarks -c Release -nologo -v quiet
fifo="$out/go"; rm -f "$fifo"; mkfifo "$fifo"
exec 3<>"$fifo"
dotnet tests/TenderHall.Benchmarks/bin/Release/net10.0/TenderHall.Benchmarks.dll profile-intake "$bidders" "$kib" <&3 >"$out/run.log" 2>&1 &
app=$!
until grep -q '^READY' "$out/run.log"; do
  kill -0 "$app" 2>/dev/null || { cat "$out/run.log"; exit 1; }
  sleep 1
done
"$trace_tool" collect -p "$app" --profile dotnet-sampled-thread-time -o "$out/surge.nettrace" >"$out/trace.log" 2>&1 &
tracer=$!
sleep 3
echo go >&3
until grep -q '^DONE' "$out/run.log"; do
  kill -0 "$app" 2>/dev/null || { cat "$out/run.log"; exit 1; }
  sleep 0.5
done
kill -INT "$tracer" 2>/dev/null || true
wait "$tracer" || true
wait "$app" || true
grep '// bidding' "$out/run.log" || true
"$trace_tool" convert "$out/surge.nettrace" --format speedscope -o "$out/surge" >/dev/null
python3 eng/profile-breakdown.py "$out/surge.speedscope.json"
