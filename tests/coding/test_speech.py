"""Acts said in quotations: the first-person doer ("we", "us", "our navy") is the speaker the
attribution names ("X said", "according to X", '"..." X made the remarks'), and a spokesman for
a civil body speaks for that body, not for a state."""

from __future__ import annotations

from support import countries
from support import mentions_of as _typed


def test_our_forces_in_a_quotation_are_the_speakers_not_the_story_s_other_state(code):
    ms = code(
        "\"Our coast guard will hold joint exercises with Vietnam and with Vietnam's navy "
        'next month," the Philippine defence secretary said.'
    )
    agreed = _typed(ms, "AGREE")
    assert agreed and countries(agreed[0].actor) == {"PHL"}, [m.explanation for m in ms]
    assert "[resolve.quoted_owner]" in agreed[0].explanation


def test_us_in_a_quotation_is_the_speaker_not_the_quotation_s_own_subject(code):
    ms = code(
        '"Belarus must stop threatening us at the border," the Lithuanian interior minister '
        "told reporters after talks with Polish officials."
    )
    provoked = [m for m in ms if m.event_type != "REQUEST" and countries(m.actor) == {"BLR"}]
    assert provoked and countries(provoked[0].recipient) == {"LTU"}, [m.explanation for m in ms]


def test_we_after_according_to_is_whose_account_it_is(code):
    ms = code(
        "According to Finland's president, \"we are asking Russia to return the seized "
        'vessels without delay."'
    )
    asked = _typed(ms, "REQUEST")
    assert asked and countries(asked[0].actor) == {"FIN"}, [m.explanation for m in ms]
    assert countries(asked[0].recipient) == {"RUS"}


def test_a_quotation_standing_alone_is_said_by_who_the_next_sentence_says_spoke(code):
    ms = code(
        '"We denounce the bombing of the hospital in the strongest terms." '
        "Jordan's foreign ministry made the remarks in a statement late on Sunday."
    )
    denounced = [m for m in ms if m.sentence == 0 and m.event_type == "ACCUSE"]
    assert denounced and countries(denounced[0].actor) == {"JOR"}, [m.explanation for m in ms]
    # a quotation that follows a speaker stays that speaker's
    ms = code(
        "Egypt's foreign minister said on Sunday that the talks had stalled. "
        '"We denounce the bombing of the hospital." '
        "Jordan's foreign ministry made similar remarks later."
    )
    denounced = [m for m in ms if m.sentence == 1 and m.event_type == "ACCUSE"]
    assert not denounced or countries(denounced[0].actor) != {"JOR"}


def test_a_spokesman_for_a_civil_body_speaks_for_it_not_for_the_state(code):
    ms = code(
        '"We denounce the eviction of our members," said a spokeswoman for a street '
        "traders' association in Nairobi."
    )
    assert ms, "the association's denunciation is an event"
    assert all(a.sector not in (None, "", "GOV", "MIL") for m in ms for a in m.actor), [
        m.explanation for m in ms
    ]


def test_an_act_an_analyst_foresees_is_no_threat_by_its_doer(code):
    ms = code(
        '"We think the navy will blockade the port before the election," said Tomas Varga, '
        "a defence analyst at a research institute in Budapest."
    )
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]
    assert all(m.modality == "hypothetical" for m in ms), [m.explanation for m in ms]
    # the doer's own plan stays a plan
    ms = code('"Our navy will blockade the port," the Hungarian defence minister said.')
    assert _typed(ms, "THREATEN") or any(m.modality == "future" for m in ms)


def test_whose_aid_it_is_after_came_to_is_the_one_helped(code):
    ms = code(
        '"India came to our aid when the cyclone struck," the Sri Lankan foreign minister '
        "told parliament."
    )
    aid = _typed(ms, "AID")
    assert aid and countries(aid[0].actor) == {"IND"}, [m.explanation for m in ms]
    assert countries(aid[0].recipient) == {"LKA"}
    ms = code('"Friends came to our help quickly," the Sri Lankan foreign minister said.')
    assert not [m for m in _typed(ms, "AID") if countries(m.actor) == {"LKA"}]


def test_my_country_in_a_quotation_is_the_speakers_state(code):
    ms = code('"Our nation will not accept these terms," Cuba\'s foreign minister told reporters.')
    refused = _typed(ms, "REJECT")
    assert refused and countries(refused[0].actor) == {"CUB"}, [m.explanation for m in ms]


def test_he_after_an_unnamed_minister_is_the_minister_not_a_leader_named_before():
    from communique.coding import code_article
    from communique.model import Article
    from communique.nlp import get_nlp

    text = (
        "ANKARA, March 3 - Greek Prime Minister Nikos Varelas visited the island on Monday. "
        "The foreign minister told reporters that Turkey would send a protest note. "
        "He accused Greece of violating the treaty."
    )
    events = code_article(Article(text=text, id="p", published="2024-03-03"), get_nlp()(text))
    accuse = [e for e in events if e.cameo.startswith("112")]
    assert accuse and [a.country for a in accuse[0].actor] == ["TUR"]
