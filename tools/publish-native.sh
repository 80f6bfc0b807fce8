#!/usr/bin/env bash
# Publishes `boardpapers` as a native executable (Native AOT): no .NET runtime needed to run it, and it
# starts in a tenth of the time of the framework-dependent build. Needs clang and zlib1g-dev to link
# (Debian: apt-get install clang zlib1g-dev). Usage: bash tools/publish-native.sh [OUT_DIR] (default dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
command -v clang >/dev/null || { echo "publish-native: clang is needed to link the native build (Debian: apt-get install clang zlib1g-dev)" >&2; exit 1; }
rid="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "publishing the native build for $rid (a minute or two)..." >&2
dotnet publish src/BoardPapers.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work" -nologo -v quiet >&2
mkdir -p "$out"
rm -rf "$out/templates"
cp -r "$work/templates" "$out/templates"
cp "$work/BoardPapers.Cli" "$out/boardpapers"
echo "$out/boardpapers" >&2
