"""The two example stories, coded as a user would: the events an analyst expects are there."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def story(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def moscow(code):
    return code(story("001_1d8f4ba8d034809e.txt"), when="2018-11-02")


@pytest.fixture(scope="module")
def havana(code):
    return code(story("000_5f58951783bee3b5.txt"), when="2024-02-19")


def codes(actors):
    return {a.code for a in actors}


def test_meeting_and_signing_between_cuba_and_russia(moscow):
    met = [m for m in moscow if m.event_type == "CONSULT" and m.evidence.trigger == "met"]
    assert met and codes(met[0].actor) == {"CUBGOV"} and codes(met[0].recipient) == {"RUSGOV"}
    assert met[0].date == "2018-11-02"
    signed = [
        m for m in moscow if m.cameo == "057" and "Diaz-Canel met" in m.evidence.sentence_text
    ]
    assert any({"CUBGOV", "RUSGOV"} <= codes(m.actor) | codes(m.recipient) for m in signed)


def test_putins_expected_visit_is_future_agree(moscow):
    visit = [
        m
        for m in moscow
        if "expected to visit" in m.evidence.sentence_text and m.event_type == "AGREE"
    ]
    assert visit and visit[0].modality == "future" and visit[0].cameo == "036"
    assert codes(visit[0].actor) == {"RUSGOV"} and visit[0].date == "2019"


def test_general_assembly_rejects_us_blockade_on_thursday(moscow):
    rej = [
        m
        for m in moscow
        if m.event_type == "REJECT" and "General Assembly" in m.evidence.sentence_text
    ]
    assert rej and rej[0].date == "2018-11-01" and rej[0].date_text == "on Thursday"
    assert {a.country for a in rej[0].actor} == {"UNO"} and {
        a.country for a in rej[0].recipient
    } == {"USA"}


def test_russian_aid_to_cuba(havana):
    aid = [m for m in havana if m.event_type == "AID"]
    assert aid and {a.country for a in aid[0].actor} == {"RUS"}


def test_lavrov_rejections_dated_by_their_years(havana):
    rej = [m for m in havana if m.event_type == "REJECT"]
    assert rej and rej[0].date == "2014" and rej[0].date_text == "from 2014 to 2023"
