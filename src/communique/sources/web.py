"""Fetching http(s) URLs: public addresses only, redirects followed and checked, time and size
limits, a clear User-Agent."""

from __future__ import annotations

import time
from dataclasses import dataclass

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
    server that trickles a byte at a time cannot hold an ingest for ever (the body is checked
    after every chunk, so the overrun is at most one ``timeout``). Only public addresses are
    reached (see ``netguard``) unless the host is in ``allow_hosts`` (``host`` or
    ``host:port``); redirects are followed here, at most ``max_redirects``, each checked."""
    give_up = time.monotonic() + deadline
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, */*;q=0.8"}
    try:
        current = httpx.URL(url)
        with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers) as client:
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
