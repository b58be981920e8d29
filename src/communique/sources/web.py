"""Fetching http(s) URLs: redirects followed, time and size limits, a clear User-Agent."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from communique import __version__
from communique.sources.decoding import SourceProblem, human_size

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


def fetch(
    url: str, *, timeout: float = 20.0, max_bytes: int = 20_000_000, deadline: float = 60.0
) -> Fetched:
    """GET ``url`` or raise SourceProblem("could not fetch: ...") / ("response too large: ...").

    ``timeout`` bounds each connect and read; ``deadline`` (seconds) the whole fetch, so a
    server that trickles a byte at a time cannot hold an ingest for ever (the body is checked
    after every chunk, so the overrun is at most one ``timeout``)."""
    give_up = time.monotonic() + deadline
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, */*;q=0.8"}
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client,
            client.stream("GET", url) as resp,
        ):
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
                url=str(resp.url),
                content_type=ctype.split(";")[0].strip().lower(),
                charset=resp.charset_encoding,
                data=bytes(buf),
            )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise SourceProblem(f"could not fetch: {_why(exc, timeout)}") from None
    except (ValueError, UnicodeError, OSError) as exc:  # malformed URLs the client lets through
        raise SourceProblem(f"could not fetch: {type(exc).__name__}: {exc}") from None
