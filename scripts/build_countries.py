#!/usr/bin/env python3
"""Build Sources/SitrepStore/Resources/countries.tsv from ../shared/data/countries/countries.tsv.

The ACLED export needs, per ISO 3166-1 alpha-3 code, the numeric ISO code, the
English name and the region (Natural Earth's UN subregion, which matches ACLED's
region names for Africa, e.g. "Middle Africa", "Eastern Africa").

Source: Natural Earth 5.1.1 (public domain). Run from the project root:
    python3 scripts/build_countries.py [../shared/data]
"""
import csv
import os
import sys

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
src = os.path.join(data, "countries", "countries.tsv")
out = os.path.join("Sources", "SitrepStore", "Resources", "countries.tsv")

rows = {}
with open(src, encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        iso3 = r["iso_a3"]
        if len(iso3) != 3 or not iso3.isalpha() or iso3 in rows:
            continue
        n3 = r["iso_n3"] if r["iso_n3"] not in ("", "-99") else ""
        name = "Democratic Republic of Congo" if iso3 == "COD" else (r["name_en"] or r["name"])
        rows[iso3] = (iso3, n3.lstrip("0") or n3, name, r["subregion"])

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("iso3\tiso_numeric\tname\tregion\n")
    for key in sorted(rows):
        f.write("\t".join(rows[key]) + "\n")
print("wrote %d countries to %s" % (len(rows), out))
