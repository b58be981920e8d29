"""A conviction for an act reports the act: the act is coded besides the verdict, with the
convicted person as its doer (rule actor.convicted_doer); acquittals and denials are not."""

from support import event_types as _types


def test_convicted_of_gerund_codes_the_act(code):
    text = "A court in Peru convicted two prison guards of beating an inmate in Lima."
    mentions = code(text, "2024-03-08")
    assert "ACCUSE" in _types(mentions)
    act = [m for m in mentions if m.event_type == "ASSAULT"]
    assert act, _types(mentions)
    assert act[0].actor and act[0].actor[0].country == "PER"
    assert "guards" in act[0].actor[0].text


def test_found_guilty_of_codes_the_act(code):
    text = "A tribunal in Colombia found a paramilitary commander guilty of ordering the killing of nine farmers."
    mentions = code(text, "2024-03-08")
    assert "ASSAULT" in _types(mentions), _types(mentions)


def test_passive_conviction_codes_the_act(code):
    text = "Three Kenyan police officers were convicted of shooting a student in Mombasa."
    mentions = code(text, "2024-03-08")
    act = [m for m in mentions if m.event_type == "ASSAULT"]
    assert act, _types(mentions)
    assert act[0].actor and "officers" in act[0].actor[0].text


def test_acquitted_of_codes_no_act(code):
    text = "A court in Ghana acquitted four soldiers of killing a trader in Accra."
    assert "ASSAULT" not in _types(code(text, "2024-03-08"))


def test_accused_of_stays_an_allegation(code):
    text = "Peru accused two Chilean fishermen of attacking a coast guard officer."
    mentions = code(text, "2024-03-08")
    assert "ASSAULT" not in _types(mentions)


def test_denied_act_codes_no_act(code):
    text = "The Nigerian commander denied ordering the shelling of the village."
    assert "ASSAULT" not in _types(code(text, "2024-03-08"))


def test_cleared_of_codes_no_act(code):
    text = "Two Iraqi policemen were cleared of torturing detainees in Mosul."
    assert "ASSAULT" not in _types(code(text, "2024-03-08"))


def test_conviction_for_a_non_violent_act_codes_no_act(code):
    text = "A court in Peru found the former governor guilty of awarding road contracts to his cousins."
    assert _types(code(text, "2024-03-08")) in (["ACCUSE"], [])
