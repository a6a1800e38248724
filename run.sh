#!/usr/bin/env bash
# Installs what is missing, builds, and starts Dossierkast on a local SQLite database.
# Arguments are passed to the program: ./run.sh --help, ./run.sh --database X check, …
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
dossierkast_install_packages
dossierkast_build

# ./run.sh --demo: a demonstration database in the user's data folder, made once.
if [ "${1:-}" = "--demo" ]; then
    shift
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Dossierkast/dossierkast/demo.sqlite"
    if [ ! -f "$demo" ]; then
        ./build/dossierkast --database "$demo" demo-data --seed 1
    fi
    echo "Demodatabase: $demo"
    echo "Inloggen (alleen voor demonstraties): beheerder, bestuur, directeur of melder, wachtwoord: demo"
    exec ./build/dossierkast --database "$demo" "$@"
fi
exec ./build/dossierkast "$@"
