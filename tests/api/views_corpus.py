"""The explorer corpus plus what the timeline, compare, name and network views need.

Stories are written for these tests (no benchmark text). Added to ``explorer_corpus``:

* 2024-01 (month precision): Russia backs Cuba (RUS→CUB SUPPORT), published 2024-02-10.
* People and bodies: "President Putin" (RUSGOV, resolved through the person Vladimir Putin)
  acts on Cuba on 2024-02-22 and, as prime minister, on 2010-05-03; "the State Duma" (RUSLEG,
  the body) accuses the United States on 2024-02-23.
* A crowded network in June 2023: 20 countries' governments and militaries, each acting on
  the next three, so the network has 40 code-level nodes whose labels would collide.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import corpus, story  # noqa: E402

from communique.store import CodedArticle, Store  # noqa: E402

CROWD = [
    "ARG", "BRA", "CHL", "COL", "ECU", "PER", "URY", "PRY", "BOL", "VEN",
    "MEX", "GTM", "HND", "NIC", "CRI", "PAN", "DOM", "HTI", "JAM", "TTO",
]  # fmt: skip


def _named(art: CodedArticle, index: int, side: str, text: str, name: str, rule: str) -> None:
    """Give mention ``index``'s first actor (or recipient) the words and canonical name the
    coder would have given it, and the rule id in the explanation."""
    m = art.mentions[index]
    who = getattr(m, side)[0]
    who.text, who.name = text, name
    m.explanation = f"{side} {text!r} = the verb's subject; known person -> {who.code} [{rule}]"


def extra() -> list[CodedArticle]:
    month = story("rus2024m", "2024-02-10", [
        ("In January Russia backed Cuba at the forum.", "backed", "SUPPORT", "RUS", "CUB",
         "asserted", "2024-01"),
    ], title="Russia backed Cuba in January")  # fmt: skip
    putin = story("putin2024", "2024-02-22", [
        ("President Putin praised Cuba on Thursday.", "praised", "SUPPORT", "RUSGOV", "CUB",
         "asserted", "2024-02-22"),
    ], title="Putin praises Havana")  # fmt: skip
    _named(putin, 0, "actor", "President Putin", "Vladimir Putin", "mention.person")
    premier = story("putin2010", "2010-05-03", [
        ("Prime Minister Putin met Cuban envoys.", "met", "CONSULT", "RUSGOV", "CUBGOV",
         "asserted", "2010-05-03"),
    ], title="Putin receives Cuban envoys")  # fmt: skip
    _named(premier, 0, "actor", "Prime Minister Putin", "Vladimir Putin", "mention.person")
    duma = story("duma2024", "2024-02-23", [
        ("The State Duma condemned the United States.", "condemned", "ACCUSE", "RUSLEG", "USA",
         "asserted", "2024-02-23"),
    ], title="Duma condemns Washington")  # fmt: skip
    _named(duma, 0, "actor", "The State Duma", "State Duma", "mention.body")
    crowd = []
    for i, c in enumerate(CROWD):
        sents = []
        for k in (1, 2, 3):
            other = CROWD[(i + k) % len(CROWD)]
            a, b = (f"{c}GOV", f"{other}MIL") if k != 2 else (f"{c}MIL", f"{other}GOV")
            sents.append((f"{a} consulted {b} about the border, item {k}.", "consulted",
                          "CONSULT", a, b, "asserted", "2023-06-1" + str(k)))  # fmt: skip
        crowd.append(story(f"crowd-{c}", "2023-06-14", sents, title=f"Border talks {c}"))
    return [month, putin, premier, duma, *crowd]


def build_views_db(path: Path) -> Path:
    """A real database with the explorer corpus and the additions above (event ids fixed)."""
    with Store(path) as s:
        s.write_batch(corpus() + extra(), link=False)
    return path
