"""Event types from less common verbs and phrases of wire copy (type_probe2 work): offers
volunteered, remorse expressed, signatures put to accords, resources pooled,
weapons handed over, units dispatched or stationed, jets scrambled, firms blacklisted, outlets
shuttered, jail terms handed out. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import top

CASES = [
    # volunteering to act offers to act (030), coded by the act offered, as 'offered to' is
    ("Bolivia volunteered to host the next meeting of Amazon nations.", "AGREE", "036"),
    # remorse or regret expressed to someone apologises (055, CONCEDE)
    (
        "The Dutch prime minister expressed remorse to Indonesia for colonial-era killings.",
        "CONCEDE",
        "055",
    ),
    # signatures put to an accord sign it (057)
    (
        "The leaders of Kenya and Tanzania put their signatures to a border accord.",
        "SUPPORT",
        "057",
    ),
    # pooled resources, a person handed to another state's authorities: cooperation
    (
        "Rwanda and Burundi pooled their resources to fight the cholera outbreak.",
        "COOPERATE",
        "061",
    ),
    ("Turkey handed the exiled businessman over to the authorities in Baku.", "COOPERATE", "063"),
    # weapons handed over, things furnished, projects bankrolled: aid
    ("Germany handed over 18 howitzers to Lithuania.", "AID", "072"),
    ("Japan furnished the Philippine coast guard with radar equipment.", "AID", "070"),
    ("The UAE bankrolled the construction of Sudan's new airport.", "AID", "071"),
    # fighters who give themselves up surrender; a seized tanker returned is property returned
    ("Forty Abu Sayyaf fighters gave themselves up to Philippine troops.", "RETREAT", "0874"),
    ("Iran returned the British tanker it had seized in July.", "RETREAT", "0842"),
    # quitting a bloc of states reduces relations (161); quitting talks halts them (164)
    ("Nicaragua quit the Organization of American States.", "SANCTION", "161"),
    ("Georgia quit the talks with Abkhazia.", "SANCTION", "164"),
    ("Washington blacklisted three Iranian shipping firms.", "SANCTION", "163"),
    ("Egypt shuttered its embassy in Khartoum.", "SANCTION", "161"),
    # an invitation to (resume) talks appeals to negotiate (026); a proposal voted down is rejected
    ("Armenia invited Azerbaijan to peace talks in Yerevan.", "REQUEST", "026"),
    ("The Slovak parliament voted down a government proposal to scrap the tax.", "REJECT", "120"),
    # serving notice warns
    ("Serbia served notice that it would not tolerate attacks on ethnic Serbs.", "THREATEN", "130"),
    # units sent, dispatched or stationed; readiness raised; jets scrambled
    ("Russia sent two paratrooper battalions to Belarus.", "MOBILIZE", "154"),
    ("Turkey dispatched a mechanised brigade to the Syrian border.", "MOBILIZE", "154"),
    ("The United States stationed a squadron of F-35 jets in Poland.", "MOBILIZE", "154"),
    ("Taiwan raised the combat readiness of its forces.", "MOBILIZE", "152"),
    ("Japan scrambled fighter jets to intercept Russian bombers.", "MOBILIZE", "150"),
    # outlets shuttered restrict freedoms; jail terms handed out sentence (173)
    ("Venezuelan authorities shuttered an opposition newspaper.", "COERCE", "1721"),
    ("A Moroccan court handed jail terms to nine activists.", "COERCE", "173"),
]


@pytest.mark.parametrize(("text", "etype", "cameo"), CASES)
def test_wire_wording_types(code, text, etype, cameo):
    m = top(code(text))
    assert (m.event_type, m.cameo) == (etype, cameo)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("A former Kenyan governor was found guilty of embezzlement in Nairobi.", "KEN"),
        ("Two Colombian army officers were convicted of murder.", "COL"),
    ],
)
def test_a_passive_conviction_is_by_the_country_s_courts(code, text, iso):
    """Only a state's courts convict: a passive verdict with no 'by' doer is theirs
    (rule actor.convicting_court), so the event is kept with its actor."""
    m = top(code(text))
    assert m.event_type == "ACCUSE"
    assert [(a.country, a.sector) for a in m.actor] == [(iso, "JUD")]


def test_men_described_as_convicted_are_no_new_verdict(code):
    ms = code("Egypt hanged three men convicted of the 2013 bombing in Cairo.", "2025-03-05")
    assert not [m for m in ms if m.cameo == "116"], [m.explanation for m in ms]
