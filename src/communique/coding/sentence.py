"""Code one sentence: its triggers, less those that are the content or aim of another; the
arguments of each; context recodes; dates; one Mention per event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from communique.actors.index import ActorIndex, unique_actors
from communique.actors.memory import ActorMemory
from communique.coding import frames
from communique.coding.candidate import Candidate
from communique.coding.context_recipients import (
    ADDRESSED_TYPES,
    EARLIER_ACT_REACH,
    JUDGING_TYPES,
    Act,
    addressee,
    claimant,
    earlier_act,
    judged_event_pronoun,
    story_counterpart,
)
from communique.coding.dates import find_dates
from communique.coding.domestic import (
    domestic_kind,
    domestic_target,
    domestic_trip,
    retaliation_note,
)
from communique.coding.lexicon import cameo_table
from communique.coding.mention import TIME_MARKS, build_mention, future_time_clause
from communique.coding.patterns import surface_lemmas
from communique.coding.recodes import context_recode, is_motion, motion_is_visit
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because, explain
from communique.coding.selection import choose
from communique.coding.senses import KEEP, sense_of
from communique.coding.story_days import reference_day, story_days
from communique.coding.syntax import arg, with_conjuncts
from communique.coding.triggers import Trigger
from communique.coding.unattributed import drop_doubles, unattributed
from communique.model import Actor, Article, Dropped, Location, Mention
from communique.relevance import political_event
from communique.vocabulary import words

# actor rules that take the subject of another word: a noun event with such a doer is content
SUBJECT_OF_RULES = frozenset(
    {"actor.stative_subject", "actor.head_passive_subject", "actor.xcomp_subject",
     "actor.guilty_subject", "actor.copula_subject", "actor.participant",
     "actor.governing_verb_subject", "actor.scene_subject"}
)  # fmt: skip


SAY_VERBS = words("say_verbs")
# how far back a denial looks for the accusation it answers
REFERENCE_REACH = 3  # sentences
DropFn = Callable[..., None]  # (trigger, rule id, **slots): record a dropped trigger


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
    ) -> None:
        self.article = article
        self.doc = doc
        self.index = index
        self.memory = memory
        self.published = published
        self.dateline_chars = dateline_chars
        # the days the story names for what has happened: a past-tense event with no date
        # words of its own took place on the last one named before it (story_days.py)
        self.days = story_days(doc, published[0], dateline_chars)
        # the last accusation: (its actors, the countries accused, sentence)
        self.accusation: tuple[list[Actor], set[str], int] | None = None
        # the acts of the last sentences, newest last: (sentence, CAMEO root, actors, words)
        self.acts: list[Act] = []
        dateline: set[int] = set()  # the dateline's words open the story: stop after them
        for t in doc if dateline_chars else ():
            if t.idx >= dateline_chars:
                break
            dateline.add(t.i)
        self.resolver = ArgumentResolver(doc, index, memory, dateline)
        self.sents = list(doc.sents)
        self.dropped: list[Dropped] = []  # triggers that are no event, with the rule
        self._index = 0  # the sentence being coded

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
        governors = {i: t for i, t in trigger_at.items() if i not in aims}
        content_of: dict[int, Trigger] = {}
        content_tokens: set[int] = set()  # triggers that are what a frame asks, threatens, ...
        self.memory.new_sentence()
        kept: list[Candidate] = []
        for trig in triggers:
            tok = trig.token
            sense = sense_of(trig)
            if sense is not None and sense[0].cameo is None:  # "beat them in the final"
                self._drop(trig, "filter.sense", sense=sense[0].sense, cue=sense[1])
                continue
            purpose = frames.is_purpose_clause(tok)
            gov, path = frames.governor(tok, governors)
            if (
                purpose
                and path == ["advcl"]
                and gov is not None
                and gov.cameo.plover in frames.FRAME_TYPES
            ):
                purpose, path = False, ["xcomp"]  # "have sworn *to fight*": the vow's content
            if purpose and trig.cameo.plover not in frames.PURPOSE_EVENTS:
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
                and not frames.own_relative_clause(tok, len(path))
            )
            # "urged X to withdraw ... and *to open* the crossings": a bare verb joined to
            # the asked or threatened act is asked, threatened, ... too
            joined = path[:1] == ["conj"] and set(path[:-1]) <= {"conj"} and tok.tag_ == "VB"
            if joined and gov is not None:
                embedded = (
                    embedded
                    or gov.token.i in content_tokens
                    or (gov.cameo.plover in frames.FRAME_TYPES and path[-1] in frames.CONTENT_DEPS)
                )
            if embedded:
                content_tokens.add(tok.i)
            cand = choose(self.resolver, trig)
            if purpose:
                cand.notes.append(Because.of("filter.aim_event", word=tok.head.text))
            if is_motion(trig) and not motion_is_visit(cand):
                self._drop(trig, "filter.motion_not_visit")
                continue
            context_recode(cand)
            if sense is not None and sense[0].cameo not in (None, KEEP):  # "a strike over pay"
                why = Because.of("recode.sense", sense=sense[0].sense, cue=sense[1])
                cand.recode = (sense[0].cameo, why)
                if (
                    cand.assumed_recipient
                    and cameo_table()[sense[0].cameo].plover != trig.cameo.plover
                ):
                    cand.clear_recipients()  # a default target of the old type's
            if trig.cameo.code == "042" and domestic_trip(self.resolver, cand):
                self._drop(trig, "filter.domestic_trip")
                continue
            if (
                gov is not None
                and gov.cameo.plover in frames.FRAME_TYPES
                and frames.is_content(path)
            ):
                content_of.setdefault(gov.token.i, trig)
            if embedded:
                own = (
                    tok.pos_ in ("NOUN", "PROPN")
                    and cand.actors
                    and cand.actor_rule
                    and cand.actor_rule not in SUBJECT_OF_RULES
                )
                if not own:
                    self._drop(trig, "filter.frame_content", frame=gov.words() if gov else "")
                    continue
                cand.embedded = True
            if not cand.actors:  # "three soldiers were killed": the victims are known
                cand.unattributed = unattributed(cand, self.resolver, lambda: self.location(sent))
                if cand.unattributed is None:
                    self._drop(trig, "filter.no_actor")
                    continue
            if not political_event(
                cand.plover, cand.actors, cand.recipients, bool(cand.unattributed)
            ):
                self._drop(trig, "filter.not_political")
                continue
            kept.append(cand)
            if not cand.embedded:
                self.memory.remember(
                    unique_actors([*cand.actors, *cand.recipients]), in_sentence=True
                )
        kept = drop_doubles(merge_restated(kept, self._drop), self._drop)
        for cand in kept:
            cand.content = content_of.get(cand.trigger.token.i)
            if not cand.recipients and cand.plover in frames.FRAME_TYPES:
                setting_partner(cand, kept)
            if not cand.recipients and cand.plover == "REJECT":
                claimant(self.resolver, cand)
            if not cand.recipients and cand.plover == "REJECT":
                self.answer_to_accuser(cand)
            if not cand.recipients and not cand.joint and cand.plover in ADDRESSED_TYPES:
                addressee(self.resolver, cand)
            if cand.plover in JUDGING_TYPES and judged_event_pronoun(cand, trigger_at):
                # "the embassy was hit in the attack, *denouncing it*": "it" is the attack
                cand.clear_recipients()
            if (
                (not cand.recipients or cand.assumed_recipient)
                and not cand.joint
                and cand.plover in JUDGING_TYPES
            ):  # "Chile condemned *the seizure*": a domestic target is only a default
                earlier_act(cand, trigger_at, self.acts, self._index)
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
                    cand.set_recipients([target[0]], target[1])
                    cand.assumed_recipient = True
                elif (note := retaliation_note(content)) is not None:
                    cand.notes.append(note)
            story_counterpart(self.resolver, cand)
        return kept

    def _drop(self, trig: Trigger, rule_id: str, /, **slots: str) -> None:
        """Record a trigger that is no event, with the rule that dropped it."""
        why = Because.of(rule_id, word=trig.words(), **slots).text()
        sent = trig.token.sent
        self.dropped.append(
            Dropped(self.article.id or "", self._index, trig.words(), rule_id, why, sent.text)
        )

    def code(self, sent: Span, index: int, triggers: list[Trigger]) -> list[Mention]:
        self._index = index
        speaker = self.speaker(sent)
        if not speaker:  # '"We urge ... <next sentence> ... trust," the minister said.'
            closer = self.quote_closer(index)
            if closer:
                self.memory.speaker = closer
        try:
            return self._code(sent, index, triggers)
        finally:
            if speaker:  # '... the minister said. "We will ..."': who "we" are next
                self.memory.speaker = speaker

    def quote_closer(self, index: int) -> list[Actor]:
        """Who says the quotation this sentence opens and a later one closes: the speaker named
        in the sentence that closes it (up to three sentences on)."""
        if not _opens_quote(self.sents[index].text):
            return []
        for later in self.sents[index + 1 : index + 4]:
            if _closes_quote(later.text):
                return self.speaker(later)
        return []

    def speaker(self, sent: Span) -> list[Actor]:
        """Who this sentence reports as saying something ("X said", "said X")."""
        for verb in sent:
            if verb.pos_ == "VERB" and (
                verb.lemma_.lower() in SAY_VERBS
                or SAY_VERBS.intersection(surface_lemmas().get(verb.lower_, ()))
            ):  # a sentence with no event word is parsed without lemmas: its written form
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    found, _ = self.resolver.resolve(arg(with_conjuncts(subj), "actor.nsubj"))
                    if found:
                        return found
        return []

    def _code(self, sent: Span, index: int, triggers: list[Trigger]) -> list[Mention]:
        kept = self.candidates(sent, triggers)
        if not kept:
            return []
        dates = self.dates(sent, kept)
        location = self.location(sent)
        mentions = [
            build_mention(
                c,
                sent,
                index,
                self.article.id or "",
                dates.get(c.trigger.token.i),
                self.published,
                location,
                self.reference(index, c),
            )
            for c in kept
        ]
        self.acts = [a for a in self.acts if index - a[0] <= EARLIER_ACT_REACH]  # recent only
        for c, m in zip(kept, mentions, strict=True):
            reporters = self.accusers(c)
            if reporters and m.modality in ("asserted", "claimed"):  # "X said Y shelled ..."
                doers = {a.country for a in m.actor if a.country}
                self.accusation = (reporters, doers, index)
            if m.actor and m.modality in ("asserted", "claimed", "historical"):
                words_ = m.evidence.trigger
                self.acts.append((index, m.cameo[:2], list(m.actor), words_))
            if m.event_type == "ACCUSE" and m.actor and m.recipient and m.modality == "asserted":
                accused = {a.country for a in m.recipient if a.country}
                self.accusation = (list(m.actor), accused, index)
        mentions = dedupe(mentions, lambda m, other: self.dropped.append(
            Dropped(m.article_id, index, m.evidence.trigger, "filter.duplicate",
                    explain("filter.duplicate", word=m.evidence.trigger,
                            other=other.evidence.trigger), sent.text)))  # fmt: skip
        main = max(mentions, key=lambda m: m.confidence)
        self.memory.subject = list(main.actor)
        self.memory.remember(unique_actors([*main.actor, *main.recipient]))
        return mentions

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

    def answer_to_accuser(self, cand: Candidate) -> None:
        """ "X accused Y of .... Y *denied the claims*": a denial with no target of its own
        answers the last accusation against its doer, up to ``REFERENCE_REACH`` sentences back
        (rule recipient.accuser)."""
        last = self.accusation
        if last is None or self._index - last[2] > REFERENCE_REACH:
            return
        accusers, accused, _ = last
        own = {a.country for a in cand.actors if a.country}
        if not frames.is_denial(cand.trigger.token) or not own & accused:
            return
        if {a.country for a in accusers} & own:
            return
        why = Because.of("recipient.accuser", who=", ".join(a.text for a in accusers))
        cand.set_recipients(list(accusers), why)

    def reference(self, index: int, cand: Candidate) -> tuple[str, str, str] | None:
        """The day the story named for events before this candidate's words (date, the words
        naming it, where: 'in this sentence', 'N sentence(s) before' or 'later in the story'),
        unless it is the publication day."""
        named = reference_day(self.days, cand.trigger.token.idx)
        if named is None or named.day == self.published[0]:
            return None
        if named.sent > index:
            where = "later, in the story's first date words"
        elif named.sent < index:
            where = f"{index - named.sent} sentence(s) before"
        else:
            where = "in this sentence"
        return named.day.isoformat(), named.text, where

    def dates(self, sent: Span, kept: list[Candidate]) -> dict[int, Any]:
        """Date expression per trigger token: the one whose nearest trigger above it is that
        trigger; a date under no trigger goes to every trigger without one (the nearest such
        date when there are several)."""
        at = {c.trigger.token.i for c in kept}
        out: dict[int, Any] = {}
        loose = []
        for expr in find_dates(sent.text):
            if sent.start_char + expr.start < self.dateline_chars:
                continue  # the dateline's date is when the story was filed
            span = self.doc.char_span(
                sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
            )
            if span is None:
                continue
            cur, owner, verb = span.root, None, None
            while True:
                if cur.i in at:
                    owner = cur.i
                    break
                if verb is None and cur.pos_ in ("VERB", "AUX") and cur.i != span.root.i:
                    verb = cur  # the clause the date words belong to
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if future_time_clause(span.root):  # "will speak when she *arrives on Monday*"
                expr = replace(expr, future_clause=True)
            if owner is None:
                if verb is not None and verb.tag_ == "VBD":  # "..., she said on Tuesday"
                    expr = replace(expr, past_clause=True)
                loose.append((span.root.i, expr))
            else:
                out.setdefault(owner, expr)
        for i in at:  # a date under no trigger: the nearest one in the sentence
            if loose and i not in out:
                out[i] = min(loose, key=lambda pos_expr: abs(pos_expr[0] - i))[1]
        # "X protested on Monday, *demanding* ...", "met Y on Monday and *signed* ...": a
        # participle clause or a conjoined verb with no date words shares its verb's day
        for i in sorted(at - out.keys()):
            tok = self.doc[i]
            shares = (tok.dep_ == "advcl" and tok.tag_ == "VBG") or (
                tok.dep_ == "conj" and tok.pos_ == "VERB"
            )
            if shares and not any(c.dep_ == "mark" for c in tok.children) and tok.head.i in out:
                out[i] = out[tok.head.i]
        # "will address parliament *when she arrives on Monday*": an event with no date words
        # of its own happens when its time clause says
        for i in at - out.keys():
            for clause in self.doc[i].children:
                if clause.dep_ == "advcl" and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in clause.children
                ):
                    inner = sorted(j for j in out if clause.left_edge.i <= j <= clause.right_edge.i)
                    if inner:
                        out[i] = out[inner[0]]
                        break
        return out

    def location(self, sent: Span) -> Location | None:
        from communique.places import event_location

        countries = [c for c, _ in self.resolver.story_countries.most_common()]
        return event_location(sent, self.doc, self.article, countries)


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
        if noun is not None and noun.trigger.cameo.plover == c.trigger.cameo.plover:
            if not noun.actors and c.actors:
                noun.actors, noun.actor_arg, noun.actor_notes = c.actors, c.actor_arg, c.actor_notes
            if not noun.recipients and c.recipients:
                noun.recipients, noun.recipient_arg = c.recipients, c.recipient_arg
                noun.recipient_rule, noun.recipient_notes = c.recipient_rule, c.recipient_notes
            drop(c.trigger, "filter.restated", noun=noun.trigger.words())
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


def _key(m: Mention) -> tuple:
    return (
        m.event_type,
        tuple(sorted(a.code or a.text for a in m.actor)),
        tuple(sorted(a.code or a.text for a in m.recipient)),
    )


def dedupe(
    mentions: list[Mention], drop: Callable[[Mention, Mention], None] | None = None
) -> list[Mention]:
    """One mention per (type, actors, recipients) in a sentence: the most confident; and a
    mention with no recipient restates one of the same type, doers and modality that has one
    ("will travel to X next week *for his first trip*")."""
    best: dict[tuple, Mention] = {}
    for m in mentions:
        key = _key(m)
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    aimed = {_key(m)[:2] + (m.modality,): m for m in best.values() if m.recipient}
    winner = {
        id(m): (best[_key(m)] if best[_key(m)] is not m else None)
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
