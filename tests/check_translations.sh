#!/usr/bin/env bash
# Fails when the Dutch translation has unfinished entries, or when lupdate would add strings
# that are in the sources but not yet in the .ts file.
set -euo pipefail
lupdate=$1
source_dir=$2
ts="$source_dir/translations/dossierkast_nl.ts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/dossierkast_nl.ts"
(cd "$source_dir" && "$lupdate" -silent -locations none -no-obsolete app ui -ts "$work/dossierkast_nl.ts")
status=0
unfinished=$(grep -c 'type="unfinished"' "$work/dossierkast_nl.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "translations/dossierkast_nl.ts: $unfinished unfinished or missing Dutch entries:"
    grep -B3 'type="unfinished"' "$work/dossierkast_nl.ts" | grep '<source>' | head -20
    status=1
fi
if ! cmp -s "$ts" "$work/dossierkast_nl.ts"; then
    echo "translations/dossierkast_nl.ts is not up to date with the sources; run the update_translations target:"
    diff "$ts" "$work/dossierkast_nl.ts" | head -20
    status=1
fi
[ $status -eq 0 ] && echo "Dutch translation complete and up to date."
exit $status
