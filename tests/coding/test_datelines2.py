"""A story filed from a hub (a seat of international bodies or a regional base of wire
reporters: vocabulary hub_datelines) about other states does not make the hub's state a party
(rule mention.hub_dateline), unless the story says that state acts; and a body renewing a
peacekeeping mission's mandate provides protection to the mission's host (CAMEO 074, PLOVER
AID), not a demand, and not aimed at members "abstaining" in an absolute clause."""

from __future__ import annotations

import pytest

from support import shown_codes as _show
from support import states_in as _states


def test_hub_state_is_no_party_of_others_talks(code):
    text = (
        "LISBON, May 5 (Wire) - Chile's mining minister reached Lima on Monday for two days of "
        "talks with Peru's government on a shared lithium corridor.\n\n"
        "Advisers who took part in the opening session said the sides took up rail links.\n\n"
        "The visit follows a Peruvian request for Chilean investment in the southern ports."
    )
    found = code(text, "2025-05-05")
    assert found, _show(found)
    assert "PRT" not in _states(found), _show(found)


@pytest.mark.candidates(
    "checks how bare police in a hub story are placed; their claimed arrest, placed only by the "
    "hub rule, scores below the default threshold since session 38's table"
)
def test_bare_police_in_a_hub_story_take_the_leads_state(code):
    text = (
        "HELSINKI, March 2 (Wire) - Denmark ordered a Chinese diplomat to leave the country on "
        "Monday, saying he had tried to recruit staff at a naval shipyard.\n\n"
        "Police said a 52-year-old man had been detained in connection with the case.\n\n"
        "China's embassy called the decision groundless."
    )
    found = code(text, "2025-03-02")
    assert "FIN" not in _states(found), _show(found)
    held = [m for m in found if m.evidence.trigger.startswith("detained")]
    assert held and all(p.country == "DNK" for m in held for p in m.actor), _show(found)


def test_hub_state_that_acts_stays_a_party(code):
    text = (
        "NAIROBI, March 2 (Wire) - Kenya's foreign minister met envoys from Uganda and Rwanda on "
        "Monday to discuss a regional rail line.\n\n"
        "Police said a 30-year-old man had been detained outside the venue."
    )
    found = code(text, "2025-03-02")
    held = [m for m in found if m.evidence.trigger.startswith("detained")]
    assert held and all(p.country == "KEN" for m in held for p in m.actor), _show(found)


def test_visit_filed_from_a_hub_names_its_host_still(code):
    text = (
        "LISBON, May 5 (Wire) - The Mexican foreign minister's visit began with a tour of the "
        "port on Monday."
    )
    found = code(text, "2025-05-05")
    assert any("PRT" in {p.country for p in m.recipient} for m in found), _show(found)


def test_council_extending_a_mission_mandate_protects_its_host(code):
    text = (
        "NEW YORK, March 6 (Wire) - The UN Security Council voted on Friday to extend the mandate "
        "of the UN stabilisation mission in Mali by six months, with Russia abstaining.\n\n"
        "Mali's ambassador thanked the members of the Council."
    )
    found = code(text, "2025-03-06")
    renewed = [m for m in found if "mandate" in m.evidence.trigger]
    assert renewed, _show(found)
    assert all(m.event_type == "AID" for m in renewed), _show(found)
    assert all({p.country for p in m.actor} == {"UNO"} for m in renewed), _show(found)
    assert all({p.country for p in m.recipient} == {"MLI"} for m in renewed), _show(found)


def test_renewed_mandate_from_the_un_dateline(code):
    text = (
        "UNITED NATIONS, June 30 (Wire) - The Security Council renewed the mandate of the "
        "peacekeeping force in Cyprus for another year on Tuesday.\n\n"
        "Cyprus welcomed the decision."
    )
    found = code(text, "2025-06-30")
    renewed = [m for m in found if "mandate" in m.evidence.trigger]
    assert renewed and all(m.event_type == "AID" for m in renewed), _show(found)
    assert "USA" not in _states(found), _show(found)


def test_dateline_after_short_page_furniture_lines():
    from communique.articles import enrich
    from communique.model import Article
    from communique.pipeline import code_articles

    text = (
        "World news | Africa | West Africa and the Sahel region\n\n"
        "Thursday 6 March 2025, 09:15 Greenwich Mean Time (first published)\n\n"
        "Updated 2 hours ago with the vote count and reactions\n\n"
        "By a staff reporter of the wire service, with agencies abroad\n\n"
        "Share this story on social media or send it by electronic mail\n\n"
        "NEW YORK, March 6 (Wire) — The UN Security Council on Thursday prolonged the mandate of "
        "the UN stabilisation mission in Mali by six months.\n\n"
        "Mali's foreign ministry said the decision came too late."
    )
    article = Article(text=text, id="dl2", published="2025-03-06")
    enrich(article)
    (coded,) = code_articles([article], topic_gate=False)
    found = coded.mentions
    renewed = [m for m in found if "mandate" in m.evidence.trigger]
    assert renewed, _show(found)
    assert all({p.country for p in m.actor} == {"UNO"} for m in renewed), _show(found)
    assert "USA" not in _states(found), _show(found)


def test_opening_dateline_after_short_head_lines():
    from communique.articles.dateline import opening_dateline

    head = (
        "World news | Europe | Southern Europe and the Atlantic islands\n\n"
        "Friday 2 May 2025, 10:15 Greenwich Mean Time (first published)\n\n"
        "Updated today at 14:40 with reactions from both governments\n\n"
        "By a staff reporter of the wire service, with agencies abroad\n\n"
        "Share this story on social media or send it by electronic mail\n\n"
    )
    assert len(head) > 200
    found = opening_dateline(head + "LISBON, May 2 (Wire) — Chile and Peru signed a deal.")
    assert found is not None and found.place == "Lisbon"
    long_head = "\n\n".join(["A headline line that runs on for quite a while, " * 3] * 5)
    assert opening_dateline(long_head + "\n\nLISBON, May 2 (Wire) — Chile signed.") is None


def test_untitled_office_holder_leading_a_hub_story_is_the_hubs(code):
    text = (
        "NAIROBI, May 3 (Wire) - Interior Minister Peter Otieno welcomed a Tanzanian police "
        "delegation on Friday for talks on cattle rustling.\n\n"
        "Otieno asked Tanzania to share records of smuggling routes."
    )
    found = code(text, "2025-05-03")
    asked = [m for m in found if m.event_type == "REQUEST"]
    assert asked, _show(found)
    assert all({p.country for p in m.actor} == {"KEN"} for m in asked), _show(found)
