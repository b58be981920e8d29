"""Regional adjectives used for a bloc: "Southeast Asian leaders", "Gulf Arab states", "Nordic
foreign ministers" name ASEAN, the Gulf Cooperation Council, the five Nordic states, not the
story's dateline state (data/actors/regional_blocs.tsv; rule mention.regional_bloc)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from communique.actors.lookup import code_of
from communique.actors.spans import ActorSpan
from communique.model import Actor
from communique.vocabulary import words

BLOCS_FILE = "data/actors/regional_blocs.tsv"
LEADER_HEADS = words("bloc_leader_heads")
STATE_HEADS = words("bloc_state_heads")
BLOC_RULE = "mention.regional_bloc"


@lru_cache(maxsize=1)
def bloc_table() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Adjective words -> (bloc: a body's name or ISO codes joined by |, whether states count)."""
    text = resources.files("communique").joinpath(BLOCS_FILE).read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {tuple(r["adjective"].split()): (r["bloc"], r["heads"] == "all") for r in rows}


def _actors(bloc: str, text: str, sector: str | None) -> list[Actor]:
    if bloc.isupper() and "|" in bloc:  # the member states themselves
        return [
            Actor(text=text, name=iso, country=iso, sector=sector, code=code_of(iso, sector))
            for iso in bloc.split("|")
        ]
    return [Actor(text=text, name=bloc, country="IGO", sector=sector, code=code_of("IGO", sector))]


def _head_ok(doc: Doc, j: int, states: bool) -> bool:
    tok = doc[j]
    if tok.tag_ != "NNS":
        return False
    lemma = tok.lemma_.lower()
    return lemma in LEADER_HEADS or (states and lemma in STATE_HEADS)


def regional_blocs(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """``spans`` with each regional adjective before a plural of rulers (or of states) read
    as its bloc: a span of no country that it modifies grows to take it in, or a new span is
    made for "Gulf states" where none was found."""
    table = bloc_table()
    longest = max((len(k) for k in table), default=0)
    starts = {sp.start: sp for sp in spans}
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    firsts = {k[0] for k in table}  # a token no adjective starts with is passed at once
    out = list(spans)
    i = 0
    while i < len(doc):
        if doc[i].text not in firsts:
            i += 1
            continue
        for n in range(longest, 0, -1):
            adj = tuple(t.text for t in doc[i : i + n])
            if len(adj) < n or adj not in table or covered & set(range(i, i + n)):
                continue
            if i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in ("a", "an", "one")):
                break  # "two Gulf states", "a Gulf state": some of them, not the bloc
            bloc, states = table[adj]
            j = i + n
            said = doc[i:j].text
            old = starts.get(j)
            if (
                old is not None
                and old.kind in ("group", "role")
                and not old.actor.country
                and old.actor.sector in (None, "GOV", "MIL")
                and _head_ok(doc, old.head, states)
            ):
                text = doc[i : old.end].text
                actors = _actors(bloc, text, old.actor.sector)
                old.start, old.actor, old.also = i, actors[0], actors[1:]
                old.actor.text = text
                old.rule += f"; regional adjective '{said}': the bloc {bloc} [{BLOC_RULE}]"
                old.rule_id = BLOC_RULE
            elif old is None and j < len(doc) and j not in covered and _head_ok(doc, j, states):
                if doc[j].lemma_.lower() not in STATE_HEADS and not states:
                    break
                text = doc[i : j + 1].text
                actors = _actors(
                    bloc, text, "GOV" if doc[j].lemma_.lower() in LEADER_HEADS else None
                )
                rule = (
                    f"regional adjective '{said}' + '{doc[j].text}': the bloc {bloc} [{BLOC_RULE}]"
                )
                out.append(
                    ActorSpan(
                        i, j + 1, actors[0], "group", rule, j, also=actors[1:], rule_id=BLOC_RULE
                    )
                )
            break
        i += 1
    out.sort(key=lambda sp: sp.start)
    return out
