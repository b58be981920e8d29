"""Readings that a story set's gold forbids, on invented stories: attackers the story does not
name are not the victims' state (the headline's or the story's most frequent one); a claim a
fact check rates false is no event, neither done nor claimed."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code_titled(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None, when: str = "2025-09-18"):
        article = Article(text=text, title=title, published=when, id="t")
        doc = nlp.make_doc(text)
        doc._.communique_article = article
        return code_article(article, nlp(doc))

    return run


def _show(found):
    return [
        (
            m.event_type,
            m.cameo,
            m.modality,
            [p.code for p in m.actor],
            [p.code for p in m.recipient],
        )
        for m in found
    ]


def _actor_countries(m):
    return {p.country for p in m.actor}


@pytest.mark.parametrize(
    ("title", "text", "victim"),
    [
        (
            "Ghanaian soldiers killed in northern ambush",
            "Gunmen ambushed an army patrol on Tuesday, killing three soldiers. Ghana's defence "
            "ministry said troops were searching for the attackers.",
            "GHA",
        ),
        (
            "Police station attacked in eastern Chad",
            "Unidentified assailants attacked a police station late on Sunday, wounding two "
            "officers, a local official said. Chad's interior minister condemned the attack.",
            "TCD",
        ),
        (
            "Peruvian patrol comes under fire in the VRAEM",
            "Masked men attacked a military patrol on Friday, wounding four soldiers, "
            "Peru's army said.",
            "PER",
        ),
    ],
)
def test_unnamed_attackers_are_not_the_victims_state(code_titled, title, text, victim):
    found = code_titled(text, title)
    attacks = [m for m in found if m.event_type == "ASSAULT"]
    assert attacks, _show(found)
    assert not [m for m in attacks if victim in _actor_countries(m)], _show(found)


def test_attackers_the_story_places_keep_their_state(code_titled):
    found = code_titled(
        "Gunmen from Togo attacked a Ghanaian border post on Tuesday, the army said.",
        "Border post attacked",
    )
    assert [m for m in found if m.event_type == "ASSAULT" and "TGO" in _actor_countries(m)], _show(
        found
    )


FALSE_CHECK = (
    "Fact check: Norway has not expelled Iran's ambassador\n\n"
    "Claim: Norway has expelled the Iranian ambassador.\n\n"
    "Rating: False\n\n"
    "Posts shared widely on social media since Saturday say Norway expelled Iran's ambassador "
    "over a spy case. The Norwegian foreign ministry said the ambassador was still in Oslo."
)


def _expulsions(found):
    return [
        m
        for m in found
        if m.event_type == "SANCTION"
        and _actor_countries(m) == {"NOR"}
        and m.modality not in ("negated", "hypothetical")
    ]


def test_a_claim_rated_false_is_no_event(code_titled):
    found = code_titled(FALSE_CHECK, "Fact check: Norway has not expelled Iran's ambassador")
    assert not _expulsions(found), _show(found)


def test_we_rate_the_claim_false_says_it_is_a_fact_check(code_titled):
    found = code_titled(
        "A viral post claimed that Norwegian police had arrested an Iranian diplomat in Oslo, but "
        "the police said no arrest was made. We rate the claim false.",
        "Did Norway arrest an Iranian diplomat?",
    )
    assert not [m for m in found if m.event_type == "COERCE" and m.modality == "claimed"], _show(
        found
    )


def test_a_claim_rated_true_stays_a_claim(code_titled):
    found = code_titled(
        FALSE_CHECK.replace("has not expelled", "expelled").replace(
            "Rating: False", "Rating: True"
        ),
        "Fact check: Norway expelled Iran's ambassador",
    )
    assert _expulsions(found), _show(found)


def test_be_to_sign_is_an_arrangement_not_a_signing(code):
    found = code(
        "The Zambian president arrived in Lilongwe on Monday. During the visit the two "
        "governments are to sign agreements on trade and rail transport."
    )
    signings = [m for m in found if m.cameo.startswith("057") or m.event_type == "AGREE"]
    assert signings, _show(found)
    assert all(m.modality == "future" for m in signings), _show(found)


def test_is_to_visit_is_planned(code):
    found = code("Kenya's foreign minister is to visit Addis Ababa for talks on the dam.")
    visits = [m for m in found if m.event_type in ("CONSULT", "AGREE")]
    assert visits and all(m.modality == "future" for m in visits), _show(found)


OWN_DUTY = (
    "China has funded new patrol boats for Samoa's navy. "
    '"Our sailors should be trained by partners who share our values," Samoa\'s defence '
    "minister said on Monday. China's embassy declined to comment."
)


def test_a_duty_laid_on_the_speakers_own_side_asks_nothing_of_the_other_state(code):
    found = code(OWN_DUTY)
    assert not [
        m
        for m in found
        if m.event_type in ("REQUEST", "DEMAND") and "CHN" in {p.country for p in m.recipient}
    ], _show(found)


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_duty_laid_on_the_other_state_is_still_asked_of_it(code):
    found = code(OWN_DUTY.replace('"Our sailors should', '"China should'))
    assert [
        m
        for m in found
        if m.event_type in ("REQUEST", "DEMAND") and "CHN" in {p.country for p in m.recipient}
    ], _show(found)
