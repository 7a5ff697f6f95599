#!/usr/bin/env bash
# Validates the desktop integration files (CTest: packaging.desktop_files).
#   validate-desktop-files.sh DESKTOP_FILE METAINFO_FILE
# The .desktop file with desktop-file-validate (desktop-file-utils, installed by scripts/setup),
# the AppStream metainfo with appstreamcli (appstream) where installed, else at least as
# well-formed XML with xmllint; with neither tool the metainfo check is skipped (exit 77).
set -euo pipefail
desktop=${1:?desktop file}
metainfo=${2:?metainfo file}

command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate not found: run scripts/setup" >&2; exit 1; }
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; exit 1; }
# desktop-file-validate exits 0 on hints and warnings too: treat any output as a failure.
[ -z "$out" ] || { echo "$out" >&2; exit 1; }
echo "desktop-file-validate: $desktop is valid"

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$metainfo"
elif command -v xmllint >/dev/null; then
  xmllint --noout "$metainfo"
  echo "xmllint: $metainfo is well-formed (install appstream for a full check)"
else
  echo "neither appstreamcli nor xmllint found: metainfo not checked" >&2
  exit 77
fi
