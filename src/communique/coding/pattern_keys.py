"""Finding a pattern's required words around a trigger (``communique.coding.patterns``).

An item is found in the parse first (the trigger's dependents, its prepositions' objects, the
words before it that hang on it); where the parse missed it, in the words next to the trigger
(up to ``WINDOW`` words on, stopping at punctuation or another verb; up to ``BEFORE`` words
back), so a multiword trigger ("took to the streets") survives a misparse of one of its words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.coding.dates import WEEKDAYS
from communique.coding.people_objects import people_keys
from communique.coding.syntax import RELATIVE_TAGS, stranded_infinitive, to_infinitive
from communique.vocabulary import words

WINDOW = 5
BEFORE = 3
MONTHS = words("month_names")
_NUMERIC_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
_LEFT_DEPS = ("nsubj", "nsubjpass", "advmod", "npadvmod", "compound", "amod", "neg")


def not_a_trigger(tok: Token) -> bool:
    """A month written as a month ("in March", "March 3") or a word inside a date, time or
    number is never a trigger, whatever part of speech the tagger gave it; nor is the future
    auxiliary "be going to <verb>" a trip anywhere."""
    if _month(tok):
        return True
    if going_to_future(tok):
        return True
    return tok.ent_type_ in _NUMERIC_ENTS and tok.pos_ in ("VERB", "AUX")


def going_to_future(tok: Token) -> bool:
    """ "is *going* to meet": "going" with a "to"-infinitive and no "to" place of its own."""
    if tok.lower_ not in ("going", "gonna") or tok.tag_ != "VBG":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in tok.children)


def _keys(tok: Token) -> list[str]:
    if _month(tok):  # "hold cards from next *March*": a date completes no pattern ("hold march")
        return []
    return list(word_keys(tok))


def word_keys(tok: Token) -> tuple[str, ...]:
    """The words a token completes a pattern with: a preposition its own word ("*according*
    to" is no "accord"), any other its lemma and form, and "national(s)" for a plural
    nationality noun (``nationals``)."""
    if tok.dep_ == "prep":
        return (tok.lower_,)
    return (
        tok.lemma_.lower(),
        tok.lower_,
        *nationals(tok),
        *envoy_title(tok),
        *people_keys(tok),
    )


ENVOY_TITLES = words("envoy_titles")
_ENVOY_NAMES = "communique_envoy_names"
_NAME_GLUE = ("d'affaires", "d'affaire", ",")


def envoy_title(tok: Token) -> tuple[str, ...]:
    """The title of a foreign envoy the story named earlier with a title ("Hungary's ambassador
    A *B*", "B, Russia's envoy", "charge d'affaires A *B*") for a later bare surname ("summoned
    *B*"): the same person, so the surname completes a pattern that asks for the title (rule
    trigger.envoy_surname, vocabulary envoy_titles)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lower_ in ENVOY_TITLES:
        return ()
    hit = envoy_names(tok.doc).get(tok.lower_)
    if hit is None or hit[0] >= tok.i:
        return ()
    if any(t.lower_ in ENVOY_TITLES for t in tok.subtree):
        return ()  # "Ambassador B" with its title: the title completes the pattern itself
    return (hit[1],)


def envoy_names(doc) -> dict[str, tuple[int, str]]:
    """Surname (lower case) -> (position, title) of every person the story names with an envoy's
    title, first naming kept."""
    found = doc.user_data.get(_ENVOY_NAMES)
    if found is not None:
        return found
    found = {}
    for t in doc:
        if t.lower_ not in ENVOY_TITLES:
            continue
        name: list[Token] = []
        j = t.i + 1
        while j < len(doc) and doc[j].lower_ in _NAME_GLUE and doc[j].lower_ != t.lower_:
            j += 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            name.append(doc[j])
            j += 1
        if not name:  # "B, Russia's ambassador": the title in apposition to the name
            head = t.head if t.dep_ == "appos" else None
            if head is not None and head.pos_ == "PROPN" and head.i < t.i:
                name = [head]
        if name and len(name[-1]) > 1 and name[-1].lower_ not in ENVOY_TITLES:
            found.setdefault(name[-1].lower_, (name[-1].i, t.lemma_.lower()))
    doc.user_data[_ENVOY_NAMES] = found
    return found


def nationals(tok: Token) -> tuple[str, ...]:
    """ "national", "nationals" for a nationality noun in the plural ("expelled 300 *Haitians*"):
    it names that state's nationals and completes a pattern's "national(s)" as the words would
    (Merriam-Webster 'Afghan' noun: a native or inhabitant of Afghanistan)."""
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s"):
        return ("national", "nationals")
    return ()


def _month(tok: Token) -> bool:
    return tok.lower_ in MONTHS and (tok.ent_type_ in ("DATE", "TIME") or tok.text[:1].isupper())


_OBJECT_DEPS = {
    "dobj", "obj", "attr", "oprd", "prt", "dative", "advmod", "npadvmod", "acomp", "neg",
    "nsubjpass", "agent", "prep", "xcomp",
}  # fmt: skip
_MODIFIER_DEPS = ("compound", "amod", "prep", "pobj", "nummod")


def object_keys(tok: Token) -> dict[str, Token]:
    """The trigger's objects, particles, prepositions and their objects, with their
    modifiers: never a clause it governs (a converted pattern names what the verb acts on, not
    what a verb of saying reports)."""
    found: dict[str, Token] = {}
    # a phrase before the verb ("*During talks*, X rejected ...") sets the scene: not its object
    todo = [
        c for c in tok.children if c.dep_ in _OBJECT_DEPS and not (c.dep_ == "prep" and c.i < tok.i)
    ]
    antecedent = relative_object(tok)
    if antecedent is not None:  # "the decree *which* he signed": the decree is what he signed
        todo.append(antecedent)
    while todo:
        t = todo.pop()
        for key in _keys(t):
            found.setdefault(key, t)
        if t.dep_ != "xcomp":  # "declined to comment": the verb itself, not what it governs
            todo += [g for g in t.children if g.dep_ in _MODIFIER_DEPS]
    return found


def relative_object(tok: Token) -> Token | None:
    """The noun a relative clause's verb acts on: "the order (which) the president signed",
    where the object is the relative pronoun or left out; not "the envoy who signed" (the
    pronoun is the subject) nor a clause that has an object of its own."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if (
        not subjects
        or any(s.tag_ in RELATIVE_TAGS for s in subjects)
        or subjects[0].dep_ != "nsubj"
    ):
        return None
    if any(o.tag_ not in RELATIVE_TAGS for o in objects):
        return None
    return tok.head


def parse_keys(tok: Token, deps: dict[str, Token]) -> dict[str, Token]:
    """``deps`` plus ``prep:object`` pairs and ``<word`` for words before the trigger."""
    return _with_parse_keys(deps, _parse_extra(tok))


def _with_parse_keys(deps: dict[str, Token], extra: list[tuple[str, Token]]) -> dict[str, Token]:
    found = dict(deps)
    for key, t in extra:
        found.setdefault(key, t)
    return found


def _parse_extra(tok: Token) -> list[tuple[str, Token]]:
    """The keys ``parse_keys`` adds to ``deps``, in the order it adds them (the first of a key
    wins), so that they can be found once per trigger and laid over several ``deps``."""
    extra: list[tuple[str, Token]] = []
    kids = list(tok.children)
    # a particle the parser read as a preposition with no object of its own ("pulled *out* of
    # the pact") carries the preposition that follows it, as a particle does
    heads = [tok, *(c for c in kids if c.dep_ in ("dobj", "obj", "attr", "prt"))]
    heads += [
        c
        for c in kids
        if c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
    ]
    for head in heads:
        for prep in kids if head == tok else head.children:
            if prep.dep_ not in ("prep", "agent", "dative", "prt"):
                continue
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp", "dobj"):
                    for key in _keys(obj):
                        extra.append((f"{prep.lower_}:{key}", obj))
                    for place in _front_of(prep, obj):
                        # "camped *in front of* parliament": as "outside parliament" (rule
                        # trigger.in_front_of)
                        for key in _keys(place):
                            extra.append((f"outside:{key}", place))
                    for mod in obj.children:
                        if mod.dep_ in ("compound", "amod"):
                            for key in _keys(mod):
                                extra.append((f"{prep.lower_}:{key}", mod))
    # "ordered X *to leave*": the dictionary writes a "to"-infinitive as a preposition with its
    # object ("(TO LEAVE)"); the parser makes it a clause with "to" as its auxiliary, on the
    # verb or, read as an infinitival relative, on its object
    objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
    clauses = [*kids, *(g for o in objs for g in o.children if g.dep_ == "relcl")]
    # "ordered a team *monitoring the truce* to leave": hung on the object's participle
    # (rule trigger.stranded_infinitive)
    clauses += [c for o in objs if (c := stranded_infinitive(o)) is not None]
    for clause in clauses:
        if (
            clause.dep_ in ("xcomp", "ccomp", "relcl", "advcl")
            and (clause.dep_ != "advcl" or clause.head.i != tok.i)
            and clause.i > tok.i
            and clause.pos_ == "VERB"
            and to_infinitive(clause)
        ):
            for key in _keys(clause):
                extra.append((f"to:{key}", clause))
    for child in kids:
        if child.i < tok.i and child.dep_ in _LEFT_DEPS:  # tok.lefts
            for t in (child, *(g for g in child.children if g.dep_ in ("compound", "amod"))):
                for key in _keys(t):
                    extra.append(("<" + key, t))
            if child.dep_ in ("nsubj", "nsubjpass"):
                # "a plane *carrying* 15 tonnes of food landed": the subject's present
                # participle and its object tell what the subject brings (rule
                # trigger.landed_relief)
                for part in child.children:
                    if part.dep_ == "acl" and part.tag_ == "VBG":
                        objs = [o for o in part.children if o.dep_ == "dobj"]
                        for t in (part, *objs):
                            for key in _keys(t):
                                extra.append(("<" + key, t))
    return extra


def _front_of(prep: Token, obj: Token) -> list[Token]:
    """The objects of the complex preposition "in front of" ("camped *in front of* the
    assembly"), which the parser reads as "in" + the noun "front" + "of": they complete a
    pattern's "outside:X", as "outside the assembly" does (rule trigger.in_front_of)."""
    if prep.lower_ != "in" or obj.lower_ != "front":
        return []
    return [
        o
        for of in obj.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for o in of.children
        if o.dep_ == "pobj"
    ]


_DAY_WORDS = frozenset(WEEKDAYS) | {"today", "tonight", "weekend"}


def dates_it(prep: Token) -> bool:
    """ "on Wednesday", "on March 3": a preposition that only says when (no "call *on* X")."""
    if prep.dep_ != "prep":
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        o.lower_ in _DAY_WORDS or o.ent_type_ in ("DATE", "TIME") for o in objs
    )


def purpose_to(t: Token) -> bool:
    """The infinitive marker of a purpose clause ("went on strike *to* demand a pay rise",
    "gathered *to* mourn"): it opens the clause of another verb, so it completes no pattern of
    the trigger before it as the preposition "to" would ("went *to* Paris"; rule
    trigger.purpose_to). A complement ("committed to hold talks", an xcomp) keeps its "to"."""
    return t.tag_ == "TO" and t.dep_ == "aux" and t.head.dep_ == "advcl" and t.head.i > t.i


def window_keys(tok: Token) -> dict[str, Token]:
    """The words next to ``tok`` in its sentence, keyed like ``parse_keys``."""
    sent = tok.sent
    found: dict[str, Token] = {}
    after: list[Token] = []
    for t in sent.doc[tok.i + 1 : min(sent.end, tok.i + 1 + WINDOW)]:
        if (t.is_punct and t.text not in "-'") or (t.pos_ == "VERB" and not _noun_modifier(t)):
            break
        if purpose_to(t):
            break  # "went on strike *to* demand ...": the purpose clause's, no preposition
        after.append(t)
    for n, t in enumerate(after):
        if dates_it(t):  # "called X *on Monday*": a preposition that only says when
            continue
        for key in _keys(t):
            found.setdefault(key, t)
        if t.pos_ == "ADP" or t.dep_ in ("prep", "prt"):
            for obj in after[n + 1 : n + 4]:
                for key in _keys(obj):
                    found.setdefault(f"{t.lower_}:{key}", obj)
    for t in reversed(sent.doc[max(sent.start, tok.i - BEFORE) : tok.i]):
        if t.is_punct or t.pos_ == "VERB":
            break
        for key in _keys(t):
            found.setdefault("<" + key, t)
    return found


def _noun_modifier(t: Token) -> bool:
    """A participle that only describes a noun after it ("allowed the *banned* party to ...",
    "freed the *detained* reporters"): part of the noun phrase, so no end of the words next to
    a trigger, as a verb of its own clause is."""
    return t.dep_ == "amod" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")


def _first(
    item: frozenset[str],
    keys: dict[str, Token],
    tok: Token,
    skip: Callable[[Token], bool] | None = None,
) -> Token | None:
    hits = [t for k, t in keys.items() if k in item and t.i != tok.i and not (skip and skip(t))]
    # the nearest word after the trigger first: what a verb acts on follows it ("rejected the
    # proposal"), a word before it mostly sets the scene ("during talks, X rejected ...")
    return min(hits, key=lambda t: (t.i < tok.i, abs(t.i - tok.i))) if hits else None


class TokenKeys:
    """The keyed words around one trigger, each set computed once and only when needed."""

    def __init__(self, tok: Token, deps: dict[str, Token]) -> None:
        self.tok, self.deps = tok, deps
        self._cache: dict[str, dict[str, Token]] = {}
        self._parse_extra: list[tuple[str, Token]] | None = None

    def all_keys(self) -> set[str]:
        """Every key any kind of search could find."""
        return {k for kind in ("deps+", "objects+", "window") for k in self.get(kind)}

    def _extra(self) -> list[tuple[str, Token]]:
        if self._parse_extra is None:
            self._parse_extra = _parse_extra(self.tok)
        return self._parse_extra

    def get(self, kind: str) -> dict[str, Token]:
        found = self._cache.get(kind)
        if found is None:
            if kind == "window":
                found = window_keys(self.tok)
            elif kind == "objects":
                found = object_keys(self.tok)
            elif kind == "objects+":
                found = _with_parse_keys(self.get("objects"), self._extra())
            else:
                found = _with_parse_keys(self.deps, self._extra())
            self._cache[kind] = found
        return found


def find_items(
    tok: Token, items: tuple[frozenset[str], ...], keyed: TokenKeys, objects: bool = False
) -> list[Token] | None:
    """One token per required item (in text order), or None when an item is missing.
    ``objects``: look among the trigger's objects only (``object_keys``), as converted
    patterns do, not among all the words ``triggers.dependents`` holds."""
    special = len(items) > 1 or _special(items)
    if objects:
        keys = keyed.get("objects+" if special else "objects")
    else:
        keys = keyed.get("deps+") if special else keyed.deps
    named: list[set[int]] = []

    def names() -> set[int]:  # the words the pattern names, found once and only when needed
        if not named:
            found = (keys, keyed.get("window"))
            named.append({t.i for it in items for src in found for k, t in src.items() if k in it})
        return named[0]

    def bare(t: Token) -> bool:
        return _bare_modifier(t, tok, names())

    def acts_on(t: Token) -> bool:  # the verb has a direct object the pattern does not name
        return any(c.dep_ == "dobj" and c.i != t.i and c.i not in names() for c in tok.children)

    out: list[Token] = []
    for item in items:
        # a hyphenated modifier of another noun completes no pattern ("held live-*fire*
        # exercises"), nor, in the words next to a verb that has an object of its own, a
        # modifier of a preposition's object ("opened fire *on a border post*": where the fire
        # was aimed, not what was opened)
        hit = _first(item, keys, tok, lambda t: _hyphened(t) and bare(t))
        if hit is None:
            hit = _first(
                item,
                keyed.get("window"),
                tok,
                lambda t: t.i > tok.i and (_hyphened(t) or _in_prep(t) and acts_on(t)) and bare(t),
            )
        if hit is None:
            return None
        out.append(hit)
    return sorted(set(out), key=lambda t: t.i)


def _in_prep(t: Token) -> bool:
    """The word modifies (through other modifiers) the object of a preposition."""
    head = t.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj"


def _hyphened(t: Token) -> bool:
    """The last word of a hyphenated compound ("live-*fire*", "cease-*fire*")."""
    return t.i > 0 and t.nbor(-1).text == "-" and t.nbor(-1).whitespace_ == ""


def _bare_modifier(t: Token, tok: Token, named: set[int]) -> bool:
    """A word that only describes a noun after it which the pattern does not name ("held
    live-*fire* exercises", "opened fire on a *border* post"): the noun is the thing, so the
    word is not what the verb acts on ("held fire", "opened the border")."""
    if t.dep_ not in ("compound", "amod") or t.head.i < t.i:
        return False
    head = t.head  # the noun the chain of modifiers describes ("*live*-fire drills": drills)
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.i != tok.i and head.i not in named


def _special(items: tuple[frozenset[str], ...]) -> bool:
    return any(w[0] == "<" or ":" in w for it in items for w in it)
