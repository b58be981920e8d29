"""Background history (coding/background.py, rules filter.background_*) and dates of acts agreed
or promised (rule date.pledged_act). Invented stories."""

from __future__ import annotations

from support import code_story

LEAD = "Ghana and Togo opened talks on their disputed border in Accra on Monday."


def _only(mentions, trigger: str):
    found = [m for m in mentions if m.evidence.trigger == trigger]
    assert len(found) == 1, [(m.evidence.trigger, m.event_type) for m in mentions]
    return found[0]


def test_background_with_no_recipient_is_dropped_with_its_rule(nlp):
    text = f"{LEAD} Ghana deployed troops along its eastern border in 2019, officials said."
    mentions, dropped = code_story(nlp, text)
    assert not any(m.evidence.trigger == "deployed" for m in mentions)
    assert dropped["deployed"].rule == "filter.background_no_recipient"
    assert dropped["deployed"].why.endswith("[filter.background_no_recipient]")
    assert dropped["deployed"].sentence == 1


def test_background_with_no_named_doer_is_dropped(nlp):
    text = f"{LEAD} The old customs post was closed after riots in Lome in 2009."
    mentions, dropped = code_story(nlp, text)
    assert not any(m.evidence.trigger == "riots" for m in mentions)
    assert dropped["riots"].rule == "filter.background_no_doer"


def test_a_noun_before_an_old_act_is_history(nlp):
    """'after riots in 2009': what came before an act of 2009 is history, noun or verb."""
    from communique.coding.background import background_reason

    text = "The old customs post was closed after riots in Lome in 2009."
    mentions, _ = code_story(nlp, text)  # a lead: kept, and historical
    riots = _only(mentions, "riots")
    assert riots.modality == "historical"
    assert riots.date == "2009"
    assert background_reason(riots) is None  # the lead's history is kept


def test_low_confidence_background_is_dropped(nlp):
    from communique.coding.background import BACKGROUND_MIN_CONFIDENCE, background_reason

    text = f"{LEAD} Mali expelled Ghana's ambassador in 2020, and the talks collapsed in 2021."
    mentions, _ = code_story(nlp, text)
    expelled = _only(mentions, "expelled … ambassador")
    assert expelled.modality == "historical"
    weak = type(expelled)(**{**expelled.__dict__, "id": "", "confidence": 0.3})
    assert weak.confidence < BACKGROUND_MIN_CONFIDENCE
    assert background_reason(weak) == (
        "filter.background_low_confidence",
        {"word": "expelled … ambassador", "confidence": "0.30"},
    )


def test_clearly_told_past_acts_are_kept_historical_with_their_date(nlp):
    text = (
        f"{LEAD} In 2018 Togo expelled four Ghanaian diplomats. "
        "Ghana and Togo signed a fisheries treaty in 2008."
    )
    mentions, _ = code_story(nlp, text)
    expelled = _only(mentions, "expelled … diplomats")
    assert (expelled.modality, expelled.date) == ("historical", "2018")
    signed = _only(mentions, "signed … treaty")  # doers acting upon each other: kept
    assert (signed.modality, signed.date) == ("historical", "2008")


def test_history_in_the_lead_is_the_story_and_kept(nlp):
    text = "Ghana deployed troops along its eastern border in 2019, officials said."
    mentions, dropped = code_story(nlp, text)
    deployed = _only(mentions, "deployed")
    assert deployed.modality == "historical"
    assert "deployed" not in dropped


def test_a_month_in_what_was_agreed_dates_the_plan_not_the_agreement(nlp):
    text = f"{LEAD} The two foreign ministers agreed to meet again in Lome in July."
    mentions, _ = code_story(nlp, text)
    agreed = next(m for m in mentions if m.event_type == "AGREE" and m.sentence == 1)
    assert agreed.modality == "asserted"
    assert (agreed.date or "").startswith("2026-05")  # the story's week, not last July
    assert "[date.pledged_act]" in agreed.explanation


def test_a_month_promised_is_not_the_promise_day(nlp):
    mentions, _ = code_story(nlp, "Togo promised to hold a referendum in March.")
    promised = next(m for m in mentions if m.event_type == "AGREE")
    assert promised.date == "2026-05-10"


def test_a_written_year_in_what_was_agreed_is_left_as_before(nlp):
    mentions, _ = code_story(nlp, "In March 2019 Togo agreed to hold a referendum in June.")
    agreed = next(m for m in mentions if m.event_type == "AGREE")
    assert (agreed.modality, agreed.date) == ("historical", "2019-03")


def test_a_weekday_in_what_was_vowed_is_left_as_before(nlp):
    """A weekday is no month: the parser may hang a noun's day on the complement ("vowed to
    respond to a raid Tuesday"), and it names a day of the story's week either way."""
    mentions, _ = code_story(nlp, "Benin vowed to respond to a raid Tuesday.")
    # "vowed to respond" is a threat, its trigger "vowed … respond" (branch habits)
    vowed = next(m for m in mentions if m.evidence.trigger.startswith("vowed"))
    assert "[date.pledged_act]" not in vowed.explanation
