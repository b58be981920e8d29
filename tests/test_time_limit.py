"""One story the coder cannot finish is reported as that story's one-line error and the rest of
the batch is coded ($COMMUNIQUE_CODE_SECONDS, communique.time_limit). The coder's own walks
that never ended are mended (tests/coding/test_token_identity.py); a story that hangs it is
injected here by a coder call that never returns for one article id. Texts written for the test."""

from __future__ import annotations

import signal
import threading
import time

import pytest

import communique.coding as coding
from communique.model import Article, SourceError
from communique.pipeline import code_articles
from communique.time_limit import CodingTimeout, code_seconds, time_limit

STORY = "Police in Ruritania arrested twelve protesters outside the parliament on Sunday."


@pytest.fixture
def stuck_coder(monkeypatch):
    real = coding.code_article

    def code_article(article, doc):
        while article.id == "stuck":  # a walk that never ends
            time.sleep(0.01)
        return real(article, doc)

    monkeypatch.setattr(coding, "code_article", code_article)


def test_a_story_the_coder_cannot_finish_is_its_own_error(stuck_coder, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CODE_SECONDS", "2")
    batch = [
        Article(text=STORY, id="stuck", origin="stuck.html"),
        Article(text=STORY.replace("twelve", "nine"), id="fine", origin="fine.html"),
    ]
    out = list(code_articles(batch))
    errors = [o for o in out if isinstance(o, SourceError)]
    coded = [o for o in out if not isinstance(o, SourceError)]
    assert [e.origin for e in errors] == ["stuck.html"]
    assert "more than 2 s" in errors[0].reason and "\n" not in errors[0].reason
    assert [c.article.id for c in coded] == ["fine"]
    assert any(m.event_type == "COERCE" for m in coded[0].mentions)


def test_the_limit_is_read_from_the_environment(monkeypatch):
    monkeypatch.delenv("COMMUNIQUE_CODE_SECONDS", raising=False)
    assert code_seconds() == 300
    monkeypatch.setenv("COMMUNIQUE_CODE_SECONDS", "0")
    assert code_seconds() == 0
    monkeypatch.setenv("COMMUNIQUE_CODE_SECONDS", "soon")
    with pytest.raises(ValueError, match="COMMUNIQUE_CODE_SECONDS"):
        code_seconds()


def test_the_limit_leaves_a_callers_alarm_and_other_threads_alone():
    seen = []

    def other_thread():
        with time_limit(0.05):  # no alarm outside the main thread: the block runs whole
            time.sleep(0.2)
        seen.append("done")

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert seen == ["done"]
    old = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        with time_limit(0.05):  # a caller's own alarm is kept, not replaced
            time.sleep(0.2)
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    with pytest.raises(CodingTimeout), time_limit(0.05):
        time.sleep(2)
