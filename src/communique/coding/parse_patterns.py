"""The argument rules that are patterns over the dependency parse, read from
``data/coding/argument_patterns.json``: spaCy ``DependencyMatcher`` patterns whose match id is the
rule id of ``rules.tsv``. Each starts at the node ``trigger`` (the word whose arguments are
sought) and names the argument's head ``arg``.

``find(word, rule_id)`` gives the rule's matches that start at ``word``. The coder asks about a
few words per sentence, so the patterns are matched from that word outwards (a walk over its
head and children) rather than by running ``DependencyMatcher`` over every token of every
document: that costs about 50 µs a token here, a quarter of the parse. ``spacy_matcher()``
builds the real ``DependencyMatcher`` from the same file; a test checks that both find the same
matches on a corpus, and the loader refuses anything the walk does not implement (relation
operators other than ``>`` and ``<``; attributes other than those in ``ATTRS``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from communique.coding.lexicon import DATA_DIR
from communique.coding.rules import rule
from communique.vocabulary import words

PATTERN_FILE = DATA_DIR / "argument_patterns.json"
_CHILDREN_KEY = ("communique", "children")
ATTRS = {
    "ORTH": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "ENT_TYPE": lambda t: t.ent_type_,
}
OPERATORS = (">", "<")


@dataclass(frozen=True)
class Node:
    name: str
    left: str  # the node it is related to ("" for the first)
    op: str  # ">": this node is a child of ``left``; "<": this node is ``left``'s head
    tests: tuple[tuple[str, str, frozenset[str] | str], ...]  # (attribute, kind, value)

    def accepts(self, tok: Token) -> bool:
        for attr, kind, value in self.tests:
            got = ATTRS[attr](tok)
            if (kind == "=" and got != value) or (kind == "IN" and got not in value):
                return False
            if kind == "NOT_IN" and got in value:
                return False
        return True


@dataclass(frozen=True)
class Match:
    """One match of a rule's pattern: its named nodes (``trigger``, ``arg``, ...)."""

    rule: str
    nodes: dict[str, Token]

    @property
    def arg(self) -> Token:
        return self.nodes["arg"]


def _resolve(value: Any) -> Any:
    """Put the vocabulary's word set in place of "@name"."""
    if isinstance(value, dict):
        return {k: _resolve(v) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("@"):
        return sorted(words(value[1:]))
    return value


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[dict[str, Any]]]:
    """Rule id -> its DependencyMatcher pattern, word sets filled in."""
    data = json.loads(PATTERN_FILE.read_text(encoding="utf-8"))
    out: dict[str, list[dict[str, Any]]] = {}
    for entry in data["patterns"]:
        rid = rule(entry["id"])
        if rid in out:
            raise ValueError(f"{PATTERN_FILE.name}: rule {rid!r} has two patterns")
        nodes = [_resolve(node) for node in entry["pattern"]]
        names = [node["RIGHT_ID"] for node in nodes]
        if names[0] != "trigger" or "arg" not in names:
            raise ValueError(f"{PATTERN_FILE.name}: {rid!r} must start at 'trigger' and name 'arg'")
        out[rid] = nodes
    return out


def _node(rid: str, spec: dict[str, Any]) -> Node:
    op = spec.get("REL_OP", "")
    if spec.get("LEFT_ID") and op not in OPERATORS:
        raise ValueError(f"{PATTERN_FILE.name}: {rid!r} uses relation {op!r}; only > and <")
    tests: list[tuple[str, str, frozenset[str] | str]] = []
    for attr, value in spec["RIGHT_ATTRS"].items():
        if attr not in ATTRS:
            raise ValueError(f"{PATTERN_FILE.name}: {rid!r} tests {attr!r}; known: {sorted(ATTRS)}")
        if isinstance(value, str):
            tests.append((attr, "=", value))
        elif set(value) <= {"IN", "NOT_IN"}:
            tests += [(attr, kind, frozenset(v)) for kind, v in value.items()]
        else:
            raise ValueError(f"{PATTERN_FILE.name}: {rid!r}: {attr} {value!r} is not supported")
    return Node(spec["RIGHT_ID"], spec.get("LEFT_ID", ""), op, tuple(tests))


@lru_cache(maxsize=1)
def compiled() -> dict[str, tuple[Node, ...]]:
    return {rid: tuple(_node(rid, n) for n in nodes) for rid, nodes in patterns().items()}


def _children(doc: Doc) -> list[list[int]]:
    """Each word's dependents, by index; worked out once per Doc and kept on it as numbers
    (``Token.children`` walks the word's whole subtree on every call)."""
    kids = doc.user_data.get(_CHILDREN_KEY)
    if kids is None:
        kids = [[] for _ in range(len(doc))]
        for i, head in enumerate(doc.to_array("HEAD").astype("int64").tolist()):
            if head:  # HEAD is stored relative to the word; 0 is the root
                kids[i + head].append(i)
        doc.user_data[_CHILDREN_KEY] = kids
    return kids


def _related(tok: Token, op: str) -> list[Token]:
    doc = tok.doc
    if op == ">":
        return [doc[i] for i in _children(doc)[tok.i]]
    return [] if tok.head.i == tok.i else [tok.head]  # the root has no head


def _walk(nodes: tuple[Node, ...], bound: dict[str, Token]) -> Iterator[dict[str, Token]]:
    if len(bound) == len(nodes):
        yield dict(bound)
        return
    node = nodes[len(bound)]
    for tok in _related(bound[node.left], node.op):
        if node.accepts(tok):
            bound[node.name] = tok
            yield from _walk(nodes, bound)
            del bound[node.name]


def find(word: Token, rule_id: str) -> list[Match]:
    """The matches of ``rule_id``'s pattern that start at ``word``, in document order."""
    nodes = compiled()[rule_id]
    if not nodes[0].accepts(word):
        return []
    found = [Match(rule_id, m) for m in _walk(nodes, {"trigger": word})]
    return sorted(found, key=lambda m: [t.i for t in m.nodes.values()])


def first(word: Token, rule_id: str) -> Match | None:
    hits = find(word, rule_id)
    return hits[0] if hits else None


def spacy_matcher(vocab: Vocab) -> DependencyMatcher:
    """The same patterns in spaCy's own DependencyMatcher (match ids are the rule ids)."""
    matcher = DependencyMatcher(vocab)
    for rid, nodes in patterns().items():
        matcher.add(rid, [nodes])
    return matcher
