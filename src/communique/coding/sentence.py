"""Code one sentence: its triggers, less those that are the content or aim of another; the
arguments of each; context recodes; dates; one Mention per event."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from communique.actors.finder import doc_segment_starts, segment_at
from communique.actors.index import ActorIndex, unique_actors
from communique.actors.lexicon import country_name
from communique.actors.memory import ActorMemory
from communique.actors.names import state_in_lexicon
from communique.actors.phrases import is_pronoun
from communique.actors.spans import BODY_AND_NGO_CODES, is_state
from communique.coding import frames
from communique.coding.aid_origin import aid_origin, handover_origin
from communique.coding.appeal_sides import between_words, deescalation_word
from communique.coding.candidate import Candidate
from communique.coding.captions import Captions, caption_paragraphs
from communique.coding.circumstance import circumstance_protests
from communique.coding.claimed_attacks import CLAIMED_TYPES, claim_in
from communique.coding.clause_arguments import place_recipient
from communique.coding.clause_dates import (
    EARLIER_MARKS,
    SETTING_PREPS,
    EarlierClause,
    across_semicolon,
    aside_relative,
    background_relative,
    before_event,
    clause_count,
    earlier_clause,
    held_at,
    lasted_hours,
    scene_of,
)
from communique.coding.context_recipients import (
    ADDRESSED_TYPES,
    DISPERSAL_VERBS,
    EARLIER_ACT_REACH,
    JUDGING_TYPES,
    SAME_WORD_REACH,
    Act,
    Protest,
    addressee,
    aid_act,
    asked_party,
    claimant,
    consular_nationals,
    crowd_target,
    earlier_act,
    fighting_counterpart,
    issued_texts,
    judged_event_pronoun,
    last_said_noun,
    legislative_acts,
    parallel_doers,
    proposer,
    protest_crowd,
    report_author,
    report_doer,
    ruling_court,
    same_side,
    statement_acts,
    story_counterpart,
    told_before,
    told_deeds,
)
from communique.coding.dates import (
    DateExpr,
    date_spans,
    happening,
    is_history,
    iso,
    resolve,
    years_counted,
)
from communique.coding.decided_acts import decision_owner
from communique.coding.dispersal import REPRESSION as DISPERSAL_REPRESSION
from communique.coding.dispersal import dispersal_means
from communique.coding.domestic import (
    arresting_police,
    domestic_kind,
    domestic_target,
    domestic_trip,
    home_budget,
    retaliation_note,
    summoning_ministry,
    warning_doer,
)
from communique.coding.earlier_gatherings import (
    earlier_gathering,
    gathering_attendees,
    visiting_party,
)
from communique.coding.emergency_services import service_help
from communique.coding.entry_means import entry_means
from communique.coding.fiction import (
    NEWS_DAYS,
    about_work,
    game_or_contest,
    legendary_doer,
    review_of_work,
    scene_cue,
    work_argument,
)
from communique.coding.figurative_groups import figurative_doer
from communique.coding.gatherings import gathering_story, untied_event
from communique.coding.lesson_page import lesson_page
from communique.coding.lexicon import cameo_table, modality_cues
from communique.coding.lookalikes import festive_closure, period_of_making, remembered
from communique.coding.mention import (
    CAPTION_DAY_WHERE,
    PERFECT_LEAD_WHERE,
    TIME_MARKS,
    anaphoric_object,
    build_mention,
    future_time_clause,
    perfect_lead,
    scheduled_for,
    warned_act,
    year_named_before,
)
from communique.coding.nationality_heads import private_nationality
from communique.coding.own_meetings import own_body_meeting
from communique.coding.own_readings import drop_own_side_readings
from communique.coding.own_side import own_body_target, own_side_target
from communique.coding.page_sections import declared_kinds, sport_page, untied_sport_event
from communique.coding.patterns import surface_lemmas
from communique.coding.previous_doers import previous_act_doer
from communique.coding.private_roles import private_sides
from communique.coding.prose import animal_doer, natural_force, no_event
from communique.coding.recodes import (
    act_aim,
    carried_recipients,
    context_recode,
    crowd_clash,
    is_incursion_motion,
    is_motion,
    joint_act,
    march_aim,
    motion_is_visit,
    people_participle,
    state_forces,
)
from communique.coding.refusals import announcing_authority, refusing_speaker
from communique.coding.relative_doers import relative_doer
from communique.coding.releases import release_place, releasing_captor
from communique.coding.resolver import ArgumentResolver, make_actor
from communique.coding.role_play import role_play_story
from communique.coding.rules import Because, explain
from communique.coding.selection import choose
from communique.coding.senses import KEEP, sense_of
from communique.coding.sibling_targets import relative_antecedent, sibling_target
from communique.coding.sought_results import RULE as SOUGHT_RULE
from communique.coding.sought_results import sought_result
from communique.coding.story_days import (
    dated_noun,
    days_at,
    later_happening,
    live_entries,
    reaction_object,
    reference_day,
    restated_day,
    story_days,
)
from communique.coding.syntax import (
    QUOTES,
    Arg,
    arg,
    effect_words,
    in_quotation,
    opened_by_prep_which,
    orderer_speaks,
    perfect,
    running_quotation,
    with_conjuncts,
)
from communique.coding.testimony import testimony
from communique.coding.timeline import doc_entries
from communique.coding.transcript import doc_turns, interview_day, question_before
from communique.coding.triggers import (
    ANSWERED_PATTERN,
    CONSEQUENCE_PATTERN,
    KEPT_PATTERN,
    PUNISHMENT_PATTERN,
    RECOURSE_PATTERN,
    Trigger,
    conditioned_on_hostile_act,
    kept_condition,
    punishment_clause,
)
from communique.coding.twinning import municipal_doer, twinning_story
from communique.coding.unattributed import drop_doubles, forces_without_side, unattributed
from communique.coding.unshifted import unshifted_report
from communique.coding.untargeted_asides import drop_untargeted_asides
from communique.coding.verdicts import (
    answer_denial,
    denied_act_trigger,
    judged_object,
    reported_thing,
    reported_verdict,
)
from communique.coding.warned_threats import warned_other_act
from communique.doctext import doc_text
from communique.model import Actor, Article, Dropped, Location, Mention
from communique.places.gazetteer import place_country
from communique.relevance import political_event
from communique.vocabulary import words

# acts of force or coercion whose report by the side they were done to accuses their doer
# (rule trigger.reported_accusation)
COUNTER_ACCUSED = frozenset({"ASSAULT", "COERCE", "SEIZE"})
# how far a main clause's act (the charge of the one who reports an act) ranks above the act
# its clause reports, which the sentence tells as that act's content (rule
# trigger.main_over_reported)
MAIN_OVER_REPORTED = 0.01
VOTE_NOUNS = words("vote_nouns")  # "the poll in X lacked transparency": X's (recipient.vote_holder)

# actor rules that take the subject of another word: a noun event with such a doer is content
SUBJECT_OF_RULES = frozenset(
    {"actor.stative_subject", "actor.head_passive_subject", "actor.xcomp_subject",
     "actor.guilty_subject", "actor.copula_subject", "actor.participant",
     "actor.governing_verb_subject", "actor.scene_subject"}
)  # fmt: skip

REQUEST_NOUNS = words("request_nouns")  # "the request was turned down"


SAY_VERBS = words("say_verbs")
DENIED_PRONOUNS = words("denied_pronouns")  # "Y denied *it*" (recipient.denied_pronoun)
UNDOING_VERBS = words("undoing_verbs")  # "postponed the strike": no strike (filter.undone_act)
MEDIATOR_WORDS = words(
    "mediator_words"
)  # "talks *hosted* / *mediated* by Y" (recipient.hosted_talks)
ACCUSING_VERBS = words("accusing_verbs")  # rule date.accused_act
NAMED_TEXTS = words("named_texts")  # rule date.named_text
BALLOT_NOUNS = words("ballot_nouns")  # "ahead of the vote on 3 July" (date.before_happening)
PLEDGE_VERBS = words("pledge_verbs")  # "agreed *to meet* in July"
INVITATION_VERBS = words("invitation_verbs")  # "invited them *to meet* on Friday"
PLEDGING_VERBS = PLEDGE_VERBS | INVITATION_VERBS  # whose "to" complement is an act to come
REQUEST_VERBS = words("request_verbs")  # "urged them *to sign* it this week"
JOINED_ACT_VERBS = words("joined_act_verbs")  # "helped *detain*", "began *shelling*"
SCHEDULE_WORDS = words("schedule_words")  # "a panel that is *due* to meet" (date.coming_relative)
SPEECH_NOUNS = words("speech_nouns")
# "X spoke after the talks", "X addressed parliament" beside a quotation: who says it
# (rule resolve.quotation_attribution)
ATTRIBUTION_VERBS = words("attribution_verbs")
ATTRIBUTION_RULE = "resolve.quotation_attribution"
NAME_JOINERS = words("title_case_small_words")  # "Ministry *of* Justice"
# heads of the names of wars, campaigns, uprisings and eras ("the Cold *War*", "the Velvet
# *Revolution*", "the Long *March*"): capitalised mid-sentence, a name (filter.named_episode)
EPISODE_NOUNS = words("episode_nouns")
# how far back a denial looks for the accusation it answers
REFERENCE_REACH = 3  # sentences
# words of an answer to another's act ("promised *a response*", "would *respond*", "vowed to
# *retaliate*"): a threat made of them aims at the doer of the act answered (answered_move)
ANSWER_WORDS = words("answer_words")
# an unnamed step threatened ("would take *resolute measures* to safeguard its lenders",
# "*reserves the right* to respond"): an answer too, when it names no target of its own
# (vocabulary answering_step_words; rule recipient.answered_step)
ANSWERING_STEPS = words("answering_step_words")
# CAMEO roots of a quarrel between states whose sides an appeal for calm is made to
# (recipient.deescalation_sides): criticism, rejection, threats, force posture, reduced
# relations, coercion, assault, fighting, mass violence; not a crowd's protest (14), which is a
# quarrel within one state
QUARREL_ROOTS = frozenset({"11", "12", "13", "15", "16", "17", "18", "19", "20"})
# CAMEO 110 disapprove, 111 criticize or denounce: judgments, not charges of fact
JUDGMENT_CODES = frozenset({"110", "111"})
LEAD_SENTENCES = 2  # the title and the opening sentences (indexes 0-2) tell the story's main act
DropFn = Callable[..., None]  # (trigger, rule id, **slots): record a dropped trigger


# arrests, detentions, abductions and hostage-taking (CAMEO 173, 181): their doers hold people
CAPTURE_CODES = frozenset({"173", "181"})
SEIZE_CODE = "171"  # seize or damage property
NON_STATE = words("non_state_codes")  # UNO, EUR, IGO ...: bodies, not states
# international bodies and NGOs that observe a vote (recipient.observed_vote)
OBSERVER_CODES = BODY_AND_NGO_CODES  # observer missions: bodies and NGOs
# demands and appeals to free people (CAMEO 1053, 0253)
RELEASE_DEMANDS = frozenset({"1053", "0253"})
RELEASE_NOUNS = frozenset({"release", "freedom", "return", "freeing"})  # in a plain request
# recipients that are the people held, not a side: civilians, groups without a state sector
HELD_SECTORS = frozenset({"CVL", "REF", "", None, "MED", "EDU", "HLH", "LAB", "AGR", "BUS", "REL"})


def asks_release(cand: Candidate) -> bool:
    """ "called for *the release* of the children", "urged their *return*": a request whose
    object names freeing people."""
    if cand.plover != "REQUEST":
        return False
    tok = cand.trigger.token
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(h.lemma_.lower() in RELEASE_NOUNS for h in heads)


QUOTED_REACH = 2  # sentences from a quotation's speaker to a verdict the quotation says


def _names(actors: list[Actor]) -> str:
    return ", ".join(a.text or a.code or "" for a in actors)


def starting_point(span: Span) -> bool:
    """Whether date words are a starting point: "since 1990", "since the 2021 ceasefire"."""
    first = span[0]
    return first.lower_ == "since" or (first.i > 0 and first.nbor(-1).lower_ == "since")


def said_then(span: Span, verb: Token) -> bool:
    """Whether date words hung on a reported verb sit between a past verb of saying and the
    reported clause's subject ("X *said on Monday* it would ..."): they date the saying."""
    say = verb.head
    if verb.dep_ != "ccomp" or not past_verb(say) or say.lemma_.lower() not in SAY_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and say.i < span.start and span.end <= subj.left_edge.i


def home_denial(cand: Candidate) -> tuple[list[Actor], Because] | None:
    """A denial given its own country as target (recipient.domestic_target: "denied that police
    had fired") answers an accuser first: clear that target and return it, to be put back when
    no claimant or accuser is found."""
    rule = cand.recipient_rule
    if (
        cand.plover != "REJECT"
        or not cand.assumed_recipient
        or rule is None
        or rule.rule != "recipient.domestic_target"
        or not frames.is_denial(cand.trigger.token)
    ):
        return None
    saved = (list(cand.recipients), rule)
    cand.clear_recipients()
    return saved


# words that put a charge in a question: "relatives *say* police beat him", "X *accuses* your
# army of ...", "the *allegation* that ..." (rule recipient.asked_charge)
CHARGE_WORDS = words("reporting_verbs") | words("claim_nouns")
# words that tell a charge made before a denial (rule recipient.home_charge)
CHARGING = words("charging_words")


def asked_charge(resolver: Any, cand: Candidate) -> None:
    """ "Q: Relatives say police beat two men. / A: There was no beating.": a denied act (rule
    trigger.denied_act) in a transcript's answer answers the charge the question right before
    it puts, when that question reports someone's words (vocabulary reporting_verbs,
    claim_nouns): aimed at the first state other than the speaker's that the question names,
    else at the speaker's own state (a charge made at home) (rule recipient.asked_charge)."""
    tok = cand.trigger.token
    span = question_before(tok)
    if span is None:
        return
    asked = [t for t in tok.doc if span[0] <= t.idx < span[1]]
    if not any(t.lemma_.lower() in CHARGE_WORDS for t in asked):
        return
    own = [a.country for a in cand.actors if a.country]
    found = asked_party(resolver, cand, set(own))
    iso = found[0] if found is not None else (own[0] if own else None)
    if iso is None:
        return
    name = country_name(iso) or iso
    why = Because.of("recipient.asked_charge", name=name)
    cand.set_recipients([Actor(text=name, name=name, country=iso)], why)


def sentence_accuser(cand: Candidate, kept: list[Candidate]) -> None:
    """ "X accused Y of arming rebels; Y *rejected the accusation*", "X accuses Y of sheltering
    rebels, *a charge Y denies*", "..., *which Y denies*": a denial whose target is none, or
    only its doer's own side (a misread object; a target of no country counts as none), answers
    the accusation against its doer that the same sentence tells, the last one before it, else
    the first after it: its target is the accuser, one of another country
    (recipient.sentence_accuser; general English usage of "a charge/claim X denies" and of a
    sentence-final "which X denies", which refer back to the charge just told)."""
    tok = cand.trigger.token
    own = {a.country for a in cand.actors if a.country}
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    relative = (  # "..., *which* Y denies"
        tok.lemma_.lower() in frames.DENIAL_VERBS
        and obj is not None
        and obj.tag_ in frames.RELATIVE_TAGS
    )
    # "X accused Y of ...; Y *denied it*": the pronoun is the charge just told, not a party
    # (the resolver may have given it the accused, the doer's own side: rule
    # recipient.denied_pronoun)
    pronoun = (
        tok.lemma_.lower() in frames.DENIAL_VERBS
        and obj is not None
        and obj.lower_ in DENIED_PRONOUNS
        and not list(obj.children)
    )
    if not own or not (relative or pronoun or frames.is_denial(tok)):
        return
    if any(r.country and r.country not in own for r in cand.recipients):
        return
    charges = [
        o
        for o in kept
        if o is not cand and o.plover == "ACCUSE" and o.trigger.token.sent == tok.sent
    ]
    before = [o for o in charges if o.trigger.token.i < tok.i]
    after = [o for o in charges if o.trigger.token.i > tok.i]
    for other in [*reversed(before), *after]:
        accusers = [a for a in other.actors if a.country and a.country not in own]
        if accusers and own & {a.country for a in other.recipients}:
            rule = "recipient.sentence_accuser"
            if pronoun and not relative and not frames.is_denial(tok):
                rule = "recipient.denied_pronoun"
            why = Because.of(
                rule,
                who=", ".join(a.text for a in accusers),
                verb=other.trigger.token.text,
                word=obj.text if obj is not None else "",
            )
            cand.set_recipients(accusers, why, assumed=False)
            return


def self_charge(accusers: list[Actor], accused: list[Actor]) -> bool:
    """ "Its army accused *Freedonia*": an accusation of a state by its own side, or of a side
    by itself, is a misreading (a pronoun taken for the wrong state), not a charge a later
    denial answers; a domestic charge has two distinct sides ("the opposition accused the
    government", "prosecutors charged the minister")."""
    own = {a.country for a in accusers if a.country}
    sides = {a.sector for a in accusers if a.country in own}
    return any(a.country in own and (a.sector is None or a.sector in sides) for a in accused)


def _verdict_prep(cand: Candidate) -> str:
    """The preposition of a noun-phrase recipient ("a blow *to* farmers")."""
    if cand.recipient_rule is not None:
        return dict(cand.recipient_rule.slots).get("p", "")
    arg = cand.recipient_arg
    return arg.slots.get("p", "") if arg is not None else ""


def answering_step(trig: Trigger) -> bool:
    """ "X froze Y's assets. Y said it would take *resolute measures* to safeguard its
    firms", "Y *reserves the right* to take further steps": a threat of an unnamed step
    (vocabulary answering_step_words), or a right reserved to act, is the stock wording of
    an answer to another's act (CAMEO 130, "threaten, not specified"; CAMEO.2.0.txt codes
    "reserve the right" 130): with no target of its own it aims, as a promised response does,
    at the doer of the last act told against its doer (rule recipient.answered_step)."""
    lemmas = {t.lemma_.lower() for t in trig.tokens}
    return bool(lemmas & ANSWERING_STEPS) or {"reserve", "right"} <= lemmas


class SentenceCoder:
    """Codes the sentences of one story in order (what earlier sentences said resolves "he",
    "they" and "the two countries" in later ones)."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        index: ActorIndex,
        memory: ActorMemory,
        published: tuple[date | None, str | None],
        dateline_chars: int,
        day_reason: Because | None = None,
    ) -> None:
        self.article = article
        self.doc = doc
        self.index = index
        self.memory = memory
        self.published = published
        # why ``published`` is the story's day when not the publication date (date.dateline)
        self.day_reason = day_reason
        self.dateline_chars = dateline_chars
        # the days the story names for what has happened: a past-tense event with no date
        # words of its own took place on the last one named before it (story_days.py)
        # the story's text, built once (spaCy joins every token's text each time it is asked)
        self.text = doc_text(doc)
        # photo captions and gallery slides: their present tells what the pictures show
        self.captions = Captions(caption_paragraphs(self.text, article.title, article.notes))
        self.days = story_days(doc, published[0], dateline_chars, self.captions)
        self.entries = live_entries(self.text)  # a live blog's time-stamped entries
        # a page that tells the plot of a game, film or novel: its events are fiction
        # what the page's metadata or URL files it under (a sport or a review section)
        declared = declared_kinds(article.notes, article.url)
        self.review = review_of_work(self.text, declared.get("review"), "reviewed" in declared)
        # a page about a game's rules or a contest's rounds (patch notes, a debating final):
        # its events are moves of the game, even on the contest's own day
        self.contest = None if self.review else game_or_contest(self.text)
        # a page about a simulation in which people play states (a Model UN): no event
        self.role_play = role_play_story(self.text)
        # a lesson or exercise page (example sentences, quiz questions): no event
        self.lesson = lesson_page(self.text)
        # a page about town twinning: its mayors and councils are towns', not states'
        self.twinning = twinning_story(self.text)
        # a page about a festival, jamboree or championship: its national groups are no states
        self.gathering = gathering_story(self.text)
        # a page about a match, race or championship: its national sides are teams
        self.sport = sport_page(self.text, declared.get("sport"))
        # the last "statement", "claims", "criticism" ...: statements told after it are
        # named by no later noun (add_statements)
        self.last_said_noun = last_said_noun(doc)
        self.turns = doc_turns(doc, self.text)  # the Q&A turns, from the text built once
        # the day an interview's answers were said, its introduction's (date.interview_day)
        self.interview = interview_day(doc, published[0], self.text)
        # the last accusation: (its actors, the countries accused, sentence)
        self.accusation: tuple[list[Actor], set[str], int] | None = None
        # the acts of the last sentences, newest last: (sentence, CAMEO root, actors, words)
        self.acts: list[Act] = []
        # the acts of the story's opening (title and first sentences), which a general noun
        # judged later on names when no act near it does (rule recipient.lead_act)
        self.lead_acts: tuple[Act, ...] = ()
        # every event coded so far, with or without a doer: (sentence, PLOVER type, words)
        self.told: list[tuple[int, str, str]] = []
        # who took people: (sentence, the captors), newest last
        self.captures: list[tuple[int, list[Actor]]] = []
        self.protest: Protest | None = None  # the last protest told, with its crowd
        self.said_at = -9  # the last sentence that named who says something, or a quotation's
        self.attributed = False  # this sentence's speaker named with no verb of saying
        # where the items of a page of short stories start (a briefing's, datelined briefs')
        self.item_starts = doc_segment_starts(doc)
        self.item = -1
        dateline: set[int] = set()  # the dateline's words open the story: stop after them
        for t in doc if dateline_chars else ():
            if t.idx >= dateline_chars:
                break
            dateline.add(t.i)
        self.resolver = ArgumentResolver(doc, index, memory, dateline)
        self.sents = list(doc.sents)
        self.dropped: list[Dropped] = []  # triggers that are no event, with the rule
        self._index = 0  # the sentence being coded
        # per sentence (SentenceCoder.dates): triggers with date words of their own, those
        # dated by a participle clause's (-> its token), those told in an "after" clause
        self.owned_dates: set[int] = set()
        self.shared_dates: dict[int, int] = {}
        self.earlier: dict[int, EarlierClause] = {}

    def _name_of(self, tok: Token) -> str | None:
        """The proper name a capitalised noun trigger is a word of, if any: an actor span of two
        or more words written as a name ("the Humanitarian *Aid* Commission", "Cedar Refugee
        Legal *Aid*"), every word capitalised but its small joining words."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper() or tok.is_sent_start:
            return None
        span = self.index.at(tok)
        if span is None or span.end - span.start < 2:
            return None
        words = [t for t in self.doc[span.start : span.end] if t.is_alpha]
        if len(words) < 2 or any(
            not t.text[:1].isupper() for t in words if t.lower_ not in NAME_JOINERS
        ):
            return None
        return self.doc[span.start : span.end].text

    def _thing_named(self, tok: Token) -> str | None:
        """The name a capitalised event noun gives to the common noun after it, if any: "the
        *Summit* restaurant", "our *Ceasefire* blend", "the *Embassy* range": English writes a
        common noun with a capital inside a sentence only as a word of a name, and a name put
        before a noun in lower case names that thing (a room, a dish, a class, a product), not
        an act (branch offtopic39). Not at a sentence's start or after a quote, a bracket or a
        colon, not a word in capitals, not in a title-case headline."""
        head = tok.head
        if (
            tok.pos_ not in ("NOUN", "PROPN")
            or tok.dep_ != "compound"
            or head.i != tok.i + 1
            or head.pos_ != "NOUN"
            or not head.is_alpha
            or not head.is_lower
            or not self._capital_inside_prose(tok)  # not "Leaders Hold Summit talks"
        ):
            return None
        return f"{tok.text} {head.text}"

    def _capital_inside_prose(self, tok: Token) -> bool:
        """Is ``tok`` written with a capital inside a sentence of ordinary case, where English
        capitalises a common noun only as a word of a name? Not at the sentence's start, not
        after a quote, a bracket, a colon or a dash (which may open a clause), not a word in
        capitals, not in a title-case headline ("Troops Launch Invasion")."""
        if (
            not tok.text[:1].isupper()
            or tok.text.isupper()
            or tok.is_sent_start
            or tok.i == tok.sent.start
            or self.doc[tok.i - 1].text in ('"', "\u201c", "\u2018", "(", ":", ";", "-", "\u2014")
        ):
            return False
        words = [t for t in tok.sent if t.is_alpha]
        return not (words and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words))

    def _episode_name(self, tok: Token) -> str | None:
        """The name of an episode or era a capitalised noun trigger heads or starts, if any: an
        event noun of vocabulary episode_nouns written with a capital inside a sentence in
        ordinary case ("a lecture on the Jazz *Invasion*", "a novel set in the *War* of the
        Roses"): English capitalises a common noun only as a word of a proper name. Not at a
        sentence's start, not a word in capitals, not in a title-case headline; nor in a
        sentence that dates what it tells by a news day or a date with a number ("students
        joined the Global Climate *Strike* on Friday", "the Long *March* began in 1934"): a named
        happening told with its date is read as any act is (current, or history by its date)."""
        forms = {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}
        if not forms & EPISODE_NOUNS or not self._capital_inside_prose(tok):
            return None
        if any(
            t.lower_ in NEWS_DAYS or t.ent_type_ == "DATE" and any(c.isdigit() for c in t.text)
            for t in tok.sent
        ):
            return None  # "joined the Climate Strike on Friday", "the March began in 1934"
        lo = tok.i
        while lo - 1 >= tok.sent.start and (
            self.doc[lo - 1].text[:1].isupper()
            and self.doc[lo - 1].is_alpha
            or self.doc[lo - 1].lower_ in NAME_JOINERS
            and lo - 2 >= tok.sent.start
            and self.doc[lo - 2].text[:1].isupper()
        ):
            lo -= 1
        hi = tok.i + 1
        while hi < tok.sent.end and (
            self.doc[hi].text[:1].isupper()
            and self.doc[hi].is_alpha
            or self.doc[hi].lower_ in NAME_JOINERS
            and hi + 1 < tok.sent.end
            and self.doc[hi + 1].text[:1].isupper()
        ):
            hi += 1
        if lo > tok.sent.start and self.doc[lo - 1].lower_ in ("the", "a", "an"):
            lo -= 1
        return self.doc[lo:hi].text

    def candidates(self, sent: Span, triggers: list[Trigger]) -> list[Candidate]:
        """The triggers that are events of their own, with their arguments."""
        trigger_at = {t.token.i: t for t in triggers}
        # "undertook a *mediation* mission": a light verb with a noun event does that event
        light = {t.token.i for t in triggers if frames.light_frame(t, trigger_at)}
        for t in triggers:
            if t.token.i in light:
                self._drop(t, "filter.light_verb")
        triggers = [t for t in triggers if t.token.i not in light]
        trigger_at = {t.token.i: t for t in triggers}
        # an aim ("sent troops *to help* defend X") is no event, so what it governs belongs to
        # the word above it: such triggers are skipped when looking for a governor
        aims = {
            t.token.i
            for t in triggers
            if frames.is_purpose_clause(t.token)
            and t.cameo.plover not in frames.PURPOSE_EVENTS
            and not (
                t.token.head.i in trigger_at
                and trigger_at[t.token.head.i].cameo.plover in frames.FRAME_TYPES
            )
        }
        senses = {t.token.i: sense_of(t) for t in triggers}
        # a trigger whose sense is no event ("warned that prices would rise") governs nothing
        off = {i for i, sn in senses.items() if sn is not None and sn[0].cameo is None}
        governors = {i: t for i, t in trigger_at.items() if i not in aims and i not in off}
        not_aims = {i for i in trigger_at if i not in aims}
        content_of: dict[int, Trigger] = {}
        adjunct_of: dict[int, Trigger] = {}  # "lodged a protest, *demanding* ...": the protest
        content_tokens: set[int] = set()  # triggers that are what a frame asks, threatens, ...
        self.memory.new_sentence()
        kept: list[Candidate] = []
        scene: list[str | None] = []  # the sentence's scene cue, looked for once
        for trig in triggers:
            tok = trig.token
            named = self._name_of(tok) or self._thing_named(tok)
            if named is not None:  # "Sudan's Humanitarian *Aid* Commission": a body's name
                self._drop(trig, "filter.in_name", name=named)
                continue
            episode = self._episode_name(tok)
            if episode is not None:  # "the Cold *War*", "the Jazz *Invasion*": a name
                self._drop(trig, "filter.named_episode", name=episode)
                continue
            eased = eased_by(trig, trigger_at)
            if eased is not None:  # "lifted its *ban* on imports": the ban is not imposed now
                self._drop(trig, "filter.eased_measure", verb=eased.words())
                continue
            undone = undone_by(trig, trigger_at)
            if undone is not None:  # "postponed its *walkout*", "averting a *strike*"
                self._drop(trig, "filter.undone_act", verb=undone.text)
                continue
            sense = senses[tok.i]
            if sense is not None and sense[0].cameo is None:  # "beat them in the final"
                self._drop(trig, "filter.sense", sense=sense[0].sense, cue=sense[1])
                continue
            if (people := people_participle(tok)) is not None:  # "flew *the wounded* to X"
                self._drop(trig, "filter.people_participle", people=people)
                continue
            other = warned_other_act(trig)
            if other is not None:  # "warned that *Russian forces* would attack": a claim
                self._drop(trig, "filter.warned_other_act", doer=other.text, verb=tok.text)
                continue
            quiet = no_event(tok, trig.cameo.plover, trig.cameo.code)
            if quiet is not None:  # "it is unclear whether ...", "often criticises", "since ..."
                self._drop(trig, quiet[0], **quiet[1])
                continue
            if (acquittal := frames.acquitted_act(tok)) is not None:
                # "acquitted four soldiers *of killing* a trader": not told as done
                self._drop(trig, "filter.frame_content", frame=acquittal.text)
                continue
            purpose = frames.is_purpose_clause(tok) or frames.continues_aim(tok, not_aims)
            if (
                purpose
                and trig.rule.pattern == PUNISHMENT_PATTERN
                and punishment_clause(tok) != tok
            ):
                purpose = False  # "will be made *to pay* a price": what X is made to do, no aim
            gov, path = frames.governor(tok, governors)
            if (
                purpose
                and path == ["advcl"]
                and gov is not None
                and gov.cameo.plover in frames.FRAME_TYPES
            ):
                purpose, path = False, ["xcomp"]  # "have sworn *to fight*": the vow's content
            # "thousands turned out *to protest against* X": a crowd's protest is its aim,
            # kept when the doer makes it a demonstration (recode.crowd_protest, below)
            protest_aim = purpose and (
                trig.rule.lemma == "protest"
                or march_aim(trig) is not None
                or act_aim(trig) is not None
            )
            if purpose and trig.cameo.plover not in frames.PURPOSE_EVENTS and not protest_aim:
                self._drop(trig, "filter.aim", head=tok.head.text)
                continue
            aim, aim_path = frames.governor(tok, trigger_at)
            if (
                aim is not None
                and aim.token.i in aims
                and aim.cameo.plover in frames.FRAME_TYPES
                and frames.is_content(aim_path)
            ):  # "marched *to demand* pension *reform*": what an aim asks for is not done
                self._drop(trig, "filter.frame_content", frame=aim.words())
                continue
            frame_noun = frames.object_frame(tok, trigger_at)
            if frame_noun is not None:  # "renewed its *call* that X *step down*": content
                gov, path = frame_noun, ["ccomp"]
            embedded = bool(
                gov is not None
                and gov.cameo.plover in frames.FRAME_TYPES
                and path
                and path[-1] in frames.CONTENT_DEPS
                and "conj" not in path
                and not frames.in_setting(tok, len(path))
                and not frames.own_relative_clause(tok, len(path), trig.cameo.quad_class == 4)
                and not frames.split_clause(tok, len(path))
                and decision_owner(tok) is None  # "condemned X's decision *to expel* Y": done
                and not orderer_speaks(tok)  # "ordered Y to leave, *accusing* Z": the orderer's
                and not frames.participle_act(trig, gov, path)  # "condemned X, *demanding* Y"
                and not reported_verdict(gov)  # "police said *the protest* was illegal":
                # the act a reported verdict judges is told as done, an event of its own
                and not frames.convicted_act(
                    tok, gov, trig.cameo.plover
                )  # "convicted X *of torturing* Y"
            )
            # "urged X to withdraw ... and *to open* the crossings": a bare verb joined to
            # the asked or threatened act is asked, threatened, ... too
            joined = path[:1] == ["conj"] and set(path[:-1]) <= {"conj"} and tok.tag_ == "VB"
            # "accused X of shelling posts *and killing* soldiers": a gerund joined to the
            # accused, denied, ... gerund is that frame's content too
            rest = path[next((i for i, d in enumerate(path) if d != "conj"), len(path)) :]
            joined = joined or (
                path[:1] == ["conj"]
                and tok.tag_ == "VBG"
                and tok.head.tag_ == "VBG"
                and (not rest or frames.is_content(rest))
            )
            if joined and gov is not None:
                embedded = (
                    embedded
                    or gov.token.i in content_tokens
                    or (gov.cameo.plover in frames.FRAME_TYPES and path[-1] in frames.CONTENT_DEPS)
                    # "urged X to close A, *release* B": hung on the finite "urged" itself
                    or frames.requested_act(tok, trigger_at) is gov
                )
            if (
                not embedded
                and gov is not None
                and path in (["xcomp"], ["ccomp"])
                and tok.pos_ == "VERB"
                and (gov.token.i in content_tokens or frames.permits(gov))
            ):  # "refused to allow Y *to meet* Z": the act that a refused, promised or asked
                embedded = True  # permission would bring about is the frame's content too;
            # "allowed a convoy *to reach* X": the act permitted is the permission's content
            if embedded:
                content_tokens.add(tok.i)
            elif gov is not None and frames.participle_act(trig, gov, path):
                adjunct_of[tok.i] = gov
            cand = choose(self.resolver, trig)
            if tok.i in adjunct_of:  # "rejected the plan, *accusing* Y of ...": kept, noted
                frame_words = adjunct_of[tok.i].words()
                cand.notes.append(
                    Because.of("filter.participle_act", word=tok.text, frame=frame_words)
                )
            if purpose:
                cand.notes.append(Because.of("filter.aim_event", word=tok.head.text))
            if is_motion(trig) and not motion_is_visit(cand):
                self._drop(trig, "filter.motion_not_visit")
                continue
            carried_recipients(self.resolver, cand)  # "flew the wounded to X": aid to them
            if is_incursion_motion(trig) and not state_forces(cand):
                self._drop(trig, "filter.incursion_not_forces")
                continue
            if (body := own_body_meeting(cand)) is not None:
                self._drop(trig, "filter.own_body_meeting", body=body)  # "the cabinet met"
                continue
            context_recode(cand)
            if (means := dispersal_means(tok, trig.rule.lemma, trig.cameo.code)) is not None:
                # "dispersed a crowd of miners *with tear gas*": violent repression, 175
                why = Because.of("recode.dispersal_means", word=tok.text, means=means.text)
                cand.recode = (DISPERSAL_REPRESSION, why)
            if protest_aim and cand.plover not in frames.PURPOSE_EVENTS:
                self._drop(trig, "filter.aim", head=tok.head.text)  # "summoned X to protest"
                continue
            if (
                trig.rule.lemma == "protest"
                and trig.cameo.code == "114"
                and cand.recode is not None
                and cand.recode[0] == "141"
                and not cand.recipients
            ):
                crowd_protest_target(self.resolver, cand)
            if sense is not None and sense[0].cameo not in (None, KEEP):  # "a strike over pay"
                why = Because.of("recode.sense", sense=sense[0].sense, cue=sense[1])
                cand.recode = (sense[0].cameo, why)
                if (
                    cand.assumed_recipient
                    and cameo_table()[sense[0].cameo].plover != trig.cameo.plover
                ):
                    cand.clear_recipients()  # a default target of the old type's
            if (joint := joint_act(cand)) is not None:
                # "A's and B's soldiers mounted a joint offensive on X's camps": done together,
                # the act (as its sense reads it) is cooperation between them
                why = Because.of("recode.joint_act", word=tok.text, mark=joint[1])
                cand.recode = (joint[0], why)
            if (cue := testimony(tok, trig.cameo.plover)) is not None:
                self._drop(trig, "filter.testimony", cue=cue)
                continue
            if trig.cameo.code == "042" and domestic_trip(self.resolver, cand):
                self._drop(trig, "filter.domestic_trip")
                continue
            if home_budget(cand):  # "announced 2 billion kroner for new schools": at home
                self._drop(trig, "filter.home_budget")
                continue
            if (
                gov is not None
                and gov.cameo.plover in frames.FRAME_TYPES
                and frames.is_content(path)
            ):
                content_of.setdefault(gov.token.i, trig)
            if embedded and gov is not None and frames.denied_cause(tok, gov, path):
                # "denied that Yian sanctions were to blame": the blame is denied, no act told
                self._drop(trig, "filter.denied_cause", frame=gov.words())
                continue
            if embedded:
                own = (
                    tok.pos_ in ("NOUN", "PROPN")
                    and cand.actors
                    and cand.actor_rule
                    and cand.actor_rule not in SUBJECT_OF_RULES
                ) or (
                    # "rejected *the charges that X levelled*": X's act, told as done
                    tok.pos_ == "NOUN"
                    and not cand.actors
                    and relative_doer(self.resolver, cand) is not None
                )
                # "condemned *the killing* of two guards": a complaint about an act told as
                # done, which is an event of its own unless an earlier sentence coded it
                # "police are investigating *the beating* of X": the frame's own subject,
                # which a subject rule lent the noun, is the investigator or the complainer, not
                # the doer (rule actor.frame_subject_not_doer)
                lent = tok.pos_ == "NOUN" and cand.actor_rule in SUBJECT_OF_RULES
                names_act = gov is not None and frames.reported_act(tok, gov, path)
                reported = (
                    not own
                    # no doer, or the passive agent of a clause ("the shells *fired by* X")
                    and (
                        not cand.actors
                        or lent
                        or (tok.pos_ == "VERB" and cand.actor_rule not in SUBJECT_OF_RULES)
                    )
                    and names_act
                    and not told_before(tok, cand.plover, self.told, self._index)
                )
                if names_act and (own or reported):
                    cand.reported_in = gov  # the complaint or inquiry that names the act
                if reported:
                    if lent:
                        cand.actors, cand.actor_notes, cand.actor_arg = [], [], Arg()
                        cand.notes.append(Because.of("actor.frame_subject_not_doer"))
                    cand.notes.append(Because.of("filter.reported_act", frame=gov.words()))
                    if not cand.actors and gov is not None:
                        complained_doer(cand, gov, kept)
                elif not own:
                    self._drop(trig, "filter.frame_content", frame=gov.words() if gov else "")
                    continue
                cand.embedded = True
                if gov is not None and frames.unrealised(tok, gov, path):
                    cand.unrealised = gov.words()
            if not cand.unrealised and (asked := frames.requested_object(tok, trigger_at)):
                cand.unrealised = asked.words()  # "urged X to allow *an inquiry by the UN*"
            if not cand.unrealised and (sought := sought_result(tok)) is not None:
                cand.unrealised = sought.text  # "to secure *the withdrawal* of X": not won
                cand.unrealised_rule = SOUGHT_RULE
            if (
                not cand.actors
                and (trig.rule.pos == "copula" or trig.rule.pattern == KEPT_PATTERN)
                and (said := self.quoted_by(self._index))
                and not _waits_for_speaker(trig, said)
            ):
                # '"The duties are a mistake." ... she said': the quotation's speaker
                cand.actors, cand.actor_notes = said, []
                cand.actor_arg = Arg([tok], "actor.quoted_speaker", {"who": _names(said)})
            if (
                not cand.actors
                and gov is not None
                and (convicted := frames.convicted_act(tok, gov, trig.cameo.plover)) is not None
            ):  # "judges convicted *three soldiers* of torturing detainees": their act
                rule_arg = arg(with_conjuncts(convicted), "actor.convicted_doer", verb=gov.words())
                found, _ = self.resolver.resolve(rule_arg)
                if found:
                    cand.set_actors(found, Because.of("actor.convicted_doer", verb=gov.words()))
            if not cand.actors and (doer := relative_doer(self.resolver, cand)):
                # "condemned the raid *that X's police carried out*": the clause's subject
                cand.set_actors([doer[0]], doer[1])
            if not cand.actors and (author := report_doer(self.resolver, cand)):
                # "a report by X *that accused* the police of ...": X's accusation
                cand.set_actors([author[0]], author[1])
            if not cand.actors and (warned := warning_doer(self.resolver, cand)):
                # "warned that any march would be dispersed": by the warner's side
                cand.set_actors(warned[0], warned[1])
                if cand.recipients and {a.text for a in cand.recipients} <= {
                    a.text for a in cand.actors
                }:  # "answered that any attack on *its* bases would be met with force": the
                    cand.set_recipients([], None)  # warner's own bases are no target of it
                if not cand.recipients and (
                    home := domestic_target(self.resolver, trig, cand.actors)
                ):
                    # "any unauthorised march would be dispersed": aimed at the warner's people
                    cand.set_recipients([home[0]], home[1], assumed=True)
            if not cand.actors and (refuser := refusing_speaker(self.resolver, cand)):
                # "permission will not be granted, the governor said": the governor's refusal
                cand.set_actors(refuser[0], refuser[1])
            if not cand.actors and (authority := announcing_authority(self.resolver, cand)):
                # "a ministry said steel will be banned next year": the ministry's own ban
                cand.set_actors(authority[0], authority[1])
            if not cand.actors and (police := arresting_police(self.resolver, cand)):
                # "five protesters were detained in X": by X's police
                cand.set_actors([police[0]], police[1])
            if not cand.actors and (freed := releasing_captor(cand, self.captures, self._index)):
                # "X detained eleven fishermen. ... The fishermen were released": by X
                cand.set_actors(freed[0], freed[1])
            if not cand.actors and (origin := aid_origin(self.resolver, cand)):
                # "a convoy crossed from X into Y": the aid's sender is where it came from
                cand.set_actors([origin[0]], origin[1])
            if not cand.actors and (gave := handover_origin(self.resolver, cand)):
                # "the suspect was extradited from X to Y": X gave the person up
                cand.set_actors([gave[0]], gave[1])
                if any(a.country == gave[0].country for a in cand.recipients):
                    # "the extradition of X from Y": the giver is no recipient of its own act
                    kept_to = [a for a in cand.recipients if a.country != gave[0].country]
                    cand.recipients = kept_to
            if not cand.actors and (held := release_place(self.resolver, cand)):
                # "two nurses kidnapped in X have been released": by X, where they were held
                cand.set_actors(held[0], held[1])
            if not cand.actors and (host := summoning_ministry(self.resolver, cand)):
                # "the German ambassador was summoned to the ministry in Moscow": by Russia
                cand.set_actors([host[0]], host[1])
            if not cand.actors and (guest := visiting_party(cand, self.acts, self._index)):
                # "X's premier arrived in Y. *The visitors* signed ...": the visit's party
                cand.set_actors(guest[0], guest[1])
            if not cand.actors and (held := gathering_attendees(self.resolver, cand)):
                # "the text was signed at a summit attended by X, Y and Z": by them
                cand.set_actors(held[0], held[1])
            if (
                cand.actor_arg is not None
                and cand.actor_arg.rule == "actor.scene_subject"
                and (cand.cameo_code or "").startswith("042")
            ):  # "*During the visit*, he and Y's president opened ...": the visit told before,
                saved, cand.actors = cand.actors, []  # not a visit by all the clause's doers
                if earlier_gathering(cand, self.acts, self._index) is None:
                    cand.actors = saved
            if not cand.actors and (met := earlier_gathering(cand, self.acts, self._index)):
                # "X and Y opened talks. *The talks* ended": the talks told before
                cand.set_actors(met[0], met[2])
                moved = fronted_place(cand.trigger.token, met[0])  # "*In La Paz*, the visit"
                if not cand.recipients and moved is not None:
                    cand.set_recipients([moved[0]], moved[1])
                elif not cand.recipients and met[1]:
                    cand.set_recipients(list(met[1]), Because.of("recipient.earlier_gathering"))
            if not cand.actors and (agent := hyphen_agent(cand.trigger.token)) is not None:
                # "*Norland*-brokered talks": the word before the hyphen is the broker
                found, _ = self.resolver.resolve(arg([agent], "actor.hyphen_agent"))
                found = [a for a in found if a.country]
                if found:
                    why = Because.of("actor.hyphen_agent", who=agent.text, word=trig.words())
                    cand.set_actors(found, why)
            if not cand.actors and trig.rule.pos == "aux":
                said = self.speaker(sent) or self.memory.speaker
                if said:  # '"Y must leave. ...," X said': a quotation's demand is its speaker's
                    cand.actors, cand.actor_notes = list(said), []
                    cand.actor_arg = Arg(
                        [tok], "actor.quote_speaker", {"who": ", ".join(a.text for a in said)}
                    )
            if (
                not cand.actors
                and cand.plover in CLAIMED_TYPES
                and self._index + 1 < len(self.sents)
                and (claim := claim_in(self.sents[self._index + 1], self.index.spans))
            ):  # "Rockets hit a base. *X claimed the attack*.": the claimant is its doer
                cand.actors, cand.actor_notes = list(claim[1]), []
                who = ", ".join(a.text for a in claim[1])
                cand.actor_arg = Arg(
                    [tok], "actor.claimed_attack", {"who": who, "verb": claim[0].text}
                )
            if not cand.actors and trig.cameo.plover == "REJECT":
                self.turned_down(cand)  # "X asked Y to ... *The request was turned down*."
            if not cand.actors and (
                prior := previous_act_doer(cand, self.memory, sent, self.index)
            ):  # "X declared an emergency. *A curfew was imposed*": X's
                cand.set_actors(*prior)
            doers = cand.actor_arg.heads if cand.actors else []
            if (force := natural_force(tok, doers)) is not None:
                self._drop(trig, "filter.natural_force", force=force)
                continue
            if (animal := animal_doer(doers)) is not None:  # "wolves attacked sheep"
                self._drop(trig, "filter.animal_doer", animal=animal)
                continue
            if (memory := remembered(tok, cand.plover)) is not None:  # "an exhibition on"
                self._drop(trig, "filter.remembered", noun=memory)
                continue
            if (made := period_of_making(tok)) is not None:  # "stamps printed during the"
                self._drop(trig, "filter.period_of_making", verb=made)
                continue
            if (festive := festive_closure(tok, trig.cameo.code)) is not None:
                self._drop(trig, "filter.festive_closure", event=festive)  # "for the marathon"
                continue
            if self.role_play:  # "the delegate of France vetoed" at a school Model UN
                self._drop(trig, "filter.role_play", why=self.role_play)
                continue
            if self.lesson:  # "3. The army closed the road." in a translation exercise
                self._drop(trig, "filter.lesson", why=self.lesson)
                continue
            if not self.review and not scene:
                scene.append(scene_cue(sent))
            if (plot := self.review or scene[0]) and not about_work(tok, sent):
                self._drop(trig, "filter.plot", why=plot)  # a work's plot: "in the film"
                continue
            if self.contest and not work_argument(tok):
                self._drop(trig, "filter.game_or_contest", why=self.contest)
                continue
            if (crowd := figurative_doer(doers)) is not None:  # "a tiny army paraded past"
                self._drop(trig, "filter.figurative_group", doer=crowd)
                continue
            if self.twinning and (town := municipal_doer(doers)) is not None:
                self._drop(trig, "filter.town_twinning", doer=town, why=self.twinning)
                continue
            if self.gathering and (
                sides := untied_event(
                    cand.plover,
                    cand.cameo_code,
                    cand.actors,
                    cand.recipients,
                    bool(doers) and all(t.pos_ == "PRON" for t in doers),
                    cand.assumed_recipient,
                )
            ):  # "the Armenian ensemble walked out" at a festival: participants, not a state
                self._drop(trig, "filter.gathering_participants", sides=sides, why=self.gathering)
                continue
            if self.sport and (
                sides := untied_sport_event(
                    cand.plover,
                    cand.cameo_code,
                    cand.actors,
                    cand.recipients,
                    bool(doers) and all(t.pos_ == "PRON" for t in doers),
                    cand.assumed_recipient,
                    sent,
                    self.text[sent.start_char : sent.end_char],
                )
            ):  # "England's captain lodged a protest" in a match report: a team, not a state
                self._drop(trig, "filter.sport_sides", sides=sides, why=self.sport)
                continue
            if (legend := legendary_doer(doers)) is not None:  # "rival princes fought for"
                self._drop(trig, "filter.legendary_history", doer=legend)
                continue
            if (service := service_help(cand.plover, doers, cand.recipients, sent)) is not None:
                self._drop(trig, "filter.emergency_service", doer=service)  # "rescuers asked"
                continue
            if aid_act(cand) and cand.recipients:
                # "Donors pledged $1.8 billion *for Sudan*": where the story's aid goes, even
                # from a doer no rule names (recipient.aid_beneficiary)
                self.memory.remember_aid(cand.recipients)
            if not cand.actors:  # "three soldiers were killed": the victims are known
                cand.unattributed = unattributed(cand, self.resolver, lambda: self.location(sent))
                if cand.unattributed is None:
                    self._drop(trig, "filter.no_actor")
                    continue
            elif forces_without_side(cand, self.resolver):  # "extra police were sent": whose?
                cand.unattributed = unattributed(cand, self.resolver, lambda: self.location(sent))
            if not political_event(
                cand.plover, cand.actors, cand.recipients, bool(cand.unattributed)
            ):
                self._drop(trig, "filter.not_political")
                continue
            if (
                private := private_nationality(
                    cand.plover, cand.actors, cand.recipients, bool(cand.unattributed), sent
                )
            ) is not None:  # "Japanese carmakers hit back": no state
                self._drop(trig, "filter.private_nationality", words=private)
                continue
            if (
                unowned := None
                if cand.unattributed
                else private_sides(
                    cand.plover,
                    cand.actors,
                    cand.recipients,
                    self.resolver.guessed(),
                    sent,
                    cand.assumed_recipient,
                )
            ) is not None:  # "tournament officials rejected it": no state's officials
                self._drop(trig, unowned[0], **unowned[1])
                continue
            kept.append(cand)
            if not cand.embedded:
                self.memory.remember(
                    unique_actors([*cand.actors, *cand.recipients]), in_sentence=True
                )
            self.memory.event_token = max(self.memory.event_token, tok.i)
        kept = drop_doubles(merge_restated(kept, self._drop), self._drop)
        dropped: set[int] = set()
        for cand in kept:
            if not cand.recipients and (frame := adjunct_of.get(cand.trigger.token.i)):
                complaint_target(cand, frame, kept)
        for cand in kept:
            cand.content = content_of.get(cand.trigger.token.i)
            if denied_act_trigger(cand.trigger):  # '"No detainee was tortured," X said':
                cand.clear_recipients()  # the ones the act names are no target of the denial
            # "denied that *its* guards ...", "access to *its* sailors": not the target
            cleared = own_side_target(cand)
            own_body_target(cand)  # "the AU's envoy offered *the AU's* help": not its target
            # "denied that police had fired": aimed at home only when no accuser is found
            at_home = home_denial(cand)
            if not cand.recipients and cand.plover in frames.FRAME_TYPES:
                setting_partner(cand, kept)
            if cand.plover == "REJECT":
                sentence_accuser(cand, kept)
            if not cand.recipients and cand.plover == "REJECT":
                claimant(self.resolver, cand)
            if not cand.recipients and cand.plover == "REJECT":
                proposer(self.resolver, cand)  # "..., a demand the cabinet rejected"
            if not cand.recipients and cand.plover == "REJECT":
                self.answer_to_accuser(cand)
            if not cand.recipients and (
                denied_act_trigger(cand.trigger) or answer_denial(cand.trigger)
            ):
                asked_charge(self.resolver, cand)  # "Q: ... say police beat ... / A: There was
                # no beating": the question put the charge (rule recipient.asked_charge)
                if not cand.recipients:  # "Residents accused police of ... / 'There was no
                    self.home_charge(cand)  # beating,' the police chief said": a home charge
            if not cand.recipients and cand.plover == "THREATEN":
                self.answered_move(cand)
            elif (
                cand.plover == "THREATEN"
                and cand.recipient_rule_id == "recipient.domestic_target"
                and answering_step(cand.trigger)
            ):  # "X shelled a post. Y reserves the right to respond": the act answered, if
                # the story told one against Y's side, else the target assumed at home stays
                self.answered_move(cand)
            if cleared is not None:  # no accuser found: a domestic charge, denied at home
                cleared.restore(cand)
            if at_home is not None and not cand.recipients:
                cand.set_recipients(at_home[0], at_home[1], assumed=True)
            if (
                not cand.recipients
                and not cand.joint
                and (cand.plover in ADDRESSED_TYPES or warned_act(cand.trigger.token))
            ):  # "cautioned Y that it would impose tariffs": the threat made to Y
                addressee(self.resolver, cand)
            if cand.plover in JUDGING_TYPES and judged_event_pronoun(cand, trigger_at):
                # "the embassy was hit in the attack, *denouncing it*": "it" is the attack
                cand.clear_recipients()
            if (
                reported_verdict(cand.trigger)
                and cand.recipient_rule_id == "recipient.noun_prep"
                and _verdict_prep(cand) == "to"
            ):
                # "said the storm was a blow *to farmers*": whom the verdict word's phrase
                # names is harmed, not judged (rule trigger.verdict_equating, branch verdicts)
                cand.clear_recipients()
            if (
                (not cand.recipients or cand.assumed_recipient)
                and (not cand.joint or parallel_doers(cand))  # "A and B *backed the request*"
                and cand.plover in JUDGING_TYPES
            ):  # "Chile condemned *the seizure*": a domestic target is only a default
                earlier_act(cand, trigger_at, self.acts, self._index, self.lead_acts)
            if (
                (not cand.recipients or cand.assumed_recipient)
                and not cand.own_act
                and (thing := judged_object(cand.trigger)) is not None
            ):  # "observers said the poll *in Ruritania* lacked transparency": its state's
                self.vote_holder(cand, thing)
            if (
                (not cand.recipients or cand.assumed_recipient)
                and (thing := reported_thing(cand.trigger)) is not None
                and {a.country for a in cand.actors} <= OBSERVER_CODES
            ):  # "the EU observers said *the count* lacked transparency": the vote's state's
                self.vote_holder(cand, thing)
            if (not cand.recipients or cand.assumed_recipient or cand.own_act) and (
                thing := reported_thing(cand.trigger)
            ) is not None:  # "police said *the protest* was illegal": a ruling, no one's act
                # (nor "the duties are fair, *its* minister said": its own side's act)
                self._drop(cand.trigger, "filter.verdict_no_doer", thing=thing.text)
                dropped.add(id(cand))
                continue
            content = cand.content
            if (
                content is not None
                and cand.trigger.cameo.plover in frames.OWN_ACT_FRAMES
                and content.token.pos_ == "VERB"
                and not cand.recipients
                and not cand.joint
                and domestic_kind(content)
            ):  # "said he is ready to *lift the curfew*": a concession offered at home
                target = domestic_target(self.resolver, content, cand.actors)
                if target is not None:
                    cand.set_recipients([target[0]], target[1], assumed=True)
                elif (note := retaliation_note(content)) is not None:
                    cand.notes.append(note)
            if cand.trigger.cameo.code in RELEASE_DEMANDS or asks_release(cand):
                self.captor(cand, kept)
            ruling_court(self.resolver, cand)
            report_author(self.resolver, cand)
            consular_nationals(cand)  # "giving them consular help": own nationals
            # "accused X of spying and said it would not bow to pressure": X
            sibling_target(cand, kept)
            # "X annexed the islands, a move Y never accepted": X
            relative_antecedent(cand, kept)
            if not cand.recipients and cand.plover == "REQUEST":
                self.deescalation_sides(cand)  # "X appealed for calm": to the two sides
            own_body_target(cand)  # a target taken from a sibling act may be the body itself
            story_counterpart(self.resolver, cand, kept)
        kept = [c for c in kept if id(c) not in dropped]
        # "protesters clashed with police": the crowd's riot, and the forces' repression
        repressions = [(c, r) for c in kept if (r := crowd_clash(c)) is not None]
        for cand in kept:  # "police *fired tear gas* as thousands marched": at the crowd
            crowd_target(cand, kept, self.protest, self._index)
        for cand in kept:  # "Thai troops *returned fire*": at the other side of the fighting
            # "X said Y's troops *opened fire*": the reporting state, when no attack is told
            said_by = (
                self.accusers(cand) if cand.plover == "ASSAULT" and not cand.recipients else []
            )
            fighting_counterpart(cand, self.acts, self._index, kept, said_by, self.resolver)
        hosted_talks(kept)  # "A and B met in talks *hosted by Y*": Y hosts A and B
        for clash, repression in repressions:  # unless the sentence tells how they used force
            forces = {a.code for a in repression.actors}
            if not any(c.plover == "ASSAULT" and forces & {a.code for a in c.actors} for c in kept):
                kept.insert(kept.index(clash) + 1, repression)
        for cand in kept:
            crowd = protest_crowd(cand)
            if crowd:
                self.protest = (self._index, crowd, cand.trigger.words())
        return kept

    def captor(self, cand: Candidate, kept: list[Candidate]) -> None:
        """ "Y police detained three X citizens. X demanded *their release*": a demand to free
        people is aimed at whoever holds them, the captors the story told of (rule
        recipient.captor), when it names no target other than the people held or its own;
        the captors of the same sentence first ("condemned Y's *arrest* of six bloggers and
        called for their release")."""
        own = {a.country for a in cand.actors if a.country}
        named = {a.country for a in cand.recipients if a.country}
        if cand.recipients and not (
            named <= own or all(a.sector in HELD_SECTORS for a in cand.recipients)
        ):
            return
        here = [
            (self._index, list(c.actors))
            for c in kept
            if c is not cand and c.trigger.cameo.code[:3] in CAPTURE_CODES and c.actors
        ]
        # "demanded the release of a boat *that was seized by* X": a seizure of property in
        # the same sentence (CAMEO 1053 asks to free persons or property)
        seized = [
            c
            for c in kept
            if c is not cand
            and c.trigger.cameo.code[:3] == SEIZE_CODE
            and c.actors
            and not same_side(list(c.actors), cand.actors)
        ]
        here += [(self._index, list(c.actors)) for c in seized]
        for c in seized:  # "... a boat that was seized": held from the side asking it back
            if c.assumed_recipient or not c.recipients:
                why = Because.of(
                    "recipient.release_demander", who=", ".join(a.text for a in cand.actors)
                )
                c.set_recipients(list(cand.actors), why)
        for index, captors in [*reversed(here), *reversed(self.captures)]:
            if same_side(captors, cand.actors):
                continue  # its own side's arrests: the demand is not aimed at itself
            why = Because.of(
                "recipient.captor",
                who=", ".join(a.text or a.code or "" for a in captors),
                n=str(self._index - index),
            )
            cand.set_recipients(list(captors), why, assumed=False)
            return

    def _drop(self, trig: Trigger, rule_id: str, /, **slots: str) -> None:
        """Record a trigger that is no event, with the rule that dropped it."""
        why = Because.of(rule_id, word=trig.words(), **slots).text()
        sent = trig.token.sent
        self.dropped.append(
            Dropped(self.article.id or "", self._index, trig.words(), rule_id, why, sent.text)
        )

    def code(self, sent: Span, index: int, triggers: list[Trigger]) -> list[Mention]:
        self._index = index
        if (item := segment_at(self.item_starts, sent.start_char)) != self.item:
            # a briefing page's item, a datelined brief: a story of its own, whose words no
            # act, doer or participants of another item resolve (rule mention.briefing_item)
            self.item = item
            self.memory.new_item()
            self.acts, self.lead_acts, self.captures = [], (), []
            self.accusation, self.said_at = None, -9
        # '"We ...," the minister said', '... the minister said. "We will ..."': who "we" are
        # here and next; '"We urge ... <next sentence> ... trust," the minister said.'
        self.attributed = False
        speaker = (
            self.speaker(sent)
            or self.quote_closer(index)
            or self.turn_said(sent)
            or self.quote_opener(index)
            or (self.attribution(sent) if any(t.text in QUOTES for t in sent) else [])
        )
        if speaker:
            self.memory.speaker = speaker
            self.memory.speaker_rule = ATTRIBUTION_RULE if self.attributed else ""
            self.said_at = index
        elif self.unnamed_closer(index):
            # '"We will ... . We will also ...," a spokesperson said': a quotation whose own
            # attribution names no one the story places is not said by an earlier speaker
            self.memory.speaker, self.memory.speaker_rule = [], ""
            self.said_at = index
        return self._code(sent, index, triggers)

    def turn_said(self, sent: Span) -> list[Actor]:
        """Who says a sentence of a transcript's answer ("MINISTER: That never happened."): the
        speaker its turn's label names, as a quotation's is the one its reporting verb names
        (rule resolve.transcript_speaker); [] outside answers and in a question's turn."""
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return self.resolver.answer_speaker(last) if last is not None else []

    def quoted_by(self, index: int) -> list[Actor]:
        """Who says a sentence that is all quotation: the speaker the sentence closing it
        names, or the one the sentence or two before it named (QUOTED_REACH)."""
        return list(self.memory.speaker) if index - self.said_at <= QUOTED_REACH else []

    def quote_closer(self, index: int) -> list[Actor]:
        """Who says the quotation this sentence opens and a later one closes: the speaker named
        in the sentence that closes it (up to three sentences on)."""
        text = self.sents[index].text
        if _opens_quote(text):
            for later in self.sents[index + 1 : index + 4]:
                if _closes_quote(later.text):
                    return self.speaker(later)
            return []
        after = self.sents[index + 1] if index + 1 < len(self.sents) else None
        if (
            after is not None
            and _all_quote(text)
            and index - self.said_at > QUOTED_REACH
            and not _all_quote(after.text)
        ):  # '"We condemn the attack." X said this on Friday': a quotation standing alone
            # is said by who the next sentence says spoke, or says spoke with no verb of
            # saying ('... X spoke after the talks', "X's remarks came a day after ...")
            return self.speaker(after) or self.attribution(after)
        return []

    def unnamed_closer(self, index: int) -> bool:
        """Whether this sentence opens a quotation that a later sentence closes with a verb of
        saying outside the quotation whose speaker names no actor ('... matter," *a
        spokesperson said*')."""
        if not _opens_quote(self.sents[index].text):
            return False
        for later in self.sents[index + 1 : index + 4]:
            if _closes_quote(later.text):
                # a noun phrase, not a pronoun ('..., *she* said' names whom the story
                # named before, even where the pronoun is not resolved yet)
                named = any(
                    t.pos_ == "VERB"
                    and _says(t)
                    and not _quoted_words(t)
                    and any(c.dep_ == "nsubj" and not is_pronoun(c) for c in t.children)
                    for t in later
                )
                return named and not self.speaker(later)
        return False

    def quote_opener(self, index: int) -> list[Actor]:
        """Who says the quotation the next sentence opens, named in this sentence with no verb
        of saying: the subject of a sentence that ends with a colon ('X was blunt on Monday:'
        + "We will ..."), or of a verb of speaking ('X addressed parliament on Tuesday.' +
        "We will ..."; rule resolve.quotation_attribution). Not where this sentence is itself
        inside a quotation or the next one does not open one."""
        if index + 1 >= len(self.sents):
            return []
        sent, after = self.sents[index], self.sents[index + 1]
        if after.text.lstrip()[:1] not in '"“«' or _opens_quote(sent.text):
            return []
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or in_quotation(last):
            return []
        if last.text == ":":
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not in_quotation(subj):
                found, _ = self.resolver.resolve(arg(with_conjuncts(subj), "actor.nsubj"))
                if found:
                    self.attributed = True
                    return found
        return self.attribution(sent)

    def attribution(self, sent: Span) -> list[Actor]:
        """Who a sentence beside a quotation says spoke it with no verb of saying: the subject
        of a verb of speaking outside any quotation ("X *spoke* after the talks", "X
        *addressed* parliament", "X *posted* on social media": vocabulary attribution_verbs), or
        the owner of a speech noun that is a subject ("*X's* remarks came a day after ...")
        (rule resolve.quotation_attribution)."""
        for tok in sent:
            who: list[Token] = []
            if tok.pos_ in ("VERB", "AUX") and (
                {tok.lemma_.lower(), *surface_lemmas().get(tok.lower_, ())} & ATTRIBUTION_VERBS
            ):
                who = [c for c in tok.children if c.dep_ == "nsubj"]
                if not who and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                    # '"...," X's minister posted on Monday': the small model hangs the verb
                    # on its subject as a modifier
                    who = [tok.head]
            elif (
                tok.dep_ in ("nsubj", "nsubjpass")
                and {tok.lemma_.lower(), tok.lower_.removesuffix("s")} & SPEECH_NOUNS
            ):
                who = [c for c in tok.children if c.dep_ == "poss"]
            # a word inside a quotation is not the attribution (checked only for a candidate:
            # reading the quotation marks for every word costs a walk of the sentence)
            if who and not _quoted_words(tok, sent) and not _quoted_words(who[0]):
                found, _ = self.resolver.resolve(arg(with_conjuncts(who[0]), "actor.nsubj"))
                if found:
                    self.attributed = True
                    return found
        return []

    def speaker(self, sent: Span) -> list[Actor]:
        """Who this sentence reports as saying something ("X said", "said X", "according to
        X", "X made the remarks"); a verb of saying inside a quotation is someone the speaker
        quotes, not who says it ('"Officers who *said* they had orders stopped us," X said')."""
        for tok in sent:
            if _according_to(tok):
                who = [o for c in tok.children for o in c.children if o.dep_ == "pobj"]
            elif tok.pos_ == "VERB" and (_says(tok) or _makes_remarks(tok)):
                who = [c for c in tok.children if c.dep_ == "nsubj"]
            else:
                continue
            if _quoted_words(tok, sent):  # read only for a verb of saying: see attribution
                continue
            if who:
                found, _ = self.resolver.resolve(arg(with_conjuncts(who[0]), "actor.nsubj"))
                if found:
                    return found
        return []

    def bare_subject(self, sent: Span) -> None:
        """ "Uganda's Supreme Court has never overturned an election. In 2021 *it* rejected
        ...": a sentence with no event still makes the state or institution it is about the
        subject a later "it" stands for (rule resolve.earlier_subject)."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or is_pronoun(subj):
            return
        span = self.resolver.index.at(subj)
        if span is not None and span.kind in ("body", "country") and not span.is_location:
            self.memory.subject = list(span.actors)

    def answer_day(self, c: Candidate) -> tuple[date, Because] | None:
        """The day of the interview whose answer turn ``c``'s trigger is in, as its
        introduction tells it ("the minister gave us this interview on Friday"), with the reason: what
        the answer says, "today" and "this afternoon" too, is of that day, not of the day the
        page was published (rule date.interview_day); None elsewhere."""
        if self.interview is None:
            return None
        at = c.trigger.token.idx
        turn = next((t for t in self.turns if t.label_end <= at < t.end), None)
        if turn is None or turn.asks:
            return None
        held, said = self.interview
        why = Because.of("date.interview_day", text=said, date=held.isoformat())
        return held, why

    def _code(self, sent: Span, index: int, triggers: list[Trigger]) -> list[Mention]:
        kept = self.candidates(sent, triggers)
        if not kept:
            self.acts += legislative_acts(self.resolver, sent, index)  # "passed a law"
            self.acts += issued_texts(self.resolver, sent, index)  # "issued a statement"
            self.acts += told_deeds(
                self.resolver, sent, index
            )  # "decided to", "carried out a test"
            self.add_statements(sent, index)
            self.bare_subject(sent)
            return []
        dates = self.dates(sent, kept)
        location = self.location(sent)
        built: dict[int, Mention] = {}
        # the events of "after"/"since" clauses last: they are dated from their main event
        for c in sorted(kept, key=lambda c: c.trigger.token.i in self.earlier):
            i = c.trigger.token.i
            shared = self.shared_dates.get(i)
            answered = self.answer_day(c)
            built[id(c)] = build_mention(
                c,
                sent,
                index,
                self.article.id or "",
                dates.get(i),
                self.published if answered is None else (answered[0], "day"),
                location,
                self.reference(index, c),
                fixed=self.before_event(sent, index, c, kept, built),
                shared=self.doc[shared].text if shared is not None else None,
                day_reason=self.day_reason if answered is None else answered[1],
                lead=self.lead(c),
                set_aside=self.aside.get(i) or self.aside_all,
                decided=self.decided.get(i),
                caption=self.captions.holds(c.trigger.token.idx),
            )
            if answered is not None and answered[1].rule not in built[id(c)].explanation:
                # "today", "this afternoon" in the answer: counted from the interview's day
                built[id(c)].explanation += f"; {answered[1].text()}"
        mentions = [built[id(c)] for c in kept]
        circumstance_protests(kept, mentions)  # "gas fired at students *marching*": the gas
        entry_means(kept, mentions)  # "boarded a ship and *took* its crew hostage"
        self.acts = [a for a in self.acts if index - a[0] <= SAME_WORD_REACH]  # recent only
        self.acts += legislative_acts(self.resolver, sent, index)  # "passed a law"
        self.acts += issued_texts(self.resolver, sent, index)  # "issued a statement"
        self.acts += told_deeds(self.resolver, sent, index)  # "decided to", "carried out a test"
        self.add_statements(sent, index)
        for c, m in zip(kept, mentions, strict=True):
            if m.modality in ("asserted", "claimed", "historical"):
                self.told.append((index, m.event_type, m.evidence.trigger))
            reporters = self.accusers(c)
            if reporters and m.modality in ("asserted", "claimed"):  # "X said Y shelled ..."
                doers = {a.country for a in m.actor if a.country}
                self.accusation = (reporters, doers, index)
            if m.actor and m.modality in ("asserted", "claimed", "historical"):
                words_ = m.evidence.trigger
                self.acts.append(
                    Act(
                        index,
                        m.cameo[:2],
                        list(m.actor),
                        words_,
                        m.event_type,
                        m.cameo,
                        tuple(m.recipient),
                        frames.is_denial(c.trigger.token),  # "denied that ...": said
                    )
                )
            if index <= LEAD_SENTENCES and m.actor and m.modality in ("asserted", "claimed"):
                self.lead_acts += (self.acts[-1],)
            if m.cameo[:3] in CAPTURE_CODES and m.actor and m.modality != "negated":
                self.captures.append((index, list(m.actor)))
            if m.event_type == "ACCUSE" and m.actor and m.recipient and m.modality == "asserted":
                accused = {a.country for a in m.recipient if a.country}
                if not self.judgment_after_charge(m.cameo, accused, index) and not self_charge(
                    m.actor, m.recipient
                ):
                    self.accusation = (list(m.actor), accused, index)

        mentions += self.counter_accusations(kept, mentions)

        def duplicate(m: Mention, other: Mention) -> None:
            self.dropped.append(
                Dropped(m.article_id, index, m.evidence.trigger, "filter.duplicate",
                        explain("filter.duplicate", word=m.evidence.trigger,
                                other=other.evidence.trigger), sent.text))  # fmt: skip
            restated_day(m, other, self.published[0])

        mentions = dedupe(mentions, duplicate)

        def own_side(m: Mention, why: str, rule: str) -> None:
            self.dropped.append(
                Dropped(m.article_id, index, m.evidence.trigger, rule, why, sent.text)
            )

        told = mentions  # before the drops: a sentence whose only act is dropped is still told
        mentions = drop_own_side_readings(mentions, own_side)
        trigger_of = {id(built[id(c)]): c.trigger for c in kept}
        # "welcomed the ruling and urged calm": the untargeted remark of a targeted statement
        mentions = drop_untargeted_asides(mentions, trigger_of, own_side)
        main = max(mentions or told, key=lambda m: m.confidence)
        self.memory.subject = list(main.actor)
        self.memory.subject_type = main.event_type
        self.memory.remember(unique_actors([*main.actor, *main.recipient]))
        return mentions

    def turned_down(self, cand: Candidate) -> None:
        """ "Kenya asked Ethiopia to reopen the crossing. *The request was turned down*": a
        rejection in the passive with no doer, of a definite request, proposal or offer
        (vocabulary request_nouns), is made by whom the latest such act of the story, up to
        EARLIER_ACT_REACH sentences before, was addressed to, and aimed at who made it (rule
        actor.proposal_addressee); with no such act or no addressee it stays without a doer."""
        tok = cand.trigger.token
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lemma_.lower() not in REQUEST_NOUNS:
            return
        if not any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in subj.children):
            return  # "a request was turned down": not one the story told
        for act in reversed(self.acts):
            if self._index - act.index > EARLIER_ACT_REACH:
                return
            if act.plover not in ("REQUEST", "AGREE") or act.index == self._index:
                continue
            if not act.recipients:
                return
            cand.actors, cand.actor_notes = list(act.recipients), []
            cand.actor_arg = Arg(
                [subj], "actor.proposal_addressee", {"noun": subj.text, "words": act.words}
            )
            why = Because.of(
                "recipient.earlier_act", noun=subj.text, words=act.words, n=self._index - act.index
            )
            cand.set_recipients(list(act.actors), why, assumed=False)
            return

    def add_statements(self, sent: Span, index: int) -> None:
        """The statements the sentence reports (rule recipient.earlier_general_act: "X said
        ... Y *rejected the statement*"), before its events: a later noun names those first."""
        if sent.end > self.last_said_noun:
            return  # no noun for something said after it: none would be named
        said = statement_acts(self.resolver, sent, index)
        self.acts += said
        if index <= LEAD_SENTENCES:
            self.lead_acts += tuple(said)

    def accusers(self, cand: Candidate) -> list[Actor]:
        """ "Ukraine said Russian troops shelled Kharkiv": who reports another country's act of
        conflict (CAMEO quad classes 3, 4) accuses its doer of it; a later denial answers them
        (rule recipient.accuser)."""
        tok = cand.trigger.token
        doers = {a.country for a in cand.actors if a.country}
        if cand.trigger.cameo.quad_class not in (3, 4) or not doers:
            return []
        clause = tok.head if tok.dep_ == "conj" else tok
        say = clause.head
        if clause.dep_ != "ccomp" or say.lemma_.lower() not in SAY_VERBS:
            return []
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        found, _ = self.resolver.resolve(arg(with_conjuncts(subj), "actor.nsubj"))
        found = [a for a in found if a.country]
        if not found or {a.country for a in found} & doers:
            return []
        return found

    def counter_accusations(self, kept: list[Candidate], mentions: list[Mention]) -> list[Mention]:
        """ "Armenia's defence ministry said Azerbaijani troops had opened fire first": a state
        reporting that another state's forces did an act of force or coercion (PLOVER ASSAULT,
        COERCE, SEIZE; not a show of force, MOBILIZE: "Seoul said the North fired missiles into
        the sea") to it, or to no one named, accuses that state of it (CAMEO
        112, PLOVER ACCUSE; rule trigger.reported_accusation). The act told stays as coded
        (asserted, or claimed when the report says it "had" been done), or is made claimed when
        told in a fronted quotation or under a present-tense "says" (rule
        modality.unshifted_report); the accusation is the speaker's own act, asserted. Not a
        speaker's own act ("said its jets struck camps"), a
        third party's report of an act aimed at another state ("the US said Russian forces
        shelled Ukrainian towns"), a speaker whose state the sentence does not name ("..., the
        foreign ministry said": only guessed), or one the sentence already codes."""
        out: list[Mention] = []
        for i, (c, m) in enumerate(zip(kept, mentions, strict=True)):
            if m.event_type not in COUNTER_ACCUSED or m.modality not in ("asserted", "claimed"):
                continue
            reporters = self.accusers(c)
            if not reporters:
                continue
            speakers = {a.country for a in reporters}
            doers = {a.country for a in m.actor if a.country}
            aimed = {a.country for a in m.recipient if a.country}
            if not doers or doers & speakers or not aimed <= speakers:
                continue
            tok = c.trigger.token
            say = (tok.head if tok.dep_ == "conj" else tok).head
            subj = next((g for g in say.children if g.dep_ == "nsubj"), None)
            if subj is None or not any(_names_side(t) for t in subj.subtree):
                continue  # "the foreign ministry said": whose, only guessed; no charge read
            if m.modality == "asserted" and (cue := unshifted_report(tok, say)) is not None:
                # "'X opened fire first,' Y said", "Y says X shelled ...": the accused's act is
                # told only in its target's own unshifted words (rule modality.unshifted_report)
                why = explain("modality.unshifted_report", cue=cue)
                m = mentions[i] = replace(
                    m, modality="claimed", explanation=f"{m.explanation}; {why}"
                )
            if any(
                o.event_type == "ACCUSE"
                and {a.country for a in o.actor} & speakers
                and {a.country for a in o.recipient} & doers
                for o in mentions
            ):
                continue
            clause = tok.head if tok.dep_ == "conj" else tok
            fronted = say.i < clause.left_edge.i  # the saying told first: the main act
            main = f"{explain('trigger.main_over_reported', verb=say.text)}; " if fronted else ""
            code = cameo_table()["112"]
            why = explain(
                "trigger.reported_accusation",
                verb=say.text,
                act=m.evidence.trigger,
                type=m.event_type,
            )
            evidence = replace(
                m.evidence,
                trigger=f"{say.text} … {m.evidence.trigger}",
                trigger_start=min(say.idx, m.evidence.trigger_start or say.idx),
            )
            out.append(
                replace(
                    m,
                    id="",
                    event_type=code.plover,
                    actor=list(reporters),
                    recipient=[a for a in m.actor if a.country],
                    evidence=evidence,
                    explanation=f"{why}; {main}{m.explanation}",
                    mode=code.mode,
                    context=list(code.context),
                    cameo=code.code,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    modality="asserted",
                    unattributed=False,
                    # "X said Y had shelled ...": the speaker's charge is the sentence's main
                    # act, the act it reports its content, so it ranks just above it; a closing
                    # tag ("..., X said") only names the news's source (trigger.main_over_reported)
                    confidence=round(
                        min(1.0, m.confidence + (MAIN_OVER_REPORTED if fronted else 0.0)), 3
                    ),
                )
            )
        return out

    def vote_holder(self, cand: Candidate, thing: Token) -> None:
        """ "Observers said *the poll in Ruritania* was neither free nor fair", "said
        *Ruritania's* referendum lacked credibility": a verdict on a vote or its count
        (vocabulary vote_nouns) held in, or owned by, a named state that finds fault with it
        (a criticism, ACCUSE) judges the state that ran it, its government or election body
        (rule recipient.vote_holder); not a vote of the speaker's own state. Approval ("was
        credible") is left as before: with no doer named it is no event."""
        own = {a.country for a in cand.actors if a.country}
        observer = bool(own) and own <= OBSERVER_CODES  # a mission's verdict: praise too
        if cand.plover != "ACCUSE" and not (observer and cand.plover == "SUPPORT"):
            return  # a state's praise of a vote ("was credible") stays as before
        if thing.lemma_.lower() not in VOTE_NOUNS and thing.lower_ not in VOTE_NOUNS:
            return
        places = [c for c in thing.children if c.dep_ == "poss"]
        heads = [thing]
        heads += [  # "the counting *of ballots in Gabon*": the count's own vote says where
            g
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj" and (g.lemma_.lower() in VOTE_NOUNS or g.lower_ in VOTE_NOUNS)
        ]
        places += [
            g
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for g in p.children
            if g.dep_ == "pobj" and g not in heads
        ]
        places += [c for c in thing.children if c.dep_ in ("amod", "compound") and c.i < thing.i]
        for place in places:
            found, _ = self.resolver.resolve(arg([place], "recipient.vote_holder"))
            found = [a for a in found if a.country and a.country not in own]
            if found:
                why = Because.of("recipient.vote_holder", thing=thing.text, who=found[0].text)
                cand.set_recipients(found[:1], why, assumed=False)
                return
        if places or not observer:
            return
        # "The EU observer mission said *the count* lacked transparency": an international
        # body's or NGO's verdict on a vote the sentence does not place judges the vote of the
        # state the story is about (rule recipient.observed_vote)
        home = self.memory.salient_states(1)
        if home:
            actor = make_actor(thing.text, home[0], None)
            why = Because.of("recipient.observed_vote", thing=thing.text, who=home[0])
            cand.set_recipients([actor], why, assumed=False)

    def judgment_after_charge(self, cameo: str, accused: set[str], index: int) -> bool:
        """ "The opposition accused the government of rigging the vote. Observers *criticised*
        the long queues. The government rejected the allegations": a criticism or condemnation
        (CAMEO 110, 111) is a judgment, not a charge of fact, and does not take the place of a
        charge (accusation, complaint, lawsuit: CAMEO 112-115) against the same side made
        within ``REFERENCE_REACH`` sentences: a later denial answers the charge (CAMEO codebook,
        111 against 112; rule recipient.accuser)."""
        last = self.accusation
        return (
            cameo[:3] in JUDGMENT_CODES
            and last is not None
            and index - last[2] <= REFERENCE_REACH
            and bool(last[1] & accused)
        )

    def home_charge(self, cand: Candidate) -> None:
        """ "Residents accused the police of beating two men. 'There was no beating,' the police
        chief said": a denied act of force (rule trigger.denied_act) or a transcript answer's
        denial (trigger.answer_verdict) with no accuser found answers a charge told in the
        ``REFERENCE_REACH`` sentences before it (vocabulary charging_words) that names the
        denier's state: a charge made at home, the denial aimed at that state (rule
        recipient.home_charge)."""
        own = [a.country for a in cand.actors if a.country and is_state(a.country)]
        if not own:
            return
        for sent in self.sents[max(0, self._index - REFERENCE_REACH) : self._index]:
            if not any(t.lemma_.lower() in CHARGING for t in sent):
                continue
            named = {a.country for sp in self.resolver.index.in_sentence(sent) for a in sp.actors}
            if own[0] in named:
                name = country_name(own[0]) or own[0]
                why = Because.of("recipient.home_charge", name=name)
                cand.set_recipients([Actor(text=name, name=name, country=own[0])], why)
                return

    def answer_to_accuser(self, cand: Candidate) -> None:
        """ "X accused Y of .... Y *denied the claims*": a denial with no target of its own
        answers the last accusation against its doer, up to ``REFERENCE_REACH`` sentences back,
        a domestic one too ("the opposition accused the government ... The government denied
        it": the opposition, of the same country; rule recipient.accuser)."""
        last = self.accusation
        if last is None or self._index - last[2] > REFERENCE_REACH:
            return
        accusers, accused, _ = last
        own = {a.country for a in cand.actors if a.country}
        if not frames.is_denial(cand.trigger.token) or not own & accused:
            return
        why = Because.of("recipient.accuser", who=", ".join(a.text for a in accusers))
        cand.set_recipients(list(accusers), why)

    def deescalation_sides(self, cand: Candidate) -> None:
        """ "Sudan and Chad exchanged fire. Egypt *appealed for calm* / *urged restraint* /
        *called for dialogue*": an appeal for de-escalation (vocabulary deescalation_nouns) that
        names no one it is made to is made to the sides of the quarrel the story told of: the
        parties named after 'between' ("talks *between A and B*"), else the doers and targets
        of the last act of conflict (CAMEO roots of QUARREL_ROOTS) the story told between two or
        more states, none of them the appealer's (rule recipient.deescalation_sides; CAMEO 0256
        'appeal for de-escalation of military engagement', 025 'appeal to yield', 0243 'appeal
        for ... talks' are made to the parties that are to yield or talk; branch threat38). A
        quarrel within one state (an election dispute, a strike) names no two sides here: the
        appeal keeps the story's own target."""
        word = deescalation_word(cand.trigger.token, cand.trigger.tokens)
        if word is None:
            return
        own = {a.country for a in cand.actors if a.country}
        # "called for talks *between A and B*": the parties named
        sides = unique_actors(
            [a for w in between_words(word) if (sp := self.resolver.index.at(w)) for a in sp.actors]
        )
        named = {a.country for a in sides if is_state(a.country)}
        if len(named) < 2 or named & own:  # the appealer is no side it appeals to
            sides = self.quarrel_sides(own)
        states = {a.country for a in sides if is_state(a.country)}
        if len(states) < 2:
            return
        sent = cand.trigger.token.sent
        if any(
            sp.is_location and sp.actor.country and sp.actor.country not in states
            for sp in self.resolver.index.in_sentence(sent)
        ):
            return  # "appealed for calm after a stampede *in Cairo*": calm somewhere else
        if any(a.sector in ("COP",) for a in cand.actors):
            return  # police appealing for calm keep order at home, no side asked
        why = Because.of(
            "recipient.deescalation_sides",
            word=word.text,
            who=", ".join(a.text for a in sides),
        )
        cand.set_recipients(sides, why, assumed=True)

    def quarrel_sides(self, own: set[str]) -> list[Actor]:
        """The doers and targets of the last act of conflict the story told (CAMEO roots of
        QUARREL_ROOTS) between two or more states, none of them in ``own``; else []."""
        for act in reversed(self.acts):
            if act.root not in QUARREL_ROOTS:
                continue
            parties = unique_actors(
                [a for a in (*act.actors, *act.recipients) if a.country and is_state(a.country)]
            )
            states = {a.country for a in parties}
            if len(states) > 1:
                return [] if states & own else parties
        return []

    def answered_move(self, cand: Candidate) -> None:
        """ "X expelled three of Y's diplomats. Y *promised a response* / said it *would
        respond*": an answer threatened with no target of its own (vocabulary answer_words)
        aims at the doer of the last act told against its doer, up to ``REFERENCE_REACH``
        sentences back (rule recipient.answered_move)."""
        lemmas = {t.lemma_.lower() for t in cand.trigger.tokens}
        rule = "recipient.answered_move"
        if not (
            lemmas & ANSWER_WORDS
            or conditioned_on_hostile_act(cand.trigger.token)
            or cand.trigger.rule.pattern
            in (CONSEQUENCE_PATTERN, RECOURSE_PATTERN, ANSWERED_PATTERN, KEPT_PATTERN)
            or any(n.rule == "recipient.threat_venue" for n in cand.notes)
        ):
            if not answering_step(cand.trigger):
                return
            rule = "recipient.answered_step"
        own = {a.country for a in cand.actors if a.country}
        if not own:
            return
        for act in reversed(self.acts):
            if self._index - act.index > REFERENCE_REACH:
                return
            # a named doer only: "*Delegates* voted to censure X" in a Geneva story are no
            # Swiss party (their country is the dateline's default)
            named = [a for a in act.actors if a.country and a.name]
            doers = {a.country for a in named}
            targets = {a.country for a in act.recipients if a.country}
            if own & targets and doers and not own & doers:
                why = Because.of(rule, who=", ".join(a.text for a in named))
                cand.set_recipients(named, why)
                return

    def lead(self, cand: Candidate) -> tuple[str, str] | None:
        """The first day the story names for what has happened (date, words): the lead's;
        None when the day named before the candidate dates a verb of saying ("X said *on
        Tuesday* ... She accused ..."): a telling that goes on, on that day."""
        days = days_at(self.days, cand.trigger.token.idx)
        named = reference_day(days, cand.trigger.token.idx)
        if not days or named is None or named.said or named.fronted:
            # a day put before its sentence ("In Riyadh *on Monday*, ...") sets the scene for
            # the statements that follow in its paragraph (rule date.statement_lead_day)
            return None
        return days[0].day.isoformat(), days[0].text

    def reference(self, index: int, cand: Candidate) -> tuple[str, str, str] | None:
        """The day the story named for events before this candidate's words (date, the words
        naming it, where: 'in this sentence', 'N sentence(s) before' or 'later in the story'),
        unless it is the publication day."""
        at = cand.trigger.token.idx
        paragraph = self.text.rfind("\n\n", 0, at) + 1  # 0: no paragraphs before
        named = reference_day(self.days, at, paragraph, self.entries)
        if named is None or named.day == self.published[0]:
            return None
        aside = self.aside.get(cand.trigger.token.i) or self.aside_all
        if named.sent == index and aside is not None and ("text", named.text) in aside.slots:
            return None  # this sentence's date words that date something else (set aside)
        if named.sent > index and perfect_lead(cand):
            # "X and Y *have called on* Z to stop ...", undated, above the acts it sums up: as of
            # the latest day the story names, not the first (often the day of what is reacted to)
            latest = max(days_at(self.days, at), key=lambda d: d.day)
            if latest.day != named.day:
                return latest.day.isoformat(), latest.text, PERFECT_LEAD_WHERE
        if named.sent > index:
            where = "later, in the story's first date words"
        elif named.sent < index:
            where = f"{index - named.sent} sentence(s) before"
        else:
            where = "in this sentence"
        if named.caption:
            where += f" {CAPTION_DAY_WHERE}"
        return named.day.isoformat(), named.text, where

    def before_event(
        self,
        sent: Span,
        index: int,
        cand: Candidate,
        kept: list[Candidate],
        built: dict[int, Mention],
    ) -> tuple[str | None, str | None, Because, str | None] | None:
        """The date of an event told in an "after"/"since" clause with no date words of its
        own: counted back from its main event's date, its month, or unknown (with the
        explanation and the words that told it)."""
        clause = self.earlier.get(cand.trigger.token.i)
        if clause is None:
            return None
        head = clause.head
        inside = self.clause_words(sent, clause, cand.trigger.token)
        if inside is not None:
            # "after the government rejected their demand *on Tuesday*", "*After* talks in the
            # capital *on Wednesday*, the ministers agreed": the clause's own date words, which
            # the parser hung on a noun of the clause or on the main verb
            return inside
        main = next(
            (
                built[id(o)]
                for o in kept
                if id(o) in built
                and (
                    head.i in {t.i for t in o.trigger.tokens}
                    or (o.trigger.token.head.i == head.i and o.trigger.token.dep_ == "dobj")
                )
            ),
            None,
        )
        if main is not None:
            anchor, precision, text = main.date, main.date_precision, main.evidence.trigger
        else:
            anchor, precision, text = self.clause_date(sent, index, cand, clause)
        if not anchor:
            return None
        pub, pub_precision = self.published
        counted = before_event(clause, anchor, precision)[0] if clause.days is not None else None
        if (
            pub is not None
            and anchor > iso(pub, precision or "day")
            and not (counted and counted <= iso(pub, "day"))
        ):
            # "talks will resume next week, after Russia withdrew ...": a past act told under a
            # coming one happened before publication; "after the summit" may be coming too
            if cand.trigger.token.pos_ not in ("VERB", "AUX"):
                return None
            anchor, precision = iso(pub, pub_precision or "day"), pub_precision or "day"
            text = "the publication date"
        if head.lemma_.lower() in SAY_VERBS and cand.plover == "CONSULT":
            # "the two governments *said after talks* in Vienna": the meeting is the occasion
            # of the statement, made as it ended, on the statement's day
            why = Because.of("date.statement_occasion", words=clause.words, verb=head.text,
                             event=text, anchor=anchor)  # fmt: skip
            return anchor, precision, why, clause.words
        if (
            clause.mark == "after"
            and clause.days is None
            and clause.years is None
            and precision == "day"
            and lasted_hours(cand.trigger.token)
        ):  # "signed the accord on Wednesday *after talks that lasted four hours*"
            why = Because.of("date.lasted_before", words=clause.words, event=text, anchor=anchor)
            return anchor, precision, why, clause.words
        value, new_precision = before_event(clause, anchor, precision)
        then = anaphoric_object(head, pub) if main is None else None
        if then is not None and then.text == text:
            result = f"{value} ({new_precision})" if value else "date unknown"
            why = Because.of("date.anaphoric_anchor", words=clause.words, verb=head.text,
                             then=text, result=result)  # fmt: skip
            return value, new_precision, why, clause.words if value else None
        if clause.days is not None and value is not None and clause.words.startswith("the "):
            # "the day after police arrested X": one day before (rule date.day_after_clause)
            why = Because.of("date.day_after_clause", words=clause.words, event=text,
                             anchor=anchor, date=value)  # fmt: skip
        elif clause.days is not None and value is not None:
            why = Because.of("date.counted_back", words=clause.words, event=text, anchor=anchor,
                             date=value)  # fmt: skip
        else:
            result = f"dated to its {new_precision}, {value}" if value else "date unknown"
            why = Because.of("date.before_event", words=clause.words, event=text, anchor=anchor,
                             result=result)  # fmt: skip
        return value, new_precision, why, clause.words if value else None

    def clause_words(
        self, sent: Span, clause: EarlierClause, event: Token | None = None
    ) -> tuple[str | None, str | None, Because, str | None] | None:
        """The date words written inside an "after"/"since" clause (a fronted clause reaches to
        the comma that closes it), resolved against publication, when the event of the clause
        was given none of its own; not those that stand before another noun of the clause and
        date it ("a day after she rejected the result of *last week's* election": the
        election's time, not the rejecting's), but those of the clause's own event noun
        ("after *Monday's* talks")."""
        last = clause.last
        if clause.last < clause.head.i:  # "After talks in the capital on Wednesday, ..."
            for tok in self.doc[clause.last + 1 : clause.head.i]:
                if tok.text in (",", ";", ":", "--", "—"):
                    break
                last = tok.i
        for expr, span in date_spans(sent):
            if sent.start_char + expr.start < self.dateline_chars:
                continue
            if span is None or not (clause.first <= span.start and span.end - 1 <= last):
                continue
            if clause_count(span):  # "*the day after* police arrested X": the clause's count
                continue
            noun = dated_noun(span.root)
            if (
                noun is not None
                and event is not None
                and noun.i != event.i
                and not _setting_of(noun, event)
            ):
                continue  # "rejected the result of *last week's* election": the election's
            got = resolve(expr, self.published[0], False)
            if got is None or not got.date:
                continue
            why = Because.of("date.clause_words", text=expr.text, words=clause.words,
                             date=got.date)  # fmt: skip
            return got.date, got.precision, why, expr.text
        return None

    def clause_date(
        self, sent: Span, index: int, cand: Candidate, clause: EarlierClause
    ) -> tuple[str | None, str | None, str]:
        """The date of the clause an "after" clause hangs on when no event of it was coded: the
        nearest date words outside the clause, the story's day, or the publication date."""
        outside = []
        for expr, span in date_spans(sent):
            if span is None or clause.first <= span.root.i <= clause.last or clause_count(span):
                continue
            if sent.start_char + expr.start < self.dateline_chars:
                continue
            if (other := earlier_clause(span.root)) is not None and other.head.i == clause.head.i:
                continue  # "came after X visited *last week*, and a day after Y shelled ...":
                # the words of another "after" clause date what it tells, not the main verb
            outside.append((abs(span.root.i - clause.head.i), expr))
        if outside:
            expr = min(outside, key=lambda d: d[0])[1]
            got = resolve(expr, self.published[0], False)
            if got is not None and got.date:
                return got.date, got.precision, expr.text
            if expr.kind == "yearshift" and self.published[0] is not None:
                # "since 2021, when ...; they were freed *a year later* after Ghanaian
                # mediation": counted from the year named before (rule date.same_year), and
                # never from publication: the clause tells the story's past
                base = year_named_before(clause.head, expr.start, self.published[0])
                sign = {"later": 1, "earlier": -1}.get((expr.groups[2] or "").lower())
                if base is None or not base.date or sign is None:
                    return None, None, expr.text
                year = int(base.date[:4]) + sign * years_counted(expr.groups)
                return f"{year:04d}", "year", expr.text
        # "the court annulled *that election* after ...": the happening's year the sentence
        # before named, not the story's day (rule date.anaphoric_anchor)
        if (then := anaphoric_object(clause.head, self.published[0])) is not None and then.date:
            return then.date, then.precision, then.text
        ref = self.reference(index, cand)
        if ref is not None:
            return ref[0], "day", ref[1]
        pub, precision = self.published
        if pub is None:
            return None, None, ""
        return iso(pub, precision or "day"), precision or "day", "the publication date"

    def dates(self, sent: Span, kept: list[Candidate]) -> dict[int, Any]:
        """Date expression per trigger token: the one whose nearest trigger above it is that
        trigger; a date under no trigger goes to every trigger without one (the nearest such
        date when there are several)."""
        at = {c.trigger.token.i for c in kept}
        parts = {p.i for c in kept for p in c.trigger.parts}  # "*take* part in exercises"
        # the verb of a noun event ("*put* duties on"): date words under it are the noun's
        # (rule date.event_verb)
        event_verbs = {
            p.i: c.trigger.token.i
            for c in kept
            for p in c.trigger.parts
            if p.pos_ in ("VERB", "AUX")
            and c.trigger.token.pos_ in ("NOUN", "PROPN")
            and c.trigger.token.head.i == p.i
            and p.i not in at
        }
        out: dict[int, Any] = {}
        loose = []
        # loose date words of a clause of what will or may be ("said it *would publish* a plan
        # *in September*") -> that clause's verb: they date no event outside the clause
        planned: dict[int, Token] = {}
        labels = doc_entries(self.doc, self.published[0])
        # the acts that make a text (CAMEO 057, sign a formal agreement), with the text's word
        making = {
            c.trigger.token.i: {p.i for p in c.trigger.tokens}
            for c in kept
            if c.trigger.cameo.code == "057"
        }
        made: dict[int, Any] = {}  # "signed *the 1994* treaty": the year of the text made
        self.aside: dict[int, Because] = {}  # date words set aside, per event word
        self.aside_all: Because | None = None  # ... for every event of the sentence
        for expr, span in date_spans(sent):
            if sent.start_char + expr.start < self.dateline_chars:
                continue  # the dateline's date is when the story was filed
            if any(e.start <= sent.start_char + expr.start < e.label_end for e in labels):
                continue  # a timeline entry's label: it dates its paragraph (date.timeline_entry)
            if span is None or clause_count(span):
                # "the day after police arrested X": the count of a clause, not a time of its
                # own (rule date.day_after_clause)
                continue
            noun = dated_noun(span.root)
            # "condemned *Monday's* attack": the attack's day (story_days.noun_days), not the
            # condemnation's; other events of the sentence may still be told on it
            reacted = noun is not None and noun.i not in at and reaction_object(noun)
            trailing = (
                trailing_happening(span.root)
                if noun is None and self._coming_not_old(expr)
                else None
            )
            if trailing is not None and trailing.i not in at:
                # "arrested 40 *ahead of the referendum on 3 July*": date words right after a
                # later happening, however the parser hangs them, date that happening
                # (rule date.before_happening)
                self.aside_all = Because.of("date.before_happening", text=expr.text,
                                            noun=trailing.text)  # fmt: skip
                continue
            if noun is not None and noun.i not in at and later_happening(noun):
                # "accused X of using the courts *before next year's election*", "arrested 40
                # *ahead of Sunday's vote*": the day of a later happening the act came before,
                # not the act's (rule date.before_happening)
                self.aside_all = Because.of("date.before_happening", text=expr.text, noun=noun.text)
                continue
            coming = dated_noun(span[-1]) if noun is None and expr.kind == "year" else None
            if (
                coming is not None
                and coming.i not in at
                and later_happening(coming)
                and self.published[0] is not None
                and (expr.groups[0] or "").isdigit()
                and int(expr.groups[0] or 0) > self.published[0].year
            ):
                # "arrested 40 activists *ahead of the 2027 election*": the year of a coming
                # happening the act came before, not the act's (rule date.before_happening)
                self.aside_all = Because.of("date.before_happening", text=expr.text,
                                            noun=coming.text)  # fmt: skip
                continue
            cur, owner, verb, relative, earlier = span.root, None, None, False, None
            carrier = None  # the verb of a noun event the date words hang on
            relverb = None
            # "the 2019 unrest", "a 2014 referendum": the year of a happening, which dates an
            # event only as its setting ("rejected it *in a 2014 referendum*"), not through
            # another noun or clause ("detained 20 at protests that marked *the anniversary of
            # the 2019 unrest*")
            happening_year = expr.kind == "year" and expr.text.split()[0].lower() in (
                "the",
                "a",
                "an",
            )
            embedded = False
            # "withdrew from *the 2015 deal* in 2018": a text named by the year it was made
            # (vocabulary named_texts); the year names the text, not the time of an act done
            # to it now (rule date.named_text)
            named_text = (
                happening_year
                and span.root.head.i != span.root.i
                and span.root.head.i not in at
                and span.root.head.lemma_.lower() in NAMED_TEXTS
                # "gave up its arsenal *under* the 1994 memorandum": done in the text's
                # execution, which the year dates when nothing else does
                and span.root.head.head.lower_ != "under"
            )
            while True:
                if cur.i in at:
                    owner = cur.i
                    break
                if cur.i in event_verbs and cur.i != span.root.i:
                    # "a feud that began when X *put* duties on Y *in 2023*": the year of the
                    # duties, not of the verb the clause hangs on (rule date.event_verb)
                    owner, carrier = event_verbs[cur.i], cur
                    break
                if happening_year and cur.i != span.root.i and cur.i != span.root.head.i:
                    embedded = embedded or cur.pos_ in ("NOUN", "PROPN", "VERB", "AUX")
                if verb is None and cur.pos_ in ("VERB", "AUX") and cur.i != span.root.i:
                    verb = cur  # the clause the date words belong to
                if verb is None and cur.dep_ == "prep" and cur.lower_ in EARLIER_MARKS:
                    earlier = cur  # "imposed *after the 2020 election*"
                if cur.head.i == cur.i:
                    break
                if cur.dep_ == "relcl" and cur.pos_ in ("VERB", "AUX"):
                    relative, relverb = True, relverb or cur
                cur = cur.head
            if named_text and owner is not None and span.root.head.i in making.get(owner, ()):
                # "*signed* the 1994 treaty", "*reached* the 2015 deal": the year a text is
                # named by is the year it was made, so it dates the act that made it when the
                # act has no date words of its own
                made.setdefault(owner, expr)
                continue
            if named_text:
                if owner is not None:
                    self.aside[owner] = Because.of("date.named_text", text=expr.text,
                                                   noun=span.root.head.text)  # fmt: skip
                continue
            if (
                owner is None
                and relverb is not None
                and relverb.head.dep_ in ("nsubj", "nsubjpass")
                and relverb.head.head.i not in at
            ):
                # "X, who took office *on Monday*, opened the week by receiving Y": the time
                # of what the subject's relative clause tells, not of the events of the clause
                # (rule date.subject_relative)
                self.aside_all = Because.of("date.subject_relative", text=expr.text,
                                            verb=relverb.text)  # fmt: skip
                continue
            # a relative clause with no event of its own on an object of the event
            object_relative = (
                owner is not None
                and relverb is not None
                and relverb.i not in at
                and relverb.head.i != owner
                # "under its pact with X, *an accord the two extended in July*": an apposition
                # names the object again
                and relverb.head.dep_ in ("dobj", "pobj", "nsubjpass", "appos")
            )
            if object_relative and any(
                c.dep_ == "aux" and c.lower_ in ("have", "has") for c in relverb.children
            ):
                # "barred entry to travellers *who have been in X in the past 21 days*": a
                # present-perfect relative clause on an object tells what its noun has done
                # over a stretch of time up to now; its date words date that, not the event
                # (rule date.perfect_relative)
                self.aside[owner] = Because.of("date.perfect_relative", text=expr.text,
                                               verb=relverb.text)  # fmt: skip
                continue
            if object_relative and _past_clause(relverb) and _before_the_news(expr):
                # "demanded the release of a pilot *who was detained in X last week*": a
                # past-tense relative clause on an object tells its noun's own earlier act; its
                # date words, when they reach back before the story's days ("last week", "in
                # March", "two weeks ago"), date that act, not the event (rule
                # date.past_relative); a day named ("who gathered *on Monday*", "*that day*")
                # is often the event's own
                self.aside[owner] = Because.of("date.past_relative", text=expr.text,
                                               verb=relverb.text)  # fmt: skip
                continue
            if (
                owner is not None
                and relverb is not None
                and relverb.i not in at
                and relverb.head.i not in (owner, *at)
                and _coming_clause(relverb)
                # "will host a summit *that will open in May*": the coming act's own time
                and not (relverb.head.head.i == owner and _modal_clause(relverb.head.head))
            ):
                # "agreed to appoint envoys to a panel *that is due to meet next month*", "signed
                # a deal on a road *that will open in 2029*": a relative clause on a noun below
                # the event that tells what is still to come dates that coming act, not the
                # event (rule date.coming_relative)
                self.aside[owner] = Because.of("date.coming_relative", text=expr.text,
                                               verb=relverb.text)  # fmt: skip
                continue
            if relative and owner is not None and span.root.i < owner:
                # "Spain, where migrants landed *last year*, welcomed": the time of a relative
                # clause with no event, told before the verb of its noun, is not that verb's
                # (date words after the verb may be the verb's, hung on an object's clause)
                continue
            if (
                relative
                and owner is not None
                and verb is not None
                and verb.dep_ == "relcl"
                and verb.tag_ in ("VBZ", "VBP")
                and verb.head.i not in at
                and any(c.dep_ == "nsubj" for c in verb.children)
                and verb.left_edge.i > 0
                and self.doc[verb.left_edge.i - 1].text == ","
            ):
                # "a statement from Manila, *which chairs ASEAN this year*": a non-restrictive
                # present-tense relative clause tells what its noun is or does now, and its date
                # words date that state, not the event (rule date.standing_relative); not "the
                # pipeline that crosses Ukraine on Wednesday", maybe the verb's misparsed day
                self.aside[owner] = Because.of("date.standing_relative", text=expr.text,
                                               verb=verb.text)  # fmt: skip
                continue
            if (
                relative
                and owner is not None
                and background_relative(verb, expr, self.published[0])
            ):
                # "warned that Riyadh could open its taps, a tactic *it used in 2020*": a
                # relative clause with its own doer telling a past act of long ago dates that
                # act, not the event its noun hangs on
                continue
            if (
                earlier is not None
                and owner is not None
                and verb is not None
                and verb.dep_ == "acl"
                and verb.head.i == owner
            ):
                # "its sanctions, imposed *after the 2020 election*, would remain": the
                # participle's act came after that time, not in it
                continue
            if (
                owner is not None
                and verb is not None
                and verb.i != owner
                and verb.dep_ == "acl"
                and verb.tag_ == "VBN"
                and (
                    (verb.head.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.head.head.i == owner)
                    # "shelled the town, *breaking* a truce *agreed in July*": a noun under
                    # another verb of the sentence, not the event's own
                    or (
                        verb.head.dep_ in ("dobj", "nsubjpass")
                        and verb.head.i != owner  # "the ban, *imposed last year*": its own
                        and verb.head.head.i != owner
                        and verb.head.head.pos_ == "VERB"
                        and verb.head.head.i not in at
                    )
                )
                and verb.lemma_.lower() not in SAY_VERBS
            ):
                # "pardoned a citizen *convicted last year*", "freed an activist *arrested in
                # March*": the participle's own time, not the time of the verb over its noun;
                # so on a subject ("the envoy, *appointed in 2019*, urged ...", a caption's
                # "X, *pictured in a file photo from 2024*, on Friday urged ...")
                continue
            if owner is not None and _until_end(span.root, owner):
                # "remanded the six *until next week*", "held him *until Friday*": the end of
                # the span the act lasts, not the day it was done (rule date.until_end)
                self.aside[owner] = Because.of("date.until_end", text=expr.text,
                                               verb=self.doc[owner].text)  # fmt: skip
                continue
            if owner is not None and accused_act(span.root, self.doc[owner], expr.kind):
                # "*accusing* Moscow of flying drones over its territory *this month*": the
                # time of the act the accusation is about, not of the accusation
                self.aside[owner] = Because.of("date.accused_act", text=expr.text,
                                               verb=self.doc[owner].text)  # fmt: skip
                continue
            if owner is not None and (cond := condition_between(span.root, owner)) is not None:
                # "would take all necessary steps *if* drones crossed its border again, a
                # reference to an incident *last month*": date words of a condition date what
                # the condition tells, not the event that hangs on it (rule date.condition_clause)
                self.aside[owner] = Because.of("date.condition_clause", text=expr.text,
                                               verb=cond.text)  # fmt: skip
                continue
            if (
                owner is not None
                and verb is not None
                and verb.i != owner
                and (
                    verb.dep_ in ("relcl", "acl", "ccomp")
                    # "saying the crew was safe *and that* X had rammed ...": a second clause
                    # joined to a reported one is reported too
                    or (verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "relcl", "acl"))
                    # "denied reports *that* X had tested ..." misparsed as an adverbial clause
                    or (
                        verb.dep_ == "advcl"
                        and any(
                            t.dep_ == "mark" and t.lower_ == "that"
                            for t in verb.doc[verb.left_edge.i : verb.i]
                        )
                    )
                )
                and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
            ):
                # "denying a report that police *had pushed* 70 people back *on Sunday*": a
                # past-perfect clause below the event tells an earlier act, and its date words
                # date that act, not the event (rule date.perfect_clause)
                self.aside[owner] = Because.of("date.perfect_clause", text=expr.text,
                                               verb=verb.text)  # fmt: skip
                continue
            if (
                owner is not None
                and verb is not None
                and verb.dep_ in ("relcl", "acl", "parataxis")
                and verb.lemma_.lower() in SAY_VERBS
            ):
                # "killed 12 fighters, *a UN report said on Tuesday*" parsed as a clause of
                # "fighters": the day of the saying, not of the killing
                owner = None
            if embedded:
                continue
            if starting_point(span) and owner is not None and not perfect(self.doc[owner]):
                # "shelled the town *for the first time since 1990*", "their first talks *since
                # 2016*": a point of comparison, not the event's time (the perfect "has imposed
                # sanctions since 2014" keeps it: a state that began then; so does the clause
                # that says what began then: "no envoys since 2008, *when* Minsk expelled ...")
                continue
            reported = carrier or (self.doc[owner] if owner is not None else verb)
            if reported is not None and said_then(span, reported):
                # "X said *on Monday* it would levy duties": the day of the saying, which the
                # parser hung on the reported verb
                owner, verb = None, reported.head
            if owner is not None and verb is not None and verb.i != owner and _modal_clause(verb):
                # "welcomed it and said it *would publish* a plan *in September*": the time of
                # what will or may be done, not of the event above it
                owner = None
            if (
                owner is not None
                and verb is not None
                and pledged_act(verb, self.doc[owner])
                and (_bare_month(expr) or _invited_day(expr, self.doc[owner]))
            ):
                # "agreed *to meet* again *in July*": the month of the meeting agreed on, a
                # coming one, not of the agreement (rule date.pledged_act)
                self.aside[owner] = Because.of("date.pledged_act", text=expr.text,
                                               verb=verb.text)  # fmt: skip
                continue
            if (
                owner is not None
                and verb is not None
                and requested_act(verb, self.doc[owner])
                and (_bare_month(expr) or _coming_time(expr, span))
            ):
                # "urged both sides *to sign* the accord *this week*", "called on supporters
                # *to march* *from Monday*": the time of the act asked for, a coming one, not of
                # the request (rule date.requested_act)
                self.aside[owner] = Because.of("date.requested_act", text=expr.text,
                                               verb=verb.text)  # fmt: skip
                continue
            if future_time_clause(span.root) or scheduled_for(span):
                # "will speak when she *arrives on Monday*", "called a strike *for March 12*"
                expr = replace(expr, future_clause=True)
            effect = effect_words(span.root, owner) if expr.kind != "range" else ""
            if effect:  # "tariffs *effective next month*" (not "from 2014 to 2023": a period)
                expr = replace(expr, effective=effect)
            if reacted:
                loose.append((span.root.i, expr, owner))
            elif owner is None:
                if verb is not None and verb.i not in parts:  # a clause with no event
                    expr = replace(expr, other_clause=True)
                if verb is not None and _modal_clause(verb):
                    planned[span.root.i] = verb
                if verb is not None and past_verb(verb) and not expr.future_clause:
                    # "..., she said on Tuesday" (not "called a strike *for March 12*")
                    expr = replace(expr, past_clause=True)
                loose.append((span.root.i, expr, None))
            else:
                out.setdefault(owner, expr)
        for owner, expr in made.items():
            out.setdefault(owner, expr)
        # "said *on Wednesday* it would impose duties *from Friday*": the day the measure takes
        # effect is not the day it was decided; the saying's day is (rule date.decided_day)
        self.decided: dict[int, Any] = {}
        said = [
            (pos, expr) for pos, expr, reacting in loose if reacting is None and expr.past_clause
        ]
        for owner, expr in out.items():
            if said and expr.effective and not expr.past_clause:
                self.decided[owner] = min(said, key=lambda pe: abs(pe[0] - owner))[1]
        self.owned_dates = set(out)
        # "clash with police *firing* tear gas ... on 3 May": a participle or simultaneous
        # clause's own date words date the scene's main event too (rule date.shared)
        self.shared_dates: dict[int, int] = {}
        for i in sorted(at - out.keys()):
            sub = next(
                (j for j in sorted(self.owned_dates) if scene_of(self.doc[j], self.doc[i])), None
            )
            if sub is None and self.doc[i].dep_ == "acl":
                # "adopted *on Tuesday* a resolution *condemning* X": a participle on the
                # dated verb's object tells the same scene, so it takes that verb's date words
                sub = next(
                    (j for j in sorted(self.owned_dates) if scene_of(self.doc[i], self.doc[j])),
                    None,
                )
            head = self.doc[i].head
            if sub is None and self.doc[i].dep_ == "xcomp" and head.i in self.owned_dates:
                # "In 2019 marines *helped detain* a tanker": the complement is done then too
                sub = head.i if head.lemma_.lower() in JOINED_ACT_VERBS else None
            if sub is None:
                # "arrested 30 people *at a rally* on Tuesday", "fired tear gas on Monday *to
                # clear a march*": the gathering was going on when the act was done in it
                sub = next(
                    (j for j in sorted(self.owned_dates)
                     if held_at(self.doc[i], self.doc[j], DISPERSAL_VERBS)),
                    None,
                )  # fmt: skip
            if sub is not None:
                out[i] = out[sub]
                self.shared_dates[i] = sub
        # an event told in an "after"/"since" clause happened before its main event: no loose
        # date words of the sentence (rule date.before_event)
        self.earlier: dict[int, EarlierClause] = {}
        for i in at - self.owned_dates:
            clause = earlier_clause(self.doc[i])
            if clause is not None:
                self.earlier[i] = clause
                out.pop(i, None)
        for i in at:  # a date under no trigger: the nearest one in the sentence, not, for
            # a noun in a setting phrase, one of a clause reported beside it ("*after talks*
            # with X, Y said elections would be held *next year*")
            near = [
                (pos, expr)
                for pos, expr, reacting in loose
                if reacting != i
                and not (in_setting(self.doc[i]) and in_other_report(self.doc[pos], self.doc[i]))
                and (pos not in planned or _within(self.doc[i], planned[pos]))
                and not _perfect_relative_outside(self.doc[i], self.doc[pos])
            ]
            if near and i not in out and i not in self.earlier:
                # "the union, which X quit *in 2019*, asked ...", "were seized; five came
                # home *on 3 June*": date words of another clause, with its own subject and
                # its own act, do not date the event (rules date.aside_relative,
                # date.other_clause)
                kept_near, other = [], None
                for pos, expr in near:
                    verb = aside_relative(self.doc[pos], self.doc[i])
                    if verb is not None:
                        other = other or Because.of("date.aside_relative", text=expr.text,
                                                    verb=verb.text)  # fmt: skip
                    elif across_semicolon(self.doc[pos], self.doc[i]):
                        other = other or Because.of("date.other_clause", text=expr.text)
                    else:
                        kept_near.append((pos, expr))
                near = kept_near
                if not near and other is not None:
                    self.aside.setdefault(i, other)
            if near and i not in out and i not in self.earlier:
                # "said *on Monday* that voting *on Sunday* had been calm, but criticised the
                # delays": date words inside a clause that does not hold the event (what was
                # reported, a clause of a noun) date that clause, not the event, when the
                # sentence has date words outside such clauses
                own = [pe for pe in near if not in_other_clause(self.doc[pe[0]], self.doc[i])]
                near = own or near
                head = self._sharing_head(i)
                for _ in range(4):  # "attacked ..., burned ... and *killed*": the chain's first
                    if head is None or head in self.owned_dates:
                        break
                    head = self._sharing_head(head)
                if head is not None and head in self.owned_dates:
                    # "raided a camp *last week*, *killing* 11, the army said on Thursday": the
                    # participle shares its verb's own date words, not the saying's day
                    continue
                later = self._dated_conjunct(i)
                if later is not None:
                    # "boarded the ship *and freed* the crew *on Tuesday*, the navy said on
                    # Wednesday": date words that close joined predicates date both
                    out[i] = out[later]
                    self.shared_dates[i] = later
                    continue
                out[i] = min(near, key=lambda pos_expr: abs(pos_expr[0] - i))[1]
            elif (
                not near
                and i not in out
                and i not in self.earlier
                and (later := self._dated_conjunct(i)) is not None
                and self._past_year(out[later])
            ):
                # "expelled the envoy and ordered the troops to leave *in 2019*": the date words
                # of a past year owned by the last of joined predicates close them all, also
                # where the sentence has no loose date words (rule date.shared)
                out[i] = out[later]
                self.shared_dates[i] = later
        # "X protested on Monday, *demanding* ...", "met Y on Monday and *signed* ...": a
        # participle clause, a conjoined verb or a noun event it happened in ("during a
        # protest") with no date words shares its verb's day
        for i in sorted(at - out.keys()):
            head = self._sharing_head(i)
            if head is not None and head in out:
                out[i] = out[head]
        # "will address parliament *when she arrives on Monday*": an event with no date words
        # of its own happens when its time clause says
        for i in at - out.keys() - self.earlier.keys():
            for clause in self.doc[i].children:
                if clause.dep_ == "advcl" and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.children
                ):
                    inner = sorted(j for j in out if clause.left_edge.i <= j <= clause.right_edge.i)
                    if inner:
                        out[i] = out[inner[0]]
                        break
        return out

    def _coming_not_old(self, expr: Any) -> bool:
        """Whether date words with no year of their own ("on 3 July", "in June") read as a
        coming day lie after publication, while read as a past day they would lie well before
        it: a later happening's day, not an act of long ago (rule date.before_happening)."""
        pub = self.published[0]
        if pub is None or re.search(r"\b\d{4}\b", getattr(expr, "text", "") or ""):
            return False
        ahead, past = resolve(expr, pub, True), resolve(expr, pub, False)
        if ahead is None or past is None or not ahead.date or not past.date:
            return False
        return ahead.date > iso(pub, ahead.precision or "day") and is_history(past, pub)

    def _past_year(self, expr: Any) -> bool:
        """Whether the date words ``expr`` name a year before the story's publication."""
        if not self.published[0]:
            return False
        got = resolve(expr, self.published[0], False)
        return bool(got and got.date and str(got.date)[:4] < str(self.published[0])[:4])

    def _dated_conjunct(self, i: int) -> int | None:
        """A later verb joined to the verb at ``i`` with no subject of its own, whose own date
        words close the joined predicates ("boarded the ship and freed the crew *on
        Tuesday*"); None otherwise."""
        tok = self.doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        for c in tok.children:
            if (
                c.dep_ == "conj"
                and c.pos_ in ("VERB", "AUX")
                and c.i in self.owned_dates
                and c.tag_ == tok.tag_
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ):
                return c.i
        return None

    def _sharing_head(self, i: int) -> int | None:
        """The verb whose day the event word at ``i`` shares when it has no date words of its
        own: a participle clause's or conjoined verb's head, or the verb of a noun event's
        setting phrase ("detain a man *during a protest* on Monday"); None otherwise."""
        tok = self.doc[i]
        if (term := _terms_clause_verb(tok)) is not None:  # "signed a deal in 2021 *under
            return term  # which* it promised ...": the deal's terms, agreed with it
        shares = (tok.dep_ == "advcl" and tok.tag_ == "VBG") or (
            tok.dep_ == "conj" and tok.pos_ == "VERB"
        )
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS:
            tok = tok.head
            shares = True
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and tok.head.dep_ == "dobj"
            and tok.head.head.pos_ == "VERB"
        ):  # "handed him a note *demanding* ...": the note's verb
            tok = tok.head
            shares = True
        if not shares or i in self.earlier or any(c.dep_ == "mark" for c in tok.children):
            return None
        if (
            tok.dep_ == "conj"
            and tok.tag_ == "VBD"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.head.children)
        ):  # "said it would host talks *in April* and *invited* ...": a past act joined to
            # one still to come does not share its time (rule date.shared)
            return None
        if tok.dep_ == "conj" and any(
            c.dep_ == "advmod" and c.lower_ == "since" for c in tok.children
        ):
            return None  # "expelled X in 2019 and has *since* sought ...": later, not that day
        return tok.head.i

    def location(self, sent: Span) -> Location | None:
        from communique.places import event_location

        countries = [c for c, _ in self.resolver.story_countries.most_common()]
        return event_location(sent, self.doc, self.article, countries)


def _perfect_relative_outside(event: Token, words: Token) -> bool:
    """ "ruled *in 2016* that ..., a ruling the government *has never accepted*": whether
    ``event`` is the verb of a relative clause in the present perfect, which tells what holds up
    to now, and the date words (their head ``words``) lie outside that clause: they date
    another act, not this one (rule date.perfect)."""
    if event.dep_ != "relcl" or event.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in event.children):
        return False
    return not event.left_edge.i <= words.i <= event.right_edge.i


def trailing_happening(root: Token) -> Token | None:
    """ "arrested 40 activists *ahead of the referendum on 3 July*": the happening noun (vocabulary
    happening_nouns or ballot_nouns) of a later-happening phrase ("before", "ahead of", "prior
    to": vocabulary later_happening_preps) that date words in an "on" or "in" phrase follow
    right after, whatever the parser hung them on; None otherwise (rule date.before_happening)."""
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "in") or prep.i == 0:
        return None
    noun = root.doc[prep.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not later_happening(noun):
        return None
    if not (happening(noun.lower_) or noun.lemma_.lower() in BALLOT_NOUNS):
        return None
    return noun


def _terms_clause_verb(tok: Token) -> int | None:
    """ "signed an agreement in June 2025 *under which* it *promised* to ...": a past-tense
    relative clause opened by a preposition and "which" (under, by, in, through which) tells
    what the thing named was or held when it was made, so its verb, with no date words of its
    own, shares the day of the verb that has that thing as its object (rule date.shared); the
    verb's index, or None. Not the past perfect (an earlier act) nor the present tense."""
    if tok.dep_ != "relcl" or tok.tag_ != "VBD":
        return None
    if not opened_by_prep_which(tok):
        return None
    thing = tok.head
    for _ in range(6):  # "signed *an agreement*", "agreed on *a plan*", "a deal *with* X",
        # "signed a deal, brokered *by Qatar*, under which": the participle's verb's
        participle = thing.dep_ == "advcl" and thing.tag_ == "VBN"
        if thing.dep_ not in ("dobj", "pobj", "prep", "agent", "appos", "conj") and not participle:
            return None
        if thing.head.i == thing.i:
            return None
        thing = thing.head
        if thing.pos_ == "VERB" and not (thing.dep_ == "advcl" and thing.tag_ == "VBN"):
            return thing.i
    return None


def eased_by(trig: Trigger, trigger_at: dict[int, Trigger]) -> Trigger | None:
    """ "lifted its *ban* on imports", "the *sanctions* were eased": a measure named by a noun
    (a conflict act, CAMEO quad class 4) that a verb of easing (CAMEO 08x) has as its object is
    what is eased, not imposed again. Returns the easing trigger, or None."""
    tok = trig.token
    if tok.pos_ not in ("NOUN", "PROPN") or trig.cameo.quad_class != 4:
        return None
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = trigger_at.get(tok.head.i)
    if verb is None or verb is trig or not verb.cameo.code.startswith("08"):
        return None
    return verb


def undone_by(trig: Trigger, trigger_at: dict[int, Trigger]) -> Token | None:
    """ "the union *postponed* its walkout", "a pay deal *averting* a strike": a protest,
    violence or coercion named by a noun (CAMEO quad class 4) that is the object of a verb of
    calling off or preventing (vocabulary undoing_verbs) did not happen: no event (rule
    filter.undone_act); the verb, when it is an event word, is coded by its own row. Returns that
    verb, or None."""
    tok = trig.token
    if tok.pos_ not in ("NOUN", "PROPN") or trig.cameo.quad_class != 4:
        return None
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or (verb.i in trigger_at and trigger_at[verb.i] is trig):
        return None
    return verb if verb.lemma_.lower() in UNDOING_VERBS else None


def _names_side(tok: Token) -> bool:
    """A word of a speaker's phrase that names its side: a place or nationality ("*Niger's*
    army", "the *Thai* navy", "*Armenia*"), not "the foreign ministry"."""
    return tok.ent_type_ in ("GPE", "NORP") or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _says(verb: Token) -> bool:
    """A verb of saying; a sentence with no event word is parsed without lemmas: its written
    form's lemmas then."""
    lemmas = {verb.lemma_.lower(), *surface_lemmas().get(verb.lower_, ())}
    return bool(SAY_VERBS & lemmas)


def _makes_remarks(verb: Token) -> bool:
    """ "X *made the remarks*", "X *issued a statement*": a verb whose object is speech (its
    written form read too: a sentence with no event word is parsed without lemmas)."""
    return any(
        c.dep_ == "dobj"
        and bool({c.lemma_.lower(), c.lower_, c.lower_.removesuffix("s")} & SPEECH_NOUNS)
        for c in verb.children
    )


def _according_to(tok: Token) -> bool:
    """ "*according* to X": the words that name whose account a sentence gives."""
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _waits_for_speaker(trig: Trigger, said: list[Actor]) -> bool:
    """Whether a measure kept until a side acts (trigger.kept_until) waits for the state the
    quotation's speaker was found to be: a side does not wait for itself, so the speaker found
    is not the one who keeps the measure (the quotation's speaker is left unknown)."""
    if trig.rule.pattern != KEPT_PATTERN or (found := kept_condition(trig.token)) is None:
        return False
    party = found[1]
    waited = {state_in_lexicon(t.text) for t in (party, *party.children)} - {None}
    return bool(waited & {a.country for a in said})


def _quoted_words(tok: Token, sent: Span | None = None) -> bool:
    """A word inside a quotation: after the mark that opens it in the sentence ('"Officers who *said*
    they had orders stopped us," X said'), or in a quotation running on from an earlier sentence
    of the paragraph that has not closed yet. Not a word after a closing mark whose opening
    mark the sentence does not show ('... wrong," the minister *said*')."""
    if sent is None:
        sent = tok.sent
    if (running := running_quotation(tok, sent)) is not None:
        return running
    marks = [t for t in sent if t.i < tok.i and t.text in QUOTES]
    return len(marks) % 2 == 1 and _opening_mark(marks[-1])


def _opening_mark(mark: Token) -> bool:
    """A quotation mark that opens a quotation: a left mark (“ «), or a straight one with no
    space after it and a word next ('"*We* will ...'), not one after the quoted words ('...
    wrong," the minister said')."""
    if mark.text in "“«":
        return True
    if mark.text in "”»":
        return False
    nxt = mark.nbor() if mark.i + 1 < len(mark.doc) else None
    return not mark.whitespace_ and nxt is not None and not nxt.is_punct


def _all_quote(text: str) -> bool:
    """A sentence that is one quotation, opened and closed ('"We condemn the attack."')."""
    text = text.strip()
    return (
        len(text) > 2
        and text[0] in '"“'
        and text.rstrip(".!?")[-1:] in '"”'
        and sum(text.count(q) for q in '"“”') == 2
    )


def _opens_quote(text: str) -> bool:
    """A quotation opened and not closed in ``text``."""
    return text.count("“") > text.count("”") or (
        "“" not in text
        and "”" not in text
        and text.count('"') % 2 == 1
        and text.lstrip()[:1] == '"'
    )


def _closes_quote(text: str) -> bool:
    """A quotation closed in ``text`` that it did not open."""
    return text.count("”") > text.count("“") or (
        "“" not in text and "”" not in text and text.count('"') % 2 == 1
    )


def in_setting(tok: Token) -> bool:
    """ "*during a protest*", "*after talks* with X": a noun event in a setting phrase."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in frames.SETTING_PREPS


def in_other_report(words: Token, tok: Token) -> bool:
    """Whether date words lie in a reported clause (a clausal complement) that ``tok`` is not
    in: "*after a meeting* with X, Y said elections would be held *next year*" dates the
    elections, not the meeting."""
    cur = words
    while cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and not cur.left_edge.i <= tok.i <= cur.right_edge.i:
            return True
        cur = cur.head
    return False


# words that open a condition (English grammar): "would respond *if* ...", "*unless* ..."
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_between(words: Token, owner: int) -> Token | None:
    """The verb of a condition ("*if* drones crossed", "*unless* ...") between date words and
    the event word at ``owner`` above them, or None."""
    cur = words
    while cur.i != owner and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cur.children
        ):
            return cur
        cur = cur.head
    return None


# clauses that tell what was said or thought, or describe a noun: their date words are theirs
OTHER_CLAUSES = frozenset({"ccomp", "relcl", "acl", "csubj", "xcomp"})


def in_other_clause(words: Token, tok: Token) -> bool:
    """Whether date words lie in a reported clause, a clause of a noun or a complement
    (``OTHER_CLAUSES``) that ``tok`` is not in: "said on Monday that voting *on Sunday* had been
    calm, but criticised the delays"."""
    cur = words
    while cur.head.i != cur.i:
        if cur.dep_ in OTHER_CLAUSES and not cur.left_edge.i <= tok.i <= cur.right_edge.i:
            return True
        cur = cur.head
    return False


COMPLAINED_DOER_TYPES = frozenset({"ASSAULT", "COERCE"})


def complained_doer(cand: Candidate, frame: Trigger, kept: list[Candidate]) -> None:
    """ "Iraq summoned Turkey's envoy over *a drone strike* that killed four", "protested to
    China over *an attack* that damaged two boats": an attack or a seizure told as done, which
    an official complaint aimed at one named state is about and which names no doer, is that
    state's act (rule actor.complained_of; branch drops). Only a state named as the complaint's
    target in the sentence (not a body it was lodged with, "a complaint with the UN", nor a
    default target), and not the complainer's own side."""
    if cand.plover not in COMPLAINED_DOER_TYPES:
        return
    made = next((c for c in kept if c.trigger.token.i == frame.token.i), None)
    if made is None or not made.recipients or made.assumed_recipient:
        return
    states = {a.country for a in made.recipients}
    if len(states) != 1 or not all(
        a.country and len(a.country) == 3 and a.country not in NON_STATE for a in made.recipients
    ):
        return
    if same_side(list(made.recipients), made.actors):
        return
    inside = {t.i for t in cand.trigger.token.subtree}
    heads = made.recipient_arg.heads if made.recipient_arg is not None else []
    if not heads or any(h.i in inside for h in heads):
        return  # "condemned the attack *on Ruritanian soldiers*": the victims, not the doer
    why = Because.of("actor.complained_of", frame=frame.words())
    cand.set_actors(list(made.recipients), why)


def complaint_target(cand: Candidate, frame: Trigger, kept: list[Candidate]) -> None:
    """ "lodged a protest with X*,* *demanding* the trucks' return": a demand or a threat made in
    a participle after a complaint or a refusal, naming no target of its own, is aimed at the
    complaint's target (rule recipient.complaint_target)."""
    made = next((c for c in kept if c.trigger.token.i == frame.token.i and c.recipients), None)
    if made is None or not same_side(made.actors, cand.actors):
        return
    why = Because.of("recipient.complaint_target", frame=frame.words())
    cand.set_recipients(list(made.recipients), why, assumed=made.assumed_recipient)


def setting_partner(cand: Candidate, kept: list[Candidate]) -> None:
    """'*In a call with X*, Y asked for help': a frame act said in a meeting is aimed at the
    meeting's other side (rule recipient.setting_partner)."""
    tok = cand.trigger.token
    own = {a.country for a in cand.actors}
    for other in kept:
        noun = other.trigger.token
        if (
            other.plover == "CONSULT"
            and other.trigger.cameo.code not in ("042", "043")  # a visit's host is no partner
            and noun.dep_ == "pobj"
            and frames.in_setting(noun, 2)
            and noun.head.head.i == tok.i
            and other.recipients
            and not {a.country for a in other.recipients} & own
        ):
            why = Because.of("recipient.setting_partner", meeting=other.trigger.words())
            cand.set_recipients(list(other.recipients), why)
            return


def merge_restated(kept: list[Candidate], drop: DropFn) -> list[Candidate]:
    """Drop restatements ("the help *provided* by X"): a participle of the same type as the noun
    event it describes restates it; the noun keeps the event (its date words now attach to it)."""
    at = {c.trigger.token.i: c for c in kept}
    out = []
    for c in kept:
        tok = c.trigger.token
        noun = at.get(tok.head.i) if tok.dep_ == "acl" else None
        if noun is not None and third_party_host(c, noun):
            # "talks between A and B, *mediated by X*": the host's own act, aimed at the sides
            if noun.actors:
                why = Because.of("recipient.hosted_talks", talks=noun.trigger.words())
                c.set_recipients(list(noun.actors), why)
            out.append(c)
            continue
        if noun is not None and noun.trigger.cameo.plover == c.trigger.cameo.plover:
            if not noun.actors and c.actors:
                noun.actors, noun.actor_arg, noun.actor_notes = c.actors, c.actor_arg, c.actor_notes
            if not noun.recipients and c.recipients:
                noun.recipients, noun.recipient_arg = c.recipients, c.recipient_arg
                noun.recipient_rule, noun.recipient_notes = c.recipient_rule, c.recipient_notes
            drop(c.trigger, "filter.restated", noun=noun.trigger.words())
            continue
        # "attacked a base, *killing* six", "closed the border, *suspending* claims": a
        # participle of the same type, by the same doers, spells out the act it hangs on
        head = at.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        if (
            head is not None
            and head.trigger.cameo.plover == c.trigger.cameo.plover
            and _same_doers(c, head)
        ):
            if not head.recipients and c.recipients:  # "struck positions, *killing* four
                head.recipients, head.recipient_arg = c.recipients, c.recipient_arg  # fighters"
                head.recipient_rule, head.recipient_notes = c.recipient_rule, c.recipient_notes
            drop(c.trigger, "filter.elaborating_participle", act=head.trigger.words())
            continue
        # "held talks with X on Tuesday, *the first such meeting* since ...": a noun that
        # refers back to an event of the same type in the sentence is that event
        if tok.pos_ == "NOUN" and any(ch.lower_ == "such" for ch in tok.children):
            same = next(
                (
                    o
                    for o in kept
                    if o is not c and o.trigger.cameo.plover == c.trigger.cameo.plover
                ),
                None,
            )
            if same is not None:
                drop(c.trigger, "filter.same_event_noun", other=same.trigger.words())
                continue
        out.append(c)
    return out


def hyphen_agent(tok: Token) -> Token | None:
    """The state word joined by a hyphen to a hosting or mediating participle ("*Norland*-
    brokered talks"; rule actor.hyphen_agent), or None."""
    if tok.lemma_.lower() not in MEDIATOR_WORDS or tok.pos_ != "VERB" or tok.i < 2:
        return None
    dash, word = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text != "-" or dash.whitespace_ or word.whitespace_:
        return None
    return word if word.ent_type_ in ("NORP", "GPE") else None


def fronted_place(noun: Token, visitors: list[Actor]) -> tuple[Actor, Because] | None:
    """ "*In La Paz* on Wednesday, the visit ...": a visit noun, subject of its clause, placed by
    a fronted "in" + a proper name the parser did not tag as a place that the gazetteer places in another
    state than the visitor's: that state hosts it (rule recipient.visit_fronted_place)."""
    if not (
        noun.lemma_.lower() in ("visit", "trip", "tour") and noun.dep_ in ("nsubj", "nsubjpass")
    ):
        return None
    for prep in noun.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > noun.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ in ("GPE", "LOC"):
                continue
            name = " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN" and t.i <= obj.i)
            iso = place_country(name)
            if iso and is_state(iso) and iso not in {a.country for a in visitors}:
                state = country_name(iso) or iso
                why = Because.of("recipient.visit_fronted_place", place=name)
                return Actor(text=state, name=state, country=iso), why
    return None


def third_party_host(c: Candidate, talks: Candidate) -> bool:
    """Whether ``c`` is a host's or mediator's act (vocabulary mediator_words: "hosted",
    "mediated", "brokered", "mediation") by others than the doers of the talks ``talks``."""
    if c is talks or not c.actors:
        return False
    tok = c.trigger.token
    hosted = any(  # "talks *hosted by Y*": the noun took the host as its doer
        ch.dep_ == "acl" and ch.lemma_.lower() in MEDIATOR_WORDS for ch in tok.children
    ) and (c.actor_arg is not None and c.actor_arg.rule == "actor.participle_agent")
    if tok.lemma_.lower() not in MEDIATOR_WORDS and not hosted:
        return False
    if (
        talks.trigger.cameo.plover != "CONSULT"
        or talks.trigger.token.lemma_.lower() in MEDIATOR_WORDS
    ):
        return False
    mine = {a.country for a in c.actors if a.country}
    return bool(mine) and not mine & {a.country for a in talks.actors}


def hosted_talks(kept: list[Candidate]) -> None:
    """ "A and B met in X in talks *hosted by Y*", "A and B resumed talks *under Y's mediation*":
    a host or mediator with no guests of its own hosts the sides of the sentence's talks (rule
    recipient.hosted_talks; CAMEO 045 mediate, PLOVER CONSULT)."""
    for c in kept:
        if c.recipients or c.plover != "CONSULT":
            continue
        sides = [
            o
            for o in kept
            if third_party_host(c, o) and o.actors and any(a.country for a in o.actors)
        ]
        if sides:  # the talks with most sides: "A and B met" over "the talks" of no party
            best = max(sides, key=lambda o: len({a.country for a in o.actors}))
            why = Because.of("recipient.hosted_talks", talks=best.trigger.words())
            c.set_recipients([a for a in best.actors if a.country], why)
            c.joint = False


def _same_doers(c: Candidate, other: Candidate) -> bool:
    """The two candidates' doers share an actor (by code, else by name)."""
    mine = {a.code or a.text for a in c.actors}
    return bool(mine) and bool(mine & {a.code or a.text for a in other.actors})


def _key(m: Mention) -> tuple:
    return (
        m.event_type,
        tuple(sorted(a.code or a.text for a in m.actor)),
        tuple(sorted(a.code or a.text for a in m.recipient)),
    )


def _other_days(m: Mention, other: Mention) -> bool:
    """``m`` and ``other`` each have a day of their own from their date words, and the days
    differ: two acts, not one told twice."""
    if not (m.date and other.date and m.date != other.date):
        return False
    return all(
        x.date_precision == "day" and "date.expression" in x.date_rules
        and "date.counted_from_story_day" not in x.date_rules
        for x in (m, other)
    )  # fmt: skip


def dedupe(
    mentions: list[Mention], drop: Callable[[Mention, Mention], None] | None = None
) -> list[Mention]:
    """One mention per (type, actors, recipients) in a sentence: the most confident; and a
    mention with no recipient restates one of the same type, doers and modality that has one
    ("will travel to X next week *for his first trip*"). Two mentions dated by date words of
    their own to two different days are two acts, not one told twice ("arrived *on Tuesday*
    for a visit and held talks *on Wednesday*"): each is kept; not so a restatement with no
    recipient, whose day is often the content's ("lodged a protest over shells that landed *on
    May 2*") or the end of the same act ("met on Monday and talked until early Tuesday")."""
    best: dict[tuple, Mention] = {}
    key_of: dict[int, tuple] = {}
    for m in mentions:
        key = _key(m)
        while key in best and _other_days(m, best[key]):
            key = (*key, best[key].date)
        key_of[id(m)] = key
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    aimed = {_key(m)[:2] + (m.modality,): m for m in best.values() if m.recipient}

    winner = {
        id(m): (best[key_of[id(m)]] if best[key_of[id(m)]] is not m else None)
        or (aimed.get(_key(m)[:2] + (m.modality,)) if not m.recipient else None)
        for m in mentions
    }
    kept = [m for m in mentions if winner[id(m)] is None]
    if drop is not None:
        for m in mentions:
            other = winner[id(m)]
            if other is not None:
                drop(m, other)
    return kept


# date words too coarse to be a misplaced day of the accusation itself ("on Thursday" may
# be the parser's attachment of the accusation's day to its charge; "this month" is not)
CHARGE_PERIOD_KINDS = frozenset(
    {"ago", "era_year", "month_year", "range", "recent", "rel_month", "relperiod", "sameyear",
     "since", "weekend", "year", "yearshift",
     # "accusing X of hiding the fate of people missing since the war *of the 1990s*", "*during
     # the Cold War*": a decade, a century, a span of years or a named period
     "decade", "century", "yearspan", "period"}
)  # fmt: skip


def accused_act(root: Token, owner: Token, kind: str) -> bool:
    """ "accused X *of flying* drones this month", "accusing X *of* a campaign that it began
    last year": date words (their head ``root``) inside the charge that a verb of accusing
    (vocabulary accusing_verbs) names with 'of' or 'for' date the act charged (rule
    date.accused_act); a day ("on Thursday") is left to the accusation."""
    if owner.lemma_.lower() not in ACCUSING_VERBS or kind not in CHARGE_PERIOD_KINDS:
        return False
    cur = root
    for _ in range(12):
        if cur.head.i == cur.i or cur.i == owner.i:
            return False
        if cur.head.i == owner.i:
            if cur.dep_ != "prep":
                return False
            if cur.lower_ == "since":
                # "accusing X of hiding the fate of soldiers missing *since* the war of the
                # 1940s": the parser hangs the charge's "since" on the accusing verb; an
                # accusation, an act of one day, does not last since then
                return any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in owner.children)
            return cur.lower_ in ("of", "for")
        cur = cur.head
    return False


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|\b(?:last|this|next)\b", re.I)


def _bare_month(expr: Any) -> bool:
    """Whether date words name a month or a day of a month with no year and no "last", "this"
    or "next" ("in July", "on March 4"): which year they mean is read from the tense of the
    verb they date, so an act agreed on today for "July" is no act of last July."""
    return expr.kind in ("rel_month", "mdy", "dmy") and not _YEAR_WRITTEN.search(expr.text)


def pledged_act(verb: Token, owner: Token) -> bool:
    """Whether ``verb`` is the "to" complement of ``owner``, a verb of agreeing or promising
    (vocabulary pledge_verbs) or of inviting (invitation_verbs): "agreed *to meet*",
    "promised *to hold*", "invited them *to meet* him"."""
    return (
        verb.i != owner.i
        and verb.dep_ == "xcomp"
        and verb.head.i == owner.i
        and owner.lemma_.lower() in PLEDGING_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _setting_of(noun: Token, event: Token) -> bool:
    """ "expelled traders *in Monday's crackdown*": a noun the event happened in (a
    preposition of clause_dates.SETTING_PREPS on the event word), whose day is the event's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == event.i


def requested_act(verb: Token, owner: Token) -> bool:
    """Whether ``verb`` is the "to" complement of ``owner``, a verb of asking someone to act
    (vocabulary request_verbs): "urged Y *to sign*", "called on Y *to hold*" (which the parser
    may hang as an adverbial clause)."""
    return (
        verb.i != owner.i
        and verb.dep_ in ("xcomp", "advcl")
        and verb.head.i == owner.i
        and owner.lemma_.lower() in REQUEST_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _until_end(root: Token, owner: int) -> bool:
    """Whether date words whose head is ``root`` are the object of "until" / "till" hung on
    the event word ``owner`` itself, a verb told as done ("remanded the six *until next
    week*", "was held *until Friday*"): the end of the span the act lasts. A verb of what will
    or may be keeps them ("will stay until Friday"), as its modality says."""
    prep = root.head
    if prep.i == root.i or prep.dep_ != "prep" or prep.lower_ not in ("until", "till"):
        return False
    verb = prep.head
    return verb.i == owner and verb.pos_ in ("VERB", "AUX") and not _modal_clause(verb)


# a starting point or a deadline: "hold protests *from* Monday", "withdraw *by* Friday"
_COMING_PREPS = ("from", "by", "until", "till", "before")


def _coming_time(expr: DateExpr, span: Span) -> bool:
    """Date words that look ahead in an act asked for: "*this week*", "*next month*", "*from*
    Monday", "*by* Friday" (not "on Monday", which wire copy hangs there for the request)."""
    first = expr.text.split()[0].lower() if expr.text else ""
    if expr.kind == "relperiod" and first in ("this", "next", "coming"):
        return True
    head = span.root.head
    return head.dep_ == "prep" and head.lower_ in _COMING_PREPS and head.i != span.root.i


def _invited_day(expr: DateExpr, owner: Token) -> bool:
    """A weekday in the "to" complement of a verb of inviting ("invited union leaders *to meet
    him on Friday*"): the day of the meeting the invitation asks for, a coming one, not of the
    inviting (which would otherwise be dated to the last Friday)."""
    return expr.kind == "weekday" and owner.lemma_.lower() in INVITATION_VERBS


def _modal_clause(verb: Token) -> bool:
    """Whether a verb tells what will or may be: a modal or future auxiliary (modality.tsv
    aux cues of future or hypothetical: "would publish", "will hold", "could call")."""
    cues = modality_cues().get("aux", {})
    return any(
        c.dep_ == "aux" and cues.get(c.lower_) in ("future", "hypothetical") for c in verb.children
    )


def _coming_clause(verb: Token) -> bool:
    """Whether a relative clause's verb tells what is still to come: a future auxiliary ("that
    *will open*"), "is to" ("which *is to hold*"), or "is" with a word of schedule (vocabulary
    schedule_words: "that *is due to* meet", "whose meeting *is planned* for January")."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    if verb.lemma_ == "be":
        for c in verb.children:
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True  # "is to hold"
            if c.dep_ == "acomp" and c.lower_ in SCHEDULE_WORDS:
                return True  # "is due to meet"
        return False
    return (
        verb.tag_ == "VBN"
        and verb.lower_ in SCHEDULE_WORDS
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children)
    )


def _within(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is ``verb`` or the event noun it takes ("would *hold talks* in
    September": an object, or the object of a preposition); not a word of a clause further
    down ("would go to court on Wednesday *to seek the release*": a goal, not the trip)."""
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ not in ("dobj", "pobj", "prep", "attr") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def past_verb(verb: Token) -> bool:
    """ "she *said* on Tuesday", "a decree *issued* on Monday", "Brazil, which borders both,
    *offered* on Monday to host talks" (the small model hangs such a verb as a participle on its
    subject), "the envoy *announced* on Tuesday that ..." (the model tags the main verb a past
    participle): a simple past, or a past participle with no auxiliary of its own that qualifies
    a noun or is the sentence's main verb with a subject of its own."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ == "acl" or (
        verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _past_clause(verb: Token) -> bool:
    """``verb`` tells a past act: the simple past ("who *fled* in 2023") or the past passive
    ("who *was detained* last week"); also a relative clause's verb with a subject of its own
    and no auxiliary that the small model tags a participle ("an accord the two *renewed* in
    March")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children):
        return True
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# date words that reach back before the story's days: a month, a year, "last week", "two weeks
# ago", "in recent months" (not a weekday, "yesterday" or "that day")
_BEFORE_THE_NEWS_KINDS = frozenset(
    {"month_year", "year", "shift", "yearshift", "recent", "decade", "century"}
)


def _before_the_news(expr: DateExpr) -> bool:
    """``expr`` names a time before the story's days: "last week", "in March", "in 2023"."""
    if expr.kind == "relperiod":
        return (expr.groups[0] or "").lower() in ("last", "past")
    if expr.kind == "rel_month":
        return (expr.groups[0] or "").lower() != "next"
    return expr.kind in _BEFORE_THE_NEWS_KINDS


def crowd_protest_target(resolver: ArgumentResolver, cand: Candidate) -> None:
    """ "About 300 farmers protested in X *against the new land tax*": a crowd's protest
    against something no party is named for (recode.crowd_protest) is aimed, like a bare
    "protested", at the place where it happens, else at the government of the country where it
    happens (rules recipient.place, recipient.domestic_target)."""
    trig = cand.trigger
    placed, _ = resolver.resolve(place_recipient(trig.token), within=None, fallback="")
    placed = [a for a in placed if a.country and a.sector in (None, "GOV")]
    if placed:
        cand.set_recipients(placed, Because.of("recipient.place"))
        return
    rally = replace(trig, rule=replace(trig.rule, cameo="141"))
    if (home := domestic_target(resolver, rally, cand.actors)) is not None:
        cand.set_recipients([home[0]], home[1], assumed=True)
