"""Refusals told as a negated passive: "Permission for the march *will not be granted*, the
governor said", "the ministry said *no permits would be issued*". A permission, permit or
exemption refused in the passive with no "by" doer, with "will" or "would", in a clause a verb
of saying governs, is the speaker's own refusal: only the authority that grants a permission
can declare that it will not be granted (rule actor.refusing_speaker; general English usage,
Merriam-Webster 'grant', 'issue'). The negated future then makes the refusal (intent.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import is_passive
from communique.coding.verb_arguments import verb_actor
from communique.model import Actor
from communique.vocabulary import words

GRANTING_VERBS = words("granting_verbs")
SAY_VERBS = words("say_verbs")
FUTURE_AUX = frozenset({"will", "would", "shall"})
SPEECH_DEPS = frozenset({"parataxis", "ccomp"})


def _negated(tok: Token) -> bool:
    """ "will *not* be granted", "*no* permits would be issued" (the passive subject's "no")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(
        c.dep_ in ("nsubjpass", "nsubj") and any(d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _speaker_verb(tok: Token) -> Token | None:
    """The verb of saying that reports the clause of ``tok``: its head ("said permission would
    not be granted") or a verb it governs ("Permission will not be granted, the governor said")."""
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAY_VERBS:
        return tok.head
    for c in tok.children:
        if c.dep_ in SPEECH_DEPS and c.lemma_.lower() in SAY_VERBS and c.i > tok.i:
            return c
    return None


def refusing_speaker(
    resolver: ArgumentResolver, cand: Candidate
) -> tuple[list[Actor], Because] | None:
    """The speaker whose own refusal a negated passive of granting tells, or None."""
    tok = cand.trigger.token
    if cand.actors or tok.pos_ != "VERB" or tok.lemma_.lower() not in GRANTING_VERBS:
        return None
    if not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return None
    if not _negated(tok):
        return None
    spoken = _speaker_actors(resolver, tok)
    if spoken is None:
        return None
    say, actors = spoken
    who = ", ".join(a.text or "" for a in actors)
    return actors, Because.of("actor.refusing_speaker", verb=tok.text, say=say.text, who=who)


def _speaker_actors(resolver: ArgumentResolver, tok: Token) -> tuple[Token, list[Actor]] | None:
    """The verb of saying that governs ``tok``'s clause and the parties its speaker resolves
    to, or None when there is no such verb or its speaker resolves to no party."""
    say = _speaker_verb(tok)
    if say is None:
        return None
    speaker = verb_actor(say)
    if not speaker:
        return None
    actors, _ = resolver.resolve(speaker, fallback="actor")
    return (say, actors) if actors else None


# CAMEO codes of measures only an authority imposes: sanctions (16x: reduce or stop relations,
# aid, trade; embargoes), administrative sanctions (172: bans, bars, closures) and expulsions
# or deportations (174)
ANNOUNCED_MEASURES = ("16", "172", "174")
# sectors of a state's own authorities (government, security forces, courts)
AUTHORITY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})


def announcing_authority(
    resolver: ArgumentResolver, cand: Candidate
) -> tuple[list[Actor], Because] | None:
    """ "A trade ministry said X's steel *will be banned* next year": a measure only an
    authority imposes (a sanction, a ban or bar, an expulsion: CAMEO 16x, 172, 174) told in the
    passive with no "by" doer and with "will" or "would", in a clause a verb of saying governs
    whose speaker is a state's own authority (a government, ministry, force or court), is that
    authority's own measure: only the one who imposes a coming ban can announce it as what will
    be (rule actor.announcing_authority; as actor.refusing_speaker for a refused permission).
    Not an act the speaker only expects of others (an NGO's or a rival's words: no authority of
    the speaker's), nor one in the present ("are barred": a restated consequence). None
    otherwise."""
    tok = cand.trigger.token
    if cand.actors or tok.pos_ != "VERB" or not cand.cameo_code.startswith(ANNOUNCED_MEASURES):
        return None
    if not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return None
    spoken = _speaker_actors(resolver, tok)
    if spoken is None:
        return None
    say, actors = spoken
    if any(not a.country or a.sector not in AUTHORITY_SECTORS for a in actors):
        return None
    who = ", ".join(a.text or "" for a in actors)
    return actors, Because.of("actor.announcing_authority", verb=tok.text, say=say.text, who=who)
