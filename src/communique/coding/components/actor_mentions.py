"""The ``communique_actor_mentions`` component: every actor mention of the story (countries,
persons, bodies, roles, groups, references), resolved with one actor memory for the story."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from communique.actors.memory import ActorMemory
from communique.coding.dates import parse_published


class ActorMentions:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        from communique.actors import find_actors

        article = doc._.communique_article
        published, _ = parse_published(article.published if article is not None else None)
        memory = ActorMemory()
        spans = find_actors(
            doc, published, dateline=article.dateline if article else None, memory=memory
        )
        doc._.communique_actor_spans = spans
        doc._.communique_actor_memory = memory
        doc.spans[self.spans_key] = [
            Span(doc, sp.start, sp.end, label=sp.actor.code or "") for sp in spans
        ]
        return doc


@Language.factory("communique_actor_mentions", default_config={"spans_key": "communique_actors"})
def make_actor_mentions(nlp: Language, name: str, spans_key: str) -> ActorMentions:
    return ActorMentions(spans_key)
