"""A fact check's verdict on a claim: what a claim rated false or unproven says happened is no
event; the page's own account of what happened stays.

A fact-check page (its text says "fact check" or sets out a "Rating:" / "Verdict:" label) may
check several claims, each set out under its own label ("Claim 2: ...") or as a line ending in
its rating ("X crossed into Y: FALSE"), with a verdict ("Verdict: TRUE.") and the checker's
account under it. Each verdict belongs to its own claim (``checked_claims``): the acts the
claim's own line tells are dropped when it is rated false, misleading or unproven (rule
``filter.false_claim``), and so are, in the paragraphs the page puts under that claim, the
acts read as claimed ("posts claiming that X had landed in Y") and the tellings read as done of
the claim's act; what the page reports as fact there or elsewhere (an official's real
accusation, a denial, the real attack) stays, and a claim rated true keeps its act.

A page that sets out no claim of its own (one ruling for the whole page, "Rating: False", "the
claim is false", "we rate this claim misleading") tells the claim it checks as a claim: an
event the coder reads as claimed there ("posts say that X expelled Y") is the claim rated
false and is dropped, and so is a telling read as done of an act the page tells as claimed or
denies ("Fact check: X did not expel Y ... posts say X expelled Y", the model not reading
"posts" as the subject of "say"): the same event type by the same states. A page whose
verdicts differ ("TRUE" for one, "FALSE" for another) with no claim set out gets no such
page-wide reading: a false verdict is not spread over a true one.

A page's schema.org ClaimReview (JSON-LD ``claimReviewed`` with ``reviewRating``) is read by
the HTML source into a note of the article (``review_note``); the claim it names is found in
the text and rated as a claim line.

Words: vocabulary.tsv ``fact_check_markers``, ``rating_labels``, ``false_rating_words``,
``unproven_rating_words``, ``true_rating_words``, ``claim_labels``, ``checked_claim_nouns``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.vocabulary import words

REVIEW_NOTE = "fact check (schema.org ClaimReview): claim rated"


def _alt(*names: str) -> str:
    found = {w for name in names for w in words(name)}
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in found), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    false = _alt("false_rating_words")
    marker = re.compile(
        rf"\b(?:{_alt('fact_check_markers')})\b|\b(?:{_alt('rating_labels')})\s*:", re.IGNORECASE
    )
    rulings = (
        # "Rating: False", "Our verdict: mostly false", "Verdict - Misleading"
        re.compile(
            rf"\b(?:{_alt('rating_labels')})\s*[:\-\u2013\u2014]\s*(?:[a-z]+\s+){{0,2}}(?:{false})\b",
            re.IGNORECASE,
        ),
        # "The claim is false", "these posts are misleading", "the video has been doctored"
        re.compile(
            rf"\b(?:{_alt('checked_claim_nouns')})\b[^.;]{{0,80}}?\b(?:is|are|was|were|has\s+been|"
            rf"have\s+been)\s+(?:\w+\s+)?(?:{false})\b",
            re.IGNORECASE,
        ),
        # "We rate this claim false", "we rated the posts misleading"
        re.compile(
            rf"\bwe\s+rate[ds]?\s+(?:the|this|these|that|those)\s+\w+\s+(?:as\s+)?(?:{false})\b",
            re.IGNORECASE,
        ),
        # "This is false.", "That is fabricated."
        re.compile(rf"\b(?:this|that)\s+is\s+(?:{false})\b", re.IGNORECASE),
    )
    return marker, rulings


_DASH = r"[:\-\u2013\u2014]"


@lru_cache(maxsize=1)
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rating = _alt("false_rating_words", "unproven_rating_words", "true_rating_words")
    bullet = r"^[ \t]*(?:[-\u2022*][ \t]*)?"
    # "Verdict: TRUE.", "Our rating - Mostly false"
    verdict = re.compile(
        rf"\b(?:{_alt('rating_labels')})[ \t]*{_DASH}[ \t]*(?P<r>(?:{rating}))\b", re.IGNORECASE
    )
    # "Claim 3: 'Beninese troops ...'", "The claim: ..."
    label = re.compile(
        rf"{bullet}(?:{_alt('claim_labels')})(?:[ \t]*(?:no\.?|#)?[ \t]*\d+)?[ \t]*{_DASH}[ \t]+\S",
        re.IGNORECASE,
    )
    # "X crossed into Y: FALSE" (a summary box's line: the claim and its rating)
    rated = re.compile(
        rf"{bullet}(?P<c>\S[^\n]{{10,300}}?)[ \t]*{_DASH}[ \t]*(?P<r>{rating})[ \t]*[.!]?[ \t]*$",
        re.IGNORECASE,
    )
    return verdict, label, rated


def rating_kind(rating: str) -> str | None:
    """'false' (a rating of vocabulary false_rating_words), 'unproven', 'true', or None."""
    said = " ".join(rating.lower().split())
    for kind, name in (
        ("false", "false_rating_words"),
        ("unproven", "unproven_rating_words"),
        ("true", "true_rating_words"),
    ):
        if said in words(name):
            return kind
    return None


@dataclass(frozen=True)
class CheckedClaim:
    """A claim a fact-check page sets out: its own line (``start``..``end``, characters of the
    text), the paragraphs the page puts under it (up to ``section_end``) and its rating."""

    start: int
    end: int
    section_end: int
    rating: str  # as the page writes it ("FALSE", "Misleading")
    kind: str | None  # rating_kind(rating)

    @property
    def not_done(self) -> bool:
        return self.kind in ("false", "unproven")


def is_fact_check(text: str, title: str | None = None) -> bool:
    marker, rulings = _patterns()
    whole = f"{title or ''}\n{text}"
    return marker.search(whole) is not None or rulings[2].search(whole) is not None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line), line))
        at += len(line) + 1
    return out


def _heading(line: str) -> bool:
    """A short line with no closing stop: a subheading ("Background", "What we found")."""
    said = line.strip()
    return len(said.split()) <= 6 and not re.search(r"[.!?:\"\u201d']$", said)


def _norm(said: str) -> str:
    return " ".join(re.findall(r"\w+", said.lower()))


def review_note(claim: str, rating: str) -> str:
    """The article note by which the HTML source hands a ClaimReview to the coder."""
    return f"{REVIEW_NOTE} '{' '.join(rating.split())}': {' '.join(claim.split())}"


def _reviewed(notes: list[str] | None) -> list[tuple[str, str]]:
    out = []
    for note in notes or []:
        m = re.match(rf"{re.escape(REVIEW_NOTE)} '([^']*)': (.+)$", note)
        if m:
            out.append((m.group(2), m.group(1)))
    return out


def checked_claims(
    text: str, title: str | None = None, notes: list[str] | None = None
) -> list[CheckedClaim]:
    """The claims a fact-check page sets out, each with the rating the page gives it (see the
    module's note); [] on a page that is no fact check or sets out no claim of its own."""
    reviewed = _reviewed(notes)
    if not reviewed and not is_fact_check(text, title):
        return []
    return _checked_claims(text, tuple(reviewed))


@lru_cache(maxsize=8)
def _checked_claims(text: str, reviewed: tuple[tuple[str, str], ...]) -> list[CheckedClaim]:
    verdict, label, rated = _line_patterns()
    lines = _lines(text)
    heads: list[tuple[int, str | None]] = []  # (line number, its own rating or None)
    for n, (_, _, line) in enumerate(lines):
        if label.match(line):
            own = verdict.search(line)
            heads.append((n, own.group("r") if own else None))
        elif (
            (m := rated.match(line)) is not None
            and not verdict.match(line.strip())
            and len(m.group("c").split()) >= 3
            and not verdict.search(m.group("c"))
        ):
            heads.append((n, m.group("r")))
    for claim, rating in reviewed:  # the claim a ClaimReview names, where the text says it
        said = _norm(claim)
        for n, (_, _, line) in enumerate(lines):
            if said and said in _norm(line) and all(n != h for h, _ in heads):
                heads.append((n, rating))
                break
    heads.sort()
    out: list[CheckedClaim] = []
    starts = {h for h, _ in heads}
    for n, own in heads:
        end = n + 1
        while (
            end < len(lines)
            and end not in starts
            and (not _heading(lines[end][2]) or verdict.search(lines[end][2]) is not None)
        ):  # (a verdict on a line of its own, "Verdict: Misleading", is no subheading)
            end += 1
        rating = own
        if rating is None:  # the first verdict under the claim
            for k in range(n + 1, end):
                if (v := verdict.search(lines[k][2])) is not None:
                    rating = v.group("r")
                    break
        if rating is None:
            continue
        out.append(
            CheckedClaim(
                lines[n][0],
                lines[n][1],
                lines[end - 1][1],
                " ".join(rating.split()),
                rating_kind(rating),
            )
        )
    return out


def rates_false(text: str, title: str | None = None) -> str | None:
    """The words by which a fact-check page rates the claim it checks false, or None when the
    page is no fact check, rates no claim false, or gives verdicts that differ (a true one
    beside a false one: each belongs to its own claim, ``checked_claims``)."""
    marker, rulings = _patterns()
    whole = f"{title or ''}\n{text}"
    if marker.search(whole) is None and rulings[2].search(whole) is None:
        return None  # ("we rate this claim false" says it is a fact check by itself)
    kinds = {rating_kind(m.group("r")) for m in _line_patterns()[0].finditer(whole)}
    if "true" in kinds:
        return None
    for ruling in rulings:
        if (m := ruling.search(whole)) is not None:
            return " ".join(m.group(0).split())
    return None


def _act(m: Mention) -> tuple[str, frozenset[str], frozenset[str]]:
    return (
        m.event_type,
        frozenset(a.country for a in m.actor if a.country),
        frozenset(a.country for a in m.recipient if a.country),
    )


def _same_act(
    one: tuple[str, frozenset[str], frozenset[str]],
    other: tuple[str, frozenset[str], frozenset[str]],
) -> bool:
    """The same type of act by the same states, on the same states or with no target named on
    one side ("X did not meet a cartel leader", "X met a cartel leader")."""
    return (
        one[0] == other[0]
        and bool(one[1])
        and one[1] == other[1]
        and (one[2] == other[2] or not one[2] or not other[2])
    )


def _at(m: Mention) -> int:
    return m.evidence.trigger_start if m.evidence.trigger_start is not None else m.evidence.start


def _drop(m: Mention, rating: str, dropped: list[Dropped]) -> None:
    why = explain("filter.false_claim", word=m.evidence.trigger, rating=rating)
    dropped.append(Dropped.of(m, "filter.false_claim", why))


def drop_false_claims(
    mentions: list[Mention],
    rating: str | None,
    dropped: list[Dropped],
    claims: list[CheckedClaim] | None = None,
) -> list[Mention]:
    """``mentions`` less the claims a fact check rates false or unproven; each one left out is
    added to ``dropped`` (rule filter.false_claim). With ``claims`` (from ``checked_claims``)
    each verdict applies to its own claim: the acts of the claim's line, and under it the acts
    read as claimed of the claim's type or the same act read as done. Without, ``rating`` (from
    ``rates_false``) rates the page's one claim: the claimed events, and the tellings read as
    done of an act the page tells as claimed or denies."""
    if claims:
        return _drop_checked(mentions, claims, dropped)
    if not rating:
        return mentions
    checked = [_act(m) for m in mentions if m.modality in ("claimed", "negated")]
    kept: list[Mention] = []
    for m in mentions:
        act = _act(m)
        if m.modality == "claimed" or (
            m.modality == "asserted" and any(_same_act(act, c) for c in checked)
        ):
            _drop(m, rating, dropped)
            continue
        kept.append(m)
    return kept


def _says_checked(m: Mention) -> bool:
    """The event's sentence names what a fact check rates ("posts claiming ...")."""
    return (
        re.search(rf"\b(?:{_alt('checked_claim_nouns')})\b", m.evidence.sentence_text or "", re.I)
        is not None
    )


def _drop_checked(
    mentions: list[Mention], claims: list[CheckedClaim], dropped: list[Dropped]
) -> list[Mention]:
    rated = [c for c in claims if c.not_done]
    # what the page's lead, before its first claim, tells as claimed or denied ("Fact check:
    # X has not expelled Y"): the claim checked, read under each claim it names
    first = min(c.start for c in claims)
    lead = [_act(m) for m in mentions if _at(m) < first and m.modality in ("claimed", "negated")]
    said = {  # the acts each claim's own line tells, and the lead's of the same kind
        c: [_act(m) for m in mentions if c.start <= _at(m) < c.end] + lead for c in rated
    }
    kept: list[Mention] = []
    for m in mentions:
        at = _at(m)
        claim = next((c for c in rated if c.start <= at < c.section_end), None)
        if claim is not None:
            act = _act(m)
            told = said[claim]
            if (
                at < claim.end
                or (
                    m.modality == "claimed"
                    and (any(act[0] == t[0] for t in told) or _says_checked(m))
                )
                or (m.modality == "asserted" and any(_same_act(act, t) for t in told))
            ):
                _drop(m, claim.rating, dropped)
                continue
        kept.append(m)
    return kept


def false_claim_lines(
    doc_text: str, title: str | None, notes: list[str] | None
) -> list[tuple[int, int]]:
    """The character spans of the claim lines a fact check rates false or unproven: what they
    say a force did is only claimed (the actor finder's mention.alleged_force)."""
    return [(c.start, c.end) for c in checked_claims(doc_text, title, notes) if c.not_done]
