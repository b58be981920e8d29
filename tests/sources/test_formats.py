"""Every input format becomes Articles with clean text and metadata."""

import io
import json

from communique.model import Article, SourceError
from communique.sources import iter_articles, read_jsonl_articles

MARKDOWN_STORY = """
# *Bolivia y Perú firman un acuerdo fronterizo*

---

*Cancillería*

3 DE MARZO DE 2021

---

Foto: Cancillería de Bolivia

La Paz, 3 mar (PL) -- Bolivia y Perú firmaron hoy un acuerdo de cooperación fronteriza por \\$12 millones, informó la cancillería boliviana en un **comunicado**.

El acuerdo *entrará en vigor* el próximo mes, según el [texto oficial](https://example.org/texto).

---

<https://example.org/noticias/bolivia-peru>
"""

PUBLISHER_BEFORE_URL = """# *Cuba and Mexico discuss migration*

---

Havana, March 5 (PL) -- Cuban diplomats met their Mexican counterparts to discuss migration and trade, the ministry said.

The next round is due in Mexico City.

**Granma**

<https://example.org/cuba-mexico>
"""

PLAIN_STORY = """Chile and Argentina agree on border talks

SANTIAGO, March 3 (AP) — Chile and Argentina agreed on Tuesday to hold new talks on their disputed border, the foreign ministers said in a joint statement.

The two countries will hold a summit in 2016.
"""


def one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_markdown_story(tmp_path):
    f = tmp_path / "bolivia.md"
    f.write_text(MARKDOWN_STORY, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert isinstance(a, Article)
    assert a.format == "markdown" and a.origin == str(f) and a.id
    assert a.title == "Bolivia y Perú firman un acuerdo fronterizo"
    assert (a.published, a.published_source) == ("2021-03-03", "banner")
    assert a.language == "es"
    assert a.dateline == "La Paz" and a.dateline_date == "3 mar"
    assert a.publisher == "Prensa Latina"  # no publisher line: the dateline agency
    assert a.url == "https://example.org/noticias/bolivia-peru"
    paras = a.text.split("\n\n")
    assert paras[0].startswith("La Paz, 3 mar (PL) -- Bolivia y Perú firmaron hoy")
    assert "$12 millones" in paras[0] and "comunicado." in paras[0]
    assert paras[1] == "El acuerdo entrará en vigor el próximo mes, según el texto oficial."
    for junk in ("Foto", "MARZO", "Cancillería*", "*", "\\", "https://", "---"):
        assert junk not in a.text


def test_publisher_line_wins_over_agency(tmp_path):
    f = tmp_path / "mexico.txt"
    f.write_text(PUBLISHER_BEFORE_URL, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.publisher == "Granma"
    assert a.url == "https://example.org/cuba-mexico"
    assert a.text.endswith("The next round is due in Mexico City.")
    assert "Granma" not in a.text


def test_plain_text_story(tmp_path):
    f = tmp_path / "chile.txt"
    f.write_text(PLAIN_STORY, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "text"
    assert a.title == "Chile and Argentina agree on border talks"
    assert a.text.startswith("SANTIAGO, March 3 (AP) — Chile")
    assert a.dateline == "Santiago" and a.publisher == "Associated Press"
    assert (a.published, a.published_source) == ("2015-03-03", "inferred")


def test_plain_text_without_title(tmp_path):
    f = tmp_path / "untitled.txt"
    f.write_text(
        "Cuba and Russia signed a trade agreement in Havana, officials said.\n", encoding="utf-8"
    )
    a = one(iter_articles([str(f)]))
    assert a.title is None
    assert a.text == "Cuba and Russia signed a trade agreement in Havana, officials said."


def test_unknown_extension_text_is_read_as_plain_text(tmp_path):
    f = tmp_path / "story.wire"
    f.write_text(PLAIN_STORY, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "text" and a.dateline == "Santiago"


HTML_PAGE = """<!DOCTYPE html><html><head><title>Cuba protests sanctions | Radio Example</title>
<meta property="og:site_name" content="Radio Example">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="canonical" href="https://example.org/news/cuba-protests"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Cuba protests sanctions</h1>
<p>Havana, March 2 (RHC) -- Cuba on Thursday protested new sanctions imposed by the United States, the foreign ministry said in a statement issued in the capital.</p>
<p>The ministry called the measures illegal and demanded that they be lifted immediately, adding that they harm ordinary families.</p>
</article><footer>Copyright Radio Example</footer></body></html>"""


def test_html_page(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "html"
    assert a.title == "Cuba protests sanctions"
    assert a.publisher == "Radio Example"
    assert a.url == "https://example.org/news/cuba-protests"
    assert (a.published, a.published_source) == ("2021-03-04", "metadata")
    assert a.dateline == "Havana"
    assert a.text.startswith("Havana, March 2 (RHC) -- Cuba on Thursday protested")
    assert "\n\nThe ministry called" in a.text
    assert "Home" not in a.text and "Copyright" not in a.text


def test_html_date_is_the_articles_not_a_nested_images(tmp_path):
    # JSON-LD whose photo was published the evening before the article itself
    ld = (
        '<script type="application/ld+json">{"@context": "http://schema.org/", '
        '"@type": "NewsArticle", "image": [{"@type": "ImageObject", '
        '"datePublished": "2021-03-03T21:40Z"}], "datePublished": "2021-03-04T08:00Z"}'
        "</script>"
    )
    page = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2021-03-04T10:00:00Z">', ld
    )
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert (a.published, a.published_source) == ("2021-03-04", "metadata")


def test_html_sniffed_without_extension(tmp_path):
    f = tmp_path / "download"
    f.write_text(HTML_PAGE, encoding="utf-8")
    assert one(iter_articles([str(f)])).format == "html"


def test_malformed_html_still_gives_text(tmp_path):
    f = tmp_path / "broken.htm"
    f.write_text(
        "<html><body><div><p>Havana, March 3 (PL) -- Cuba <b>condemned the blockade<p>Second para",
        encoding="utf-8",
    )
    a = one(iter_articles([str(f)]))
    assert isinstance(a, Article)
    assert "condemned the blockade" in a.text


def test_jsonl_file(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "s1",
                "text": "Havana, May 8 (PL) -- Cuba signed a deal.",
                "published": "2020-05-08",
            }
        ),
        '{"text": "broken',
        json.dumps({"title": "no text here"}),
        "",
        json.dumps(
            {
                "text": "Russia and Cuba agreed to cooperate.",
                "title": "T",
                "language": "en",
                "url": "https://x.org/a",
            }
        ),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([str(f)]))
    assert len(items) == 4
    a1, err2, err3, a5 = items
    assert a1.id == "s1" and a1.origin == f"{f}:1" and a1.format == "jsonl"
    assert (a1.published, a1.published_source, a1.published_precision) == (
        "2020-05-08",
        "metadata",
        "day",
    )
    assert a1.dateline == "Havana" and a1.publisher == "Prensa Latina"
    assert isinstance(err2, SourceError) and str(err2).startswith(f"{f}:2: invalid JSON (")
    assert isinstance(err3, SourceError) and err3.origin == f"{f}:3" and "text" in err3.reason
    assert a5.origin == f"{f}:5" and a5.title == "T" and a5.url == "https://x.org/a" and a5.id


def test_read_jsonl_articles_for_code_command():
    stream = io.StringIO(
        json.dumps({"text": "Moscow, November 2 (RHC)-- Cuba and Russia met on Friday."})
        + "\n{bad\n"
    )
    a, err = list(read_jsonl_articles(stream))
    assert a.origin == "stdin:1" and a.id and a.dateline == "Moscow"
    assert err.origin == "stdin:2" and err.reason.startswith("invalid JSON")


def test_jsonl_text_in_markdown_form_keeps_text_and_reads_metadata():
    text = PUBLISHER_BEFORE_URL
    a = next(read_jsonl_articles([json.dumps({"text": text})]))
    assert a.text == text  # offsets stay valid in the caller's text
    assert a.title == "Cuba and Mexico discuss migration"
    assert a.publisher == "Granma" and a.url == "https://example.org/cuba-mexico"
    assert a.dateline == "Havana"


def test_json_array_file(tmp_path):
    f = tmp_path / "batch.json"
    f.write_text(json.dumps([{"text": "Cuba and Russia met."}, {"text": "Chile protested."}]))
    items = list(iter_articles([str(f)]))
    assert [a.text for a in items] == ["Cuba and Russia met.", "Chile protested."]
    assert items[1].origin == f"{f}[2]"


def test_stdin_jsonl_and_story():
    data = (json.dumps({"text": "Cuba and Russia met."}) + "\n").encode()
    a = one(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert a.format == "jsonl" and a.origin == "stdin:1"
    b = one(iter_articles(["-"], stdin=io.StringIO(PLAIN_STORY)))
    assert b.format == "text" and b.origin == "stdin" and b.title.startswith("Chile")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Radio Example</title><link>https://example.org/</link>
<item><title>Cuba and Vietnam sign rice deal</title><link>https://example.org/rice</link>
<pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Havana, March 2 (RHC) -- Cuba and Vietnam signed an agreement on Tuesday under which Vietnam will supply rice to the island over the next five years, the ministry of foreign trade said.</p><p>The deal, worth several million dollars, also covers technical assistance for Cuban farmers, joint research and training programmes for agronomists.</p>]]></content:encoded>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Short entry</title><link href="urn:example:1"/><id>urn:example:1</id>
<updated>2022-05-05T08:00:00Z</updated><summary>Kyiv asked for more air defence.</summary></entry>
</feed>"""


def test_rss_feed_file(tmp_path):
    f = tmp_path / "news.rss"
    f.write_text(RSS, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "feed" and a.origin == f"{f}#1"
    assert a.title == "Cuba and Vietnam sign rice deal" and a.url == "https://example.org/rice"
    assert (a.published, a.published_source) == ("2021-03-02", "metadata")
    assert a.text.startswith("Havana, March 2 (RHC) -- Cuba and Vietnam") and "<p>" not in a.text
    assert "\n\nThe deal" in a.text


def test_atom_feed_sniffed(tmp_path):
    f = tmp_path / "feed.data"
    f.write_text(ATOM, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "feed" and a.text == "Kyiv asked for more air defence."
    assert a.published == "2022-05-05"


def test_utf16_and_bom_files(tmp_path):
    f = tmp_path / "utf16.txt"
    f.write_bytes("Bogotá, March 3 (EFE) -- Colombia protested.".encode("utf-16"))
    a = one(iter_articles([str(f)]))
    assert a.text.startswith("Bogotá") and a.publisher == "EFE"
    g = tmp_path / "bom.txt"
    g.write_bytes(b"\xef\xbb\xbfCuba protested the sanctions.")
    assert one(iter_articles([str(g)])).text == "Cuba protested the sanctions."


def test_windows_1252_text_is_read_with_a_note(tmp_path):
    f = tmp_path / "cp1252.txt"
    f.write_bytes(
        "Bogotá, March 3 (EFE) -- Colombia’s president met Perú’s envoy.".encode("cp1252")
    )
    a = one(iter_articles([str(f)]))
    assert isinstance(a, Article)
    assert a.text.startswith("Bogotá, March 3") and "Colombia’s" in a.text
    assert any("Windows-1252" in n for n in a.notes)


def test_folder_recursive_skips_hidden(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Cuba and Russia met in Havana.")
    (tmp_path / "a" / ".draft.txt").write_text("hidden draft")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("hidden folder")
    (tmp_path / "two.md").write_text("Chile protested.")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    items = list(iter_articles([str(tmp_path)]))
    texts = [i.text for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, SourceError)]
    assert sorted(texts) == ["Chile protested.", "Cuba and Russia met in Havana."]
    assert len(errors) == 1 and errors[0].origin.endswith("logo.png")


def test_glob_pattern(tmp_path):
    (tmp_path / "stories" / "2024").mkdir(parents=True)
    (tmp_path / "stories" / "2024" / "x.txt").write_text("Cuba protested.")
    (tmp_path / "stories" / "y.txt").write_text("Chile protested.")
    (tmp_path / "stories" / "z.html").write_text(HTML_PAGE)
    items = list(iter_articles([str(tmp_path / "stories" / "**" / "*.txt")]))
    assert sorted(a.text for a in items) == ["Chile protested.", "Cuba protested."]


def test_same_file_twice_is_read_once(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Cuba protested.")
    assert len(list(iter_articles([str(f), str(tmp_path)]))) == 1


def test_ids_are_stable(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(PLAIN_STORY)
    assert one(iter_articles([str(f)])).id == one(iter_articles([str(f)])).id


def test_markdown_body_cleaning():
    from communique.sources.story import parse_story

    text = (
        "# Cuba and Peru talk trade\n\n"
        "Lima, June 2 (EFE) -- Peru and Cuba held _trade_ talks, ministers said.\n\n"
        "![map](https://example.org/map.png)\n\n"
        "Photo: EFE/Archive\n\n"
        "The agenda included:\n\n"
        "- sugar exports,\n- medical cooperation.\n\n"
        "Read the [full statement](https://example.org/s) &amp; annexes at \\*the\\* ministry.\n\n"
        "Tags: Cuba, Peru\n"
    )
    parts = parse_story(text)
    assert parts.title == "Cuba and Peru talk trade"
    assert parts.body.split("\n\n") == [
        "Lima, June 2 (EFE) -- Peru and Cuba held trade talks, ministers said.",
        "The agenda included:",
        "sugar exports,",
        "medical cooperation.",
        "Read the full statement & annexes at *the* ministry.",
    ]


def test_hard_wrapped_plain_text_is_one_paragraph(tmp_path):
    f = tmp_path / "wrapped.txt"
    f.write_text(
        "Cuba rejects new US measures\n"
        "HAVANA (AP) -- Cuba on Monday rejected new measures announced by\n"
        "the United States government, calling them a violation of\n"
        "international law.\n"
    )
    a = one(iter_articles([str(f)]))
    assert a.title == "Cuba rejects new US measures"
    assert a.text == (
        "HAVANA (AP) -- Cuba on Monday rejected new measures announced by "
        "the United States government, calling them a violation of international law."
    )
    assert a.dateline == "Havana"


def test_txt_file_holding_html_is_read_as_html(tmp_path):
    f = tmp_path / "saved.txt"
    f.write_text(HTML_PAGE, encoding="utf-8")
    a = one(iter_articles([str(f)]))
    assert a.format == "html" and a.title == "Cuba protests sanctions"
