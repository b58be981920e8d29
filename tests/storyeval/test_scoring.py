"""Story scoring rules on hand-made coded events (no coder): parties, symmetry, modality, dates,
forbidden windows, noise pages, finding the article; and one-line errors for bad gold files."""

from __future__ import annotations

import json

import pytest

from communique.storyeval.gold import GoldError, load_gold
from communique.storyeval.score import find_article, score_story, totals


def _gold(tmp_path, stories: dict) -> dict:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"stories": stories}))
    return load_gold(path)


def ev(etype, actor=(), recipient=(), modality="asserted", date="2031-03-04"):
    return {
        "event_type": etype,
        "actor": [{"country": c} for c in actor],
        "recipient": [{"code": c + "GOV"} for c in recipient],
        "modality": modality,
        "date": date,
        "evidence": {"sentence_text": f"{etype} sentence"},
    }


STORY = {
    "url": "https://example.org/a",
    "published": "2031-03-04",
    "events": [
        {"id": "talks", "types": ["CONSULT"], "actor": ["CHL"], "recipient": ["PER"],
         "symmetric": True, "date": "2031-03-04", "required": True},
        {"id": "plan", "types": ["AGREE"], "actor": ["CHL"], "recipient": [],
         "date_from": "2031-03-01", "date_to": "2031-03-10", "modality": ["future"],
         "required": True},
        {"id": "old-protest", "types": ["ACCUSE"], "actor": ["PER"], "recipient": ["CHL"],
         "date": "2024", "required": False},
    ],
    "forbidden": [
        {"id": "protest-as-current", "types": ["ACCUSE"], "actor": ["PER"], "recipient": ["CHL"],
         "date_from": "2031-03-01", "date_to": "2031-03-31"},
    ],
}  # fmt: skip


def test_symmetric_swapped_and_joint_parties_match_but_a_stranger_does_not(tmp_path):
    story = _gold(tmp_path, {"a.html": STORY})["a.html"]
    for coded in (ev("CONSULT", ["PER"], ["CHL"]), ev("CONSULT", ["CHL", "PER"])):
        s = score_story(story, {"id": "x"}, [coded])
        assert (s.found_required, s.matching) == (1, 1), coded
    s = score_story(story, {"id": "x"}, [ev("CONSULT", ["CHL"], ["BOL"])])
    assert (s.found_required, s.matching) == (0, 0)
    assert s.missed == ["talks (no event)", "plan (no event)"]


def test_modality_and_dates_decide_recall_but_only_modality_precision(tmp_path):
    story = _gold(tmp_path, {"a.html": STORY})["a.html"]
    asserted_plan = ev("AGREE", ["CHL"], modality="asserted")  # gold wants future
    negated_talks = ev("CONSULT", ["CHL"], ["PER"], modality="negated")
    late_talks = ev("CONSULT", ["CHL"], ["PER"], date="2031-03-05")
    month_plan = ev("AGREE", ["CHL"], modality="future", date="2031-03")  # overlaps the window
    s = score_story(story, {"id": "x"}, [asserted_plan, negated_talks, late_talks, month_plan])
    assert s.found_required == 1 and s.missed == ["talks (date '2031-03-05')"]
    assert (s.predicted, s.matching) == (4, 2)
    assert s.recall == 0.5 and s.precision == 0.5
    assert len(s.extra) == 2 and all(e.startswith(("AGREE", "CONSULT")) for e in s.extra)


def test_forbidden_fires_only_inside_its_window(tmp_path):
    story = _gold(tmp_path, {"a.html": STORY})["a.html"]
    history = ev("ACCUSE", ["PER"], ["CHL"], date="2024-06-01")
    as_current = ev("ACCUSE", ["PER"], ["CHL"], date="2031-03-04")
    s = score_story(story, {"id": "x"}, [history, as_current])
    assert s.forbidden == ["protest-as-current"]
    assert s.matching == 2  # both match the optional entry: precision does not check dates


def test_noise_pages_count_every_event_and_totals_pool_events(tmp_path):
    gold = _gold(tmp_path, {
        "a.html": STORY,
        "cake.txt": {"title": "A lemon cake", "noise": True, "events": []},
        "lost.txt": {"title": "Nobody ingested this", "events": [
            {"id": "x", "types": ["AID"], "required": True}]},
    })  # fmt: skip
    scores = [
        score_story(gold["a.html"], {"id": "a", "published": "2031-03-04"},
                    [ev("CONSULT", ["CHL"], ["PER"])]),
        score_story(gold["cake.txt"], {"id": "c"}, [ev("ASSAULT"), ev("AID")]),
        score_story(gold["lost.txt"], None, []),
    ]  # fmt: skip
    t = totals(scores)
    assert (t["required"], t["required_found"], t["recall"]) == (3, 1, round(1 / 3, 4))
    assert (t["predicted"], t["matching"], t["precision"]) == (3, 1, round(1 / 3, 4))
    assert (t["noise_pages"], t["noise_events"], t["articles_not_found"]) == (1, 2, 1)
    assert (t["pubdate_ok"], t["pubdate_checked"], t["forbidden"]) == (1, 1, 0)


def test_article_found_by_url_else_by_title_start(tmp_path):
    gold = _gold(tmp_path, {
        "a.html": STORY,
        "b.txt": {"title": "Rivers  rise in the NORTH after a week of rain", "events": []},
    })  # fmt: skip
    arts = [
        {"id": "1", "url": "https://example.org/a", "title": "whatever"},
        {"id": "2", "url": None, "title": "Rivers rise in the north after a week of rain | Site"},
        {"id": "3", "url": None, "title": "Rivers"},
    ]
    assert find_article(gold["a.html"], arts)["id"] == "1"
    assert find_article(gold["b.txt"], arts)["id"] == "2"
    assert find_article(gold["b.txt"], arts[:1]) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "gold.json: not JSON"),
        ('{"items": []}', 'gold.json: no "stories" object'),
        ('{"stories": {"a.txt": {"title": "T"}}}', "story 'a.txt': \"events\" must be a list"),
        ('{"stories": {"a.txt": {"title": "T", "events": [{"id": "e", "required": true}]}}}',
         "story 'a.txt', event 'e': \"types\" must be a non-empty list"),
        ('{"stories": {"a.txt": {"title": "T", "events": [{"id": "e", "types": ["VISIT"], '
         '"required": true}]}}}', "'VISIT' is not a PLOVER type"),
        ('{"stories": {"a.txt": {"title": "T", "events": [{"id": "e", "types": ["AID"]}]}}}',
         '"required" must be true or false'),
        ('{"stories": {"a.txt": {"title": "T", "events": [{"id": "e", "types": ["AID"], '
         '"required": true, "date": "4 March"}]}}}', "'date' '4 March' is not YYYY"),
        ('{"stories": {"a.txt": {"events": []}}}', 'needs a "url" or a "title"'),
    ],
)  # fmt: skip
def test_bad_gold_files_give_one_line_naming_file_and_problem(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content)
    with pytest.raises(GoldError) as exc:
        load_gold(path)
    text = str(exc.value)
    assert message in text and str(path) in text and "\n" not in text
