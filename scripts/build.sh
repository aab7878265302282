#!/usr/bin/env bash
# Builds the npm-style package in pkg/ (see /work/shared/spec/js-api.md):
# a size-optimised release wasm build (profile in Cargo.toml), then
# wasm-bindgen --target web, then pkg/package.json.
# Needs the wasm32 target and wasm-bindgen-cli: `scripts/setup.sh build`.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
wasm="$target_dir/wasm32-unknown-unknown/release/tm_user_validator.wasm"

cargo build --release --target wasm32-unknown-unknown --lib
mkdir -p pkg
wasm-bindgen --target web --out-dir pkg \
    --remove-name-section --remove-producers-section "$wasm"

# pkg/package.json from Cargo.toml's [package] (name fixed by the JS contract).
node - <<'JS'
const fs = require("fs");
const toml = fs.readFileSync("Cargo.toml", "utf8");
const pkgSection = toml.split(/^\[/m).find((s) => s.startsWith("package]")) ?? "";
const field = (k) => (pkgSection.match(new RegExp(`^${k} = "(.*)"$`, "m")) ?? [])[1];
const pkg = {
  name: "tm-user-validator",
  version: field("version"),
  description: field("description"),
  license: field("license"),
  type: "module",
  main: "tm_user_validator.js",
  module: "tm_user_validator.js",
  types: "tm_user_validator.d.ts",
  files: [
    "tm_user_validator.js",
    "tm_user_validator.d.ts",
    "tm_user_validator_bg.wasm",
    "tm_user_validator_bg.wasm.d.ts",
  ],
};
if (!pkg.version) throw new Error("no version in Cargo.toml [package]");
fs.writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
JS
echo "build: pkg/ written ($(wc -c <pkg/tm_user_validator_bg.wasm) bytes of wasm)"
