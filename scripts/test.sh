#!/usr/bin/env bash
# Runs every test of the project, or the named steps:
#
#   scripts/test.sh                      all steps, in the order below
#   scripts/test.sh native js            only those steps
#   FAIL_FAST=1 scripts/test.sh          stop at the first failing step
#
# Steps:
#   data          tools/gen_data.py --check, tools/gen_countries.py --check (generated files up to date)
#   fmt           cargo fmt --check
#   clippy        cargo clippy --all-targets -D warnings, host; cargo doc with -D warnings
#   clippy-wasm   the same for wasm32-unknown-unknown
#   native        cargo test (unit, integration, doc tests)
#   wasm-node     wasm lib tests and every tests/wasm_*.rs that runs in Node (the
#                 shared case files through the JS API: validate and build)
#   wasm-browser  every tests/wasm_*.rs with run_in_browser, in headless Chromium
#                 (ChromeDriver): the same case files, plus attach_form
#   build         scripts/build.sh (pkg/)
#   js            node --test over tests/js/*.test.mjs and tests/e2e/*.test.mjs
#
# Every step runs even when an earlier one failed (but js needs build), so one
# run shows every failure; the exit status is non-zero when any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."

ALL_STEPS=(data fmt clippy clippy-wasm native wasm-node wasm-browser build js)
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=("${ALL_STEPS[@]}")
for s in "${steps[@]}"; do
    case " ${ALL_STEPS[*]} " in *" $s "*) ;; *)
        echo "test.sh: unknown step '$s' (steps: ${ALL_STEPS[*]})" >&2
        exit 2
        ;;
    esac
done

# Browser steps need Chromium; the others only the wasm tools.
needs_all=0
for s in "${steps[@]}"; do
    case "$s" in wasm-browser | js) needs_all=1 ;; esac
done
if [ $needs_all = 1 ]; then scripts/setup.sh all; else scripts/setup.sh build; fi || {
    echo "test.sh: setup failed" >&2
    exit 1
}

WASM=wasm32-unknown-unknown
# Also in .cargo/config.toml; set here too so an outer CARGO_TARGET_… wins nothing by accident.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# A loaded 2-core machine can be slow to start Chromium; the default is 20 s.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# `--test NAME` for each wasm test file (tests/wasm_*.rs) that runs in Node
# (`node`) or, by `wasm_bindgen_test_configure!(run_in_browser)`, in
# Chromium (`browser`): a new file is picked up without editing this script.
wasm_tests() {
    local f name
    for f in tests/wasm_*.rs; do
        name=$(basename "$f" .rs)
        if grep -q 'wasm_bindgen_test_configure!(run_in_browser)' "$f"; then
            [ "$1" = browser ] && printf -- '--test %s ' "$name"
        else
            [ "$1" = node ] && printf -- '--test %s ' "$name"
        fi
    done
}

run_step() {
    case "$1" in
    data) python3 tools/gen_data.py --check && python3 tools/gen_countries.py --check ;;
    fmt) cargo fmt --all --check ;;
    clippy) cargo clippy --all-targets -- -D warnings && RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet ;;
    clippy-wasm) cargo clippy --all-targets --target $WASM -- -D warnings ;;
    native) cargo test --no-fail-fast ;;
    wasm-node) cargo test --target $WASM --lib $(wasm_tests node) ;;
    wasm-browser) cargo test --target $WASM $(wasm_tests browser) ;;
    build) scripts/build.sh ;;
    js)
        shopt -s nullglob
        local files=(tests/js/*.test.mjs tests/e2e/*.test.mjs)
        shopt -u nullglob
        if [ ! -f pkg/tm_user_validator.js ]; then
            echo "js: no pkg/ (run the build step)" >&2
            return 1
        fi
        if [ ${#files[@]} -eq 0 ]; then
            echo "js: no test files" >&2
            return 1
        fi
        node --test "${files[@]}"
        ;;
    esac
}

passed=()
failed=()
skipped=()
for s in "${steps[@]}"; do
    if [ "$s" = js ] && [[ " ${failed[*]} " == *" build "* ]]; then
        skipped+=("$s")
        continue
    fi
    printf '\n=== test.sh: %s ===\n' "$s"
    start=$SECONDS
    if run_step "$s"; then
        passed+=("$s")
        printf '=== %s: ok (%ss)\n' "$s" $((SECONDS - start))
    else
        failed+=("$s")
        printf '=== %s: FAILED (%ss)\n' "$s" $((SECONDS - start))
        [ "${FAIL_FAST:-0}" = 1 ] && break
    fi
done

printf '\n=== test.sh summary: steps ok: %s\n' "${passed[*]:-none}"
[ ${#skipped[@]} -gt 0 ] && printf '=== steps skipped (build failed): %s\n' "${skipped[*]}"
if [ ${#failed[@]} -gt 0 ]; then
    printf '=== steps FAILED: %s\n' "${failed[*]}"
    exit 1
fi
printf '=== all %d steps ok\n' ${#passed[@]}
