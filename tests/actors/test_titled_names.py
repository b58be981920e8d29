"""Titled people the knowledge base does not hold: offices whose name ends in a postpositive
adjective ("director-general", "secretary-general") set off by commas before a name are one person,
of the body the role is composed with (vocabulary.tsv postpositive_title_words); a bare
"Spokesman Y" speaks for the state whose body spoke in the sentence before."""

from __future__ import annotations

import pytest

from communique.actors.finder import find_actors

LEAD = "LILONGWE, May 3 (Lake Courier) - Malawi's president dissolved parliament on Friday.\n\n"


def _person(nlp, sentence: str, name: str):
    doc = nlp(LEAD + sentence)
    found = [sp for sp in find_actors(doc) if sp.actor.name == name]
    assert found, [(doc[sp.start : sp.end].text, sp.actor.code) for sp in find_actors(doc)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The WHO's director-general, Petra Lindqvist, said cholera cases had doubled.",
            "Petra Lindqvist",
            "UNO",
        ),
        (
            "The WHO director general, Agnes Sundberg, urged calm on Monday.",
            "Agnes Sundberg",
            "UNO",
        ),
    ],
)
def test_hyphenated_general_title_places_the_named_person(nlp, sentence, name, country):
    sp = _person(nlp, sentence, name)
    assert sp.kind == "person"
    assert sp.actor.country == country


def test_the_named_person_is_no_home_of_their_own(nlp):
    # the name in apposition to the title is the span itself, not a place the person is from
    sp = _person(nlp, "The agency's chief, Anna Berg, said cholera cases had doubled.", "Anna Berg")
    assert sp.actor.country != "RUS"


def test_pronoun_after_the_titled_name_is_the_body(nlp):
    from communique.coding import code_article
    from communique.model import Article

    text = (
        LEAD + "The WHO's director-general, Petra Lindqvist, said cholera cases had doubled in"
        " a week. She asked neighbouring states to keep their borders open."
    )
    mentions = code_article(Article(text=text, published="2023-05-12", id="t"), nlp(text))
    urged = [m for m in mentions if "asked" in m.evidence.trigger]
    assert urged, [m.explanation for m in mentions]
    assert {a.country for a in urged[0].actor} == {"UNO"}


def test_bare_spokesman_title_speaks_for_the_body_before(nlp):
    # "Spokesman Y" right after a sentence whose subject is a state's ministry: that state's
    # spokesman, not the dateline's (rule mention.previous_speaker)
    text = (
        "NAIROBI, May 3 (Lake Courier) - Kenya and Tanzania began joint naval patrols off Lamu"
        " on Monday, the first under a regional security pact, drawing a protest from Somalia.\n\n"
        "Somalia's foreign ministry on Tuesday accused the two countries of raising tension."
        " Spokesman Abdi Warsame urged African Union members to stay out of the dispute."
    )
    doc = nlp(text)
    found = [sp for sp in find_actors(doc) if sp.actor.name == "Abdi Warsame"]
    assert found and found[0].actor.country == "SOM", [(sp.actor.name, sp.rule) for sp in found]
    assert found[0].rule_id == "mention.previous_speaker"


def test_opposition_candidate_is_a_title_of_the_story_state(nlp):
    # "opposition candidate X": one titled person (roles.tsv, CAMEO sector OPP), placed where the
    # story is; the bare surname later is the same person
    text = (
        "NAIROBI, May 3 (Lake Courier) - Kenya's Supreme Court on Monday dismissed a petition"
        " against the re-election of President William Ruto.\n\nA bench of five judges said the"
        " petitioner, opposition candidate Mary Wanjiru Okello of the Reform Alliance, had failed"
        " to prove fraud.\n\nOkello rejected the ruling an hour later and called on her"
        " supporters to march through Mombasa on Friday."
    )
    doc = nlp(text)
    later = [sp for sp in find_actors(doc) if doc[sp.start].text == "Okello"]
    assert later and later[0].actor.code == "KENOPP", [sp.rule for sp in later]


def _code(nlp, text):
    from communique.coding import code_article
    from communique.model import Article

    return code_article(Article(text=text, published="2023-05-12", id="t"), nlp(text))


ECUADOR = (
    "QUITO, May 3 (Lake Courier) - Ecuador's president dismissed his cabinet on Monday after a"
    " row with Peru over a fishing zone.\n\n"
)


def test_appositive_office_gives_the_unknown_person_their_state(nlp):
    # "X, the deputy foreign minister, accused ...": the office's holder, placed as the title
    # alone would be (rule mention.appositive_title); the bare surname later is the same person
    text = (
        ECUADOR + "Lucia Cardenas, the deputy foreign minister, accused Peru of violating the"
        " maritime treaty.\n\nCardenas later urged Peru to return to talks."
    )
    mentions = _code(nlp, text)
    accused = [m for m in mentions if m.evidence.trigger == "accused"]
    urged = [m for m in mentions if "urged" in m.evidence.trigger]
    assert accused and urged, [m.explanation for m in mentions]
    assert [a.code for a in accused[0].actor] == ["ECUGOV"]
    assert [a.code for a in urged[0].actor] == ["ECUGOV"]


def test_private_or_posted_apposition_gives_no_state(nlp):
    # a lawyer for someone, or an ambassador to another state, says nothing of the person's own
    doc = nlp(
        ECUADOR + "Rosa Mendez, a lawyer for the fishermen, said the arrests were illegal."
        " Ines Paredes, a former ambassador to Chile, said the row would pass."
    )
    for name in ("Rosa Mendez", "Ines Paredes"):
        found = [sp for sp in find_actors(doc) if sp.actor.name == name]
        assert all(sp.actor.country is None for sp in found), [sp.rule for sp in found]
