#!/usr/bin/env bash
# Installs what is missing, builds, and starts Dossierkast on a local SQLite database.
# Arguments are passed to the program: ./run.sh --help, ./run.sh --database X check, …
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
dossierkast_install_packages
dossierkast_build
exec ./build/dossierkast "$@"
