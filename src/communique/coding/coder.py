"""The event coder: one Mention per event in a story, each with evidence and an explanation.

Steps per sentence: find triggers (lexicon), drop the ones that are only the content of
another ("agreed to *meet*", "urged X to *withdraw*"), find actor and recipient words from
the parse and map them to resolved actors, decide modality and date, recode planned
cooperation as intent (PLOVER: a future visit is AGREE 036), score confidence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from communique.coding import arguments as args
from communique.coding.dates import (
    ResolvedDate,
    find_dates,
    is_after,
    iso,
    parse_published,
    resolve,
)
from communique.coding.lexicon import cameo_table, intent_code
from communique.coding.modality import modality_of
from communique.coding.participants import (
    SINGULAR_PRONOUNS,
    ActorIndex,
    find_actor_spans,
    is_plural_anaphor,
    is_pronoun,
    unique_actors,
)
from communique.coding.triggers import Trigger, find_triggers
from communique.model import Actor, Article, Evidence, Location, Mention

# a trigger of one of these types takes the event it governs as its content
FRAME_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
_CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acomp", "oprd", "nsubjpass", "acl", "relcl", "appos", "attr", "compound"}  # fmt: skip


@dataclass
class Memory:
    """What earlier sentences said, for 'he', 'they' and 'the two countries'."""

    subject: list[Actor] = field(default_factory=list)
    participants: list[Actor] = field(default_factory=list)


@dataclass
class Candidate:
    trigger: Trigger
    actors: list[Actor]
    recipients: list[Actor]
    actor_how: str
    recipient_how: str
    embedded: bool = False
    joint: bool = False
    notes: list[str] = field(default_factory=list)


def _governor(tok: Token, trigger_at: dict[int, Trigger]) -> tuple[Trigger | None, list[str]]:
    """The nearest trigger above ``tok`` in the parse, and the dependency path up to it."""
    path: list[str] = []
    cur = tok
    while cur.head.i != cur.i:
        path.append(cur.dep_)
        cur = cur.head
        if cur.i in trigger_at:
            return trigger_at[cur.i], path
    return None, path


def _is_purpose_clause(tok: Token) -> bool:
    """'... an agreement *to foster* cooperation', 'met *to discuss*': an aim, not an event."""
    return tok.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


class SentenceCoder:
    def __init__(self, article: Article, doc: Doc, index: ActorIndex) -> None:
        self.article = article
        self.doc = doc
        self.index = index
        self.published, self.pub_precision = parse_published(article.published)
        self.memory = Memory()
        self.story_countries = Counter(
            s.actor.country for s in index.spans if getattr(s.actor, "country", None)
        )

    # -- actors ---------------------------------------------------------------
    def _resolve(self, arg: args.Arg, within: list[Actor] | None = None) -> tuple[list[Actor], str]:
        actors: list[Actor] = []
        notes: list[str] = []
        for head in arg.heads:
            spans = self.index.in_phrase(head)
            if is_plural_anaphor(head) and len(within or self.memory.participants) > 1:
                spans = []
            if spans:
                actors += unique_actors(spans)
            elif is_plural_anaphor(head):
                ref = within or self.memory.participants
                if ref:
                    actors += ref
                    notes.append(f"'{head.text}' = {', '.join(a.text for a in ref)} (earlier)")
            elif is_pronoun(head):
                ref, where = self._antecedent(head), "subject of the reporting clause"
                if not ref and head.lower_ in SINGULAR_PRONOUNS:
                    ref, where = self.memory.subject, "earlier subject"
                if ref:
                    actors += ref
                    notes.append(f"'{head.text}' = {', '.join(a.text for a in ref)} ({where})")
        return unique_actors(actors), "; ".join(notes)

    def _antecedent(self, pronoun: Token) -> list[Actor]:
        """'Iraq said it would ...': a pronoun's nearest subject higher up the same sentence."""
        cur = pronoun.head
        for _ in range(6):
            subj = next(
                (
                    c
                    for c in cur.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i and not is_pronoun(c)
                ),
                None,
            )
            if subj is not None:
                found = unique_actors(self.index.in_phrase(subj))
                if found:
                    return found
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return []

    def _arguments(self, trig: Trigger) -> Candidate | None:
        tok = trig.token
        root = trig.cameo.code[:2]
        if trig.rule.pos == "aux":  # "X said Y must ...": X demands, Y is asked
            clause = tok.head
            actor_args = [args.verb_actor(clause.head)]
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            recip_args = (
                [args.Arg(args.with_conjuncts(subj), "subject of the demanded act")]
                if subj is not None
                else []
            )
        elif tok.pos_ in ("NOUN", "PROPN") and trig.rule.pos != "verb":
            actor_args = args.noun_actor(tok, root)
            recip_args = args.noun_recipient(tok, root)
        else:
            actor_args = [args.verb_actor(tok)]
            obj, preps = args.verb_recipient(tok)
            recip_args = ([obj] if obj else []) + preps
            if trig.cameo.plover in FRAME_TYPES:  # "threatened to attack X": X is the target
                for content in [
                    *trig.parts,
                    *(c for c in tok.children if c.dep_ in ("xcomp", "ccomp")),
                ]:
                    if content.pos_ == "VERB":
                        c_obj, c_preps = args.verb_recipient(content)
                        recip_args += [a for a in ([c_obj] if c_obj else []) + c_preps]
        actors, note, actor_arg = [], "", args.Arg()
        for arg in actor_args:
            actors, note = self._resolve(arg)
            if actors:
                actor_arg = arg
                break
        recipients: list[Actor] = []
        recipient_how = ""
        for arg in recip_args:
            found, rnote = self._resolve(arg, within=None)
            found = [a for a in found if all(a is not b for b in actors)]
            if found:
                recipients, recipient_how = found, arg.how + (f"; {rnote}" if rnote else "")
                break
        actor_codes = {a.code for a in actors}
        recipients = [
            r
            for r in recipients
            if not (
                r.code and r.code in actor_codes and len(actors) == 1 and r.text == actors[0].text
            )
        ]
        cand = Candidate(
            trig, actors, recipients, actor_arg.how + (f"; {note}" if note else ""), recipient_how
        )
        if len(actors) > 1 and not recipients:
            cand.joint = True
        return cand

    # -- main -----------------------------------------------------------------
    def code(self, sent: Span, index: int) -> list[Mention]:
        triggers = find_triggers(sent)
        trigger_at = {t.token.i: t for t in triggers}
        kept: list[Candidate] = []
        for trig in triggers:
            tok = trig.token
            if _is_purpose_clause(tok):
                continue
            gov, path = _governor(tok, trigger_at)
            embedded = bool(
                gov is not None
                and gov.cameo.plover in FRAME_TYPES
                and path
                and path[-1] in _CONTENT_DEPS
                and "conj" not in path
            )
            cand = self._arguments(trig)
            if cand is None:
                continue
            if embedded:
                own = (
                    tok.pos_ in ("NOUN", "PROPN")
                    and cand.actors
                    and cand.actor_how
                    and not cand.actor_how.startswith("subject of")
                )
                if not own:
                    continue
                cand.embedded = True
            if not cand.actors:
                continue
            kept.append(cand)
            if not cand.embedded:
                self.memory.participants = unique_actors([*cand.actors, *cand.recipients])
        if not kept:
            return []
        dates = self._dates(sent, kept)
        mentions = [self._mention(c, sent, index, dates.get(c.trigger.token.i)) for c in kept]
        mentions = _dedupe(mentions)
        main = max(mentions, key=lambda m: m.confidence)
        self.memory.subject = list(main.actor)
        self.memory.participants = unique_actors([*main.actor, *main.recipient])
        return mentions

    def _dates(self, sent: Span, kept: list[Candidate]) -> dict[int, Any]:
        """Date expression per trigger token: the one whose nearest trigger above it is that trigger."""
        at = {c.trigger.token.i for c in kept}
        out: dict[int, Any] = {}
        loose = []
        for expr in find_dates(sent.text):
            span = self.doc.char_span(
                sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand"
            )
            if span is None:
                continue
            cur, owner = span.root, None
            while True:
                if cur.i in at:
                    owner = cur.i
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if owner is None:
                loose.append(expr)
            else:
                out.setdefault(owner, expr)
        if loose:
            for i in at:
                out.setdefault(i, loose[0])
        return out

    def _mention(self, cand: Candidate, sent: Span, index: int, date_expr: Any) -> Mention:
        trig = cand.trigger
        code = trig.cameo
        modality, cue = modality_of(trig.token)
        resolved: ResolvedDate | None = None
        if date_expr is not None:
            resolved = resolve(date_expr, self.published, modality == "future")
        if resolved is not None and modality == "asserted" and is_after(resolved, self.published):
            modality, cue = "future", f"date '{resolved.text}' after publication"
        explanation = [
            f"trigger '{trig.words()}' (lexicon: {trig.rule.describe()} → CAMEO {code.code} {code.name} → PLOVER {code.plover})"
        ]
        if modality == "negated" and any(
            c.dep_ == "aux" and c.lemma_ in ("will", "would", "can", "could", "shall")
            for c in trig.token.children
        ):
            new = intent_code(f"REFUSAL:{code.plover}", code.code)
            if new and new in cameo_table():
                old, code = code, cameo_table()[new]
                explanation.append(
                    f"refusal: negated {old.plover} recoded as CAMEO {code.code} {code.name} → PLOVER {code.plover}"
                )
        if modality == "future":
            new = intent_code(code.plover, code.code)
            if new and new in cameo_table():
                old = code
                code = cameo_table()[new]
                explanation.append(
                    f"planned or promised {old.plover} recoded as CAMEO {code.code} {code.name} → PLOVER {code.plover}"
                )
        explanation.append(f"actor '{', '.join(a.text for a in cand.actors)}' = {cand.actor_how}")
        if cand.recipients:
            explanation.append(
                f"recipient '{', '.join(a.text for a in cand.recipients)}' = {cand.recipient_how}"
            )
        elif cand.joint:
            explanation.append("joint event: all participants are actors, no recipient")
        else:
            explanation.append("no recipient found")
        explanation.append(f"modality {modality}" + (f" ({cue})" if cue else ""))
        if resolved is not None and resolved.date:
            date_value, precision, date_text = resolved.date, resolved.precision, resolved.text
            explanation.append(f"date '{date_text}' → {date_value}")
        elif self.published is not None:
            date_value = iso(self.published, self.pub_precision or "day")
            precision, date_text = self.pub_precision, None
            explanation.append("date = publication date")
        else:
            date_value = precision = None
            date_text = resolved.text if resolved is not None else None
        if cand.embedded:
            explanation.append(f"named inside another event ('{trig.token.head.text}')")
        toks = trig.tokens
        evidence = Evidence(
            sentence_text=sent.text,
            start=sent.start_char,
            end=sent.end_char,
            trigger=trig.words(),
            trigger_start=toks[0].idx,
            trigger_end=toks[-1].idx + len(toks[-1].text),
        )
        return Mention(
            article_id=self.article.id or "",
            sentence=index,
            event_type=code.plover,
            actor=cand.actors,
            recipient=cand.recipients,
            evidence=evidence,
            explanation="; ".join(explanation),
            mode=code.mode,
            context=list(code.context),
            cameo=code.code,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            modality=modality,
            date=date_value,
            date_precision=precision,
            date_text=date_text,
            location=self._location(sent),
            confidence=_confidence(cand, sent),
        )

    def _location(self, sent: Span) -> Location | None:
        try:
            from communique.places import event_location
        except ImportError:
            return None
        countries = [c for c, _ in self.story_countries.most_common()]
        return event_location(sent, self.doc, self.article, countries)


def _confidence(cand: Candidate, sent: Span) -> float:
    tok = cand.trigger.token
    score = 0.45
    how = cand.actor_how
    if how.startswith(("nsubj", "agent", "possessor")):
        score += 0.2
    elif how:
        score += 0.1
    if "earlier" in how:
        score -= 0.1
    if cand.recipients or cand.joint:
        score += 0.1
    if cand.trigger.rule.pos == "aux":
        score += 0.15
    if tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
        score += 0.15
    elif tok.dep_ in ("ccomp", "xcomp"):
        score += 0.05
    if tok.pos_ in ("NOUN", "PROPN"):
        score -= 0.1
    if cand.embedded:
        score -= 0.2
    if cand.trigger.rule.with_words:
        score += 0.05
    return max(0.05, min(0.99, score))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    best: dict[tuple, Mention] = {}
    for m in mentions:
        key = (
            m.event_type,
            tuple(sorted(a.code or a.text for a in m.actor)),
            tuple(sorted(a.code or a.text for a in m.recipient)),
        )
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    return [m for m in mentions if best.get(_key(m)) is m]


def _key(m: Mention) -> tuple:
    return (
        m.event_type,
        tuple(sorted(a.code or a.text for a in m.actor)),
        tuple(sorted(a.code or a.text for a in m.recipient)),
    )


def code_doc(article: Article, doc: Doc) -> list[Mention]:
    published, _ = parse_published(article.published)
    index = ActorIndex(find_actor_spans(doc, published))
    coder = SentenceCoder(article, doc, index)
    out: list[Mention] = []
    for i, sent in enumerate(doc.sents):
        out += coder.code(sent, i)
    return out


def when_of(value: date | None) -> str | None:
    return value.isoformat() if value else None
