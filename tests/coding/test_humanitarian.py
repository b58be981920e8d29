"""Migration, refugee and humanitarian-access prose: bodies whose names hold event words,
denials of blocking aid, seats of charities. Every sentence is written for these tests
(published Friday 2023-05-12)."""

from __future__ import annotations

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
