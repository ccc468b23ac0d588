#!/usr/bin/env bash
# The Debian package as a user gets it: CPack builds it from this build tree (as `make package` does),
# dpkg-deb unpacks it into a temporary folder, and the program runs from there with no display: its
# version, the eleven lessons read from the unpacked data, German from the unpacked translations, and a
# picture drawn headless. The unpacked tree is then moved, to show that nothing points back at the build,
# and `cmake --install` into a prefix gives a tree that works the same.
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: not installed: ${missing[*]} (scripts/install-deps.sh installs them)"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { # check WHAT HAYSTACK NEEDLE
  grep -qF -- "$3" <<<"$2" || fail "$1: expected \"$3\" in:"$'\n'"$2"
}

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$tmp/out/awaitscope_${version}_amd64.deb
[ -f "$deb" ] || { ls "$tmp/out"; fail "no $deb"; }

echo "== control fields"
info=$(dpkg-deb -f "$deb")
echo "$info"
check control "$info" "Package: awaitscope"
check control "$info" "Version: $version"
check control "$info" "Architecture: amd64"
check control "$info" "Section: education"
check control "$info" "Maintainer: "
check control "$info" "Recommends: python3, python3-aiohttp"
check control "$info" "Description: see what asyncio really does"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libgmp10 libstdc++6 libc6; do
  check "Depends (dpkg-shlibdeps)" "$depends" "$lib"
done

echo "== contents"
files=$(dpkg-deb -c "$deb")
for path in ./usr/bin/awaitscope \
            ./usr/share/awaitscope/lessons/gather/lesson.json \
            ./usr/share/awaitscope/translations/awaitscope_de.qm \
            ./usr/share/awaitscope/recorder/awaitscope_recorder.py \
            ./usr/share/applications/org.awaitscope.Awaitscope.desktop \
            ./usr/share/metainfo/org.awaitscope.Awaitscope.metainfo.xml \
            ./usr/share/mime/packages/awaitscope.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.awaitscope.Awaitscope.svg \
            ./usr/share/icons/hicolor/16x16/apps/org.awaitscope.Awaitscope.png \
            ./usr/share/icons/hicolor/256x256/apps/org.awaitscope.Awaitscope.png \
            ./usr/share/man/man1/awaitscope.1.gz \
            ./usr/share/bash-completion/completions/awaitscope; do
  check contents "$files" "$path"
done
if grep -q "$build" <<<"$files"; then fail "the package names the build folder"; fi

dpkg-deb -x "$deb" "$tmp/root"
cmp <(gzip -dc "$tmp/root/usr/share/man/man1/awaitscope.1.gz") "$build/share/man/man1/awaitscope.1" \
  || fail "the packaged man page is not the one the build generated"
cmp "$tmp/root/usr/share/bash-completion/completions/awaitscope" "$build/share/bash-completion/completions/awaitscope" \
  || fail "the packaged completion is not the one the build generated"

# The unpacked program, with no display, no data folder named and a home of its own.
run() {
  local root=$1; shift
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u AWAITSCOPE_DATA_DIR \
      HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
      "$root/usr/bin/awaitscope" "$@"
}
mkdir -p "$tmp/home"

try_tree() {
  local root=$1
  echo "== $root/usr/bin/awaitscope --version"
  out=$(run "$root" --version)
  [ "$out" = "awaitscope $version" ] || fail "--version said: $out"

  echo "== lessons"
  out=$(run "$root" lessons)
  echo "$out"
  [ "$(grep -c . <<<"$out")" -eq 11 ] || fail "expected eleven lessons"
  check lessons "$(run "$root" lessons --folders)" "Built-in lessons: $root/usr/share/awaitscope/lessons"
  echo "== lessons --lang de"
  check "German titles (lesson.de.json) and translations (.qm)" "$(run "$root" --lang de lessons)" "gather: alles auf einmal"
  check "German help from the unpacked .qm" "$(run "$root" --lang de --help)" "Verwendung:"

  echo "== export"
  run "$root" export --lesson concurrent-tasks --view compare --out "$tmp/slide.svg"
  grep -q "<svg" "$tmp/slide.svg" || fail "export wrote no SVG"
  grep -q "9.0 s vs 3.0 s" "$tmp/slide.svg" || fail "the compare picture lacks its verdict"
  run "$root" export --lesson gather --size 640x360 --out "$tmp/slide.png"
  [ "$(head -c 8 "$tmp/slide.png" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] || fail "export wrote no PNG"
  rm -f "$tmp/slide.svg" "$tmp/slide.png"

  echo "== record (the recorder module from the package)"
  if python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    run "$root" record "$root/usr/share/awaitscope/lessons/gather/main.py" --out "$tmp/rec.json" >/dev/null
    grep -q '"format":"awaitscope-trace"' "$tmp/rec.json" || fail "record wrote no trace"
    rm -f "$tmp/rec.json"
  else
    echo "skipped: no python3 3.11 or newer to record with"
  fi
}

try_tree "$tmp/root"
# Somewhere else entirely: the data is found from the binary's own place.
mv "$tmp/root" "$tmp/moved"
try_tree "$tmp/moved"

echo "== the lessons are read from the unpacked data, not from the binary"
mv "$tmp/moved/usr/share/awaitscope/lessons" "$tmp/lessons-away"
if out=$(run "$tmp/moved" lessons 2>&1); then fail "lessons without its data folder succeeded: $out"; fi
check "missing data" "$out" "the built-in lessons are missing"

echo "== cmake --install --prefix"
cmake --install "$build" --prefix "$tmp/prefix/usr" >/dev/null
try_tree "$tmp/prefix"
echo "package: all checks passed"
