"""The spaCy pipeline as ingest runs it: only what the coder needs, and no more.

``load_pipeline()`` gives the coder's pipeline (built by ``communique.nlp.build_pipeline`` from
the one loaded model) with two speed-ups that leave the coded output unchanged
(``bench/accuracy_check.py`` checks that): the attribute ruler evaluated once per kind of
token, and lemmas and entities made only for sentences that can hold an event.

``parse_texts`` masks each story's dateline ("Moscow, November 2 (RHC) --") with spaces
before parsing, so the dateline is never read as part of the first sentence (its place is
kept as article metadata) while every character offset stays an offset into the story text.
In the same way a line in title case (a headline, a caption) is parsed in sentence case
(``communique.articles.headline``): only the case of its words changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

from communique.articles.dateline import insert_datelines, item_datelines, opening_dateline
from communique.articles.headline import HeadlineCase, lemma_index_words
from communique.model import Article

# spaCy's tokenizer is quadratic in the length of a run without whitespace (20,000 "(" took
# a minute), so the characters of such a run past this many are blanked before parsing.
MAX_TOKEN_CHARS = 100
_LONG_RUN = re.compile(rf"(?<=\S{{{MAX_TOKEN_CHARS}}})\S+")


def cap_long_runs(text: str) -> str:
    """``text`` with every character of a whitespace-free run past the first
    ``MAX_TOKEN_CHARS`` replaced by a space: same length, so offsets stay valid."""
    if len(text) <= MAX_TOKEN_CHARS:
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def parse_text(article: Article, headline: HeadlineCase | None = None) -> str:
    """The text spaCy parses: the article's text with its dateline blanked out, over-long
    runs without whitespace cut (``cap_long_runs``) and, given ``headline``, its title-case
    lines in sentence case; offsets are those of ``article.text``."""
    text = cap_long_runs(article.text)
    if headline is not None:
        text = headline(text)
    found = opening_dateline(text)
    # a page of short items each filed from its own place ("TBILISI - ...", then "SEOUL,
    # South Korea - North Korea fired ..."): every item's dateline is blanked, not only the
    # first, so that the place is not read into the sentence's subject
    spans = [(d.start, d.end) for d in item_datelines(text)]
    # an agency insert's dateline inside a page ("HAMBURG, May 21 (Wire) -", rule
    # mention.insert_dateline): its place is no party of the sentence it opens
    spans += [(d.start, d.end) for d in insert_datelines(text)]
    if found is not None:
        spans.append((found.start, found.end))
    for start, end in sorted(set(spans)):
        text = text[:start] + re.sub(r"\S", " ", text[start:end]) + text[end:]
    return text


_HEADLINE_CASE: dict[int, HeadlineCase] = {}


def headline_case(nlp: Language) -> HeadlineCase:
    """The ``HeadlineCase`` for ``nlp``: its common words are the verbs, adjectives and adverbs
    of the model's lemmatizer index (built once per pipeline)."""
    found = _HEADLINE_CASE.get(id(nlp))
    if found is None:
        common = lemma_index_words(nlp, ("verb", "adj", "adv"))
        found = _HEADLINE_CASE[id(nlp)] = HeadlineCase(common)
    return found


def parse_texts(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Doc]:
    """One parsed Doc per article, in order; offsets in each Doc are offsets into article.text.

    Only the linguistic components run here; the coder's components run in
    ``communique.coding.code_article``. Each Doc carries its article in
    ``doc._.communique_article``.

    The coder's components are disabled only while a batch is parsed, never while a Doc is
    handed out: a caller may code each Doc before asking for the next."""
    from communique.coding.components import CODER_PIPES

    coder = [p for p in CODER_PIPES if p in nlp.pipe_names]
    headline = headline_case(nlp)
    batch: list[Doc] = []
    for a in chain(articles, [None]):
        if a is not None:
            doc = nlp.make_doc(parse_text(a, headline))
            doc._.communique_article = a
            batch.append(doc)
        if batch and (a is None or len(batch) >= batch_size):
            with nlp.select_pipes(disable=coder):
                parsed = list(nlp.pipe(batch, batch_size=batch_size))
            batch = []
            yield from parsed


@lru_cache(maxsize=2)
def load_pipeline(fast: bool = True) -> Language:
    """The coder's pipeline (``communique.nlp.build_pipeline``), built once per process.

    ``fast`` (the default): the attribute ruler runs from a per-token-kind cache and lemmas and
    entities are made only for sentences that can hold an event (see ``EventSentences``): the
    same coded output for much less work. Both share the one loaded model.
    """
    from communique.nlp import build_pipeline

    return build_pipeline(fast=fast)


# -- speed: same annotations the coder reads, less work ---------------------------------------
# Measured on the benchmark corpus (`communique bench`): the attribute ruler's Matcher costs
# about as much as the parser, and NER (with its own tok2vec) more than tagger+parser. The
# coder only reads entities and lemmas in sentences that can hold an event (a trigger word of
# the lexicon), so those two run on such sentences only; the parser still runs on the whole
# article, so sentence boundaries, indices and the actor finder's view of the story are those
# of the full pipeline. `bench/accuracy_check.py` checks the coded output stays identical.


# The speed caches below are keyed by kinds of word; a long ingest (a feed over months) keeps
# meeting new words, so each cache is emptied when it reaches this many entries and refills
# from the words in use. Emptying changes no annotation: every entry is recomputed on demand.
CACHE_ENTRIES = 400_000


def _room(cache: dict[Any, Any]) -> dict[Any, Any]:
    """``cache``, emptied first when it holds ``CACHE_ENTRIES`` entries."""
    if len(cache) >= CACHE_ENTRIES:
        cache.clear()
    return cache


def _spec_ok(spec: dict[str, Any], key: tuple[str, str, str, bool]) -> bool:
    """Does a token with ``key`` = (lower, tag, dep, is_space) satisfy one pattern token?"""
    return all(_test_ok(op, arg, key[pos]) for pos, op, arg in _checks(spec))


def _hashable(test: tuple[str, Any]) -> bool:
    """Can an "==" or "IN" test be answered by a dict look-up of the value (its values are
    strings or bools, which compare equal exactly when they hash and look up equal)?"""
    op, arg = test
    return all(isinstance(v, (str, bool)) for v in ([arg] if op == "==" else arg))


def _test_ok(op: str, arg: Any, got: Any) -> bool:
    """Does the value ``got`` of one attribute pass one test of a pattern token?"""
    return not (
        (op == "==" and got != arg)
        or (op == "IN" and got not in arg)
        or (op == "NOT_IN" and got in arg)
        or (op == "REGEX" and not arg.search(got))
    )


# a pattern token's tests, made once per token (the attribute ruler's patterns live as long
# as the pipeline): id(spec) -> (spec, [(attribute position, operator, argument)])
_CHECKS: dict[int, tuple[dict[str, Any], list[tuple[int, str, Any]]]] = {}


def _checks(spec: dict[str, Any]) -> list[tuple[int, str, Any]]:
    found = _CHECKS.get(id(spec))
    if found is not None and found[0] is spec:
        return found[1]
    checks: list[tuple[int, str, Any]] = []
    for attr, want in spec.items():
        pos = _RULER_ATTRS.index(attr)
        if isinstance(want, dict):
            for op, arg in want.items():
                if op == "REGEX":
                    checks.append((pos, op, re.compile(arg)))
                elif op in ("IN", "NOT_IN"):
                    checks.append((pos, op, arg))
        else:
            checks.append((pos, "==", want))
    _CHECKS[id(spec)] = (spec, checks)
    return checks


_RULER_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")


class FastAttributeRuler:
    """spaCy's attribute ruler with its patterns evaluated once per kind of token.

    The model's patterns test only LOWER, TAG, DEP and IS_SPACE with fixed-length token
    sequences, so the attributes a token gets depend on those four values (plus, for the few
    multi-token patterns, its neighbours'). Same result as the Matcher, about 8x faster.
    """

    def __init__(self, ruler: Any) -> None:
        self.single: list[tuple[int, dict[str, Any]]] = []
        self.multi: list[tuple[int, list[dict[str, Any]], int]] = []
        for pid, p in enumerate(ruler.patterns):
            for pat in p["patterns"]:
                if any(set(spec) - set(_RULER_ATTRS) for spec in pat):
                    raise ValueError(f"attribute ruler pattern not supported: {pat}")
                if len(pat) == 1:
                    self.single.append((pid, pat[0]))
                else:
                    self.multi.append((pid, pat, ruler.indices[pid]))
        self.attrs = ruler.attrs
        self._kinds: dict[bytes, tuple[Any, tuple[int, ...], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}
        # A pattern token's tests are a conjunction of tests of one attribute each, so a kind
        # of token satisfies it when each of its four values does. Bit n of a mask stands for
        # the n-th pattern token of ``self._specs`` (the single-token patterns, then the first
        # tokens of the multi-token ones); ``_value_masks[pos][value]``: the pattern tokens
        # whose tests of attribute ``pos`` the value passes (those with none pass too). Each
        # value is tested once, and a new kind of token costs four look-ups, not 180 patterns.
        self._specs = [spec for _, spec in self.single] + [pat[0] for _, pat, _ in self.multi]
        self._tests: list[list[tuple[int, list[tuple[str, Any]]]]] = [
            [] for _ in _RULER_ATTRS
        ]  # per attribute: (bit, that pattern token's tests of the attribute)
        self._free = [0] * len(_RULER_ATTRS)  # per attribute: bits of tokens that never test it
        # per attribute: value -> bits of tokens whose one test of it is "== value" or "IN"
        # a list holding the value (most tests are), found by one look-up
        self._equal: list[dict[Any, int]] = [{} for _ in _RULER_ATTRS]
        for bit, spec in enumerate(self._specs):
            for pos in range(len(_RULER_ATTRS)):
                tests = [(op, arg) for at, op, arg in _checks(spec) if at == pos]
                if not tests:
                    self._free[pos] |= 1 << bit
                elif len(tests) == 1 and tests[0][0] in ("==", "IN") and _hashable(tests[0]):
                    op, arg = tests[0]
                    for value in [arg] if op == "==" else arg:
                        equal = self._equal[pos]
                        equal[value] = equal.get(value, 0) | 1 << bit
                else:
                    self._tests[pos].append((bit, tests))
        self._value_masks: list[dict[Any, int]] = [{} for _ in _RULER_ATTRS]
        self._decoded: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _kind(self, raw: bytes, doc: Doc) -> tuple[Any, tuple[int, ...], tuple[int, ...]]:
        kind = self._kinds.get(raw)
        if kind is None:
            ids = [int(x) for x in numpy.frombuffer(raw, dtype=numpy.uint64)]
            s = doc.vocab.strings
            key = (
                s[ids[0]],
                s[ids[1]] if ids[1] else "",
                s[ids[2]] if ids[2] else "",
                bool(ids[3]),
            )
            mask = -1
            for pos, value in enumerate(key):
                mask &= self._value_mask(pos, value)
            decoded = self._decoded.get(mask)
            if decoded is None:
                n_single = len(self.single)
                bits = [n for n in range(len(self._specs)) if mask >> n & 1]
                single = tuple(sorted({self.single[n][0] for n in bits if n < n_single}))
                starts = tuple(n - n_single for n in bits if n >= n_single)
                decoded = self._decoded[mask] = (single, starts)
            kind = _room(self._kinds)[raw] = (key, *decoded)
        return kind

    def _value_mask(self, pos: int, value: Any) -> int:
        """The pattern tokens whose tests of attribute ``pos`` ``value`` passes (bits)."""
        masks = self._value_masks[pos]
        mask = masks.get(value)
        if mask is None:
            mask = self._free[pos] | self._equal[pos].get(value, 0)
            for bit, tests in self._tests[pos]:
                if all(_test_ok(op, arg, value) for op, arg in tests):
                    mask |= 1 << bit
            _room(masks)[value] = mask
        return mask

    def _merge(self, pids: tuple[int, ...]) -> dict[int, int]:
        merged = self._merged.get(pids)
        if merged is None:
            merged = {}
            for pid in pids:  # later patterns win, as in AttributeRuler
                merged.update(self.attrs[pid])
            self._merged[pids] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        arr = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).astype(numpy.uint64, copy=False)
        rows = numpy.ascontiguousarray(arr).view(numpy.dtype((numpy.void, 32))).ravel()
        kinds = [self._kind(r, doc) for r in rows.tolist()]
        extra: dict[int, set[int]] = {}
        for s, kind in enumerate(kinds):
            for m in kind[2]:
                pid, pat, index = self.multi[m]
                if s + len(pat) <= len(kinds) and all(
                    _spec_ok(pat[j], kinds[s + j][0]) for j in range(1, len(pat))
                ):
                    extra.setdefault(s + index, set()).add(pid)
        for i, tok in enumerate(doc):
            pids = kinds[i][1]
            if i in extra:
                pids = tuple(sorted(set(pids) | extra[i]))
            if pids:
                set_token_attrs(tok, self._merge(pids))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class EventSentences:
    """Which sentences can hold an event: a word whose possible lemma is a trigger in the
    coder's lexicon (with its required companion word, if the rule has one). A superset of
    what the coder can match: every lemma the rule lemmatizer could give a word is tried."""

    def __init__(self, nlp: Language) -> None:
        from communique.coding.patterns import surface_lemmas, trigger_rules

        lookups = nlp.get_pipe("lemmatizer").lookups
        self.exc = lookups.get_table("lemma_exc")
        self.rules = lookups.get_table("lemma_rules")
        self.triggers = {
            lemma: events
            for lemma, rules in trigger_rules().items()
            if (events := [r for r in rules if r.event])
        }
        self.surface = surface_lemmas()
        self.wanted = set(self.triggers) | {
            w for rules in self.triggers.values() for r in rules for w in r.with_words
        }
        self.fixed: dict[str, set[str]] = {}  # lemmas the attribute ruler sets by word
        for p in nlp.get_pipe("attribute_ruler").patterns:
            lemma = p["attrs"].get("LEMMA")
            for pat in p["patterns"] if lemma else ():
                lower = pat[p.get("index", 0)].get("LOWER")
                words = lower.get("IN", []) if isinstance(lower, dict) else [lower]
                for w in words:
                    if isinstance(w, str):
                        self.fixed.setdefault(w, set()).add(lemma.lower())
        self._cache: dict[str, frozenset[str]] = {}

    def lemmas(self, word: str) -> frozenset[str]:
        """Trigger-relevant lemmas ``word`` (lower case) could have."""
        found = self._cache.get(word)
        if found is None:
            out = {word, *self.fixed.get(word, ()), *self.surface.get(word, ())}
            for pos in ("noun", "verb", "adj", "adv"):
                out.update(self.exc.get(pos, {}).get(word, ()))
                for old, new in self.rules.get(pos, ()):
                    if word.endswith(old) and len(word) > len(old):
                        out.add(word[: len(word) - len(old)] + new)
            found = _room(self._cache)[word] = frozenset(x for x in out if x in self.wanted)
        return found

    def __call__(self, sent: Span) -> bool:
        lemmas: set[str] = set()
        for tok in sent:
            lemmas |= self.lemmas(tok.lower_)
        return any(r.could_match(lemmas) for lemma in lemmas for r in self.triggers.get(lemma, ()))


# NER sees this many tokens of context either side of an event sentence, as in the whole
# article: its features reach 4 tokens each way and its decisions run left to right.
NER_CONTEXT = 12


class EventSentenceAnnotator:
    """Lemmas and named entities for the sentences that can hold an event only.

    The lemmatizer runs token by token there, its answers cached by word, POS and morphology
    (all they depend on; spaCy's own cache skips base forms). NER gets a Doc of those
    sentences' words (with ``NER_CONTEXT`` tokens of context) and its entities are copied
    back. Other tokens keep no lemma and no entity (``O``).
    """

    def __init__(self, nlp: Language) -> None:
        self.which = EventSentences(nlp)
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.ner = nlp.get_pipe("ner")
        self.vocab = nlp.vocab
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        return self._run([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _lemmatize(self, doc: Doc, spans: list[tuple[int, int]]) -> None:
        """The lemmatizer's lemma for each token in ``spans`` (from a cache of its answers)."""
        if not spans:
            return
        overwrite, cache = self.lemmatizer.overwrite, self._lemmas
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        rows = arr.tolist()  # one conversion, not one per token
        for start, end in spans:
            for i in range(start, end):
                orth, pos, morph, lemma = rows[i]
                if lemma and not overwrite:
                    continue
                key = (orth, pos, morph)
                found = cache.get(key)
                if found is None:  # same key as spaCy's own cache: the answer depends on no more
                    found = _room(cache)[key] = self.vocab.strings.add(
                        self.lemmatizer.lemmatize(doc[i])[0]
                    )
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))

    def _run(self, docs: list[Doc]) -> list[Doc]:
        subs, picks = [], []
        for doc in docs:
            runs: list[list[int]] = []  # event sentences, with NER_CONTEXT tokens either side
            spans: list[tuple[int, int]] = []
            for sent in doc.sents:
                if not self.which(sent):
                    continue
                spans.append((sent.start, sent.end))
                start = max(0, sent.start - NER_CONTEXT)
                end = min(len(doc), sent.end + NER_CONTEXT)
                if runs and start <= runs[-1][1]:
                    runs[-1][1] = max(runs[-1][1], end)
                else:
                    runs.append([start, end])
            self._lemmatize(doc, spans)
            idx = [i for start, end in runs for i in range(start, end)]
            starts = {start for start, _ in runs}  # NER never runs an entity across these
            picked = [doc[i] for i in idx]  # one Token object per picked word
            spaces = [bool(t.whitespace_) or k + 1 == len(idx) for k, t in enumerate(picked)]
            sent_starts = [bool(t.is_sent_start) or t.i in starts for t in picked]
            words = [t.text for t in picked]
            subs.append(Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts))
            picks.append(idx)
        for doc, idx, sub in zip(docs, picks, self.ner.pipe(subs), strict=True):
            ents = [  # an entity across two picked sentences that are not adjacent is dropped
                Span(doc, idx[e.start], idx[e.end - 1] + 1, label=e.label)
                for e in sub.ents
                if idx[e.end - 1] - idx[e.start] == e.end - e.start - 1
            ]
            doc.set_ents(ents, default="outside")
        return docs


@Language.factory("communique_fast_attribute_ruler")
def _fast_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("communique_event_sentences")
def _event_annotator(nlp: Language, name: str) -> EventSentenceAnnotator:
    return EventSentenceAnnotator(nlp)
