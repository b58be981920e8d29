"""The two example stories shipped with the project brief (skipped when absent)."""

from pathlib import Path

import pytest

from communique.model import Article
from communique.sources import iter_articles

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")


@pytest.fixture(scope="module")
def seeds():
    items = list(iter_articles([str(SEEDS)]))
    assert all(isinstance(a, Article) for a in items)
    return {Path(a.origin).name[:3]: a for a in items}


def test_seed_000(seeds):
    a = seeds["000"]
    assert a.title == "Russia and Cuba to strengthen strategic ties with Lavrov visit"
    assert a.publisher == "Radio Habana Cuba"
    assert a.url == (
        "https://www.radiohc.cu/en/noticias/nacionales/"
        "347578-russia-and-cuba-to-strengthen-strategic-ties-with-lavrov-visit"
    )
    assert (a.published, a.published_source, a.published_precision) == (
        "2024-02-19",
        "banner",
        "day",
    )
    assert a.dateline == "Havana" and a.dateline_date == "February 19"
    assert a.language == "en" and a.format == "markdown"
    assert a.text.startswith("Havana, February 19 (RHC) -- Cuba and Russia are seeking")
    assert a.text.endswith("(Source: Prensa Latina).")
    for banner in ("MinRex", "FEBRERO", "LAVROV**", "Photo:", "radiohc.cu", "**", "---"):
        assert banner not in a.text


def test_seed_001(seeds):
    a = seeds["001"]
    assert (a.published, a.published_source, a.published_precision) == (
        "2018-11-02",
        "inferred",
        "day",
    )
    assert a.dateline == "Moscow" and a.dateline_date == "November 2"
    assert a.title == "Cuban and Russian presidents sign Strategic Partnership Agreement in Moscow"
    assert a.publisher == "Radio Habana Cuba"
    assert "$250 million" in a.text and "\\$" not in a.text
    assert a.text.startswith("Moscow, November 2 (RHC)-- Cuban President Miguel Diaz-Canel")
    note = next(n for n in a.notes if n.startswith("year 2018 inferred"))
    assert "2019" in note and "Díaz-Canel" in note


def test_seed_paragraphs_are_separated_by_blank_lines(seeds):
    paras = seeds["001"].text.split("\n\n")
    assert len(paras) == 8
    assert all(p.strip() == p and "\n" not in p for p in paras)
