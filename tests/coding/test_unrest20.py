"""Unrest recall, twentieth round (branch unrest20): lexicon rows for wordings of protest,
violence and coercion that the held-out unrest_snippets19 and unrest_snippets20 sets showed
missing, each tested on sentences written for this file.

- triggers.tsv: the hyphenated "stay-away" obeyed, heeded or observed (143); workers, students,
  protesters or villagers who "took over" a factory, an office or a campus (144); families
  "driven out of" their homes or a camp, tenants "turfed out", families "removed from" a camp
  (170); mobile data or networks "cut" (1721); migrants "forced back" over a border and
  dissidents "sent into exile" (174); people "led away in handcuffs" (173); a town or a camp
  "cut off" by fighters (191); pylons "toppled", trains "derailed", bridges "dynamited" (180) (a hotel
  or a church "stormed" by gunmen is recode.armed_storm's, branch unrest_low); gunmen or pirates "holding" or "keeping" passengers,
  pupils or worshippers (181); tanks or missiles "paraded" and "a show of force" (150), units
  "put on standby" (152); a guilty plea is no appeal, so the act pleaded to is coded ("pleaded
  guilty to torturing"), while "pleaded not guilty" keeps it the plea's content; police
  "appealing for witnesses" or "for information" make no request (the crime is the event); no
  expulsion in "drove rivals out of the market", no arson in a plan "torched" in words, no
  demolition in a firm that "bulldozed its way";
- roles.tsv: bailiffs (JUD) and enforcement officers (COP) as doers.
"""

from __future__ import annotations

import pytest
from tests.support import mention_rows, top

EVENTS = [
    # the hyphenated stay-away obeyed or heeded
    ("Factory workers in Bulawayo heeded the stay-away on Wednesday.", "PROTEST"),
    ("Shop owners in Harare obeyed the stay-away on Monday.", "PROTEST"),
    # evictions
    ("Riot police drove some forty squatters out of a derelict flat near Nairobi.", "COERCE"),
    ("Bailiffs turfed dozens of tenants out of a tower block in Lagos on Tuesday.", "COERCE"),
    ("Police removed about 200 families from a camp on the outskirts of Karachi.", "COERCE"),
    # shutdowns of communications
    ("Mobile networks were cut in the Anglophone regions of Cameroon for three months.", "COERCE"),
    # push-backs and custody
    (
        "Iranian border guards forced hundreds of Afghan migrants back across the border.",
        "COERCE",
    ),
    (
        "Several opposition activists were led away in handcuffs by police in Caracas.",
        "COERCE",
    ),
    # sabotage
    ("Rebels toppled three electricity pylons near Mosul overnight.", "ASSAULT"),
    ("Rebels derailed a goods train near Quetta.", "ASSAULT"),
    # hostages held by armed men
    ("Gunmen are holding dozens of passengers on a train in Balochistan.", "ASSAULT"),
    ("Hamas gunmen held dozens of civilians inside a kibbutz in Israel for hours.", "ASSAULT"),
    ("Pirates kept the crew of the tanker aboard for three weeks off Somalia.", "ASSAULT"),
    # occupations told as "took over" by people who can protest
    (
        "Sacked workers took over the car plant in Turin and restarted the assembly lines.",
        "PROTEST",
    ),
    # exile
    ("Egypt sent the dissident into exile in Turkey.", "COERCE"),
    # shows of force and alert
    ("The regime paraded new tanks and missiles through Tehran.", "MOBILIZE"),
    ("Turkey staged a show of force with warships off Cyprus.", "MOBILIZE"),
    ("The army put its air defence units on standby near the border with Iran.", "MOBILIZE"),
    # armed men storming a hotel or a church; a town cut off by fighters
    ("Militants stormed a luxury hotel in Mogadishu on Friday night.", "ASSAULT"),
    ("Rebels have cut off the town of Kidal for weeks, residents said.", "COERCE"),
    # a police appeal for witnesses is no request: the crime beside it is the event
    (
        "Detectives in Bristol are appealing for witnesses; a man was stabbed outside a pub there.",
        "ASSAULT",
    ),
    ("Detectives appealed for information after shots were fired at a house in Dublin.", "ASSAULT"),
    # a guilty plea admits the act
    ("Two police officers pleaded guilty to torturing a suspect in Johannesburg.", "ASSAULT"),
]

# each row's scope: the event it codes (first) and a look-alike of the same words it must not
# code (second)
SCOPES = [
    (
        "Factory workers in Bulawayo heeded the stay-away on Wednesday.",
        "Residents obeyed police orders to stay away from the burning factory in Lagos.",
    ),
    (
        "Shop owners in Harare obeyed the stay-away on Monday.",
        "Tourists observed the festival in Kolkata.",
    ),
    (
        "Riot police drove some forty squatters out of a derelict flat near Nairobi.",
        "The company drove rivals out of the market in Brazil.",
    ),
    (
        "Mobile networks were cut in the Anglophone regions of Cameroon for three months.",
        "The operator cut data prices in Kenya.",
    ),
    (
        "Rebels toppled three electricity pylons near Mosul overnight.",
        "The storm toppled power pylons across Normandy overnight.",
    ),
    (
        "Rebels derailed a goods train near Quetta.",
        "The scandal derailed the peace talks in Kenya.",
    ),
    (
        "Gunmen are holding dozens of passengers on a train in Balochistan.",
        "The hospital kept patients in the ward overnight in Nairobi.",
    ),
    (
        "Protesters torched the finance ministry in Nairobi.",
        "The opposition leader torched the finance minister's spending plan in parliament.",
    ),
    (
        "Soldiers bulldozed the homes of villagers in Rakhine.",
        "The logging firm has bulldozed its way past local objections in Borneo.",
    ),
    (
        "Angry students took over the rector's office in Bogota on Monday.",
        "Students took over the organisation of the festival in Lagos.",
    ),
    (
        "Protesters took over the parliament building in Skopje.",
        "The Indian conglomerate took over the steel plant in Jamshedpur last year.",
    ),
    (
        "Two police officers pleaded guilty to torturing a suspect in Johannesburg.",
        "Two police officers pleaded not guilty to torturing a suspect in Johannesburg.",
    ),
]


def code_text(text, nlp):
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, id="t", published="2023-05-12"), nlp(text))


@pytest.mark.parametrize(("text", "kind"), EVENTS)
def test_top_event(text, kind, nlp):
    mentions = code_text(text, nlp)
    assert top(mentions).event_type == kind, mention_rows(mentions)


@pytest.mark.parametrize(("event", "lookalike"), SCOPES)
def test_row_scope(event, lookalike, nlp):
    mentions = code_text(event, nlp)
    assert mentions and top(mentions).event_type != "NONE", mention_rows(mentions)
    rows = mention_rows(code_text(lookalike, nlp))
    assert not any(r[0] == top(mentions).event_type for r in rows), rows


def test_dynamite_is_an_attack_with_explosives(nlp):
    rows = mention_rows(code_text("Separatists dynamited a railway bridge in Balochistan.", nlp))
    assert any(r[0] == "ASSAULT" and r[1] == "180" for r in rows), rows
