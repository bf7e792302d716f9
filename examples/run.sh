#!/usr/bin/env bash
# The main job: set up, then build the knowledge graph of the bundled example
# articles into out/ (graph.ttl, graph.nt, graph.dot, graph.svg, graph.json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash cmake/setup.sh
build/newskg build examples/articles -o out "$@"
