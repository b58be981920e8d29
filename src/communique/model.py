"""The few data classes every pipeline stage passes around.

Data flows one way:  sources -> Article -> (spaCy) -> Sentence -> Mention -> Event.
Each class has ``to_dict()`` giving exactly the JSON shape of the output contract
(GUIDE.md section 3), so the CLI, the store and the API never re-invent field names.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# the types of acts done, not said: AGREE, REQUEST, ACCUSE, REJECT and THREATEN are told in
# words (a stance told in the present, "which accuses X of ...", is a statement, not a deed)
DEED_TYPES: frozenset[str] = frozenset(PLOVER_TYPES) - {
    "AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"
}  # fmt: skip

MODALITIES: tuple[str, ...] = (
    "asserted", "future", "hypothetical", "negated", "claimed", "historical"
)  # fmt: skip
# modalities of events that happened as reported, now: relations, spikes, top pairs and the
# network count these by default ("historical" events are the story's background)
CURRENT_MODALITIES: tuple[str, ...] = ("asserted",)
# event lists and exports leave negated and hypothetical events out unless asked ("modality
# all", or the modality by name): the PLOVER manual says negated events can be excluded from the
# final event dataset, and a supposition ("if the court rules against it, X could ...") is no
# more an event than a denial; both stay in the store
ALL_MODALITIES = "all"
HIDDEN_MODALITIES: tuple[str, ...] = ("negated", "hypothetical")

# Where an article's publication date came from, most to least trustworthy.
DATE_SOURCES: tuple[str, ...] = ("metadata", "page", "banner", "dateline", "url", "inferred")
PRECISIONS: tuple[str, ...] = ("day", "month", "year")


def normalise_text(text: str) -> str:
    """Text as compared for duplicate detection: NFC, collapsed whitespace, stripped."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


def content_hash(text: str) -> str:
    """sha256 of the normalised text: two copies of one story share it."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def short_id(prefix: str, *parts: object) -> str:
    """A stable id: the same parts always give the same id."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:16]}"


@dataclass
class Article:
    """One news story, with whatever metadata its source and the text itself tell us."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or datetime
    published_source: str | None = None  # one of DATE_SOURCES, or None when unknown
    published_precision: str | None = None  # one of PRECISIONS
    dateline: str | None = None  # the dateline place as written ("Havana")
    dateline_date: str | None = None  # the dateline's date words ("February 19")
    language: str | None = None  # ISO 639-1
    origin: str | None = None  # file path, URL or "stdin:3" it was read from
    format: str | None = None  # markdown / text / html / jsonl / feed
    notes: list[str] = field(default_factory=list)  # how metadata was decided, for users

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def ensure_id(self) -> str:
        """Give the article a stable id (from its content) unless its source gave one."""
        if not self.id:
            self.id = "a" + self.hash[:16]
        return self.id

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["content_hash"] = self.hash
        return d


@dataclass
class Sentence:
    article_id: str
    index: int
    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass
class Actor:
    """A resolved participant: the words, who they are, and their CAMEO-style code."""

    text: str  # the words in the sentence
    name: str | None = None  # canonical name ("Vladimir Putin", "Russia")
    country: str | None = None  # ISO 3166 alpha-3, or UNO / EUR / IGO / NGO / MNC / IMG
    sector: str | None = None  # GOV, MIL, LEG, JUD, COP, SPY, OPP, REB, CVL, BUS, MED, ...
    code: str | None = None  # country + sector, e.g. "RUSGOV"

    def __post_init__(self) -> None:
        if self.code is None and (self.country or self.sector):
            self.code = f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(**{k: d.get(k) for k in ("text", "name", "country", "sector", "code")})


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str = "text"  # "text" (named in the sentence) or "dateline"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    sentence_text: str
    start: int  # character offsets of the sentence in the article text
    end: int
    trigger: str  # the words that named the event
    trigger_start: int | None = None  # offsets of the trigger in the article text
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """One coded event in one sentence: exactly what `communique code` prints."""

    article_id: str
    sentence: int
    event_type: str
    actor: list[Actor]
    recipient: list[Actor]
    evidence: Evidence
    explanation: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    modality: str = "asserted"
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    location: Location | None = None
    confidence: float = 0.5
    # violence, coercion or protest whose doer the story does not name: ``actor`` is empty
    unattributed: bool = False
    id: str = ""
    # the date-stage rule ids that dated it, for the coder's own later steps (story_days.py);
    # not part of the record: the explanation names them for readers
    date_rules: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # the score the coder ranked the sentence's readings with before its confidence was
    # calibrated (coding.calibration); not part of the record
    rank_score: float | None = field(default=None, repr=False, compare=False)
    # the features its calibrated confidence was scored from (rows of confidence.tsv)
    score_features: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # the learned acceptance model's probability that it is right, and the features it was
    # scored from (coding.acceptance); not part of the record
    acceptance: float | None = field(default=None, repr=False, compare=False)
    acceptance_features: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = short_id(
                "m",
                self.article_id,
                self.sentence,
                self.event_type,
                self.evidence.trigger_start if self.evidence.trigger_start is not None else "",
                "|".join(sorted(a.code or a.text for a in self.actor)),
                "|".join(sorted(a.code or a.text for a in self.recipient)),
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "explanation": self.explanation,
            "confidence": round(float(self.confidence), 3),
            "unattributed": self.unattributed,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        loc = d.get("location")
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            sentence=d["sentence"],
            event_type=d["event_type"],
            mode=d.get("mode"),
            context=list(d.get("context") or []),
            cameo=d.get("cameo"),
            quad_class=d.get("quad_class"),
            goldstein=d.get("goldstein"),
            actor=[Actor.from_dict(a) for a in d.get("actor") or []],
            recipient=[Actor.from_dict(a) for a in d.get("recipient") or []],
            modality=d.get("modality") or "asserted",
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_text=d.get("date_text"),
            location=Location(**loc) if loc else None,
            evidence=Evidence(**d["evidence"]),
            explanation=d.get("explanation") or "",
            confidence=d.get("confidence", 0.5),
            unattributed=bool(d.get("unattributed", False)),
        )


@dataclass
class Dropped:
    """A trigger the coder did not make an event of, and the rule that dropped it."""

    article_id: str
    sentence: int
    trigger: str  # the trigger's words
    rule: str  # the id (data/coding/rules.tsv) of the rule that dropped it
    why: str  # that rule's explanation
    sentence_text: str = ""

    @classmethod
    def of(cls, m: Mention, rule: str, why: str) -> Dropped:
        """A mention coded and then left out by a filter of the whole story (``rule``)."""
        ev = m.evidence
        return cls(m.article_id, m.sentence, ev.trigger, rule, why, ev.sentence_text)

    def to_dict(self) -> dict[str, Any]:
        return {"dropped": True, **asdict(self)}


@dataclass
class SourceError:
    """A input that could not be read: which one, and why, in one line."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
