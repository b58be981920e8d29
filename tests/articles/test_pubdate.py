"""Publication date: its source and precision, and the year inferred from the story's clues."""

from datetime import date

import pytest

from communique.articles import enrich
from communique.articles.dates import TODAY_ENV
from communique.articles.pubdate import banner_date, url_date
from communique.articles.yearinfer import clause_tense, infer_year
from communique.model import Article

TODAY = date(2026, 11, 23)


def story(text, **kw):
    return enrich(Article(text=text, **kw))


def test_no_year_anywhere_leaves_date_unknown():
    a = story(
        "Havana, March 5 (PL) -- Cuban diplomats met their Mexican counterparts to discuss "
        "migration and trade, the foreign ministry said."
    )
    assert a.dateline == "Havana" and a.dateline_date == "March 5"
    assert a.published is None and a.published_source is None
    assert any("year not inferred" in n for n in a.notes)


def test_lead_weekday_alone_gives_latest_matching_year(monkeypatch):
    monkeypatch.setenv(TODAY_ENV, TODAY.isoformat())  # (unpinned, 2029 from mid-June 2029)
    a = story(
        "Berlin, June 14 (dpa) -- Germany and France signed a defence pact on Thursday, "
        "officials said.\n\nThe pact covers joint exercises."
    )
    # June 14 fell on a Thursday in 2001, 2007, 2012 and 2018 (next: 2029).
    assert (a.published, a.published_source, a.published_precision) == (
        "2018-06-14",
        "inferred",
        "day",
    )
    assert any("2012/2018" in n for n in a.notes)
    assert a.publisher == "Deutsche Presse-Agentur"


def test_weekday_and_future_year_combine():
    text = (
        "SANTIAGO, March 3 (AP) — Chile and Argentina agreed on Tuesday to hold new talks on "
        "their disputed border.\n\nThe two countries will hold a summit in 2016."
    )
    result = infer_year(text, 3, 3, today=TODAY)
    assert result.year == 2015
    assert "before 2016" in result.note


def test_office_holder_title_bounds_the_year():
    text = (
        "Moscow, June 3 (TASS) -- Russian Prime Minister Vladimir Putin received the Cuban "
        "foreign minister on Friday."
    )
    # June 3 was a Friday in 1994, 2005, 2011, 2016, 2022; Putin was prime minister 2008-2012.
    result = infer_year(text, 6, 3, today=TODAY)
    assert result.year == 2011
    assert "Vladimir Putin prime minister" in result.note


def test_former_title_does_not_bound_the_year():
    text = "Moscow, June 3 (TASS) -- Former Prime Minister Vladimir Putin spoke on Friday."
    assert infer_year(text, 6, 3, today=TODAY).year == 2022


def test_past_and_future_years_alone_can_decide():
    text = (
        "Havana, May 8 (PL) -- The agreement, signed in 2018, has been renewed. "
        "The ministers will meet again in 2019."
    )
    result = infer_year(text, 5, 8, today=TODAY)
    assert result.year == 2018 and result.candidates == [2018]


def test_several_candidates_without_weekday_stay_unknown():
    text = "Havana, May 8 (PL) -- Cuba has condemned the blockade since 2014."
    result = infer_year(text, 5, 8, today=TODAY)
    assert result.year is None
    assert result.candidates[0] == 2014 and result.candidates[-1] == 2026


def test_contradicting_clues_give_no_year():
    text = "Havana, May 8 (PL) -- The talks began in 2020. They will end in 2019."
    assert infer_year(text, 5, 8, today=TODAY).year is None


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Putin is expected to visit the Caribbean country in 2019.", "2019", "future"),
        (
            "Lavrov rejected the US blockade at almost every session from 2014 to 2023.",
            "2023",
            "past",
        ),
        ("Russia is involved in the island's development programme until 2030.", "2030", "present"),
        ("In 2014, Russia annexed Crimea.", "2014", "past"),
        ("The summit will be held in Havana in 2020.", "2020", "future"),
        ("The Duma has passed a resolution every year in 2015.", "2015", "past"),
    ],
)
def test_clause_tense(sentence, word, tense):
    assert clause_tense(sentence, sentence.index(word))[0] == tense


def test_metadata_date_wins_over_url_and_dateline():
    a = story(
        "Havana, March 2 (RHC) -- Cuba protested new sanctions on Friday.",
        url="https://example.org/2020/01/01/cuba",
        published="2021-03-04T10:00:00+00:00",
    )
    assert (a.published, a.published_source, a.published_precision) == (
        "2021-03-04T10:00:00+00:00",
        "metadata",
        "day",
    )


def test_url_date_beats_dateline_inference():
    a = story(
        "Geneva, July 15 (Reuters) - Iran and the EU held talks on Monday.",
        url="https://example.org/news/2019/07/15/talks.html",
    )
    assert (a.published, a.published_source, a.published_precision) == ("2019-07-15", "url", "day")
    assert a.publisher == "Reuters"


def test_url_year_with_dateline_day():
    a = story(
        "Geneva, July 15 (Reuters) - Iran and the EU held talks.",
        url="https://example.org/news/2019/iran-talks",
    )
    assert (a.published, a.published_source) == ("2019-07-15", "url")


def test_dateline_with_year():
    a = story("Kyiv, 5 May 2022 – Ukraine asked its allies for more air defence systems.")
    assert (a.published, a.published_source, a.published_precision) == (
        "2022-05-05",
        "dateline",
        "day",
    )
    assert a.dateline == "Kyiv"


def test_unreadable_given_date_is_dropped_with_a_note():
    a = story("Some text about nothing in particular.", published="not a date at all")
    assert a.published is None
    assert any("not understood" in n for n in a.notes)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19 FEBRERO DE 2024", date(2024, 2, 19)),
        ("Monday, 3 March 2014", date(2014, 3, 3)),
        ("12 mars 2019", date(2019, 3, 12)),
        ("2021-06-30", date(2021, 6, 30)),
        ("VISITA A CUBA DEL EXCMO.", None),
        ("Cuba and Russia sign agreement in 2019", None),
        ("*MinRex*", None),
    ],
)
def test_banner_dates(line, expected):
    assert banner_date(line) == expected


def test_url_dates():
    assert url_date("https://x.org/2018/11/02/story") == ("2018-11-02", "day")
    assert url_date("https://x.org/news/20181102-story") == ("2018-11-02", "day")
    assert url_date("https://x.org/2018/11/story") == ("2018-11", "month")
    assert url_date("https://www.radiohc.cu/en/noticias/nacionales/175587-cuban") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("By A Writer | Updated: Mar 04, 2021, 10:15 IST", date(2021, 3, 4)),
        ("Posted on Tuesday, 2 February 2021 by the desk", date(2021, 2, 2)),
        ("This article is from x. First published 2021-02-03T08:00:00Z", date(2021, 2, 3)),
        # a stated publication beats an update, wherever it stands
        ("Last updated: June 9, 2022. Published: June 8, 2022", date(2022, 6, 8)),
        ("We updated our privacy policy on our site", None),  # no date after the label
        ("Published: Jan 5", None),  # no year: not enough to date a story
        ("Published: February 30, 2021", None),  # no such day
    ],
)
def test_labelled_page_dates(text, want):
    from communique.articles.pubdate import labelled_date

    assert labelled_date(text) == want


def test_html_page_without_date_metadata_takes_its_labelled_date():
    from communique.sources.html import html_article

    body = " ".join(["The Chilean foreign minister met his Peruvian counterpart in Lima."] * 8)
    page = (
        "<html><head><title>Ministers meet</title></head><body>"
        "<div>This story is from October 12, 2021</div><article><h1>Ministers meet</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    # the extractor finds no date in this page's metadata; the label outside the story dates it
    a = html_article(page, url="https://news.example.org/world/ministers-meet")
    assert (a.published, a.published_source, a.published_precision) == ("2021-10-12", "page", "day")


def test_a_pinned_today_decides_the_year_of_a_yearless_dateline(monkeypatch):
    # the same page, re-ingested in another year, keeps its date when "today" is pinned
    text = (
        "Accra, May 6 (GNA) -- Ghana and Togo opened a joint customs post on Tuesday, the "
        "trade ministry said.\n\nThe post will handle cargo around the clock."
    )
    # May 6 fell on a Tuesday in 2008, 2014 and 2025 (next: 2031)
    monkeypatch.setenv(TODAY_ENV, "2026-11-23")
    assert story(text).published == "2025-05-06"
    monkeypatch.setenv(TODAY_ENV, "2032-01-10")
    assert story(text).published == "2031-05-06"
    monkeypatch.setenv(TODAY_ENV, "2031-05-01")  # the 2031 date is still ahead: not yet
    assert story(text).published == "2025-05-06"


def test_a_pinned_today_bounds_dates_in_urls(monkeypatch):
    url = "https://news.example.org/2030/04/09/ministers-meet"
    monkeypatch.setenv(TODAY_ENV, "2030-05-01")
    assert url_date(url) == ("2030-04-09", "day")
    monkeypatch.setenv(TODAY_ENV, "2030-04-01")  # a date after "today" is no publication date
    assert url_date(url) == ("2030-04", "month")
    monkeypatch.setenv(TODAY_ENV, "not a date")
    with pytest.raises(ValueError, match=TODAY_ENV):
        url_date(url)
