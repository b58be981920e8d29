"""Whose voice a page speaks in (branch genre45): an opinion column's "our" and "we" are the
writer's state, a press release's bare "the Minister" is the issuer's, an interview's guest
named by office takes the state the headline gives that office, and a newsletter's numbered
headings of two decks still make items. Pages and sentences invented for these tests."""

from __future__ import annotations

import pytest

from communique.articles.briefing import briefing_items
from support import countries as _countries


@pytest.fixture(scope="module")
def page(nlp):
    """Code a page with a headline and a publisher, published on 2026-03-14."""
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None = None, publisher: str | None = None):
        article = Article(
            text=text, title=title, publisher=publisher, published="2026-03-14", id="t"
        )
        return code_article(article, nlp(text))

    return run


def _of(got, kind):
    return [m for m in got if m.event_type == kind]


def _show(got):
    return [(m.event_type, m.evidence.trigger, _countries(m.actor), m.explanation) for m in got]


COLUMN = (
    "Ana Petrova is a trade lawyer who once worked for the Bulgarian customs agency.\n\n"
    "Turkey closed its border crossings to Bulgarian lorries on Monday. Ankara says the "
    "checks are about safety. Turkish officials have said so before, and Turkish ministers "
    "will say so again.\n\n"
    "Our finance minister met the ambassador of Greece on Tuesday to ask for help at the "
    "border.\n\n"
    "We should not answer in kind. Turkey buys our wheat and sells us its steel, and a "
    "quarrel at the border hurts the small firms of both countries first."
)


def test_a_columns_our_minister_is_the_writers_state(page):
    got = page(COLUMN, "The border is a bill, and we should refuse to pay it", "ledger.example")
    met = [m for m in _of(got, "CONSULT") if "met" in m.evidence.trigger]
    assert met, _show(got)
    assert _countries(met[0].actor) == {"BGR"}
    assert "[resolve.writer_voice]" in met[0].explanation


def test_a_quoted_we_is_still_the_speaker(page):
    text = (
        "Ana Petrova is a trade lawyer who once worked for the Bulgarian customs agency.\n\n"
        "Turkey closed its border crossings to Bulgarian lorries on Monday.\n\n"
        '"We reject the accusation of Sofia," the Turkish trade minister said on Tuesday.\n\n'
        "Bulgaria has asked the European Commission to look into the closure."
    )
    got = page(text, "A bill at the border", "ledger.example")
    rejects = _of(got, "REJECT")
    assert rejects, _show(got)
    assert _countries(rejects[0].actor) == {"TUR"}


RELEASE = (
    "The government has protested to Togo over the arrest of four Ghanaian traders at "
    "the Aflao crossing, the foreign ministry said yesterday.\n\n"
    "In a press release, the ministry said:\n\n"
    '"On Sunday the Togolese police arrested four Ghanaian traders at the border post. '
    "The Government of Ghana regards the arrests as unlawful.\n\n"
    "On Monday the Minister of Foreign Affairs summoned the Togolese envoy to the ministry. "
    'The Minister demanded that Togo free the traders."\n\n'
    "Togo's interior ministry said the four had been held for smuggling. Togolese officials "
    "said the case was before a court in Lome, and Togo would not interfere with it."
)


def test_a_releases_government_is_the_issuers(page):
    got = page(RELEASE, "Ghana protests to Togo over arrested traders", "Coastal Daily")
    lodged = [m for m in _of(got, "ACCUSE") if "protested" in m.evidence.trigger]
    assert lodged, _show(got)
    assert _countries(lodged[0].actor) == {"GHA"}
    assert "[mention.release_issuer]" in lodged[0].explanation
    demand = [m for m in _of(got, "REQUEST") if "demanded" in m.evidence.trigger]
    assert demand, _show(got)
    assert _countries(demand[0].actor) == {"GHA"}


def test_a_bare_minister_in_plain_news_is_not_given_an_issuer(page):
    # no release marker: the page is plain news, the publisher's name no clue for a minister
    text = (
        "Togo's police arrested four Ghanaian traders at the Aflao crossing on Sunday. Togo "
        "said the traders were smugglers, and Togolese officials said Togo would not free "
        "them.\n\n"
        "On Monday the Minister of Foreign Affairs summoned the Ghanaian ambassador and "
        "accused Ghana of ignoring smuggling at its border."
    )
    got = page(text, "Togo holds four traders", "The Ghana Herald")
    accuse = [m for m in _of(got, "ACCUSE") if "accused" in m.evidence.trigger]
    assert accuse, _show(got)
    assert "GHA" not in _countries(accuse[0].actor)


INTERVIEW = (
    "Latvia raised the fees for Estonian ships at its ports on Thursday. Latvia's transport "
    "ministry said the fees were overdue, and Latvian officials said Riga would not go back "
    "on them. Latvia says its ports lose money.\n\n"
    "Trade Minister Jaan Tamm answered our questions at the ministry.\n\n"
    "Baltic Review: Riga says the fees are overdue. Are they?\n\n"
    "Tamm: No. The fees break our agreement, and we reject the claim.\n\n"
    "Baltic Review: What will you do?\n\n"
    "Tamm: We have asked the European Commission to look at the fees."
)


def test_an_interview_guest_takes_the_state_the_headline_gives_the_office(page):
    title = "'We will not pay twice': Estonia's trade minister on the port fee row"
    got = page(INTERVIEW, title, "balticreview.example")
    rejects = _of(got, "REJECT")
    assert rejects, _show(got)
    assert _countries(rejects[0].actor) == {"EST"}


def test_a_guest_placed_in_the_text_keeps_that_state(page):
    # the headline gives the office Estonia; the text places its holder in Latvia by name
    text = INTERVIEW.replace(
        "Trade Minister Jaan Tamm answered", "Latvia's Trade Minister Jaan Tamm answered"
    )
    title = "'We will not pay twice': Estonia's trade minister on the port fee row"
    got = page(text, title, "balticreview.example")
    rejects = _of(got, "REJECT")
    assert rejects, _show(got)
    assert _countries(rejects[0].actor) == {"LVA"}


TWO_DECKS = (
    "Good morning. Three quarrels between neighbours this week.\n\n"
    "1. Ruritania doubles its port fees for lorries. Its neighbours say they will take "
    "their trade elsewhere\n\n"
    "Kenya raised port fees on Monday. Uganda said it would reply.\n\n"
    "2. Rice permits frozen for sixty days\n\n"
    "The Philippines stopped issuing rice permits. Vietnam asked for an exemption.\n\n"
    "3. Coal lorries stuck at the border\n\n"
    "China stopped clearing coal lorries. Mongolia asked Beijing to resume.\n"
)


def test_a_numbered_heading_of_two_decks_makes_an_item():
    starts = briefing_items(TWO_DECKS)
    assert [TWO_DECKS[s : s + 2] for s in starts] == ["1.", "2.", "3."]


def test_numbered_sentences_of_a_release_are_still_no_items():
    text = (
        "1. The Ministry of External Relations of Ghana welcomes the release of the four traders "
        "held since Sunday at the border post.\n\n"
        "2. The Ministry thanks the authorities of Togo for their cooperation in the matter.\n\n"
        "3. The Ministry will keep the families of the traders informed of every step.\n"
    )
    assert briefing_items(text) == []


DATED_INTERVIEW = (
    "Latvia raised the fees for Estonian ships at its ports on Monday.\n\n"
    "Estonia's trade minister, Jaan Tamm, gave us this interview on Thursday.\n\n"
    "Baltic Review: Riga says the fees are overdue. Are they?\n\n"
    "Tamm: No. We reject the claim.\n\n"
    "Baltic Review: Have you talked to Riga?\n\n"
    "Tamm: I met the Latvian ambassador this morning."
)


def test_an_interviews_answers_are_of_the_day_it_was_held(page):
    # published on Saturday 14 March 2026; the interview was held on Thursday the 12th
    got = page(DATED_INTERVIEW, "Estonia's trade minister on the port fee row", "review.example")
    rejects = _of(got, "REJECT")
    assert rejects, _show(got)
    assert rejects[0].date == "2026-03-12"
    assert "[date.interview_day]" in rejects[0].explanation
    calls = _of(got, "CONSULT")
    assert calls, _show(got)
    assert calls[0].date == "2026-03-12"


def test_an_answer_with_its_own_day_keeps_it(page):
    text = DATED_INTERVIEW.replace("We reject the claim.", "On Tuesday we rejected the claim.")
    got = page(text, "Estonia's trade minister on the port fee row", "review.example")
    rejects = _of(got, "REJECT")
    assert rejects, _show(got)
    assert rejects[0].date == "2026-03-10"
