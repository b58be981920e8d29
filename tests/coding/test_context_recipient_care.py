"""Context recipients given with care (rules recipient.story_counterpart, recipient.domestic_target,
recipient.retaliation): a state's threat to answer an attack is aimed at the attacker, not at
home, and so is an act done across a frontier. Sentences written for these tests; published on
Friday 13 September 2024."""

from __future__ import annotations

from support import named_countries as _countries

PUBLISHED = "2024-09-13"

RAID = (
    "ACCRA, Sept 13 (Wire) - Togo's air force bombed three villages near the border with Ghana "
    "on Monday, killing eleven people. Ghana condemned the raid and recalled its ambassador "
    "from Lome. "
)

EXPULSION = (
    "VILNIUS, Sept 13 (Wire) - Latvia expelled two Belarusian diplomats on Monday, accusing them "
    "of spying. Belarus called the expulsions hostile and said Latvia would regret it. Latvia "
    "said Belarus had sent agents across the border. "
)


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


# --- recipient.retaliation: the answer named in the threat's clause --------------------------


def test_warning_to_respond_is_not_aimed_at_home(code):
    text = RAID + "Ghana warned on Tuesday that it would respond with overwhelming force."
    m = _one(code, text, "warned")
    assert m.event_type == "THREATEN"
    assert "GHA" not in _countries(m.recipient)
    assert "[recipient.domestic_target]" not in m.explanation


def test_vowed_a_response_is_not_aimed_at_home(code):
    text = RAID + "The Ghanaian government said the bombing killed civilians and vowed a response."
    m = _one(code, text, "vowed")
    assert m.event_type == "THREATEN"
    assert "GHA" not in _countries(m.recipient)


def test_threat_of_a_curfew_is_still_aimed_at_home(code):
    text = (
        "ACCRA, Sept 13 (Wire) - Thousands marched in Accra on Monday against fuel prices. "
        "Ghana's interior minister warned that the police would impose a curfew."
    )
    events = [e for e in code(text, PUBLISHED) if e.event_type == "THREATEN"]
    assert events and all(_countries(e.recipient) <= {"GHA"} for e in events)


# --- recipient.domestic_target: an act done across a frontier ---------------------------------


def test_agents_sent_across_the_border_are_not_aimed_at_home(code):
    m = _one(code, EXPULSION.strip(), "sent")
    assert m.event_type == "COERCE"
    assert "BLR" not in _countries(m.recipient)
    assert "[recipient.domestic_target]" not in m.explanation


# --- recipient.story_counterpart: a legal appeal is addressed to a court ---------------------

RULING = (
    "NAIROBI, Sept 13 (Wire) - A Kenyan court on Monday blocked the deportation of a Ugandan "
    "activist to Uganda. Uganda said it regretted the ruling, and Uganda's foreign ministry "
    "summoned Kenya's envoy. "
)


def test_filing_an_appeal_is_not_a_request_to_the_other_state(code):
    text = (
        RULING + "The Kenyan interior ministry said it would file an appeal at the Court of Appeal."
    )
    # a legal appeal at a court is no CAMEO 020 appeal to a party: no request at all, so none
    # to the other state of the story (senses.tsv, appeal: legal)
    appeals = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith("appeal")]
    assert appeals == [], [e.explanation for e in appeals]
