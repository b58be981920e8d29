"""The ``communique_event_coder`` component: one Mention per event in each sentence, from the
actor mentions and trigger candidates the two components before it wrote."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from communique.actors.index import ActorIndex
from communique.articles.dateline import OPENING_CHARS, opening_dateline
from communique.articles.dates import DAY_MONTH_RE, month_day
from communique.coding.acceptance import AcceptanceModel, accept, shipped_model
from communique.coding.background import drop_background
from communique.coding.calibration import MIN_CONFIDENCE, calibrate, drop_unsure
from communique.coding.dates import parse_published
from communique.coding.defunct_states import mark_defunct_states
from communique.coding.disputed_acts import mark_disputed
from communique.coding.fact_checks import checked_claims, drop_false_claims, rates_false
from communique.coding.home_state import home_state_parties, item_states, story_home_state
from communique.coding.incidental import drop_incidental
from communique.coding.rules import Because
from communique.coding.sentence import SentenceCoder
from communique.coding.settings_filters import drop_setting_nouns
from communique.coding.story_days import next_attribution_dates, noun_days, same_act_dates
from communique.coding.story_doers import story_doers
from communique.coding.untargeted_reactions import drop_untargeted_other_side
from communique.doctext import doc_text
from communique.model import Article, Mention


def dateline_end(text: str) -> int:
    """Where a dateline at the start of the story ends (0 if there is none): its words name
    where the story was filed, never who acted. A dateline after a page's standfirst and
    photo caption gives 0: what comes before it is the page's own telling (its words are
    blanked for the parser all the same, ``parsing.parse_text``)."""
    found = opening_dateline(text)
    return found.end if found is not None and found.start <= OPENING_CHARS else 0


# a story is filed on its dateline's day; a page may give a later publication date (an update,
# a re-post, a time zone): up to this many days later, the dateline's day is the story's day
DATELINE_LAG_DAYS = 14


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a dated dateline ("GENEVA, May 4 (Reuters) -") names when it falls shortly
    (``DATELINE_LAG_DAYS``) before the publication date: the day the story was filed, against
    which its date words are read (rule date.dateline). None when it names no day, the same
    day as publication, or one after it or long before it."""
    found = opening_dateline(text)
    if published is None or found is None or found.month is None or found.day is None:
        return None
    try:
        day = date(found.year or published.year, found.month, found.day)
        if found.year is None and day > published:  # "December 31" published on 2 January
            day = date(published.year - 1, found.month, found.day)
    except ValueError:
        return None
    return day if 0 < (published - day).days <= DATELINE_LAG_DAYS else None


# a statement's closing line of place and full date ("San José, 23 March 2026.", "Issued in
# Dhaka on 4 May 2025"): the day the statement was issued
_SIGNOFF = re.compile(
    rf"^(?:(?:issued|done|signed)\s+(?:in|at)\s+)?[A-ZÀ-Þ][\w'’.\-]*(?:[ ]+[A-ZÀ-Þ][\w'’.\-]*){{0,3}}"
    rf"\s*(?:,|/|[-–—])\s*(?:on\s+)?(?P<date>{DAY_MONTH_RE})\s*\.?$",
    re.IGNORECASE,
)
SIGNOFF_LAST_PARAGRAPHS = 3  # the sign-off closes the page's text, or a short note follows it


def signoff_day(text: str, published: date | None) -> date | None:
    """The day named by the closing place-and-date line of a statement reproduced on the page
    ("San José, 23 March 2026." among its last paragraphs) when it falls shortly
    (``DATELINE_LAG_DAYS``) before the publication date: the statement's own day, against which
    its date words are read and on which its undated acts happened (rule date.signoff), as a
    dateline's day is a story's. None when there is no such line, or it names no year, the
    publication day, a later one or one long before it."""
    if published is None:
        return None
    paragraphs = [p.strip(" \t*_>") for p in text.split("\n") if p.strip(" \t*_>")]
    for para in paragraphs[-SIGNOFF_LAST_PARAGRAPHS:]:
        m = _SIGNOFF.match(para) if len(para) <= 80 else None
        md = month_day(m["date"]) if m else None
        if md is None or md[2] is None:
            continue
        try:
            day = date(md[2], md[0], md[1])
        except ValueError:
            continue
        if 0 < (published - day).days <= DATELINE_LAG_DAYS:
            return day
    return None


class EventCoder:
    def __init__(self, min_confidence: float = MIN_CONFIDENCE, learned_acceptance: bool = True
                 ) -> None:  # fmt: skip
        # events whose calibrated confidence is below this are left out (filter.low_confidence)
        self.min_confidence = min_confidence
        # the learned acceptance model (data/coding/acceptance.tsv; filter.learned_acceptance),
        # or None: every event is still scored for it, none is left out by it
        self.acceptance: AcceptanceModel | None = shipped_model() if learned_acceptance else None

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.communique_article
        if article is None:
            article = Article(text=doc_text(doc))
            article.ensure_id()
        if doc._.communique_actor_spans is None or doc._.communique_triggers is None:
            raise ValueError(
                "communique_event_coder needs communique_actor_mentions and "
                "communique_trigger_candidates before it in the pipeline"
            )
        published = parse_published(article.published)
        filed = (
            dateline_day(article.text or doc_text(doc), published[0])
            if published[1] == "day"
            else None
        )
        # dated by the dateline's day, not the later publication date (date.dateline)
        day_reason = (
            Because.of("date.dateline", date=filed.isoformat(), published=article.published)
            if filed is not None
            else None
        )
        if filed is None and published[1] == "day":
            # a reproduced statement closed by its own place and date (date.signoff)
            filed = signoff_day(article.text or doc_text(doc), published[0])
            if filed is not None:
                day_reason = Because.of(
                    "date.signoff", date=filed.isoformat(), published=article.published
                )
        coder = SentenceCoder(
            article,
            doc,
            ActorIndex(doc._.communique_actor_spans),
            doc._.communique_actor_memory,
            (filed, "day") if filed is not None else published,
            dateline_end(article.text or doc_text(doc)),
            day_reason=day_reason,
        )
        out: list[Mention] = []
        for i, (sent, triggers) in enumerate(
            zip(doc.sents, doc._.communique_triggers, strict=True)
        ):
            out += coder.code(sent, i, triggers)
        # one act told twice, its day named once: every telling takes it (date.same_act)
        published, lead = coder.published[0], coder.dateline_chars
        same_act_dates(out, doc, noun_days(doc, published, lead), published)
        # "X rejected the claims. Its spokesman said on Monday ...": the statement's day
        next_attribution_dates(out, doc, doc._.communique_actor_spans, published)
        # "Union leader detained" with no doer: the doer the body names for it (actor.story_doer)
        story_doers(out)
        # "X said Y shelled the town ... Y denied it": a reported deed another side denies is
        # the teller's claim (modality.disputed_report)
        mark_disputed(out, doc)
        # a fact check's claim rated false is no event (filter.false_claim)
        # (each verdict on its own claim where the page sets its claims out)
        out = drop_false_claims(
            out,
            rates_false(doc_text(doc), article.title),
            coder.dropped,
            checked_claims(doc_text(doc), article.title, article.notes),
        )
        # vague background history is no event (filter.background_*): once the dates are final
        # acts of a state that no longer exists are history (date.defunct_state); a story not
        # about politics keeps no history (filter.background_offtopic)
        mark_defunct_states(out)
        out = drop_background(out, coder.dropped, doc_text(doc), published)
        # the other side's untargeted statement in a domestic dispute (filter.untargeted_other_side)
        out = drop_untargeted_other_side(out, coder.dropped, doc)
        # a meeting named only as the setting of another act, an act of force only renaming a
        # pronoun ("This is an attack on ..."): no event (filter.meeting_setting,
        # filter.characterised_act)
        out = drop_setting_nouns(out, coder.dropped, doc)
        # each event's confidence: how likely it is to be right (coding.calibration); the
        # weakest readings are left out, counted with their reason (filter.low_confidence)
        calibrate(out, doc)
        out = drop_unsure(out, coder.dropped, self.min_confidence)
        # a page about something else whose few political-looking words name no party: no
        # event (filter.incidental_politics)
        out = drop_incidental(out, coder.dropped, doc_text(doc), article)
        # a party named only by a role of a state's own ("police", "villagers", "gunmen") in a
        # story about one state's affairs is that state's (actor.home_state): once the kept
        # events are final, so that it changes whom they name, not whether they are kept
        resolver = coder.resolver
        home = story_home_state(resolver.index.spans, resolver.dateline)
        home_state_parties(out, home, item_states(resolver) if resolver.item_starts else None)
        # the learned acceptance model's last word on each event of a long enough story
        # (filter.learned_acceptance); min_confidence 0 keeps every event
        model = self.acceptance if self.min_confidence > 0 else None
        out = accept(out, coder.dropped, len(doc._.communique_triggers), published, model)
        doc._.communique_mentions = out
        doc._.communique_dropped = coder.dropped
        return doc


@Language.factory(
    "communique_event_coder",
    default_config={"min_confidence": MIN_CONFIDENCE, "learned_acceptance": True},
)
def make_event_coder(
    nlp: Language, name: str, min_confidence: float, learned_acceptance: bool
) -> EventCoder:
    """``min_confidence``: events of a lower calibrated confidence are left out of the output
    and counted among the dropped candidates (0 keeps them all). ``learned_acceptance``: the
    learned acceptance model (data/coding/acceptance.tsv) leaves out the events it scores below
    its threshold (False: none is left out by it)."""
    return EventCoder(min_confidence, learned_acceptance)
