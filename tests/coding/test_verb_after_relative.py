"""A sentence whose subject carries a relative clause set off by commas ("X, which lies
between the two countries, called on ..."): spaCy's small model reads the main verb as a
participle on the clause's last noun; ``communique.opening_subjects`` re-hangs it as the
sentence's verb with X as its subject. Every sentence is invented."""

from __future__ import annotations

import pytest

from communique.coding import code_sentence_text
from communique.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Chile, which lies between the two countries, called on Peru and Bolivia "
            "to resume talks.",
            "called",
            "Chile",
        ),
        (
            "Norway, which has hosted both delegations, urged Colombia and Venezuela "
            "to reopen the border.",
            "urged",
            "Norway",
        ),
    ],
)
def test_main_verb_after_relative_clause(text: str, verb: str, subject: str) -> None:
    doc = get_nlp()(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in v.children)


def test_request_coded_with_its_doer() -> None:
    found = {
        (m.event_type, a.code)
        for m in code_sentence_text(
            "Chile, which lies between the two countries, called on Peru and Bolivia "
            "to resume talks."
        )
        for a in m.actor
    }
    assert ("REQUEST", "CHL") in found


def test_true_relative_clause_left_alone() -> None:
    doc = get_nlp()("The minister, who arrived in Lima on Monday, signed a trade deal with Peru.")
    signed = next(t for t in doc if t.text == "signed")
    assert signed.dep_ == "ROOT"
