"""A capitalised day word inside a name ("the New Tomorrow Party", "Tomorrow Together") dates
nothing: the act keeps its own day (coding/dates.py, _in_name). Invented stories."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from communique.nlp import get_nlp

    return get_nlp()


def _code(nlp, text: str, published: str = "2026-05-04"):
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, id="days", published=published), nlp(text))


def test_party_named_tomorrow_does_not_make_its_act_future(nlp):
    text = "The New Tomorrow Party accused the Freedonian government of rigging the count."
    (m,) = [m for m in _code(nlp, text) if m.evidence.trigger == "accused"]
    assert m.date == "2026-05-04"
    assert m.modality != "future"


def test_opposition_movement_named_tomorrow_keeps_its_act_current(nlp):
    text = "Opposition movement Tomorrow Together condemned the arrest of its Freedonian leader."
    (m,) = [m for m in _code(nlp, text) if m.evidence.trigger == "condemned"]
    assert m.date == "2026-05-04"
    assert m.modality != "future"


def test_day_word_still_dates_acts_when_it_is_a_day(nlp):
    text = "Tomorrow, Freedonian ministers will meet Ruritanian envoys in the capital."
    dates = {m.date for m in _code(nlp, text)}
    assert dates == {"2026-05-05"}
