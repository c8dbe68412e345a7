#!/usr/bin/env bash
# Builds Sitrep and runs the main job on the bundled example reports: a table on the terminal
# and the codebook JSON lines in out/examples.jsonl; then records them in out/examples.db and lists the events.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi
swift build -c release -q
mkdir -p out
.build/release/sitrep extract --format table examples/reports
.build/release/sitrep extract --format jsonl examples/reports > out/examples.jsonl
echo "wrote out/examples.jsonl ($(wc -l < out/examples.jsonl) documents)"
# The record: store the same reports, fused into events, and list them.
rm -f out/examples.db out/examples.db-wal out/examples.db-shm
.build/release/sitrep ingest --db out/examples.db examples/reports
.build/release/sitrep events --db out/examples.db --format table
echo "stored in out/examples.db; try: .build/release/sitrep show --db out/examples.db EVENT_ID"
