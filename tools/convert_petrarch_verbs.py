"""Convert PETRARCH-2's verb dictionary (CAMEO.2.0.txt) into communique's trigger data.

    python tools/convert_petrarch_verbs.py [CAMEO.2.0.txt] [--out src/communique/data/coding]

Writes four generated files (never edit them; re-run this script):

- ``triggers_petrarch.tsv``   lemma, pos, with, cameo, source: event patterns and bare verbs
- ``nonevents_petrarch.tsv``  the same columns: patterns that name no event (CAMEO 01x
  statements and ``[---]``); when one matches, the word is no trigger
- ``verb_forms_petrarch.tsv`` lemma, forms: surface forms of every verb of the dictionary
- ``sets_petrarch.tsv``       set, words: the dictionary's synonym sets (``&NAME``)

The ``with`` column (see data/coding/README.md): ``|`` separates alternative patterns; inside
one pattern, spaces separate required items, all of which must be found; inside an item ``/``
separates alternatives. An item is ``word`` (a word near the verb: object, particle,
preposition, modifier, or the object of its preposition), ``prep:word`` (that preposition with
that object), ``<word`` (a word before the verb: its subject or a modifier) or ``&set`` /
``prep:&set`` (any word of a synonym set).

Conversion rules (ours, not PETRARCH's):

1. CAMEO codes map to PLOVER through cameo.tsv (a code not listed there falls back to its
   3-digit parent, then to its root); the source-to-target code of ``[042:043]`` is used.
2. Codes whose CAMEO row has no PLOVER type (01x statements) and ``[---]`` are no events: their
   patterns go to nonevents_petrarch.tsv; a no-event pattern made only of function words
   ("(WITH)", "THAT") is dropped, since it would stop too much, and so is 016 (deny
   responsibility): the project codes denials as REJECT (GUIDE.md section 2).
3. An event pattern applies to the verbs its comment names ("# SEIZE"; PETRARCH's record of
   where it was found) when the comment names a verb of the block, else to every verb of the
   block. No-event patterns apply to every verb of the block (they only stop events).
4. Bare verbs (no pattern) make an event only when the verb is specific to its event class:
   (a) its code is an event code; (b) the code is the verb's own (``DETAIN [173]``): verbs
   that only inherit a block's code (GATHER in ASSEMBLE, TAKE in APPREHEND, and block heads
   such as SUGGEST or SEARCH, generic in news) have no bare event; (c) a strict majority of
   the verb's own event patterns have the same PLOVER type as the default, so verbs whose patterns mostly mean something else (CALL: mostly "call for",
   REQUEST, not a phone call) have no bare event.
5. Braced phrases keep their content words (``{FINANCIAL AID}`` -> ``financial aid``, both
   required); multiword verbs (``+ROUND_UP``, ``WIRE_+TAP``) become the ``+`` word with the
   other words as required items; multiword verbs joined by AND / OR are dropped.
6. Reviewed patterns (``REVIEWED``): an event pattern whose reading is wrong for modern news in
   general, not for one story ("opened the debate" is no threat, "broke up the rally with water
   cannon" no threat, "the boats set off from Libya" no visit), is dropped, its reason noted.
7. Reviewed set words (``SET_REVIEWED``): a word of a synonym set whose sense in modern news
   is not the set's ("the election results" are no &SOLUTION) is left out of the set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from petrarch_verbs_io import write_outputs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "against",
        "along",
        "among",
        "an",
        "and",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "below",
        "between",
        "by",
        "down",
        "during",
        "for",
        "from",
        "in",
        "into",
        "it",
        "its",
        "near",
        "not",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "that",
        "the",
        "their",
        "them",
        "this",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "up",
        "upon",
        "with",
        "within",
        "without",
    ]
)
_VERB_LINE = re.compile(r"^(\S+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$")
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Verb:
    lemma: str
    forms: set[str]
    code: str | None  # its own code on the verb line
    items: list[str]  # words of a multiword verb other than the verb itself
    line: int


@dataclass
class Pattern:
    items: list[str]
    code: str
    comment: str
    line: int
    text: str


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


# Rule 6: (lemma, with) of event patterns dropped after review, and why. Each is a general
# English sense of the phrase in today's news (Merriam-Webster, Wiktionary) that the pattern's
# CAMEO code misreads; found when converted patterns came to follow a hand-written lemma's own.
REVIEWED = {
    ("break", "with"): "'broke with tradition', 'broke up the rally with water cannon': no threat",
    ("open", "debate"): "'opened the debate' (a chamber's, a speaker's): no threat",
    ("open", "debate on"): "'opened the debate on the budget': a chamber's debate, no negotiation",
    ("open", "up debate on"): "'opened up a debate on X': no negotiation",
    ("open", "up debate"): "'opened up a debate on X': no threat",
    ("press", "on"): "'pressed on with the reform': went on, no attack",
    ("kick", "off"): "'kicked off the campaign, the tournament': no negotiation",
    ("cut", "down"): "'cut down trees', 'cut down on spending': no killing",
    ("throw", "out"): "'the court threw out the case', 'threw out the bill': no sanctions",
    ("head", "for"): "'heading for a recession, for the border': no visit",
    ("return", "from"): "'refugees returned from Lebanon', 'returned from a visit': no visit",
    ("set", "off for"): "'boats set off for Italy': no visit",
    ("set", "off from"): "'boats set off from Libya': no visit",
    (
        "launch",
        "campaign",
    ): "'launched a campaign to shut down shops', an election campaign: no appeal",
    ("provide", "detail"): "'provided details of the accord': information, no cooperation",
    ("send", "foreign minister"): "'sent its foreign minister to X for talks': a visit, no intent",
    ("commit", "&crime"): "'armies that commit war crimes': a legal category named, no one act",
    ("close", "schools"): "'striking teachers closed schools', a holiday: no political restriction",
    ("fly", "into"): "'the minister flew into Kabul': a trip, no mobilisation of forces",
}

# Rule 7: words of a synonym set (&NAME) dropped after review, and why: a general English
# sense of the word in today's news (Merriam-Webster) that the set's patterns misread.
SET_REVIEWED = {
    ("solution", "result"): "'found irregularities in the results', 'the test results':"
    " an election's or a test's outcome (Merriam-Webster result, 2a), no solution found (030)",
}


def regular_forms(base: str) -> set[str]:
    """-s, -ed, -ing forms of a regular English verb (extra spellings are harmless)."""
    b = base.lower()
    out = {b}
    if b.endswith("e"):
        out |= {b + "s", b + "d", b[:-1] + "ing"}
    elif b.endswith("y") and len(b) > 2 and b[-2] not in "aeiou":
        out |= {b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
    elif b.endswith(("s", "sh", "ch", "x", "z")):
        out |= {b + "es", b + "ed", b + "ing"}
    else:
        out |= {b + "s", b + "ed", b + "ing"}
        if len(b) > 2 and b[-1] not in "aeiouwxy" and b[-2] in "aeiou" and b[-3] not in "aeiou":
            out |= {b + b[-1] + "ed", b + b[-1] + "ing"}  # stop -> stopped
    return out


def _strip_comment(line: str) -> tuple[str, str]:
    for mark in ("#", ";"):
        if mark in line:
            body, _, rest = line.partition(mark)
            return body.strip(), rest.strip()
    return line.strip(), ""


def parse_verb(text: str, line: int) -> Verb | None:
    m = _VERB_LINE.match(text)
    if not m:
        return None
    words = m.group(1).lower().split("_")
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    if any(w.strip("+") in ("and", "or") for w in words) or not words[head].strip("+"):
        return None
    lemma = words[head].strip("+")
    if not lemma.isalpha():
        return None
    items = [("<" if i < head else "") + w for i, w in enumerate(words) if i != head and w]
    irregular = (m.group(2) or "").strip("{}").split()
    forms = {f.lower().split("_")[head].strip("+") for f in irregular if "_" in f or not items}
    forms = {f for f in forms if f.isalpha()} | ({lemma} if irregular else regular_forms(lemma))
    code = m.group(3).strip("[]").strip() if m.group(3) else None
    return Verb(lemma, forms, code or None, items, line)


def parse_items(text: str) -> list[str]:
    """Pattern words before and after ``*`` as items of the ``with`` syntax."""
    before, _, after = text.partition("*")
    items: list[str] = []
    for side, prefix in ((before, "<"), (after, "")):
        for m in re.finditer(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", side):
            if m.group(1) is not None:  # (PREP NOUN ...): preposition + object words
                words = _words(m.group(1))
                if words:
                    prep, rest = words[0], words[1:]
                    items += [f"{prep}:{w}" for w in rest] if rest else [prep]
            else:
                items += [prefix + w for w in _words(m.group(2) or m.group(3))]
    return items


def _words(text: str) -> list[str]:
    out = []
    for raw in text.replace("{", " ").replace("}", " ").split():
        w = raw.lower().strip("_")
        if w.startswith("&"):
            out.append("&" + w[1:].strip("_"))
        elif w not in ("a", "an", "the") and re.fullmatch(r"[a-z][a-z'/-]*", w):
            out.append(w)
    return out


def parse(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    sets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current: str | None = None
    in_verbs = False
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        body, comment = _strip_comment(raw)
        if not body:
            continue
        if not in_verbs:
            if body.startswith("&"):
                current = body[1:].strip().strip("_").lower()
                sets[current] = []
            elif body.startswith("+") and current:
                phrase = body[1:].strip().strip("_").lower().replace("_", " ")
                sets[current].append(phrase)
            continue
        if raw.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", raw)
            if m:
                blocks.append(Block(m.group(1).lower(), m.group(2).strip(), n))
        elif body.startswith("-") and blocks:
            code = _CODE.search(body)
            if code:
                text = body[1 : code.start()].strip()
                items = parse_items(text)
                if items:
                    pat = Pattern(items, code.group(1).split(":")[0].strip(), comment, n, body)
                    blocks[-1].patterns.append(pat)
        elif blocks:
            verb = parse_verb(body, n)
            if verb:
                blocks[-1].verbs.append(verb)
    return sets, blocks


def build(sets: dict[str, list[str]], blocks: list[Block], plover: dict[str, str]) -> dict:
    """Rows of the four output files, and coverage counts."""
    events: dict[tuple[str, str, str], str] = {}
    stops: dict[tuple[str, str], tuple[str, str]] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    dropped: Counter[str] = Counter()

    def event_code(code: str) -> str | None:
        for c in (code, code[:3], code[:2] + "0"):
            if c in plover:
                return c if plover[c] else None
        return None

    for block in blocks:
        for verb in block.verbs:
            forms[verb.lemma] |= verb.forms
        by_form = {f: v.lemma for v in block.verbs for f in v.forms}
        named = {id(p): _named(p.comment, by_form) for p in block.patterns}
        for verb in block.verbs:
            mine: list[tuple[Pattern, str | None]] = []
            for pat in block.patterns:
                src = f"CAMEO.2.0.txt:{pat.line} {block.name.upper()}: {pat.text}"
                with_ = " ".join([*verb.items, *pat.items])
                code = event_code(pat.code) if pat.code != "---" else None
                if code is None and pat.code.startswith("016"):
                    dropped["deny-responsibility (016) pattern: denials are REJECT"] += 1
                    continue
                if code is None:
                    if all(i.lstrip("<").split(":")[-1] in FUNCTION_WORDS for i in pat.items):
                        dropped["no-event pattern of function words only"] += 1
                        continue
                    stops.setdefault((verb.lemma, with_), (pat.code, src))
                    continue
                if named[id(pat)] and verb.lemma not in named[id(pat)]:
                    dropped["event pattern named for another verb of the block"] += 1
                    continue
                if (verb.lemma, with_) in REVIEWED:
                    dropped["event pattern dropped after review (REVIEWED)"] += 1
                    continue
                mine.append((pat, code))
                events.setdefault((verb.lemma, with_, code), src)
            default = verb.code or block.code
            code = event_code(default) if default and default != "---" else None
            specific = verb.code is not None
            types = Counter(plover[c] for _, c in mine if c)
            agree = not types or types[plover.get(code or "", "")] * 2 > sum(types.values())
            src = (
                f"CAMEO.2.0.txt:{verb.line} {block.name.upper()} [{block.code}]: verb {verb.lemma}"
            )
            if code and specific and agree:
                events.setdefault((verb.lemma, " ".join(verb.items), code), src + f" [{default}]")
            elif code:
                dropped["bare verb not specific to its class"] += 1
    return {"events": events, "stops": stops, "forms": forms, "sets": sets, "dropped": dropped}


def _named(comment: str, by_form: dict[str, str]) -> set[str]:
    """Lemmas of the block's verbs that a pattern's comment names ("# CALLED_OFF")."""
    words = re.split(r"[\s,]+", comment.lower())
    return {by_form[w.split("_")[0]] for w in words if w.split("_")[0] in by_form}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "communique" / "data" / "coding")
    args = ap.parse_args(argv)
    sets, blocks = parse(args.source)
    for name, word in SET_REVIEWED:  # rule 7
        sets[name] = [w for w in sets.get(name, []) if w != word]
    plover = {}
    for ln in (args.out / "cameo.tsv").read_text(encoding="utf-8").splitlines():
        if ln and not ln.startswith(("#", "cameo\t")):
            cols = ln.split("\t")
            plover[cols[0]] = cols[4]
    result = build(sets, blocks, plover)
    write_outputs(args.out, result)
    n_pat = sum(len(b.patterns) for b in blocks)
    print(f"{len(blocks)} blocks, {sum(len(b.verbs) for b in blocks)} verbs, {n_pat} patterns")
    print(f"{len(result['events'])} event rows, {len(result['stops'])} no-event rows")
    for why, n in result["dropped"].most_common():
        print(f"dropped: {n} {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
