#!/usr/bin/env python3
"""Checks dev-set scores against the ratchet and that `sitrep eval` agrees with score.py.

usage: check_scores.py SCORE_PY.json SITREP_EVAL.json RATCHET.json
Exits 1 when a score falls below the ratchet or the two scorers disagree.
"""
import json
import sys


def flat(res):
    return {
        "strict_f1": res["strict"]["f1"],
        "type_f1": res["type"]["f1"],
        "figures_f1": res["figures"]["f1"],
        "places_f1": res["places"]["f1"],
        "date_accuracy": res["date_accuracy"],
        "geo_within_25km": res["geo_within_25km"],
        "actor1_accuracy": res["actor1_accuracy"],
    }


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    python_scores = flat(json.load(open(argv[1])))
    swift_scores = flat(json.load(open(argv[2])))
    ratchet = {k: v for k, v in json.load(open(argv[3])).items() if not k.startswith("_")}
    failed = False
    print(f"{'score':18s} {'score.py':>9s} {'sitrep':>9s} {'ratchet':>9s}")
    for key, floor in ratchet.items():
        got, mine = python_scores[key], swift_scores[key]
        status = "ok"
        if got is None or got < floor:
            status = "BELOW RATCHET"
            failed = True
        if mine != got:
            status += " / SCORERS DISAGREE"
            failed = True
        print(f"{key:18s} {got:9.3f} {mine:9.3f} {floor:9.3f}  {status}")
    if failed:
        print("dev evaluation: FAILED")
        return 1
    print("dev evaluation: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
