"""Datelines: place, date words and agency in the forms wire copy uses."""

import pytest

from communique.articles.dateline import find_dateline


@pytest.mark.parametrize(
    ("opening", "place", "date_text", "agency"),
    [
        ("Havana, February 19 (RHC) -- Cuba and Russia met.", "Havana", "February 19", "RHC"),
        (
            "Moscow, November 2 (RHC)-- Cuban President Miguel Diaz-Canel",
            "Moscow",
            "November 2",
            "RHC",
        ),
        ("MOSCOW (Reuters) - Russia said on Monday", "Moscow", None, "Reuters"),
        ("BRASILIA, March 3 (AP) — Brazil's president said", "Brasilia", "March 3", "AP"),
        ("Kyiv, 5 May 2022 – Ukraine asked for more weapons.", "Kyiv", "5 May 2022", None),
        ("WASHINGTON — The United States imposed sanctions.", "Washington", None, None),
        ("BEIJING, Nov. 2 (Xinhua) -- China and Cuba signed", "Beijing", "Nov. 2", "Xinhua"),
        ("MOSCOW, November 2. /TASS/. Russian Foreign Minister", "Moscow", "November 2", "TASS"),
        ("La Habana, 19 feb (PL) El canciller cubano", "La Habana", "19 feb", "PL"),
        (
            "UNITED NATIONS, Nov 2 (Reuters) - The General Assembly",
            "United Nations",
            "Nov 2",
            "Reuters",
        ),
        ("RIO DE JANEIRO (AP) — Police raided", "Rio de Janeiro", None, "AP"),
        ("NEW DELHI: The finance minister said", "New Delhi", None, None),
        ("LAGOS: Police fired tear gas at", "Lagos", None, None),
        ("NAIROBI/KAMPALA, June 4 (Reuters) - Kenya said", "Nairobi", "June 4", "Reuters"),
        (
            "THE HAGUE, May 3 (Delta Courier) - Chile accused Peru",
            "The Hague",
            "May 3",
            "Delta Courier",
        ),
        ("THE VALLEY, Jan 9 - Anguilla's premier said", "The Valley", "Jan 9", None),
    ],
)
def test_wire_datelines(opening, place, date_text, agency):
    dl = find_dateline(opening)
    assert dl is not None
    assert (dl.place, dl.date_text, dl.agency) == (place, date_text, agency)


@pytest.mark.parametrize(
    "opening",
    [
        "Cuban President Miguel Diaz-Canel met with Russian President Vladimir Putin.",
        "The United Nations (UN) said the vote was close.",
        "Photo: Minrex",
        "On Friday, the two leaders met in Moscow.",
        "Cuba, not Russia - said the minister",
        "UPDATE: The minister resigned on Friday.",
        "WATCH: Troops cross the river",
        "Lagos: a city of twenty million",
        "Nairobi/Kampala ties - a short history",
        "The Minister (Interior) - a profile",
        "THE END - Credits follow",
    ],
)
def test_ordinary_sentences_are_not_datelines(opening):
    assert find_dateline(opening) is None


def test_dateline_after_markdown_banner_lines():
    text = "# *A title*\n\n---\n\n*MinRex*\n\n19 FEBRERO DE 2024\n\nPhoto: x\n\nHavana, February 19 (RHC) -- Cuba said."
    dl = find_dateline(text)
    assert dl is not None and dl.place == "Havana"
    assert text[dl.start :].startswith("Havana, February 19")


def test_dateline_date_parts():
    dl = find_dateline("NEW YORK, Nov 2, 2018 (AP) - The council met.")
    assert (dl.place, dl.month, dl.day, dl.year) == ("New York", 11, 2, 2018)


@pytest.mark.parametrize(
    "banner",
    [
        "RIVERSIDE GRAMMAR SCHOOL - PARENTS' NEWSLETTER",
        "OAKDALE ROWING CLUB -- SPRING REGATTA NOTES",
    ],
)
def test_capitalised_banner_line_is_not_a_dateline(banner):
    # a line in capitals whose words after the dash are capitals too is a heading, not "PLACE -"
    assert find_dateline(banner) is None
    assert find_dateline(banner.split(" -")[0] + " - Pupils voted on Thursday.") is not None


def test_plain_text_story_keeps_a_capitalised_banner_as_its_title():
    from communique.sources.story import parse_story

    text = (
        "HILLCREST PRIMARY SCHOOL - WEEKLY BULLETIN\n\n"
        "Class three wins the spelling cup\n\n"
        "Friday 6 March 2026\n\n"
        "Pupils in class three won the spelling cup on Thursday after a close final round "
        "that went to the last word, and the head teacher praised their hard work.\n"
    )
    parts = parse_story(text)
    assert parts.title == "HILLCREST PRIMARY SCHOOL - WEEKLY BULLETIN"
    assert parts.body.startswith("Pupils in class three")
