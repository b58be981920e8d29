"""A real HTTP server on 127.0.0.1 (ephemeral port) serving pages the tests register."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Site:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.user_agents: list[str] = []
        self.base = ""

    def add(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, content_type, data)
        return self.base + path


@pytest.fixture(scope="session")
def site():
    state = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            state.user_agents.append(self.headers.get("User-Agent", ""))
            status, ctype, data = state.pages.get(self.path, (404, "text/plain", b"not found"))
            if status in (301, 302):
                self.send_response(status)
                self.send_header("Location", data.decode())
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url():
    """A URL on 127.0.0.1 where nothing listens."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/story.html"
