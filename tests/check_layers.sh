#!/usr/bin/env bash
# The layers of DESIGN.md §2, checked on every test run. The build already refuses an
# `#include "storage/…"` above the services (each layer library sees only what it links); this
# also catches what a relative include ("../storage/…") or a header could carry past it: no
# widget opens a transaction, no file of app/ (but the composition root main.cpp) includes a
# widget header, and each layer includes only the layers below it.
set -uo pipefail
source_dir=$1
cd "$source_dir" || exit 2
status=0

fail() {
    echo "$1"
    echo "$2"
    status=1
}

found=$(grep -rlE '\bTransaction\b' ui --include='*.cpp' --include='*.h' || true)
[ -n "$found" ] && fail "Widgets that handle a Transaction (every write is a service call):" "$found"

found=$(grep -rlE '#include <Q(Widget|Dialog|MessageBox|PushButton|LineEdit|ComboBox|TableView|TableWidget|Application|MainWindow|Label)>' app \
        | grep -v '^app/main.cpp$' || true)
[ -n "$found" ] && fail "Files in app/ that include a widget header:" "$found"

# includes_of FILES... LAYER: the files among them that include a header of LAYER, by any path.
including() {
    local layer=$1
    shift
    grep -lE "#include \"(\.\./)*${layer}/" "$@" 2>/dev/null || true
}

found=$(including storage $(find ui -name '*.cpp' -o -name '*.h'))
[ -n "$found" ] && fail "Widget files that include a storage header (read through a service or a model):" "$found"

found=$(including '(storage|services|reports|models|cli)' app/domain/*)
[ -n "$found" ] && fail "Domain files that include a layer above the domain:" "$found"

found=$(including '(services|reports|models|cli)' app/storage/*)
[ -n "$found" ] && fail "Storage files that include a layer above storage:" "$found"

found=$(including '(reports|models|cli)' app/services/*)
[ -n "$found" ] && fail "Service files that include reports, models or the command line:" "$found"

found=$(including '(models|cli)' app/reports/*)
[ -n "$found" ] && fail "Report files that include models or the command line:" "$found"

found=$(including '(storage|reports|cli)' app/models/*)
[ -n "$found" ] && fail "Model files that read past the services (storage, reports or commands):" "$found"

# A header of a layer the widgets see must not hand them a storage header.
found=$(including storage app/services/*.h app/reports/*.h app/models/*.h)
[ -n "$found" ] && fail "Headers above storage that include a storage header (the widgets would see it):" "$found"

[ $status -eq 0 ] && echo "The layers hold: no widget reads storage or opens a transaction, each layer includes only those below."
exit $status
