"""A story's opening subject after its dateline ("OSLO (Wire) - Norway on Monday accused ..."):
spaCy's small model reads it as a noun with a reduced relative clause after a blanked dateline,
or as an apposition of the dateline's place where the dateline is parsed as words, and the event
loses its doer; ``communique.opening_subjects`` re-hangs the parse. Every story is invented."""

from __future__ import annotations

import pytest

from communique.model import Article

HEAD = "# Pipeline sabotage blamed on foreign unit\n\n---\n\n*Baltic Ledger*\n\n12 March 2026\n\n---\n\n"
SABOTAGE = (
    " on Thursday attributed last week's sabotage of a gas pipeline near Esbjerg to a unit of"
    " Iran's Revolutionary Guards and expelled three Iranian envoys, as France announced"
    " sanctions of its own."
)


@pytest.fixture(scope="module")
def ingest_code():
    """Code a text as ingest does (``parse_texts``: datelines blanked)."""
    from communique.coding import code_article
    from communique.parsing import load_pipeline, parse_texts

    nlp = load_pipeline()

    def run(text: str, when: str = "2026-03-12"):
        article = Article(text=text, published=when, id="d")
        (doc,) = list(parse_texts(nlp, [article]))
        return article, code_article(article, doc, nlp)

    return run


def _doers(mentions, event_type):
    return {a.code for m in mentions if m.event_type == event_type for a in m.actor}


@pytest.mark.parametrize(
    ("dateline", "subject", "code"),
    [
        ("THE HAGUE, March 12 (Baltic Ledger) -- ", "The Netherlands", "NLD"),
        ("OSLO (Nordpress) - ", "The Netherlands", "NLD"),
        ("NEW DELHI, May 3 (Agencia Sur) -- ", "The Netherlands", "NLD"),
        ("ABU DHABI — ", "The Netherlands", "NLD"),
    ],
)
def test_subject_after_blanked_dateline_keeps_its_act(ingest_code, dateline, subject, code):
    article, mentions = ingest_code(HEAD + dateline + subject + SABOTAGE)
    assert code in _doers(mentions, "ACCUSE")
    for m in mentions:  # offsets stay those of the story text
        ev = m.evidence
        assert article.text[ev.start : ev.end] == ev.sentence_text
        assert dateline.strip() not in ev.sentence_text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("OSLO (Nordpress) - Norway" + SABOTAGE, "NOR"),
        ("BUENOS AIRES, 5 May 2026 – Chile" + SABOTAGE, "CHL"),
        (
            "HELSINKI, Finland (AP) — The Netherlands on Tuesday accused Belarus of flying drones"
            " over a military airfield near the border and recalled its ambassador from Minsk.",
            "NLD",
        ),
    ],
)
def test_subject_not_an_apposition_of_the_dateline_place(text, code):
    from communique.coding import code_sentence_text

    assert code in _doers(code_sentence_text(text), "ACCUSE")


def test_parse_is_rehung():
    from communique.parsing import load_pipeline

    doc = load_pipeline()("OSLO (Nordpress) - Norway" + SABOTAGE)
    norway = next(t for t in doc if t.text == "Norway")
    assert norway.dep_ == "nsubj"
    assert norway.head.text == "attributed"
    assert norway.head.tag_ == "VBD"
    assert doc[0].head == norway.head  # the place modifies the clause


@pytest.mark.parametrize(
    "text",
    [
        "The envoy, expelled on Monday, left Helsinki with his family.",
        "Troops deployed to the border were withdrawn on Friday.",
        "Norway on Thursday attributed the outage to a storm.",
    ],
)
def test_sound_parses_left_alone(text):
    from communique.opening_subjects import finite_participle
    from communique.parsing import load_pipeline

    doc = load_pipeline()(text)  # a participle set off by commas, or none at all
    assert all(finite_participle(t) is None for t in doc if t.tag_.startswith("NN"))


def test_byline_then_dateline_keeps_the_subject_in_its_sentence(ingest_code):
    """After a byline and a blanked dateline, the model reads "Egypt" as a sentence of its own."""
    text = (
        "By Maren Holt\n\nKAMPALA, Uganda — Egypt expelled two Sudanese diplomats it accused of"
        " spying on opposition figures in Cairo."
    )
    article, mentions = ingest_code(text, "2026-06-14")
    assert "EGY" in {a.code[:3] for m in mentions for a in m.actor}
    (m,) = [m for m in mentions if m.evidence.trigger.startswith("expelled")]
    assert m.evidence.sentence_text.startswith("Egypt expelled")
    assert article.text[m.evidence.start : m.evidence.end] == m.evidence.sentence_text
