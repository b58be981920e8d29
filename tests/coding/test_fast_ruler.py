"""The fast pipeline's shortcuts change no annotation and no coded event (speed only): the
attribute ruler's kinds of token found by per-attribute masks, the story-level caches kept for
a whole ingest batch, and a story's counterpart words found once. Invented text."""

from __future__ import annotations

from communique.model import Article
from communique.parsing import _spec_ok, load_pipeline
from communique.pipeline import code_articles

TEXTS = [
    "The Ruritanian navy seized two fishing boats off the coast on Tuesday, officials said.",
    "Minister Ana Dobre and her Moldovan counterpart, Ion Rusu, signed a water treaty in Iasi.",
    "Hundreds of farmers blocked the ring road in protest at lower grain prices.",
    "   Isn't it odd?  The U.N. envoy's aides -- 12 of them -- left at 6 p.m. #talks @desk",
    "Police in Freedonia arrested a former mayor accused of taking bribes; he denies it.",
]


def test_kinds_of_token_pass_the_same_patterns_as_tested_one_by_one():
    """Every kind of token the ruler has met gets the patterns a test of each pattern token
    gives (what spaCy's attribute ruler applies), single-token and first-of-several alike."""
    nlp = load_pipeline()
    ruler = nlp.get_pipe("fast_attribute_ruler")
    list(nlp.pipe(TEXTS))
    assert ruler._kinds
    for key, single, starts in ruler._kinds.values():
        assert single == tuple(sorted({pid for pid, spec in ruler.single if _spec_ok(spec, key)}))
        assert starts == tuple(
            n for n, (_, pat, _) in enumerate(ruler.multi) if _spec_ok(pat[0], key)
        )


def test_fast_ruler_sets_what_spacys_ruler_sets():
    fast, full = load_pipeline(), load_pipeline(fast=False)
    for a, b in zip(fast.pipe(TEXTS), full.pipe(TEXTS), strict=True):
        assert [(t.pos_, str(t.morph)) for t in a] == [(t.pos_, str(t.morph)) for t in b]


def _events(coded) -> list[tuple]:
    return [
        (m.sentence, m.event_type, m.cameo, str(m.actor), str(m.recipient), m.confidence)
        for m in coded.mentions
    ]


def test_a_batch_of_many_stories_codes_each_as_alone():
    """More stories in one batch than a small cache holds (the gate reads them all before the
    coder reads the first again): each story's events are those it gets in a batch of one."""
    stories = [f"{t} It happened again in week {n}." for n in range(3) for t in TEXTS]
    nlp = load_pipeline()

    def articles():
        return [Article(text=t, id=f"s{n}", published="2026-03-02") for n, t in enumerate(stories)]

    batch = [_events(c) for c in code_articles(articles(), nlp=nlp)]
    alone = [_events(c) for c in code_articles(articles(), nlp=nlp, batch_size=1)]
    assert batch == alone
    assert sum(map(len, alone)) >= 3
