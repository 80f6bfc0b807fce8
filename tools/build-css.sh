#!/usr/bin/env bash
# Builds src/BoardPapers/Writers/Html/boardpapers.css from GOV.UK Frontend (MIT) with Dart Sass, both at
# the versions tools/css/package-lock.json pins, from the npm registry. The compiled CSS is committed, so
# building the project never needs npm; this script is how it was made, and `--check` proves it: it builds
# afresh and fails if the committed file differs (skipping, with a message, when npm is not here).
# Usage: bash tools/build-css.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
css=src/BoardPapers/Writers/Html/boardpapers.css
check=false
[ "${1:-}" = "--check" ] && check=true

# Without npm (or a registry), --check says why it skipped and passes; a build fails.
cannot() { # cannot WHY
  if $check; then
    echo "build-css: skipped: $1, so the stylesheet cannot be rebuilt to compare" >&2
    exit 0
  fi
  echo "build-css: $1 (Debian: apt-get install nodejs npm)" >&2
  exit 1
}

command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 || cannot "npm and node are not on this machine"
npmlog=$(mktemp)
if ! (cd tools/css && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >"$npmlog" 2>&1); then
  tail -5 "$npmlog" >&2
  cannot "npm could not install govuk-frontend and sass (no registry?)"
fi

out=$(mktemp)
trap 'rm -f "$out" "$out.body" "$npmlog"' EXIT
frontend=$(node -p "require('./tools/css/node_modules/govuk-frontend/package.json').version")
sass=$(node -p "require('./tools/css/node_modules/sass/package.json').version")
node tools/css/node_modules/sass/sass.js --no-source-map --style=compressed --quiet \
  --load-path=tools/css/node_modules tools/css/boardpapers.scss "$out.body"
{
  echo "/* BoardPapers stylesheet, built by tools/build-css.sh from tools/css/boardpapers.scss with GOV.UK Frontend $frontend (MIT licence, Crown copyright: see govuk-frontend-LICENCE.txt) and Dart Sass $sass. Do not edit: change the .scss and rebuild. */"
  cat "$out.body"
} > "$out"

if $check; then
  if cmp -s "$out" "$css"; then
    echo "build-css: $css is what tools/css/boardpapers.scss builds to"
    exit 0
  fi
  echo "build-css: $css differs from a fresh build of tools/css/boardpapers.scss: run bash tools/build-css.sh and commit the result" >&2
  exit 1
fi
cp "$out" "$css"
chmod 644 "$css"
echo "build-css: wrote $css ($(wc -c < "$css") bytes)" >&2
