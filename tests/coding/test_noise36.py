"""Branch noise36 (issue #12): people of a nationality at a festival, a jamboree or a
championship are not their state (filter.gathering_participants). On a page whose subject is
such a gathering, national groups of participants ("the Georgian delegation", "the Armenian
ensemble", "the Turkish team") borrow the words of diplomacy and war; an event is
kept only when a side is tied to a government by the sentence's own words (police, a ministry,
a government, an international body, a state named by its name). Every text is written for
these tests; political stories about festivals, teams and fans keep their events."""

from __future__ import annotations

from support import dropped_rules, mention_rows

FOLK_FESTIVAL = (
    "Folk festival diary: a week of dancing in Plovdiv\n\n"
    "Our dance group spent a week at the international folklore festival in Plovdiv, with 35 "
    "ensembles from 20 countries, and crossed the border once for an evening concert in "
    "Edirne.\n\n"
    "On the opening night the Armenian ensemble walked out of the rehearsal in a row over the "
    "lighting, and the Serbian musicians refused to share their stage with a brass band. On "
    "Thursday the Georgian delegation accused the jury of favouring the Romanian dancers, and "
    "the negotiations over the final running order lasted past midnight. The Turkish team "
    "attacked the closing dance at such speed that two drummers fell over.\n\n"
    "Next year the festival moves to Ohrid, and the Macedonian organisers have invited every "
    "ensemble that came this year."
)

CHEFS_CONTEST = (
    "Pastry world championship: a bronze for our team in Lyon\n\n"
    "Twenty-two national teams of pastry chefs competed at the pastry world championship in "
    "Lyon this week, and our team of three took the bronze medal behind Japan and Italy.\n\n"
    "The Japanese team attacked the sugar sculpture round with a crane two metres tall. The "
    "Danish chefs threatened to pull out on the first morning when their chocolate was held up "
    "at the border, and the organisers lent them a kitchen. The Peruvian team accused the jury "
    "of favouring classic French cakes. The championship moves to Singapore in two years."
)

FESTIVAL_WITH_POLICE = (
    "Lakeside folk festival: rain, mud and a record crowd\n\n"
    "The Lakeside folk festival closed on Sunday after three days of music, with 60 bands from "
    "14 countries and a record 25,000 visitors despite the rain. The Irish band Tullow won the "
    "festival prize, and the Breton dancers led the closing parade.\n\n"
    "Organisers said the festival had passed off peacefully, although police arrested two men "
    "on Saturday night after a fight near the main stage. The Norwegian delegation of fiddlers "
    "attacked the final jam session with such energy that the organisers let it run past "
    "midnight. Tickets for next year's festival go on sale in March, and the organisers hope "
    "to add a second stage by the border with France."
)


def gathering_story(text: str):
    try:
        from communique.coding.gatherings import gathering_story as judged  # noise36's module
    except ImportError:  # before noise36: no page is judged a gathering
        return None
    return judged(text)


def test_a_folk_festivals_national_groups_code_nothing(code, nlp):
    found = code(FOLK_FESTIVAL, "2026-07-20")
    assert found == [], mention_rows(found)
    assert gathering_story(FOLK_FESTIVAL) is not None
    assert "filter.gathering_participants" in dropped_rules(nlp, FOLK_FESTIVAL, "2026-07-20")


def test_national_teams_at_a_cooking_championship_are_no_states(code, nlp):
    found = code(CHEFS_CONTEST, "2026-02-01")
    assert found == [], mention_rows(found)
    assert gathering_story(CHEFS_CONTEST) is not None
    assert "filter.gathering_participants" in dropped_rules(nlp, CHEFS_CONTEST, "2026-02-01")


def test_police_at_a_festival_keep_their_arrest(code):
    # guard: on a festival page, an act of the police is a government's act; the delegation of
    # fiddlers' "attack" on a jam session is not
    found = code(FESTIVAL_WITH_POLICE, "2026-07-20")
    rows = mention_rows(found)
    assert [m.event_type for m in found] == ["COERCE"], rows
    assert found[0].actor[0].sector == "COP", rows
    assert gathering_story(FESTIVAL_WITH_POLICE) is not None


def test_a_festival_banned_by_a_ministry_is_coded(code):
    # guard: a political story about a festival is no gathering page
    text = (
        "Belarus's culture ministry banned the Blue Lake music festival on Tuesday, two days "
        "before it was due to open, saying the festival's organisers had invited performers "
        "who criticised the government. The festival, held every summer since 2009, draws "
        "30,000 visitors. Police detained twelve festival volunteers who had gathered at the "
        "site. The organisers said they would appeal against the ban in court."
    )
    assert gathering_story(text) is None
    types = {m.event_type for m in code(text, "2026-07-20")}
    assert "COERCE" in types, types


def test_fans_arrested_and_a_government_boycott_are_coded(code):
    # guards: police and a government acting about a championship, a bloc's sanctions on a
    # team, a state's delegation at a UN conference
    fans = (
        "Police in Lisbon arrested 45 English fans after fighting broke out in the city centre "
        "before the championship final on Saturday. The British embassy said it was giving "
        "consular help to those detained."
    )
    assert {m.event_type for m in code(fans, "2026-06-01")} >= {"COERCE"}
    boycott = (
        "Ukraine's government said on Monday that it would boycott the world athletics "
        "championships in Belarus, in protest against the arrest of two Ukrainian journalists "
        "in Minsk. The sports minister said the team would stay at home."
    )
    assert code(boycott, "2026-06-01"), "the boycott is a state's act"
    barred = (
        "The European Union barred Belarus's team from the European rowing championships "
        "under its sanctions, the bloc's foreign ministers decided on Thursday."
    )
    assert any(m.actor and m.actor[0].country == "EUR" for m in code(barred, "2026-06-01"))
    delegation = (
        "The Chilean delegation to the UN climate conference in Bonn walked out of a session on "
        "Tuesday, accusing Brazil of blocking a deal on forests, Chile's foreign ministry said."
    )
    assert gathering_story(delegation) is None
    assert any(m.event_type == "ACCUSE" for m in code(delegation, "2026-06-01"))


def test_a_role_in_a_comparison_is_no_antecedent(code):
    # mention.generic_role: "more stubborn than a general" names no person a later "she" or
    # "he" stands for
    parrot = (
        "The old parrot arrived at the sanctuary on Friday from a breeder in Hungary. Its owner "
        "said the bird was more stubborn than a general. She will visit the vet in Vienna next "
        "week."
    )
    found = code(parrot, "2026-06-02")
    assert found == [], mention_rows(found)
    mule = (
        "The mule came to the farm museum last spring. The curator said the animal had more "
        "patience than an ambassador. He will meet the children of the village school on Monday."
    )
    found = code(mule, "2026-06-02")
    assert found == [], mention_rows(found)


def test_a_named_role_stays_the_antecedent(code):
    # guards: an indefinite role that is the subject of a report, and a minister named before
    # a comparison, are still what "she" stands for
    text = "A senior diplomat said on Monday that the talks had stalled. She accused Russia of "
    text += "blocking a deal on the border."
    accused = [m for m in code(text, "2026-06-02") if m.event_type == "ACCUSE"]
    assert accused and accused[0].actor[0].sector == "GOV", mention_rows(accused)
    text = (
        "The Chilean foreign minister arrived in Lima on Monday. Officials said the talks would "
        "take longer than a normal visit. She will meet Peru's president on Tuesday."
    )
    agreed = [m for m in code(text, "2026-06-02") if m.event_type == "AGREE"]
    assert agreed and agreed[0].actor[0].code == "CHLGOV", mention_rows(agreed)
