"""A limit on the seconds one article's coding may take, so that one story the coder cannot
finish (a parse shape a rule walks forever) is reported as that story's error and the rest of
the batch is coded. The limit is a real-time alarm (SIGALRM), so it holds only where Python can
take signals: in the main thread of a POSIX process and when no other alarm is already set (a
worker thread, Windows or a caller's own alarm code without it). $COMMUNIQUE_CODE_SECONDS sets
it (default 300; 0 turns it off)."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_CODE_SECONDS = 300.0


class CodingTimeout(Exception):
    """An article's coding ran past the limit and was stopped."""


def code_seconds() -> float:
    """The limit on one article's coding, from $COMMUNIQUE_CODE_SECONDS (0: none)."""
    raw = os.environ.get("COMMUNIQUE_CODE_SECONDS", "").strip()
    if not raw:
        return DEFAULT_CODE_SECONDS
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise ValueError(
            f"COMMUNIQUE_CODE_SECONDS must be a number of seconds (0 for no limit), not {raw!r}"
        ) from None


def _can_alarm() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise CodingTimeout in the block when it runs longer than ``seconds`` (none when 0 or
    when no alarm can be set here)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise CodingTimeout(
            f"coding took more than {seconds:g} s and was stopped "
            "(set COMMUNIQUE_CODE_SECONDS to change the limit)"
        )

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
