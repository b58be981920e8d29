"""Forbidden readings of denied, expected and raised acts and of third parties (issues #11, #12;
branch forbid37): what a denied report says was done is no asserted act, whatever phrase the
parser hangs its 'that' clause on; an act a party expects to do, one slated or awaited, is to
come; a noun act raised with someone is not the raiser's; a force named only in an allegation
does not place the story's bare force words; a judge of "the city's" court is of the city just
named. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.support import asserted_of, dropped_rules, in_sentence, mentions_of, shown


def _countries(found, side: str) -> set[str | None]:
    return {a.country for m in found for a in getattr(m, side)}


# -- a report's content clause, hung on a noun after the report noun (modality.cue) --------------


def test_denied_report_with_a_phrase_before_its_that_clause_is_no_asserted_act(code):
    text = (
        "Egypt's consulate rejected rumours on social media that Egyptian advisers arrived in "
        "Benghazi last week."
    )
    found = code(text, "2026-03-12")
    assert any(m.event_type == "REJECT" for m in found), shown(found)
    visits = mentions_of(found, "CONSULT")
    assert visits, "the reported visit is no longer read at all"
    assert {m.modality for m in visits} == {"claimed"}, [(m.event_type, m.modality) for m in found]


def test_a_relative_clause_on_the_phrase_noun_stays_told(code):
    # guard: "websites that published ..." is a relative clause ('that' its subject), told as done
    text = "Egypt blocked the websites that had published the leaked cables from Libya."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert all(m.modality == "asserted" for m in found), [(m.event_type, m.modality) for m in found]


def test_noun_act_after_reports_of_is_only_claimed(code):
    text = "Ghana denied reports of a raid by its army on a Togolese border post."
    found = code(text, "2026-03-12")
    assert any(m.event_type == "REJECT" for m in found), shown(found)
    assert not asserted_of(found, "ASSAULT"), [(m.event_type, m.modality) for m in found]


def test_confirmed_reports_of_a_raid_stay_asserted(code):
    # guard: a report confirmed is told as true (vocabulary confirming_verbs)
    text = "Ghana confirmed reports of a raid by its army on a Togolese border post."
    found = code(text, "2026-03-12")
    assert asserted_of(found, "ASSAULT"), [(m.event_type, m.modality) for m in found]


# -- expectation and schedule frames ---------------------------------------------------------


def test_a_party_that_expects_to_sign_has_not_signed(code):
    text = "Ghana expects to sign a supply contract with Togo within weeks."
    found = mentions_of(code(text, "2026-03-12"), "AGREE")
    assert found, "no agreement coded"
    assert {m.modality for m in found} == {"future"}, [(m.cameo, m.modality) for m in found]


def test_expecting_another_to_honour_a_deal_stays_a_demand(code):
    # guard: "X expects Y to honour ..." is a demand made now (triggers.tsv @wish row)
    text = "Ghana expects Togo to honour the fishing accord."
    found = mentions_of(code(text, "2026-03-12"), "REQUEST")
    assert found, "no demand coded"
    assert found[0].modality == "asserted", [(m.cameo, m.modality) for m in found]


def test_talks_slated_to_be_hosted_are_planned(code):
    text = "Ghana is slated to host talks with Togo."
    found = [m for m in code(text, "2026-03-12") if m.event_type in ("CONSULT", "AGREE")]
    assert found, "no meeting coded"
    assert all(m.modality == "future" for m in found), [(m.cameo, m.modality) for m in found]


def test_an_awaited_signing_has_not_happened(code):
    text = "Ghana awaits the signing of a fisheries deal with Togo."
    found = code(text, "2026-03-12")
    assert not asserted_of(found, "SUPPORT"), [(m.event_type, m.modality) for m in found]


def test_slated_as_criticised_makes_no_plan(code):
    # guard: the active 'slate' (to criticise) plans nothing; no future event from it
    text = "The Ghanaian opposition slated the government's trade deal with Togo."
    found = code(text, "2026-03-12")
    assert not [m for m in found if m.modality == "future"], shown(found)


def test_an_anticipated_signing_is_to_come(code):
    text = "Ghana anticipates signing the border pact with Togo."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert not asserted_of(found, "SUPPORT"), [(m.event_type, m.modality) for m in found]


def test_a_pact_signed_as_anticipated_was_signed(code):
    # guard: 'anticipated' on the object of a past signing does not make the signing future
    text = "Ghana signed the anticipated border pact with Togo on Monday."
    found = code(text, "2026-03-12")
    assert asserted_of(found, "SUPPORT"), [(m.event_type, m.modality) for m in found]


def test_a_signing_said_to_be_pending_has_not_happened(code):
    text = "Ghana's signing of the pact with Togo is pending."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert not asserted_of(found, "SUPPORT"), [(m.event_type, m.modality) for m in found]
    assert all(m.modality == "future" for m in found), [(m.event_type, m.modality) for m in found]


def test_an_offensive_said_to_be_imminent_is_not_under_way(code):
    text = "A Ghanaian offensive against the rebels is imminent, Togo warned."
    found = code(text, "2026-03-12")
    assert not asserted_of(found, "ASSAULT"), [(m.event_type, m.modality) for m in found]


def test_a_visit_said_to_be_a_success_stays_held(code):
    # guard: a copula with any other predicate tells nothing of time to come
    text = "The Ghanaian president's visit to Togo was a success."
    found = mentions_of(code(text, "2026-03-12"), "CONSULT")
    assert found, "no visit coded"
    assert found[0].modality == "asserted", [(m.event_type, m.modality) for m in found]


# -- refraining from an act (modality.cue, vocabulary refraining_verbs) -------------------------


def test_criticism_refrained_from_was_not_made(code):
    text = "Ghana abstained from criticising Togo."
    found = code(text, "2026-03-12")
    assert not asserted_of(found, "ACCUSE"), [(m.event_type, m.modality) for m in found]


def test_condemnation_shied_away_from_was_not_made(code):
    text = "Ghana shied away from condemning the Togolese junta."
    found = code(text, "2026-03-12")
    assert not asserted_of(found, "ACCUSE"), [(m.event_type, m.modality) for m in found]


def test_a_condemnation_joined_to_a_refrained_comment_stays_made(code):
    # guard: the verb joined after 'but' has its own tense: it was done
    text = "Ghana refrained from comment but condemned Togo's crackdown."
    found = code(text, "2026-03-12")
    assert asserted_of(found, "ACCUSE"), [(m.event_type, m.modality) for m in found]


# -- actor.raised_not_doer through an 'of' phrase ------------------------------------------------


def test_arrest_raised_with_officials_is_not_the_raisers(code):
    text = "The British high commission raised the arrest of the activist with Kenyan officials."
    found = mentions_of(code(text, "2026-03-12"), "COERCE")
    assert "GBR" not in _countries(found, "actor"), shown(found)


def test_raising_tariffs_stays_the_raisers_act(code):
    # guard: 'raise' that does the act keeps its subject as the doer
    text = "Kenya raised tariffs on Ugandan sugar on Monday."
    found = code(text, "2026-03-12")
    assert found, "no event coded"
    assert _countries(found, "actor") == {"KEN"}, shown(found)


# -- mention.alleged_force -------------------------------------------------------------------

ALLEGED = (
    "Guinea's junta names a transition cabinet\n\n"
    "Guinea's ruling military committee named a cabinet of 20 on Tuesday.\n\n"
    "Belgium's government dismissed an allegation by the committee that Belgian agents had "
    "funded a mutiny in Kankan.\n\n"
    "Four former ministers remain in custody, their families said. Soldiers arrested them at "
    "their homes on Sunday."
)


def test_force_named_only_in_an_allegation_does_not_place_bare_soldiers(code):
    found = [m for m in in_sentence(code(ALLEGED, "2026-03-12"), "Soldiers arrested") if m.actor]
    assert found, "no arrest coded"
    assert "BEL" not in _countries(found, "actor") | _countries(found, "recipient"), shown(found)
    assert "mention.alleged_force" in found[0].explanation


def test_force_named_as_a_doer_still_places_bare_soldiers(code):
    # guard: a force told as acting places the later bare force words as before
    text = (
        "Malian troops crossed into Senegal on Monday, officials said. Soldiers burned two "
        "farms near the border."
    )
    found = [m for m in in_sentence(code(text, "2026-03-12"), "Soldiers burned") if m.actor]
    assert found, "no attack coded"
    assert _countries(found, "actor") == {"MLI"}, shown(found)
    assert "mention.alleged_force" not in found[0].explanation


# -- mention.town_owned ----------------------------------------------------------------------

EXTRADITION = (
    "Chile asks Spain to hand over fugitive general\n\n"
    "Chile's prosecutors have asked Spain to extradite a retired Chilean general accused of "
    "torture.\n\n"
    "Spanish police arrested him at a hotel in Valencia on Monday; a judge of the city's high "
    "court freed him on bail the next day."
)


def test_judge_of_the_citys_court_is_of_the_city_named_before(code):
    found = mentions_of(in_sentence(code(EXTRADITION, "2026-03-12"), "freed him"), "RETREAT")
    assert found, "no release coded"
    assert _countries(found, "actor") == {"ESP"}, shown(found)
    assert "mention.town_owned" in found[0].explanation


def test_judge_of_the_citys_court_with_no_place_named_keeps_its_reading(code):
    # guard: no place named in the sentence or the one before: the rule does not apply
    text = (
        "Chile's prosecutors have asked Spain to extradite a retired Chilean general.\n\n"
        "Officers held him on Monday. A judge of the city's high court freed him on bail."
    )
    found = in_sentence(code(text, "2026-03-12"), "freed him")
    assert all("mention.town_owned" not in m.explanation for m in found), shown(found)


# -- filter.bystander_aside ------------------------------------------------------------------


def test_act_in_an_aside_on_a_bystander_is_no_event(code, nlp):
    text = "Turkey, which has also expelled Syrian refugees, has said little about the dispute."
    found = code(text, "2026-03-12")
    assert not mentions_of(found, "COERCE"), shown(found)
    assert "filter.bystander_aside" in dropped_rules(nlp, text, "2026-03-12")


def test_aside_on_a_party_that_acts_keeps_its_act(code):
    # guard: the party acts in its main clause: the aside is left alone
    text = "Turkey, which has also expelled Syrian refugees, summoned the Syrian envoy on Monday."
    found = code(text, "2026-03-12")
    assert mentions_of(found, "COERCE"), shown(found)


def test_dated_act_in_an_aside_on_a_bystander_is_kept(code):
    # guard: a dated act of its own ("in January") is no standing description
    text = (
        "Jordan's foreign minister, who met the Syrian envoy in Amman in January, has not "
        "commented."
    )
    found = code(text, "2026-03-12")
    assert mentions_of(found, "CONSULT"), shown(found)


def test_planned_act_in_an_aside_on_a_bystander_is_kept(code):
    # guard: a plan ("is due to deploy") is an act to come of its own
    text = "The African Union, which is due to deploy observers to Chad, has not commented."
    found = code(text, "2026-03-12")
    assert mentions_of(found, "MOBILIZE"), shown(found)


# -- mention.mission_host --------------------------------------------------------------------


def test_police_reported_by_an_embassy_abroad_are_the_host_states(code):
    text = "The French embassy in Algiers said police had detained a French journalist on Sunday."
    found = [m for m in mentions_of(code(text, "2026-03-12"), "COERCE") if m.actor]
    assert found, "no detention coded"
    assert _countries(found, "actor") == {"DZA"}, shown(found)
    assert "mention.mission_host" in found[0].explanation


def test_police_reported_by_a_ministry_at_home_keep_their_reading(code):
    # guard: a ministry at home is no mission abroad: the rule does not apply
    text = "The French foreign ministry said police had detained a French journalist on Sunday."
    found = mentions_of(code(text, "2026-03-12"), "COERCE")
    assert all("mention.mission_host" not in m.explanation for m in found), shown(found)
