"""Actors from the converted PETRARCH-2 dictionaries (roles_petrarch, groups_petrarch,
bodies_petrarch, leaders_phoenix): what they add, what the filters keep out, and which file wins
where two disagree. Sentences invented for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from communique.actors import find_actors
from communique.actors.leaders import CONVERTED_UNTIL, holder_on, terms
from communique.actors.lexicon import lexicon
from communique.model import Article


def spans_by_text(nlp, text, when=None):
    return {sp.actor.text: sp for sp in find_actors(nlp(text), when)}


def test_multiword_role_words_give_their_sector(nlp):
    spans = spans_by_text(nlp, "Riot police clashed with student protesters in Niamey.")
    assert spans["Riot police"].actor.code == "NERCOP"
    assert spans["student protesters"].actor.code == "NEROPP"
    spans = spans_by_text(nlp, "A suicide bomber struck a wedding party in Kandahar on Friday.")
    assert spans["suicide bomber"].actor.code == "AFGREB"


def test_armed_men_are_coded_as_the_doer_of_an_attack(nlp):
    from communique.coding import code_article

    text = "Armed men attacked a convoy near Gao, Mali, on Sunday, killing four drivers."
    mentions = code_article(Article(text=text, id="t", published="2021-03-02"), nlp(text))
    assault = [m for m in mentions if m.event_type == "ASSAULT"]
    assert assault, mentions
    assert {(a.country, a.sector) for a in assault[0].actor} == {("MLI", "UAF")}


def test_armed_groups_by_name_and_alias(nlp):
    spans = spans_by_text(nlp, "Boko Haram fighters raided two villages, witnesses said.")
    assert spans["Boko Haram fighters"].actor.code == "NGAREB"
    spans = spans_by_text(nlp, "The DFLP rejected the proposal on Tuesday.")
    assert spans["The DFLP"].actor.code == "PSEREB"
    spans = spans_by_text(nlp, "Al-Shabaab claimed the raid on the garrison.")
    assert spans["Al-Shabaab"].actor.country == "SOM"


def test_an_international_group_is_no_state(nlp):
    from communique.actors.spans import is_state

    found = [sp for sp in find_actors(nlp("Al-Qaeda in the Islamic Maghreb freed a hostage."))]
    assert found and found[0].actor.country == "IMG"
    assert not is_state("IMG")


def test_international_bodies_by_acronym_and_name(nlp):
    spans = spans_by_text(nlp, "The IPCC and the OHCHR published reports on Monday.")
    assert spans["The IPCC"].actor.code == "UNOENV"
    assert spans["the OHCHR"].actor.country == "UNO"


def test_hand_written_rows_win_over_converted_ones():
    lex = lexicon()
    # roles.tsv says REB, Phoenix.agents UAF; bodies.tsv says IGO BUS, Phoenix UNO DEV
    (_, gunmen), *_ = lex.by_first["gunmen"][("gunmen",)]
    assert gunmen.sector == "REB"
    entries = [e for _, e in lex.by_first["world"][("world", "bank")]]
    assert [(e.country, e.sector) for e in entries] == [("IGO", "BUS")]


@pytest.mark.parametrize(
    "text, word",
    [
        ("A native of the valley said the harvest was late.", "native"),
        ("The boss of the bakery said bread prices would rise.", "boss"),
        ("The victim was taken to a hospital in the capital.", "hospital"),
        ("Aid workers visited the refugee camps near the border.", "refugee"),
        ("Hikers and publishers gathered at the lake on Saturday.", "hikers"),
        ("Hikers and publishers gathered at the lake on Saturday.", "publishers"),
    ],
)
def test_filtered_common_words_are_no_actors(nlp, text, word):
    assert not any(word in sp.actor.text.lower() for sp in find_actors(nlp(text)))


def test_converted_office_holders_before_2014_the_projects_own_rows_after():
    until = CONVERTED_UNTIL["data/actors/leaders_phoenix.tsv"]
    # only in the converted file: in office in 2010, a former official after the cut-off
    assert holder_on("Basile Ikouebe", date(2010, 5, 1)).country == "COG"
    assert holder_on("Basile Ikouebe", date(2019, 5, 1)) is None
    (term,) = terms("Basile Ikouebe")
    assert term.open_end and term.end == until  # open when the source was made
    # in both: the converted term before 2014, the project's own (leaders_recent.tsv) after
    before = holder_on("Barham Salih", date(2005, 3, 1))
    assert (before.country, before.office) == ("IRQ", "official")
    after = holder_on("Barham Salih", date(2020, 1, 1))
    assert (after.country, after.office) == ("IRQ", "head_of_state")
    assert holder_on("Charles Michel", date(2016, 1, 1)).office == "head_of_government"
    # no converted term runs past its source's date
    converted = [t for t in terms("Charles Michel") if t.office == "official"]
    assert converted and all(t.end is not None and t.end <= until for t in converted)


def test_a_converted_office_holder_in_a_story(nlp):
    spans = spans_by_text(nlp, "Basile Ikouebe met the envoy in Brazzaville.", date(2009, 6, 1))
    assert spans["Basile Ikouebe"].actor.code == "COGGOV"
    # after the converted file's date: the country stands, the office is not known ...
    spans = spans_by_text(nlp, "Basile Ikouebe met the envoy in Brazzaville.", date(2021, 6, 1))
    assert spans["Basile Ikouebe"].actor.code == "COG"
    # ... and a title in the text gives it
    text = "Foreign Minister Basile Ikouebe met the envoy in Brazzaville."
    spans = spans_by_text(nlp, text, date(2021, 6, 1))
    assert spans["Foreign Minister Basile Ikouebe"].actor.code == "COGGOV"


def test_lookup_stays_indexed_by_first_token():
    lex = lexicon()
    n_phrases = sum(len(b) for b in lex.by_first.values())
    assert n_phrases > 12000  # the converted files are loaded
    # a token is compared with the phrases that start with it, never with all of them
    assert max(len(b) for b in lex.by_first.values()) < n_phrases / 20
    assert max(lex.max_len.values()) <= 16


def test_a_country_adjective_places_a_cross_border_group(nlp):
    spans = spans_by_text(nlp, "Yemeni Al-Qaeda in the Arabian Peninsula claimed the raid.")
    (span,) = [sp for sp in spans.values() if "Qaeda" in sp.actor.text]
    assert span.actor.country == "YEM"


def test_a_converted_title_before_a_name_still_names_the_person(nlp):
    spans = spans_by_text(nlp, "Sheriff Tom Okafor said the suspect fled north of Tulsa.")
    assert spans["Sheriff Tom Okafor"].actor.code == "USACOP"


def test_everyday_people_words_keep_their_sector_and_are_no_general_actors(nlp):
    from communique.actors.lexicon import everyday_people

    people = everyday_people()
    assert people["fishermen"][0] == "AGR" and people["physicians"][0] == "HLH"
    assert people["schoolteachers"][0] == "EDU" and people["truckers"][0] == "LAB"
    assert "muslims" not in people and "airlines" not in people  # faiths and firms left out
    assert "farmers" not in people  # a role word of roles.tsv: a general actor already
    spans = spans_by_text(nlp, "Fishermen and truckers met the mayor of Valparaiso, Chile.")
    assert "Fishermen" not in spans and "truckers" not in spans


def test_a_date_is_no_group_named_after_a_date(nlp):
    # groups named after a day keep their full names; the bare day is a date
    for text in (
        "Police and strikers clashed on May 15 in the port.",
        "On 17 November the march began.",
    ):
        assert not any(sp.actor.sector == "REB" for sp in find_actors(nlp(text))), text
    spans = spans_by_text(nlp, "Revolutionary Organization 17 November claimed the bombing.")
    assert spans["Revolutionary Organization 17 November"].actor.code == "GRCREB"
