"""Trigger patterns: the hand-written lexicon (``triggers.tsv``) and the rows converted from
PETRARCH-2's verb dictionary (``triggers_petrarch.tsv``, ``nonevents_petrarch.tsv``, made by
``tools/convert_petrarch_verbs.py``), merged into one list of rules per lemma.

A rule's ``items`` are the words it requires, each a set of alternatives: ``word`` (a word near
the trigger), ``prep:word`` (that preposition with that object), ``<word`` (a word before the
trigger: its subject or a modifier). A hand-written row's ``with`` is one item.

Precedence, one rule: **the hand-written bare word decides; converted patterns fill the
hand-written lexicon's gaps.** A lemma's rules are tried in order, and the first that matches
decides: the hand-written patterns (rows with required words, no-event rows among them), then
the converted patterns, most specific first (more required words; a preposition with its object
counts two), then the bare word. Where the hand-written lexicon gives the verb a bare word
(a row with no required word, pos ``verb`` or ``any``), that bare word decides every event its
own patterns do not: converted *event* patterns of the lemma are dropped and only converted
no-event patterns ("declined to comment") are tried before it. Where it knows the lemma only
through patterns ("call on", "launch airstrikes"), the converted event patterns are tried after
those. A converted bare word counts only for lemmas the hand-written lexicon does not know, and
a converted pattern whose one required word a hand-written row of the lemma names is dropped
(that row decides). Verdict rows (``@verdict...`` parse keys: "said the duties were illegal"),
rows of a parse key narrowed by required words ("@wish+honour/...": "expects Y to honour it")
and the modal use (pos ``aux``: "Y *needs to* leave") do not make the lexicon know a lemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique.coding.lexicon import DATA_DIR, cameo_table, read_tsv

CONVERTED_EVENTS = "triggers_petrarch.tsv"
CONVERTED_STOPS = "nonevents_petrarch.tsv"
NO_EVENT = "---"  # the cameo of a no-event row: with these words, the lemma names no event


@dataclass(frozen=True)
class TriggerRule:
    """One pattern: ``lemma`` (+ required words) names CAMEO ``cameo``, or no event."""

    lemma: str
    pos: str  # verb | noun | any | aux | intent
    items: tuple[frozenset[str], ...]
    cameo: str
    line: int
    source: str = ""  # converted rows: the CAMEO.2.0.txt line and pattern; "" hand-written
    event: bool = True  # False: a no-event pattern (it stops the word from being a trigger)
    pattern: str = ""  # the with column as written

    @property
    def with_words(self) -> frozenset[str]:
        """The plain words the pattern needs (prepositions' objects, words before)."""
        return frozenset(w.lstrip("<").rsplit(":", 1)[-1] for it in self.items for w in it)

    @property
    def specificity(self) -> int:
        return sum(2 if any(":" in w for w in it) else 1 for it in self.items)

    def could_match(self, lemmas: set[str]) -> bool:
        """Whether a sentence with these lemmas can hold every required word (a parse key such
        as "@wish" may be anywhere)."""
        return all(
            any(w.startswith("@") or w.lstrip("<").rsplit(":", 1)[-1] in lemmas for w in it)
            for it in self.items
        )

    def describe(self) -> str:
        base = f"{self.lemma}({self.pos})" if self.pos == "noun" else self.lemma
        if self.source:
            return f"{base}+{self.pattern}" if self.pattern else base
        if self.items:
            return f"{base}+{'+'.join('|'.join(sorted(it)) for it in self.items)}"
        return base


@lru_cache(maxsize=1)
def synonym_sets() -> dict[str, frozenset[str]]:
    path = DATA_DIR / "sets_petrarch.tsv"
    if not path.exists():
        return {}
    return {r["set"]: frozenset(r["words"].split("|")) for r in read_tsv(path)}


def parse_pattern(text: str) -> tuple[frozenset[str], ...]:
    """``with`` text of a converted row (one pattern) as items of alternatives."""
    sets = synonym_sets()
    items = []
    for item in text.split():
        alts: set[str] = set()
        parts = item.split("/")
        if ":" in parts[-1] and not any(":" in p for p in parts[:-1]):
            # "by/with:grenade" is (by or with) + grenade, not "by" alone or "with grenade"
            obj = parts[-1].rpartition(":")[2]
            parts = [f"{p.rpartition(':')[0] or p}:{obj}" for p in parts[:-1]] + [parts[-1]]
        for alt in parts:
            prefix, _, word = alt.rpartition(":") if ":" in alt else ("", "", alt)
            lead = "<" if word.startswith("<") else ""
            word = word.lstrip("<")
            words = sets.get(word[1:], frozenset()) if word.startswith("&") else {word}
            alts |= {f"{lead}{prefix}:{w}" if prefix else lead + w for w in words}
        items.append(frozenset(alts))
    return tuple(items)


def _hand_rules(plover: dict[str, str]) -> list[TriggerRule]:
    out = []
    for i, row in enumerate(read_tsv(DATA_DIR / "triggers.tsv"), start=1):
        code = row["cameo"]
        event = code != NO_EVENT
        if event and not plover.get(code):
            raise ValueError(f"triggers.tsv row {i}: CAMEO {code} has no PLOVER type")
        text = row.get("with", "")
        if "+" in text:  # "access/entry+inspector/envoy": one word of each group, all groups
            items = tuple(
                frozenset(w.strip().lower() for w in part.split("/") if w.strip())
                for part in text.split("+")
            )
        else:
            words = frozenset(w.strip().lower() for w in text.split("|") if w.strip())
            items = (words,) if words else ()
        if not event and not items:
            raise ValueError(f"triggers.tsv row {i}: a no-event row ({NO_EVENT}) needs words")
        rule = TriggerRule(row["lemma"].lower(), row["pos"] or "any", items, code, i, event=event)
        out.append(rule)
    return out


def _converted_rules(path: Path, event: bool, plover: dict[str, str]) -> list[TriggerRule]:
    if not path.exists():
        return []
    out = []
    for i, row in enumerate(read_tsv(path), start=1):
        if event and not plover.get(row["cameo"]):
            raise ValueError(f"{path.name} row {i}: CAMEO {row['cameo']} has no PLOVER type")
        for pattern in row["with"].split("|"):
            rule = TriggerRule(
                row["lemma"].lower(), row["pos"] or "verb", parse_pattern(pattern),
                row["cameo"], i, row["source"] or path.name, event, pattern.strip(),
            )  # fmt: skip
            out.append(rule)
    return out


def merge(hand: list[TriggerRule], converted: list[TriggerRule]) -> dict[str, list[TriggerRule]]:
    """Rules by lemma under the precedence rule of this module's docstring."""
    rules: dict[str, list[TriggerRule]] = {}
    hand_words: dict[str, set[str]] = {}
    hand_bare: set[str] = set()  # lemmas whose verb the hand-written lexicon codes by itself
    for r in hand:
        rules.setdefault(r.lemma, []).append(r)
        if r.items and all(w.startswith("@verdict") for it in r.items for w in it):
            continue  # a verdict row ("said X was illegal") adds to the lemma's patterns
        if any(AFTER_CONVERTED & it for it in r.items):
            continue  # so does an order to a named party ("ordered X to <act>")
        if len(r.items) > 1 and all(w.startswith("@") for w in r.items[0]):
            continue  # and a parse key narrowed by words ("expects Y *to honour* ...")
        if r.pos in ("aux", "conditional"):
            continue  # "Y *needs to* leave", the modal use, leaves the verb's patterns alone
        hand_words.setdefault(r.lemma, set()).update(w for it in r.items for w in it)
        if not r.items and r.event and r.pos in ("verb", "any"):
            hand_bare.add(r.lemma)
    for r in converted:
        known = hand_words.get(r.lemma)
        if known is not None:
            if not r.items:
                continue  # a lemma the hand-written lexicon knows has no converted bare word
            if r.event and r.lemma in hand_bare:
                continue  # its hand-written bare word decides the events its patterns do not
            if len(r.items) == 1 and r.items[0] <= known:
                continue  # the same required word: the hand-written row wins
        rules.setdefault(r.lemma, []).append(r)
    for lst in rules.values():
        lst.sort(key=lambda r: (_rank(r), -r.specificity, r.line))
    return rules


# parse keys of hand rows that give way to the converted patterns of their word: "@order" is
# any order to a named party, "ordered the envoy *to leave*" (expel, 174) says which
AFTER_CONVERTED = frozenset({"@order", "@appeal"})  # "@appeal": "encouraged Y to <act>"


def _rank(rule: TriggerRule) -> int:
    """Hand-written patterns, then converted ones, then the bare word; a modal use ("Y *needs
    to* leave", pos ``aux``) before all the verb's patterns; a generic parse key
    (``AFTER_CONVERTED``) after the converted patterns."""
    if rule.pos in ("aux", "conditional") and not rule.source:
        return 0
    if not rule.items:
        return 3
    if any(AFTER_CONVERTED & it for it in rule.items):
        return 2  # "ordered X to <act>": after the converted patterns that name the act
    return 1 if rule.source else 0


@lru_cache(maxsize=1)
def trigger_rules() -> dict[str, list[TriggerRule]]:
    """All trigger rules by lemma, in the order they are tried."""
    plover = {c: row.plover for c, row in cameo_table().items()}
    converted = _converted_rules(DATA_DIR / CONVERTED_EVENTS, True, plover)
    converted += _converted_rules(DATA_DIR / CONVERTED_STOPS, False, plover)
    return merge(_hand_rules(plover), converted)


@lru_cache(maxsize=1)
def anchors() -> dict[str, dict[str, frozenset[int]]]:
    """Per lemma, each word a pattern's first item names -> the positions (in the lemma's
    rule list) of the patterns it can start: only those are tried for a word (no scan of
    every pattern of a common verb)."""
    out: dict[str, dict[str, frozenset[int]]] = {}
    for lemma, rules in trigger_rules().items():
        index: dict[str, set[int]] = {}
        for n, rule in enumerate(rules):
            for word in rule.items[0] if rule.items else ():
                index.setdefault(word, set()).add(n)
        out[lemma] = {w: frozenset(ns) for w, ns in index.items()}
    return out


@lru_cache(maxsize=1)
def surface_lemmas() -> dict[str, tuple[str, ...]]:
    """Written verb form -> the dictionary verbs it is a form of (verb_forms_petrarch.tsv, and
    verb_forms.tsv for the trigger verbs PETRARCH's list lacks)."""
    out: dict[str, list[str]] = {}
    for name in ("verb_forms_petrarch.tsv", "verb_forms.tsv"):
        path = DATA_DIR / name
        for row in read_tsv(path) if path.exists() else ():
            for form in row["forms"].split("|"):
                if row["lemma"] not in out.setdefault(form, []):
                    out[form].append(row["lemma"])
    return {k: tuple(v) for k, v in out.items()}
