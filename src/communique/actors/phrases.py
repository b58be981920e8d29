"""Readings of an argument phrase that no actor span covers: is it a doer at all, which words
make it up, which sector its head word names, and is it a reference to earlier actors."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from communique.vocabulary import words

ACTOR_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC"})
_PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "punct", "appos", "nummod"}
NP_PREPS = frozenset({"of", "from"})  # prepositions that stay inside a noun phrase
NOT_ACTORS = words("not_actor_words")
DOMESTIC_ORG_WORDS = words("domestic_org_words")
PLURAL_PRONOUNS = words("plural_pronouns")
TIME_UNITS = words("time_units")
DISTRIBUTIVE_SIDES = words("distributive_sides")
GROUP_COUNTS = {w.split(":")[0]: int(w.split(":")[1]) for w in words("group_counts")}
# plural nouns for states that a counted group may name ("the three European *countries*")
COUNTED_STATE_NOUNS = frozenset({"countries", "nations", "states", "governments", "capitals"})
PAIR_NOUNS = words("pair_nouns")  # "the pair", "the duo": two parties told of before
BARE_PAIR_PLURALS = words("bare_pair_plurals")  # "the leaders", "the neighbours" (no number)
_NARROWING_DEPS = {"amod", "compound", "poss", "nummod", "prep", "acl", "relcl", "appos", "nmod"}


def phrase_tokens(head: Token, limit: int = 12) -> list[Token]:
    """The noun phrase headed by ``head``: its modifiers, "of X", but not relative clauses."""
    out = [head]
    stack = list(head.children)
    while stack and len(out) < limit:
        tok = stack.pop()
        inside = (
            tok.dep_ in _PHRASE_DEPS
            or (tok.dep_ == "prep" and tok.lower_ in NP_PREPS)
            or (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head in out)
        )
        if inside:
            out.append(tok)
            stack += list(tok.children)
    return sorted(out, key=lambda t: t.i)


def is_actor_like(head: Token, group_words: frozenset[str]) -> bool:
    """Whether a subject/agent that no actor rule resolved still names a doer: a named entity
    (organisation, nationality, place, person, facility) or a collective noun."""
    if head.lower_ in NOT_ACTORS or head.lemma_.lower() in NOT_ACTORS:
        return False
    if head.pos_ in ("PRON", "NUM", "DET") or head.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    if head.ent_type_ in ACTOR_ENTS:
        return True
    return head.lower_ in group_words or head.lemma_.lower() in group_words


@lru_cache(maxsize=1)
def _group_table() -> dict[str, str]:
    """Group and body words of the actor lexicon (``data/actors/roles.tsv``) -> sector."""
    from communique.actors import lexicon as lx

    out: dict[str, str] = {}
    for bucket in lx.lexicon().by_first.values():
        for key, items in bucket.items():
            for _words, entry in items:
                if entry.kind in (lx.GROUP, lx.BODY) and len(key) == 1:
                    out.setdefault(key[0], (entry.sector or "").lstrip("~="))
    return out


def group_words() -> frozenset[str]:
    return frozenset(_group_table()) | DOMESTIC_ORG_WORDS


def group_sector(head: Token) -> str | None:
    table = _group_table()
    return table.get(head.lower_) or table.get(head.lemma_.lower()) or None


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$") or tok.lower_ in PLURAL_PRONOUNS


def is_each_side(tok: Token) -> bool:
    """ "*each side*", "*either party*": one of the story's sides, each in turn."""
    return tok.lemma_.lower() in DISTRIBUTIVE_SIDES and any(
        c.lower_ in ("each", "either") and c.dep_ == "det" for c in tok.children
    )


def is_plural_anaphor(tok: Token) -> bool:
    """'they', 'their', 'both', 'the two countries' (not 'two soldiers', a count)."""
    if tok.lower_ in PLURAL_PRONOUNS:
        return True
    if tok.lemma_.lower() in TIME_UNITS:  # "a two-day visit": a duration
        return False
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "nummod") for c in tok.children):
        return True
    if is_each_side(tok):  # "each side accused the other": the sides the story told of
        return True
    if tok.lower_ in ("sides", "parties") and any(
        c.lower_ == "all" and c.dep_ in ("det", "predet") for c in tok.children
    ):  # "urged all sides to ...": the sides the story told of
        return True
    if is_pair_noun(tok):  # "*the pair* pledged to ...": the two the story set together
        return True
    # "the two countries", "these two leaders": a definite pair; "two soldiers were killed" and
    # "two *RSF* commanders" count or name people, they do not point back
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
    if (
        tok.lower_ == "two"
        and tok.dep_ == "nsubj"
        and not any(c.dep_ == "prep" for c in tok.children)
    ):
        # "met Y, and *the two* agreed to ...": a bare definite pair that does something is the
        # pair the sentence or story told of ("two of the guards", a passive "the two were
        # arrested" count or undergo, they point back to no event's parties)
        return definite
    named = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children)
    return (
        definite
        and not named
        and any(c.lower_ == "two" and c.dep_ == "nummod" for c in tok.children)
    )


def group_count(tok: Token) -> int | None:
    """ "the three European countries", "all four capitals": a definite group of three or more
    states, counted (vocabulary group_counts), that points back to states the story named
    together; None for anything else ("three soldiers", "three Gulf states", "three countries")."""
    if tok.lower_ not in COUNTED_STATE_NOUNS:
        return None
    count = next(
        (
            GROUP_COUNTS[c.lower_]
            for c in tok.children
            if c.dep_ == "nummod" and c.lower_ in GROUP_COUNTS
        ),
        None,
    )
    if count is None:
        return None
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
        or (c.dep_ in ("det", "predet") and c.lower_ == "all")
        for c in tok.children
    )
    named = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in tok.children)
    return count if definite and not named else None


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children)


def is_pair_noun(tok: Token) -> bool:
    """ "*the pair* agreed", "*the duo* signed": a definite pair noun (vocabulary pair_nouns) that
    acts, with nothing of its own ("a pair of drones", "the pair of envoys" count things)."""
    return (
        tok.lower_ in PAIR_NOUNS
        and tok.dep_ == "nsubj"
        and _definite(tok)
        and not any(c.dep_ in _NARROWING_DEPS for c in tok.children)
    )


def is_bare_pair_plural(tok: Token) -> bool:
    """ "*the leaders* signed", "*the neighbours* agreed": a bare definite plural of rulers or
    neighbours (vocabulary bare_pair_plurals) that acts, with no number, owner, adjective or
    phrase of its own ("the leaders of the bloc", "Gulf leaders", "the two leaders" are not
    bare); whether it is the story's last pair the resolver decides (rule
    resolve.pair_reference)."""
    return (
        tok.lower_ in BARE_PAIR_PLURALS
        and tok.tag_ in ("NNS", "NNPS")
        and tok.dep_ == "nsubj"
        and _definite(tok)
        and not any(c.dep_ in _NARROWING_DEPS | {"conj"} for c in tok.children)
    )
