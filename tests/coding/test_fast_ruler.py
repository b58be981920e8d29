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


def test_full_speed_caches_are_emptied_and_refilled_with_the_same_results(monkeypatch):
    """A long ingest meets new words without end: each speed cache is emptied when it is full
    and refills, so memory stays bounded, and the annotations and events are unchanged."""
    import communique.parsing as parsing

    nlp = load_pipeline()
    before = [[(t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in d] for d in nlp.pipe(TEXTS)]
    events_before = [_events(c) for c in code_articles(_articles(), nlp=nlp)]
    monkeypatch.setattr(parsing, "CACHE_ENTRIES", 7)
    ruler, sentences = nlp.get_pipe("fast_attribute_ruler"), nlp.get_pipe("event_sentences")
    caches = [ruler._kinds, *ruler._value_masks, sentences._lemmas, sentences.which._cache]
    for cache in caches:  # every word is new again: each cache fills and is emptied many times
        cache.clear()
    after = [[(t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in d] for d in nlp.pipe(TEXTS)]
    assert all(0 < len(cache) <= 7 for cache in caches)
    assert after == before
    assert [_events(c) for c in code_articles(_articles(), nlp=nlp)] == events_before


def _articles() -> list[Article]:
    return [Article(text=t, id=f"c{n}", published="2026-03-02") for n, t in enumerate(TEXTS)]
