"""Persons and bodies in the store: the mentions whose actor words resolved through them.

A coded mention keeps, for each actor and recipient, the words of the story (``text``), the
canonical name they resolved to (``name``: "Vladimir Putin", "State Duma") and the code, and
its explanation names the rule (``[mention.person]``, ``[mention.body]``). A person's or a
body's page lists the mentions with that canonical name on either side, with the words, the
code it got on that date and the rule; ``actors.lookup`` says how the name resolves.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from communique.actors import lookup
from communique.api.queries import NotFound
from communique.store import Store

KINDS = ("person", "body")
NAME_SQL = "list_contains(json_extract_string(m.{side}, '$[*].name'), ?)"


def _rule(explanation: str, text: str) -> str | None:
    """The mention rule id the explanation gives for these words, if it names one."""
    found = re.search(re.escape(f"'{text}'") + r"[^\[]*?\[(mention\.[a-z_]+)\]", explanation or "")
    return found.group(1) if found else None


def name_mentions(store: Store, name: str, limit: int = 500) -> list[dict[str, Any]]:
    """Mentions with ``name`` as the canonical name of an actor or recipient, newest first."""
    where = " OR ".join(NAME_SQL.format(side=s) for s in ("actor", "recipient"))
    rows = store.query(
        "SELECT m.id, m.event_id, m.record, a.title FROM mentions m JOIN articles a ON "
        f"a.id = m.article_id WHERE {where} "
        "ORDER BY coalesce(m.date, left(a.published, 10)) DESC NULLS LAST, m.id LIMIT ?",
        [name, name, limit],
    )
    out = []
    for r in rows:
        rec = json.loads(r["record"])
        for side in ("actor", "recipient"):
            for who in rec.get(side) or []:
                if who.get("name") != name:
                    continue
                out.append({
                    "mention_id": r["id"], "event_id": r["event_id"], "side": side,
                    "text": who.get("text"), "code": who.get("code"),
                    "rule": _rule(rec.get("explanation") or "", who.get("text") or ""),
                    "date": rec.get("date"), "event_type": rec.get("event_type"),
                    "quad_class": rec.get("quad_class"), "modality": rec.get("modality"),
                    "actor": rec.get("actor"), "recipient": rec.get("recipient"),
                    "evidence": rec.get("evidence"), "article_title": r["title"],
                })  # fmt: skip
    return out


def name_profile(store: Store, kind: str, name: str) -> dict[str, Any]:
    """A person's or body's page: how the name resolves, and its mentions in the store."""
    if kind not in KINDS:
        raise NotFound(f"no such kind of name: {kind!r}")
    known = lookup.person(name) if kind == "person" else lookup.body(name)
    canonical = known["name"] if known else name
    mentions = name_mentions(store, canonical)
    if not known and not mentions:
        hints = [h["name"] for h in lookup.find_names(name, 3)]
        tail = f"; did you mean {', '.join(hints)}?" if hints else ""
        raise NotFound(f"no {kind} named {name[:60]!r} in the knowledge base or the stories{tail}")
    return {
        "kind": kind, "name": canonical, "known": known,
        "as_actor": sum(m["side"] == "actor" for m in mentions),
        "as_recipient": sum(m["side"] == "recipient" for m in mentions),
        "codes": dict(Counter(m["code"] for m in mentions).most_common()),
        "mentions": mentions,
    }  # fmt: skip
