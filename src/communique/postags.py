"""Penn Treebank tag sets that several parse repairs and coder stages test tokens against.

spaCy's English models give each token a fine-grained Penn tag (``token.tag_``); these are the
groups the project reads, kept in one place so that every stage means the same thing by them.
"""

from __future__ import annotations

FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "urged", "urges", "urge"
FINITE_OR_MODAL_TAGS = FINITE_VERB_TAGS | {"MD"}  # ... and "will", "would", "must"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})  # common and proper nouns, one or many
