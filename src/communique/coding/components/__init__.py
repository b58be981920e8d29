"""The coder as spaCy components, registered by name and added to the pipeline from the one
configuration in ``communique.nlp.PIPELINE``:

- ``communique_actor_mentions`` writes the story's actor mentions to ``doc.spans`` (key
  ``communique_actors``; label: the actor code) and keeps them, with the story's actor memory,
  in ``doc._.communique_actor_spans`` / ``doc._.communique_actor_memory``;
- ``communique_trigger_candidates`` writes the trigger words of the lexicon to ``doc.spans``
  (key ``communique_triggers``; label: "CAMEO code PLOVER type") and the matched rules to
  ``doc._.communique_triggers``;
- ``communique_event_coder`` codes each sentence and writes the Mentions to
  ``doc._.communique_mentions``.

The article a Doc comes from (for its id, publication date and dateline) is read from
``doc._.communique_article``; without one the Doc is coded as an undated text.
"""

from __future__ import annotations

from spacy.tokens import Doc

for _name in (
    "communique_article",
    "communique_actor_spans",
    "communique_actor_memory",
    "communique_triggers",
    "communique_mentions",
    "communique_dropped",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

CODER_PIPES = (
    "communique_actor_mentions",
    "communique_trigger_candidates",
    "communique_event_coder",
)

# the factories register themselves by name when imported
from communique.coding.components import (  # noqa: E402
    actor_mentions,
    event_coder,
    trigger_candidates,
)

__all__ = ["CODER_PIPES", "actor_mentions", "event_coder", "trigger_candidates"]
