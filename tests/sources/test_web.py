"""http(s) inputs against a real local server: pages, feeds linking to pages, failures."""

from communique.model import Article, SourceError
from communique.sources import iter_articles

PAGE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:site_name" content="Local Wire"></head>
<body><article><h1>{title}</h1>
<p>{dateline} -- {lead} The statement was read out at a press conference and later published on the ministry website.</p>
<p>Officials from both sides said further meetings would follow in the coming weeks, without giving dates.</p>
</article></body></html>"""


def page(title, dateline, lead):
    return PAGE.format(title=title, dateline=dateline, lead=lead)


def test_html_url(site):
    url = site.add(
        "/news/2019/07/15/iran-eu.html",
        page("Iran and EU hold talks", "Geneva, July 15 (Reuters)", "Iran and the EU held talks."),
    )
    (a,) = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert isinstance(a, Article)
    assert a.format == "html" and a.origin == url and a.url == url
    assert a.title == "Iran and EU hold talks" and a.publisher == "Local Wire"
    assert a.text.startswith("Geneva, July 15 (Reuters) -- Iran and the EU held talks.")
    assert (a.published, a.published_source) == ("2019-07-15", "url")
    assert any(ua.startswith("communique/0.1") for ua in site.user_agents)


def test_redirect_is_followed(site):
    target = site.add(
        "/moved/story.html",
        page("Moved story", "Lima, May 2 (EFE)", "Peru recalled its ambassador."),
    )
    url = site.add("/old/story.html", target.encode(), status=301)
    (a,) = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert a.url == target and a.origin == url and "Peru recalled" in a.text


def test_feed_entries_are_completed_from_linked_pages(site):
    link1 = site.add(
        "/feed/one.html",
        page(
            "Cuba and Mexico meet", "Havana, March 5 (PL)", "Cuba and Mexico discussed migration."
        ),
    )
    link2 = site.add(
        "/feed/two.html",
        page("Chile protests", "Santiago, March 6 (AP)", "Chile protested a border incident."),
    )
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire feed</title>
    <item><title>Cuba and Mexico meet</title><link>{link1}</link><pubDate>Fri, 05 Mar 2021 09:00:00 GMT</pubDate>
    <description>Cuba and Mexico discussed migration.</description></item>
    <item><title>Chile protests</title><link>{link2}</link>
    <description>&lt;p&gt;Chile protested.&lt;/p&gt;</description></item>
    <item><title>Gone</title><link>{site.base}/feed/missing.html</link><description>A short summary survives.</description></item>
    </channel></rss>"""
    url = site.add("/feed.rss", rss, content_type="application/rss+xml")
    one, two, three = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert one.format == "feed" and one.origin == f"{url}#1" and one.url == link1
    assert one.text.startswith("Havana, March 5 (PL) -- Cuba and Mexico discussed migration.")
    assert "press conference" in one.text
    assert (one.published, one.published_source) == ("2021-03-05", "metadata")
    assert one.title == "Cuba and Mexico meet" and one.publisher == "Local Wire"
    assert two.dateline == "Santiago" and "border incident" in two.text
    assert three.text == "A short summary survives."
    assert any("HTTP 404" in n for n in three.notes)


def test_http_404(site):
    url = site.base + "/no/such/page.html"
    (err,) = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert isinstance(err, SourceError)
    assert (err.origin, err.reason) == (url, "could not fetch: HTTP 404 Not Found")


def test_connection_refused_and_batch_goes_on(site, closed_port_url):
    good = site.add(
        "/ok.txt", "Cuba protested the sanctions, the ministry said.", content_type="text/plain"
    )
    err, ok = iter_articles([closed_port_url, good], allow_hosts=["127.0.0.1"])
    assert isinstance(err, SourceError) and err.reason == "could not fetch: connection refused"
    assert isinstance(ok, Article) and ok.format == "text"


def test_jsonl_and_binary_urls(site):
    url = site.add(
        "/batch.jsonl", '{"text": "Cuba met Russia."}\n{oops\n', content_type="application/x-ndjson"
    )
    a, err = iter_articles([url], allow_hosts=["127.0.0.1"])
    assert a.origin == f"{url}:1" and err.origin == f"{url}:2"
    png = site.add("/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00", content_type="image/png")
    (err,) = iter_articles([png], allow_hosts=["127.0.0.1"])
    assert err.reason == "binary file, not text (looks like PNG image)"


def test_response_size_cap(site):
    url = site.add("/big.txt", "Cuba protested. " * 1000, content_type="text/plain")
    (err,) = iter_articles([url], max_bytes=1000, allow_hosts=["127.0.0.1"])
    assert err.reason.startswith("response too large")
