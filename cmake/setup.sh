#!/usr/bin/env bash
# Sets newskg up on a Debian machine: installs the Debian packages it needs
# (when missing; as root, or through sudo), configures and builds into build/.
#   usage: bash cmake/setup.sh [extra cmake args...]
# Environment:
#   NEWSKG_WITH_NODE=1     also what the whole test suite runs: Node.js and npm (the
#                          SPARQL-store tests), Debian's Chromium and a font (the
#                          report page's browser test), valgrind (the linearity test)
#   NEWSKG_WITH_FUZZ=1     also clang and its libFuzzer runtime (tests/fuzz)
#   NEWSKG_BUILD_DIR=DIR   configure and build DIR instead of build/
#   NEWSKG_NO_BUILD=1      install the packages only
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libboost-graph-dev libserd-dev serdi rapidjson-dev libgtest-dev libgmock-dev
  libbenchmark-dev graphviz libcli11-dev libgumbo-dev libyaml-cpp-dev libutf8proc-dev
)
if [ "${NEWSKG_WITH_NODE:-0}" = 1 ]; then packages+=(nodejs npm chromium fonts-dejavu-core valgrind); fi
if [ "${NEWSKG_WITH_FUZZ:-0}" = 1 ]; then packages+=(clang); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from a NodeSource-style nodejs package rather than Debian's npm.
if [ "${NEWSKG_WITH_NODE:-0}" = 1 ] && command -v npm >/dev/null && command -v node >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [ "$p" = npm ] || [ "$p" = nodejs ] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
apt_install() {
  echo "newskg setup: installing $*"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "newskg setup: need root (or sudo) to install: $*" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${apt_updated:-}" ]; then $sudo apt-get update -qq; apt_updated=1; fi
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
# libFuzzer ships in the compiler-rt package of the clang version installed
# (libclang-rt-14-dev on Debian 12), which `clang` does not always pull in.
if [ "${NEWSKG_WITH_FUZZ:-0}" = 1 ]; then
  rt_dir="$(clang -print-resource-dir)/lib/linux"
  if ! ls "$rt_dir"/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
    clang_major="$(clang -dumpversion | cut -d. -f1)"
    apt_install "libclang-rt-$clang_major-dev"
  fi
fi
if [ "${NEWSKG_NO_BUILD:-0}" = 1 ]; then exit 0; fi

build_dir="${NEWSKG_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
