"""Whether the subject of a clause stands apart from a noun event the clause names: it backs,
relays, blocks, sets off, asks for or weighs the event ("endorsed the proposal", "will seek
the release"), or the event is only what the clause answers or when it happened ("in response to an
attack", "during the ceasefire"). Such a subject is not the event's doer (rules
actor.governing_verb_subject and actor.scene_subject do not apply)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

# the subject backs, relays, stops or sets off an event someone else does
APART_VERBS = (
    words("backing_verbs")
    | words("relaying_verbs")
    | words("blocking_verbs")
    | words(
        "brokering_verbs"
    )  # "brokered the release of": the captors release (actor.brokered_noun)
)
CAUSING_VERBS = words("causing_verbs")  # "the killing *ignited* riots"
CAUSING_PARTICLE_VERBS = words("causing_particle_verbs")  # "the arrest *set off* protests"
ASKING_VERBS = words("requesting_verbs")  # "demanded an embargo": another is to do it
# "weighing a request", "rejected the demands": a request made to the subject
ADDRESSEE_VERBS = words("weighing_verbs") | words("answering_verbs")
SPEECH_ACTS = words("proposal_nouns") - words("claim_nouns")
REACTION_FRAMES = words("reaction_frame_nouns")  # "*in response to* an attack"
STANDING_MEASURES = words("standing_measure_nouns")  # "*during the truce*"
SETTING_PREPS = ("amid", "amidst", "during", "in", "through")
MEETING_ROOT = "04"  # CAMEO 04: the one who seeks talks takes part in them
PROTEST_ROOT = "14"  # CAMEO 14: protests, which the verbs of ending a protest do not do
# "police *broke up* the sit-in", "thugs *attacked* the vigil": their subject ends or attacks the
# protest (the verb's own event), it does not protest
PROTEST_ENDERS = words("protest_ending_verbs")
AID_ROOT = "07"  # CAMEO 07: "turned to X *for* arms and aid": the subject seeks aid, it gives none
# "troops *halted* the lorries, *leaving* the supplies piled up": whoever stops or holds aid gives none
WITHHOLDING = words("withholding_verbs")
_FOLLOWING = ("advcl", "conj", "xcomp")  # "halted the lorries, *leaving* the supplies piled up"


def stands_apart(verb: Token, noun: Token, root: str) -> bool:
    """Whether ``verb``'s subject backs, relays, blocks, sets off, asks for or weighs the noun
    event ``noun`` rather than doing it: "*endorsed* the proposal", "*conveyed* the offer from X",
    "*forbids* extradition", "*ignited* riots", "*demanded* an embargo", "*weighing* a
    request"; not a verb with a particle ("carried out an attack"; but "*set off* protests"
    sets them off, vocabulary causing_particle_verbs), nor asking for a meeting
    ("sought talks with X"); for a protest noun, a verb that ends or attacks it ("police *broke
    up* the sit-in", "*cleared* the protest camp"), particle or none, as its object."""
    lemma = verb.lemma_.lower()
    if root == AID_ROOT and withholds(verb):
        return True
    if root == PROTEST_ROOT and lemma in PROTEST_ENDERS and noun.dep_ != "pobj":
        return True  # not the scene of the verb: "stormed the hall *in protest*" is theirs
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    # "*set off* weeks of protests": a particle verb that sets off, as "sparked"
    causing = (
        f"{lemma} {particles[0]}" in CAUSING_PARTICLE_VERBS if particles else lemma in CAUSING_VERBS
    )
    if particles and not causing:
        return False
    if lemma in APART_VERBS:
        return True
    if causing:
        # "troops *sparked clashes with* X": a clash or talks *with* another side has the
        # subject as the first side; "the killing ignited riots" sets off what others do
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    if lemma in ASKING_VERBS and root != MEETING_ROOT:
        return True
    return lemma in ADDRESSEE_VERBS and noun.lemma_.lower() in SPEECH_ACTS


def withholds(verb: Token) -> bool:
    """Whether ``verb`` stops, holds or takes goods (vocabulary withholding_verbs: "*stopped* the
    aid convoy", "*seized* the relief supplies"), or follows from such a verb as its clause
    ("halted the lorries, *leaving* the supplies piled up"): its subject gives no aid (rule
    actor.withheld_aid)."""
    if verb.lemma_.lower() in WITHHOLDING:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "barred X *after Washington approved* an arms sale": its own subject
    return verb.dep_ in _FOLLOWING and verb.head.lemma_.lower() in WITHHOLDING


def only_a_setting(noun: Token, prep: Token, frame: Token | None, root: str) -> bool:
    """Whether the noun event in a clause's prepositional phrase is only what the clause answers,
    when it happened or what it seeks, not an event its subject takes part in: "*in response
    to* an attack" (``frame``: the noun the phrase hangs on), "*during the truce*",
    "turned to X *for military help*"."""
    if frame is not None and frame.lemma_.lower() in REACTION_FRAMES:
        return True
    if noun.lemma_.lower() in STANDING_MEASURES and prep.lower_ in SETTING_PREPS:
        return True
    return root == AID_ROOT and prep.lower_ == "for"
