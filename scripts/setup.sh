# Shared by run.sh and test.sh (sourced): install what is missing, configure and build.
# Everything the project needs comes from Debian's packages; nothing is downloaded otherwise.

DOSSIERKAST_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev libsodium-dev libqt6svg6 libgmime-3.0-dev libgsf-1-dev libytnef0-dev libzip-dev libssl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-psql postgresql
    librsvg2-bin help2man
)

# Only the tests need these: LibreOffice proves that the letters' ODT files open, pdftotext
# (poppler-utils) reads the text of the summaries back, desktop-file-utils and appstream check
# the menu entry and the metainfo, dpkg-dev builds and reads the .deb.
DOSSIERKAST_TEST_PACKAGES=(
    libreoffice-writer-nogui poppler-utils desktop-file-utils appstream dpkg-dev
)

# The packages missing from the program's list and from any extra ones given.
dossierkast_missing_packages() {
    local missing=()
    for package in "${DOSSIERKAST_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]:-}"
}

dossierkast_install_packages() {
    local missing
    missing=$(dossierkast_missing_packages "$@")
    if [ -z "$missing" ]; then
        return 0
    fi
    echo "Installing missing packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and sudo is not available: $missing" >&2
            echo "Install them as root with: apt-get install $missing" >&2
            return 1
        fi
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

dossierkast_build() {
    local root
    root=$(pwd)
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$root/build"
}
