"""Branch gate37 (issue #12): a page about something else, with a few political-looking words
in it, yields no events (filter.incidental_politics, coding/incidental.py). A club outing's
"officer" at a crossing, its "ambassador", a host who "warned" about bees: a page of some length
with few political words, none of whose events names a state, an international body or a named
official as a party. Every text is written for these tests; a brief naming its minister, a
short police brief and a sports page whose government bans a club keep their events."""

from __future__ import annotations

from support import dropped_rules, mention_rows

BEEKEEPERS = (
    "Beekeepers' club spring outing to the Tatra hives\n\n"
    "Our beekeepers' club spent the long weekend visiting hives in the hills above Zakopane, "
    "and what a trip it was. Twelve of us shared two minibuses, four cool boxes and far too "
    "many sandwiches. The drive south took most of Friday, with a long stop for coffee and a "
    "detour to a honey shop that one member swore was famous.\n\n"
    "At the checkpoint a Slovak officer asked for a jar of our heather honey before waving the "
    "minibuses through. Nobody minded; we had brought forty jars.\n\n"
    "On Saturday our host, a retired teacher who keeps ninety colonies, showed us his "
    "queen-rearing frames. His neighbour's bees attack anyone in a dark jumper, he warned, so "
    "we borrowed white coats. Our club ambassador, Marta, demanded a second look at the smoker "
    "he built from an old coffee tin.\n\n"
    "A delegation of local children arrived in the afternoon to sell us cake, and the "
    "treasurer bought all of it. In the evening we tasted eleven kinds of honey and voted the "
    "lime blossom the best.\n\n"
    "Next month we visit the orchard near Nowy Targ. Bring a veil, a flask and your own "
    "sandwiches this time."
)

CYCLISTS = (
    "Club ride report: three days on the gravel roads of the Sumava\n\n"
    "Nine riders from the club set off on Friday morning for three days on the gravel roads "
    "of the Bohemian Forest, with a van for the luggage and a spare wheel for everyone. The "
    "first day was eighty kilometres of pine forest, two punctures and one wrong turn that "
    "added an hour.\n\n"
    "Near Zelezna Ruda a Czech guide joined us, and at the old border crossing a Bavarian "
    "customs officer asked to see the rear light on every bike before he let us roll on. Our club "
    "ambassador promised him a jersey. The Czech guide welcomed us to his village with a plate of "
    "dumplings and a very long story about his grandfather's mill.\n\n"
    "On Sunday the climb to the lake was the hardest of the weekend, and the fastest riders "
    "waited at the top with coffee. We rode back to the van in light rain, tired and happy.\n\n"
    "The next club ride goes to the Danube cycle path in June. Sign up with the secretary "
    "before the end of the month."
)

# guards
MINISTER_BRIEF = (
    "Norland closes two border crossings after fuel smuggling rise\n\n"
    "Norland's interior minister, Elsa Brandt, accused neighbouring Vesterland on Tuesday of "
    "doing nothing to stop fuel smuggling, which she said had doubled since the spring, and "
    "ordered two crossings on the eastern border closed. Lorries will be "
    "sent to the main crossing at Haldvik, where customs staff will check every tank. Haulage "
    "firms said the change would add hours to each trip and asked for a meeting with the "
    "ministry. Both crossings are to remain shut for the rest of the year, according to the "
    "ministry, which will look at the decision again in the autumn. Traders in the border towns said they "
    "expected fewer shoppers from across the frontier over the summer, and several shops "
    "have already cut their opening hours. Local farmers, who use the smaller crossings to "
    "reach fields on the other side, were told to apply for permits at the town hall."
)

POLICE_BRIEF = (
    "Police detain two reporters at Velmar port\n\n"
    "Police detained two reporters at the port of Velmar on Sunday as they filmed a protest "
    "by dock workers, their newspaper said."
)

CLUB_BAN = (
    "Derby fallout: Kartal supporters barred for the rest of the season\n\n"
    "Kartal's fans will watch the rest of the season from their sofas. After the derby was "
    "halted in the second half when flares landed on the pitch and police cleared the away "
    "stand, the Turkish government banned the club's supporters from every away ground until "
    "the summer, and the league docked the club three points. The sports minister said the "
    "ban would stay until every stadium had working cameras.\n\n"
    "On the pitch the match had been level: Kartal's striker scored a header from a corner "
    "and the visitors equalised with a penalty just before the break. The coach said his "
    "players were disappointed and that the team would appeal against the points deduction. "
    "The club's next home game is against the league leaders on Saturday, with a full "
    "stadium of season-ticket holders expected, and the coach hopes his injured midfielder "
    "will be fit to play in the cup tie the week after."
)


def incidental_page(text: str):
    try:
        from communique.coding.incidental import incidental_page as judged  # gate37's module
    except ImportError:  # before gate37: no page is judged
        return None
    return judged(text)


def test_a_beekeepers_outing_with_stray_political_words_codes_nothing(code, nlp):
    # "ambassador", "delegation", "attack", "warned", "demanded": no party named on the page
    found = code(BEEKEEPERS, "2026-05-04")
    assert found == [], mention_rows(found)
    assert incidental_page(BEEKEEPERS) is not None
    assert "filter.incidental_politics" in dropped_rules(nlp, BEEKEEPERS, "2026-05-04")


def test_a_cycling_club_ride_past_a_customs_officer_codes_nothing(code, nlp):
    # a nationality word ("the Czech guide") and role words ("ambassador", "officer") are how
    # a page about something else mentions people, not parties
    found = code(CYCLISTS, "2026-06-01")
    assert found == [], mention_rows(found)
    assert "filter.incidental_politics" in dropped_rules(nlp, CYCLISTS, "2026-06-01")


def test_the_gated_page_gets_a_note(nlp):
    from communique.coding import code_article
    from communique.model import Article

    article = Article(text=BEEKEEPERS, id="t", published="2026-05-04")
    code_article(article, nlp(BEEKEEPERS))
    assert any("filter.incidental_politics" in n for n in article.notes), article.notes


def test_a_short_brief_naming_its_minister_keeps_its_accusation(code):
    # guard: a page of few political words whose minister is named by name
    found = code(MINISTER_BRIEF, "2026-05-04")
    rows = mention_rows(found)
    assert "ACCUSE" in [m.event_type for m in found], rows


def test_a_police_brief_too_short_to_judge_keeps_its_detention(code):
    # guard: a brief of a few lines is never judged by its words ("police" is a role word)
    found = code(POLICE_BRIEF, "2026-05-04")
    assert "COERCE" in [m.event_type for m in found], mention_rows(found)
    assert incidental_page(POLICE_BRIEF) is None


def test_a_sports_page_keeps_the_governments_ban_of_a_club(code):
    # guard: "the Turkish government" names the state's own organ (political.tsv "organ")
    found = code(CLUB_BAN, "2026-03-09")
    rows = mention_rows(found)
    bans = [m for m in found if any(a.code == "TURGOV" for a in m.actor)]
    assert bans, rows
    assert bans[0].event_type in ("COERCE", "SANCTION"), rows
