#!/usr/bin/env bash
# Same set-up as run.sh, then the whole test suite through CTest (offscreen, no display needed).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
dossierkast_install_packages
dossierkast_build
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --timeout 1200
