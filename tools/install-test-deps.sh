#!/usr/bin/env bash
# Installs the independent readers the tests check our output with: LibreOffice (DOCX to PDF, and the
# optional PDF output), pandoc, poppler-utils, and qpdf (a PDF's structure tree and page labels); and clang with zlib1g-dev, which link the native
# build tools/native-check.sh compares; and Debian's Chromium, which the service's browser tests drive
# through Playwright (never a browser Playwright downloads); curl and git, which the native check and the
# diff tests use; python3-icalendar and python3-feedparser, which read the site's calendars and feed; python3-openpyxl, which reads the update workbooks as a lead's spreadsheet would, and
# LibreOffice Calc, which re-saves them as another office suite does. Debian/Ubuntu; does nothing when they are present.
set -euo pipefail
packages=(libreoffice-writer-nogui libreoffice-calc-nogui python3-openpyxl python3-icalendar python3-feedparser pandoc poppler-utils qpdf clang zlib1g-dev chromium curl git)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
