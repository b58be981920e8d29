"""A server that trickles a byte every 5 seconds, in its headers or in its body, is given up at
the whole-fetch deadline, though no single read ever waits as long as the per-read timeout
(issue #13, item 1). Real loopback sockets, allowed with the allow-host option."""

from __future__ import annotations

import socket
import socketserver
import threading
import time

import pytest

from communique.model import Article, SourceError
from communique.sources import iter_articles

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n"
BODY = b"Lima, June 3 -- Peru recalled its ambassador from Bolivia. " * 6
INTERVAL = 5.0  # seconds between two bytes: always under the per-read timeout used below


class _Trickle(socketserver.BaseRequestHandler):
    fast: bytes = b""  # sent at once
    slow: bytes = b""  # then a byte every INTERVAL seconds
    stop = threading.Event()

    def handle(self) -> None:
        self.request.recv(65536)
        try:
            self.request.sendall(self.fast)
            for i in range(len(self.slow)):
                self.request.sendall(self.slow[i : i + 1])
                if self.stop.wait(INTERVAL):
                    return
        except OSError:
            return


def _serve(fast: bytes, slow: bytes):
    handler = type("Handler", (_Trickle,), {"fast": fast, "slow": slow, "stop": threading.Event()})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler.stop


@pytest.mark.parametrize(
    ("fast", "slow"), [(b"", HEADERS + BODY), (b"HTTP/1.1 200 OK\r\n", HEADERS[17:] + BODY),
                       (HEADERS, BODY)],
    ids=["slow_status_line", "slow_headers", "slow_body"],
)  # fmt: skip
def test_a_byte_every_five_seconds_stops_at_the_deadline(tmp_path, fast, slow):
    server, stop = _serve(fast, slow)
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}/story.txt"
    good = tmp_path / "good.txt"
    good.write_text("Accra, June 4 -- Ghana and Togo signed a water agreement.")
    try:
        started = time.monotonic()
        items = list(iter_articles([url, str(good)], timeout=20.0, deadline=2.0,
                                   allow_hosts=[f"127.0.0.1:{port}"]))  # fmt: skip
        took = time.monotonic() - started
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    assert isinstance(items[0], SourceError) and items[0].origin == url, items
    assert items[0].reason == "could not fetch: not complete after 2 s"
    assert isinstance(items[1], Article)  # the batch goes on
    # unbounded, the fetch would last len(slow) * INTERVAL seconds (minutes); a generous bound
    assert took < 15, took


def test_a_fast_server_is_read_whole(tmp_path):
    server, stop = _serve(HEADERS + BODY[:400].ljust(400), b"")
    port = server.server_address[1]
    try:
        (item,) = iter_articles([f"http://127.0.0.1:{port}/s.txt"], deadline=10.0,
                                allow_hosts=[f"127.0.0.1:{port}"])  # fmt: skip
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    assert isinstance(item, Article) and "Peru recalled" in item.text


def test_loopback_stays_refused_without_the_option():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    try:
        (item,) = iter_articles([f"http://127.0.0.1:{port}/"], deadline=2.0)
    finally:
        listener.close()
    assert isinstance(item, SourceError) and item.reason.startswith("refused: 127.0.0.1")
