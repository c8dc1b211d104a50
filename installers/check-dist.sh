#!/usr/bin/env bash
# Run the BUILT executable offscreen against a temporary data folder (make dist-check).
set -euo pipefail
app_dir=${1:-dist/gestor-territorial}
exe="$app_dir/gestor"; [ -x "$exe" ] || exe="$app_dir/gestor.exe"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox"
# Run from a neutral folder with a clean environment: nothing may come from the source tree.
unset PYTHONPATH GESTOR_DATA_DIR GESTOR_DATABASE_URL GESTOR_RESOURCES_DIR
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
cd "$data"
step() { echo "== gestor $*"; }
step --version;            out=$("$exe" --version); echo "$out"
want=$(sed -n 's/^version = "\(.*\)"/\1/p' "$OLDPWD/pyproject.toml" | head -1)
[ "$out" = "Gestor Territorial $want" ] || { echo "versión inesperada: $out (se esperaba $want)"; exit 1; }
step demo;                 "$exe" --data-dir "$data/d" demo
step info;                 "$exe" --data-dir "$data/d" info > info.json; cat info.json
grep -q '"app_version": "'"$want"'"' info.json || { echo "info: versión incorrecta"; exit 1; }
step smoke-window;         "$exe" --data-dir "$data/d" smoke-window
echo "dist-check: OK ($app_dir)"
