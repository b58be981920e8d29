"""Organisations the actor data does not list, read by the head noun of their name
(data/actors/org_heads.tsv, rule mention.organisation). Invented sentences."""

from __future__ import annotations

import pytest

from communique.actors import find_actors


def orgs(nlp, text):
    return {
        sp.actor.text: sp.actor.code
        for sp in find_actors(nlp(text))
        if sp.rule_id == "mention.organisation"
    }


def code_text(nlp, text):
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, id="o", published="2024-05-06"), nlp(text))


def test_a_named_body_takes_the_story_country_and_its_acronym_names_it_again(nlp):
    text = (
        "ACCRA, May 4 - The Association of Bus Drivers (ABD) met on Friday. "
        "The ABD said it would strike."
    )
    found = orgs(nlp, text)
    assert found["Association of Bus Drivers (ABD)"] == "GHALAB"  # drivers: a workers' body
    assert found["ABD"] == "GHALAB"


def test_a_place_or_nationality_in_the_name_beats_the_dateline(nlp):
    found = orgs(nlp, "LONDON, May 4 - The Manitoba Federation of Nurses criticised the plan.")
    assert found["Manitoba Federation of Nurses"] == "CANLAB"
    found = orgs(nlp, "LIMA, May 4 - The Chilean League for Clean Air criticised the plan.")
    assert found["Chilean League for Clean Air"] == "CHLNGO"
    found = orgs(nlp, "LIMA, May 4 - The Global Alliance for Clean Air criticised the plan.")
    assert found["Global Alliance for Clean Air"] == "NGO"  # across borders: no state's


def test_level_of_government_and_bodies_of_groups(nlp):
    found = orgs(nlp, "ACCRA, May 4 - The municipal council refused the permit.")
    assert found["municipal council"] == "GHAGOV"
    found = orgs(nlp, "MANILA, May 4 - A coalition of rights groups demanded an inquiry.")
    assert found["coalition of rights groups"] == "PHLHRI"


def test_the_head_word_refers_back_to_the_named_body(nlp):
    text = (
        "DHAKA, May 4 - The Forum for Fair Wages published a report. "
        "The forum accused the ministry of ignoring it."
    )
    assert orgs(nlp, text)["forum"] == "BGDNGO"


def test_no_organisation_from_a_lone_head_a_sentence_start_or_sport(nlp):
    assert not orgs(nlp, "The Office drew eight million viewers.")
    assert not orgs(nlp, "Council staff cleared the drains on Monday.")
    assert not orgs(nlp, "The National Hockey Association fined the goalkeeper.")
    assert not orgs(nlp, "The QZX said it would sue the minister.")  # never defined
    assert not orgs(nlp, "Fans filled the Harbor Bank Center for the final.")  # an arena
    assert not orgs(nlp, "The American League suspended the pitcher.")  # a nationality alone
    assert not orgs(nlp, "Dock Workers Federation Rejects Pay Offer")  # a title-case headline


def test_a_body_the_lexicon_knows_by_its_initials_stays_that_body(nlp):
    text = "The UN Relief and Works Agency (UNRWA) said on Monday that UNRWA staff were safe."
    spans = find_actors(nlp(text))
    assert not [sp for sp in spans if sp.rule_id == "mention.organisation"]
    unrwa = [sp.actor.country for sp in spans if "UNRWA" in sp.actor.text]
    assert len(unrwa) == 2 and set(unrwa) == {"UNO"}


def test_events_of_such_bodies_are_coded_and_sport_or_arts_bodies_are_not(nlp):
    ms = code_text(nlp, "NAIROBI, May 4 - The Institute for Open Budgets condemned the tax bill.")
    assert [(m.event_type, m.actor[0].code) for m in ms] == [("ACCUSE", "KENNGO")]
    assert not code_text(nlp, "The Theatre Critics Guild praised the minister's new play.")


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_a_kind_noun_before_a_name_gives_its_sector_and_names_it_later(nlp):
    text = (
        "NAIROBI, May 4 - The charity Open Hands Relief said on Monday that police had seized "
        "its food trucks. Officials did not comment. Residents queued for water for hours. "
        "Later the charity accused police of stealing the food."
    )
    found = orgs(nlp, text)
    assert found["Open Hands Relief"] == "KENNGO"
    assert found["charity"] == "KENNGO"  # the story's charity, placed as it was
    events = code_text(nlp, text)
    accuse = next(e for e in events if e.cameo.startswith("112"))
    assert [a.code for a in accuse.actor] == ["KENNGO"]


def test_kinds_of_business_and_known_names_after_a_kind_noun(nlp):
    text = "LAGOS, May 4 - The lender Corvana Bank froze the accounts. The bank refused to comment."
    found = orgs(nlp, text)
    assert found["Corvana Bank"] == "NGABUS"
    assert found["bank"] == "NGABUS"
    assert "Hamas" not in orgs(nlp, "GAZA, May 4 - The group Hamas rejected the offer.")
