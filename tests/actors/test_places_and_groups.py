"""Cities as actors, intergovernmental bodies by their common names, communities without a state."""

from __future__ import annotations

from communique.actors import find_actors


def spans_by_text(nlp, text):
    return {sp.actor.text: sp for sp in find_actors(nlp(text))}


def test_a_city_the_gazetteer_knows_stands_for_its_country(nlp):
    spans = spans_by_text(nlp, "Police in Basra arrested three men on Sunday.")
    assert spans["Basra"].actor.country == "IRQ"
    assert spans["Basra"].is_location


def test_common_names_of_intergovernmental_bodies(nlp):
    spans = spans_by_text(nlp, "The European Community and APEC met the OAU in Addis Ababa.")
    assert spans["The European Community"].actor.country == "EUR"
    assert spans["APEC"].actor.country == "IGO"
    assert spans["the OAU"].actor.country == "IGO"


def test_group_nouns_take_their_country_adjective(nlp):
    spans = spans_by_text(nlp, "Jordanian teachers and Syrian settlers joined the march.")
    assert spans["Jordanian teachers"].actor.code == "JOREDU"
    assert spans["Syrian settlers"].actor.country == "SYR"


def test_a_religious_community_gets_no_state_from_the_story(nlp):
    spans = spans_by_text(nlp, "Christian militants attacked dozens of Lebanese schools.")
    assert spans["militants"].actor.country is None
    assert spans["Lebanese"].actor.country == "LBN"
    spans = spans_by_text(nlp, "Syrian militants attacked dozens of Lebanese schools.")
    assert spans["Syrian militants"].actor.country == "SYR"


def test_a_mob_and_the_eln_are_doers(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def code_text(text):
        return code_article(Article(text=text, id="g", published="2023-05-12"), nlp(text))

    mob = code_text("A mob attacked a police station in Lagos on Sunday.")
    assert mob and mob[0].actor[0].code == "NGACVL"
    eln = code_text("The ELN attacked a police post in Colombia on Sunday.")
    assert eln and eln[0].actor[0].code == "COLREB"


def test_entity_table_matches_the_sentence_entities_it_replaces():
    """``NameReader._ent_at`` (a per-story table of entities by first token) gives the entity
    ``doc[i].sent.ents`` would, also for an entity the tagger ran across a sentence break."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from communique.actors.names import NameReader

    words = ["Troops", "left", "Kherson", ".", "Odesa", "Port", "reopened", "in", "May", "."]
    starts = [True, False, False, False, True, False, False, False, False, False]
    ents = ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "O", "O", "B-DATE", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts, ents=ents)
    reader = SimpleNamespace(doc=doc)
    for i in range(len(doc)):
        want = next((e for e in doc[i].sent.ents if e.start == i), None)
        got = NameReader._ent_at(reader, i)
        assert (
            (got.start, got.end, got.label_) == (want.start, want.end, want.label_)
            if want
            else got is None
        )
    assert NameReader._ent_at(reader, 2) is None  # "Kherson . Odesa": runs past its sentence
    assert NameReader._ent_at(reader, 8).text == "May"
