"""What every response of ``communique serve`` carries, and what every request must pass.

* Security headers on every response, errors included: a Content-Security-Policy that allows
  only the explorer's own files (its pages load /static/*.css and *.js, no inline script or
  style, no CDN, and fetch JSON from the same origin), ``X-Content-Type-Options: nosniff``,
  ``Referrer-Policy: no-referrer`` and ``X-Frame-Options: DENY`` (and ``frame-ancestors
  'none'``).
* A Host allow-list against DNS rebinding: a page on another site whose name resolves to
  127.0.0.1 sends its own name as Host and gets 400.
* A request-body limit enforced while the body is read: a declared Content-Length over the
  limit, or a (chunked) body that grows past it, gets 413 with ``Connection: close``; the
  rest of the body is never read.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterable
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
ANY_ADDRESS = ("0.0.0.0", "::", "")


def default_hosts(bound: str) -> set[str]:
    """The names a browser may use for a server bound to ``bound``: it, and localhost's."""
    hosts = {*LOCAL_NAMES, bound.strip("[]").lower()}
    if bound in ANY_ADDRESS:  # all interfaces: also the machine's own name
        hosts |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    return hosts - {""}


def host_name(header: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware: security headers, the Host allow-list and the body limit."""

    def __init__(self, app: Any, *, allowed_hosts: Iterable[str], max_body: int) -> None:
        self.app = app
        self.hosts = {host_name(h) for h in allowed_hosts}
        self.any_host = "*" in self.hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        host = headers.get(b"host", b"").decode("latin-1")
        if not self.any_host and host_name(host) not in self.hosts:
            shown = host or "(none)"
            await _answer(send_secure, 400, f"host {shown!r} not allowed: start the server "
                          "with --allowed-host NAME to serve it under that name")  # fmt: skip
            return
        declared = headers.get(b"content-length", b"")
        if declared.strip().isdigit() and int(declared) > self.max_body:
            await _answer(send_secure, 413, self._too_large(), close=True)
            return
        await self._guarded(scope, receive, send_secure)

    def _too_large(self) -> str:
        return f"request body too large (limit {self.max_body // 1_000_000} MB)"

    async def _guarded(self, scope: Scope, receive: Any, send: Any) -> None:
        """Run the app, counting body bytes as it reads them; past the limit answer 413."""
        state = {"read": 0, "started": False, "refused": False}

        async def counting_receive() -> Message:
            if state["refused"]:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                state["read"] += len(message.get("body", b""))
                if state["read"] > self.max_body:
                    state["refused"] = True
                    if not state["started"]:
                        state["started"] = True
                        await _answer(send, 413, self._too_large(), close=True)
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message: Message) -> None:
            if state["refused"]:
                return  # the 413 went out instead
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except Exception:
            if not state["refused"]:
                raise  # reading stopped at the limit: the app's complaint about that is moot


async def _answer(send: Any, status: int, detail: str, *, close: bool = False) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
