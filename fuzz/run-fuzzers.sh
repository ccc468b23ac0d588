#!/usr/bin/env bash
# Fills the seed corpora and runs each fuzzer for FUZZ_SECONDS (default 60), one after the other.
# Usage: fuzz/run-fuzzers.sh [BUILD-DIR]   (FUZZ_TARGETS="parser trace" to run only some)
# Findings land in BUILD-DIR/findings/<target>-crash-..., logs in BUILD-DIR/fuzz-<target>.log.
set -uo pipefail

BUILD=${1:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"parser interpreter lesson trace"}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BIN="$BUILD/bin"
CORPUS="$BUILD/corpus"

mkdir -p "$CORPUS"/{parser,interpreter,lesson,trace} "$BUILD/findings"

# Seeds: the test programs and the lesson programs for the Python targets, every lesson.json (prefixed
# with its folder name, see fuzz_lesson.cpp), real traces of the test programs, and the regression inputs.
for f in "$ROOT"/tests/scripts/*.py "$ROOT"/lessons/*/*.py "$ROOT"/examples/*.py; do
  [ -f "$f" ] || continue
  name=$(basename "$(dirname "$f")")-$(basename "$f")
  cp "$f" "$CORPUS/parser/$name"
  cp "$f" "$CORPUS/interpreter/$name"
done
for f in "$ROOT"/lessons/*/lesson.json; do
  lesson=$(basename "$(dirname "$f")")
  { printf '%s\n' "$lesson"; cat "$f"; } > "$CORPUS/lesson/$lesson.json"
done
"$BIN/fuzz-maketrace" "$CORPUS/trace" "$ROOT"/tests/scripts/*.py "$ROOT"/lessons/*/main.py || true
# Recordings of the same programs under CPython (the recorder awaitscope record ships), when a python3 3.11+
# is there: the trace reader meets what the recorder writes too (worker threads' lanes, recordedBy, ...).
if python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  for f in "$ROOT"/lessons/*/main.py "$ROOT"/tests/scripts/{gather,wait,as_completed,to_thread,executor}*.py; do
    [ -f "$f" ] || continue
    out="$CORPUS/trace/recorded-$(basename "$(dirname "$f")")-$(basename "$f" .py).json"
    (cd "$(dirname "$f")" && timeout 20 python3 "$ROOT/resources/recorder/awaitscope_recorder.py" --out "$out" \
      "$(basename "$f")" >/dev/null 2>&1) || true
  done
fi
for t in parser interpreter lesson trace; do
  [ -d "$ROOT/tests/fuzz-corpus/$t" ] && cp "$ROOT/tests/fuzz-corpus/$t"/* "$CORPUS/$t/" 2>/dev/null
done

status=0
for t in $TARGETS; do
  dict=()
  case $t in parser | interpreter) dict=(-dict="$HERE/python.dict") ;; *) dict=(-dict="$HERE/json.dict") ;; esac
  echo "== fuzz-$t for ${SECONDS_EACH}s"
  # -timeout: one input running longer than 10 s is a hang; -rss_limit_mb: a memory blow-up is a finding.
  nice "$BIN/fuzz-$t" "$CORPUS/$t" "${dict[@]}" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$BUILD/findings/$t-" \
    > "$BUILD/fuzz-$t.log" 2>&1
  rc=$?
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ +DONE' "$BUILD/fuzz-$t.log" || true
  if [ $rc -ne 0 ]; then
    echo "fuzz-$t stopped with a finding (exit $rc): see $BUILD/fuzz-$t.log and $BUILD/findings/"
    status=1
  fi
done
exit $status
