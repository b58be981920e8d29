"""Institutions named without their state (issues #11/#12, voice39): a doer that is an
office, body or legislature told by a possessive ("the head of *its* monitoring mission"), a
vote's tally before the infinitive of what the voters did ("voted 60 to 40 to reject"), a
perfect clause with its own subject that the parser hangs on a noun ("inform the public that
the authorities of X *have expelled* ..."), and a verbless prose sentence whose past form takes
an object ("The head of the mission *called on* the authorities to ..."). Every text is written
for these tests; the guards keep their current readings (two states that could be meant, a
company as the antecedent, a headline's passive participle)."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


# -- "its" names the owner: the state or body the sentence before is about -----------------


def test_the_head_of_its_mission_is_the_body_the_sentence_before_names(code):
    text = (
        "Bolivia's opposition disputed the tally on Sunday. The Andean Community, which had "
        "deployed 25 monitors, voiced concern about the delays. The head of its monitoring "
        "mission called on the electoral board to release each district's tally."
    )
    m = _of_type(code(text), "REQUEST")
    assert countries(m.actor) == {"IGO"}
    assert "mention.pronoun_owner" in m.explanation


def test_its_envoy_is_the_body_the_sentence_before_is_about(code):
    text = (
        "The Arab League criticised the shelling of Tripoli's port. Its envoy demanded that "
        "both militias withdraw from the harbour."
    )
    m = _of_type(code(text), "REQUEST")
    assert countries(m.actor) == {"IGO"}
    assert "mention.pronoun_owner" in m.explanation


def test_its_office_in_the_same_sentence_is_the_subject_above_it(code):
    text = (
        "The European Union said on Tuesday that the head of its delegation had urged Serbia "
        "to release the detained journalists."
    )
    m = _of_type(code(text), "REQUEST")
    assert countries(m.actor) == {"EUR"}
    assert countries(m.recipient) == {"SRB"}


def test_two_states_before_its_leave_it_unresolved_by_the_pronoun(code):
    # guard: Kenya or Uganda could own "its": no pronoun owner is read
    text = "Kenya accused Uganda of insulting the head of its navy on Monday."
    for m in code(text):
        assert "mention.pronoun_owner" not in m.explanation


def test_a_company_before_its_gives_no_pronoun_owner(code):
    # guard: "its" is the firm's; the firm is no state or body of states
    text = (
        "The mining firm Copperline closed its pits near Kitwe on Monday. The head of its "
        "management board accused Zambia of harassing its staff."
    )
    for m in code(text):
        assert "mention.pronoun_owner" not in m.explanation


# -- a legislature's vote: the tally controls nothing ----------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "iso"),
    [
        ("Ecuador's Congress voted 88 to 41 on Thursday to reject the trade agreement the government had negotiated with Mexico.", "REJECT", "ECU"),
        ("Lawmakers in Chile voted 70 to 35 to reject the fishing accord with Argentina.", "REJECT", "CHL"),
        ("Paraguay's Congress voted 45 to 20 on Friday to approve the treaty with Brazil.", "SUPPORT", "PRY"),
    ],
)  # fmt: skip
def test_a_vote_tally_before_the_infinitive_leaves_the_legislature_the_doer(
    code, text, plover, iso
):
    m = _of_type(code(text), plover)
    assert countries(m.actor) == {iso}
    assert m.actor[0].sector == "LEG"


def test_an_object_that_is_a_party_still_controls_the_infinitive(code):
    # guard: "urged Chile to withdraw": Chile withdraws (the object is no number)
    text = "Peru urged Chile on Monday to withdraw its ambassador from Lima."
    found = [m for m in code(text) if m.event_type == "REQUEST"]
    assert found and countries(found[0].actor) == {"PER"}
    assert countries(found[0].recipient) == {"CHL"}


# -- a perfect clause with its own subject hung on a noun is no passive participle -----------


def test_a_communique_content_clause_with_its_own_subject_keeps_that_subject(code):
    text = (
        "The Ministry wishes to alert domestic and foreign opinion that since 2 March "
        "the authorities of the Republic of Chad have expelled more than 2,000 Cameroonian "
        "nationals across the border."
    )
    m = _of_type(code(text), "COERCE")
    assert countries(m.actor) == {"TCD"}
    assert countries(m.recipient) == {"CMR"}


def test_a_reduced_relative_participle_stays_passive(code):
    # guard: "the traders expelled last week": expelled by someone not named, not by them
    text = (
        "Senegal said on Monday that the traders expelled by Mauritania last week had "
        "returned to Dakar."
    )
    for m in code(text):
        if m.event_type == "COERCE" and "expelled" in m.evidence.trigger:
            assert countries(m.actor) <= {"MRT"}


# -- a verbless prose sentence: its past form with an object is the main verb ----------------


def test_a_past_form_with_a_to_clause_in_a_verbless_sentence_is_the_main_verb(code):
    text = (
        "The Andean Community criticised the count in Bolivia. The head of its monitoring "
        "mission called on the authorities to publish each district's tally."
    )
    m = _of_type(code(text), "REQUEST")
    assert "actor.misparsed_subject" in m.explanation
    assert countries(m.actor) == {"IGO"}


def test_a_headline_participle_stays_passive(code):
    # guard: a headline (no full stop) keeps its participle: the envoy did not recall himself
    text = "Ambassador of Niger recalled to explain border closure\n\nNiger recalled its envoy."
    for m in code(text):
        if m.sentence == 0:
            assert "actor.misparsed_subject" not in m.explanation


# -- a protest note handed to an envoy in the passive: the host state's ministry -------------


def test_a_protest_note_handed_to_an_envoy_is_the_host_states(code):
    text = (
        "Finland's fishermen are angry. The Estonian ambassador in Helsinki was handed a "
        "protest note on Monday about two trawlers its coastguard had boarded."
    )
    m = _of_type(code(text), "ACCUSE")
    assert countries(m.actor) == {"FIN"}
    assert "actor.protest_note_host" in m.explanation
    assert countries(m.recipient) == {"EST"}


def test_a_protest_note_handed_by_a_named_doer_keeps_that_doer(code):
    # guard: the "by" doer is named; no host is assumed
    text = (
        "The Estonian ambassador was handed a protest note by Latvia's foreign minister on Monday."
    )
    for m in code(text):
        assert "actor.protest_note_host" not in m.explanation


def test_an_allegations_content_stays_under_the_allegation(code):
    """A claim noun's "that" clause with a subject and "have" ("dismissed allegations that its
    officers had beaten ...") is what the allegation says: not an act the sentence asserts."""
    for text in (
        "Police in Lusaka denied rumours that they had fired rubber bullets at miners.",
        "The interior ministry in Ndola dismissed allegations that its officers had beaten "
        "detainees with batons.",
        "A navy spokesman said there was no truth in rumours that the navy had sunk a trawler.",
    ):
        assert not [m for m in code(text) if m.event_type == "ASSAULT"], text
