#!/usr/bin/env bash
# Installs the Debian 12 packages Loop Bakery needs to build and test,
# when they are missing.  Sourced by run-app.sh and run-tests.sh.

loop_bakery_packages=(
  # Build
  meson ninja-build pkg-config gcc gettext libxml2-utils
  libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libgtksourceview-5-dev
  # Tests: display, validators, corpus runner
  xvfb xauth python3 desktop-file-utils appstream
  # Fonts and icons, so the UI renders under Xvfb as on a desktop
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme
)

# The fuzz suite (build-aux/run-fuzz-tests.sh), installed with
# `ensure_deps "${loop_bakery_fuzz_packages[@]}"` and skipped without them:
# Debian 12's clang is 14, whose libFuzzer and sanitizer runtimes are only
# recommended, not required.
loop_bakery_fuzz_packages=(clang libclang-rt-14-dev)

ensure_deps () {
  local missing=()
  local pkg
  for pkg in "${loop_bakery_packages[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
