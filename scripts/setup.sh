#!/usr/bin/env bash
# Installs what a fresh machine with only Rust, Node and Python lacks to build
# and test this project. Idempotent: every step is skipped when already done.
#
#   scripts/setup.sh            everything (wasm target, wasm-bindgen-cli,
#                               Chromium + ChromeDriver, npm dev dependencies)
#   scripts/setup.sh build      only what building pkg/ needs (target + wasm-bindgen)
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
case "$what" in all | build) ;; *)
    echo "usage: $0 [all|build]" >&2
    exit 2
    ;;
esac

say() { printf 'setup: %s\n' "$*"; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. The wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target present"
else
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version Cargo.lock pins: the CLI and the
#    crate must agree or wasm-bindgen refuses the module.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
    echo "setup: no wasm-bindgen version in Cargo.lock" >&2
    exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
have_runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" = "$want" ] && [ "$have_runner" = "$want" ]; then
    say "wasm-bindgen $want present"
else
    say "installing wasm-bindgen-cli $want (have: ${have:-none})"
    cargo install wasm-bindgen-cli --version "=$want"
    have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
    if [ "$have" != "$want" ]; then
        echo "setup: wasm-bindgen on PATH is ${have:-missing}, not $want (is ~/.cargo/bin on PATH?)" >&2
        exit 1
    fi
fi

[ "$what" = build ] && exit 0

# 3. Debian's Chromium and ChromeDriver, for the wasm browser tests and the
#    Playwright e2e tests (never a downloaded browser build).
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver present"
else
    say "installing chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

# 3b. A font with Chinese glyphs, so that the locale screenshots of the e2e
#     tests (tests/e2e/locales.test.mjs) show text, not boxes. Arabic, Latin
#     and Cyrillic come with Chromium's own dependencies.
if dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
    say "a Chinese font present"
else
    say "installing fonts-wqy-microhei"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-wqy-microhei
fi

# 4. npm dev dependencies (playwright-core for e2e; ajv, ajv-formats, zod,
#    valibot for the benchmark), one install at the repo root.
if [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; then
    say "npm dev dependencies present"
elif [ -f package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund
else
    say "npm install"
    npm install --no-audit --no-fund
fi
