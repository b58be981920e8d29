"""Fetching http(s) URLs: public addresses only, redirects followed and checked, time and size
limits, a clear User-Agent."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from communique import __version__
from communique.sources.decoding import SourceProblem, human_size
from communique.sources.netguard import Pinned, pin

USER_AGENT = f"communique/{'.'.join(__version__.split('.')[:2])} (news event coder)"


@dataclass
class Fetched:
    url: str  # final URL, after redirects
    content_type: str  # "text/html" (no parameters), "" when not given
    charset: str | None
    data: bytes


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def _why(exc: httpx.HTTPError | httpx.InvalidURL, timeout: float) -> str:
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "not a valid http(s) URL"
    if "refused" in text:
        return "connection refused"
    if any(k in text for k in ("name or service", "nodename", "getaddrinfo", "name resolution")):
        return "host not found"
    if "unreachable" in text:
        return "network unreachable"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


REDIRECTS = (301, 302, 303, 307, 308)


def _time_left(give_up: float, timeout: float | None) -> float:
    """How long the next network wait may take: ``timeout``, cut to what is left before
    ``give_up`` (a time.monotonic() value); past it, httpcore.ReadTimeout."""
    left = give_up - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("past the whole-fetch deadline")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write (status line and headers included) ends by
    the fetch's deadline: each waits at most the time left, and none starts after it."""

    def __init__(self, stream: httpcore.NetworkStream, give_up: float) -> None:
        self.stream = stream
        self.give_up = give_up

    def _left(self, timeout: float | None) -> float:
        return _time_left(self.give_up, timeout)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self._left(timeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self.stream.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(tls, self.give_up)

    def get_extra_info(self, info: str) -> Any:
        return self.stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, each wrapped in a ``_DeadlineStream``."""

    def __init__(self, give_up: float) -> None:
        self.backend = httpcore.SyncBackend()
        self.give_up = give_up

    def _left(self, timeout: float | None) -> float:
        return _time_left(self.give_up, timeout)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.backend.connect_tcp(
            host, port, self._left(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream, self.give_up)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self.backend.connect_unix_socket(path, self._left(timeout), socket_options)
        return _DeadlineStream(stream, self.give_up)

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport over a ``_DeadlineBackend``: no read outlasts the fetch's deadline."""

    def __init__(self, give_up: float) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_DeadlineBackend(give_up)
        )


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    deadline: float = 60.0,
    allow_hosts: frozenset[str] = frozenset(),
    max_redirects: int = 10,
) -> Fetched:
    """GET ``url`` or raise SourceProblem("could not fetch: ...") / ("response too large: ...")
    / ("refused: ...").

    ``timeout`` bounds each connect and read; ``deadline`` (seconds) the whole fetch, so a
    server that trickles a byte at a time, in its headers or its body, cannot hold an ingest
    for ever: no read waits past the deadline (``_DeadlineStream``). Only public addresses are
    reached (see ``netguard``) unless the host is in ``allow_hosts`` (``host`` or
    ``host:port``); redirects are followed here, at most ``max_redirects``, each checked."""
    give_up = time.monotonic() + deadline
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, */*;q=0.8"}
    try:
        current = httpx.URL(url)
        with httpx.Client(
            follow_redirects=False,
            timeout=timeout,
            headers=headers,
            transport=_DeadlineTransport(give_up),
        ) as client:
            for hop in range(max_redirects + 1):
                if current.scheme not in ("http", "https") or not current.host:
                    raise SourceProblem("could not fetch: not a valid http(s) URL")
                try:
                    pinned = pin(current, allow_hosts)
                except SourceProblem as exc:
                    if hop == 0:
                        raise
                    raise SourceProblem(f"redirect to {current} {exc}") from None
                got = _get(client, current, pinned, max_bytes, give_up, deadline)
                if isinstance(got, Fetched):
                    return got
                current = current.join(got)
            raise SourceProblem(f"could not fetch: more than {max_redirects} redirects")
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= give_up:
            raise SourceProblem(f"could not fetch: not complete after {deadline:g} s") from None
        raise SourceProblem(f"could not fetch: {_why(exc, timeout)}") from None
    except (ValueError, UnicodeError, OSError) as exc:  # malformed URLs the client lets through
        raise SourceProblem(f"could not fetch: {type(exc).__name__}: {exc}") from None


def _get(
    client: httpx.Client,
    url: httpx.URL,
    pinned: Pinned | None,
    max_bytes: int,
    give_up: float,
    deadline: float,
) -> Fetched | str:
    """One GET: the Fetched page, or the Location a redirect points to."""
    if pinned is None:
        target, extra, ext = url, {}, {}
    else:
        target, extra, ext = pinned.url, pinned.headers, pinned.extensions
    request = client.build_request("GET", target, headers=extra, extensions=ext)
    resp = client.send(request, stream=True)
    try:
        location = resp.headers.get("location")
        if resp.status_code in REDIRECTS and location:
            return location
        if resp.status_code >= 400:
            phrase = resp.reason_phrase or ""
            raise SourceProblem(f"could not fetch: HTTP {resp.status_code} {phrase}".rstrip())
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise SourceProblem(
                f"response too large: {human_size(int(declared))}, limit {human_size(max_bytes)}"
            )
        buf = bytearray()
        for chunk in resp.iter_bytes():
            buf += chunk
            if time.monotonic() > give_up:
                raise SourceProblem(f"could not fetch: not complete after {deadline:g} s")
            if len(buf) > max_bytes:
                raise SourceProblem(f"response too large: over {human_size(max_bytes)}")
        ctype = resp.headers.get("content-type", "")
        return Fetched(
            url=str(url),
            content_type=ctype.split(";")[0].strip().lower(),
            charset=resp.charset_encoding,
            data=bytes(buf),
        )
    finally:
        resp.close()
