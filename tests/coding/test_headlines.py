"""Headlines and captions: title case parsed in sentence case, headline grammar (the present for
a past act, "to" + verb for the future, verbs the small model tags as nouns), and sport and
entertainment headlines that stay uncoded. Every headline is invented for these tests."""

from __future__ import annotations

import pytest

from communique.model import Article


@pytest.fixture(scope="module")
def ingest_code():
    """Code a text as ingest does (``parse_texts``: datelines blanked, title case lowered)."""
    from communique.coding import code_article
    from communique.parsing import load_pipeline, parse_texts

    nlp = load_pipeline()

    def run(text: str, when: str = "2024-03-05"):
        article = Article(text=text, published=when, id="h")
        (doc,) = list(parse_texts(nlp, [article]))
        return code_article(article, doc, nlp)

    return run


@pytest.fixture(scope="module")
def headline():
    from communique.parsing import headline_case, load_pipeline

    return headline_case(load_pipeline())


@pytest.mark.parametrize(
    ("title", "sentence_case"),
    [
        (
            "Kenya Expels Ugandan Diplomats Over Spying Claims",
            "Kenya expels Ugandan diplomats over spying claims",
        ),
        (
            "Ethiopia Arrests Opposition Leader In Addis Ababa",
            "Ethiopia arrests opposition leader in Addis Ababa",
        ),
        ("EU Imposes New Sanctions On Belarus", "EU imposes new sanctions on Belarus"),
        (
            "Thousands March In Santiago Against Reform",
            "Thousands march in Santiago against reform",
        ),
        (
            "Kenya: Uganda Must Withdraw Troops From Border",
            "Kenya: Uganda must withdraw troops from border",
        ),
        ("Ruto: 'We Will Not Back Down' On Levy", "Ruto: 'We will not back down' on levy"),
        ("Ghana Slams Togo's Border Closure", "Ghana slams Togo's border closure"),
    ],
)
def test_a_title_case_line_is_put_in_sentence_case_keeping_known_names(
    headline, title, sentence_case
):
    assert headline(title) == sentence_case


def test_only_title_case_segments_change_and_the_length_never_does(headline):
    text = (
        "Peru Recalls Envoy From Chile. Peru recalled its ambassador to Chile on Monday.\n\n"
        "Chilean President Gabriel Boric met Peruvian officials in Santiago."
    )
    out = headline(text)
    assert len(out) == len(text)
    assert out.startswith("Peru recalls envoy from Chile. Peru recalled its ambassador")
    assert out.endswith("Chilean President Gabriel Boric met Peruvian officials in Santiago.")


def test_a_title_case_headline_is_coded_with_its_own_words_as_evidence(ingest_code):
    text = "Kenya Expels Ugandan Diplomats Over Spying Claims. The story continues here."
    (m,) = [m for m in ingest_code(text) if m.event_type == "SANCTION"]
    assert [a.country for a in m.actor] == ["KEN"]
    assert [a.country for a in m.recipient] == ["UGA"]
    assert m.modality == "asserted"
    assert m.evidence.sentence_text == "Kenya Expels Ugandan Diplomats Over Spying Claims."
    assert m.evidence.trigger.startswith("Expels")
    assert text[m.evidence.trigger_start : m.evidence.trigger_end].startswith("Expels")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Protesters Storm Parliament In Nairobi Over Tax Bill", "PROTEST"),
        ("Ghana Slams Togo's Border Closure", "ACCUSE"),
        ("Turkey Deploys Troops To Syrian Border", "MOBILIZE"),
        ("Rebels Attack Army Base In Northern Mali", "ASSAULT"),
    ],
)
def test_title_case_headlines_are_coded(ingest_code, text, plover):
    assert plover in [m.event_type for m in ingest_code(text)]


def test_to_and_a_verb_in_a_title_case_headline_is_a_future_act(ingest_code):
    # a planned expulsion is a threat (the project's rule recode.planned), in the future
    (m,) = ingest_code("Peru To Expel Chilean Diplomats")
    assert (m.event_type, m.modality) == ("THREATEN", "future")
    assert [a.country for a in m.actor] == ["PER"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Protesters storm parliament in Lima over pension bill", "PROTEST"),
        ("Lithuania summons Belarusian envoy over border incident", "ACCUSE"),
    ],
)
def test_a_headline_verb_tagged_as_a_noun_is_read_as_the_verb(code, text, plover):
    assert plover in [m.event_type for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal Beat Chelsea To Go Top Of The League",
        "Real Madrid Sign Brazilian Teenager",
        "Oil Prices Fall As Demand Weakens",
        "Ten Things To Do In Nairobi This Weekend",
    ],
)
def test_sport_business_and_leisure_headlines_stay_uncoded(ingest_code, text):
    assert ingest_code(text) == []
