#!/usr/bin/env bash
# The whole test suite: set up (Debian packages, Node packages for the SPARQL
# and SHACL tests), build, and run every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
NEWSKG_WITH_NODE=1 bash cmake/setup.sh
if [ -f tests/store/package.json ]; then
  (cd tests/store && npm ci --no-audit --no-fund --silent)
fi
ctest --test-dir build --output-on-failure -j "$(nproc)"
