"""Confusable PLOVER pairs (bench/data/type_probe4.tsv's classes, with sentences of our own):
hosting against praise (CONSULT/SUPPORT), a threat of force against a warning (THREATEN/ACCUSE),
expelling a mission against deporting people and a blockade of a place against an embargo
(SANCTION/COERCE), reversing a ban against imposing it (CONCEDE/COERCE), permission against the
act permitted (RETREAT/AID, REJECT/CONSULT), and wording the lexicon lacked (shuttle diplomacy,
central bank deposits, keeping someone from going somewhere). Lexicon rows in triggers.tsv and
senses.tsv, the permission rule in coding/frames.py and coding/sentence.py."""

from __future__ import annotations

import pytest


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # hosting a visiting leader is CONSULT 043, not praise of a visit (051)
        (
            "The Ghanaian president welcomed the visiting Ivorian prime minister at the Jubilee "
            "House in Accra on Monday.",
            "043",
        ),
        # a warning that the speaker would use force is a threat (138), not a warning against
        (
            "Ugandan police warned opposition supporters that they would use force against "
            "anyone who marches on parliament.",
            "138",
        ),
        # ordering a mission or diplomats out is expulsion (SANCTION 166x), not deportation (174)
        ("Burkina Faso ordered the UN observer mission to leave within a week.", "1661"),
        ("Chad ordered two German diplomats to leave the country on Thursday.", "161"),
        # suspending internet services restricts freedoms (1721), not relations (160)
        ("Ethiopian authorities suspended internet services in the Amhara region.", "1721"),
        # shuttle diplomacy is mediation (045)
        ("Egyptian mediators shuttled between the two Sudanese delegations in Jeddah.", "045"),
        # a sum placed in another state's central bank is economic aid (071)
        ("The United Arab Emirates deposited $2 billion in Egypt's central bank.", "071"),
        # reversing, revoking or rescinding a ban, a curfew or sanctions eases it
        ("Zambia's government revoked a ban on opposition rallies.", "081"),
        ("The Bolivian interior minister rescinded the curfew in Cochabamba.", "0813"),
        ("Washington reversed sanctions on Belarusian potash exports.", "085"),
        # internet shutdowns by other verbs restrict freedoms (1721)
        (
            "Pakistani authorities throttled mobile internet in Balochistan on Friday.",
            "1721",
        ),
        ("The Iranian government cut internet access in Sistan-Baluchestan province.", "1721"),
        ("Russian authorities restricted the internet in Dagestan after the riots.", "1721"),
        # letting an outlet work again eases restrictions on political freedoms (0811)
        ("Azerbaijan's government allowed the independent newspaper to resume printing.", "0811"),
        # a blockade imposed on a place restricts movement (191), not an embargo (163)
        ("Ethiopian troops imposed a blockade on the town of Lalibela.", "191"),
        # keeping a party from going somewhere restricts movement (191)
        (
            "Turkish police blocked a convoy of opposition lawmakers from entering Diyarbakir.",
            "191",
        ),
    ],
)
def test_confusable_pairs_take_the_right_code(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == want, [m.explanation for m in ms]


def test_a_permission_reaches_past_a_banned_party(code):
    # "the banned party" is a participle describing the noun: the words after "allowed" go on
    ms = code("Algerian authorities allowed the banned Islamist party to hold a congress.")
    assert [m.event_type for m in ms] == ["CONCEDE"], [m.explanation for m in ms]


def test_the_act_a_refused_permission_would_allow_is_not_done(code):
    ms = code("Belarus refused to allow the OSCE envoy to meet the jailed opposition leader.")
    assert [m.event_type for m in ms] == ["REJECT"], [m.explanation for m in ms]


def test_the_act_permitted_is_the_permissions_content(code):
    ms = code("Israel allowed a UN aid convoy to reach the north of the Gaza Strip.")
    assert [m.event_type for m in ms] == ["RETREAT"], [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # left as they were: a warning against an act, a bare rescinded invitation, an
        # economic blockade, a plain welcome of a decision
        ("The Swiss foreign minister warned against military action in the Gulf.", "ACCUSE"),
        ("Peru rescinded its invitation to the Venezuelan foreign minister.", "SANCTION"),
        ("Cuba condemned the economic blockade imposed by the United States.", "ACCUSE"),
        ("Senegal welcomed the ruling of the regional court.", "SUPPORT"),
    ],
)
def test_neighbouring_wording_keeps_its_type(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).event_type == want, [m.explanation for m in ms]
