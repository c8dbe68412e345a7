#!/usr/bin/env bash
# Builds Sitrep and runs the main job on the bundled example reports: a table on the terminal
# and the codebook JSON lines in out/examples.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
swift build -c release -q
mkdir -p out
.build/release/sitrep extract --format table examples/reports
.build/release/sitrep extract --format jsonl examples/reports > out/examples.jsonl
echo "wrote out/examples.jsonl ($(wc -l < out/examples.jsonl) documents)"
