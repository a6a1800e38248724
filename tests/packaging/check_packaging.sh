#!/usr/bin/env bash
# Installs the build into a scratch folder and builds the .deb from it, then checks what an office
# PC gets: the program and its version, the menu entry and metainfo (by their validators), the
# icons, the man page, the guide with every screenshot it shows, and a package that depends on
# the runtime pieces Qt loads as plugins or data. Skips (77) when a validator is not installed;
# ./test.sh installs them.
set -euo pipefail
build=$1
source_dir=$2
id=nl.dossierkast.Dossierkast
for tool in desktop-file-validate appstreamcli dpkg-deb cpack; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed; skipped"
        exit 77
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# The validators on the files as they are installed.
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >/dev/null
root="$work/root/usr"
desktop-file-validate "$root/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "^Exec=dossierkast$" "$root/share/applications/$id.desktop" || fail "the menu entry does not start dossierkast"
grep -q "^Icon=$id$" "$root/share/applications/$id.desktop" || fail "the menu entry names another icon"

for file in bin/dossierkast share/icons/hicolor/scalable/apps/$id.svg share/man/man1/dossierkast.1.gz \
            share/doc/dossierkast/handleiding.md share/doc/dossierkast/copyright; do
    [ -f "$root/$file" ] || fail "$file is not installed"
done
for size in 16 24 32 48 64 128 256; do
    png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || { fail "no ${size}px icon"; continue; }
    # PNG header: width and height are big-endian at bytes 16 and 20.
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "the ${size}px icon is ${w}x${h}"
done
# Every screenshot the guide shows is installed beside it.
grep -o 'screenshots/[0-9a-z-]*\.png' "$source_dir/docs/handleiding.md" | sort -u | while read -r image; do
    [ -f "$source_dir/docs/$image" ] || echo "FAIL: the guide shows $image, which is not in docs/"
    [ -f "$root/share/doc/dossierkast/$image" ] || echo "FAIL: $image is not installed with the guide"
done | tee "$work/images"
[ -s "$work/images" ] && status=1
# The man page covers every command the program knows.
commands=$("$root/bin/dossierkast" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p; s/^  \([a-z][a-z-]*\)$/\1/p')
[ -n "$commands" ] || fail "no commands found in --help"
# (Read into files first: grep -q stops reading early, which pipefail would count as a failure.)
zcat "$root/share/man/man1/dossierkast.1.gz" | sed 's/\\-/-/g' > "$work/man.txt"
for command in $commands; do
    grep -q "^$command\b" "$work/man.txt" || fail "the man page lacks $command"
done
"$root/bin/dossierkast" --version | grep -q "^dossierkast [0-9]" || fail "--version"

# The package: version from the project, the plugins and Qt's Dutch texts among its dependencies.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/*.deb)
version=$(sed -n 's/^project(Dossierkast VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), project $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libqt6widgets6 libqt6sql6 libsodium23 libzip4 libgmime-3.0-0; do
    [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "the package does not depend on $needed ($depends)"
done
dpkg-deb -c "$deb" > "$work/contents.txt"
grep -q "\./usr/share/applications/$id\.desktop$" "$work/contents.txt" || fail "the package has no menu entry"
grep -q "\./usr/bin/dossierkast$" "$work/contents.txt" || fail "the package has no program"
grep -q "\./usr/share/doc/dossierkast/handleiding\.md$" "$work/contents.txt" || fail "the package has no guide"
exit $status
