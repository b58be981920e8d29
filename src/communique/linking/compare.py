"""Do two coded mentions report the same happening? A score, a veto, and the reasons."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from communique.linking.rules import LinkRules
from communique.model import Actor, Location, Mention
from communique.vocabulary import words

STATE_SECTORS = words("state_sectors")  # GOV, MIL, COP, SPY, LEG, JUD: the state's own bodies


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _precision(m: Mention) -> str | None:
    if not m.date:
        return None
    if m.date_precision in ("day", "month", "year"):
        return m.date_precision
    return {4: "year", 7: "month"}.get(len(m.date), "day")


BODY_CODES = frozenset({"IGO", "NGO"})  # codes many bodies share: told apart by their names


def _keys(actors: list[Actor]) -> frozenset[str]:
    """Who, at the level linking compares: the country code, else the actor's code; an
    international or non-governmental body by its name too ("IGO:African Union" is not
    "IGO:ECOWAS": two blocs that suspend one state on a day are two acts)."""
    return frozenset(
        f"{k}:{a.name}" if k in BODY_CODES and a.name else k
        for a in actors
        if (k := a.country or a.code)
    )


def _sectored(actors: list[Actor]) -> frozenset[str]:
    """Codes that name a part of a state (country and sector: "USAJUD"), not the state alone."""
    return frozenset(a.code for a in actors if a.code and a.sector)


def _codes(actors: list[Actor]) -> str:
    return ",".join(sorted(a.code or a.text for a in actors)) or "?"


def _opposed_at_home(x: Report, y: Report) -> bool:
    """Two directed mentions inside one country whose sides are the same parts of the state
    the other way round (a court against the government, the government against the court):
    at the level of countries they look alike, but they are two acts."""
    xa, xr = _sectored(x.mention.actor), _sectored(x.mention.recipient)
    ya, yr = _sectored(y.mention.actor), _sectored(y.mention.recipient)
    if not (xa and xr and ya and yr) or xa == xr:
        return False
    return xa == yr and xr == ya


def state_sides(actors: list[Actor]) -> frozenset[tuple[str, bool]]:
    """Each sectored doer as (country, on the state's side?): vocabulary state_sectors."""
    return frozenset(
        (a.country, a.sector in STATE_SECTORS) for a in actors if a.country and a.sector
    )


def _untargeted_other_side(x: Report, y: Report) -> bool:
    """Rule link.untargeted_other_side: one of two directed mentions names no target, and
    their doers are of one country on opposite sides of the state (a party or the opposition
    and a ministry, the army and rebels). The untargeted one has nothing but its doer to tie it
    to the other, and that doer is another: two acts, not one act told twice."""
    if bool(x.recipients) == bool(y.recipients):
        return False
    return other_side_of_state(x.mention.actor, y.mention.actor)


def other_side_of_state(a: list[Actor], b: list[Actor]) -> bool:
    """Whether two doers are of one country, one on the state's side and one outside it
    (vocabulary state_sectors), each with its sector known."""
    xs, ys = state_sides(a), state_sides(b)
    if len(xs) != 1 or len(ys) != 1:
        return False
    (xc, xstate), (yc, ystate) = *xs, *ys
    return xc == yc and xstate != ystate


def _fold(name: str) -> str:
    """A place name compared without case or accents: 'Brasília' = 'Brasilia'."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class Report:
    """A mention as the linker sees it: the mention, its story's publisher, publication date
    and dateline date words, and (for mentions already stored) the event it belongs to."""

    mention: Mention
    publisher: str | None = None
    published: str | None = None
    event_id: str | None = None
    dateline_date: str | None = None  # "March 4" in "BRASILIA, March 4 (Wire) --"

    def __post_init__(self) -> None:
        m = self.mention
        self.actors = _keys(m.actor)
        self.recipients = _keys(m.recipient)
        self.everyone = self.actors | self.recipients
        # someone took part whom the coder could not identify: known sides may be incomplete
        self.unresolved = any(not (a.country or a.code) for a in (*m.actor, *m.recipient))
        self.precision = _precision(m)
        self.day = _day(m.date) if self.precision == "day" else None
        # A dateline's date is when the story was filed, not when the event happened.
        dateline = (self.dateline_date or "").strip().lower()
        self.explicit = bool(
            m.date and m.date_text and (not dateline or m.date_text.strip().lower() != dateline)
        )

    @property
    def id(self) -> str:
        return self.mention.id

    def sort_key(self) -> tuple[str, str, int, str]:
        """Canonical order: publication date, story, sentence, mention id."""
        m = self.mention
        return (self.published or "9999", m.article_id, m.sentence, m.id)


@dataclass
class Comparison:
    score: float = 0.0
    veto: str | None = None  # why the two cannot be one happening
    reasons: list[str] = field(default_factory=list)

    def add(self, value: float, reason: str) -> None:
        self.score = round(self.score + value, 6)  # 1 + 1 + 0.8 - 0.2 is 2.6, not 2.5999...
        self.reasons.append(reason)


def _relation(a: frozenset[str], b: frozenset[str]) -> str:
    if not a and not b:
        return "both_empty"
    if not a or not b:
        return "one_empty"
    if a == b:
        return "equal"
    if a <= b or b <= a:
        return "subset"
    if a & b:
        return "partial"
    return "disjoint"


def _names(keys: frozenset[str]) -> str:
    return ",".join(sorted(keys)) or "?"


def _participants(x: Report, y: Report, rules: LinkRules, c: Comparison) -> None:
    p = rules.participants
    if not x.everyone or not y.everyone:
        c.add(p["nobody_known"], "participants unknown")
        return
    unsure = x.unresolved or y.unresolved
    # A directed act beside a joint one of the same type (a welcome, 051, beside the signing it
    # welcomes, 057) is told apart by its roles: either one being directed is enough.
    directed = rules.is_directed(x.mention.event_type, x.mention.cameo) or rules.is_directed(
        y.mention.event_type, y.mention.cameo
    )
    # "A and B signed" (both actors, no recipient) against "A signed with B": compare everyone.
    joint = (not x.recipients and len(x.actors) > 1) or (not y.recipients and len(y.actors) > 1)
    if not directed or joint:
        rel = _relation(x.everyone, y.everyone)
        if rel == "disjoint" and not unsure:
            c.veto = f"different participants ({_names(x.everyone)} / {_names(y.everyone)})"
            return
        if directed and x.actors and y.actors and not (x.actors & y.actors) and not unsure:
            c.veto = f"different actors ({_names(x.actors)} / {_names(y.actors)})"
            return
        if not directed and not joint and not unsure and _other_sides(x, y):
            # "A met B" / "A called C" (the same day): A's two meetings, not one; a meeting
            # told from either side ("B received A") still pairs its two sides
            c.veto = (
                f"different counterparts ({_names(x.actors)}-{_names(x.recipients)} / "
                f"{_names(y.actors)}-{_names(y.recipients)})"
            )
            return
        if rel == "disjoint":  # an unidentified participant may be the missing one
            c.add(p["unidentified"], f"participants {_names(x.everyone)} / {_names(y.everyone)}, "
                                  "one not identified")  # fmt: skip
            return
        c.add(p[rel], f"participants {rel} ({_names(x.everyone & y.everyone)})")
        return
    ra, rr = _relation(x.actors, y.actors), _relation(x.recipients, y.recipients)
    swapped = bool(x.actors & y.recipients) or bool(x.recipients & y.actors)
    if _opposed_at_home(x, y):  # "the court ruled against the president" / "... attacked the court"
        c.veto = (
            f"roles swapped at home ({_codes(x.mention.actor)}→{_codes(x.mention.recipient)} / "
            f"{_codes(y.mention.actor)}→{_codes(y.mention.recipient)})"
        )
        return
    if _untargeted_other_side(x, y):
        c.veto = (
            f"untargeted act of another side ({_codes(x.mention.actor)}→"
            f"{_codes(x.mention.recipient)} / {_codes(y.mention.actor)}→"
            f"{_codes(y.mention.recipient)}) [link.untargeted_other_side]"
        )
        return
    if (ra == "disjoint" or rr == "disjoint") and (swapped or not unsure):
        what = "roles swapped" if swapped else "different participants"
        c.veto = (
            f"{what} ({_names(x.actors)}→{_names(x.recipients)} / "
            f"{_names(y.actors)}→{_names(y.recipients)})"
        )
        return

    def side(rel: str) -> float:
        return p["unidentified"] if rel == "disjoint" else p[rel]

    value = (side(ra if ra != "both_empty" else "one_empty") + side(rr)) / 2
    c.add(
        value,
        f"actors {ra} ({_names(x.actors & y.actors)}), recipients {rr}"
        + (f" ({_names(x.recipients & y.recipients)})" if x.recipients & y.recipients else ""),
    )


def _other_sides(x: Report, y: Report) -> bool:
    """Two undirected mentions that each name both sides (actor and recipient) whose sides
    cannot be paired, neither as written nor the other way round ("A met B" / "A met C"; "A
    met A's opposition" / "A called B"): two meetings of one side with different others."""
    if not (x.actors and x.recipients and y.actors and y.recipients):
        return False
    straight = bool(x.actors & y.actors) and bool(x.recipients & y.recipients)
    crossed = bool(x.actors & y.recipients) and bool(x.recipients & y.actors)
    return not (straight or crossed)


def _dates(x: Report, y: Report, same_article: bool, rules: LinkRules, c: Comparison) -> None:
    d = rules.date
    mx, my = x.mention, y.mention
    if x.day and y.day:
        gap = abs((x.day - y.day).days)
        if gap == 0:
            if x.explicit and y.explicit:
                c.add(d["explicit_equal"], f"same day {x.day} (both from date words)")
            else:
                c.add(d["default_equal"], f"same day {x.day} (one from publication date)")
        elif gap <= d["default_window_days"] and not (x.explicit and y.explicit):
            c.add(d["default_near"], f"{gap} day apart, one date from publication date")
        else:
            c.veto = f"different days ({x.day} / {y.day})"
        return
    if mx.date and my.date:
        coarse = "year" if "year" in (x.precision, y.precision) else "month"
        n = 4 if coarse == "year" else 7
        if mx.date[:n] != my.date[:n]:
            c.veto = f"different {coarse}s ({mx.date} / {my.date})"
            return
        value = d[coarse]
        if same_article:  # a coarse date in one story is no weaker than none at all
            value = max(value, d["same_story_undated"])
        c.add(value, f"same {coarse} {mx.date[:n]}")
        return
    if same_article:
        c.add(d["same_story_undated"], "undated, same story")
        return
    c.veto = "undated mention in another story"


def _km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Location, b: Location, rules: LinkRules) -> bool | None:
    """True/False when it can be told, None when one is only a country (or unknown)."""
    if _fold(a.name) == _fold(b.name):
        return True
    km = _km(a, b)
    if km is not None:
        return km <= rules.place["same_km"]
    if a.country and b.country and a.country != b.country:
        return False
    return None


def _places(x: Report, y: Report, same_article: bool, rules: LinkRules, c: Comparison) -> None:
    a, b = x.mention.location, y.mention.location
    if a is None or b is None:
        return
    p = rules.place
    same = same_place(a, b, rules)
    if same:
        c.add(p["same"], f"same place {a.name}")
    elif same is False:
        sources = {a.source, b.source}
        if sources == {"text"}:
            c.veto = f"different places ({a.name} / {b.name})"
        elif "text" in sources:
            key = "text_vs_dateline_same_story" if same_article else "text_vs_dateline_differs"
            text, line = (a, b) if a.source == "text" else (b, a)
            c.add(p[key], f"place {text.name} / dateline {line.name}")
        elif p["datelines_differ"]:
            c.add(p["datelines_differ"], f"datelines {a.name} / {b.name}")


def compare(x: Report, y: Report, rules: LinkRules) -> Comparison:
    """Score ``x`` against ``y``; a ``veto`` means they are never one happening."""
    c = Comparison()
    mx, my = x.mention, y.mention
    if rules.modality_group(mx.modality) != rules.modality_group(my.modality):
        c.veto = f"modality {mx.modality} / {my.modality}"
        return c
    ts = rules.type_score(mx.event_type, my.event_type)
    if ts is None:
        c.veto = f"types {mx.event_type} / {my.event_type}"
        return c
    if mx.event_type == my.event_type:
        if mx.mode and my.mode and mx.mode != my.mode:
            c.add(
                rules.type["mode_differs"], f"same type {mx.event_type}, modes {mx.mode}/{my.mode}"
            )
        else:
            c.add(ts, f"same type {mx.event_type}")
    elif mx.article_id == my.article_id:  # one coder, one story, two types: two happenings
        c.veto = f"types {mx.event_type} / {my.event_type} in one story"
        return c
    else:
        c.add(ts, f"compatible types {mx.event_type}/{my.event_type}")
    _participants(x, y, rules, c)
    if c.veto:
        return c
    same_article = mx.article_id == my.article_id
    _dates(x, y, same_article, rules, c)
    if c.veto:
        return c
    _places(x, y, same_article, rules, c)
    if c.veto:
        return c
    if same_article:
        c.add(rules.story["same_article"], "same story")
        if mx.sentence == my.sentence:
            c.add(rules.story["same_sentence"], "same sentence")
    return c
