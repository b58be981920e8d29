"""Unrest recall, nineteenth round (branch unrest19): lexicon rows for wordings of protest and
violence that the held-out unrest_snippets19 set showed missing, each tested on sentences written
for this file.

- people.tsv: a single "officer" (COP), "inmate", "intern(s)", "locals" and young victims
  ("teenager", "teen", "boy", "schoolgirl") as the doers of violence on named people, the doers
  of a strike, and the victims of an attack (rules resolve.everyday_people, actor.everyday_harm);
- triggers.tsv: "roughed up" (182), roadblocks or barricades "erected" or "mounted" (144), traffic
  or a road "brought to a standstill" (144), a "fast" told as a protest (142); more people
  expelled (174) and evicted (170), and the nouns "expulsion" and "eviction" with them;
- region_names.tsv: English names of regions of conflict-zone states ("Tigray", "North Kivu",
  "Anbar", "Lower Shabelle") so that an act placed there has a country;
- rule recode.sense_kind_of_people: a noun before a noun that names people ("*tax* collectors",
  "*rights* activists") is no cue of a figurative sense, so attacking them is violence.
"""

from __future__ import annotations

import pytest
from tests.support import mention_rows

PROTEST = [
    # strike by people named by a single word of this branch
    ("Hospital interns in Nairobi went on strike over unpaid salaries on Tuesday.", "143"),
    # barricades and roadblocks put up by people who can protest
    ("Angry villagers erected barricades on the road outside Cusco to oppose the new mine.", "144"),
    ("Fishermen mounted roadblocks at the entrance to the port of Mombasa on Monday.", "144"),
    # the blockade told by its effect
    (
        "Striking taxi drivers brought the highway into Nairobi to a standstill for six hours.",
        "144",
    ),
    ("Cattle farmers brought traffic in central Madrid to a halt with their tractors.", "144"),
    # a fast told as a protest
    ("The union leader has been on a fast in protest at his trial in Ankara since Monday.", "142"),
    ("The opposition leader has been on a fast against her detention in Dhaka since June.", "142"),
]

ASSAULT = [
    ("Opposition supporters roughed up two election officials in Harare on Sunday.", "182"),
    ("An officer punched a handcuffed man in a cell in Birmingham, the watchdog said.", "182"),
    ("An inmate stabbed a warder with a sharpened spoon at the jail in Nairobi.", "182"),
    ("Locals beat a suspected thief with sticks in a market in Patna.", "182"),
    ("A teenager was shot dead by an officer at a checkpoint in Lagos.", "193"),
    # the kind of people is no topic of a verbal attack (rule recode.sense_kind_of_people)
    ("Rioters attacked rights activists outside the court in Dhaka.", "190"),
    ("A crowd attacked two tax collectors at the cattle market in Sokoto.", "190"),
]

COERCE = [
    ("The Saudi authorities completed the expulsion of 300 migrant workers on Sunday.", "174"),
    ("Burundi expelled a Belgian researcher who had studied the coffee trade.", "174"),
    ("Police evicted dozens of hawkers from the bus station in Kampala.", "170"),
]

NONE = [
    # no doer who can protest: weather and accidents stop traffic
    "Heavy snow brought traffic on the motorway near Munich to a standstill on Friday.",
    "A lorry that overturned brought the highway near Mombasa to a halt for hours.",
    # a religious fast
    "Families in Kano gathered after sunset to break the fast during Ramadan.",
    # roughness that is no violence
    "The carpenter roughed out the shape of the chair in his workshop in Leeds.",
    # a verbal attack on a tax stays one
    "The opposition leader attacked the new fuel tax in a speech in Nairobi.",
]


@pytest.mark.parametrize(("text", "code"), PROTEST)
def test_protest_forms(code, text, nlp):
    rows = mention_rows(code_text(text, nlp))
    assert any(r[0] == "PROTEST" and r[1] == code for r in rows), rows


@pytest.mark.parametrize(("text", "code"), ASSAULT)
def test_violence_by_everyday_people(code, text, nlp):
    rows = mention_rows(code_text(text, nlp))
    assert any(r[0] == "ASSAULT" and r[3] for r in rows), rows  # with its doer


@pytest.mark.parametrize(("text", "code"), COERCE)
def test_expulsions_and_evictions(code, text, nlp):
    rows = mention_rows(code_text(text, nlp))
    assert any(r[0] == "COERCE" and r[1] == code for r in rows), rows


@pytest.mark.parametrize("text", NONE)
def test_look_alikes(text, nlp):
    rows = mention_rows(code_text(text, nlp))
    assert not any(r[0] in ("PROTEST", "ASSAULT", "COERCE") for r in rows), rows


def code_text(text, nlp):
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, id="t", published="2023-05-12"), nlp(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A roadside bomb exploded near a bus station in Tigray on Monday.", "ETH"),
        ("Two grenades exploded at a checkpoint in Lower Shabelle on Thursday.", "SOM"),
        ("A bomb exploded in a market in North Kivu, killing three.", "COD"),
    ],
)
def test_regions_by_their_english_names(text, country, nlp):
    mentions = code_text(text, nlp)
    assert any(
        m.event_type == "ASSAULT" and any(a.country == country for a in m.recipient)
        for m in mentions
    ), mention_rows(mentions)
