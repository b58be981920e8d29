"""Plain-text pages (branch noise10): a line with a list right under it, with no blank line
between ("Most read" then "1. ..." lines, "You may also like" then "- ..." lines), is a heading
and its items, not one wrapped paragraph; so a "most read" or related-stories rail at the end
of a plain-text page is recognised as furniture and its headlines are not read as the story."""

from __future__ import annotations

from communique.model import Article
from communique.sources import iter_articles

BODY = (
    "Garden Notes | Weekend\n\n"
    "How to keep your tomatoes happy through a wet July\n\n"
    "By Jo Fenwick\nSaturday 11 July 2026\n\n"
    "After a month of rain, many readers have written in about tomato plants with yellow "
    "leaves and split fruit. The answer is usually simple: water less, feed more and open the "
    "greenhouse door on warm mornings.\n\n"
    "Pinch out the side shoots every few days and take off the lower leaves once the first "
    "truss has set. If blight appears, remove the plant and bin it rather than composting it.\n\n"
)


def _text(tmp_path, rail: str) -> str:
    page = tmp_path / "column.txt"
    page.write_text(BODY + rail, encoding="utf-8")
    (article,) = [a for a in iter_articles([str(page)]) if isinstance(a, Article)]
    return article.text


def test_a_numbered_most_read_rail_is_not_story_text(tmp_path):
    text = _text(
        tmp_path,
        "Most read\n1. Finance minister quits over budget leak\n"
        "2. Border talks collapse as envoys walk out\n3. Ten ways to use up courgettes\n",
    )
    assert "Pinch out the side shoots" in text
    assert "minister" not in text and "envoys" not in text


def test_a_dashed_related_list_is_not_story_text(tmp_path):
    text = _text(
        tmp_path,
        "You may also like\n- Rebels seize second city after week of fighting\n"
        "- Parliament votes to extend state of emergency\n- The best hanging baskets\n",
    )
    assert "blight appears" in text
    assert "Rebels" not in text and "Parliament" not in text


def test_wrapped_prose_with_a_dash_is_still_one_paragraph(tmp_path):
    text = _text(
        tmp_path,
        "Readers often ask whether to grow in pots or beds and the honest answer\n"
        "- as with most things in the garden - is that it depends on the space you have.\n",
    )
    assert "answer - as with most things" in text
