#!/usr/bin/env python3
"""Checks the store on the dev reports, as the record issue asks, through the sitrep command line.

- ingesting the reports twice leaves the same counts;
- ingesting them in two halves, in either order, gives the same events and ids as one pass;
- the falls of Walikale, Goma and Bukavu are one event each, with all their sources;
- `--format acled` loads with Python's csv module with ACLED's 31 headers in order;
- `--format geojson` parses and every feature has valid coordinates.

Usage: python3 scripts/check_store.py SITREP_BINARY REPORTS_DIR
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
         "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
         "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
         "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]

binary, reports = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(reports, f) for f in os.listdir(reports) if f.endswith(".txt"))
failures = []


def run(*args):
    return subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout


def events(db):
    out = []
    for line in run("events", "--db", db, "--format", "jsonl").splitlines():
        e = json.loads(line)
        e.pop("updated_at")
        out.append(e)
    return sorted(out, key=lambda e: e["id"])


def check(ok, message):
    print(("ok    " if ok else "FAIL  ") + message)
    if not ok:
        failures.append(message)


with tempfile.TemporaryDirectory() as tmp:
    once, forward, backward = (os.path.join(tmp, n + ".db") for n in ("once", "forward", "backward"))
    first = run("ingest", "--db", once, *files).splitlines()
    second = run("ingest", "--db", once, *files).splitlines()
    check("stored 0 new reports (%d already stored" % len(files) in second[0] and first[1] == second[1],
          "a second ingest of the dev reports changes nothing: " + second[1])
    half = len(files) // 2
    run("ingest", "--db", forward, *files[:half]); run("ingest", "--db", forward, *files[half:])
    run("ingest", "--db", backward, *files[half:]); run("ingest", "--db", backward, *files[:half])
    reference = events(once)
    check(events(forward) == reference, "two halves, first half first: same %d events and ids as one pass" % len(reference))
    check(events(backward) == reference, "two halves, second half first: same events and ids as one pass")

    check(len(reference) == 112, "the dev reports give %d fused events (expected 112)" % len(reference))
    # The captures the dev reports tell, and the reports that tell each (README: "The record").
    expected_sources = {"Walikale": 4, "Goma": 6, "Bukavu": 4}
    for town in ("Walikale", "Goma", "Bukavu"):
        found = [e for e in reference if e["location"] == town and e["control"] == "gained" and e["actor1"] == "M23"
                 and e["sub_type"] in ("Non-state actor overtakes territory", "Non-violent transfer of territory")]
        best = max(found, key=lambda e: e["source_count"]) if found else None
        docs = sorted({os.path.basename(s["file"]) for s in best["sources"]}) if best else []
        check(best is not None and best["source_count"] == expected_sources[town] == len(docs),
              "fall of %s: one event %s with %d sources %s" % (town, best["id"] if best else "-", len(docs), ", ".join(docs)))
        if best:
            shown = run("show", "--db", once, best["id"])
            check(all(d in shown for d in docs), "sitrep show %s lists every source" % best["id"])

    text = run("events", "--db", once, "--format", "acled")
    rows = list(csv.reader(io.StringIO(text)))
    check(rows[0] == ACLED, "acled export: exactly the 31 ACLED headers in order")
    check(len(rows) > 1 and all(len(r) == 31 for r in rows[1:]), "acled export: %d rows of 31 fields" % (len(rows) - 1))

    geo = json.loads(run("events", "--db", once, "--format", "geojson"))
    feats = geo.get("features", [])
    valid = all(f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
                and -180 <= f["geometry"]["coordinates"][0] <= 180 and -90 <= f["geometry"]["coordinates"][1] <= 90
                for f in feats)
    check(geo.get("type") == "FeatureCollection" and len(feats) > 0 and valid,
          "geojson export: FeatureCollection of %d features with valid coordinates" % len(feats))

sys.exit(1 if failures else 0)
