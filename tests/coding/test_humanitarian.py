"""Migration, refugee and humanitarian-access prose: bodies whose names hold event words,
denials of blocking aid, seats of charities. Every sentence is written for these tests
(published Friday 2023-05-12)."""

from __future__ import annotations

from support import by_type, countries
from support import named_countries as _countries


def test_an_event_word_inside_a_body_s_name_is_no_event(code):
    """filter.in_name: "Aid" in "the Humanitarian Aid Commission" names the body."""
    ms = code("Chad's Humanitarian Aid Commission said on Monday that 300 families had fled.")
    assert not [m for m in ms if m.event_type == "AID"]
    ms = code("The Freedonian Legal Aid Society said on Tuesday that it would help the migrants.")
    assert not [m for m in ms if m.evidence.trigger == "Aid"]
    # the word in lower case is still the act, and the body can receive it
    ms = code("Kenya's Humanitarian Aid Commission received aid from Japan on Monday.")
    aid = [m for m in ms if m.event_type == "AID"]
    assert len(aid) == 1 and _countries(aid[0].actor) == {"JPN"}
    assert aid[0].evidence.trigger == "aid"


def test_a_denial_of_blocking_aid_is_a_denial_not_aid_denied(code):
    """The object of a complement clause with a subject of its own belongs to the clause's
    verb: "denied that it was blocking aid" does not complete the pattern deny+aid."""
    for text in (
        "Niger denied on Wednesday that it was blocking aid.",
        "Yemen's army denied that its soldiers were withholding food from the camps.",
    ):
        ms = code(text)
        assert not [m for m in ms if m.event_type == "SANCTION" and m.modality == "asserted"]
        assert [m for m in ms if m.event_type == "REJECT"]
    ms = code("Niger denied aid to the flooded region on Wednesday.")
    assert [m for m in ms if m.event_type == "SANCTION"]  # denying aid itself is still coded


def test_what_a_denied_report_by_someone_says_is_not_told_as_done(code):
    """ "denying a report by a charity that police had pushed ...": the "that" clause fills no
    gap (it has a subject and object of its own), so it is the report's content, which the
    denial denies, not a relative clause telling the charity's own act."""
    ms = code(
        "The Greek minister spoke on Tuesday, denying a report by a charity "
        "that police had pushed 70 people back into Turkey on Sunday."
    )
    assert not [m for m in ms if m.event_type == "COERCE" and m.modality == "asserted"]
    assert [m for m in ms if m.event_type == "REJECT"]
    ms = code(
        "Officials on Tuesday denied a report by the Refugee Solidarity Group of Samos that "
        "police had pushed about 70 people back into Turkey."
    )
    assert not [m for m in ms if m.event_type == "COERCE" and m.modality == "asserted"]
    # a report cited, not denied, still tells its act
    ms = code("Greece cited a report by a charity that police had arrested 70 migrants.")
    assert [m for m in ms if m.event_type == "COERCE"]


def test_a_charity_or_aid_agency_named_by_kind_is_a_doer(code):
    """Role words for aid bodies named by their kind (data/actors/roles.tsv): non-governmental
    organisations, political actors, so their aid is an event."""
    for text in (
        "A Canadian charity flew medicine to Haiti on Monday.",
        "Relief agencies delivered food aid to families in northern Syria on Sunday.",
    ):
        aid = [m for m in code(text) if m.event_type == "AID"]
        assert aid, text
        assert all(a.sector == "NGO" for a in aid[0].actor), text
    ms = code("Humanitarian organisations accused Myanmar's military of blocking food deliveries.")
    accuse = [m for m in ms if m.event_type == "ACCUSE"]
    assert accuse and _countries(accuse[0].recipient) == {"MMR"}


def test_the_help_sent_is_not_who_it_is_sent_to(code):
    """'sent doctors to X': the people sent are the pattern's word, what is given; the
    taker is X."""
    for text, taker in (
        ("Spain sent surgeons to Morocco on Monday.", "MAR"),
        ("Germany sent 60 doctors to Ukraine on Tuesday.", "UKR"),
    ):
        aid = [m for m in code(text) if m.event_type == "AID"]
        assert len(aid) == 1 and _countries(aid[0].recipient) == {taker}, text


def test_a_donors_untargeted_aid_goes_where_the_storys_aid_goes(code):
    text = (
        "Norway sent 40 tonnes of emergency supplies to Mozambique on Monday after a cyclone. "
        "Norwegian officials met in Oslo and Norway's minister said Norway was ready to do "
        "more. Ireland said separately it would provide $2 million in humanitarian assistance."
    )
    pledge = [m for m in code(text) if m.actor and countries(m.actor) == {"IRL"}]
    assert pledge, [m.explanation for m in code(text)]
    assert all(countries(m.recipient) == {"MOZ"} for m in pledge), [m.explanation for m in pledge]
    assert "[recipient.aid_beneficiary]" in pledge[0].explanation


def test_pledges_at_a_donor_conference_go_to_the_state_aided_not_the_host(code):
    text = (
        "Donors pledged $900 million in humanitarian aid for Yemen at a conference in Geneva "
        "on Monday. Germany pledged 200 million euros and Japan promised 90 million dollars, "
        "officials said. Swiss officials hosted the meeting, and Switzerland's president said "
        "Switzerland would host another next year."
    )
    pledges = [m for m in code(text) if countries(m.actor) & {"DEU", "JPN"}]
    assert pledges, [m.explanation for m in code(text)]
    assert all(countries(m.recipient) == {"YEM"} for m in pledges), [m.explanation for m in pledges]


def test_aid_sent_with_a_team_goes_to_the_place_the_supplies_go(code):
    sent = by_type(
        code(
            "Sweden's prime minister visited Ottawa on Sunday, and Sweden and Canada discussed "
            "the quake. Canada sent a medical relief team and 30 tonnes of winter supplies to "
            "Nepal on Friday after a quake killed 80 people."
        ),
        "AID",
    )
    assert countries(sent.recipient) == {"NPL"}, sent.explanation
