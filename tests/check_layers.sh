#!/usr/bin/env bash
# The layers of DESIGN.md §2, checked on every test run: no widget opens a transaction, no file
# of app/ (but the composition root main.cpp) includes a widget header, and no widget file
# includes a storage header unless it is one of those still listed in layering-allowlist.txt
# (a list that may only shrink).
set -uo pipefail
source_dir=$1
cd "$source_dir" || exit 2
status=0

transactions=$(grep -rlE '\bTransaction\b' ui --include='*.cpp' --include='*.h' || true)
if [ -n "$transactions" ]; then
    echo "Widgets that handle a Transaction (every write is a service call):"
    echo "$transactions"
    status=1
fi

widgets=$(grep -rlE '#include <Q(Widget|Dialog|MessageBox|PushButton|LineEdit|ComboBox|TableView|TableWidget|Application|MainWindow|Label)>' app \
          | grep -v '^app/main.cpp$' || true)
if [ -n "$widgets" ]; then
    echo "Files in app/ that include a widget header:"
    echo "$widgets"
    status=1
fi

allowed=$(grep -v '^#' tests/layering-allowlist.txt | sort)
including=$(grep -rlE '#include "(\.\./)*storage/' ui | sort)
new=$(comm -13 <(echo "$allowed") <(echo "$including") | sed '/^$/d')
if [ -n "$new" ]; then
    echo "Widget files that include a storage header (read through a service or a model instead):"
    echo "$new"
    status=1
fi
gone=$(comm -23 <(echo "$allowed") <(echo "$including") | sed '/^$/d')
if [ -n "$gone" ]; then
    echo "These files no longer include storage headers: remove them from tests/layering-allowlist.txt:"
    echo "$gone"
    status=1
fi
[ $status -eq 0 ] && echo "The layers hold: $(echo "$allowed" | wc -l) widget files still read through storage (allow-listed)."
exit $status
