"""The day of the telling: a page's own "Posted:" stamp is no day the story names (rule
date.story_reference); a past act done "by" a gerund ("answered by ordering a tariff") takes the
story's day like its verb; an act still to come that a past verb announced or promised is dated
to the day of the announcing (date.promise_day), not to publication; a weekday in the "to"
complement of "invited" is the day of the meeting invited to, not of the invitation
(date.pledged_act). Sentences written for these tests."""

from __future__ import annotations


def _one(code, text: str, published: str, trigger: str):
    (m,) = [e for e in code(text, published) if e.evidence.trigger.startswith(trigger)]
    return m


def test_page_stamp_is_no_story_day(code):
    text = (
        "Posted: March 12, 2025 08:40 | By Lena Oduya\n\n"
        "The foreign ministers of Peru and Ecuador signed a border accord in Quito on "
        "Tuesday.\n\n"
        "Colombia criticised the accord."
    )
    m = _one(code, text, "2025-03-12", "criticised")
    assert m.date == "2025-03-11", m.explanation
    assert "date.story_reference" in m.date_rules


def test_updated_stamp_is_no_story_day(code):
    text = (
        "Last updated: 12 March 2025, 08:40 GMT\n\n"
        "Kenyan police arrested six Somali traders in Mombasa on Monday.\n\n"
        "Somalia protested the arrests."
    )
    m = _one(code, text, "2025-03-12", "protested")
    assert m.date == "2025-03-10", m.explanation


def test_gerund_of_means_takes_the_story_day(code):
    text = (
        "Ghana and Togo quarrelled over fishing rights on Saturday.\n\n"
        "Ghana's president first answered by ordering a 20 percent tariff on Togolese goods."
    )
    m = _one(code, text, "2025-06-09", "ordering")
    assert m.date == "2025-06-07", m.explanation


def test_announced_act_to_come_is_dated_to_the_announcement(code):
    text = (
        "Brazil and India on Monday signed six agreements on trade and health.\n\n"
        "The Brazilian side announced it would invest $5 billion in Indian ports over ten "
        "years, the joint statement said."
    )
    m = _one(code, text, "2025-02-04", "invest")
    assert m.modality == "future"
    assert m.date == "2025-02-03", m.explanation
    assert "date.promise_day" in m.date_rules


def test_act_to_come_with_no_day_named_keeps_publication(code):
    m = _one(
        code,
        "The Brazilian side announced it would invest $5 billion in Indian ports.",
        "2025-02-04",
        "invest",
    )
    assert m.date == "2025-02-04", m.explanation


def test_invited_weekday_is_the_meeting_not_the_invitation(code):
    text = (
        "Unions in Portugal called a general strike on Tuesday.\n\n"
        "The Portuguese labour minister invited union leaders to meet him on Friday."
    )
    m = _one(code, text, "2026-02-04", "invited")
    assert m.date == "2026-02-03", m.explanation


def test_invitation_dated_by_its_own_words(code):
    text = "The Portuguese labour minister on Tuesday invited union leaders to talks."
    m = _one(code, text, "2026-02-04", "invited")
    assert m.date == "2026-02-03", m.explanation


def test_coming_year_of_a_promised_act_is_not_its_date(code):
    text = "Poland will provide Georgia with a further 4 million euros in aid this year."
    m = _one(code, text, "2026-02-12", "provide")
    assert m.modality == "future"
    assert m.date == "2026-02-12", m.explanation
    assert "date.coming_period" in m.date_rules


def test_coming_week_takes_the_day_of_the_offer(code):
    text = (
        "Kenya and Uganda signed a trade deal on Tuesday.\n\n"
        "Kenya said it would host talks between Ugandan and Tanzanian officials next week."
    )
    m = _one(code, text, "2026-02-12", "host")
    assert m.date == "2026-02-10", m.explanation


def test_named_day_of_a_planned_act_still_dates_it(code):
    m = _one(code, "Chile will send a trade mission to Peru on Friday.", "2026-02-11", "send")
    assert m.date == "2026-02-13", m.explanation


def test_after_clause_act_takes_the_day_its_retelling_names(code):
    text = (
        "Malaysia summoned Indonesia's ambassador on Thursday after Indonesian patrol boats "
        "fired water cannon at a Malaysian fishing vessel near Ambalat.\n\n"
        "Two Indonesian patrol boats blasted the vessel with water cannon on Tuesday "
        "morning and damaged its mast, the Malaysian navy said."
    )
    m = _one(code, text, "2024-12-05", "fired")
    assert m.date == "2024-12-03", m.explanation
    assert "date.same_act" in m.date_rules


def test_after_clause_act_far_from_another_act_keeps_no_day(code):
    text = (
        "Malaysia summoned Indonesia's ambassador on Thursday after Indonesian patrol boats "
        "fired water cannon at a Malaysian fishing vessel near Ambalat. "
        "The ministry said the vessel was badly damaged. "
        "Fishermen in Sabah said they feared for their lives. "
        "The navy said it would send more ships. "
        "Officials said patrols would be stepped up. "
        "In 2019, Indonesian patrol boats blasted a Malaysian trawler with water cannon on "
        "Tuesday."
    )
    m = _one(code, text, "2024-12-05", "fired")
    assert "date.same_act" not in m.date_rules, m.explanation
