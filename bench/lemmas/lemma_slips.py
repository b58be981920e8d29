"""Find lemma slips of the small model on trigger verbs (issue #11 item 4).

For every verb trigger lemma of triggers.tsv, its past, -ing and 3rd-person forms are put in
invented carrier sentences; a slip is a form whose token lemma (after the coder's pipeline)
is not the trigger lemma. Prints ``form<TAB>lemma got<TAB>trigger lemma<TAB>carrier``.

    python bench/lemmas/lemma_slips.py [--converted]   (--converted: triggers_petrarch.tsv too)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from communique.coding.patterns import surface_lemmas  # noqa: E402
from communique.parsing import load_pipeline  # noqa: E402
from communique.verb_lemmas import regular_forms  # noqa: E402

CARRIERS = {
    "past": "Workers {} the plan on Monday.",
    "ing": "They were {} outside the ministry on Tuesday.",
    "3sg": "The union {} the offer, a spokesman said.",
}


def trigger_verbs(converted: bool = False) -> list[str]:
    """Verb lemmas of triggers.tsv (and of triggers_petrarch.tsv with ``converted``)."""
    names = ["triggers.tsv"] + (["triggers_petrarch.tsv"] if converted else [])
    out: set[str] = set()
    for name in names:
        path = ROOT / "src/communique/data/coding" / name
        rows = (line for line in path.open() if not line.startswith("#"))
        out |= {r["lemma"] for r in csv.DictReader(rows, delimiter="\t") if r["pos"] == "verb"}
    return sorted(w for w in out if w.isalpha())


def inflect(base: str) -> dict[str, str]:
    """Past, -ing and -s forms: regular ones by the spelling rules, the dictionary's where
    the verb is irregular ("held")."""
    known = {f for f, lems in surface_lemmas().items() if base in lems and f != base}
    regular = regular_forms(base)
    out = {}
    for kind, ends in (("past", ("ed", "d", "t", "n")), ("ing", ("ing",)), ("3sg", ("s",))):
        forms = sorted(f for f in regular if f != base and f.endswith(ends))
        forms = [f for f in forms if f in known] or forms if known else forms
        if kind == "past" and known and not set(forms) & known:
            forms = sorted(f for f in known if f.endswith(ends) and not f.endswith("ing"))
        if forms:
            out[kind] = forms[0]
    return out


def main() -> int:
    nlp = load_pipeline(fast=False)  # lemmas for every sentence
    for verb in trigger_verbs(converted="--converted" in sys.argv):
        for kind, form in inflect(verb).items():
            text = CARRIERS[kind].format(form)
            doc = nlp(text)
            tok = next(t for t in doc if t.lower_ == form)
            if tok.lemma_.lower() != verb:
                print(f"{form}\t{tok.lemma_.lower()}\t{verb}\t{tok.pos_}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
