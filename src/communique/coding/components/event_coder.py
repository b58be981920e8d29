"""The ``communique_event_coder`` component: one Mention per event in each sentence, from the
actor mentions and trigger candidates the two components before it wrote."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.actors.index import ActorIndex
from communique.articles.dateline import opening_dateline
from communique.coding.dates import parse_published
from communique.coding.sentence import SentenceCoder
from communique.coding.story_days import next_attribution_dates, noun_days, same_act_dates
from communique.model import Article, Mention


def dateline_end(text: str) -> int:
    """Where a dateline at the start of the story ends (0 if there is none): its words name
    where the story was filed, never who acted."""
    found = opening_dateline(text)
    return found.end if found is not None else 0


class EventCoder:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.communique_article
        if article is None:
            article = Article(text=doc.text)
            article.ensure_id()
        if doc._.communique_actor_spans is None or doc._.communique_triggers is None:
            raise ValueError(
                "communique_event_coder needs communique_actor_mentions and "
                "communique_trigger_candidates before it in the pipeline"
            )
        coder = SentenceCoder(
            article,
            doc,
            ActorIndex(doc._.communique_actor_spans),
            doc._.communique_actor_memory,
            parse_published(article.published),
            dateline_end(article.text or doc.text),
        )
        out: list[Mention] = []
        for i, (sent, triggers) in enumerate(
            zip(doc.sents, doc._.communique_triggers, strict=True)
        ):
            out += coder.code(sent, i, triggers)
        # one act told twice, its day named once: every telling takes it (date.same_act)
        published, lead = coder.published[0], coder.dateline_chars
        same_act_dates(out, doc, noun_days(doc, published, lead), published)
        # "X rejected the claims. Its spokesman said on Monday ...": the statement's day
        next_attribution_dates(out, doc, doc._.communique_actor_spans, published)
        doc._.communique_mentions = out
        doc._.communique_dropped = coder.dropped
        return doc


@Language.factory("communique_event_coder")
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()
