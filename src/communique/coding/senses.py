"""Sense checks for the false friends of the trigger lexicon ("beat" a side in a final, a
"heart attack", "fired" the coach, "shot" a film, "launched" a phone), from
``data/coding/senses.tsv``: a trigger matched by a bare row is looked at with the words next to
it in the parse (its dependents, theirs, and its head); a row whose context word is there drops
the trigger (``filter.sense``) or recodes it (``recode.sense``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from communique.actors.lexicon import everyday_people
from communique.actors.names import state_in_lexicon
from communique.coding.lexicon import DATA_DIR, read_tsv
from communique.coding.modality import condition_mark
from communique.coding.patterns import TriggerRule, trigger_rules
from communique.coding.people_objects import people_keys
from communique.coding.rules import rule
from communique.coding.syntax import GROUP_PARTY_ENTS, counted
from communique.coding.triggers import Trigger, conditional_answer
from communique.coding.unreal_clauses import trailing_inversion
from communique.postags import FINITE_VERB_TAGS
from communique.vocabulary import words

KIND_OF_PEOPLE = rule("recode.sense_kind_of_people")  # _kind_of_people
KEEP = "="  # the cameo of a row naming the political sense: the trigger stays as it is
POS = {
    "verb": ("VERB",),
    "noun": ("NOUN", "PROPN"),
    "any": ("VERB", "NOUN", "PROPN", "ADJ"),
    "aux": ("AUX",),  # a modal trigger ("Y *should* ...", triggers.tsv's reported obligation)
}


@dataclass(frozen=True)
class Sense:
    lemma: str
    pos: str
    sense: str
    context: frozenset[str]
    cameo: str | None  # None: no event; KEEP: the trigger's own (political) sense
    note: str


@lru_cache(maxsize=1)
def senses() -> dict[str, list[Sense]]:
    out: dict[str, list[Sense]] = {}
    for row in read_tsv(DATA_DIR / "senses.tsv"):
        if row["pos"] not in POS:
            raise ValueError(f"senses.tsv: {row['lemma']}: pos must be one of {sorted(POS)}")
        words = frozenset(w.strip() for w in row["context"].split("|") if w.strip())
        cameo = None if row["cameo"] == "-" else row["cameo"]
        out.setdefault(row["lemma"], []).append(
            Sense(row["lemma"], row["pos"], row["sense"], words, cameo, row["note"])
        )
    return out


PLACE_ENTS = ("GPE", "LOC", "FAC")
STATE_ENTS = ("GPE", "NORP")
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def neighbours(tok: Token) -> set[str]:
    """Lower-case lemmas (and words) of the trigger's dependents, their dependents, its head;
    "on:@place" for a preposition with a named place after it, "@clause" for a clause it
    governs, "@fact_clause" when that clause states a fact ("insisted the law *met* them"),
    "@condition" when that clause is on a named party's condition, "@dobj" for a direct object it has, "@intransitive" for an active verb with a
    subject and no object, "@attr" when it is a copula's complement,
    "subj:<verb>" when it is that verb's subject, "under:in" when it is the object of that
    preposition ("held *in detention*"), "@infinitive" for a "to"-infinitive that
    names its content or aim ("a threat *to close* the border", "battled *to contain* it"),
    the word an amount names ("pilgrims" in "*thousands of pilgrims* marched"),
    "of:@gerund" for a preposition with a gerund after it ("the step *of suspending* a
    member"), "antecedent:sentence" for the noun right before a verb's subject that a contact
    relative clause hangs on ("a sentence *a court handed* him"), "dobj:reshuffle" for a verb's direct object's lemma, "for:suspect" for a preposition with its object's lemma, "@score" for a game's
    score hung on it or on the named side it beat ("beat France *27-19*"), "@state" for a noun a
    state owns ("the Russian strikes"), "kind:song" for a noun that modifies that noun ("protest
    songs"), "adj_to:hard" for a to-infinitive completing that adjective ("hard to beat"), "@perfect" for
    a perfect ("have had to"), "@singular_of" for a singular noun with an "of" phrase ("*talk
    of* a blockade");
    for an object noun,
    an "into", "to" or "in" its verb took ("launched a probe *into* X", "laid siege *to* X",
    "staged a rally *in* stocks")."""
    near = [tok.head] if tok.head.i != tok.i else []
    places = set()
    marks: set[str] = set()
    for child in tok.children:
        near.append(child)
        near.extend(g for g in child.children if not _kind_of_people(g, child))
        if (named := counted(child)) is not None:  # "*thousands of pilgrims* marched"
            near.append(named)
        if (
            child.dep_ in ("acl", "relcl", "xcomp", "advcl")
            and child.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        ):  # "a threat *to close* X", "battled *to contain* the crisis"
            marks.add("@infinitive")
        if child.dep_ == "prep":  # "a strike *on Kyiv*": "on:@place", a named place after it
            # "the step *of suspending* a member": "of:@gerund", a gerund after it
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                marks.add(f"{child.lower_}:@gerund")
            # "searched *for suspects*": "for:suspect", the preposition with its object's lemma
            marks |= {
                f"{child.lower_}:{o.lemma_.lower()}" for o in child.children if o.dep_ == "pobj"
            }
            places |= {
                f"{child.lower_}:@place"
                for o in child.children
                if o.dep_ == "pobj"
                and (
                    o.ent_type_ in PLACE_ENTS
                    or (o.pos_ == "PROPN" and not o.ent_type_ and o.lower_ not in WEEKDAYS)
                )
            }
    # "beat France *27-19*", "defeated Wales *22-20*": a game's score hung on the trigger or on
    # the named side it beat ("@score")
    if any(_score(t) for t in _score_places(tok)):
        marks.add("@score")
    if tok.dep_ == "compound" and tok.i + 1 < len(tok.doc) and tok.head.i != tok.i + 1:
        # "*riot* police fire ...": the small model may hang a compound on a later noun; a
        # compound names a kind of the word right after it
        near.append(tok.doc[tok.i + 1])
    # "launched a *probe* into the fire", "laid *siege* to the north face": "into" or "to" hung
    # on the verb after its object noun tells what the noun is aimed at
    if tok.dep_ == "dobj":  # "staged a *rally* in tech stocks": "in" hung on the verb, too
        for prep in tok.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("into", "to", "in") and prep.i > tok.i:
                near.append(prep)
                near.extend(prep.children)
    # "recognised *that* ...": a clause as its complement ("@clause")
    if any(c.dep_ == "ccomp" for c in tok.children):
        marks.add("@clause")
    # "warned that X would face ... *if Chile* did not ...": a clause on a party's condition
    if any(c.dep_ == "ccomp" and party_condition(c) for c in tok.children):
        marks.add("@condition")
    # "warned that it would close the port": a clause telling the subject's own act to come
    if any(c.dep_ == "ccomp" and own_act_clause(tok, c) for c in tok.children):
        marks.add("@own_act")
    # "insisted (that) the law *met* the standards": a clause that states a fact ("@fact_clause"),
    # not one that says what must be done ("insisted that X *stop* / *should* stop")
    if any(c.dep_ == "ccomp" and _states_fact(c) for c in tok.children):
        marks.add("@fact_clause")
    # "warned *its citizens* to stay indoors": an advisory to the warner's own people
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _own_people(c) for c in tok.children):
        marks.add("@own_people")
    # "demonstrated *its resolve*": a verb with a direct object ("@dobj")
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children):
        marks.add("@dobj")
        # "attacked *the reshuffle*": the direct object's lemma, as "dobj:reshuffle"
        marks |= {f"dobj:{c.lemma_.lower()}" for c in tok.children if c.dep_ == "dobj"}
    elif tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "backs and *hosts* the front": the parse may hang the object shared by two verbs on
        # the first; an object after the trigger is the trigger's too (its "dobj:" mark only)
        marks |= {
            f"dobj:{c.lemma_.lower()}"
            for c in tok.head.children
            if c.dep_ == "dobj" and c.i > tok.i
        }
    # "Y *should* expect sanctions": a modal's verb's direct object, as "dobj:sanction"
    if tok.pos_ == "AUX" and tok.head.i != tok.i and tok.head.pos_ == "VERB":
        marks |= {f"dobj:{c.lemma_.lower()}" for c in tok.head.children if c.dep_ == "dobj"}
    # "the capital is *burning*": a verb with a subject and no object, active ("@intransitive")
    if (
        tok.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children)
        and not _particle_object(tok)
    ):
        marks.add("@intransitive")
    # "was a *help* to farmers": a noun that is the complement of a copula ("@attr")
    if tok.dep_ in ("attr", "oprd") and tok.pos_ in ("NOUN", "PROPN"):
        marks.add("@attr")
    # "*protest* songs", "a *protest* vote": a noun that names a kind of another, as "kind:song"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        marks.add(f"kind:{tok.head.lemma_.lower()}")
    # "visited him *in detention*": the object of a preposition, as "under:in"
    if tok.dep_ == "pobj" and tok.head.i != tok.i:
        marks.add(f"under:{tok.head.lower_}")
    # "passengers *have had* to travel": a perfect of the trigger ("@perfect"), what has been so
    if tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children
    ):
        marks.add("@perfect")
    # "the book is hard *to beat*": a to-infinitive that completes an adjective, as "adj_to:hard"
    # (its head only: "beat him hard" has "hard" as a dependent, no such mark)
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.i != tok.i:
        marks.add(f"adj_to:{tok.head.lemma_.lower()}")
    # "there was *talk of* a blockade": a singular noun with an "of" phrase ("@singular_of"),
    # not the plural of meetings ("talks on X")
    if tok.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        marks.add("@singular_of")
    # "a four-year sentence *a court handed* him": a noun right before the verb's subject,
    # with no relative word between, is the antecedent of a contact relative clause (the
    # parser often reads the clause as a conjunct), as "antecedent:sentence"
    if tok.pos_ == "VERB" and (subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)):
        edge = subj.left_edge.i
        if edge > 0 and subj.i < tok.i and tok.doc[edge - 1].pos_ == "NOUN":
            marks.add(f"antecedent:{tok.doc[edge - 1].lemma_.lower()}")
    # "the *threat* has grown": the subject of a verb, as "subj:grow"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
        marks.add(f"subj:{tok.head.lemma_.lower()}")
    # "the *Russian* strikes", "*Israel's* strikes": a state named as the noun's owner ("@state")
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in STATE_ENTS for c in tok.children
    ):
        marks.add("@state")
    return {t.lemma_.lower() for t in near} | {t.lower_ for t in near} | places | marks


_DASHES = ("-", "–", "—")
_SCORE = re.compile(r"\d{1,3}[-–—]\d{1,3}")


ADVISED_PEOPLE = words("advised_people_nouns")
ADVISED_PUBLIC = words("advised_public_nouns")


def _own_people(obj: Token) -> bool:
    """ "warned *its citizens* / *our nationals* / *travellers* ...": a direct object that names
    the warner's own people (vocabulary advised_people_nouns owned by a possessive pronoun) or
    the public at large (advised_public_nouns): a warning to them is advice, a travel warning
    or a safety notice, no threat to anyone (PLOVER THREATEN needs a target the warner would
    act against; mark "@own_people")."""
    low = obj.lemma_.lower()
    if low in ADVISED_PUBLIC or obj.lower_ in ADVISED_PUBLIC:
        return True
    return (low in ADVISED_PEOPLE or obj.lower_ in ADVISED_PEOPLE) and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children
    )


def _kind_of_people(word: Token, head: Token) -> bool:
    """ "attacked *tax* collectors", "beat *rights* workers": a noun before a noun that names
    people says which people they are (a compound of a noun the actor finder knows as people),
    not what a verbal attack or another figurative sense is about; it is no cue of a sense (rule
    recode.sense_kind_of_people)."""
    if word.dep_ != "compound" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if people_keys(head):
        return True
    people = everyday_people()  # people.tsv, people_petrarch.tsv: not actors of the finder
    return f"{word.lower_} {head.lower_}" in people or head.lower_ in people


def _score_places(tok: Token) -> list[Token]:
    """The trigger's dependents and those of a named side among them ("France 27-19")."""
    out = list(tok.children)
    out += [g for c in tok.children if c.pos_ == "PROPN" for g in c.children]
    return out


def _score(num: Token) -> bool:
    """A game's score: "27-19" as one token, or a number with a dash and a number after it."""
    if _SCORE.fullmatch(num.text):
        return True
    doc = num.doc
    return (
        num.tag_ == "CD"
        and num.text.isdigit()
        and len(num.text) <= 3
        and num.i + 2 < len(doc)
        and doc[num.i + 1].text in _DASHES
        and doc[num.i + 2].text.isdigit()
        and len(doc[num.i + 2].text) <= 3
    )


FORECAST_OUTCOMES = words("forecast_outcomes")


FACT_TAGS = FINITE_VERB_TAGS  # finite verbs of the indicative
FACT_AUXES = ("be", "have")


def _states_fact(clause: Token) -> bool:
    """Whether a complement clause states what is or was so ("the law *met* the standards",
    "it *was* ready", "talks *have* gone well"): a past-tense verb, or a present or past form of
    "be" or "have" as its verb or auxiliary, and no modal; a base form ("that X *stop*", "that
    they *be* freed") or a modal ("X *should* go") says what must be done."""
    if any(c.tag_ == "MD" for c in clause.children):
        return False
    if clause.tag_ == "VBD":
        return True
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in FACT_TAGS and a.lemma_.lower() in FACT_AUXES for a in auxes):
        return True
    return clause.tag_ in FACT_TAGS and clause.lemma_.lower() in FACT_AUXES


OWN_ACT_MODALS = ("will", "would", "could", "might", "may", "shall", "'ll", "'d", "wo")
OWN_ACT_PRONOUNS = ("it", "we")
OWN_ACT_OWNERS = ("its", "our")
SPEAKER_OWNERS = ("his", "her", "their", "my")  # "*his* country": the speaker's own
OWN_SIDE_HEADS = words("own_side_heads")
SPEAKER_GROUP_HEADS = words("speaker_group_heads")
NOT_ACTS = words("not_act_verbs")


def own_act_clause(trigger: Token, clause: Token) -> bool:
    """Whether ``clause`` tells an act the trigger's own subject says it will or could do to
    something ("X warned that *it would close* the port", "Ruritania's minister warned that
    *Ruritania could stop* Freedonian cargo", "warned that *its navy would escort* the ships"):
    a state warning (a country or nationality named in the trigger's subject), a modal, a
    direct object, a verb that names a deed (not vocabulary not_act_verbs: "would face",
    "could lose", "would have") and that no event row of the lexicon could code there (that
    act is coded itself, its future turned into a threat), and as its subject "it" or "we", a
    noun owned by "its" or "our", or the same name the trigger's subject names (rule
    filter.sense: the senses.tsv row "own_act" of 'warn' keeps the warning as a threat,
    CAMEO 130)."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() in NOT_ACTS:
        return False
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" else trigger
    warner = next((c for c in trigger.children if c.dep_ == "nsubj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubj"), None
    )  # "X told parliament ... and *warned* that ...": the subject the two verbs share
    if warner is None:
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not any(t.ent_type_ in STATE_ENTS for t in warner.subtree) and not (
        subj is not None and _speaker_group(subj)
    ):  # a state warns ("Ruritania", "Ruritania's minister"), not a bank or firm; or a
        # leader of the group the clause's doer is ("warned that *his party* would ...")
        return False
    lemmas = {t.lemma_.lower() for t in clause.subtree}
    if any(
        r.event
        and r.could_match(lemmas)
        # a row of an answer on condition ("would review its ties *if* ...") codes the act only
        # with its condition: without one the warning keeps the threat (branch threat38)
        and (r.pos != "conditional" or conditional_answer(clause))
        for r in trigger_rules().get(clause.lemma_.lower(), [])
    ):
        return False  # "warned that it would seize ...": the act is a trigger of its own
    if not any(c.dep_ == "aux" and c.lower_ in OWN_ACT_MODALS for c in clause.children):
        return False
    # a deed done to something, or one set on a condition ("its tanks would roll in *if* the
    # shelling went on", "would respond *should* X continue": rule recode.warned_condition)
    if not any(c.dep_ == "dobj" for c in clause.children) and not _conditioned(clause):
        return False
    return subj is not None and own_doer(trigger, warner, subj)


def _speaker_group(subj: Token) -> bool:
    """ "*his party* / *their lawmakers* / *her bloc* would ...": a political group owned by the
    speaker (vocabulary speaker_group_heads, by lemma): the warner's own side, whoever the warner is."""
    return subj.lemma_.lower() in SPEAKER_GROUP_HEADS and any(
        c.dep_ == "poss" and c.lower_ in SPEAKER_OWNERS for c in subj.children
    )


def own_doer(trigger: Token, warner: Token, subj: Token) -> bool:
    """Whether ``subj``, the subject of a clause a warning reports, is the warner's own side:
    "it", "we", a noun owned by "its" or "our", "his country", "their troops" (vocabulary
    own_side_heads), the name the warner names, or the warner's capital."""
    if subj.lower_ in OWN_ACT_PRONOUNS:
        return True
    if any(c.dep_ == "poss" and c.lower_ in OWN_ACT_OWNERS for c in subj.children):
        return True
    if subj.lemma_.lower() in OWN_SIDE_HEADS and any(
        c.dep_ == "poss" and c.lower_ in SPEAKER_OWNERS for c in subj.children
    ):  # "warned that *his country* / *their forces* would ...": the speaker's own state
        return True
    if _speaker_group(subj):  # "warned that *his party* would table a motion if ..."
        return True
    if (
        subj.lemma_.lower() in OWN_SIDE_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        and len(list(subj.children)) == 1
        and any(t.ent_type_ in STATE_ENTS for t in warner.subtree)
        and any(c.dep_ == "dobj" for c in subj.head.children)
    ):  # "X's minister warned that *the government* would audit every foreign bank ...":
        # the warner's own state's deed done to something ("would collapse" is none)
        return True
    if subj.pos_ != "PROPN":
        return False
    if any(t.pos_ == "PROPN" and t.lower_ == subj.lower_ for t in warner.subtree):
        return True
    # "Iran's minister cautioned that *Tehran* would ...": a capital or other name of the
    # warner's own state (rule recode.warned_condition)
    own = state_in_lexicon(" ".join(t.text for t in subj.subtree if t.pos_ == "PROPN"))
    return own is not None and any(
        state_in_lexicon(ent.text) == own
        for ent in trigger.doc.ents
        if ent.start >= warner.left_edge.i and ent.end <= warner.right_edge.i + 1
    )


def _conditioned(clause: Token) -> bool:
    """Whether ``clause`` carries a condition: an "if" or "unless" clause, or an inverted one
    ("*should* X continue")."""
    return any(condition_mark(c) for c in clause.children) or (
        trailing_inversion(clause) is not None
    )


def party_condition(clause: Token) -> bool:
    """Whether ``clause`` holds an "if" or "unless" clause whose subject is a named state,
    organisation or other proper name ("... would face inspections *if Chile* did not lift the
    quota"): what it says follows is the price of that party's act, a threat to it; a
    condition of the weather or
    the market ("if the drought continues") is none, and so is a misfortune foreseen ("would
    face a recession if X did not cut spending"). "Otherwise" with a modal ("police *would
    otherwise* clear the square") refers to the party just told what to do: a condition too."""
    if any(t.lemma_.lower() in FORECAST_OUTCOMES for t in clause.subtree):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "otherwise" for c in clause.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children
    ):  # "gave them until Friday to leave, warning that police *would otherwise* clear it":
        # what follows if the party just told what to do does not do it
        return True
    for c in clause.children:
        if not condition_mark(c):
            continue
        if any(
            s.dep_ in ("nsubj", "nsubjpass")
            and (s.ent_type_ in GROUP_PARTY_ENTS or s.pos_ == "PROPN")
            for s in c.children
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _named_lemmas() -> frozenset[str]:
    """Lemmas of the lexicon rows that senses.tsv names with their words ("step" of "step+take")."""
    return frozenset(k.split("+", 1)[0] for k in senses() if "+" in k)


def _row_key(rule: TriggerRule) -> str:
    """ "step+take": a lexicon row's lemma and its required words, as senses.tsv names it."""
    return f"{rule.lemma}+{'|'.join(sorted(w for it in rule.items for w in it))}"


def sense_of(trig: Trigger) -> tuple[Sense, str] | None:
    """The sense row that applies to ``trig`` and the context word that chose it, or None."""
    if trig.rule.items:  # a row with required words has chosen its sense already, unless
        # senses.tsv names that row ("step+take", "look+into": lemma + its required words)
        rows = senses().get(_row_key(trig.rule)) if trig.rule.lemma in _named_lemmas() else None
    else:
        rows = senses().get(trig.token.lemma_.lower()) or senses().get(trig.rule.lemma)
    if not rows:
        return None
    near = neighbours(trig.token)
    for part in trig.parts:  # "waged a *war* on drugs": the words next to the required word too
        near |= neighbours(part)
    for row in rows:
        if trig.token.pos_ not in POS[row.pos]:
            continue
        hits = row.context & near
        if hits:
            # a word names the sense better than a mark ("final" before "@score")
            return row, min(hits, key=lambda h: (h.startswith("@"), h))
    return None


def _particle_object(verb: Token) -> bool:
    """ "burned *down the home* of X": a particle right after the verb that the parser read as
    a preposition with the verb's object as its own; the verb has an object (branch unrest14)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("down", "up")
        and c.i == verb.i + 1
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
