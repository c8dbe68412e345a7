#!/usr/bin/env bash
# Regenerates the golden JSON that Tests/SitrepTests/GoldenTests.swift pins, after a deliberate change
# to the extractor. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q
fixtures=Tests/SitrepTests/Fixtures
(cd "$fixtures" && ../../../.build/debug/sitrep extract --format json golden-report.txt) > "$fixtures/golden-report.json"
git --no-pager diff --stat -- "$fixtures" || true
