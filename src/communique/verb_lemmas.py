"""Repair verb lemmas the small English model gets wrong ("staged" -> "stag", "fined" ->
"fin", "raped" -> "rap"; issue #11).

A token tagged as a verb keeps the model's lemma unless that lemma is no known verb
("cordone") or cannot be spelled as the written word (neither a regular form by the English
spelling rules nor an irregular form of the model's exception table), and the verb-form tables (verb_forms_petrarch.tsv,
verb_forms.tsv; ``communique.coding.patterns.surface_lemmas``) name exactly one verb the word
is a form of: then the lemma is that verb. Every later reader of ``lemma_`` (trigger rules,
support verbs, "staged a strike") sees the right verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc


def regular_forms(base: str) -> set[str]:
    """The -s, -ed and -ing forms of a regular English verb, by the standard spelling rules:
    -e drops before -ing, consonant + y becomes -ied/-ies, sibilants take -es, -c takes -ked,
    a one-syllable verb ending consonant-vowel-consonant doubles its last letter (stop ->
    stopped), a final -l after one vowel takes both spellings (signalled / signaled)."""
    b = base
    if b.endswith("ee"):
        return {b, b + "s", b + "d", b + "ing"}
    if b.endswith("e") and not b.endswith(("ye", "oe")):
        return {b, b + "s", b + "d", b[:-1] + "ing"}
    if len(b) > 2 and b.endswith("y") and b[-2] not in "aeiou":
        return {b, b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
    if b.endswith(("s", "sh", "ch", "x", "z")):
        return {b, b + "es", b + "ed", b + "ing"}
    if b.endswith("c"):
        return {b, b + "s", b + "ked", b + "king"}
    out = {b, b + "s"}
    single_vowel_end = re.search(r"[^aeiou][aeiou][^aeiouwxy]$", b) is not None
    if single_vowel_end and len(re.findall(r"[aeiouy]+", b)) == 1:
        return out | {b + b[-1] + "ed", b + b[-1] + "ing"}
    out |= {b + "ed", b + "ing"}
    if single_vowel_end and b.endswith("l"):  # British spelling
        out |= {b + "led", b + "ling"}
    return out


@lru_cache(maxsize=65536)
def repaired_lemma(lower: str, lemma: str) -> str | None:
    """The verb a verb-tagged word ``lower`` is a form of, where the model's ``lemma`` cannot
    be its lemma; None to keep the model's lemma."""
    from communique.coding.patterns import surface_lemmas

    verbs = set(surface_lemmas().get(lower, ()))
    if len(verbs) != 1 or lemma in verbs:
        return None
    verb = verbs.pop()
    if not _spelled(lower, verb):
        return None  # a loose spelling of the tables ("sited" listed for sit)
    if lemma in _known_verbs() and _spelled(lower, lemma):
        return None  # the model's lemma is a verb that can be spelled so: keep it
    return verb


def _spelled(lower: str, verb: str) -> bool:
    """Is ``lower`` a form of ``verb`` by the spelling rules or the exception table?"""
    return lower in regular_forms(verb) or lower in irregular_forms().get(verb, ())


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    """Verbs of the model's lemmatiser index (WordNet's) and of the verb-form tables: a lemma
    outside them ("cordone", "rearreste": a wrong -e added) is no verb at all."""
    from communique.coding.patterns import surface_lemmas
    from communique.nlp import load_model

    lookups = load_model().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index") if "lemma_index" in lookups.tables else {}
    verbs = set(index.get("verb", ()))
    return frozenset(verbs | {v for lemmas in surface_lemmas().values() for v in lemmas})


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, frozenset[str]]:
    """Verb -> its irregular written forms (the model's lemmatiser exception table, as it
    stands: tools/trigger_verb_forms.py keeps the plain words among them)."""
    from communique.nlp import load_model

    lookups = load_model().get_pipe("lemmatizer").lookups
    exc = lookups.get_table("lemma_exc")["verb"] if "lemma_exc" in lookups.tables else {}
    out: dict[str, set[str]] = {}
    for form, lemmas in exc.items():
        for lemma in lemmas:
            out.setdefault(lemma, set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}


@Language.component("communique_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Replace impossible lemmas of verb-tagged tokens (see the module's note)."""
    for tok in doc:
        if tok.tag_.startswith("VB") and tok.lemma_:
            fixed = repaired_lemma(tok.lower_, tok.lemma_.lower())
            if fixed is not None:
                tok.lemma_ = fixed
    return doc
