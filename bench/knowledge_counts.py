"""How much the coder knows: the shipped trigger, actor and office-holder data, counted by source.

    PYTHONPATH=src python bench/knowledge_counts.py [--json]

Counts what the coder can use, not lines of files: trigger lemmas and patterns (hand-written in
``triggers.tsv``; converted from PETRARCH-2's verb dictionary, and of those the ones the
precedence rule of ``communique.coding.patterns`` leaves reachable), no-event patterns, role
words, international bodies and companies, armed and non-state groups, and office-holder terms
with the people they name. Run it with two trees' ``src`` on PYTHONPATH to compare coverage
before and after a change (issue "the coder's knowledge", deliverable 5).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from communique.coding import patterns
from communique.coding.lexicon import DATA_DIR, cameo_table
from communique.datafiles import read_tsv

ACTORS = DATA_DIR.parent / "actors"


def trigger_counts() -> dict[str, int]:
    plover = {c: row.plover for c, row in cameo_table().items()}
    hand = patterns._hand_rules(plover)
    converted = patterns._converted_rules(DATA_DIR / patterns.CONVERTED_EVENTS, True, plover)
    stops = patterns._converted_rules(DATA_DIR / patterns.CONVERTED_STOPS, False, plover)
    merged = patterns.trigger_rules()
    reachable = [r for rules in merged.values() for r in rules if r.source and r.event]
    return {
        "trigger lemmas (all sources)": len(merged),
        "hand-written lemmas": len({r.lemma for r in hand}),
        "hand-written event patterns": sum(r.event for r in hand),
        "hand-written no-event patterns": sum(not r.event for r in hand),
        "converted event patterns": len(converted),
        "converted event patterns reachable": len(reachable),
        "converted lemmas reachable": len({r.lemma for r in reachable}),
        "converted no-event patterns": len(stops),
        "surface verb forms": len(patterns.surface_lemmas()),
    }


def _rows(name: str) -> list[dict[str, str]]:
    path = ACTORS / name
    return read_tsv(path) if path.exists() else []


def actor_counts() -> dict[str, int]:
    out: dict[str, int] = {}
    for label, name in (
        ("role words, hand-written", "roles.tsv"),
        ("role words, PETRARCH-2 agents", "roles_petrarch.tsv"),
        ("everyday people words, hand-written", "people.tsv"),
        ("everyday people words, PETRARCH-2 agents", "people_petrarch.tsv"),
        ("bodies, hand-written", "bodies.tsv"),
        ("bodies and companies, PETRARCH-2 International", "bodies_petrarch.tsv"),
        ("armed and non-state groups, PETRARCH-2 MilNonState", "groups_petrarch.tsv"),
    ):
        out[label] = len(_rows(name))
    groups = _rows("groups_petrarch.tsv") + [
        r for r in _rows("bodies.tsv") if r.get("sector", "") in ("REB", "INS", "UAF", "SEP")
    ]
    out["distinct armed and non-state groups (by name)"] = len({r["name"] for r in groups})
    kinds = Counter(r["country"] for r in _rows("bodies_petrarch.tsv") + _rows("bodies.tsv"))
    for code in ("UNO", "EUR", "IGO", "NGO", "MNC"):
        out[f"bodies coded {code}"] = kinds.get(code, 0)
    return out


def office_counts() -> dict[str, int]:
    out: dict[str, int] = {}
    people: set[tuple[str, str]] = set()
    for label, name in (
        ("office terms, hand-written", "leaders.tsv"),
        ("office terms since 2011", "leaders_recent.tsv"),
        ("office terms, CountryInfo (CC BY-SA)", "leaders_countryinfo.tsv"),
        ("office terms, PETRARCH-2 Phoenix.Countries", "leaders_phoenix.tsv"),
    ):
        rows = _rows(name)
        out[label] = len(rows)
        people |= {(r["name"], r["country"]) for r in rows}
    out["distinct office holders (name, country)"] = len(people)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = ap.parse_args(argv)
    sections = {
        "triggers": trigger_counts(),
        "actors": actor_counts(),
        "office holders": office_counts(),
    }
    if args.json:
        print(json.dumps(sections, indent=2))
        return 0
    for title, counts in sections.items():
        print(title)
        for label, n in counts.items():
            print(f"  {n:>7,}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
