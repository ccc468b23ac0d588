#!/usr/bin/env bash
# The desktop entry, the AppStream metadata and the MIME types that the build put in build/share pass the
# tools that desktops and software centres use to read them.
set -euo pipefail
share=$1
missing=()
for tool in desktop-file-validate appstreamcli update-mime-database xmllint; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: not installed: ${missing[*]} (scripts/install-deps.sh installs them)"
  exit 77
fi

desktop=$share/applications/org.awaitscope.Awaitscope.desktop
metainfo=$share/metainfo/org.awaitscope.Awaitscope.metainfo.xml
mime=$share/mime/packages/awaitscope.xml

echo "desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; exit 1; }
# Hints are not errors for the tool; we want none either.
if [ -n "$out" ]; then echo "$out"; exit 1; fi

echo "appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo"

echo "xmllint + update-mime-database $mime"
xmllint --noout "$mime"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/"
out=$(XDG_DATA_DIRS="$tmp:/usr/share" update-mime-database "$tmp/mime" 2>&1)
if [ -n "$out" ]; then echo "$out"; exit 1; fi
for type in application/x-awaitscope-trace application/x-awaitscope-lesson; do
  test -f "$tmp/mime/$type.xml" || { echo "update-mime-database did not register $type"; exit 1; }
done
echo "desktop files: all valid"
