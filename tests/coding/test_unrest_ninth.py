"""Plain wire wording of unrest that bench/data/unrest_snippets9.tsv measures, where the coder
lost the event at one stage: a sentence whose only verb the small model reads as an adjective on
its object ("Porters in X *blockaded* market gates" parsed as one noun phrase, so the act has no
doer: communique.opening_subjects), a protest crowd that gathers, assembles, converges or masses
(no trigger for the verb of coming together), and an act that was averted, prevented, foiled or
thwarted (coded as if it had happened). Look-alikes stay as they were (a true adjective after a
determiner, fans or ministers who gather). Every text is written for these tests."""

from __future__ import annotations

import pytest

from communique.nlp import get_nlp
from support import event_types


def top(mentions):
    assert mentions, "nothing coded"
    return max(mentions, key=lambda m: m.confidence)


@pytest.mark.parametrize(
    ("text", "verb", "subject", "obj"),
    [
        ("Miners in Chile boycotted company meetings.", "boycotted", "Miners", "meetings"),
        ("Weavers in Surat picketed textile mills.", "picketed", "Weavers", "mills"),
    ],
)
def test_verb_read_as_adjective_is_the_verb(text, verb, subject, obj):
    doc = get_nlp()(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT"
    assert {(c.dep_, c.text) for c in v.children} >= {("nsubj", subject), ("dobj", obj)}


def test_guard_true_participle_after_a_determiner_stays_an_adjective():
    doc = get_nlp()("Traders in Kampala and the boycotted market stalls.")
    assert next(t for t in doc if t.text == "boycotted").dep_ != "ROOT"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Teachers in Malawi boycotted exam halls.", "143"),
        ("Weavers in Surat picketed textile mills.", "141"),
    ],
)
def test_protest_verb_read_as_adjective_keeps_its_doer(code, text, cameo):
    event = top(code(text))
    assert (event.event_type, event.cameo) == ("PROTEST", cameo)
    assert not event.unattributed


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in front of the central bank in Accra on Monday.",
        "Hundreds of protesters assembled at the gates of the governor's office in Kano.",
        "Thousands of protesters converged on the main square of Valparaiso.",
        "Striking protesters massed near the port authority building in Durban.",
    ],
)
def test_protest_crowd_coming_together_is_a_demonstration(code, text):
    event = top(code(text))
    assert (event.event_type, event.cameo) == ("PROTEST", "141")


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered outside the arena in Accra before the final.",
        "Foreign ministers assembled in Accra for the regional meeting.",
    ],
)
def test_guard_other_crowds_gathering_are_no_protest(code, text):
    assert "PROTEST" not in event_types(code(text))


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        (
            "The labour minister met transport unions overnight to avert a strike.",
            "PROTEST",
            "strike",
        ),
        ("The government in Kenya thwarted a strike by dock workers.", "PROTEST", "strike"),
        ("Guards at the border post in Kenya foiled an ambush by armed men.", "ASSAULT", "ambush"),
    ],
)
def test_averted_or_foiled_act_is_negated(code, text, kind, trigger):
    # an act told by a noun that the verb of preventing takes as its object is dropped
    # (filter.undone_act, branch unrest13); one that is still coded must be negated
    ms = [m for m in code(text) if m.event_type == kind and trigger in m.evidence.trigger]
    assert all(m.modality == "negated" for m in ms), [(m.event_type, m.modality) for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "Three mortar bombs landed inside the army barracks in Gao on Friday.",
        "Two ballistic missiles landed near an oil terminal in Basra overnight.",
    ],
)
def test_weapons_landing_on_a_place_are_an_attack(code, text):
    assert "ASSAULT" in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The president's plane landed in Gao on Friday.",
        "Shell landed a large offshore drilling contract in Basra.",
    ],
)
def test_guard_planes_and_companies_landing_are_no_attack(code, text):
    assert "ASSAULT" not in event_types(code(text))
