#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) into build-fuzz/, replays
# every crash input found so far (tests/fuzz/regressions/<target>/: they must
# no longer crash), then runs each target for a bounded time on a copy of its
# seed corpus (tests/fuzz/corpus/<target>/; the repository is never written).
# Prints per target: runs, seconds, coverage at start -> end, new inputs,
# crashes. Exits non-zero when any input crashes, leaks, trips a sanitizer or
# breaks a checked property, or times out.
#
#   usage: bash tests/fuzz/run.sh [TARGET...]      (default: all seven)
#   targets: text markdown html jsonl json pipeline turtle
#
# Environment:
#   NEWSKG_FUZZ_SECONDS    seconds per target (default 30; 0: replay only)
#   NEWSKG_FUZZ_JOBS       targets run at the same time (default: number of cores)
#   NEWSKG_FUZZ_MAX_LEN    override every target's -max_len (bytes)
#   NEWSKG_FUZZ_BUILD_DIR  build folder (default build-fuzz)
#   NEWSKG_FUZZ_NICE       nice level of the fuzzers (default 0)
# The working corpus of each target (seeds + what the runs found) stays in
# BUILD_DIR/corpus/<target> and grows over runs; findings (crash-*, leak-*,
# timeout-*, oom-*) and logs are in BUILD_DIR/runs/<time>/. To keep a finding:
# copy it to tests/fuzz/regressions/<target>/ with a name saying what it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
build_dir="${NEWSKG_FUZZ_BUILD_DIR:-build-fuzz}"
seconds="${NEWSKG_FUZZ_SECONDS:-30}"
jobs="${NEWSKG_FUZZ_JOBS:-$(nproc)}"
nice_level="${NEWSKG_FUZZ_NICE:-0}"
all_targets=(text markdown html jsonl json pipeline turtle)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# -max_len per target: room for a long news article (the BBC ones are 1-25 KB)
# and for the hand-made edge cases; the extraction pipeline is the slowest
# per byte, so its inputs are kept shorter.
max_len_of() {
  case "$1" in
    pipeline) echo 16384 ;;
    *) echo 32768 ;;
  esac
}
dict_of() {
  case "$1" in
    html | markdown | turtle | pipeline) echo "tests/fuzz/dict/$1.dict" ;;
    jsonl | json) echo "tests/fuzz/dict/json.dict" ;;
    text) echo "tests/fuzz/dict/pipeline.dict" ;;
  esac
}

for t in "${targets[@]}"; do
  case " ${all_targets[*]} " in *" $t "*) ;; *) echo "fuzz: unknown target $t" >&2; exit 2 ;; esac
done

# --- build -------------------------------------------------------------------
NEWSKG_WITH_FUZZ=1 NEWSKG_NO_BUILD=1 bash cmake/setup.sh
start=$(date +%s)
# -O1 -gline-tables-only, as OSS-Fuzz builds: fast to build, stacks with file:line.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DNEWSKG_FUZZ=ON -DNEWSKG_TESTS=OFF -DNEWSKG_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")
echo "fuzz: build took $(( $(date +%s) - start )) s"

# halt_on_error / no recovery: the first report is the finding. Leaks count.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# Third-party leaks newskg cannot fix (tests/fuzz/lsan.supp says why for each).
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

run_dir="$root/$build_dir/runs/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
failed=0

# --- regressions: every input that ever crashed runs once ---------------------
for t in "${targets[@]}"; do
  dir="tests/fuzz/regressions/$t"
  [ -d "$dir" ] || continue
  mapfile -t inputs < <(find "$dir" -type f | sort)
  [ ${#inputs[@]} -gt 0 ] || continue
  if "$build_dir/fuzz/fuzz_$t" -timeout=60 -rss_limit_mb=4096 "${inputs[@]}" \
      >"$run_dir/regressions-$t.log" 2>&1; then
    echo "fuzz: $t: ${#inputs[@]} regression inputs, no crash"
  else
    echo "fuzz: $t: a regression input crashes again:" >&2
    grep -E '^Running:|ERROR|SUMMARY|property broken|^ +#[0-9]' "$run_dir/regressions-$t.log" \
      | head -40 >&2
    failed=1
  fi
done

# --- bounded fuzzing ---------------------------------------------------------
fuzz_one() {
  local t="$1" corpus="$root/$build_dir/corpus/$1" out="$run_dir/$1"
  mkdir -p "$corpus" "$out"
  cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  # Real-world pages and JSON Lines of ../shared (kept there, never copied
  # into the repository), when it is beside the checkout.
  case "$t" in
    html) cp -n ../shared/corpus/news-dev/articles/*.html "$corpus"/ 2>/dev/null || true ;;
    jsonl) cp -n ../shared/corpus/news-dev/articles/*.jsonl "$corpus"/ 2>/dev/null || true ;;
  esac
  local dict args=()
  dict="$(dict_of "$t")"
  [ -z "$dict" ] || args+=("-dict=$root/$dict")
  local t0 status=0
  t0=$(date +%s)
  (cd "$out" && nice -n "$nice_level" "$root/$build_dir/fuzz/fuzz_$t" "$corpus" \
      -max_total_time="$seconds" -max_len="${NEWSKG_FUZZ_MAX_LEN:-$(max_len_of "$t")}" \
      -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$out/" \
      "${args[@]}") >"$out/fuzz.log" 2>&1 || status=$?
  local elapsed=$(( $(date +%s) - t0 ))
  local runs new cov0 cov1 findings slow
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz.log" | tail -1)
  new=$(sed -n 's/^stat::new_units_added: *//p' "$out/fuzz.log" | tail -1)
  cov0=$(grep -m1 -oE 'INITED cov: [0-9]+' "$out/fuzz.log" | grep -oE '[0-9]+$' || true)
  cov1=$(grep -oE '^#[0-9]+.* cov: [0-9]+' "$out/fuzz.log" | tail -1 | grep -oE '[0-9]+$' || true)
  findings=$(find "$out" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
      -o -name 'oom-*' \) | wc -l)
  # Inputs slower than 10 s (libFuzzer's -report_slow_units) are reported, not failed.
  slow=$(find "$out" -maxdepth 1 -type f -name 'slow-unit-*' | wc -l)
  printf '%-9s runs %9s  time %4ss  cov %5s -> %-5s  new inputs %5s  crashes %s  slow %s\n' \
    "$t" "${runs:-?}" "$elapsed" "${cov0:-?}" "${cov1:-?}" "${new:-?}" "$findings" "$slow" \
    >"$out/summary"
  [ "$slow" = 0 ] || echo "          slow inputs (> 10 s): $out/slow-unit-*" >>"$out/summary"
  if [ "$status" != 0 ] || [ "$findings" != 0 ]; then
    {
      echo "--- $t: finding, exit status $status (log: $out/fuzz.log)"
      grep -E 'ERROR: |SUMMARY|property broken|^ +#[0-9]+ 0x|Test unit written|^artifact' "$out/fuzz.log" \
        | head -40
    } >>"$out/summary"
    touch "$out/failed"
  fi
}

if [ "$seconds" -gt 0 ]; then
  echo "fuzz: ${#targets[@]} targets, ${seconds} s each, ${jobs} at a time; logs in $run_dir"
  for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    fuzz_one "$t" &
  done
  wait
  for t in "${targets[@]}"; do
    cat "$run_dir/$t/summary"
    [ ! -e "$run_dir/$t/failed" ] || failed=1
  done
fi

if [ "$failed" != 0 ]; then
  echo "fuzz: FAILED (inputs and logs in $run_dir)" >&2
  exit 1
fi
echo "fuzz: no crash"
