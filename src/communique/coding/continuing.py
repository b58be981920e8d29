"""Acts told as going on: "Germany *will continue to* cooperate with Kenya", "France would *keep*
talking to Morocco". A verb of continuing (vocabulary ``continuing_verbs``) with the act as its
complement says the act is under way and goes on; the future tense is the continuing verb's, not
a plan of a new act. Such a cooperative act is coded as what it is, asserted, not recoded as an
intent (rule ``modality.continuing``; PLOVER codes *planned* cooperation as AGREE, and a
cooperation already under way is no plan). Hostile acts vowed to go on ("will continue to fight
X") stay threats."""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words


def continuing_verb(tok: Token) -> Token | None:
    """The verb of continuing whose complement is ``tok`` ("continue *to cooperate*", "keep
    *working*"), or None. "Keep" takes a gerund only ("keep the border open" is no act going
    on); "continue" a gerund or a to-infinitive. A noun trigger is taken with the verb it is
    the object of ("continue to provide food *aid*")."""
    if tok.dep_ == "dobj" and tok.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    head = tok.head
    if (
        tok.dep_ != "xcomp"
        or head.i == tok.i
        or head.lemma_.lower() not in words("continuing_verbs")
    ):
        return None
    if tok.tag_ == "VBG":
        return head
    if (
        tok.tag_ == "VB"
        and head.lemma_.lower() != "keep"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return head
    return None
