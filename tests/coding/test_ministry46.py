"""A state's organs named without their state (branch ministry46): an organ does not act by name
on its own state, so the same word or force named before for that state is no clue for it (rule
mention.organ_not_target); an organ's own seat ("the foreign ministry in X") names its state
above the same word named earlier (rule mention.organ_seat); a titled envoy "called in" is
whom the verb acts on, not a place. The texts are the project's own."""

from __future__ import annotations

from support import countries as _countries
from support import of_type


def _sentence(mentions, n):
    return [m for m in mentions if m.sentence == n]


def test_minister_calling_in_an_envoy_is_not_of_the_envoys_state(nlp):
    from communique.coding import code_article
    from communique.model import Article

    text = (
        "Uruguay's foreign ministry said on Friday that Paraguayan police had deported 900 "
        "Uruguayan farm workers since March.\n\n"
        "Uruguay rejects these deportations. On Friday morning the Deputy Foreign Minister "
        "called in the Ambassador of Paraguay and handed him a formal protest. "
        "Uruguay wants the workers' property returned."
    )
    title = "Uruguay complains to Paraguay over deported workers"
    article = Article(text=text, published="2025-05-12", id="t", title=title)
    coded = code_article(article, nlp(text))
    summons = [m for m in coded if m.event_type == "ACCUSE" and m.sentence == 2]
    assert summons
    assert _countries(summons[0].actor) == {"URY"}


def test_ministry_named_before_for_the_state_its_clause_asks_is_not_its(code):
    text = (
        "Estonia cuts power exports to Latvia\n\n"
        "Power cuts spread across Riga after Estonia halted electricity exports on Monday. "
        "Estonia's energy ministry denied any political motive on Tuesday. Latvia's energy "
        "minister, Janis Ozols, was angry. He accused Tallinn of using power as a weapon and "
        "said the ministry had asked Estonia to restore half of the supply. Latvia has few other "
        "sources of power."
    )
    asks = _sentence(of_type(code, text, "REQUEST", when="2025-05-12"), 4)
    assert asks
    assert _countries(asks[0].actor) == {"LVA"}
    assert _countries(asks[0].recipient) == {"EST"}
    assert "mention.organ_not_target" in asks[0].explanation


def test_army_named_before_for_the_army_it_accuses_is_not_its(code):
    text = (
        "Slovenia's army said on Sunday that two of its patrols had been fired on near the "
        "border. The Croatian army denied that its soldiers had fired. The Army said on Monday "
        "that the shots had come from a Croatian post and accused the Croatian army of breaking "
        "the border protocol."
    )
    accused = [
        m
        for m in of_type(code, text, "ACCUSE", when="2025-05-12")
        if m.sentence == 2 and _countries(m.recipient) == {"HRV"}
    ]
    assert accused
    assert "HRV" not in _countries(accused[0].actor)


def test_ministry_seated_in_another_capital_is_that_states(code):
    text = (
        "Norway's foreign ministry summoned the Icelandic ambassador in Oslo on Monday over new "
        "fishing quotas. Iceland's response came quickly. The foreign ministry in Reykjavik "
        "accused Oslo of breaking the fisheries accord on Tuesday. Norway said it would bring "
        "the dispute before a court."
    )
    accused = _sentence(of_type(code, text, "ACCUSE", when="2025-05-12"), 2)
    assert accused
    assert _countries(accused[0].actor) == {"ISL"}
    assert _countries(accused[0].recipient) == {"NOR"}


def test_ministry_named_before_keeps_its_state_when_its_clause_names_another(code):
    # guard: the same word named before still places the bare organ, a foreign state's included
    text = (
        "Norway's foreign ministry said on Monday that Icelandic trawlers had crossed into its "
        "waters. The ministry accused Iceland of ignoring the fisheries accord. Iceland denied "
        "the charge."
    )
    accused = _sentence(of_type(code, text, "ACCUSE", when="2025-05-12"), 1)
    assert accused
    assert _countries(accused[0].actor) == {"NOR"}
    assert _countries(accused[0].recipient) == {"ISL"}


def test_foreign_ministry_named_before_keeps_that_foreign_state(code):
    # guard: a ministry of another state named earlier keeps that state
    text = (
        "Peru's president said on Monday that the talks with Bolivia were going well. Bolivia's "
        "foreign ministry said it was studying a draft. The ministry rejected a Chilean proposal "
        "to join the talks."
    )
    rejected = _sentence(of_type(code, text, "REJECT", when="2025-05-12"), 2)
    assert rejected
    assert _countries(rejected[0].actor) == {"BOL"}
