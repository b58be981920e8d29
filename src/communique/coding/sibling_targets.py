"""The target of an untargeted act told beside its doer's targeted one: "X accused Y of spying
*and said it would not bow to pressure*", "X urged Y and Z to show restraint *and offered to
mediate*", "X expelled Y's envoy, *warning that it would respond to any provocation*". One doer,
one breath, one other side: an act that names no target of its own, joined to an act of the
same doer that does (a coordinated verb, the complement of one, or a participle on it), is
aimed at that act's target when the two acts are of one kind, hostile or friendly (rule
recipient.sibling_target).

News style packs a speaker's reaction into one sentence: the charge, then the refusal or the
warning that goes with it; the appeal, then the offer that answers it. The second verb has no
object that is a party, since the first one named it. An act with an addressee of its own
("urged *the donors* to ...") or a named object ("rejected *Chile's* plan") keeps its own
reading (no target when that addressee cannot be placed), and a friendly act never takes the
target of a hostile one ("condemned X's raid and said it stood with its ally": the ally is not X).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.context_recipients import act_nouns, same_side
from communique.coding.rules import Because
from communique.model import Actor

# the untargeted act's type -> the types of the doer's targeted act whose target it takes; a
# demand is no source of a hostile act (a demand is often made of a third party: "condemned
# the raid and asked the UN to investigate")
HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
FRIENDLY = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID"})
SOURCES: dict[str, frozenset[str]] = {
    "ACCUSE": HOSTILE,
    "REJECT": HOSTILE,
    "THREATEN": HOSTILE,
    # not an act of force ("police arrested five protesters and demanded calm": a call to
    # everyone, not to those held)
    "REQUEST": (HOSTILE - {"COERCE", "ASSAULT"}) | FRIENDLY,
    # an offer answering an appeal ("urged X and Y to talk and offered to mediate")
    "AGREE": FRIENDLY | {"REQUEST"},
    "SUPPORT": FRIENDLY,
    # a concession ("agreed to ease the curfew"): made to the other side, whatever it did (a
    # refused one, "would not bow to pressure", is a rejection: REFUSED)
    "CONCEDE": HOSTILE | FRIENDLY,
    "RETREAT": HOSTILE | FRIENDLY,
}
# acts whose refusal is coded a rejection (rule recode.refusal, made later): "would *not* bow to
# pressure", "would not negotiate", "would not recognise"
REFUSED = frozenset({"SUPPORT", "AGREE", "CONCEDE", "RETREAT", "CONSULT", "COOPERATE", "AID"})
# acts whose object is whom they are addressed to ("urged *the donors*", "offered *them*"):
# an object there, placed or not, is their own target
ADDRESSED = frozenset({"REQUEST", "AGREE"})
# how a clause hangs on the one it is told with: a coordinated verb, a complement (a report's
# "said", "vowed to"), a participle or adverbial clause ("..., warning that ..."), a predicate
# adjective ("it was *ready* to ...")
LINKS = frozenset({"conj", "ccomp", "xcomp", "advcl", "acomp"})
# recipients found by convention or from other sentences: not a target the sentence names
CONTEXT_RULES = frozenset(
    {
        "recipient.story_counterpart",
        "recipient.story_body",
        "recipient.home_story",
        "recipient.home_office",
        "recipient.domestic_target",
        "recipient.earlier_act",
        "recipient.earlier_general_act",
        "recipient.sibling_target",
    }
)
# a target assumed for want of one named ("would not bow to pressure": its own state's people)
# gives way to the one the sentence names
DEFAULT_RULES = frozenset(
    {"recipient.domestic_target", "recipient.home_story", "recipient.home_office"}
)
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "nsubjpass"})
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _spine(tok: Token) -> list[Token]:
    """``tok`` and the verbs its clause hangs on through LINKS, nearest first; not past a verb
    joined to another with a subject of its own named by a noun ("the president rejected the
    petition, and *the court* dismissed the appeal": two doers, two acts)."""
    out = [tok]
    while out[-1].dep_ in LINKS and out[-1].head != out[-1] and len(out) < 6:
        if out[-1].dep_ == "conj" and _own_subject(out[-1]):
            break
        out.append(out[-1].head)
    return out


def _own_subject(verb: Token) -> bool:
    """A verb whose subject is a noun or name (not a pronoun standing for the one before)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )


def _names_party(tok: Token) -> bool:
    """A word that names a party: a proper name, a name the parser tags, or a pronoun (not a
    relative one: "*which* Y rejected" takes up the noun it hangs on)."""
    if tok.tag_ in ("WDT", "WP") or tok.lower_ in ("which", "that", "who", "whom"):
        return False
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in PARTY_ENTS


def _kind(cand: Candidate) -> str:
    """The act's type as it will be coded: a refusal is a rejection (rule recode.refusal); a
    promise of a hostile act ("said it was *ready* to use force", "vowed to hit back") is a
    threat (rule recode.promised_act); both made later."""
    if cand.plover in REFUSED and negated(cand.trigger.token):
        return "REJECT"
    content = cand.content
    if (
        cand.plover == "AGREE"
        and content is not None
        and content.cameo.quad_class in (3, 4)
        and not negated(content.token)
    ):
        return "THREATEN"
    return cand.plover


def _owned(noun: Token) -> bool:
    """A noun whose owner is named ("welcomed *Egypt's* proposal"); not one owned by a pronoun,
    which here is mostly the doer's own ("offered *its* help") or the other side of a relation
    it names as its own ("accusing *its* neighbour"): the party the act told with it names."""
    return any(g.dep_ == "poss" and g.pos_ != "PRON" for g in noun.children)


def negated(tok: Token) -> bool:
    """ "would *not* negotiate", "refused to negotiate" is read as a refusal later (recode)."""
    return any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_ in ("refuse", "decline")
    )


def own_object(cand: Candidate) -> bool:
    """Whether the act has an object of its own that may be its target: a party named as its
    object or after a preposition; for an act addressed to someone (REQUEST, AGREE), an object
    told what to do ("urged *the soldiers* to return") or the object of 'on', 'upon' or 'to'
    ("called on *the donors*", "appealed to *the donors*"), placed or not."""
    for head in cand.trigger.tokens:
        told = any(c.dep_ in ("xcomp", "ccomp") for c in head.children)
        for child in head.children:
            if child.dep_ in OBJECT_DEPS and (
                _names_party(child)
                or (cand.plover in ADDRESSED and told)
                or _owned(child)  # "welcomed X's plan": its author's (recipient.proposer)
            ):
                return True
            if child.dep_ == "prep":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if child.lower_ in ("on", "upon", "to") and cand.plover in ADDRESSED and objs:
                    return True
                if any(_names_party(o) for o in objs):
                    return True
    return False


def sibling_target(cand: Candidate, kept: Sequence[Candidate]) -> bool:
    """Aim ``cand``, an act with no target, at the target of its doer's act told with it (rule
    recipient.sibling_target). True when it set the recipients."""
    if cand.joint or cand.unattributed or not cand.actors:
        return False
    if cand.recipients and not (cand.assumed_recipient and cand.recipient_rule_id in DEFAULT_RULES):
        return False
    kind = _kind(cand)
    sources = SOURCES.get(kind)
    if sources is None or own_object(cand):
        return False
    mine = _spine(cand.trigger.token)
    mine_at = {t.i for t in mine}
    best: tuple[int, Candidate] | None = None
    for other in kept:
        if other is cand or _kind(other) not in sources or not other.recipients:
            continue
        if _kind(other) == kind:
            continue  # "will defend X and will defend Y": one kind of act twice, two objects
        if other.assumed_recipient or other.recipient_rule_id in CONTEXT_RULES:
            continue
        if not all(a.country for a in other.recipients):
            continue  # "handed the envoy a note": a target the story does not place
        if other.trigger.token.sent.start != cand.trigger.token.sent.start:
            continue
        if not same_side(other.actors, cand.actors):
            continue  # another doer's act
        theirs = _spine(other.trigger.token)
        meet = next((k for k, t in enumerate(theirs) if t.i in mine_at), None)
        if meet is None:
            continue
        steps = meet + next(k for k, t in enumerate(mine) if t.i == theirs[meet].i)
        if best is None or steps < best[0]:
            best = (steps, other)
    if best is None:
        return False
    other = best[1]
    _aim_at(cand, other.recipients, "recipient.sibling_target", word=other.trigger.words())
    return True


def _aim_at(cand: Candidate, parties: Sequence[Actor], rule: str, **slots: str) -> None:
    """``cand`` is aimed at ``parties`` (rule ``rule``, its slots and the parties' words as
    ``who``), no longer at a target assumed."""
    why = Because.of(rule, **slots, who=", ".join(a.text or a.code or "" for a in parties))
    cand.set_recipients(list(parties), why, assumed=False)


# the acts a relative clause may judge: it rejects, accepts, condemns or welcomes what it is on
JUDGING_KINDS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE"})


def relative_antecedent(cand: Candidate, kept: Sequence[Candidate]) -> bool:
    """ "X imposes a fishing ban every summer, *which* Y does not recognise", "X annexed the
    islands, a move Y has never accepted", "X dissolved parliament, a decision Y condemned": a
    judgment told in a relative clause on the act its sentence tells (the act's own noun, a
    general act noun of act_nouns.tsv, or a 'which' after a comma, which takes up the clause
    before it) and naming no target of its own is aimed at that act's doers, another party's
    (rule recipient.relative_antecedent). True when it set the recipients."""
    if cand.recipients or cand.joint or cand.unattributed or not cand.actors:
        return False
    if _kind(cand) not in JUDGING_KINDS:
        return False
    tok = cand.trigger.token
    if tok.dep_ != "relcl" or own_object(cand):
        return False
    noun = tok.head
    first = tok.left_edge  # "which Y (has refused to) recognise": the clause's first word
    rel = first if first.tag_ in ("WDT", "WP") or first.lower_ == "that" else None
    after_comma = (
        rel is not None and rel.lower_ == "which" and rel.i > 0 and rel.nbor(-1).text == ","
    )
    general = noun.lemma_.lower() in act_nouns() or noun.lower_ in act_nouns()
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for other in kept:
        if other is cand or not other.actors or other.unattributed:
            continue
        own = noun in other.trigger.tokens  # "imposes a *ban*": the act's own noun
        if not (own or ((general or after_comma) and verb in other.trigger.tokens)):
            continue
        if same_side(other.actors, cand.actors):
            return False  # its own side's act: not aimed at itself
        _aim_at(
            cand,
            other.actors,
            "recipient.relative_antecedent",
            noun=rel.text if after_comma and not own and rel is not None else noun.text,
            word=other.trigger.words(),
        )
        return True
    return False
