"""General errors bench/stories/pages18 showed, on invented sentences: a wire dateline of a day
and an agency only ("March 9 (Agency) -", filed from no one place) is no date of the story's
events; a participle with a doer in the setting of a dated event ("in a swap brokered by X")
shares its day; the month of a relative clause on an apposition ("an accord the two renewed in
March") is not the main event's; "warned that X would pay dearly" threatens X."""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.cameo, [p.code for p in m.actor], [p.code for p in m.recipient], m.date)
        for m in found
    ]


def test_placeless_wire_dateline_does_not_date_the_lead(code):
    found = code(
        "March 9 (Northwire) - Police in Kenya arrested the opposition leader on Tuesday, "
        "his party said.",
        "2023-03-09",
    )
    arrests = [m for m in found if m.event_type == "COERCE"]
    assert arrests and all(m.date == "2023-03-07" for m in arrests), _show(found)


def test_placeless_wire_dateline_is_no_place():
    from communique.articles.dateline import opening_dateline

    found = opening_dateline("Nov 3 (Northwire) - Ghana and Togo signed a border accord.")
    assert found is not None and found.place == "" and found.agency == "Northwire"
    assert opening_dateline("March 9 - the ministry said it would reply.") is None


def test_participle_with_a_doer_in_the_setting_takes_the_events_day(code):
    # "in a swap brokered by Tanzania": the broker acted in the swap, on the swap's day
    found = code("Kenya freed two Ugandan soldiers on Monday in a swap brokered by Tanzania.")
    brokered = [m for m in found if {p.country for p in m.actor} == {"TZA"}]
    assert brokered and all(m.date == "2023-05-08" for m in brokered), _show(found)


def test_month_of_an_apposed_accords_relative_clause_is_not_the_deployments(code):
    found = code(
        "On Tuesday, Kenya's army said it had deployed 800 soldiers to Somalia under its "
        "defence pact with Mogadishu, an accord the two countries renewed in March."
    )
    sent = [m for m in found if m.event_type == "MOBILIZE"]
    assert sent and all(m.date == "2023-05-09" for m in sent), _show(found)


def test_warning_that_a_state_would_pay_dearly_threatens_it(code):
    found = code("Venezuela warned on Monday that Guyana would pay dearly for the oil licences.")
    threats = [m for m in found if m.event_type == "THREATEN"]
    assert threats and all(
        {p.country for p in m.actor} == {"VEN"} and {p.country for p in m.recipient} == {"GUY"}
        for m in threats
    ), _show(found)


def test_warning_that_households_would_pay_more_is_no_threat(code):
    found = code("The Kenyan treasury warned that households would pay higher bills next year.")
    assert not [m for m in found if m.event_type == "THREATEN"], _show(found)


STATEMENT = (
    "Editor's note: the following statement was issued by the Ghanaian foreign ministry.\n\n"
    "The Government of Ghana has today declared the Ambassador of Togo persona non grata.\n\n"
    "Ghana rejects the accusations made by Lomé against its embassy.\n\n"
    "Accra, 9 May 2023.\n"
)


def test_statement_sign_off_dates_its_today_and_its_undated_acts(code):
    found = code(STATEMENT, "2023-05-12")
    ghana = [m for m in found if {p.country for p in m.actor} == {"GHA"}]
    assert {m.event_type for m in ghana} >= {"SANCTION", "REJECT"}, _show(found)
    assert all(m.date == "2023-05-09" for m in ghana), _show(found)


def test_sign_off_of_the_publication_day_or_long_before_changes_nothing(code):
    same = code(STATEMENT.replace("9 May 2023", "12 May 2023"), "2023-05-12")
    old = code(STATEMENT.replace("9 May 2023", "9 May 2021"), "2023-05-12")
    for found in (same, old):
        ghana = [m for m in found if {p.country for p in m.actor} == {"GHA"}]
        assert ghana and all(m.date == "2023-05-12" for m in ghana), _show(found)
