"""Habits and generic statements tell no act that happened ("X usually answers such expulsions
by ...", "has a history of arresting ...", "whenever ..., X ...": modality.tsv habit rows), while
a dated act told with "usually" nearby stays done; a promised, pledged or vowed response to
another's act is a threat (triggers.tsv rows of promise, pledge and vow), a promised
response to an appeal or to demands is not, and promised aid stays a pledge. Sentences written
for these tests."""

from __future__ import annotations

import pytest

UNTOLD = ("hypothetical", "negated")


def _done(code, text):
    return [m for m in code(text, "2024-06-20") if m.modality not in UNTOLD]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Belarus typically retaliates against EU sanctions by closing border crossings "
            "with Poland.",
            "COERCE",
            id="typically_by",
        ),
        pytest.param(
            "The Nepali police usually arrest dozens of protesters at such rallies.",
            "COERCE",
            id="usually",
        ),
        pytest.param(
            "Indian troops have often shelled Pakistani posts along the border.",
            "ASSAULT",
            id="has_often",
        ),
        pytest.param(
            "As a rule, Moscow answers sanctions with bans on European food.",
            "SANCTION",
            id="as_a_rule",
        ),
        pytest.param(
            "Whenever the rupee falls, Bangladeshi traders go on strike.",
            "PROTEST",
            id="whenever",
        ),
        pytest.param(
            "Each time a rocket is fired from Lebanon, Israel shells villages in the south.",
            "ASSAULT",
            id="each_time",
        ),
        pytest.param(
            "Georgia tends to answer Russian border moves by expelling Russian diplomats.",
            "SANCTION",
            id="tends_to",
        ),
        pytest.param("Syrian jets used to bomb markets in Idlib.", "ASSAULT", id="used_to"),
        pytest.param(
            "The army has a history of arresting students who join protests.",
            "COERCE",
            id="history_of",
        ),
        pytest.param(
            "In the past, Baghdad has summoned the Turkish envoy over air strikes by Turkish jets.",
            "ASSAULT",
            id="in_the_past",
        ),
    ],
)
def test_habit_is_no_done_event(code, text, kind):
    done = _done(code, text)
    assert not [m for m in done if m.event_type == kind], done


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "As it often does, Moscow expelled four Latvian diplomats on Tuesday.",
            "SANCTION",
            id="as_it_often_does",
        ),
        pytest.param(
            "The militia, which routinely raids farms, attacked a police station on Friday.",
            "ASSAULT",
            id="habit_in_relative_clause",
        ),
        pytest.param(
            "Moscow answered on Monday by expelling six Czech diplomats, as it usually does.",
            "SANCTION",
            id="as_it_usually_does_after",
        ),
    ],
)
def test_dated_act_near_a_habit_stays_done(code, text, kind):
    assert any(m.event_type == kind for m in _done(code, text)), _done(code, text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Pakistan promised a firm response to the decision by New Delhi.",
            "PAK",
            id="promised_a_response",
        ),
        pytest.param(
            "Cuba pledged a strong response to the new American measures.",
            "CUB",
            id="pledged_a_response",
        ),
        pytest.param(
            "Ankara promised retaliatory steps against Athens.", "TUR", id="retaliatory_steps"
        ),
        pytest.param(
            "The Houthis vowed to respond to the American strikes on Hodeidah.",
            "YEM",
            id="vowed_to_respond",
        ),
    ],
)
def test_promised_response_is_a_threat(code, text, actor):
    threats = [m for m in _done(code, text) if m.event_type == "THREATEN"]
    assert any(a.code and a.code.startswith(actor) for m in threats for a in m.actor), _done(
        code, text
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Qatar promised a swift response to the UN appeal for Gaza.", "AGREE", id="appeal"
        ),
        pytest.param(
            "The ministers promised to respond to the demands of striking teachers.",
            "AGREE",
            id="demands",
        ),
        pytest.param("Norway pledged food aid to Somalia.", "AGREE", id="aid"),
    ],
)
def test_promised_answer_to_a_need_is_no_threat(code, text, kind):
    done = _done(code, text)
    assert not [m for m in done if m.event_type == "THREATEN"], done
    assert any(m.event_type == kind for m in done), done


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "Lithuania expelled two Belarusian diplomats on Wednesday. Minsk promised a response.",
            "BLR",
            "LTU",
            id="promised_a_response",
        ),
        pytest.param(
            "Finland closed its last border crossing with Russia on Thursday. A Kremlin "
            "spokesman said Moscow would respond, without saying how.",
            "RUS",
            "FIN",
            id="would_respond_without_saying_how",
        ),
        pytest.param(
            "Canada arrested three Chinese nationals on Monday. Beijing vowed to retaliate.",
            "CHN",
            "CAN",
            id="vowed_to_retaliate",
        ),
    ],
)
def test_threatened_answer_aims_at_the_move_it_answers(code, text, actor, target):
    threats = [m for m in _done(code, text) if m.event_type == "THREATEN"]
    assert any(
        any(a.code and a.code.startswith(actor) for a in m.actor)
        and any(r.country == target for r in m.recipient)
        for m in threats
    ), threats
