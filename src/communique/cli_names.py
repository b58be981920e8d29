"""`communique who NAME`: persons and bodies by name, with how each resolves.

The same as the explorer's search and its person and body pages (``actors.lookup``,
``api.names``): a person's dated roles from the bundled knowledge base, a body's code and the
phrases that resolve to it, what a person's name resolves to on a date (``--on``), and with
``--mentions`` the stored mentions whose words resolved through each exactly matched name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli_relations import DEFAULT_DB, DbOpt, FormatOpt, _check, _fail, err
from communique.render import emit


def _rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per role of a person and one per body."""
    rows = []
    for n in found:
        if n["kind"] == "person":
            for r in n["roles"]:
                rows.append({"name": n["name"], "kind": "person", "code": r["code"],
                             "role": r["office"], "from": r["start"], "to": r["end"],
                             "source": r["source"], "exact": n["exact"]})  # fmt: skip
        else:
            rows.append({"name": n["name"], "kind": "body", "code": n["code"],
                         "role": ", ".join(p for p in n["phrases"][:4] if p != n["name"]),
                         "from": None, "to": None, "source": "; ".join(n["sources"]),
                         "exact": n["exact"]})  # fmt: skip
    return rows


def who(
    name: Annotated[str, typer.Argument(help="A name or part of one: Putin, Duma, Hamas.")],
    on: Annotated[
        str | None, typer.Option(help="Show what a person's name resolves to on this date.")
    ] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List the stored mentions of exact matches.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many names.")] = 20,
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
) -> None:
    """Find persons and bodies by name and show how they resolve: a person's dated roles
    (office, code, from, to; the role covering a story's date gives the code), a body's or
    group's code and the phrases that name it.

    Examples:

        communique who Putin

        communique who Putin --on 2010-06-01

        communique who Duma --mentions --db communique.duckdb
    """
    from communique.actors.lookup import MIN_QUERY, find_names, resolve_on

    fmt = _check(fmt)
    if len(name.strip()) < MIN_QUERY:
        raise _fail(f"NAME must have at least {MIN_QUERY} letters, not {name!r}")
    if not 1 <= limit <= 500:
        raise _fail(f"--limit must be from 1 to 500, not {limit}")
    day = None
    if on:
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise _fail(f"--on must be a date (YYYY-MM-DD), not {on!r}") from None
    found = find_names(name, limit)
    if not found:
        err.print(f"no person or body matches {name!r}")
        return
    emit(
        _rows(found), fmt, title=f"{len(found)} name(s) matching {name!r}",
        columns=[("name", lambda r: r["name"]), ("kind", lambda r: r["kind"]),
                 ("code", lambda r: r["code"]), ("role / also named", lambda r: r["role"]),
                 ("from", lambda r: r["from"] or ""), ("to", lambda r: r["to"] or ""),
                 ("source", lambda r: r["source"])],
    )  # fmt: skip
    if day is not None:
        for n in found:
            if n["kind"] == "person" and n["exact"]:
                got = resolve_on(n["name"], day)
                if got:
                    err.print(f"{n['name']} on {day.isoformat()}: {got['code']} ({got['rule']})")
    if mentions:
        _print_mentions(db, [n for n in found if n["exact"]], fmt)


def _print_mentions(db: Path, names: list[dict[str, Any]], fmt: str) -> None:
    from communique.api.names import name_mentions
    from communique.store import Store, StoreError

    try:
        store = Store(db, read_only=True)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    try:
        for n in names:
            rows = name_mentions(store, n["name"])
            emit(
                rows, fmt, title=f"{len(rows)} mention(s) of {n['name']} in {db}",
                columns=[("date", lambda r: r["date"] or "undated"),
                         ("type", lambda r: r["event_type"]), ("side", lambda r: r["side"]),
                         ("words", lambda r: r["text"]), ("code", lambda r: r["code"]),
                         ("rule", lambda r: r["rule"] or ""),
                         ("evidence", lambda r: (r["evidence"] or {}).get("sentence_text"))],
            )  # fmt: skip
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add `who` to the main `communique` app."""
    app.command()(who)
