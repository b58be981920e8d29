"""List the event words the CAMEO codebook's own definitions name that the trigger data lacks.

    python tools/cameo_codebook_words.py [cameo-codes.csv] [--all] [--tsv OUT]

Reads each code's ``name`` and ``description`` from the ICEWS CAMEO codebook table
(``cameo-codes.csv`` of the icews R package, andybega/icews; see NOTICE) and lists the verbs and
nouns they name ("Abduct, hijack, or take hostage" -> abduct, hijack, take+hostage; "Impose
embargo, boycott, or sanctions" -> impose+embargo, boycott, sanction), lemmatised by the
project's spaCy model. The ``usage_notes`` and ``example`` columns are never read: example
sentences are no source of words here.

For each word it reports whether the trigger data already knows it as a trigger of that code's
PLOVER type (through ``cameo.tsv``): a row of ``triggers.tsv`` (hand-written),
``triggers_petrarch.tsv`` (converted from PETRARCH-2), ``act_nouns.tsv`` (general act nouns) or
``idioms.tsv`` (no-event uses, which show the word was reviewed). Without ``--all`` only the
words that are no trigger of the code's type are printed, with the types they do trigger, for a
linguist to review by hand: this script writes no data file (the reviewed rows are in
triggers.tsv with notes "CAMEO codebook <code> name/description"). Codes without a PLOVER type
(CAMEO 01x statements) are skipped.

Not shipped: a tool of the repository, like the other converters under tools/.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from communique.datafiles import read_tsv  # noqa: E402

DATA = ROOT / "src/communique/data/coding"
DEFAULT_CSV = ROOT.parent / "shared/reference/icews_cameo_codebook/cameo-codes.csv"

# Words of the definitions' frame, not of an event: the codebook words every category with them
# ("Make an appeal for, request, or suggest ...", "Offer, promise, agree to, or otherwise indicate
# willingness or commitment to ...", "not otherwise specified"). They are still listed with --all.
FRAME = frozenset(
    [
        "make",
        "engage",
        "otherwise",
        "indicate",
        "willingness",
        "commitment",
        "specify",
        "specified",
        "include",
        "including",
        "form",
        "part",
        "level",
        "type",
        "activity",
        "action",
        "act",
        "manner",
        "measure",
        "matter",
        "kind",
        "use",
        "other",
        "target",
        "party",
        "actor",
        "source",
        "person",
        "people",
        "individual",
        "group",
        "population",
        "territory",
        "area",
        "place",
        "civilian",
        "inhabitant",
        "entry",
        "exit",
        "deadline",
        "hour",
        "street",
        "case",
        "conduct",
        "carry",
        "undertake",
        "initiate",
        "take",
        "give",
        "set",
    ]
)


def read_codebook(path: Path) -> list[dict[str, str]]:
    """Rows of the codebook table with a code and a description (cp1252 with some mojibake)."""
    with open(path, encoding="cp1252", errors="replace", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("code") and r.get("description") != "NA"]


def plover_of() -> dict[str, str]:
    return {r["cameo"]: r["plover"] for r in read_tsv(DATA / "cameo.tsv")}


def known_triggers(plover: dict[str, str]) -> dict[str, dict[str, set[str]]]:
    """lemma -> PLOVER type -> the files that make it a trigger of that type."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name in ("triggers.tsv", "triggers_petrarch.tsv"):
        for r in read_tsv(DATA / name):
            code = r.get("cameo", "")
            kind = plover.get(code, "") if code != "---" else "(no event)"
            # a multiword required word ("take" + "hostage") counts for its words too
            out[r["lemma"].lower()][kind or "(none)"].add(name)
            if r.get("with") and kind:
                for w in r["with"].replace("+", "|").replace("/", "|").split("|"):
                    w = w.rsplit(":", 1)[-1].lstrip("<")
                    if w and not w.startswith(("@", "&")):
                        out[f"{r['lemma'].lower()}+{w}"][kind].add(name)
    for r in read_tsv(DATA / "act_nouns.tsv"):
        for kind in (r.get("plover") or "*").split("|"):
            out[r["noun"].lower()][kind].add("act_nouns.tsv")
    for r in read_tsv(DATA / "idioms.tsv"):
        out[r["lemma"].lower()]["(idiom)"].add("idioms.tsv")
    return out


def event_words(nlp, text: str) -> list[tuple[str, str]]:
    """(lemma, pos) of the words a definition names as the act: its head verbs (the root and
    the verbs conjoined with it: "Kidnap, take hostage, hijack, ..."), their objects and
    particles as ``verb+word`` ("take+hostage", "impose+embargo"), and the nouns of a name
    with no verb ("Torture", "Veto"). The words the heads govern further down (purposes,
    examples after "such as") are the category's scope, not its act, and are left out."""
    doc = nlp(text)
    heads = [t for t in doc if t.dep_ == "ROOT"]
    for t in list(heads):
        heads += [c for c in t.conjuncts if c not in heads]
    out: list[tuple[str, str]] = []
    for t in heads:
        if t.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = t.lemma_.lower()
        out.append((lemma, t.pos_.lower()))
        if t.pos_ != "VERB":
            continue
        for c in t.children:
            if c.dep_ in ("dobj", "prt", "compound") and c.pos_ in ("NOUN", "ADP", "ADV"):
                out.append((f"{lemma}+{c.lemma_.lower()}", "verb"))
                if c.pos_ == "NOUN":
                    out.append((c.lemma_.lower(), "noun"))
                    for cc in c.conjuncts:
                        if cc.pos_ == "NOUN":
                            out.append((f"{lemma}+{cc.lemma_.lower()}", "verb"))
                            out.append((cc.lemma_.lower(), "noun"))
    return out


def covered(known: dict[str, dict[str, set[str]]], lemma: str, kind: str) -> bool:
    """Whether the trigger data makes ``lemma`` (or ``verb+word``) a trigger of PLOVER type
    ``kind``: the word itself, or for a pair the pair, the bare verb or the object noun."""
    parts = [lemma, *lemma.split("+")] if "+" in lemma else [lemma]
    return any(kind in known.get(p, {}) or "*" in known.get(p, {}) for p in parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--all", action="store_true", help="list known words and frame words too")
    ap.add_argument("--tsv", type=Path, help="write the list as TSV to this file")
    args = ap.parse_args(argv)

    from communique.nlp import load_model

    nlp = load_model()
    plover = plover_of()
    known = known_triggers(plover)
    rows = []
    counts = {"words": 0, "known": 0, "missing": 0}
    for rec in read_codebook(args.csv):
        code = rec["code"].strip()
        kind = plover.get(code, "")
        if not kind:
            continue
        seen: set[str] = set()
        for field in ("name", "description"):
            for lemma, pos in event_words(nlp, rec[field]):
                if lemma in seen:
                    continue
                seen.add(lemma)
                frame = lemma.split("+")[0] in FRAME and "+" not in lemma
                have = known.get(lemma, {})
                ok = covered(known, lemma, kind)
                counts["words"] += 1
                counts["known" if ok else "missing"] += 1
                if (ok or frame) and not args.all:
                    continue
                other = ",".join(sorted(k for k in have if k != kind)) or "-"
                rows.append((code, kind, field, lemma, pos, "yes" if ok else "no", other))
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as fh:
            fh.write("cameo\tplover\tfield\tlemma\tpos\tknown\tother_types\n")
            for r in rows:
                fh.write("\t".join(r) + "\n")
    else:
        for r in rows:
            print("\t".join(r))
    print(
        f"# {counts['words']} (code, word) pairs; {counts['known']} known as a trigger of the "
        f"code's type, {counts['missing']} not",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
