"""The argument rules kept as DependencyMatcher patterns (data/coding/argument_patterns.json):
matched from the trigger outwards exactly as spaCy's own DependencyMatcher matches them, named
by registered rule ids, and finding the arguments a reader expects."""

from __future__ import annotations

import json

import pytest

from communique.benchmark.corpus import example_articles
from communique.coding import parse_patterns
from communique.coding.rules import registry


def test_every_pattern_is_a_registered_argument_rule():
    ids = list(parse_patterns.patterns())
    assert len(ids) >= 15
    for rid in ids:
        assert registry()[rid].stage in ("actor", "recipient"), rid


def test_the_walk_finds_what_spacys_dependency_matcher_finds(nlp):
    docs = [nlp(a.text) for a in example_articles()[:6]]
    matcher = parse_patterns.spacy_matcher(nlp.vocab)
    theirs, ours = set(), set()
    for n, doc in enumerate(docs):
        for match_id, ids in matcher(doc):
            theirs.add((n, nlp.vocab.strings[match_id], tuple(ids)))
        for tok in doc:
            for rid in parse_patterns.patterns():
                for m in parse_patterns.find(tok, rid):
                    ours.add((n, rid, tuple(t.i for t in m.nodes.values())))
    assert len(theirs) > 100
    assert ours == theirs


def test_a_passive_verb_gives_its_by_agent_and_its_subject(nlp):
    doc = nlp("The border post was shelled by Ruritanian artillery on Monday.")
    verb = next(t for t in doc if t.lower_ == "shelled")
    assert parse_patterns.first(verb, "actor.agent").arg.text == "artillery"
    assert parse_patterns.first(verb, "recipient.passive_subject").arg.text == "post"
    assert parse_patterns.find(verb, "recipient.dobj") == []


def test_word_sets_come_from_the_vocabulary(nlp):
    doc = nlp("Freedonia, which was accused of fraud, denied it.")
    verb = next(t for t in doc if t.lower_ == "accused")
    hit = parse_patterns.first(verb, "recipient.relative_passive_subject")
    assert hit is not None and hit.nodes["pronoun"].lower_ == "which"
    assert hit.arg.text == "Freedonia"


def test_a_pattern_the_walk_cannot_match_is_refused(tmp_path, monkeypatch):
    bad = {
        "patterns": [
            {
                "id": "actor.nsubj",
                "pattern": [
                    {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}},
                    {"LEFT_ID": "trigger", "REL_OP": ">>", "RIGHT_ID": "arg", "RIGHT_ATTRS": {}},
                ],
            }
        ]
    }
    path = tmp_path / "argument_patterns.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    monkeypatch.setattr(parse_patterns, "PATTERN_FILE", path)
    parse_patterns.patterns.cache_clear()
    parse_patterns.compiled.cache_clear()
    try:
        with pytest.raises(ValueError, match="only > and <"):
            parse_patterns.compiled()
    finally:
        parse_patterns.patterns.cache_clear()
        parse_patterns.compiled.cache_clear()


def test_the_rules_reference_names_the_pattern_rules():
    from pathlib import Path

    readme = Path(parse_patterns.PATTERN_FILE).with_name("README.md").read_text(encoding="utf-8")
    section = readme[readme.index("The pattern rules are:") :]
    section = section[: section.index("The other argument")]
    assert all(f"`{rid}`" in section for rid in parse_patterns.patterns())
