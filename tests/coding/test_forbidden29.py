"""Readings a story's gold forbids, on invented text (branch forbidden, session 29): a question
left unanswered ("declined to say whether ...", "refused to tell reporters how many ...") is no
refusal (rule trigger.unanswered_question); a refusal with an object of its own stays one.
Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2026-03-10"


def _why(found):
    return [(m.event_type, m.evidence.trigger, m.explanation) for m in found]


def _rejects(found):
    return [m for m in found if m.event_type == "REJECT"]


def test_declining_to_say_whether_is_no_refusal(code):
    found = code(
        "Norway's foreign minister declined to say whether Oslo would expel the attache.",
        PUBLISHED,
    )
    assert not _rejects(found), _why(found)


def test_a_bare_declined_to_say_after_the_question_is_no_refusal(code):
    found = code(
        "Asked if Lima would close the consulate, Peru's interior minister declined to say.",
        PUBLISHED,
    )
    assert not _rejects(found), _why(found)


def test_refusing_to_tell_reporters_how_many_is_no_refusal(code):
    found = code(
        "The Polish army refused to tell reporters how many soldiers were moved east.",
        PUBLISHED,
    )
    assert not _rejects(found), _why(found)


def test_declining_an_offer_with_a_saying_clause_stays_a_refusal(code):
    found = code(
        "Chile's government declined the loan offer from Argentina, saying the terms were unfair.",
        PUBLISHED,
    )
    assert _rejects(found), _why(found)


def test_refusing_to_say_sorry_stays_a_refusal(code):
    found = code("Brazil's president refused to say sorry to Portugal for the remarks.", PUBLISHED)
    assert _rejects(found), _why(found)


# a demand joined by "and" to a summoning is made of the summoned party (rule
# recipient.joined_verb_target), not of the body or state the story names most


def test_a_demand_joined_to_a_summoning_is_made_of_the_summoned_party(code):
    found = code(
        "Belize will take the border row to the United Nations Security Council, its foreign "
        "minister said. The Security Council is expected to meet next week.\n"
        "Belize's foreign ministry says it summoned Guatemala's ambassador on Monday to protest "
        "against the incursion and demanded guarantees that it would not be repeated.",
        PUBLISHED,
    )
    hits = [m for m in found if m.evidence.trigger == "demanded"]
    assert hits, _why(found)
    assert {a.country for a in hits[0].recipient} == {"GTM"}, _why(hits)


def test_an_appeal_joined_to_a_summoning_is_made_of_the_summoned_party(code):
    found = code(
        "Ghana and Burkina Faso opened a joint border post on Monday. Burkina Faso's president "
        "thanked Ghana for its help.\n"
        "Ghana's foreign ministry summoned the Nigerian high commissioner on Tuesday and "
        "called for an inquiry into the deportations.",
        PUBLISHED,
    )
    hits = [m for m in found if m.event_type == "REQUEST"]
    assert hits, _why(found)
    assert {a.country for a in hits[0].recipient} == {"NGA"}, _why(hits)


def test_a_demand_joined_to_an_act_at_home_takes_no_target_from_it(code):
    found = code("Police in Lagos arrested five protesters and demanded calm.", PUBLISHED)
    hits = [m for m in found if m.event_type == "REQUEST"]
    assert all("NGA" not in {a.country for a in m.recipient} for m in hits), _why(hits)


# a non-governmental group in a story filed from a hub takes no state from the lead (rule
# mention.hub_ngo); the state's own bodies still do


def test_a_group_in_a_hub_story_is_not_the_lead_doers(code):
    found = code(
        "BANGKOK (Wire) — Vietnam and Cambodia protested on Monday against Laos's plan to build "
        "a new dam on the Mekong. The environmental group Green Delta Watch said the project "
        "should be halted and called on Laos to publish its impact study.",
        PUBLISHED,
    )
    hits = [m for m in found if "called on" in m.evidence.trigger]
    assert hits, _why(found)
    doers = {a.country for a in hits[0].actor}
    assert not doers & {"VNM", "KHM", "THA"}, _why(hits)


def test_a_bare_ministry_in_a_hub_story_stays_the_lead_doers(code):
    found = code(
        "GENEVA (Wire) — Ethiopia accused Eritrea on Tuesday of massing troops on the border. "
        "The foreign ministry said on Wednesday it had summoned Eritrea's envoy.",
        PUBLISHED,
    )
    hits = [m for m in found if "summoned" in m.evidence.trigger]
    assert hits, _why(found)
    assert {a.country for a in hits[0].actor} == {"ETH"}, _why(hits)


# a lead the parser cuts into pieces after a headline is still the lead: the third capital's
# state of the dateline is no party (rule mention.lead_pieces)


def _code_page(text: str):
    from communique.articles import enrich
    from communique.model import Article
    from communique.pipeline import code_articles

    article = Article(text=text, id="lp29", published="2026-05-20")
    enrich(article)
    (coded,) = code_articles([article], topic_gate=False)
    return coded.mentions


def test_a_lead_cut_into_pieces_keeps_the_third_capitals_state_out():
    found = _code_page(
        "Mediators fail; Uganda's army holds back\n\n"
        "ACCRA, May 19 (Africa Wire) — Delegates of the East African Community closed their "
        "meeting in Kigali on Tuesday by urging Congo to release detained Rwandan traders.\n\n"
        "Congo's government dismissed the appeal as meddling.\n\n"
        "The arrested merchants will face trial for smuggling, a Congolese spokesman said, and "
        "smugglers will be punished."
    )
    assert found, _why(found)
    parties = {a.country for m in found for a in [*m.actor, *m.recipient]}
    assert "GHA" not in parties, _why(found)


def test_a_whole_lead_on_the_datelines_own_state_keeps_it(code):
    found = _code_page(
        "Accra tightens border checks\n\n"
        "ACCRA, May 19 (Africa Wire) — Ghana's government closed two crossings with Togo on "
        "Tuesday. Police detained 12 traders near the border."
    )
    hits = [m for m in found if "detained" in m.evidence.trigger]
    assert hits, _why(found)
    assert {a.country for a in hits[0].actor} == {"GHA"}, _why(hits)


def test_a_condemnation_joined_to_backing_is_not_aimed_at_the_backed_state(code):
    found = code(
        "Britain, France and Germany said in a statement that they stood with Poland and "
        'condemned "the reckless sabotage of the rail line".',
        PUBLISHED,
    )
    hits = [m for m in found if m.event_type == "ACCUSE"]
    assert all("POL" not in {a.country for a in m.recipient} for m in hits), _why(hits)
