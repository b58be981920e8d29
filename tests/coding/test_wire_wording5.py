"""Wire wordings of the fifth type probe's classes (bench/data/type_probe5.tsv and
penta_probe3.tsv found them; the sentences here are our own): idioms of meeting, hosting and
signing ('sat down together', 'played host to', 'put their names to'), a past 'went into talks'
read as a plan, recognising a state's independence, blocking the adoption of a measure, freezing
lending, vows to destroy, handed-over positions, suspended activities of organisations, petitions
to a court, 'sought clarification', ships blocked,
people sent back; the doers of talks one is 'in' ('X and Y are in talks', 'X was in Y for
talks'), of talks counted by a phase or cycle, and the handover of a suspect. Lexicon rows in
data/coding/triggers.tsv and vocabulary.tsv (measure_nouns), the past 'go' in coding/modality.py,
the copula doer in coding/noun_arguments.py."""

from __future__ import annotations

import pytest


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'sat down together (in a city)': a meeting, not a sit-in at the place
        (
            "Delegations from Sudan and South Sudan sat down together in Juba on Monday to "
            "discuss oil transit fees.",
            "040",
        ),
        # 'played host to': hosting a visit
        (
            "The Indonesian president played host to the Singaporean prime minister at the "
            "palace in Bogor.",
            "043",
        ),
        # recognising a state's independence is diplomatic recognition
        ("Barbados recognised the independence of Kosovo on Thursday.", "054"),
        # 'put their names to an accord': signing it
        ("Chile and New Zealand put their names to a fisheries accord in Wellington.", "057"),
        # blocking the adoption of a declaration vetoes it
        ("Romania blocked the adoption of a joint EU declaration on migration.", "129"),
        # freezing lending stops aid
        ("The Asian Development Bank froze its lending to Myanmar after the coup.", "162"),
        # a vow to obliterate an enemy is a threat, not a promise to cooperate
        (
            "The Iranian army chief vowed to obliterate any force that crossed the country's "
            "borders.",
            "130",
        ),
        # suspending the activities of organisations is an administrative sanction, not a truce
        ("The Kyrgyz government suspended the activities of two independent media groups.", "172"),
        # a petition filed with a court is legal action
        (
            "The Malawian opposition filed a petition with the constitutional court to annul "
            "the election result.",
            "115",
        ),
        # seeking clarification or guarantees from another party is an appeal
        ("Lebanon sought clarification from Israel about the new wall along the border.", "020"),
        # ships blocked by another state's ships: movement restricted, not a road protest
        ("Turkish coast guard boats blocked two Greek fishing trawlers near the islet.", "191"),
        # people sent back across a border are deported
        ("Thai authorities sent back dozens of Cambodian migrants on Friday.", "174"),
    ],
)
def test_wire_wording_takes_its_code(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == want, [m.explanation for m in ms]


def test_went_into_a_meeting_is_a_meeting_held(code):
    ms = code(
        "Late on Monday the Irish prime minister went straight into a meeting with the "
        "British prime minister at Downing Street."
    )
    top = _top(ms)
    assert top is not None and top.event_type == "CONSULT", [m.explanation for m in ms]
    assert top.modality == "asserted", [m.explanation for m in ms]


def test_fighters_handing_over_positions_retreat(code):
    ms = code("Rebel fighters handed over their positions around Goma to government troops.")
    assert _top(ms) is not None and _top(ms).cameo == "0874", [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # left as they were: a sit-in, a trip one is going on, blocking a road, a vow of aid
        ("Striking nurses sat in at the health ministry in Nairobi on Tuesday.", "PROTEST"),
        (
            "The Austrian foreign minister is going to Geneva next week for talks with the "
            "Iranian delegation.",
            "AGREE",
        ),
        ("Taxi drivers blocked the main road into Lagos to protest fuel prices.", "PROTEST"),
        ("Japan vowed to send food aid to the flood-hit regions of Pakistan.", "AGREE"),
    ],
)
def test_neighbouring_wire_wording_keeps_its_type(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).event_type == want, [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        # 'X and Y are in talks': the subject of 'be in' holds them (not a detention's
        # 'X spent a night in custody')
        "Egypt and Sudan are in negotiations over the sharing of Nile water.",
        # 'X was in <place> for talks': the one who is there
        "The Kenyan and Somali defence ministers were in Mombasa on Tuesday for talks on "
        "border security.",
        # a phase or cycle of talks opened by X and Y: theirs, as 'a round of talks'
        "Mongolia and Kazakhstan opened a new phase of talks on railway tariffs in Ulaanbaatar.",
    ],
)
def test_talks_one_is_in_have_a_doer(code, text):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).event_type == "CONSULT", [m.explanation for m in ms]
    assert _top(ms).actor, [m.explanation for m in ms]


def test_the_handover_of_fugitives_is_judicial_cooperation(code):
    ms = code(
        "The handover of two fugitives by Kenyan police to Ugandan authorities took place at "
        "the Busia border post."
    )
    assert _top(ms) is not None and _top(ms).cameo == "063", [m.explanation for m in ms]


def test_being_for_talks_is_no_meeting(code):
    # 'X is for talks' (in favour of them) places no one anywhere: no doer, nothing coded
    ms = code("The opposition party is for talks with the rebels.")
    assert not [m for m in ms if m.event_type == "CONSULT"], [m.explanation for m in ms]
