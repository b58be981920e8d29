"""A small hand-written corpus for the relations, API and web tests, and a server runner.

Stories are written for these tests; events are stored with ``Store.write_batch`` so the
numbers do not depend on the coder. What is in it:

* 2018-11-02: Cuba visits Russia (CUB→RUS CONSULT), Russia praises Cuba (RUS→CUB SUPPORT).
* 2024-02-19: Russia will visit Cuba (RUS→CUB AGREE, *future*), Cuba and Russia met (joint).
* 2024-02-20: a second story reporting the same planned visit (same event id).
* 2024-02-21: a hostile story whose title and text carry ``<script>`` and ``onerror=``.
* weeks of 2024-02-26 … 2024-03-25: USA–CHN 3 a week then 9 (a spike), IND–PAK 0/1 then 4
  (suppressed: baseline too small).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from communique.model import Actor, Article, Evidence, Mention, Sentence
from communique.store import CodedArticle, Store

XSS_TITLE = '<script>alert("title")</script> Havana <b>bold</b> claims'
XSS_BODY = (
    'Havana <img src=x onerror=alert("img")> said the United States <script>alert("body")'
    "</script> imposed new sanctions on Cuba."
)

INFO = {
    "goldstein": {"CONSULT": 1.9, "SUPPORT": 3.4, "AGREE": 4.0, "SANCTION": -4.0, "ACCUSE": -2.0},
    "quad": {"CONSULT": 1, "SUPPORT": 1, "AGREE": 1, "SANCTION": 4, "ACCUSE": 3},
    "cameo": {"CONSULT": "042", "SUPPORT": "051", "AGREE": "036", "SANCTION": "163", "ACCUSE": "112"},
}  # fmt: skip


def _actors(spec: str) -> list[Actor]:
    """'CUBGOV+RUS' -> actors; '' -> none."""
    out = []
    for code in filter(None, spec.split("+")):
        out.append(Actor(text=code, name=code, country=code[:3], sector=code[3:] or None))
    return out


def story(
    aid: str,
    published: str,
    sentences: list[tuple],
    *,
    title: str | None = None,
    url: str | None = None,
) -> CodedArticle:
    """sentences: (text, trigger, type, actors, recipients, modality, date[, event_id])."""
    text = " ".join(s[0] for s in sentences)
    art = Article(text=text, id=aid, title=title or f"Story {aid}", url=url or f"https://example.org/{aid}",
                  publisher="Test Wire", published=published, published_source="metadata",
                  published_precision="day")  # fmt: skip
    sents, ments, eids = [], [], []
    pos = 0
    for i, (s_text, trig, etype, acts, recs, modality, d, *rest) in enumerate(sentences):
        sents.append(Sentence(aid, i, pos, pos + len(s_text), s_text))
        if etype:
            k = s_text.index(trig)
            m = Mention(
                article_id=aid, sentence=i, event_type=etype, actor=_actors(acts),
                recipient=_actors(recs),
                evidence=Evidence(s_text, pos, pos + len(s_text), trig, pos + k, pos + k + len(trig)),
                explanation=f"test: trigger {trig!r}", cameo=INFO["cameo"][etype],
                quad_class=INFO["quad"][etype], goldstein=INFO["goldstein"][etype],
                modality=modality, date=d, date_precision={10: "day", 7: "month", 4: "year"}[len(d)],
                confidence=0.8,
            )  # fmt: skip
            ments.append(m)
            eids.append(rest[0] if rest else "e" + m.id[1:])
        pos += len(s_text) + 1
    return CodedArticle(art, sents, ments, eids, "test")


PLANNED_VISIT = "ev-planned-visit"


def corpus() -> list[CodedArticle]:
    arts = [
        story("cub2018", "2018-11-02", [
            ("Cuban President Diaz-Canel visited Russia on Friday.", "visited", "CONSULT",
             "CUBGOV", "RUS", "asserted", "2018-11-02"),
            ("Russia praised Cuba for its friendship.", "praised", "SUPPORT", "RUS", "CUB",
             "asserted", "2018-11-02"),
            ("A year earlier, Cuba had criticised Russia.", "criticised", "ACCUSE", "CUB", "RUS",
             "asserted", "2017"),
        ], title="Cuban president visits Moscow"),
        story("cub2024a", "2024-02-19", [
            ("Russian Foreign Minister Lavrov will visit Cuba next week.", "visit", "AGREE",
             "RUSGOV", "CUBGOV", "future", "2024-02-19", PLANNED_VISIT),
            ("Cuba and Russia met in Havana.", "met", "CONSULT", "CUB+RUS", "", "asserted",
             "2024-02-19"),
        ], title="Lavrov to visit Havana"),
        story("cub2024b", "2024-02-20", [
            ("Lavrov is expected to visit Cuba.", "visit", "AGREE", "RUSGOV", "CUBGOV", "future",
             "2024-02-19", PLANNED_VISIT),
        ], title="Second report of the Lavrov visit"),
        story("xss", "2024-02-21", [
            (XSS_BODY, "imposed", "SANCTION", "USA", "CUB", "asserted", "2024-02-21"),
        ], title=XSS_TITLE, url="javascript:alert('url')"),
    ]  # fmt: skip
    # Spikes: USA-CHN 3 a week for four weeks then 9; IND-PAK 0,1,0,1 then 4.
    start = date(2024, 2, 26)
    weekly = {"USA-CHN": [3, 3, 3, 3, 9], "IND-PAK": [0, 1, 0, 1, 4]}
    for pair, counts in weekly.items():
        a, b = pair.split("-")
        for w, n in enumerate(counts):
            day = start + timedelta(days=7 * w + 1)
            sents = [
                (f"{a} accused {b} of spying, report {j}.", "accused", "ACCUSE", a, b,
                 "asserted", day.isoformat())
                for j in range(n)
            ]  # fmt: skip
            if sents:
                arts.append(story(f"{pair}-{w}", day.isoformat(), sents, title=f"{pair} week {w}"))
    return arts


def build_db(path: Path) -> Path:
    """A real database holding the corpus with exactly the event ids chosen above.

    Written with ``write_batch(link=False)``: the given event ids are stored as they are, so
    the store's cross-story linking cannot merge the test's events and the numbers stay fixed.
    """
    with Store(path) as s:
        s.write_batch(corpus(), link=False)
    return path


# --- a real server in a real process ---------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`communique serve` in a subprocess on an ephemeral port."""

    def __init__(
        self,
        db: Path,
        *,
        token: str | None = None,
        busy_timeout: float = 1.0,
        args: tuple[str, ...] = (),
        env_extra: dict[str, str] | None = None,
    ):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        env.pop("COMMUNIQUE_DB", None)
        env.pop("COMMUNIQUE_INGEST_TOKEN", None)
        env.pop("COMMUNIQUE_ALLOW_HOSTS", None)
        env.pop("COMMUNIQUE_INGEST_FETCH", None)
        if token:
            env["COMMUNIQUE_INGEST_TOKEN"] = token
        env.update(env_extra or {})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "communique", "serve", "--db", str(db), "--port",
             str(self.port), "--busy-timeout", str(busy_timeout), *args],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stdout.read()}")  # type: ignore[union-attr]
            try:
                httpx.get(self.url + "/api/", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start in 30 s")

    def client(self) -> httpx.Client:
        """An HTTP client for this server (use it in a ``with``)."""
        return httpx.Client(base_url=self.url, timeout=60)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
