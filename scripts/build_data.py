#!/usr/bin/env python3
"""Build Sources/Sitrep/Resources/gazetteer.tsv from the shared data.

Run from the project root:

    python3 scripts/build_data.py [--shared ../shared]

Standard library only.  An English word list (/usr/share/dict/words, Debian
package `wamerican`) is used, when present, to drop small villages whose name is
a common English word and aliases that are plain dictionary words; without it
the script still runs and prints a warning.

Inputs (all under <shared>/data, see its README.md for sources and licences):
  countries/countries.tsv              Natural Earth 5.1.1 + hdx-python-country
  places/great_lakes_places.tsv        OSM 2019 / IPIS 2017 / GeoNames
  places/world_cities1000.tsv          GeoNames cities1000
  boundaries/drc_provinces.geojson     OSM-derived
  boundaries/drc_territories.geojson   OSM-derived
  boundaries/great_lakes_lakes.geojson Natural Earth 10m
  mines/ipis_drc_mine_sites.tsv        IPIS open data

Output: Sources/Sitrep/Resources/gazetteer.tsv (UTF-8, tab separated, sorted,
coordinates with 4 decimals).  The output is deterministic: running the script
twice on the same inputs gives byte-identical files.
"""

import argparse
import csv
import difflib
import json
import math
import os
import sys
import unicodedata
from collections import Counter, defaultdict

HEADER = ["name", "kind", "country", "admin1", "admin2", "lat", "lon",
          "population", "source", "aliases"]
KINDS = ("populated place", "site", "admin1", "admin2", "country", "feature")
MAX_ALIASES = 8
MIN_SIMILARITY = 0.5    # for data aliases of places (explicit ones always kept)

# --------------------------------------------------------------------------
# Hand-kept tables
# --------------------------------------------------------------------------

# Conflict-affected countries whose every GeoNames place (>= 1,000 people) is
# included.  ("SAH" in the original brief is not an ISO code; Western Sahara,
# ESH, is used for it.)
CONFLICT_ISO3 = ("SDN SSD SOM MLI BFA NER TCD NGA CMR CAF ETH ERI MMR UKR HTI "
                 "YEM SYR LBY MOZ AFG IRQ PSE ISR LBN COL MEX PAK ESH BDI RWA "
                 "UGA COD").split()
GREAT_LAKES_ISO3 = ("COD", "RWA", "UGA", "BDI")
# admin1 regions are built for the conflict countries plus Russia (so that
# "Samara Oblast" resolves).  COD is left out: GeoNames still uses the 11
# pre-2015 provinces; the 26 current ones come from drc_provinces.geojson.
ADMIN1_REGION_ISO3 = [c for c in CONFLICT_ISO3 if c != "COD"] + ["RUS"]

# Natural Earth's name_en is used for countries, except here.
COUNTRY_NAME_OVERRIDE = {
    "USA": "United States",
    "CHN": "China",
    "PGA": "Spratly Islands",   # name_en says "Wake Island": a slip in the data
}

# Common English short forms (never filtered by the word list).
COUNTRY_EXTRA_ALIASES = {
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo", "Congo-Kinshasa", "RDC",
            "République démocratique du Congo", "Democratic Republic of Congo",
            "DR of Congo", "Congo Kinshasa"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Brazzaville",
            "Republic of Congo"],
    "USA": ["United States of America", "U.S.", "USA", "U.S.A.", "America", "US"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "RUS": ["Russian Federation"],
    "TZA": ["United Republic of Tanzania"],
    "SSD": ["South Sudan"],
    "CAF": ["CAR", "Centrafrique"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "PSE": ["Palestinian Territories", "State of Palestine", "Gaza", "West Bank"],
    "SYR": ["Syrian Arab Republic"],
    "IRN": ["Islamic Republic of Iran"],
    "MMR": ["Burma"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea", "DPRK"],
    "UAE": [],
    "ARE": ["UAE", "United Arab Emirates"],
    "CZE": ["Czechia"],
    "TUR": ["Türkiye", "Turkiye"],
    "ESH": ["Western Sahara"],
}
# Aliases that must never be attached to a country (ambiguous).
COUNTRY_FORBIDDEN_ALIASES = {"COG": {"congo"}}

# Capitals that are not the most populous GeoNames place of their country:
# iso3 -> (GeoNames name, admin1 or None to disambiguate).
CAPITAL_OVERRIDE = {
    "USA": ("Washington", "Washington, D.C."),
    "TZA": ("Dodoma", None),
    "BDI": ("Gitega", None),          # political capital since 2019
    "NGA": ("Abuja", None),
    "CHE": ("Bern", None),
    "AUS": ("Canberra", None),
    "CAN": ("Ottawa", None),
    "TUR": ("Ankara", None),
    "BRA": ("Brasília", None),
    "PAK": ("Islamabad", None),
    "MMR": ("Nay Pyi Taw", None),
    "BOL": ("La Paz", None),
    "BLZ": ("Belmopan", None),
    "NZL": ("Wellington", None),
    "ZAF": ("Pretoria", None),
    "IND": ("New Delhi", None),
    "CHN": ("Beijing", None),
    "VNM": ("Hanoi", None),
    "KAZ": ("Astana", None),
    "MAR": ("Rabat", None),
    "ISR": ("Jerusalem", None),
    "CMR": ("Yaoundé", None),
    "BEN": ("Porto-Novo", None),
    "ECU": ("Quito", None),
    "ARE": ("Abu Dhabi", None),
    "PHL": ("Manila", None),
    "GNQ": ("Malabo", None),
    "MLT": ("Valletta", None),
    "GMB": ("Banjul", None),
    "SWZ": ("Mbabane", None),
    "PSE": ("Ramallah", None),
    "TWN": ("Taipei", None),
    "LKA": ("Colombo", None),
    "SYR": ("Damascus", None),
    "MOZ": ("Maputo", None),
    "KWT": ("Kuwait City", None),
    "LIE": ("Vaduz", None),
    "SLE": ("Freetown", None),
    "CIV": ("Abidjan", None),         # seat of government in practice
    "MWI": ("Lilongwe", None),
    "ITA": ("Rome", None),
    "DEU": ("Berlin", None),
    "ESP": ("Madrid", None),
    "SAU": ("Riyadh", None),
    "OMN": ("Muscat", None),
    "BHR": ("Manama", None),
    "GRL": ("Nuuk", None),
    "PRI": ("San Juan", None),
    "SSD": ("Juba", None),
    "LBY": ("Tripoli", None),
    "KOR": ("Seoul", None),
    "HTI": ("Port-au-Prince", None),
    "HND": ("Tegucigalpa", None),
    "MNE": ("Podgorica", None),
    "MDV": ("Male", None),
    "MRT": ("Nouakchott", None),
    "GHA": ("Accra", None),
    "NLD": ("Amsterdam", None),
}

ISO2_EXTRA = {"TW": "TWN", "GF": "GUF", "GP": "GLP", "MQ": "MTQ", "RE": "REU",
              "YT": "MYT", "BQ": "BES", "CC": "CCK", "CX": "CXR", "SJ": "SJM",
              "TK": "TKL", "XK": "XKX"}

# DR Congo provinces: French (as in the data) -> canonical English.
PROV_EN = {
    "Nord-Kivu": "North Kivu", "Nord Kivu": "North Kivu",
    "Sud-Kivu": "South Kivu", "South Kivu": "South Kivu",
    "Nord-Ubangi": "North Ubangi", "Sud-Ubangi": "South Ubangi",
    "Kongo-Central": "Kongo Central", "Équateur": "Equateur",
    "Bas-Uélé": "Bas-Uele", "Bas-Uele": "Bas-Uele",
    "Haut-Uélé": "Haut-Uele", "Haut-Uele": "Haut-Uele",
    "Kasaï": "Kasai", "Kasaï-Central": "Kasai-Central",
    "Kasaï-Oriental": "Kasai-Oriental",
}
# Provincial capitals (English province -> town name in great_lakes_places).
PROV_CAPITAL = {
    "Kinshasa": "Kinshasa", "Kongo Central": "Matadi", "Kwango": "Kenge",
    "Kwilu": "Bandundu", "Mai-Ndombe": "Inongo", "Equateur": "Mbandaka",
    "South Ubangi": "Gemena", "North Ubangi": "Gbadolite", "Mongala": "Lisala",
    "Tshuapa": "Boende", "Tshopo": "Kisangani", "Bas-Uele": "Buta",
    "Haut-Uele": "Isiro", "Ituri": "Bunia", "North Kivu": "Goma",
    "South Kivu": "Bukavu", "Maniema": "Kindu", "Haut-Katanga": "Lubumbashi",
    "Haut-Lomami": "Kamina", "Lualaba": "Kolwezi", "Tanganyika": "Kalemie",
    "Lomami": "Kabinda", "Sankuru": "Lusambo", "Kasai": "Tshikapa",
    "Kasai-Central": "Kananga", "Kasai-Oriental": "Mbuji-Mayi",
}
# Territory headquarters that are not the same-named town.
TERRITORY_HQ = {"Beni": "Oicha", "Idjwi": "Bugarula"}
# "ville" polygons whose town has another name in the places table.
VILLE_TOWN = {"Beni Ville": "Beni"}

# Admin1 names for Rwanda / Uganda in great_lakes_places, harmonised with
# GeoNames' English forms.
GL_ADMIN1 = {
    ("RWA", "Western"): "Western Province", ("RWA", "Eastern"): "Eastern Province",
    ("RWA", "Northern"): "Northern Province", ("RWA", "Southern"): "Southern Province",
    ("RWA", "City of Kigali"): "Kigali",
    ("UGA", "Western"): "Western Region", ("UGA", "Eastern"): "Eastern Region",
    ("UGA", "Northern"): "Northern Region", ("UGA", "Central"): "Central Region",
}
# Known admin2 slips in great_lakes_places (see the data README).
GL_ADMIN2_FIX = {("Kitchanga", "North Kivu"): "Masisi", ("Bunia", "Ituri"): "Bunia"}

# Spelling variants that must resolve to one entry: canonical -> variants.
# Variant-named minor entries (no population) are dropped, and the variants
# become aliases of the canonical entry.
GL_VARIANTS = {
    "Kitchanga": ["Kitshanga"],
    "Rutshuru": ["Rutchuru"],
    "Butembo": ["Butembo-Beni"],
}

# Sites that are not in the data as such.  Coordinates are taken from an
# anchor place in great_lakes_places (name, English province, admin2):
#  - Goma International Airport: anchored to the town of Goma (OSM node),
#    ~1.5 km from the runway.
#  - Kavumu Airport: anchored to Kavumu village (Kabare), ~1.6 km away.
#  - Plaine Savo displacement camp: anchored to Bule (Djugu), the village it
#    adjoins (same coordinates to 10 m).
MANUAL_SITES = [
    ("Goma International Airport", ["Goma airport", "Goma International",
                                    "Aéroport international de Goma"],
     ("Goma", "North Kivu", "Goma")),
    ("Kavumu Airport", ["Kavumu airport", "Bukavu airport",
                        "Aéroport de Kavumu"],
     ("Kavumu", "South Kivu", "Kabare")),
    ("Plaine Savo", ["Plaine Savo camp", "Plaine Savo IDP camp", "Savo camp"],
     ("Bule", "Ituri", "Djugu")),
]
# Mine sites renamed to the name reports use.
SITE_RENAME = {("Bisie Mpama", "North Kivu"): ("Bisie", ["Bisie Mpama", "Bisie mine"])}

# Places missing from world_cities1000 altogether.  Coordinates are
# approximate (not from the shared data) and marked in the summary.
MANUAL_WORLD_PLACES = [
    # name, iso3, admin1, lat, lon, aliases
    ("Tabayin", "MMR", "Sagaing", 22.6950, 95.3170, ["Dabayin", "Ta Ba Yin"]),
]

# World places renamed to the form reports use (old name kept as alias).
WORLD_RENAME = {
    ("USA", "New York City"): "New York",
    ("MLI", "Nioro"): "Nioro du Sahel",
    ("SOM", "Mahaddayweyne"): "Mahaday",
}
WORLD_EXTRA_ALIASES = {
    ("SOM", "Mahaday"): ["Mahadday Weyne", "Mahaddey"],
    ("USA", "Washington"): ["Washington, D.C.", "Washington DC"],
    ("UKR", "Kyiv"): ["Kiev"],
    ("MMR", "Nay Pyi Taw"): ["Naypyidaw", "Naypyitaw"],
}

# GeoNames admin1 names -> English form used for reports.  The GeoNames form
# stays as an alias of the admin1 region entry.
ADMIN1_EN = {
    ("USA", "Washington, D.C."): "District of Columbia",
    ("SDN", "Northern Darfur"): "North Darfur", ("SDN", "Southern Darfur"): "South Darfur",
    ("SDN", "Eastern Darfur"): "East Darfur", ("SDN", "Western Darfur"): "West Darfur",
    ("SDN", "Shamal Kurdufan"): "North Kordofan",
    ("SDN", "Southern Kordofan"): "South Kordofan",
    ("SDN", "Al Qadarif"): "Gedaref", ("SDN", "Al Jazirah"): "Gezira",
    ("SDN", "Sinnar"): "Sennar",
    ("SOM", "Middle Shabele"): "Middle Shabelle", ("SOM", "Lower Shabeelle"): "Lower Shabelle",
    ("SOM", "Banaadir"): "Banadir",
    ("MMR", "Sagain"): "Sagaing",
    ("HTI", "Grandans"): "Grand'Anse",
    ("BFA", "High-Basins"): "Hauts-Bassins",
    ("ETH", "Adis Abeba"): "Addis Ababa", ("ETH", "Oromiya"): "Oromia",
    ("ETH", "Binshangul Gumuz"): "Benishangul-Gumuz",
    ("YEM", "Muhafazat Hadramawt"): "Hadramawt", ("YEM", "Muhafazat al Bayda'"): "Al Bayda",
    ("YEM", "Muhafazat al Hudaydah"): "Al Hudaydah", ("YEM", "Amanat Al Asimah"): "Sanaa City",
    ("IRQ", "Mayorality of Baghdad"): "Baghdad", ("IRQ", "Basra Governorate"): "Basra",
    ("IRQ", "Muhafazat Karbala'"): "Karbala", ("IRQ", "Muhafazat Kirkuk"): "Kirkuk",
    ("IRQ", "Salah ad Din Governorate"): "Salah ad Din", ("IRQ", "Ninawa"): "Nineveh",
    ("IRQ", "Arbil"): "Erbil",
    ("SYR", "Dimashq"): "Damascus", ("SYR", "Rif-dimashq"): "Rif Dimashq",
    ("LBY", "Banghazi"): "Benghazi",
    ("AFG", "Wilayat-e Baghlan"): "Baghlan",
    ("UKR", "Kiev"): "Kyiv Oblast", ("UKR", "Vinnyts'ka"): "Vinnytsia",
    ("UKR", "Misto Sevastopol'"): "Sevastopol", ("UKR", "Odessa"): "Odesa",
    ("RUS", "Jaroslavl"): "Yaroslavl", ("RUS", "Voronezj"): "Voronezh",
    ("RUS", "Brjansk"): "Bryansk", ("RUS", "Rjazan"): "Ryazan", ("RUS", "Tjumen"): "Tyumen",
    ("RUS", "Orjol"): "Oryol", ("RUS", "Nizjnij Novgorod"): "Nizhny Novgorod",
    ("RUS", "Kamtsjatka"): "Kamchatka Krai", ("RUS", "Moskovskaya"): "Moscow Oblast",
    ("RUS", "Arkhangelskaya"): "Arkhangelsk", ("RUS", "Tverskaya"): "Tver",
    ("RUS", "Krasnodarskiy"): "Krasnodar Krai", ("RUS", "Krasnoyarskiy"): "Krasnoyarsk Krai",
    ("RUS", "Primorskiy"): "Primorsky Krai", ("RUS", "Stavropol'skiy"): "Stavropol Krai",
    ("RUS", "St.-Petersburg"): "Saint Petersburg",
    ("RUS", "Respublika Buryatiya"): "Buryatia", ("RUS", "Transbaikal Territory"): "Zabaykalsky Krai",
}
ADMIN1_EXTRA_ALIASES = {
    ("MLI", "Segou"): ["Ségou"], ("MLI", "Tombouctou"): ["Timbuktu"],
    ("MLI", "Mopti"): [], ("HTI", "Centre"): ["Centre Department", "Centre département"],
    ("SOM", "Middle Shabelle"): ["Shabeellaha Dhexe", "Middle Shabele"],
    ("SOM", "Lower Shabelle"): ["Shabeellaha Hoose"],
    ("SDN", "North Kordofan"): ["Shamal Kurdufan", "North Kurdufan"],
    ("SDN", "South Kordofan"): ["South Kurdufan"],
    ("UKR", "Kyiv Oblast"): ["Kiev Oblast"],
}
# Region suffix used for "<name> <suffix>" aliases, per country.
ADMIN1_SUFFIX = {
    "RUS": "Oblast", "UKR": "Oblast", "SDN": "State", "SSD": "State", "NGA": "State",
    "MEX": "State", "MLI": "Region", "BFA": "Region", "NER": "Region", "MMR": "Region",
    "SOM": "Region", "ETH": "Region", "ERI": "Region", "CMR": "Region", "HTI": "Department",
    "COL": "Department", "TCD": "Province", "AFG": "Province", "PAK": "Province",
    "MOZ": "Province", "BDI": "Province", "CAF": "Prefecture", "YEM": "Governorate",
    "SYR": "Governorate", "IRQ": "Governorate", "LBN": "Governorate", "LBY": "District",
    "ISR": "District", "PSE": "Governorate", "UGA": "Region", "RWA": "Province",
    "ESH": "Region",
}
MMR_STATES = {"Chin", "Kachin", "Kayah", "Kayin", "Mon", "Rakhine", "Shan"}
# Russian subjects that are not oblasts (no " Oblast" alias).
RUS_NOT_OBLAST_WORDS = ("Krai", "Republic", "Okrug", "Oblast", "Autonomous", "Avtonomnyy")
RUS_REPUBLICS = {"Adygeya", "Altay", "Bashkortostan", "Buryatia", "Chechnya", "Chuvashia",
                 "Dagestan", "Ingushetiya", "Kabardino-Balkariya", "Kalmykiya",
                 "Karachayevo-Cherkesiya", "Khakasiya", "Mariy-El", "Mordoviya",
                 "North Ossetia", "Sakha", "Tatarstan", "Tyva", "Udmurtiya", "Moscow",
                 "Saint Petersburg", "Altai Krai", "Khabarovsk Krai"}

# Lakes: Natural Earth name -> (canonical English name, country, aliases).
LAKES = {
    "Lake Albert": ("Lake Albert", "UGA", ["Lac Albert", "Lake Mobutu"]),
    "Lake Tanganyika": ("Lake Tanganyika", "COD", ["Lac Tanganyika"]),
    "Lake Victoria": ("Lake Victoria", "UGA", ["Lac Victoria", "Victoria Nyanza"]),
    "Lac Moeru": ("Lake Mweru", "COD", ["Lac Moero", "Lac Moeru", "Lake Moero"]),
    "Lake Bangweulu": ("Lake Bangweulu", "ZMB", []),
    "Lake Kivu": ("Lake Kivu", "COD", ["Lac Kivu"]),
    "Lake Edward": ("Lake Edward", "COD", ["Lac Edouard", "Lac Édouard", "Lake Rutanzige"]),
    "Lake Rukwa": ("Lake Rukwa", "TZA", []),
    "Lac Tumba": ("Lake Tumba", "COD", ["Lac Tumba"]),
    "Lake Kwania": ("Lake Kwania", "UGA", []),
    "Lac Mai-Ndombe": ("Lake Mai-Ndombe", "COD", ["Lac Mai-Ndombe", "Lac Maï-Ndombe",
                                                  "Lake Leopold II"]),
    "Lake Rentenue": ("Lake Rentenue", "ZMB", []),
    "Lake Bunyonyi": ("Lake Bunyonyi", "UGA", []),
    "Lake Cheshi": ("Lake Cheshi", "ZMB", []),
    "Lac Upemba": ("Lake Upemba", "COD", ["Lac Upemba"]),
}
LAKE_ADMIN1 = {"Lake Kivu": "", "Lake Tanganyika": ""}

# Extra words treated as "common words" for dropping tiny villages, beside
# the dictionary.
COMMON_EXTRA = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "centre", "center", "nord", "sud", "est", "ouest", "union", "congo", "kivu",
    "lake", "lac", "province", "district", "territory", "territoire", "village",
    "camp", "mine", "river", "rivière", "mission", "port", "station", "market",
    "marché", "city", "town", "quartier", "cité", "army", "police", "school",
    "hospital", "church", "bridge", "road", "beach", "home", "age", "bingo",
}
# great_lakes feature types treated as "villages" for that rule.
SMALL_TYPES_PREFIX = ("osm:village", "osm:hamlet", "osm:isolated_dwelling",
                      "osm:locality", "osm:farm", "osm:neighbourhood", "ipis:locality",
                      "ipis:village_near_mine", "ipis:other")

# Rank of great_lakes feature types when choosing which duplicate to keep
# (lower is better): OSM's larger types first, GeoNames next, then the rest.
GL_TYPE_RANK = {
    "osm:city": 0, "osm:town": 1, "gn:PPL*": 2, "ipis:provincial_capital": 3,
    "ipis:city": 3, "ipis:territory_hq": 4, "osm:suburb": 5, "osm:village": 6,
    "osm:quarter": 7, "osm:Quarter": 7, "osm:neighbourhood": 8, "ipis:mine": 2,
    "ipis:mine_2017": 5, "osm:hamlet": 9,
}


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def fold(s):
    """Strip diacritics (É -> E, ï -> i)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def key(s):
    """Comparison key for 'same name': case/diacritic/punctuation-insensitive."""
    return "".join(c for c in fold(s).casefold() if c.isalnum())


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if not unicodedata.name(c).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def to_int(s):
    try:
        v = int(float(s))
    except (TypeError, ValueError):
        return None
    return v if v > 0 else None


def read_tsv(path):
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_words():
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        print("WARNING: %s not found (apt-get install wamerican); the common-word "
              "filters use only the built-in list" % path, file=sys.stderr)
        return set(COMMON_EXTRA)
    words = set(COMMON_EXTRA)
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                words.add(w)
    return words


class Ctx:
    words = set()


def clean_aliases(name, aliases, explicit=(), limit=None, prefer_close=False,
                  forbidden=()):
    """Filter and order aliases.

    explicit aliases are only deduplicated; data aliases also lose: names
    shorter than 3 characters, non-Latin script, plain lowercase dictionary
    words, all-lowercase machine romanisations, and short all-capital codes
    (IATA/ICAO codes such as GOM, DAR, LON)."""
    out, seen = [], {name.casefold()}
    forbidden = {f.casefold() for f in forbidden}

    def add(a):
        k = a.casefold()
        if not k or k in seen or k in forbidden:
            return
        seen.add(k)
        out.append(a)

    for a in explicit:
        a = " ".join(a.replace("|", " ").split())
        if len(a) >= 3:
            add(a)
    cands = []
    for a in aliases:
        a = " ".join((a or "").replace("|", " ").split())
        if len(a) < 3 or not is_latin(a):
            continue
        if a == a.lower():          # dictionary words and romanisations
            continue
        if a.lower() in Ctx.words:  # dictionary word ("Beach", "Home", "Western")
            continue
        if a.isupper() and len(a) <= 4 and "." not in a:
            continue
        cands.append(a)
    if prefer_close:
        fn = key(name)

        def score(a):
            ka = key(a)
            same = 0 if ka == fn else 1
            return (same, -round(difflib.SequenceMatcher(None, fn, ka).ratio(), 6), a)
        cands = sorted(set(cands), key=score)
        # Keep spelling variants; drop unrelated names (other-language
        # exonyms such as "Aebura" for New York) below MIN_SIMILARITY.
        cands = [a for a in cands if key(a) == fn or
                 difflib.SequenceMatcher(None, fn, key(a)).ratio() >= MIN_SIMILARITY]
    for a in cands:
        if limit is not None and len(out) >= limit:
            break
        add(a)
    return sorted(out, key=lambda s: (fold(s).casefold(), s))


def entry(name, kind, country, admin1, admin2, lat, lon, pop, source, aliases):
    assert kind in KINDS, kind
    return {"name": name, "kind": kind, "country": country, "admin1": admin1 or "",
            "admin2": admin2 or "", "lat": float(lat), "lon": float(lon),
            "population": pop, "source": source, "aliases": list(aliases)}


def ring_centroid(ring):
    """Area-weighted centroid and absolute area of a ring (planar lon/lat)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cr = x1 * y2 - x2 * y1
        a += cr
        cx += (x1 + x2) * cr
        cy += (y1 + y2) * cr
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return sum(xs) / len(xs), sum(ys) / len(ys), 0.0
    return cx / (3 * a), cy / (3 * a), abs(a) / 2


def geom_centroid(geom):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    tot = sx = sy = 0.0
    for poly in polys:
        x, y, a = ring_centroid([tuple(p[:2]) for p in poly[0]])
        tot += a
        sx += x * a
        sy += y * a
    if tot == 0:
        x, y, _ = ring_centroid([tuple(p[:2]) for p in polys[0][0]])
        return y, x
    return sy / tot, sx / tot   # lat, lon


def point_in_ring(lon, lat, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_geom(lon, lat, geom):
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        if point_in_ring(lon, lat, poly[0]) and not any(point_in_ring(lon, lat, h) for h in poly[1:]):
            return True
    return False


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------

def load_countries(data):
    rows = read_tsv(os.path.join(data, "countries", "countries.tsv"))
    # Several Natural Earth rows share an iso_a2 (AU: AUS, IOA, CSI, ATC; FR:
    # FRA, CLP; BR: BRA, BRI): prefer the row whose iso_a3 starts with the
    # iso_a2 and has an ISO numeric code.
    best = {}
    for i, r in enumerate(rows):
        a2, a3 = r["iso_a2"], r["iso_a3"]
        if len(a2) == 2 and a2.isalpha():
            rank = (a3[:2] != a2, r["iso_n3"] == "-99", i)
            if a2 not in best or rank < best[a2][0]:
                best[a2] = (rank, a3)
    iso2to3 = {a2: a3 for a2, (_, a3) in best.items()}
    # Codes used by GeoNames that Natural Earth lacks (or lists as -99).
    for a2, a3 in ISO2_EXTRA.items():
        iso2to3.setdefault(a2, a3)
    return rows, iso2to3


def prov_en(fr):
    return PROV_EN.get(fr, fold(fr)) if fr else ""


def build_countries(rows, world_by_cc, iso2to3):
    out, capitals = [], {}
    iso3to2 = {v: k for k, v in iso2to3.items()}
    for r in rows:
        iso3 = r["iso_a3"]
        name = COUNTRY_NAME_OVERRIDE.get(iso3, r["name_en"] or r["name"])
        cities = world_by_cc.get(iso3to2.get(iso3), [])
        cap = None
        if iso3 in CAPITAL_OVERRIDE:
            cname, adm = CAPITAL_OVERRIDE[iso3]
            m = [c for c in cities if c["name"] == cname and (adm is None or c["admin1"] == adm)]
            if m:
                cap = max(m, key=lambda c: (to_int(c["population"]) or 0, c["geonameid"]))
            else:
                print("WARNING: capital override %s -> %s not found; using largest city"
                      % (iso3, cname), file=sys.stderr)
        if cap is None and cities:
            cap = max(cities, key=lambda c: (to_int(c["population"]) or 0, c["geonameid"]))
        if cap is None:
            continue    # uninhabited / no GeoNames place with 1,000 people
        capitals[iso3] = cap["geonameid"]
        data_aliases = [r["name"], r["name_long"], r["formal_en"], r["name_fr"],
                        r["name_en"], fold(r["name_fr"])]
        al = clean_aliases(name, data_aliases, explicit=COUNTRY_EXTRA_ALIASES.get(iso3, []),
                           forbidden=COUNTRY_FORBIDDEN_ALIASES.get(iso3, ()))
        pop = None
        out.append(entry(name, "country", iso3, "", "", float(cap["lat"]), float(cap["lon"]),
                         pop, "ne", al))
    return out, capitals


def gl_rank(r):
    return (GL_TYPE_RANK.get(r["feature_type"], 10), -(to_int(r["population"]) or 0),
            r["source"], r["source_id"])


def build_great_lakes(data, iso2to3):
    rows = read_tsv(os.path.join(data, "places", "great_lakes_places.tsv"))
    variant_of = {key(v): c for c, vs in GL_VARIANTS.items() for v in vs}
    cands, dropped_words, dropped_variants = [], Counter(), Counter()
    for r in rows:
        if r["source"] == "ipis_mines_opendata":
            continue                  # the mine table itself is read below
        fc = r["feature_class"]
        kind = {"P": "populated place", "L": "populated place", "R": "site",
                "S": "site", "T": "feature"}.get(fc)
        if kind is None:
            continue
        name = " ".join(r["name"].split())
        if len(name) < 2:
            continue
        country = iso2to3.get(r["country"], r["country"])
        pop = to_int(r["population"])
        small = r["feature_type"].startswith(SMALL_TYPES_PREFIX) and pop is None
        if small and (name.lower() in Ctx.words or fold(name).lower() in Ctx.words):
            dropped_words[name] += 1
            continue
        if small and key(name) in variant_of:
            dropped_variants[name] += 1
            continue
        if country == "COD":
            admin1 = prov_en(r["admin1"])
        else:
            admin1 = GL_ADMIN1.get((country, r["admin1"]), r["admin1"])
        admin2 = GL_ADMIN2_FIX.get((name, admin1), r["admin2"])
        aliases = [a for a in r["alt_names"].split("|") if a]
        explicit = GL_VARIANTS.get(name, [])
        if kind == "site" and (name, admin1) in SITE_RENAME:
            name, explicit = SITE_RENAME[(name, admin1)]
        if kind == "feature" and name.startswith("Île "):
            explicit = explicit + [name[4:] + " Island"]
        cands.append({"r": r, "e": entry(name, kind, country, admin1, admin2,
                                         float(r["lat"]), float(r["lon"]), pop, "gl", aliases),
                      "explicit": explicit})
    return rows, cands, dropped_words, dropped_variants


def build_mines(data):
    rows = read_tsv(os.path.join(data, "mines", "ipis_drc_mine_sites.tsv"))
    out = []
    for r in rows:
        name = " ".join(r["name"].split())
        if not name or not r["lat"] or not r["lon"]:
            continue
        admin1 = prov_en(r["province"])
        explicit = []
        if (name, admin1) in SITE_RENAME:
            name, explicit = SITE_RENAME[(name, admin1)]
        workers = None
        out.append({"r": {"feature_type": "ipis:mine", "population": "", "source": "ipis",
                          "source_id": r["pcode"]},
                    "e": entry(name, "site", "COD", admin1, r["territoire"], float(r["lat"]),
                               float(r["lon"]), workers, "ipis", []),
                    "explicit": explicit})
    return out


TOWN_TYPES = {"osm:city", "osm:town", "gn:PPL*", "ipis:provincial_capital", "ipis:city"}
TOWN_RADIUS_KM = 5.0


def drop_trading_points(cands):
    """IPIS trading points are mostly the market of a town and carry the
    town's name: drop those within TOWN_RADIUS_KM of a same-named populated
    place, so that "Goma" does not also resolve to a site."""
    towns = defaultdict(list)
    for c in cands:
        if c["e"]["kind"] == "populated place":
            towns[key(c["e"]["name"])].append(c["e"])
    out, n = [], 0
    for c in cands:
        e = c["e"]
        if c["r"]["feature_type"] == "ipis:trading_point" and any(
                haversine(e["lat"], e["lon"], t["lat"], t["lon"]) <= TOWN_RADIUS_KM
                for t in towns.get(key(e["name"]), [])):
            n += 1
            continue
        out.append(c)
    return out, n


def dedupe(cands, radius_km):
    """Merge same-name, same-kind candidates within radius_km.  The best
    ranked candidate keeps its coordinates and admin names; population is the
    largest seen; aliases are pooled."""
    cands = sorted(cands, key=lambda c: (gl_rank(c["r"]), c["e"]["name"], c["e"]["lat"],
                                         c["e"]["lon"]))
    kept, index = [], defaultdict(list)
    for c in cands:
        e = c["e"]
        k = (key(e["name"]), e["kind"])
        hit = None
        for o in index[k]:
            # Towns and cities are a few km across: the same name within
            # TOWN_RADIUS_KM of a kept town/city is the same place.
            r = TOWN_RADIUS_KM if o["r"]["feature_type"] in TOWN_TYPES else radius_km
            if haversine(e["lat"], e["lon"], o["e"]["lat"], o["e"]["lon"]) <= r:
                hit = o
                break
        if hit is None:
            c = dict(c, explicit=list(c["explicit"]))
            c["e"] = dict(e, aliases=list(e["aliases"]))
            kept.append(c)
            index[k].append(c)
        else:
            he = hit["e"]
            if e["population"] and (he["population"] or 0) < e["population"]:
                he["population"] = e["population"]
            he["aliases"].extend(e["aliases"])
            hit["explicit"].extend(c["explicit"])
            if not he["admin2"] and e["admin2"]:
                he["admin2"] = e["admin2"]
    return kept


def find_town(gl_rows, name, prov, admin2=None):
    """Best great_lakes populated place of that name in that (English) province."""
    m = [r for r in gl_rows if r["feature_class"] == "P" and key(r["name"]) == key(name)
         and prov_en(r["admin1"]) == prov and (admin2 is None or r["admin2"] == admin2)]
    return min(m, key=gl_rank) if m else None


def build_drc_admin(data, gl_rows):
    out, notes = [], []
    provs = json.load(open(os.path.join(data, "boundaries", "drc_provinces.geojson"),
                           encoding="utf-8"))
    prov_geoms = []
    for f in provs["features"]:
        fr = f["properties"]["name"]
        en = prov_en(fr)
        prov_geoms.append((en, f["geometry"]))
        town = find_town(gl_rows, PROV_CAPITAL[en], en)
        if town:
            lat, lon = float(town["lat"]), float(town["lon"])
        else:
            lat, lon = geom_centroid(f["geometry"])
            notes.append("province %s: capital %s not found, centroid used" % (en, PROV_CAPITAL[en]))
        explicit = [fr, fr.replace("-", " "), fold(fr), fold(fr).replace("-", " "),
                    en.replace("-", " "), en + " Province"]
        if en in ("North Kivu", "South Kivu", "North Ubangi", "South Ubangi"):
            explicit.append(en.replace(" ", "-"))
        if en == "Kinshasa":
            explicit.append("Kinshasa Province")
        out.append(entry(en, "admin1", "COD", en, "", lat, lon, None, "drc-admin",
                         clean_aliases(en, [], explicit=explicit)))

    terrs = json.load(open(os.path.join(data, "boundaries", "drc_territories.geojson"),
                           encoding="utf-8"))
    for f in terrs["features"]:
        p = f["properties"]
        name, prov = p["name"], prov_en(p["province"])
        if p.get("kind_guess") == "ville":
            town_name = VILLE_TOWN.get(name, name)
            if find_town(gl_rows, town_name, prov):
                continue        # the city itself is a populated place entry
        hq = TERRITORY_HQ.get(name, name)
        town = find_town(gl_rows, hq, prov)
        if town:
            lat, lon = float(town["lat"]), float(town["lon"])
        else:
            lat, lon = geom_centroid(f["geometry"])
            notes.append("territory %s (%s): no town %s, polygon centroid used" % (name, prov, hq))
        explicit = [name + " Territory", "Territoire de " + name, name + " territoire"]
        out.append(entry(name, "admin2", "COD", prov, name, lat, lon, None, "drc-admin",
                         clean_aliases(name, [], explicit=explicit)))
    return out, notes, prov_geoms, terrs["features"]


def build_lakes(data):
    out = []
    g = json.load(open(os.path.join(data, "boundaries", "great_lakes_lakes.geojson"),
                       encoding="utf-8"))
    for f in g["features"]:
        p = f["properties"]
        ne_name = p["name"]
        name, cc, extra = LAKES.get(ne_name, (ne_name, "", []))
        lat, lon = geom_centroid(f["geometry"])
        aliases = [ne_name] + ([p["name_alt"]] if p.get("name_alt") else [])
        out.append(entry(name, "feature", cc, LAKE_ADMIN1.get(name, ""), "", lat, lon, None,
                         "ne", clean_aliases(name, aliases, explicit=extra)))
    return out


def admin1_en(iso3, a):
    return ADMIN1_EN.get((iso3, a), a)


def build_world(data, world, iso2to3, capitals, gl_places, prov_geoms, terr_feats):
    conflict = set(CONFLICT_ISO3)
    cap_ids = set(capitals.values())
    gl_index = defaultdict(list)
    for e in gl_places:
        if e["kind"] == "populated place":
            gl_index[(e["country"], key(e["name"]))].append(e)
    out, skipped_gl = [], 0
    for r in world:
        iso3 = iso2to3.get(r["country"], r["country"])
        pop = to_int(r["population"])
        if not ((pop or 0) >= 50000 or iso3 in conflict or r["geonameid"] in cap_ids):
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        name = r["name"]
        if iso3 in GREAT_LAKES_ISO3 and any(
                haversine(lat, lon, e["lat"], e["lon"]) <= 5
                for e in gl_index.get((iso3, key(name)), [])):
            skipped_gl += 1
            continue
        admin1, admin2 = admin1_en(iso3, r["admin1"]), r["admin2"]
        if iso3 == "COD":
            # GeoNames has the pre-2015 provinces: use the current polygons.
            admin1 = next((en for en, g in prov_geoms if point_in_geom(lon, lat, g)), "")
            admin2 = next((f["properties"]["name"] for f in terr_feats
                           if point_in_geom(lon, lat, f["geometry"])), "")
        explicit = []
        if (iso3, name) in WORLD_RENAME:
            explicit.append(name)
            name = WORLD_RENAME[(iso3, name)]
        explicit += WORLD_EXTRA_ALIASES.get((iso3, name), [])
        al = clean_aliases(name, r["alt_names"].split("|"), explicit=explicit,
                           limit=MAX_ALIASES, prefer_close=True)
        out.append(entry(name, "populated place", iso3, admin1, admin2, lat, lon, pop,
                         "world", al))
    for name, iso3, admin1, lat, lon, al in MANUAL_WORLD_PLACES:
        out.append(entry(name, "populated place", iso3, admin1, "", lat, lon, None, "world",
                         clean_aliases(name, [], explicit=al)))
    return out, skipped_gl


def build_world_admin1(world, iso2to3):
    best = {}
    for r in world:
        iso3 = iso2to3.get(r["country"], r["country"])
        if iso3 not in ADMIN1_REGION_ISO3 or not r["admin1"]:
            continue
        k = (iso3, r["admin1"])
        rk = (to_int(r["population"]) or 0, r["geonameid"])
        if k not in best or rk > best[k][0]:
            best[k] = (rk, r)
    out = []
    for (iso3, raw), (_, r) in sorted(best.items()):
        name = admin1_en(iso3, raw)
        explicit = [raw] + ADMIN1_EXTRA_ALIASES.get((iso3, name), [])
        if fold(name) != name:
            explicit.append(fold(name))
        suffix = ADMIN1_SUFFIX.get(iso3)
        if iso3 == "MMR":
            suffix = "State" if name in MMR_STATES else "Region"
        if iso3 == "RUS" and (name in RUS_REPUBLICS or any(w in name for w in RUS_NOT_OBLAST_WORDS)):
            suffix = None
        words = name.split()
        if suffix and words[-1] not in ("Province", "Region", "State", "District", "Oblast",
                                        "Governorate", "Department", "City", "Territory"):
            explicit.append(name + " " + suffix)
            if raw != name and suffix == "Oblast" and not raw.endswith("Oblast"):
                explicit.append(raw + " Oblast")
        out.append(entry(name, "admin1", iso3, name, "", float(r["lat"]), float(r["lon"]),
                         None, "world", clean_aliases(name, [], explicit=explicit)))
    return out


def build_manual_sites(gl_rows):
    out, notes = [], []
    for name, al, (anchor, prov, adm2) in MANUAL_SITES:
        town = find_town(gl_rows, anchor, prov, adm2)
        if not town:
            notes.append("manual site %s: anchor %s not found" % (name, anchor))
            continue
        out.append(entry(name, "site", "COD", prov, adm2, float(town["lat"]),
                         float(town["lon"]), None, "gl", clean_aliases(name, [], explicit=al)))
    return out, notes


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------

# (name, kind or None, country or None, lat, lon, tolerance km, admin1 or None)
# Coordinates with None are only checked for existence.
EXPECTED = [
    ("Democratic Republic of the Congo", "country", "COD", -4.3217, 15.3126, 25, None),
    ("Rwanda", "country", "RWA", -1.9500, 30.0588, 25, None),
    ("United States", "country", "USA", 38.8951, -77.0364, 25, None),
    ("United Kingdom", "country", "GBR", 51.5085, -0.1257, 25, None),
    ("Russia", "country", "RUS", 55.7520, 37.6178, 25, None),
    ("Tanzania", "country", "TZA", -6.1722, 35.7395, 25, None),
    ("Dominican Republic", "country", "DOM", None, None, 0, None),
    ("Myanmar", "country", "MMR", 19.7450, 96.1297, 25, None),
    ("Somalia", "country", "SOM", 2.0371, 45.3438, 25, None),
    ("Sudan", "country", "SDN", 15.5518, 32.5324, 25, None),
    ("Haiti", "country", "HTI", 18.5435, -72.3388, 25, None),
    ("Burundi", "country", "BDI", -3.4271, 29.9246, 25, None),
    ("Uganda", "country", "UGA", 0.3163, 32.5822, 25, None),
    ("Qatar", "country", "QAT", 25.2855, 51.5310, 25, None),
    ("Angola", "country", "AGO", -8.8368, 13.2343, 25, None),
    ("Belgium", "country", "BEL", 50.8505, 4.3488, 25, None),
    ("France", "country", "FRA", 48.8534, 2.3488, 25, None),
    ("Mali", "country", "MLI", 12.6092, -7.9752, 25, None),
    ("Niger", "country", "NER", 13.5137, 2.1098, 25, None),
    ("Burkina Faso", "country", "BFA", 12.3657, -1.5339, 25, None),
    ("Senegal", "country", "SEN", 14.6937, -17.4441, 25, None),
    ("Ukraine", "country", "UKR", 50.4547, 30.5238, 25, None),
    ("North Kivu", "admin1", "COD", -1.6666, 29.2257, 25, None),
    ("South Kivu", "admin1", "COD", -2.5056, 28.8595, 25, None),
    ("Ituri", "admin1", "COD", 1.5621, 30.2479, 25, None),
    ("Tshopo", "admin1", "COD", 0.5184, 25.2057, 25, None),
    ("Maniema", "admin1", "COD", -2.9494, 25.9185, 25, None),
    ("Beni", "admin2", "COD", 0.6968, 29.5173, 25, "North Kivu"),
    ("Masisi", "admin2", "COD", -1.3972, 28.8171, 25, "North Kivu"),
    ("Walikale", "admin2", "COD", -1.4301, 28.0764, 25, "North Kivu"),
    ("Kalehe", "admin2", "COD", -2.1065, 28.9186, 25, "South Kivu"),
    ("Lubero", "admin2", "COD", -0.1587, 29.2386, 25, "North Kivu"),
    ("Djugu", "admin2", "COD", 1.9152, 30.5038, 25, "Ituri"),
    ("Walungu", "admin2", "COD", -2.6236, 28.6734, 25, "South Kivu"),
    ("Kitchanga", "populated place", "COD", -1.2504, 29.0607, 25, "North Kivu"),
    ("Bisie", "site", "COD", -1.0330, 27.7443, 25, "North Kivu"),
    ("Goma International Airport", "site", "COD", -1.6708, 29.2385, 25, None),
    ("Kavumu Airport", "site", "COD", -2.3089, 28.8088, 25, None),
    ("Plaine Savo", "site", "COD", 1.9576, 30.5831, 25, "Ituri"),
    ("Lake Kivu", "feature", None, -2.02, 29.10, 100, None),
    ("Lake Tanganyika", "feature", None, -6.21, 29.88, 100, None),
    ("El Fasher", "populated place", "SDN", None, None, 0, "North Darfur"),
    ("El Obeid", "populated place", "SDN", None, None, 0, None),
    ("Port Sudan", "populated place", "SDN", None, None, 0, None),
    ("Khartoum", "populated place", "SDN", 15.5518, 32.5324, 25, None),
    ("Mogadishu", "populated place", "SOM", None, None, 0, None),
    ("Mahaday", "populated place", "SOM", None, None, 0, "Middle Shabelle"),
    ("Bamako", "populated place", "MLI", None, None, 0, None),
    ("Kayes", "populated place", "MLI", None, None, 0, None),
    ("Niono", "populated place", "MLI", None, None, 0, None),
    ("Molodo", "populated place", "MLI", None, None, 0, None),
    ("Nioro du Sahel", "populated place", "MLI", None, None, 0, None),
    ("Djibo", "populated place", "BFA", None, None, 0, None),
    ("Dakar", "populated place", "SEN", None, None, 0, None),
    ("Addis Ababa", "populated place", "ETH", None, None, 0, None),
    ("Mandalay", "populated place", "MMR", None, None, 0, None),
    ("Yangon", "populated place", "MMR", None, None, 0, None),
    ("Tabayin", "populated place", "MMR", None, None, 0, "Sagaing"),
    ("Kyiv", "populated place", "UKR", None, None, 0, None),
    ("Moscow", "populated place", "RUS", None, None, 0, None),
    ("Munich", "populated place", "DEU", None, None, 0, None),
    ("Geneva", "populated place", "CHE", None, None, 0, None),
    ("New York", "populated place", "USA", None, None, 0, None),
    ("Brussels", "populated place", "BEL", None, None, 0, None),
    ("Port-au-Prince", "populated place", "HTI", None, None, 0, None),
    ("Hinche", "populated place", "HTI", None, None, 0, None),
    ("Mirebalais", "populated place", "HTI", None, None, 0, None),
    ("Doha", "populated place", "QAT", None, None, 0, None),
    ("Luanda", "populated place", "AGO", None, None, 0, None),
    ("Dar es Salaam", "populated place", "TZA", None, None, 0, None),
    ("Washington", "populated place", "USA", 38.8951, -77.0364, 25, "District of Columbia"),
    ("Segou", "admin1", "MLI", None, None, 0, None),
    ("Sagaing", "admin1", "MMR", None, None, 0, None),
    ("Centre", "admin1", "HTI", None, None, 0, None),
    ("Middle Shabelle", "admin1", "SOM", None, None, 0, None),
    ("North Darfur", "admin1", "SDN", None, None, 0, None),
    ("North Kordofan", "admin1", "SDN", None, None, 0, None),
]
# (alias, canonical name, kind, country): the alias must resolve to that entry.
EXPECTED_ALIASES = [
    ("Kitshanga", "Kitchanga", "populated place", "COD"),
    ("Nord-Kivu", "North Kivu", "admin1", "COD"),
    ("Nord Kivu", "North Kivu", "admin1", "COD"),
    ("Sud-Kivu", "South Kivu", "admin1", "COD"),
    ("DRC", "Democratic Republic of the Congo", "country", "COD"),
    ("Congo-Brazzaville", "Republic of the Congo", "country", "COG"),
    ("Goma airport", "Goma International Airport", "site", "COD"),
    ("Kavumu airport", "Kavumu Airport", "site", "COD"),
    ("Samara Oblast", "Samara", "admin1", "RUS"),
    ("Ségou", "Segou", "admin1", "MLI"),
    ("Sagaing Region", "Sagaing", "admin1", "MMR"),
    ("USA", "United States", "country", "USA"),
    ("UK", "United Kingdom", "country", "GBR"),
    ("Russian Federation", "Russia", "country", "RUS"),
]


def verify(entries):
    misses = []
    by_name = defaultdict(list)
    by_alias = defaultdict(list)
    for e in entries:
        by_name[key(e["name"])].append(e)
        for a in e["aliases"]:
            by_alias[key(a)].append(e)
    for name, kind, cc, lat, lon, tol, adm1 in EXPECTED:
        cands = [e for e in by_name[key(name)] if e["name"] == name
                 and (kind is None or e["kind"] == kind) and (cc is None or e["country"] == cc)]
        if not cands:
            alias_hits = [e for e in by_alias[key(name)] if kind is None or e["kind"] == kind]
            extra = (" (only as alias of %s)" % alias_hits[0]["name"]) if alias_hits else ""
            misses.append("missing: %s [%s %s]%s" % (name, kind, cc, extra))
            continue
        if adm1 is not None and not any(e["admin1"] == adm1 for e in cands):
            misses.append("admin1 mismatch: %s expected %r, got %r"
                          % (name, adm1, sorted({e["admin1"] for e in cands})))
        if lat is not None:
            d = min(haversine(lat, lon, e["lat"], e["lon"]) for e in cands)
            if d > tol:
                misses.append("too far: %s is %.1f km from (%.4f, %.4f) (limit %d km)"
                              % (name, d, lat, lon, tol))
    for alias, canon, kind, cc in EXPECTED_ALIASES:
        hits = [e for e in by_alias[key(alias)] + by_name[key(alias)]
                if e["kind"] == kind and e["country"] == cc]
        if not any(e["name"] == canon for e in hits):
            misses.append("alias %r does not resolve to %s [%s %s]" % (alias, canon, kind, cc))
    # Structural checks.
    cog = [e for e in entries if e["kind"] == "country" and e["country"] == "COG"]
    if cog and any(key(a) == "congo" for a in cog[0]["aliases"]):
        misses.append("COG carries the plain alias 'Congo'")
    for e in entries:
        if e["kind"] not in KINDS:
            misses.append("bad kind %r for %s" % (e["kind"], e["name"]))
        if len(e["country"]) not in (0, 3):
            misses.append("bad country %r for %s" % (e["country"], e["name"]))
        if any(a.casefold() == e["name"].casefold() for a in e["aliases"]):
            misses.append("alias equal to name: %s" % e["name"])
    return misses


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def fmt_row(e):
    return "\t".join([
        e["name"], e["kind"], e["country"], e["admin1"], e["admin2"],
        "%.4f" % (round(e["lat"], 4) + 0.0),     # + 0.0: no "-0.0000"
        "%.4f" % (round(e["lon"], 4) + 0.0),
        str(e["population"]) if e["population"] else "",
        e["source"], "|".join(e["aliases"]),
    ]).replace("\n", " ")


def write_demonyms(data, out):
    """Demonyms ("Somali", "Congolese") are actor cues, never places: the extractor rejects a
    place match that is one. One folded word a line, from Natural Earth's English demonyms."""
    words = set()
    for r in read_tsv(os.path.join(data, "countries", "countries.tsv")):
        for d in (r.get("demonym_en(countryinfo)") or "").replace(",", "/").split("/"):
            d = fold(d.strip()).casefold()
            if d and " " not in d:
                words.add(d)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# demonyms: derived from Natural Earth countries.tsv by scripts/build_data.py\n")
        for w in sorted(words):
            f.write(w + "\n")
    print("wrote %s: %d demonyms" % (os.path.basename(out), len(words)))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"),
                    help="path to the shared folder (default: ../shared)")
    ap.add_argument("--out", default=os.path.join(root, "Sources", "Sitrep", "Resources",
                                                  "gazetteer.tsv"))
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")
    if not os.path.isdir(data):
        sys.exit("shared data not found at %s" % data)
    Ctx.words = load_words()

    crow, iso2to3 = load_countries(data)
    world = read_tsv(os.path.join(data, "places", "world_cities1000.tsv"))
    world_by_cc = defaultdict(list)
    for r in world:
        world_by_cc[r["country"]].append(r)

    countries, capitals = build_countries(crow, world_by_cc, iso2to3)

    gl_rows, gl_cands, dropped_words, dropped_variants = build_great_lakes(data, iso2to3)
    mine_cands = build_mines(data)
    gl_cands, n_tp = drop_trading_points(gl_cands)
    merged = dedupe(gl_cands + mine_cands, 2.0)
    places = []
    for c in merged:
        e = c["e"]
        e["aliases"] = clean_aliases(e["name"], e["aliases"], explicit=c["explicit"],
                                     limit=MAX_ALIASES, prefer_close=True)
        places.append(e)

    admin, notes, prov_geoms, terr_feats = build_drc_admin(data, gl_rows)
    manual, mnotes = build_manual_sites(gl_rows)
    notes += mnotes
    lakes = build_lakes(data)
    world_places, skipped_gl = build_world(data, world, iso2to3, capitals, places,
                                           prov_geoms, terr_feats)
    regions = build_world_admin1(world, iso2to3)

    write_demonyms(data, os.path.join(os.path.dirname(args.out), "demonyms.txt"))

    entries = countries + admin + places + manual + lakes + world_places + regions
    rows = sorted({fmt_row(e) for e in entries},
                  key=lambda s: (fold(s.split("\t")[0]).casefold(), s))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write(r + "\n")

    # ---- summary ----
    size = os.path.getsize(args.out)
    print("wrote %s: %d rows, %.2f MB" % (os.path.relpath(args.out, root), len(rows),
                                          size / 1e6))
    ks = Counter((r.split("\t")[1], r.split("\t")[8]) for r in rows)
    for (kind, src), n in sorted(ks.items()):
        print("  %-16s %-10s %7d" % (kind, src, n))
    print("great_lakes: %d candidate rows -> %d after merging duplicates (2 km)"
          % (len(gl_cands) + len(mine_cands), len(places)))
    print("dropped %d small places named like common words (e.g. %s)"
          % (sum(dropped_words.values()),
             ", ".join(n for n, _ in sorted(dropped_words.items(), key=lambda x: (-x[1], x[0]))[:12])))
    print("dropped %d variant-spelled minor places: %s"
          % (sum(dropped_variants.values()), ", ".join(sorted(dropped_variants))))
    print("dropped %d IPIS trading points named after the town they sit in" % n_tp)
    print("world places skipped as already in great_lakes (same name, 5 km): %d" % skipped_gl)
    print("manual world places (approximate coordinates, not from shared data): %s"
          % ", ".join(p[0] for p in MANUAL_WORLD_PLACES))
    for n in notes:
        print("note: " + n)
    if size > 12e6:
        print("WARNING: output is larger than 12 MB")
    misses = verify(entries)
    if misses:
        print("VERIFY: %d problem(s):" % len(misses))
        for m in misses:
            print("  " + m)
    else:
        print("VERIFY: all %d expected names and %d aliases OK"
              % (len(EXPECTED), len(EXPECTED_ALIASES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
