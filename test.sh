#!/usr/bin/env bash
# Same set-up as run.sh, then the whole test suite through CTest (offscreen, no display needed),
# with storage and service tests on SQLite and on a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
# shellcheck source=scripts/testpostgres.sh
source scripts/testpostgres.sh
dossierkast_install_packages "${DOSSIERKAST_TEST_PACKAGES[@]}"
dossierkast_build
dossierkast_postgres_start
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure --timeout 1200
