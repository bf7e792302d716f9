#!/usr/bin/env bash
# Sets newskg up on a Debian machine: installs the Debian packages it needs
# (when missing; as root, or through sudo), configures and builds into build/.
#   usage: bash cmake/setup.sh [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libboost-graph-dev libserd-dev serdi rapidjson-dev libgtest-dev libgmock-dev
  libbenchmark-dev graphviz libcli11-dev libgumbo-dev libyaml-cpp-dev libutf8proc-dev
)
if [ "${NEWSKG_WITH_NODE:-0}" = 1 ]; then packages+=(nodejs npm); fi

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
if [ ${#missing[@]} -gt 0 ]; then
  echo "newskg setup: installing ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "newskg setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$(nproc)"
