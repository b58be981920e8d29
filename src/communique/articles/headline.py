"""Headline case: a title-case line put in sentence case for the parser.

spaCy's small model reads a capitalised word as a proper noun, so a headline written in title
case ("Kenya Expels Ugandan Diplomats Over Spying Claims") parses as one long name and nothing
is coded from it. Before parsing, each line or sentence of a story that is in title case (every
word capitalised but the short words of ``title_case_small_words``, at least three of them) is
written in sentence case: every capitalised word is lowered except the first word (and the first
after a colon or an opening quote: "Kenya: Uganda Must ..."), acronyms, words with a capital
inside ("McDonald") and the names the project's own data knows: countries, nationalities,
capitals, seats and international bodies of the actor lexicon, places of the gazetteer and
persons of the office-holder knowledge base. A one-word place or person whose name is also an
English verb, adjective or adverb (the lemmatizer's word index: "March", "Deal", "Storm") is
lowered: a headline uses such a word as the word far more often than as the name.

After the parser, ``HeadlineVerbs`` repairs a headline's present-tense verb the small model read
as a noun: a noun root with a subject is re-tagged a verb, and (rule
``parse.headline_verb_modifier``) a verb read as a modifier of its object ("Police [detain]
opposition leader": amod) or as one noun of a run of nouns ("Riot police [detain] student
organisers": compound, for a word that is no noun or adjective of the lemmatizer's index) is
made the sentence's head, the noun phrase before it its subject and the one after it its object.

Only the case of letters changes, so the text keeps its length and every offset; the evidence
is cut from the article's own text. Cost: one regular-expression pass over the text; only a
title-case segment (a headline, a caption) is tokenised and looked up (the bundled example
stories: 0.3% of the time of their parse).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.postags import FINITE_OR_MODAL_TAGS, NOUN_TAGS
from communique.vocabulary import words as vocabulary_words

# A segment: a line, cut after a sentence's end mark (". ", "! ", "? ").
_SEGMENT = re.compile(r"[^\n]+?(?:(?<=[.!?])(?=\s)|(?=\n)|$)")
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_MIN_CAPITALISED = 3
_MAX_WORDS = 30
_OPENERS = frozenset(":\"'“‘(—–")  # after one of these (a quote only at a word's start) a
# word keeps its capital: "Kenya: Uganda ...", "Ruto: 'We ..."


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_title_case(segment: str, small: Collection[str]) -> bool:
    """Every word but the small ones capitalised, at least three of them, not all in capitals."""
    words = _WORD.findall(segment)
    if len(words) > _MAX_WORDS:
        return False
    content = [w for w in words if w.lower() not in small]
    if sum(map(_capitalised, content)) < _MIN_CAPITALISED:
        return False
    return all(_capitalised(w) for w in content) and not segment.isupper()


class HeadlineCase:
    """Puts the title-case segments of a text in sentence case (see the module's doc)."""

    def __init__(self, common_words: Collection[str]) -> None:
        from communique.actors import leaders
        from communique.actors import lexicon as lx
        from communique.places.gazetteer import gazetteer

        self.small = vocabulary_words("title_case_small_words")
        self.common = common_words  # English verbs, adjectives, adverbs (lower case)
        self.lex = lx.lexicon()
        self.gaz = gazetteer()
        self.persons = leaders._index()
        self.tokenizer = lx.tokenizer()
        self.norm = lx.norm
        self.name_kinds = lx.COUNTRY_KINDS | {lx.INTL}

    def __call__(self, text: str) -> str:
        if not any(c.isupper() for c in text):
            return text
        out: list[str] | None = None
        for m in _SEGMENT.finditer(text):
            seg = m.group()
            if is_title_case(seg, self.small):
                new = self.sentence_case(seg)
                if new != seg:
                    if out is None:
                        out = list(text)
                    out[m.start() : m.end()] = new
        return text if out is None else "".join(out)

    def _name_end(self, keys: list[str], texts: list[str], i: int) -> int:
        """The end of a known name starting at token ``i``, or ``i`` when none starts there."""
        end = i
        found = self.lex.match_at(keys, texts, i)
        if found and found[1].kind in self.name_kinds:
            end = found[0]
        found_place = self.gaz.match_at(keys, i)
        if (
            found_place
            and found_place[0] > end
            and (found_place[0] - i > 1 or keys[i] not in self.common)
        ):
            end = found_place[0]
        for n in (3, 2, 1):
            if i + n > end and i + n <= len(keys):
                key = " ".join(keys[i : i + n])
                if key in self.persons and (n > 1 or key not in self.common):
                    end = i + n
                    break
        return end

    def sentence_case(self, segment: str) -> str:
        """``segment`` in sentence case, the same length."""
        toks = self.tokenizer(segment)
        texts = [t.text for t in toks]
        keys = [self.norm(t) for t in texts]
        chars = list(segment)
        i, keep_next = 0, True
        while i < len(toks):
            text = texts[i]
            if not text[:1].isalpha():
                start = toks[i].idx
                opens = text in _OPENERS and (
                    text == ":" or start == 0 or segment[start - 1] == " "
                )
                keep_next = keep_next or opens
                i += 1
                continue
            end = self._name_end(keys, texts, i)
            if end > i + 1 or (end > i and keys[i] not in self.small):
                i, keep_next = end, False
                continue
            low = text.lower()
            lowerable = (
                not keep_next
                and text[:1].isupper()
                and text[1:] == text[1:].lower()
                and len(text) > 1
                and len(low) == len(text)
            )
            if lowerable:
                start = toks[i].idx
                chars[start : start + len(text)] = low
            i, keep_next = i + 1, False
        return "".join(chars)


# -- headline verbs -------------------------------------------------------------------------
# In a headline the verb often has no auxiliary, no article around it and a noun reading
# ("Protesters storm parliament", "Lithuania summons envoy"): the small model tags it as a noun
# and still makes it the root with a subject. Such a root is a present-tense verb.
_NOUN_TAGS = {"NN": "VBP", "NNS": "VBZ"}
_NOUN_ONLY_DEPS = frozenset({"det", "poss", "amod", "nummod", "case", "predet"})


def verb_forms(word: str) -> tuple[str, ...]:
    """The base forms a present-tense verb ``word`` (lower case) could have."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    return (word,)


# A headline's present-tense verb read as a modifier of its object ("Police *detain* opposition
# leader", "Border guards *detain* fishermen"): the small model makes the verb an adjective or
# noun modifier (amod) on the object, and the sentence one noun phrase with no event in it.
_MODIFIER_TAGS = frozenset({"NN", "NNS", "NNP", "JJ", "VB", "VBP", "VBZ"})
_SUBJECT_DEPS = ("nsubj", "nmod")  # the root's subject, or its noun modifier ("Police/nmod")
_SUBJECT_NOUN_TAGS = NOUN_TAGS
_FINITE = FINITE_OR_MODAL_TAGS
_MOVED_DEPS = ("punct", "advcl", "npadvmod", "cc", "conj", "prep")


def _present_tag(word: str, subject: Token, verbs: Collection[str]) -> str | None:
    """VBP for a verb's base form after a plural subject, VBZ for its "-s" form after a singular
    one, None when ``word`` is no such verb form."""
    if subject.tag_ in ("NNS", "NNPS") and word in verbs:
        return "VBP"
    if (
        subject.tag_ in ("NN", "NNP")
        and word.endswith("s")
        and any(f in verbs for f in verb_forms(word))
    ):
        return "VBZ"
    if subject.tag_ in ("NN", "NNP") and subject.lower_ in _PLURAL_COLLECTIVES and word in verbs:
        return "VBP"  # "Police detain ...": a collective noun written with a plural verb
    return None


_PLURAL_COLLECTIVES = frozenset({"police", "people", "military", "staff", "clergy", "militia"})


def verb_read_as_modifier(tok: Token, verbs: Collection[str], adjectives: Collection[str]):
    """(subject, object, tag) when ``tok`` is a headline's present-tense verb the parser hung as
    a modifier (amod) on its object: the word is an English verb of the lemmatizer's index and
    no adjective, has no dependents but its subject, opens the object's phrase (nothing before it there: "the
    *detained* leader" is a true modifier), and comes right after the subject's phrase, a noun
    that is the root's subject (the object the root) or the root itself (the object its
    object); the sentence has no finite verb of its own. Else None."""
    if tok.dep_ != "amod" or tok.tag_ not in _MODIFIER_TAGS:
        return None
    kids = list(tok.children)  # at most its subject, hung on it by the parser ("Police [detain]")
    if len(kids) > 1 or (kids and (kids[0].dep_ != "nsubj" or kids[0].i > tok.i)):
        return None
    word = tok.lower_
    if word in adjectives or tok.i == 0:
        return None
    obj = tok.head
    if obj.i <= tok.i or obj.tag_ not in _SUBJECT_NOUN_TAGS:
        return None
    if any(
        c.left_edge.i < tok.i for c in obj.lefts if c.dep_ not in _SUBJECT_DEPS and c.i != tok.i
    ):
        return None  # "the *detained* leader": something of the object's own before the word
    sent = tok.sent
    if any(t.tag_ in _FINITE and t.dep_ != "amod" for t in sent):
        return None
    before = tok.doc[tok.i - 1]
    subject = kids[0] if kids and kids[0].right_edge.i == tok.i - 1 else None
    if subject is not None and obj.dep_ != "ROOT":
        return None
    if subject is None and obj.dep_ == "ROOT":
        subject = next(
            (c for c in obj.lefts if c.dep_ in _SUBJECT_DEPS and c.right_edge.i == tok.i - 1),
            None,
        )
    elif obj.dep_ in ("dobj", "appos") and obj.head.dep_ == "ROOT" and obj.head.i == before.i:
        subject = obj.head
    if subject is None or subject.tag_ not in _SUBJECT_NOUN_TAGS:
        return None
    if subject.left_edge.i != sent.start:
        return None  # the subject opens the line, as a headline's does
    tag = _present_tag(word, subject, verbs)
    return None if tag is None else (subject, obj, tag)


def _force_subject(tok: Token) -> bool:
    """The noun right before ``tok`` names police, soldiers or an armed group ("Police [arrest]
    journalist", "Rebels [raid] town"), whose headline verb may also be a noun."""
    before = tok.doc[tok.i - 1]
    word = before.lower_
    plural = before.tag_ in ("NNS", "NNPS") or word in _PLURAL_COLLECTIVES
    return plural and (word in _FORCE_WORDS or word[:-1] in _FORCE_WORDS)


_FORCE_WORDS = vocabulary_words("security_force_words") | vocabulary_words("armed_group_words")


def _compound_subject(root: Token, kids: list[Token]) -> Token | None:
    """The subject of a noun root the parser gave a direct object but read its subject as a
    compound ("Police [compound] arrest [ROOT] teacher [dobj]"): the root's one left child, a
    compound naming police, soldiers or an armed group that opens the line; else None."""
    lefts = [k for k in kids if k.i < root.i]
    if len(lefts) != 1 or not any(k.dep_ == "dobj" and k.i > root.i for k in kids):
        return None
    left = lefts[0]
    if left.dep_ != "compound" or left.left_edge.i != root.sent.start:
        return None
    return left if left.right_edge.i == root.i - 1 and _force_subject(root) else None


def verb_read_as_compound(tok: Token, verbs: Collection[str], others: Collection[str]):
    """(subject, object, tag) when ``tok`` is a headline's present-tense verb the parser read as
    one noun of a run of nouns ("Police [detain] union organisers" parsed as one compound noun):
    a word that is an English verb and no noun or adjective of the lemmatizer's index (so no
    compound can hold it), with no dependents, after a noun that opens the line and before the
    rest of the run, whose head is the sentence's root; the sentence has no finite verb. Else
    None."""
    if tok.dep_ != "compound" or list(tok.children) or tok.i == 0:
        return None
    word = tok.lower_
    forms = verb_forms(word) if word.endswith("s") else (word,)
    if (word in others or any(f in others for f in forms)) and not _force_subject(tok):
        return None
    sent = tok.sent
    if tok.i == sent.start or any(t.tag_ in _FINITE and t.i != tok.i for t in sent):
        return None
    obj = tok.head
    while obj.dep_ == "compound" and obj.i > tok.i:
        obj = obj.head
    if obj.dep_ != "ROOT" or obj.i <= tok.i or obj.tag_ not in _SUBJECT_NOUN_TAGS:
        return None
    subject = tok.doc[tok.i - 1]
    opening = tok.doc[sent.start : tok.i]
    if subject.tag_ not in _SUBJECT_NOUN_TAGS or any(
        t.tag_ not in _SUBJECT_NOUN_TAGS or t.dep_ != "compound" for t in opening
    ):
        return None
    tag = _present_tag(word, subject, verbs)
    return None if tag is None else (subject, obj, tag)


def _make_verb(verb: Token, subject: Token, obj: Token, tag: str) -> None:
    """``verb`` heads the sentence with ``subject`` and ``obj``; what hung on the subject or the
    object after the verb (a preposition, the final punctuation) now hangs on the verb."""
    holders = [obj, subject] if obj.head.i == subject.i else [obj]
    for t in subject.doc[subject.sent.start : subject.i]:
        if t.head.i >= verb.i:  # the subject's own words, hung on the object's noun run
            t.head = subject
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = tag
    for holder in holders:
        for c in [c for c in holder.rights if c.i > obj.i and c.dep_ in _MOVED_DEPS]:
            if c.dep_ != "prep" or c.lower_ != "of":  # "leader *of* the party" stays the noun's
                c.head = verb
    subject.head = verb
    subject.dep_ = "nsubj"
    obj.head = verb
    obj.dep_ = "dobj"


class HeadlineVerbs:
    """A sentence root tagged as a noun that has a subject before it, no determiner, possessive
    or adjective of its own, and whose word is an English verb (the lemmatizer's index) is
    re-tagged as a present-tense verb (VBZ for "-s", else VBP), before the attribute ruler
    and the lemmatizer read the tag. A present-tense verb read as a modifier of its object
    (``verb_read_as_modifier``) is made the head of the sentence (rule
    ``parse.headline_verb_modifier``)."""

    def __init__(
        self, verbs: Collection[str], adjectives: Collection[str] = (), nouns: Collection[str] = ()
    ) -> None:
        self.verbs = verbs
        self.adjectives = adjectives
        self.others = frozenset(adjectives) | frozenset(nouns)  # words a noun run can hold

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if (
                tok.dep_ == "compound"
                and self.others
                and (tok.lower_ in self.verbs or tok.lower_.endswith("s"))
            ):
                found = verb_read_as_compound(tok, self.verbs, self.others)
                if found is not None:
                    _make_verb(tok, *found)
                    continue
            if tok.dep_ == "amod" and (tok.lower_ in self.verbs or tok.lower_.endswith("s")):
                found = verb_read_as_modifier(tok, self.verbs, self.adjectives)
                if found is not None:
                    _make_verb(tok, *found)
                    continue
            if tok.dep_ != "ROOT" or tok.tag_ not in _NOUN_TAGS:
                continue
            kids = list(tok.children)
            if any(k.dep_ in _NOUN_ONLY_DEPS for k in kids):
                continue
            if not any(k.dep_ == "nsubj" and k.i < tok.i for k in kids):
                subject = _compound_subject(tok, kids)
                if subject is None:
                    continue
                subject.dep_ = "nsubj"  # "Police [compound] arrest [ROOT] teacher [dobj]"
            word = tok.lower_
            forms = verb_forms(word) if tok.tag_ == "NNS" else (word,)
            if any(f in self.verbs for f in forms):
                tok.tag_ = _NOUN_TAGS[tok.tag_]
        return doc


def lemma_index_words(nlp: Language, parts: tuple[str, ...]) -> frozenset[str]:
    """The words of the model lemmatizer's index for these parts of speech (none without one)."""
    lemmatizer = dict(nlp.components).get("lemmatizer")  # disabled in the fast pipeline
    if lemmatizer is None or not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(w for pos in parts for w in index.get(pos, ()))


@Language.factory("communique_headline_verbs")
def _headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(
        lemma_index_words(nlp, ("verb",)),
        lemma_index_words(nlp, ("adj",)),
        lemma_index_words(nlp, ("noun",)),
    )
