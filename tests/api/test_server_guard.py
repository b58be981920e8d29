"""Issue #13 item 7, through a real `communique serve` process on 127.0.0.1: security headers
on every response, the Host allow-list, the body limit enforced while reading, and the ingest
token read from a file."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server, build_db  # noqa: E402

from communique.api.routes import MAX_UPLOAD  # noqa: E402
from support import run_cli  # noqa: E402

TOKEN = "file-token-7f3a"
ALIAS = "news.example.org"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("guard")
    db = build_db(tmp / "g.duckdb")
    token_file = tmp / "token"
    token_file.write_text(TOKEN + "\n")
    srv = Server(db, args=("--token-file", str(token_file), "--allowed-host", ALIAS))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def http(server):
    with server.client() as c:
        yield c


def _secure(r: httpx.Response) -> None:
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'none'" in csp and "script-src 'self'" in csp, r.headers
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
    assert r.headers.get("x-content-type-options") == "nosniff"
    assert r.headers.get("referrer-policy") == "no-referrer"
    assert r.headers.get("x-frame-options") == "DENY"


@pytest.mark.parametrize(
    ("path", "status", "kind"),
    [
        ("/", 200, "text/html"),
        ("/pair/CUB/RUS", 200, "text/html"),
        ("/api/summary", 200, "application/json"),
        ("/static/app.css", 200, "text/css"),
        ("/api/event/no-such-event", 404, "application/json"),
        ("/event/no-such-event", 404, "text/html"),
        ("/api/events?limit=0", 422, "application/json"),
        ("/no/such/page", 404, "application/json"),
    ],
)
def test_security_headers_on_pages_json_and_errors(http, path, status, kind):
    r = http.get(path)
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith(kind)
    _secure(r)


def test_pages_have_no_inline_script_or_style(http):
    for path in ("/", "/pair/CUB/RUS", "/events", "/docs", "/spikes", "/network"):
        html = http.get(path).text
        assert "style=" not in html, path
        assert "<script>" not in html and " on" + "load=" not in html, path


def test_a_host_not_allowed_gets_400(http, server):
    r = http.get("/api/summary", headers={"Host": f"evil.example:{server.port}"})
    assert r.status_code == 400
    assert "evil.example" in r.json()["detail"] and "--allowed-host" in r.json()["detail"]
    _secure(r)
    for name in ("localhost", "127.0.0.1", ALIAS):
        r = http.get("/api/summary", headers={"Host": f"{name}:{server.port}"})
        assert r.status_code == 200, name


def _raw(port: int, head: str, body: bytes = b"") -> tuple[bytes, int]:
    """Send a request head (and some body), stop sending, read until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall(head.encode("latin-1") + body)
        got = b""
        while chunk := s.recv(65536):  # b"" once the server has closed the connection
            got += chunk
    return got, len(body)


def _ingest_head(port: int, extra: str) -> str:
    return (f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Type: text/plain\r\n{extra}\r\n")  # fmt: skip


def test_chunked_body_over_the_limit_gets_413_before_it_ends(server):
    # The chunked body passes the limit by its last byte and is never finished (no closing
    # 0-chunk): a server that read it all would wait forever (the recv above would time out);
    # this one answers 413 and closes. (Bytes past the limit are not sent: a socket closed
    # with unread data answers with a reset that would hide the 413 from the test.)
    def chunk(data: bytes) -> bytes:
        return f"{len(data):x}\r\n".encode() + data + b"\r\n"

    piece = b"x" * 50_000
    body = chunk(piece) * (MAX_UPLOAD // len(piece)) + chunk(b"y")
    got, _ = _raw(server.port, _ingest_head(server.port, "Transfer-Encoding: chunked\r\n"), body)
    assert got.startswith(b"HTTP/1.1 413"), got[:200]
    assert b"connection: close" in got.lower() and b"too large" in got
    assert b"x-content-type-options: nosniff" in got.lower()


def test_a_body_at_the_limit_is_read(http):
    # The same route with a body of exactly the limit is read (and refused for its content).
    r = http.post("/api/ingest", content=b" " * MAX_UPLOAD,
                  headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert r.status_code == 400 and "empty body" in r.json()["detail"]


def test_declared_length_over_the_limit_gets_413_without_a_body(server):
    head = _ingest_head(server.port, f"Content-Length: {50 * MAX_UPLOAD}\r\n")
    got, _ = _raw(server.port, head)
    assert got.startswith(b"HTTP/1.1 413"), got[:200]


def test_token_from_a_file_works_and_a_wrong_one_is_refused(http, server):
    ok = http.post("/api/ingest", content=b"  ", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 400 and "empty body" in ok.json()["detail"]  # past the token check
    for bad in ("Bearer wrong", f"Bearer {TOKEN}x", TOKEN[:-1]):
        r = http.post("/api/ingest", content=b"x", headers={"Authorization": bad})
        assert r.status_code == 401, bad
        _secure(r)
    assert TOKEN not in " ".join(server.proc.args)  # not on the command line


def test_an_empty_or_missing_token_file_is_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.write_text("\n")
    for path in (empty, tmp_path / "missing"):
        done = run_cli("serve", "--db", str(tmp_path / "x.duckdb"), "--token-file", str(path))
        assert done.returncode == 2
        assert str(path.name) in done.stderr and "Traceback" not in done.stderr
