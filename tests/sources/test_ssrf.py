"""Fetches reach public addresses only (issue #13 item 3), tested against loopback servers.

Every server here is a real http.server on 127.0.0.1 that counts the requests it gets; a
refused fetch must leave its count at zero.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from communique.model import Article, SourceError
from communique.sources import iter_articles
from communique.sources.decoding import SourceProblem
from communique.sources.netguard import allowed_hosts, pin, why_refused

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import Server  # noqa: E402

from support import run_cli  # noqa: E402

STORY = (
    "<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>"
    "<p>Geneva, July 15 (Reuters) -- Iran and the European Union held talks on Monday about "
    "the nuclear agreement, officials from both sides said after the meeting ended.</p>"
    "<p>Further meetings would follow in the coming weeks, they said, without giving dates."
    "</p></article></body></html>"
)


class Counting:
    """A loopback server: ``redirect`` set, it answers 302 to that URL; else the story page."""

    def __init__(self, redirect: str | None = None) -> None:
        self.hits = 0
        self.hosts: list[str] = []  # the Host header of each request
        self.redirect = redirect
        state = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                state.hits += 1
                state.hosts.append(self.headers.get("Host", ""))
                if state.redirect:
                    self.send_response(302)
                    self.send_header("Location", state.redirect)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = STORY.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def inside():
    srv = Counting()
    yield srv
    srv.close()


@pytest.fixture
def hop(inside):
    """A loopback server that redirects every request to ``inside``."""
    srv = Counting(redirect=inside.base + "/story.html")
    yield srv
    srv.close()


# --- the address rules ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("::ffff:192.168.1.1", "private"),
        ("fc00::5", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a public"),  # carrier-grade NAT
        ("2002:7f00:1::", "loopback"),  # 6to4 carrying 127.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 carrying 10.0.0.1
    ],
)
def test_inside_addresses_are_refused(address, kind):
    why = why_refused(ipaddress.ip_address(address))
    assert why is not None and kind in why


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address):
    assert why_refused(ipaddress.ip_address(address)) is None


def test_every_resolved_address_is_checked_and_the_checked_one_is_used(monkeypatch):
    answers = {"news.example": ["93.184.216.34", "10.0.0.7"], "wire.example": ["93.184.216.34"]}

    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in answers[host]]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(SourceProblem, match=r"news\.example \(10\.0\.0\.7\) is a private"):
        pin(httpx.URL("http://news.example/a"), frozenset())
    pinned = pin(httpx.URL("https://wire.example:8443/a?b=1"), frozenset())
    assert pinned is not None
    assert str(pinned.url) == "https://93.184.216.34:8443/a?b=1"  # connects to what was checked
    assert pinned.headers == {"Host": "wire.example:8443"}
    assert pinned.extensions == {"sni_hostname": "wire.example"}  # certificate still checked
    answers["news.example"] = ["127.0.0.1"]  # the allow-list is by name, before resolution
    assert pin(httpx.URL("http://news.example/a"), allowed_hosts(["News.Example"])) is None


def test_allow_list_forms(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_ALLOW_HOSTS", "a.example, b.example:81")
    assert allowed_hosts(["[::1]:8080", "C.example."], env=True) == {
        "::1:8080", "c.example", "a.example", "b.example:81",
    }  # fmt: skip
    assert allowed_hosts(["x"]) == {"x"}  # the environment only where asked


# --- real fetches against loopback servers ---------------------------------------------------
def test_loopback_url_refused_by_default_with_one_line(inside, tmp_path):
    url = inside.base + "/story.html"
    (err,) = iter_articles([url])
    assert isinstance(err, SourceError) and err.origin == url
    assert err.reason.startswith("refused: 127.0.0.1 is a loopback address")
    assert "--allow-host 127.0.0.1" in err.reason
    res = run_cli("ingest", "-q", "--db", str(tmp_path / "c.duckdb"), url, timeout=120)
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if "skipped" in ln]
    assert lines == [f"skipped {url}: {err.reason}"]
    assert "Traceback" not in res.stderr
    assert inside.hits == 0


def test_loopback_allowed_with_the_option(inside, tmp_path):
    url = inside.base + "/story.html"
    (a,) = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert isinstance(a, Article) and "Iran and the European Union" in a.text
    db = str(tmp_path / "c.duckdb")
    res = run_cli("ingest", "-q", "--db", db, "--allow-host", "127.0.0.1", url, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "1 new articles stored" in res.stderr
    assert inside.hits == 2


def test_redirect_to_a_host_not_allowed_is_refused(hop, inside, tmp_path):
    url = hop.base + "/news.html"
    (err,) = iter_articles([url], allow_hosts=[f"127.0.0.1:{hop.port}"])
    assert isinstance(err, SourceError) and err.origin == url
    assert err.reason.startswith(f"redirect to {inside.base}/story.html refused: 127.0.0.1 is")
    assert "loopback" in err.reason
    res = run_cli("ingest", "-q", "--db", str(tmp_path / "c.duckdb"),
                  "--allow-host", f"127.0.0.1:{hop.port}", url, timeout=120)  # fmt: skip
    assert res.returncode == 1 and f"skipped {url}: redirect to" in res.stderr
    assert (hop.hits, inside.hits) == (2, 0)  # the first asked, the second never reached
    (a,) = iter_articles([url], allow_hosts=["127.0.0.1"])  # both allowed: followed
    assert isinstance(a, Article) and a.url == inside.base + "/story.html"


def test_a_name_allowed_does_not_cover_where_it_redirects(hop, inside):
    url = f"http://localhost:{hop.port}/news.html"
    (err,) = iter_articles([url], allow_hosts=["localhost"])
    assert isinstance(err, SourceError) and "refused: 127.0.0.1 is a loopback" in err.reason
    assert inside.hits == 0


def test_the_connection_goes_to_the_checked_address(inside, monkeypatch):
    """The name is resolved once, by the check; the request goes to that address, named."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def fake_getaddrinfo(host, port, *args, **kwargs):
        if host == "wire.example":
            asked.append(host)
            return real("127.0.0.1", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr("communique.sources.netguard.why_refused", lambda ip: None)
    url = f"http://wire.example:{inside.port}/story.html"
    (a,) = iter_articles([url])
    assert isinstance(a, Article) and a.url == url and "Iran" in a.text
    assert asked == ["wire.example"] and inside.hosts == [f"wire.example:{inside.port}"]


def test_redirects_are_bounded(tmp_path):
    loop = Counting()
    loop.redirect = loop.base + "/again"
    try:
        (err,) = iter_articles([loop.base + "/start"], allow_hosts=["127.0.0.1"])
    finally:
        loop.close()
    assert isinstance(err, SourceError) and err.reason == "could not fetch: more than 10 redirects"
    assert loop.hits == 11


def feed(links: list[str]) -> str:
    items = "".join(
        f"<item><title>Short {i}</title><link>{link}</link>"
        f"<description>Cuba and Mexico met on migration ({i}).</description></item>"
        for i, link in enumerate(links)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    )


def test_short_feed_entries_links_go_through_the_same_checks(inside, tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(feed([inside.base + "/story.html"]))
    (a,) = iter_articles([str(path)])
    assert isinstance(a, Article) and a.text == "Cuba and Mexico met on migration (0)."
    assert any("linked page not used: refused: 127.0.0.1 is a loopback" in n for n in a.notes)
    assert inside.hits == 0
    (a,) = iter_articles([str(path)], allow_hosts=["127.0.0.1"])
    assert "Iran and the European Union" in a.text and inside.hits == 1


def test_feed_posted_to_the_api_fetches_nothing(inside, tmp_path):
    body = feed([inside.base + "/story.html", inside.base + "/other.html"])
    srv = Server(tmp_path / "api.duckdb", token="t0k")
    try:
        r = httpx.post(srv.url + "/api/ingest", content=body.encode(),
                       headers={"Authorization": "Bearer t0k"}, timeout=120)  # fmt: skip
        assert r.status_code == 200, r.text
        assert r.json()["stored"] == 2
        texts = [a["text"] for a in _articles(srv.url)]
        assert sorted(texts) == [f"Cuba and Mexico met on migration ({i})." for i in (0, 1)]
    finally:
        srv.stop()
    assert inside.hits == 0


def test_api_fetches_only_when_the_operator_says_so(inside, tmp_path):
    body = feed([inside.base + "/story.html"])
    srv = Server(tmp_path / "api.duckdb", token="t0k", args=("--ingest-fetch",),
                 env_extra={"COMMUNIQUE_ALLOW_HOSTS": "127.0.0.1"})  # fmt: skip
    try:
        r = httpx.post(srv.url + "/api/ingest", content=body.encode(),
                       headers={"Authorization": "Bearer t0k"}, timeout=120)  # fmt: skip
        assert r.status_code == 200 and r.json()["stored"] == 1, r.text
        (art,) = _articles(srv.url)
        assert "Iran and the European Union" in art["text"]
    finally:
        srv.stop()
    assert inside.hits == 1


def _articles(base: str) -> list[dict]:
    items = httpx.get(base + "/api/articles", timeout=30).json()["items"]
    return [httpx.get(f"{base}/api/articles/{a['id']}", timeout=30).json() for a in items]


def test_help_documents_the_option():
    for cmd in ("ingest", "serve"):
        res = run_cli(cmd, "--help", timeout=60)
        assert "--allow-host" in res.stdout and "COMMUNIQUE_ALLOW_HOSTS" in res.stdout
    assert "--ingest-fetch" in run_cli("serve", "--help", timeout=60).stdout
