"""Branch unrest35 (issue #11): protest and custody told in concrete words.

Two families of trigger rows (triggers.tsv, section unrest35), built from the PETRARCH-2
CONFINE block, the CAMEO 14x / 173 definitions and dictionary senses, not from any snippet:
custody told by "held by police", "remanded", "bundled into a car", "frog-marched", "taken in
for questioning", "thrown into jail", "hauled off", "carted off", "locked in a cell", "picked up
for questioning", "interned in camps"; protest told by a procession to a seat of authority,
portraits held up, placards carried, tents pitched or crowds gathered outside an assembly,
chalk or pens downed, a stay-away staged, buses pulled off the roads, offices padlocked, a
rampage. Rule trigger.in_front_of: "in front of X" completes the rows'
for "outside X". Rule date.until_end: "remanded *until next week*" is done now, not a coming act.
Look-alikes (a truce that held, rounded-up figures, a side that marched into a final, a case
remanded to a lower court, a funeral procession) stay eventless. Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.support import event_types

CUSTODY = [
    "A Ghanaian journalist was held by police in Tamale after the rally.",
    "Burundian soldiers held two opposition lawmakers near Gitega.",
    "A magistrate in Mombasa remanded the two fishermen until next Thursday.",
    "Plainclothes officers bundled the Ugandan rapper into a car outside a studio in Kampala.",
    "Police frog-marched the Zambian editor out of his newsroom in Lusaka.",
    "Three Belarusian students were taken in for questioning by police in Grodno.",
    "The Russian poet was taken away by police from a square in Moscow.",
    "The Iranian singer was thrown into jail in Isfahan after the concert.",
    "Georgian police hauled off dozens of students in Batumi.",
    "Dozens of pensioners were carted off by police in Minsk.",
    "The Ugandan opposition politician was locked in a cell overnight in Jinja.",
    "Five Bangladeshi students were picked up for questioning in Chittagong.",
    "Myanmar's junta interned hundreds of Rohingya villagers in camps near Sittwe.",
    "The junta in Niger held the radio journalist for three weeks in Niamey.",
    "Egyptian police seized two rights activists at a cafe in Alexandria.",
    "The Vietnamese blogger was sent to prison for six years by a court in Hanoi.",
    "Ugandan police kept the three students in police cells for the weekend in Gulu.",
]

PROTEST = [
    "Hundreds of Nepali teachers held a procession to the education ministry in Kathmandu.",
    "Farmers in Punjab took out a procession against the new power tariff.",
    "Mothers of missing Algerian men held up portraits of their sons in Algiers.",
    "Nigerian pensioners carried placards through the centre of Abuja.",
    "Armenian opposition supporters pitched tents outside the parliament in Yerevan.",
    "Crowds gathered outside the parliament in Tbilisi as lawmakers debated the bill.",
    "Primary school teachers in Uganda downed their chalk over unpaid allowances.",
    "Zimbabwe's main opposition party staged a stay-away in Bulawayo.",
    "The stay-away called by the teachers' unions kept schools in Harare empty.",
    "Bus drivers' unions in Ghana pulled their vehicles off the roads of Accra on Tuesday.",
    "Angry farmers padlocked the gates of the district office in Tamale.",
    "Youths rampaged through Kano, torching cars and shops.",
    "A mob went on the rampage in the Ghanaian city of Kumasi.",
    "Junior doctors in Kenya suspended outpatient services at county hospitals.",
    "Secondary school teachers in Malawi stopped teaching over housing allowances.",
    "Inmates at a prison in Guayaquil refused to return to their cells after the visit ban.",
    "Some 200 Romanian farmers camped in front of the county assembly in Cluj.",
    "Families of missing sailors held a vigil in front of the navy headquarters in Surabaya.",
    "Crowds gathered in front of the electoral commission's headquarters in Lima as votes were counted.",
    "Shopkeepers in Kashmir's Anantnag district shut their shops on Thursday against the killing.",
    "Nurses at public clinics in Zambia called in sick en masse on Monday.",
    "Rioters ransacked a bank in the centre of Bamako.",
    "Villagers booed the governor's motorcade on its way through Katsina.",
    "Taxi drivers clogged the streets of Lisbon with their cars for several hours.",
    "Spanish farmers dumped tomatoes outside the agriculture ministry in Madrid.",
]

LOOKALIKES = [
    ("The ceasefire held for three days in Tigray.", "COERCE"),
    ("The US Supreme Court remanded the case to a lower court in Washington.", "COERCE"),
    ("The Nigerian finance ministry rounded up the numbers to the nearest million.", "COERCE"),
    ("Ghana marched into the final of the Africa Cup of Nations.", "PROTEST"),
    ("Kenyan police held a parade for the new recruits in Nairobi.", "COERCE"),
    ("Police held the line as the crowd pushed forward in Nairobi.", "COERCE"),
    ("Police picked up the trail of the suspects near Kisumu.", "COERCE"),
    ("A funeral procession for the former king wound through Kathmandu.", "PROTEST"),
    ("Hindu devotees took out a procession to the temple in Varanasi.", "PROTEST"),
    ("Relatives held photographs of the victims at the funeral in Nairobi.", "PROTEST"),
    ("Engineers padlocked the substation in Lusaka after the fault.", "PROTEST"),
    ("Fans gathered outside the stadium in Accra before the match.", "PROTEST"),
    ("Tourists gathered in front of the royal palace in Madrid.", "PROTEST"),
    ("The British retailer closed 40 stores across the country.", "PROTEST"),
    ("Fans booed the referee at the end of the match in Lagos.", "PROTEST"),
    ("Heavy traffic clogged the streets of Lagos on Friday.", "PROTEST"),
    ("She interned at the ministry of finance in Accra.", "COERCE"),
    ("Kenya Airways suspended flights to Mogadishu for a week.", "PROTEST"),
    ("The two delegations held talks for hours in Doha.", "COERCE"),
    ("The ruling party in Zambia held power for months after the vote.", "COERCE"),
    ("Malian rebels held the town for weeks before the army returned.", "COERCE"),
]


@pytest.mark.parametrize("text", CUSTODY)
def test_custody_told_in_other_words(code, text):
    """An arrest or detention (CAMEO 173), not another coercion (a seizure of goods, 171)."""
    assert "173" in [m.cameo for m in code(text)], [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "An armed man held six bank clerks hostage in Quito for four hours.",
        "Kidnappers held the pupils for three weeks in a forest in Zamfara.",
    ],
)
def test_hostages_held_for_a_span_stay_hostages(code, text):
    """The custody row for a span ('held for three weeks') leaves hostage-taking (181) alone."""
    cameos = [m.cameo for m in code(text)]
    assert "181" in cameos and "173" not in cameos, [m.explanation for m in code(text)]


def test_goods_seized_by_police_are_no_arrest(code):
    found = code("Egyptian police seized drugs and weapons in a raid in Cairo.")
    assert "173" not in [m.cameo for m in found], [m.explanation for m in found]


@pytest.mark.parametrize("text", PROTEST)
def test_protest_told_by_concrete_acts(code, text):
    assert "PROTEST" in event_types(code(text)), [m.explanation for m in code(text)]


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES)
def test_lookalikes_stay_without_that_event(code, text, kind):
    assert kind not in event_types(code(text)), [m.explanation for m in code(text)]


def test_remand_until_a_later_day_is_done_now(code):
    """Rule date.until_end: "until next Thursday" ends the custody; the remand is asserted,
    dated to the story, not recoded as a coming threat."""
    found = [
        m for m in code("A magistrate in Mombasa remanded the two fishermen until next Thursday.")
    ]
    remand = next(m for m in found if m.event_type == "COERCE")
    assert remand.modality == "asserted"
    assert remand.date == "2023-05-12"
    assert "date.until_end" in remand.explanation


def test_police_closing_offices_is_no_protest(code):
    """Padlocking by the police is a closure by the state (rule recode.state_obstruction)."""
    kinds = event_types(code("Ghanaian police padlocked the offices of a radio station in Accra."))
    assert "PROTEST" not in kinds and "COERCE" in kinds
