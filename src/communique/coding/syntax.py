"""Small readings of the dependency parse that every argument rule shares, and ``Arg``: the
head words of one argument with the id of the rule that found them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.coding.rules import explain, registry, rule
from communique.doctext import doc_text
from communique.gapping import gapped_doer
from communique.postags import FINITE_OR_MODAL_TAGS
from communique.vocabulary import words

# the tags of relative pronouns: "which", "that" (as a relative), "who", "whom"
RELATIVE_TAGS = ("WDT", "WP")

OWN_POSSESSIVES = words("own_possessives")
REPORTING_VERBS = words("reporting_verbs")
# what a participle after an ordered infinitive says (orderer_speaks)
ORDERERS_ACTS = REPORTING_VERBS | words("addressed_speech_verbs") | words("accusing_verbs")


def doc_chars(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (spaCy joins every token's text each time
    ``doc.text`` is read)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


@dataclass
class Arg:
    """An argument's head words, found by rule ``rule`` (an id of ``rules.tsv``) with ``slots``.

    ``inner`` is the argument of a governing word this one was taken from ("X is *willing* to
    visit": the subject of "willing"); ``prep`` is the preposition for "object of P" rules;
    ``others`` further subjects when the first may not be one (a misparsed dateline)."""

    heads: list[Token] = field(default_factory=list)
    rule: str = ""
    slots: dict[str, str] = field(default_factory=dict)
    others: list[Token] = field(default_factory=list)
    inner: Arg | None = None
    prep: str = ""

    def __bool__(self) -> bool:
        return bool(self.heads)

    def wrap(self, rule_id: str, /, **slots: str) -> Arg:
        """The same words, found by ``rule_id`` from this argument of a governing word."""
        return Arg(self.heads, rule_id, slots, self.others, inner=self)

    @property
    def how(self) -> str:
        """The explanation: this rule's, then the rules it was built on."""
        if not self.rule:
            return ""
        inner = self.inner.how if self.inner is not None else ""
        text = explain(self.rule, inner=inner, **self.slots)
        if self.inner is not None and "{inner}" not in registry()[self.rule].template:
            text += f" ← {inner}"
        return text

    def rules(self) -> list[str]:
        """This rule's id and those it was built on, outermost first."""
        return [self.rule, *(self.inner.rules() if self.inner is not None else [])]


def arg(heads: list[Token], rule_id: str, /, prep: str = "", **slots: str) -> Arg:
    return Arg(heads, rule(rule_id), slots, prep=prep)


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


# the named-entity types of a party: a state (GPE), a people or its government's adjective
# (NORP), an organisation (ORG) -- a group, no single person ...
GROUP_PARTY_ENTS = ("GPE", "NORP", "ORG")
# ... or a person too
PARTY_ENTS = (*GROUP_PARTY_ENTS, "PERSON")


def with_conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words joined to it by "and"/"or" ("Russia and Cuba")."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and not gapped_doer(tok, c):
            out.append(c)
    if tok.tag_ in ("NNS", "NNPS"):  # "the leaders of Egypt, *Ethiopia* and *Sudan*"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in GROUP_PARTY_ENTS:
                        out += [c for c in obj.conjuncts if c.i > obj.i and c.pos_ == "PROPN"]
    return out


def first_conjunct(tok: Token, climb: Callable[[Token], bool] | None = None) -> Token:
    """The first of the words joined by "and"/"or" that ``tok`` is one of: up its ``conj``
    links ("Qatari and *Egyptian* mediators" -> "Qatari", "said and *added*" -> "said"); with
    ``climb``, only up the links from a word it accepts (``climb(word)``: "only when the word
    above is a participle")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and (climb is None or climb(tok)):
        tok = tok.head
    return tok


HEADLINE_NAME_ENTS = PARTY_ENTS


def _headline_name(tok: Token) -> bool:
    """A name ("Kenya", "RSF"), or a noun named by one before it ("Sudan army")."""
    if tok.tag_ == "NNP":
        return tok.ent_type_ in HEADLINE_NAME_ENTS
    return tok.tag_ in ("NN", "NNS") and any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and c.ent_type_ in HEADLINE_NAME_ENTS
        for c in tok.children
    )


def comma_subjects(verb: Token) -> list[Token]:
    """Headline style joins names with a comma for "and" ("Kenya, Uganda *sign* border deal";
    "Egypt, Sudan *hold* talks"; "Sudan army, RSF *clash*"): two or more singular names (or
    nouns named by a place or people before them) right before a plural present verb,
    separated only by commas, all read by the parser as the verb's subjects or as a
    noun-phrase adverbial, are its subjects together. [] otherwise."""
    if verb.tag_ not in ("VBP", "VB") or any(c.dep_ == "aux" for c in verb.children):
        return []
    names = sorted(
        (
            c
            for c in verb.children
            if c.i < verb.i and c.dep_ in ("nsubj", "npadvmod") and _headline_name(c)
        ),
        key=lambda t: t.i,
    )
    if len(names) < 2 or names[-1].dep_ != "nsubj":
        return []
    doc = verb.doc
    for a, b in zip(names, names[1:], strict=False):
        end = max(t.i for t in a.subtree if not t.is_punct)  # the comma may hang on a
        gap = doc[end + 1 : b.left_edge.i]
        if len(gap) != 1 or gap[0].text != ",":
            return []
    if names[-1].right_edge.i + 1 != verb.i or names[0].left_edge.i != verb.sent.start:
        return []
    return names


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, object) for ``tok``'s prepositions among ``preps``."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = child(c, "pobj")
            if obj is None:
                obj = stranded_object(c)
            if obj is not None and c.lower_ == "with" and absolute_gerund(obj):
                continue  # "*with Algeria mediating*, X and Y signed": no partner (recipient.absolute_with)
            if obj is not None:
                out.append((c.lower_, obj))
    return out


ABSOLUTE_END = frozenset({",", ";", ".", ")", "—", "–", ":"})


def absolute_gerund(obj: Token) -> bool:
    """ "*With Algeria mediating*, Mali and the rebels signed ...", "with Qatar hosting, ...":
    an absolute clause (a noun and a present participle after "with") that the parser read as a
    noun phrase, the participle its head ("mediating") and the doer a compound of it. It tells a
    circumstance, and the one named in it is no partner or target of the main verb (rule
    recipient.absolute_with; the well-parsed form is ``stranded_object``'s "with Russia
    abstaining"). The participle ends the phrase: "talks with UN peacekeeping officials" is
    another shape."""
    if not obj.lower_.endswith("ing") or obj.tag_ not in ("VBG", "NN"):
        return False
    if any(c.dep_ in ("det", "poss") for c in obj.children):
        return False  # "with the bombing", "with Russia's backing": a noun of its own
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if after is not None and after.text not in ABSOLUTE_END:
        return False
    return any(
        c.dep_ in ("compound", "nsubj") and c.pos_ in ("PROPN", "NOUN") and c.i < obj.i
        for c in obj.children
    )


def stranded_object(prep: Token) -> Token | None:
    """The small model sometimes reads a reduced relative clause after a preposition as a clause
    of its own ("gave shelter to two sailors *stuck* at sea": "sailors" parsed as the subject of
    "stuck", the preposition left with no object). The noun right after the preposition,
    subject of such a participle, is its object."""
    doc = prep.doc
    for i in range(prep.i + 1, min(prep.i + 8, len(doc))):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
            if prep.lower_ == "with" and verb.tag_ == "VBG":
                return None  # "passed, *with* Russia abstaining": an absolute clause, no party
            if verb.tag_ in ("VBN", "VBG", "VBD") and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children
            ):
                return tok
            return None
        if tok.head.i <= prep.i or tok.head.i > i + 6 or tok.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def opened_by_prep_which(verb: Token, whereby: bool = False) -> bool:
    """Whether the relative clause of ``verb`` opens with a preposition whose object is "which"
    or "whom" ("the accord *under which* X ceded ...", "the envoy *through whom* Y wrote") or,
    given ``whereby``, with "whereby": the clause tells what the thing it is hung on holds or
    lays down. Only words before ``verb`` open its clause."""
    for c in verb.children:
        if c.i > verb.i:
            continue
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children
        ):
            return True
        if whereby and c.lower_ == "whereby":
            return True
    return False


def to_infinitive(clause: Token) -> bool:
    """ "refused *to resign*", "wants Y *to lift* ...": a clause with the infinitive's "to"."""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)


# what a report or rumour says ("reports *that* ...", "rumours *that* ...")
CLAIM_NOUNS = words("claim_nouns") | words("rumour_nouns")
# participles of feeling ("was *alarmed* by"): a verb joined after them is the feeler's own act
EXPERIENCER_PARTICIPLES = words("experiencer_participles") | words("feeling_participles")


def perfect(verb: Token) -> bool:
    """Whether a verb is in a perfect tense ("has imposed", "have held", "may have attacked")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or (
            verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and misparsed_main_verb(verb) is None
            and not own_perfect_subject(verb)
        )
        or participial_opener(verb)
        or elided_passive(verb) is not None
    )


def elided_passive(verb: Token) -> Token | None:
    """ "four men were dragged from a car *and beaten*": a past participle joined to a passive
    verb, with no subject nor auxiliary of its own, shares that verb's subject and auxiliary
    (coordination ellipsis, general English grammar: "were dragged and [were] beaten"), so it
    is passive too; the passive verb it is joined to, else None. Not a participle with an
    object of its own, nor one joined to an active perfect ("had dragged them out and beaten
    them": "have", not "be"). A past form the tagger read as a simple past counts where the
    verb it is joined to has its own passive auxiliary: "were hauled off *and clubbed* to
    death", "were detained *and beaten*", "were dragged out *and shot*" (the participle and the
    simple past are one word for regular verbs and many irregular ones, and the small model
    often tags a participle after "and" as the past). Not after a participle of feeling
    ("was alarmed by the arrests *and called* for their release": the feeler's own act;
    vocabulary experiencer_participles), nor after a passive with the plain "be" ("will be
    flown in *and deployed*", "demanded that they be identified *and prosecuted*": an act
    planned, wished or asked for, left to the rules for those)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return None
    head = verb.head
    if head.lemma_.lower() in EXPERIENCER_PARTICIPLES or head.lower_ in EXPERIENCER_PARTICIPLES:
        return None  # "was alarmed by the arrests *and called* for": a feeling, then an act
    auxiliaries = [c for c in head.children if c.dep_ == "auxpass"]
    if any(c.tag_ == "VB" for c in auxiliaries):
        return None  # "will be deployed", "demands that they be identified": no act told done
    if verb.tag_ == "VBD" and not any(c.tag_ in ("VBD", "VBZ", "VBP") for c in auxiliaries):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "dobj") for c in verb.children
    ):
        return None
    if head.tag_ != "VBN" or head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return head
    return head if elided_passive(head) is not None else None


def passive_subject(verb: Token) -> Token | None:
    """The subject of the passive ``verb``: its own, else that of the passive it is joined to
    with its subject left out (``elided_passive``); None where none is written."""
    own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if own is not None:
        return own
    head = elided_passive(verb)
    return passive_subject(head) if head is not None else None


def own_perfect_subject(verb: Token) -> bool:
    """A past participle the parser hangs on a noun as a clause of it ("opinion *that* the
    authorities *have expelled* ...") that has a subject and a perfect "have" of its own: a
    finite active clause (a content clause misread), never a passive participle ("the envoys
    *expelled* last week"), whose subject is the noun it hangs on (general English grammar:
    "have" + past participle is the perfect, "be" + past participle the passive). Not the
    content of a claim noun ("dismissed *allegations* that its officers had beaten detainees",
    "no truth in *rumours* that the navy had sunk a trawler"): what an allegation or rumour
    says is read under its own frame, as before, never as an act the sentence asserts."""
    return (
        any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        and verb.head.lemma_.lower() not in CLAIM_NOUNS
    )


def participial_opener(verb: Token) -> bool:
    """ "*Backed* by Turkey, the rebels attacked ...": a past participle with a "by" agent
    opening the sentence before its clause is passive; its subject is the clause's."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in ("aux", "mark", "nsubj") for c in verb.children)
    )


# "a *series* of explosions", "*thousands* of pilgrims": words naming an amount, not a kind
QUANTITY_HEADS = words("quantity_heads") | words("crowd_counts")


def counted(tok: Token) -> Token | None:
    """What an amount word names: the object of its "of" ("a series *of explosions*",
    "thousands *of pilgrims*"), or None where ``tok`` is no amount word or has no "of"."""
    if tok.lemma_.lower() not in QUANTITY_HEADS and tok.lower_ not in QUANTITY_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


SHARE_WORDS = words("share_words")


def share_of(tok: Token) -> Token | None:
    """What a share word or number takes part of: the object of its "of" ("closed *all of* its
    border crossings", "*two of* the posts"), or None."""
    if tok.lower_ not in SHARE_WORDS and not (tok.like_num and tok.pos_ == "NUM"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


CROWD_VERBS = words("crowd_verbs")
MARCH_VERBS = words("march_verbs")  # verbs of going, with a demand as aim (frames.march_aim)
MARCH_PHRASAL = words("march_phrasal_verbs")
MARCH_AIMS = words("march_aims")
_FINITE_TAGS = FINITE_OR_MODAL_TAGS


def misparsed_main_verb(verb: Token) -> Token | None:
    """ "Hundreds of migrants *protested* at the fence" parsed as a noun phrase with no verb
    ('Hundreds' the root, 'protested' a participle of 'migrants'): a verb of what crowds do,
    which takes no object, is the sentence's main verb when the sentence has no finite verb
    of its own; its subject is the root noun phrase (returned)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if (appositive := _appositive_subject(verb)) is not None:
        return appositive
    if (acting := _misread_clause_verb(verb)) is not None:
        return acting
    lemma = verb.lemma_.lower()
    going = (
        lemma in MARCH_VERBS
        or any(f"{lemma} {c.lower_}" in MARCH_PHRASAL for c in verb.children if c.dep_ == "prt")
    ) and any(
        c.dep_ == "advcl" and c.lemma_.lower() in MARCH_AIMS for c in verb.children
    )  # "A column of nurses *walked* into X to oppose Y": a march with its aim
    if (lemma not in CROWD_VERBS and not going) or any(
        c.dep_ in ("dobj", "obj") for c in verb.children
    ):
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    if any(t.tag_ in _FINITE_TAGS and t.i != verb.i for t in verb.sent):
        return None
    return root if _in_root_phrase(verb, root) else None


def _in_root_phrase(verb: Token, root: Token) -> bool:
    """Does ``verb`` hang on a noun inside the phrase of the sentence's root noun, before the
    verb ("Hundreds *of migrants* protested", "The head *of the mission* called on")?"""
    cur = verb.head
    while cur.i != root.i:
        if cur.dep_ not in ("pobj", "prep", "compound", "amod") or cur.i > verb.i:
            return False
        cur = cur.head
    return True


def _misread_clause_verb(verb: Token) -> Token | None:
    """ "The head of the monitoring mission *called on* the authorities to publish ..." parsed
    as a noun phrase with no verb ('head' the root, 'called' a participle of it): in a
    sentence of prose (it ends on a full stop) with no finite verb of its own, a past form
    hung on the root noun's phrase that takes what only an active verb takes, a direct object
    ("*urged* the authorities") or a "to"-clause after its prepositional object ("*called on*
    X *to* ..."), is the sentence's main verb, and the root noun phrase its subject (general
    English grammar: a passive participle has lost its object). Headlines, which end on no
    full stop ("Envoy called home to explain"), keep the participle."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    last = verb.sent[-1]
    if last.text != "." or any(t.tag_ in _FINITE_TAGS and t.i != verb.i for t in verb.sent):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids):
        return None  # "Editor's note: X expelled ...": a clause with a subject of its own
    direct = any(c.dep_ in ("dobj", "obj") for c in kids)
    prep_then_to = any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in kids
    ) and any(c.dep_ == "xcomp" and c.i > verb.i for c in kids)
    if not (direct or prep_then_to):
        return None
    return root if _in_root_phrase(verb, root) else None


def _appositive_subject(verb: Token) -> Token | None:
    """ "*Portugal*, the former colonial power, *called* for calm and urged ...": a verb right
    after the comma that closes the root name's apposition, parsed as a participle of the name,
    is the sentence's main verb and the name its subject (no other finite verb outside the
    verb's own phrase)."""
    root = verb.sent.root
    if verb.head.i != root.i or root.pos_ != "PROPN" or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "appos" and c.i < verb.i for c in root.children):
        return None
    mine = {t.i for t in verb.subtree}
    if any(t.tag_ in _FINITE_TAGS and t.i not in mine for t in verb.sent):
        return None
    return root


SPEAKERS_PARTICIPLES = words("addressed_speech_verbs") | words("denial_verbs")


def reported_clause(verb: Token) -> Token | None:
    """ "X shelled the port, officials said, *wounding* four": a participle the parser hung on
    the reporting verb belongs to the reported clause; not a statement addressed to or about
    someone ('"They are stalling," X told reporters, *accusing* Israel of ...', "said X,
    *denying* a report": vocabulary addressed_speech_verbs, denial_verbs), which is the
    speaker's own act."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in REPORTING_VERBS:
        return None
    if verb.lemma_.lower() in SPEAKERS_PARTICIPLES:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)


OTHER_SIDE_NOUNS = words("relational_nouns") | {"counterpart", "host", "guest", "interlocutor"}


def is_own(noun: Token) -> bool:
    """'withdrew *its* troops', 'lifted *their* ban': the doer's own, not a recipient. A noun
    for the other side of a relation is never one's own: 'met *his* counterpart', 'warned
    *its* neighbours'."""
    if noun.lemma_.lower() in OTHER_SIDE_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.children)


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun event hangs on through a preposition ("engaged *in* fighting")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "ADJ"):
        return head.head
    return None


def _past_read_as_participle(verb: Token, root: Token) -> bool:
    """ "*Mexico*, which borders both countries, *offered* to host talks": a past tense the
    tagger read as a participle ("offered" is both) hung on the root name, right after the
    comma that closes the name's relative clause, in a sentence with no other finite verb
    outside that clause and no agent ("by ...") of its own: the sentence's main verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i != root.i:
        return False
    if root.pos_ != "PROPN" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    relcl = [c for c in root.children if c.dep_ == "relcl" and c.i < verb.i]
    if not relcl:
        return False
    inside = {t.i for t in verb.subtree} | {t.i for r in relcl for t in r.subtree}
    return not any(t.tag_ in _FINITE_TAGS and t.i not in inside for t in verb.sent)


_CLAUSE_HEAD_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "dep", "parataxis"})


def noun_tagged_verb(tok: Token) -> bool:
    """'Peru *reserves* the right to respond', tagged a plural noun by the small model
    ('reserves', 'warns', 'vows'): a word that heads a clause and takes a direct object is
    a verb whatever its tag, since a noun takes no object (a third-person verb form that is
    also a plural noun is the usual slip)."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.dep_ in _CLAUSE_HEAD_DEPS
        and any(c.dep_ == "dobj" for c in tok.children)
    )


def misparsed_subject(verb: Token) -> Token | None:
    """'X imposed duties' parsed as a noun phrase with no verb ('X' the root, 'imposed' an
    adjective of 'tariffs'): the sentence's root noun, when the participle follows it and the
    sentence has no verb of its own. Also a past-tense verb the parser hung on a noun after the
    subject's relative clause ("X and Y, which had tried to mediate between the two sides,
    *called* for a ceasefire", with "X" the root): that root noun. Also a past tense read as the
    adjective of the root noun right after it, with a subject of its own ("X
    *threatened* attacks on Y"): that subject. Also a past tense the parser hung on the root noun
    right before it in a sentence with no other finite verb ("Masked men *sprayed* acid")."""
    root = verb.sent.root
    if noun_tagged_verb(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Peru reserves the right ..." read as a compound noun 'Peru reserves': the word
        # before the verb tagged a noun is its subject
        before = next(
            (c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None
        )
        if before is not None:
            return before
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < verb.i
        and any(c.dep_ == "relcl" for c in root.children)
    ):
        return root
    if _past_read_as_participle(verb, root):
        return root
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.i == root.i
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < verb.i
        and not any(t.tag_ in _FINITE_TAGS and t.i != verb.i for t in verb.sent)
        and not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        # "Masked men *sprayed* acid on ...": a past tense (not a participle) hung on the root
        # noun of a sentence with no other finite verb is the main verb; the root its subject.
        # Not when the verb has a subject of its own: "JANE ROE: *We* sent a note", a
        # transcript's speaker label read as the root noun
        return root
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if root.pos_ not in ("NOUN", "PROPN", "ADJ") or any(
        t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent
    ):
        return None
    obj = verb.head
    if verb.tag_ == "VBD" and obj.i == root.i and verb.i == obj.i - 1:
        # "X threatened attacks on Y" parsed with 'attacks' the root, 'threatened' its
        # adjective with 'X' as its own subject: that subject, right before the past tense
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is not None and subj.right_edge.i == verb.i - 1:
            return subj
    if obj.head.i != root.i or not root.i < verb.i < obj.i:
        return None
    if any(t.is_punct or t.pos_ in ("ADP", "DET") for t in verb.doc[root.i + 1 : verb.i]):
        return None
    return root


EFFECT_MARKERS = words("effect_markers")
START_MARKERS = words("start_markers")
# CAMEO codes of measures that apply from a day: easing restrictions or sanctions (081, 085),
# reducing relations, aid or trade (16x), administrative sanctions (172); a threat (13x) of one
# "from 1 June" names the day the measure would apply, too
MEASURE_CODES = ("081", "085", "16", "172")


# "take effect"; "come, enter, go into force", "put, bring into effect"
TAKE_EFFECT_VERBS = ("take",)
INTO_FORCE_VERBS = ("bring", "come", "enter", "go", "put")


def _effect_object(verb: Token, prep: str, nouns: tuple[str, ...]) -> Token | None:
    """The effect word a verb's preposition governs ("into *force*", "with *effect*")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            obj = next((g for g in c.children if g.lemma_.lower() in nouns), None)
            if obj is not None:
                return obj
    return None


def effect_words(date_root: Token, stop: int | None = None) -> str:
    """The words that make a date the day a measure takes effect, on the way from the date's
    words up to the event word ``stop`` (or the root): "*effective* next month", "that *take
    effect* on 1 March", "*comes into force* on Friday", "*with effect from* Tuesday",
    "*starting* next week", "*from* 1 June" (vocabulary effect_markers, start_markers; not
    "used force on Monday"). Returns "" when there are none."""
    cur = date_root
    below: Token | None = None
    for _ in range(8):
        if cur.i == stop:
            return ""
        low, lemma = cur.lower_, cur.lemma_.lower()
        if low == "from" and below is not None and below.dep_ == "pcomp" and below.tag_ == "VBG":
            # "barred them *from entering* the country on Wednesday": "from" before a gerund
            # names the act kept from happening, not a starting point (date.effective)
            below, cur = cur, cur.head
            continue
        if low in EFFECT_MARKERS and cur.pos_ in ("ADJ", "ADV"):
            return low  # "effective next month"
        if cur.pos_ in ("VERB", "AUX") and lemma in TAKE_EFFECT_VERBS:
            taken = next(
                (c for c in cur.children if c.dep_ == "dobj" and c.lemma_ == "effect"), None
            )
            if taken is not None:
                return f"{cur.text} {taken.text}"  # "take effect"
        if cur.pos_ in ("VERB", "AUX") and lemma in INTO_FORCE_VERBS:
            into = _effect_object(cur, "into", ("force", "effect"))
            if into is not None:
                return f"{cur.text} into {into.text}"  # "come into force"
        if low in START_MARKERS and (cur.tag_ == "VBG" or (cur.dep_ == "prep" and low == "from")):
            if cur.head.lower_ in EFFECT_MARKERS:
                return cur.head.lower_  # "effective from 1 March"
            if (effect := _effect_object(cur.head, "with", ("effect",))) is not None:
                return f"with {effect.text} from"  # "suspended exports with effect from ..."
            return low
        if cur.head.i == cur.i:
            return ""
        below, cur = cur, cur.head
    return ""


OBLIGATION_MODALS = words("obligation_modals")
OBLIGATION_VERBS = words("obligation_verbs")


def obligation(tok: Token) -> tuple[Token, Token] | None:
    """(the clause, the act) when ``tok`` lays an obligation on its clause's subject: a modal
    ("Y *must* leave": the clause is the act) or a verb with 'to' ("Y *needs* / *has* /
    *ought* to leave": the clause is that verb, the act its infinitive); else None."""
    lemma = tok.lemma_.lower()
    if tok.dep_ == "aux" and lemma in OBLIGATION_MODALS and tok.head.i != tok.i:
        return tok.head, tok.head
    if lemma in OBLIGATION_VERBS and tok.dep_ not in ("aux", "auxpass"):
        act = next(
            (
                c
                for c in tok.children
                if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
        if act is not None:
            return tok, act
    return None


POLITE_REQUEST_VERBS = words("polite_request_verbs")


def polite_request(tok: Token) -> Token | None:
    """The one asked in a polite request: "we *would appreciate* it if *X* allowed ...",
    "would appreciate *X* allowing ...", "we'd appreciate *you* lifting ...": the subject of
    the "if" clause or of the gerund, when it is a named state, body or person or "you";
    else None."""
    if tok.lemma_.lower() not in POLITE_REQUEST_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children):
            subj = child(c, "nsubj")
        elif c.dep_ in ("ccomp", "xcomp", "dobj") and c.tag_ == "VBG":
            subj = child(c, "nsubj", "poss")
        else:
            continue
        if subj is not None and (subj.lower_ in ("you", "your") or subj.ent_type_ in PARTY_ENTS):
            return subj
    return None


QUOTES = frozenset('"“”«»')


def in_quotation(tok: Token, running: bool = True) -> bool:
    """Whether an odd number of quotation marks precede ``tok`` in its sentence, or the
    sentence opens with one (a quotation that runs on from the sentence before); in a
    quotation opened in an earlier sentence of the paragraph, whether its closing mark is still
    to come (``running_quotation``; ``running`` False: the sentence's own marks only)."""
    sent = tok.sent
    across = running_quotation(tok, sent) if running else None
    if across is not None:
        return across
    marks = [t for t in sent if t.i < tok.i and t.text in QUOTES]
    return len(marks) % 2 == 1 or (not marks and sent[0].text in QUOTES)


def _still_open(text: str) -> int:
    """+1 where ``text`` leaves a quotation open, -1 where it closes one it did not open, 0
    where its marks pair up (curly and guillemet marks by direction, straight ones by count)."""
    curly = text.count("“") + text.count("«") - text.count("”") - text.count("»")
    if curly:
        return 1 if curly > 0 else -1
    return text.count('"') % 2


def running_quotation(tok: Token, sent: Span | None = None) -> bool | None:
    """In a paragraph-long quotation that runs over sentences ('X said: "We have waited. *We*
    will act," she added.'), whether ``tok`` is inside it: None where no quotation opened in an
    earlier sentence of the paragraph is still open at the sentence's start (the sentence's
    own marks decide), else True before the mark that closes it and False after it ('... act,"
    *she* added'). The paragraph is the text since the last line break (rule
    resolve.running_quotation). ``sent``: ``tok``'s sentence where the caller has it
    (``Token.sent`` walks the sentence at each read)."""
    if sent is None:
        sent = tok.sent
    if not _open_at(tok.doc, sent.start_char):
        return None
    return _still_open(doc_text(tok.doc)[sent.start_char : tok.idx]) == 0


def _open_at(doc: Doc, start_char: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at ``start_char`` (a
    sentence's start), computed once per sentence (the doc's user data keeps it)."""
    seen = doc.user_data.setdefault("quote_open_at", {})
    if start_char not in seen:
        text = doc_text(doc)
        start = text.rfind("\n", 0, start_char) + 1
        seen[start_char] = start < start_char and _still_open(text[start:start_char]) == 1
    return seen[start_char]


_DAY_WORDS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
) | frozenset(words("month_names"))
_FRONTING_PREPS = frozenset(("on", "in", "by", "since", "until", "after", "before", "from"))
_FRONTING_ADVERBS = frozenset(("earlier", "later", "ago"))


def day_fronted_subject(verb: Token) -> Token | None:
    """ "On Friday Peru *declared* ...", "Two weeks earlier its watchdog, X, *had banned* ...":
    the small model reads the name or noun after a fronted phrase of time as the object of the
    phrase ("On [Friday Peru]", "earlier [its watchdog]") and leaves the verb with no subject;
    that noun phrase, ending right before the verb (or its auxiliaries), is the verb's subject
    (rule actor.day_fronted_subject). Only a verb with no subject of its own, tensed or with
    auxiliaries, a preposition of time (or 'earlier', 'later', 'ago') before it, and a day or
    month name, or a date the parser found, in the phrase before the noun."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children
    ):
        return None
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].dep_ in ("aux", "auxpass", "neg"):
        start -= 1
    for lead in verb.children:
        if lead.i > verb.i or not (
            (lead.dep_ == "prep" and lead.lower_ in _FRONTING_PREPS)
            or (lead.dep_ == "advmod" and lead.lower_ in _FRONTING_ADVERBS)
        ):
            continue
        for obj in lead.children:
            if obj.dep_ != "pobj" or obj.pos_ not in ("PROPN", "NOUN") or obj.i < lead.i:
                continue
            if obj.right_edge.i != start - 1:
                continue
            before = verb.doc[lead.left_edge.i : obj.i]
            if any(t.lower_ in _DAY_WORDS or t.ent_type_ == "DATE" for t in before):
                return obj
    return None


def appositive_anchor(verb: Token) -> Token | None:
    """ "a day after Mali's foreign *minister*, A. B., *accused* Y": the small model hangs the
    finite past after a name in apposition on the name (or its noun) as a modifier; the noun the
    name stands beside is the verb's subject (rule actor.appositive_verb). Only a simple past
    (not a participle) right after the comma that closes the apposition, or a participle with a
    to-infinitive and no "by" agent ("the AU's *chairperson*, A. B., *offered* to mediate"): a
    passive participle takes no such infinitive."""
    if verb.dep_ != "acl" or verb.i == 0:
        return None
    if verb.tag_ != "VBD" and not (
        verb.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(
            c.dep_ in ("xcomp", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    ):
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        return _title_noun(head.head)
    if any(c.dep_ == "appos" and c.i < verb.i for c in head.children):
        return _title_noun(head)
    return None


# title nouns a name in apposition stands beside ("the special *envoy* for the talks, A. B.")
TITLE_NOUNS = words("office_holders") | words("person_role_nouns")


def _title_noun(noun: Token) -> Token:
    """ "the EU's special *representative* for the A-B *dialogue*, C. D., called": the parser
    hangs the name on the last noun of the title's 'for'/'on'/'of' phrase; the name stands
    beside the title noun that phrase hangs on."""
    cur = noun
    for _ in range(3):
        prep = cur.head
        if (
            cur.dep_ != "pobj"
            or prep.dep_ != "prep"
            or prep.lower_ not in ("for", "on", "of")
            or cur.lemma_.lower() in TITLE_NOUNS
        ):
            break
        if prep.head.lemma_.lower() in TITLE_NOUNS:
            return prep.head
        cur = prep.head
    return noun


def orderer_speaks(verb: Token) -> bool:
    """ "ordered Y to leave*,* *accusing* Z": a participle of speaking or accusing (vocabulary
    addressed_speech_verbs, reporting_verbs, accusing_verbs) set off by a comma after an
    infinitive whose doer is the object of the verb above (object control: "ordered *Y* to
    leave") is that verb's subject's (rule actor.controller_participle), and no content of the
    order."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in ORDERERS_ACTS:
        return False
    if head.dep_ != "xcomp" or head.tag_ != "VB" or child(head.head, "dobj") is None:
        return False
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ == ","


# an object pronoun of a clause whose doer is the subject above (rule resolve.adjunct_object)
_OBJECT_PRONOUNS = {"it": ("NN", "NNP"), "them": ("NNS", "NNPS")}
# an earlier pronoun of that number in the clause above goes on standing for its own referent
_SAME_REFERENT = {"it": ("it", "its"), "them": ("they", "them", "their")}


def adjunct_object(pron: Token) -> Token | None:
    """ "X expelled a mission, accusing *it* of bias", "wrote to the Commission asking *it* to
    mediate": an object pronoun ("it", "them") of a participle clause that has no subject of
    its own (not after an earlier "it"/"its", "they"/"their" in the clause above, which it
    goes on standing for: "froze *their* assets, barring *them* ..."). Its doer is
    the subject above, which an object pronoun of the same clause cannot stand for (English
    usage: that would be "itself"), so it takes up the nearest noun of its number before it in
    the clause above: that verb's direct object, else the object of its "to" (rule
    resolve.adjunct_object). None when the pronoun is no such object or nothing fits."""
    tags = _OBJECT_PRONOUNS.get(pron.lower_)
    if tags is None or pron.dep_ not in ("dobj", "dative"):
        return None
    verb = pron.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    above = verb.head
    if above.i == verb.i or above.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.lower_ in _SAME_REFERENT[pron.lower_] for t in above.subtree if t.i < pron.i):
        return None  # "barred Y from dealing with *them*, accusing *them*": the same ones
    objects = [c for c in above.children if c.dep_ in ("dobj", "dative") and c.i < pron.i]
    if not objects:
        objects = [
            o
            for p in above.children
            if p.dep_ == "prep" and p.lower_ == "to" and p.i < pron.i
            for o in p.children
            if o.dep_ == "pobj"
        ]

    def joined(o: Token) -> bool:  # "A and B" takes up "them", not "it"
        return any(c.dep_ == "conj" for c in o.children)

    if pron.lower_ == "them":
        fit = [o for o in objects if o.tag_ in tags or joined(o)]
    else:
        fit = [o for o in objects if o.tag_ in tags and not joined(o)]
    return fit[-1] if fit else None


def stranded_infinitive(obj: Token) -> Token | None:
    """ "ordered a team *monitoring the truce* to leave": the "to"-infinitive that the parser hung
    on a present participle describing a verb's object, though it completes the verb ("ordered
    X to leave"; rule trigger.stranded_infinitive). Only an active participle ("-ing") with
    an object of its own: a passive one keeps its infinitive ("a team *sent to monitor* the
    truce"). None when there is none."""
    for part in obj.children:
        if part.dep_ != "acl" or part.tag_ != "VBG" or part.i < obj.i:
            continue
        if not any(c.dep_ == "dobj" for c in part.children):
            continue
        for clause in part.children:
            if (
                clause.dep_ in ("advcl", "xcomp")
                and clause.tag_ == "VB"
                and clause.i > part.i
                and to_infinitive(clause)
            ):
                return clause
    return None


def reporting_clause(tok: Token, verbs: frozenset[str] | set[str]) -> Token | None:
    """The verb of the clause that one of ``verbs`` (lemmas: say, warn ...) reports and
    ``tok``'s act belongs to, reached through the verbs joined to it or taking it as a
    complement (at most three steps: "said it *could* cut", "warned that it would *move* to
    cut"); None when no such verb reports it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in verbs:
            return verb
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None
