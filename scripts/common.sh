# Shared by run.sh and test.sh: the Debian packages Needlepoint builds with, installed when missing.
NEEDLEPOINT_PACKAGES=(
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  libspdlog-dev libfmt-dev catch2 libbenchmark-dev libsqlite3-dev sqlite3 tzdata
  libical-dev python3-icalendar
  poppler-utils
  dpkg-dev lintian appstream desktop-file-utils groff-base
)

ensure_packages() {
  local missing=() p
  for p in "${NEEDLEPOINT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [CMAKE_ARGS...]
configure_and_build() {
  local dir=$1; shift
  cmake -S "$NEEDLEPOINT_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}
