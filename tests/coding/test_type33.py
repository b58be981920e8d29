"""Verbs whose event type depends on their complement, and harm named only as a charge
(branch type33): a promise of harm is a threat (recode.hostile_promise); an ambassador called or
brought home is recalled, talks, mediation or aid put on hold are halted, "said no to" refuses,
"offered no explanation" and "agreed with economists" are statements, permission given to
inspectors lets them in (lexicon rows); an offence named after "trial over", "wanted for",
"charges for", "in connection with" is the charge, no act of its own (filter.charged_act)."""

import pytest

from communique.coding import code_article
from communique.model import Article
from support import event_types


def _code(nlp, text):
    return code_article(Article(text=text, id="t33", published="2026-04-14"), nlp(text))


def _top(mentions):
    return max(mentions, key=lambda m: m.confidence) if mentions else None


def _top_type(nlp, text):
    top = _top(_code(nlp, text))
    return top.event_type if top else None


# recode.hostile_promise
@pytest.mark.parametrize(
    "text",
    [
        "Iran vowed to make Israel pay dearly if its nuclear sites were hit.",
        "Seoul promised to teach Pyongyang a lesson if the drones returned.",
        "Russia pledged to reduce the Ukrainian bases to rubble.",
        "Sudan's generals are prepared to crush the paramilitaries, a military spokesman said.",
        "Syria said it was ready to turn the rebel towns into a sea of fire.",
    ],
)
def test_promise_of_harm_is_a_threat(nlp, text):
    mentions = _code(nlp, text)
    assert _top(mentions).event_type == "THREATEN", event_types(mentions)
    assert "AGREE" not in event_types(mentions)


def test_only_a_promise_of_harm_is_a_threat(nlp):
    assert (
        _top_type(nlp, "Egypt vowed to make the smugglers regret their raid on Aswan.")
        == "THREATEN"
    )
    for text in (
        "Kenya pledged to pay the salaries of Somali soldiers.",
        "Japan pledged to make the reconstruction a success.",
        "Iran promised to help Iraq if its oil fields were bombed.",
    ):
        assert _top_type(nlp, text) == "AGREE", text


# lexicon rows: complements that decide the type
@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "Canada has called home its envoy in Riyadh after the row over the detained activist.",
            "SANCTION",
            "161",
        ),
        ("Morocco brought its ambassador home from Paris.", "SANCTION", "161"),
        ("Ghana put its talks with the IMF on hold.", "SANCTION", "164"),
        (
            "Citing the fighting, Turkey put on ice its mediation in the Caucasus.",
            "SANCTION",
            "165",
        ),
        ("Norway put its aid to Mali on hold.", "SANCTION", "162"),
        ("Chile said no to Bolivia's demand for sea access.", "REJECT", "120"),
        (
            "Libya granted the IAEA inspectors clearance to check the uranium stores.",
            "RETREAT",
            "0862",
        ),
    ],
)
def test_complement_decides_the_type(nlp, text, plover, cameo):
    top = _top(_code(nlp, text))
    assert top is not None and (top.event_type, top.cameo) == (plover, cameo), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister offered no explanation for the delay.",
        "The governor agreed with economists that the recession was over.",
    ],
)
def test_statements_are_no_event(nlp, text):
    assert _code(nlp, text) == []


def test_agreeing_or_saying_no_to_a_party(nlp):
    assert _top_type(nlp, "Peru said no to a Chilean offer of mediation.") == "REJECT"
    assert _top_type(nlp, "Iraq agreed with Turkey to reopen the pipeline.") == "AGREE"
    assert _code(nlp, "Poland said no one was hurt in the blast.") == []


# filter.charged_act
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Colombia extradited the cartel boss to the United States to stand trial over the murder of a police officer.",
            "COOPERATE",
        ),
        (
            "Brazil extradited the former guerrilla to Peru, where he is wanted for the killing of a judge.",
            "COOPERATE",
        ),
        (
            "Egypt deported the Italian suspect to Rome to face trial over the stabbing of a priest.",
            "COERCE",
        ),
        (
            "Nigerian detectives have arrested four men in connection with the killing of a Ghanaian trader in Lagos.",
            "COERCE",
        ),
    ],
)
def test_offence_named_as_a_charge_is_no_event(nlp, text, plover):
    types = event_types(_code(nlp, text))
    assert types == [plover], types


def test_charge_but_not_conviction_or_news(nlp):
    text = "Nigerian detectives have arrested four men in connection with the killing of a Ghanaian trader in Lagos."
    assert "ASSAULT" not in event_types(_code(nlp, text))
    text = "A court in Chile convicted four soldiers of beating a student in Valparaiso."
    assert "ASSAULT" in event_types(_code(nlp, text))
    assert event_types(_code(nlp, "Gunmen killed three police officers in Kirkuk on Monday.")) == [
        "ASSAULT"
    ]


# lexicon rows: regret addressed to the harmed, told to leave
@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        (
            "India's defence minister expressed regret to Dhaka for the shooting of two fishermen.",
            "CONCEDE",
            "055",
        ),
        (
            "Burkina Faso told the French ambassador to leave within two days.",
            "SANCTION",
            "161",
        ),
        (
            "Sudan's rulers told the UN political mission to depart by the end of the month.",
            "SANCTION",
            "1661",
        ),
        (
            "Ethiopia told three foreign aid agencies to leave the Tigray region.",
            "SANCTION",
            "1663",
        ),
    ],
)
def test_complement_decides_the_type_2(nlp, text, plover, cameo):
    top = _top(_code(nlp, text))
    assert top is not None and (top.event_type, top.cameo) == (plover, cameo), text


def test_regret_to_the_harmed_only_and_no_pupils(nlp):
    text = "Chile's navy chief expressed regret to Lima over the sinking of a Peruvian trawler."
    assert _top_type(nlp, text) == "CONCEDE"
    assert _top_type(nlp, "Japan expressed regret over the decision.") == "ACCUSE"
    assert _code(nlp, "The teacher told the pupils to leave the classroom.") == []
