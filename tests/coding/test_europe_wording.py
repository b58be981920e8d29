"""Wording of European institutions, missions and neighbourhoods: the Commission's
infringement steps, boarding a ship, peacekeeping missions by their
acronyms, the seats of breakaway and autonomous regions, the means of a requested act, the
field of an office in a title, a participle on a dated verb's object, and "X was disappointed
by Y's decision". Every sentence is invented for the tests (bench/stories/europe showed the
error classes)."""

from __future__ import annotations

from support import countries, first_of_type, of_type


def test_referring_a_state_to_the_court_is_a_case_against_it(code):
    text = (
        "The European Commission referred Slovenia to the EU Court of Justice over its air rules."
    )
    m = first_of_type(code, text, "ACCUSE")
    assert m.cameo == "115", m.explanation
    assert countries(m.actor) == {"EUR"}, m.explanation
    assert countries(m.recipient) == {"SVN"}, m.explanation


def test_infringement_proceedings_against_a_state(code):
    text = "The European Commission opened infringement proceedings against Latvia on Thursday."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.actor) == {"EUR"}, m.explanation
    assert countries(m.recipient) == {"LVA"}, m.explanation
    assert m.date == "2023-05-11", m.explanation


def test_a_letter_of_formal_notice_and_a_reasoned_opinion(code):
    text = "The European Commission sent a letter of formal notice to Portugal over its tax rules."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"PRT"}, m.explanation
    text = "The European Commission sent a reasoned opinion to Cyprus on Wednesday."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"CYP"}, m.explanation


def test_boarding_a_vessel_is_coercion_boarding_as_a_passenger_is_not(code):
    text = "Greek coast guard officers boarded a Togo-flagged freighter off Crete on Tuesday."
    m = first_of_type(code, text, "COERCE")
    assert countries(m.actor) == {"GRC"}, m.explanation
    assert not of_type(code, "Hundreds of tourists boarded a cruise ship in Split.", "COERCE")


def test_peacekeeping_and_rule_of_law_missions_by_their_acronyms(code):
    m = first_of_type(code, "KFOR peacekeepers deployed three platoons near Gracanica.", "MOBILIZE")
    assert countries(m.actor) == {"IGO"}, m.explanation
    m = first_of_type(
        code, "UNIFIL accused Israeli soldiers of firing at its watchtower.", "ACCUSE"
    )
    assert countries(m.actor) == {"UNO"}, m.explanation
    m = first_of_type(code, "EULEX officers arrested two customs officials in Jarinje.", "COERCE")
    assert countries(m.actor) == {"EUR"}, m.explanation


def test_seats_of_breakaway_and_autonomous_regions_are_their_states(code):
    m = first_of_type(
        code, "The OSCE envoy urged Tiraspol to free the detained reporters.", "REQUEST"
    )
    assert countries(m.recipient) == {"MDA"}, m.explanation
    m = first_of_type(code, "Croatia accused Republika Srpska of blocking the bridge.", "ACCUSE")
    assert countries(m.recipient) == {"BIH"}, m.explanation
    m = first_of_type(code, "Sukhumi accused Tbilisi of flying drones over the river.", "ACCUSE")
    assert countries(m.actor) == {"GEO"}, m.explanation


def test_the_means_of_a_requested_settlement_is_not_held(code):
    text = "Ghana urged Togo and Benin to end the quarrel and settle it through negotiations."
    held = [m for m in of_type(code, text, "CONSULT") if m.modality == "asserted"]
    assert not held, [m.explanation for m in held]


def test_an_event_noun_in_an_office_title_is_no_event(code):
    text = (
        "The UN's special envoy for the Eritrea-Djibouti talks, Ines Marlow, "
        "called on both governments to keep calm."
    )
    assert not of_type(code, text, "CONSULT"), [m.explanation for m in code(text)]
    m = first_of_type(code, text, "REQUEST")
    assert countries(m.actor) == {"UNO"}, m.explanation
    # an envoy sent with 'an' keeps the errand
    assert of_type(code, "Norway sent an envoy for talks with Colombia.", "CONSULT")


def test_a_participle_on_a_dated_verbs_object_takes_its_day(code):
    text = (
        "The European Parliament on Tuesday adopted a resolution condemning Belarus's "
        "arrest of nine bloggers."
    )
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) >= {"BLR"}, m.explanation
    assert m.date == "2023-05-09", m.explanation


def test_the_disappointed_party_is_the_doer(code):
    text = "Ottawa was deeply disappointed by Delhi's decision on Monday."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.actor) == {"CAN"}, m.explanation
    assert countries(m.recipient) == {"IND"}, m.explanation
    assert not of_type(code, "Many fans were disappointed by the final score.", "ACCUSE")


def test_a_name_beside_a_titles_field_speaks_for_the_title(nlp):
    from spacy.tokens import Doc

    from communique.coding.syntax import appositive_anchor

    # the small model's misparse: the name (and the verb after it) hung on the last noun of
    # the title's 'for' phrase ("the EU's special envoy for the Accra dialogue, Ana Vell, urged")
    words = ["The", "EU", "'s", "special", "envoy", "for", "the", "Accra", "dialogue", ",",
             "Ana", "Vell", ",", "urged", "Togo", "."]  # fmt: skip
    doc = Doc(
        nlp.vocab, words=words,
        heads=[1, 4, 1, 4, 4, 4, 8, 8, 5, 8, 11, 8, 8, 8, 13, 4],
        deps=["det", "poss", "case", "amod", "ROOT", "prep", "det", "compound", "pobj", "punct",
              "compound", "appos", "punct", "acl", "dobj", "punct"],
        tags=["DT", "NNP", "POS", "JJ", "NN", "IN", "DT", "NNP", "NN", ",", "NNP", "NNP", ",",
              "VBD", "NNP", "."],
        lemmas=["the", "EU", "'s", "special", "envoy", "for", "the", "Accra", "dialogue", ",",
                "Ana", "Vell", ",", "urge", "Togo", "."],
    )  # fmt: skip
    assert appositive_anchor(doc[13]).text == "envoy"


def test_a_span_of_years_before_a_war_dates_it(code):
    m = first_of_type(code, "Croatia's 1991-95 war killed about 20,000 people.", "ASSAULT")
    assert m.modality == "historical", m.explanation
    assert m.date == "1991", m.explanation


def test_a_call_for_their_release_is_aimed_at_the_captors_of_its_sentence(code):
    text = (
        "The European Parliament on Tuesday adopted a resolution condemning Belarus's arrest "
        "of six bloggers and calling for their release."
    )
    m = first_of_type(code, text, "REQUEST")
    assert countries(m.recipient) == {"BLR"}, m.explanation


def test_a_jailing_is_a_detention(code):
    text = "Kenya condemned Uganda's jailing of two opposition lawmakers."
    m = first_of_type(code, text, "COERCE")
    assert countries(m.actor) == {"UGA"}, m.explanation


def test_a_subject_read_as_the_opening_places_apposition_is_the_subject(nlp):
    from spacy.tokens import Doc

    from communique.coding.verb_arguments import opening_place_subject

    # the small model's misparse of "In Lae, Papua New Guinea's parliament ratified a treaty.":
    # the subject hung on the opening place as its apposition, the verb with no subject
    words = ["In", "Lae", ",", "Papua", "New", "Guinea", "'s", "parliament", "ratified", "a",
             "treaty", "."]  # fmt: skip
    doc = Doc(
        nlp.vocab, words=words,
        heads=[8, 0, 1, 5, 5, 7, 5, 1, 8, 10, 8, 8],
        deps=["prep", "pobj", "punct", "compound", "compound", "poss", "case", "appos", "ROOT",
              "det", "dobj", "punct"],
        tags=["IN", "NNP", ",", "NNP", "NNP", "NNP", "POS", "NN", "VBD", "DT", "NN", "."],
    )  # fmt: skip
    assert opening_place_subject(doc[8]).text == "parliament"
    # a place with no apposition before the verb names no subject
    words = ["In", "Lae", ",", "police", "arrested", "two", "men", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=[4, 0, 4, 4, 4, 6, 4, 4],
        deps=["prep", "pobj", "punct", "nsubj", "ROOT", "nummod", "dobj", "punct"],
        tags=["IN", "NNP", ",", "NNS", "VBD", "CD", "NNS", "."],
    )  # fmt: skip
    assert opening_place_subject(doc[4]) is None
