"""Testimony in a trial: what a witness concedes, admits, denies or supports on the stand is
evidence in a case, not an act of the state or party the witness belongs to (rule
filter.testimony)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

# the witness's own stances that testimony expresses: not acts of anyone's state
STANCE_TYPES = frozenset({"CONCEDE", "SUPPORT", "AGREE", "REJECT"})
SETTINGS = words("testimony_settings")  # "under *cross-examination*"
WITNESS_NOUNS = words("witness_nouns")  # "*the witness* conceded"
AUDIENCES = words("court_audiences")  # "told *the court* he ..."
PERSONAL = words("subject_pronouns") - {"it"}  # a witness is a person: "he", "we", not "it"


def testimony(tok: Token, plover: str) -> str | None:
    """The words that make the trigger ``tok`` a witness's stance given in testimony ("conceded
    *under cross-examination*", "*the witness* admitted", "*told the court* he supported the
    charges", "a police officer *testifying* ... conceded"), or None."""
    if plover not in STANCE_TYPES:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            setting = next((o for o in c.children if o.lemma_.lower() in SETTINGS), None)
            if setting is not None:
                return f"under {setting.text}"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        if subj.lemma_.lower() in WITNESS_NOUNS:
            return subj.text
        if any(c.dep_ == "acl" and c.lemma_.lower() == "testify" for c in subj.children):
            return "testifying"
    head = tok.head
    if (
        tok.dep_ == "ccomp"
        and subj is not None
        and subj.lower_ in PERSONAL
        and (
            head.lemma_.lower() == "testify"
            or (
                head.lemma_.lower() == "tell"
                and any(
                    c.dep_ in ("dobj", "dative") and c.lemma_.lower() in AUDIENCES
                    for c in head.children
                )
            )
        )
    ):
        return f"{head.text} … {tok.text}"
    return None
