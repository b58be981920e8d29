"""Which stored mentions a batch of new reports could join: the lookup keys.

The linker compares a new report only with stored events that could pass its rule
(``data/linking/rules.json``): a mention of a compatible type, sharing an actor or recipient,
dated within the linking window (or in the same month, for month dates). ``lookup_keys``
turns reports into those keys; the store (``Store.candidate_reports``) runs one query with
them. Undated and year-only reports get no keys: they link within their story only, as the
rule could never link them elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from communique.linking.compare import Report
from communique.linking.rules import LinkRules, load_rules


def lookup_keys(reports: Sequence[Report], rules: LinkRules | None = None) -> list[dict[str, Any]]:
    """One ``{"etype", "dkey", "who"}`` row per (compatible type, date key) of each report:
    a stored mention matches a row when its type is ``etype``, its date is ``dkey`` and its
    actors or recipients (countries or codes) share one with ``who``."""
    rules = rules or load_rules()
    window = int(rules.date["default_window_days"])
    keys: list[dict[str, Any]] = []
    for r in reports:
        if not r.mention.date or not r.everyone or r.precision == "year":
            continue
        if r.day is not None:
            try:
                days = [r.day + timedelta(days=k) for k in range(-window, window + 1)]
            except OverflowError:  # a date at the end of the calendar: link within its story
                continue
            dkeys = [d.isoformat() for d in days] + [r.mention.date[:7]]
        else:  # a month: its days, and itself
            month = r.mention.date[:7]
            dkeys = [month] + [f"{month}-{d:02d}" for d in range(1, 32)]
        who = sorted(r.everyone)
        for t in sorted(rules.family(r.mention.event_type)):
            keys += [{"etype": t, "dkey": k, "who": who} for k in dkeys]
    return keys
