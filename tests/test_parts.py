"""Per-article limits by tokens (communique.parts): long stories coded in parts, over-long refused."""

from __future__ import annotations

import json
import random
import re

import duckdb
import pytest

from communique.model import Article, SourceError
from communique.parts import MAX_ARTICLE_TOKENS, PART_TOKENS, count_tokens, split_parts
from communique.pipeline import code_articles
from support import run_cli

SENTENCES = [
    "The foreign minister of {a} met his counterpart from {b} on Monday.",
    "{a} signed a fisheries agreement with {b} after two days of talks.",
    "{a} accused {b} of moving troops towards the river crossing.",
    "Officials said the next round would be held in the spring.",
    "{b} asked {a} to return the seized cargo ship within a week.",
    "The parliament of {a} debated the government's sanctions policy towards {b}.",
]
COUNTRIES = ["Chile", "Peru", "Kenya", "Norway", "Ghana", "Austria", "Jordan", "Uruguay"]


def story(paragraphs: int, seed: int = 0, sep: str = "\n\n") -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        a, b = rng.sample(COUNTRIES, 2)
        out.append(" ".join(rng.choice(SENTENCES).format(a=a, b=b) for _ in range(3)))
    return sep.join(out)


def test_tokens_are_words_and_other_characters():
    assert count_tokens("U.N.-led talks ended.") == 9
    assert count_tokens("(" * 20_000) == 100  # runs are counted as they are parsed: capped


@pytest.mark.parametrize("sep", ["\n\n", " "], ids=["paragraphs", "one_paragraph"])
def test_parts_cover_the_text_and_end_where_a_paragraph_or_sentence_ends(sep):
    text = story(60, sep=sep)
    spans = split_parts(text, 200)
    assert len(spans) > 3
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(a < b for a, b in spans) and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(count_tokens(text[a:b]) <= 200 for a, b in spans)
    ends = [text[:b].rstrip() for _, b in spans[:-1]]
    assert all(e.endswith(".") for e in ends)
    if sep == "\n\n":
        assert all(text[:b].endswith("\n\n") for _, b in spans[:-1])


def test_text_without_sentence_ends_is_cut_at_spaces():
    text = "word " * 3000
    spans = split_parts(text, 500)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[b - 1] == " " for _, b in spans[:-1])


def test_a_short_story_is_one_part():
    text = story(3)
    assert split_parts(text) == [(0, len(text))]


def test_long_story_is_coded_in_parts_as_one_article():
    text = story(24, seed=7)
    (whole,) = code_articles([Article(text=text, id="s1")])
    (parts,) = code_articles([Article(text=text, id="s1")], part_tokens=250)
    assert isinstance(parts, type(whole)) and parts.article.id == "s1"
    assert any(n.startswith("coded in ") and " parts of at most 250 tokens" in n
               for n in parts.article.notes)  # fmt: skip
    assert [s.index for s in parts.sentences] == list(range(len(parts.sentences)))
    assert all(text[s.start : s.end] == s.text for s in parts.sentences)
    assert parts.mentions and all(m.article_id == "s1" for m in parts.mentions)
    for m in parts.mentions:
        ev = m.evidence
        assert text[ev.start : ev.end] == ev.sentence_text
        assert parts.sentences[m.sentence].text == ev.sentence_text
    # cut at paragraph breaks, the parts give the events of the whole story; those coded from
    # their own sentence alone have the same ids (a part does not see the rest of the story, so
    # rules that read the story's context, such as its most frequent country, may differ)
    assert len(parts.mentions) == len(whole.mentions)
    assert _local_ids(parts.mentions) == _local_ids(whole.mentions)
    assert len(_local_ids(whole.mentions)) > len(whole.mentions) // 2


STORY_CONTEXT = (
    "in the story",
    "[date.story_reference]",
    "[recipient.accuser]",
    "[recipient.story_counterpart]",
    "earlier",
)


# the explanation's account of the confidence (rule confidence.weighed) names features of the
# whole story (rules:recipient_earlier_act ...): not a rule the reading itself was made by
CONFIDENCE_ACCOUNT = re.compile(r"confidence \d\.\d\d \([^)]*\) \[confidence\.weighed\]")


def _local_ids(mentions) -> list[str]:
    return sorted(
        m.id
        for m in mentions
        if not any(k in CONFIDENCE_ACCOUNT.sub("", m.explanation) for k in STORY_CONTEXT)
    )


def test_over_the_ceiling_is_refused_and_the_rest_coded():
    huge = Article(text="talks " * (MAX_ARTICLE_TOKENS + 10), id="huge", origin="big.txt")
    good = Article(text=story(2), id="good")
    out = list(code_articles([huge, good]))
    assert isinstance(out[0], SourceError) and out[0].origin == "big.txt"
    assert f"{MAX_ARTICLE_TOKENS + 10:,} tokens (limit {MAX_ARTICLE_TOKENS:,})" in out[0].reason
    assert "\n" not in out[0].reason
    assert not isinstance(out[1], SourceError) and out[1].article.id == "good" and out[1].mentions


@pytest.mark.slow
def test_ingest_and_code_split_a_story_longer_than_a_part(tmp_path):
    paragraphs = PART_TOKENS // 50
    while count_tokens(story(paragraphs, seed=3)) <= PART_TOKENS * 1.1:
        paragraphs += paragraphs // 10
    text = story(paragraphs, seed=3)
    long_file, huge_file, good_file = (tmp_path / n for n in ("long.txt", "huge.txt", "good.txt"))
    long_file.write_text(text)
    huge_file.write_text("talks " * (MAX_ARTICLE_TOKENS + 1))
    good_file.write_text(story(2, seed=4))
    db = tmp_path / "t.duckdb"
    res = run_cli("ingest", "-q", "--db", str(db), str(long_file), str(huge_file), str(good_file))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    skipped = [ln for ln in res.stderr.splitlines() if ln.startswith("skipped")]
    assert skipped == [
        f"skipped {huge_file}: article too long to code: {MAX_ARTICLE_TOKENS + 1:,} tokens "
        f"(limit {MAX_ARTICLE_TOKENS:,}); split it into stories"
    ]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT origin, id, notes FROM articles ORDER BY origin").fetchall()
        assert [r[0] for r in rows] == [str(good_file), str(long_file)]
        long_id = rows[1][1]
        assert f"coded in 2 parts of at most {PART_TOKENS:,} tokens" in str(rows[1][2])
        sents = con.execute(
            "SELECT idx, start_char, end_char, text FROM sentences WHERE article_id = ? "
            "ORDER BY idx", [long_id],
        ).fetchall()  # fmt: skip
    assert [s[0] for s in sents] == list(range(len(sents)))
    assert all(text[s[1] : s[2]] == s[3] for s in sents)
    # `communique code` splits the same way: events from the story's end, offsets in its text
    coded = run_cli("code", stdin=json.dumps({"id": "L", "text": text}) + "\n")
    assert coded.returncode == 0, coded.stderr
    assert f"L: coded in 2 parts of at most {PART_TOKENS:,} tokens" in coded.stderr
    events = [json.loads(ln) for ln in coded.stdout.splitlines()]
    assert {e["article_id"] for e in events} == {"L"}
    assert max(e["evidence"]["start"] for e in events) > len(text) * 0.9
    assert all(text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["sentence_text"]
               for e in events)  # fmt: skip
