"""Background history told by relative times, labels and whole paragraphs (issue #12 item 4;
branch history36): "later that year", "two years later" and "the following summer" chained from
a year named sentences before (rules date.same_year, date.years_counted), "back then" and "in
the aftermath" (rule date.then_history), "at the time" after a counted year
(date.anaphoric_history), and a paragraph of background opened by its year or by a label
(date.background_sentence). Guards: current acts and later reactions keep the story's day.
Invented stories."""

from __future__ import annotations

from support import code_story


def _find(mentions, word: str):
    found = [m for m in mentions if word in m.evidence.trigger]
    assert found, [(m.evidence.trigger, m.event_type, m.modality) for m in mentions]
    return found[0]


LEAD = "Ghana expelled two Togolese diplomats on Monday, its foreign ministry said.\n\n"


def test_years_counted_from_a_chained_relative_year(nlp):
    text = LEAD + (
        "In 2018 Ghana closed its border with Togo. Later that year Togo recalled its "
        "ambassador from Ghana. Two years later Togo expelled Ghana's military attache."
    )
    mentions, _ = code_story(nlp, text)
    later = [m for m in mentions if m.sentence == 3]
    assert later and all(m.modality == "historical" for m in later), later
    assert later[0].date == "2020"


def test_following_season_counts_from_the_year_before(nlp):
    text = LEAD + (
        "Trust between the two capitals wore thin in 2017. The following summer Ghana "
        "imposed tariffs on Togolese cement."
    )
    mentions, _ = code_story(nlp, text)
    tariffs = _find(mentions, "imposed")
    assert tariffs.modality == "historical"
    assert tariffs.date == "2018"


def test_at_the_time_after_a_counted_season(nlp):
    text = LEAD + (
        "Trust between the two capitals wore thin in 2017. The following summer Ghana "
        "imposed tariffs on Togolese cement. At the time, Togo accused Ghana of bullying."
    )
    mentions, _ = code_story(nlp, text)
    accused = _find(mentions, "accused")
    assert accused.modality == "historical"
    assert accused.date == "2018"


def test_back_then_points_to_the_year_named_before(nlp):
    text = (
        "Benin summoned Nigeria's ambassador on Tuesday over a trade dispute.\n\n"
        "Tensions have simmered since Nigeria shut its border with Benin in 2019. Back then, "
        "Nigeria expelled two Beninese diplomats."
    )
    mentions, _ = code_story(nlp, text)
    expelled = _find(mentions, "expelled")
    assert expelled.modality == "historical"
    assert expelled.date == "2019"
    assert "date.then_history" in expelled.explanation


def test_in_the_aftermath_reaches_past_an_undated_sentence(nlp):
    text = (
        "Kenya and Uganda agreed on Friday to reopen their consulates.\n\n"
        "In 2016 protesters stormed the Kenyan embassy in Kampala. Police detained 30 of them. "
        "In the aftermath, Kenya withdrew its ambassador from Uganda."
    )
    mentions, _ = code_story(nlp, text)
    withdrew = _find(mentions, "withdrew")
    assert withdrew.modality == "historical"
    assert withdrew.date == "2016"


def test_labelled_background_paragraph_is_history(nlp):
    text = (
        "Somalia recalled its envoy to Ethiopia on Wednesday.\n\n"
        "Background: Ethiopia sent troops into Somalia in 2006. Somalia suspended diplomatic "
        "ties with Ethiopia."
    )
    mentions, _ = code_story(nlp, text)
    ties = _find(mentions, "suspended")
    assert ties.modality == "historical"
    assert ties.date == "2006"


def test_background_paragraph_keeps_its_year_sentence_after_sentence(nlp):
    text = (
        "Georgia accused Russia on Thursday of moving border markers.\n\n"
        "In 2008 Russian troops entered Georgia. Georgia then broke off relations with Russia. "
        "Georgia expelled all Russian diplomats."
    )
    mentions, _ = code_story(nlp, text)
    expelled = _find(mentions, "expelled")
    assert expelled.modality == "historical"
    assert expelled.date == "2008"


# guards: the story's own acts keep its day


def test_reaction_in_a_later_paragraph_keeps_the_story_day(nlp):
    text = LEAD + (
        "In 2018 Ghana closed its border with Togo. Later that year Togo recalled its "
        "ambassador from Ghana.\n\nTogo condemned the expulsions."
    )
    mentions, _ = code_story(nlp, text)
    condemned = _find(mentions, "condemned")
    assert condemned.modality == "asserted"
    assert condemned.date == "2026-05-04"


def test_aftermath_of_a_named_act_is_no_pointer_back(nlp):
    text = (
        "Gunmen raided a Beninese army checkpoint near Kandi on Monday. In 2019 Nigeria shut "
        "its border with Benin. In the aftermath of the attack, Benin deployed troops to "
        "the north."
    )
    mentions, _ = code_story(nlp, text)
    assert all(m.modality != "historical" for m in mentions if m.sentence == 2), [
        (m.evidence.trigger, m.modality) for m in mentions
    ]


def test_since_then_present_perfect_stays_current(nlp):
    text = LEAD + "The row began in 2018. Since then, Togo has accused Ghana of smuggling."
    mentions, _ = code_story(nlp, text)
    accused = _find(mentions, "accused")
    assert accused.modality != "historical"


def test_unlabelled_undated_follow_up_keeps_the_story_day(nlp):
    text = (
        "Ghana expelled two Togolese diplomats on Monday.\n\n"
        "Ghana closed its border with Togo in 2018. Togo condemned the expulsions."
    )
    mentions, _ = code_story(nlp, text)
    condemned = _find(mentions, "condemned")
    assert condemned.modality == "asserted"


def test_once_tells_history_with_no_date(nlp):
    text = LEAD + "Togo once accused Ghana of sheltering coup plotters."
    mentions, _ = code_story(nlp, text)
    accused = _find(mentions, "accused")
    assert accused.modality == "historical"
    assert accused.date is None


def test_once_again_is_current(nlp):
    text = LEAD + "Togo once again accused Ghana of sheltering coup plotters."
    mentions, _ = code_story(nlp, text)
    accused = _find(mentions, "accused")
    assert accused.modality != "historical"


def test_following_month_counts_from_the_month_named_before(nlp):
    text = (
        "Kenya expelled Somalia's ambassador in November 2025. The following month Somalia "
        "recalled its envoy from Nairobi."
    )
    mentions, _ = code_story(nlp, text)
    recalled = _find(mentions, "recalled")
    assert recalled.date == "2025-12"
    assert recalled.modality == "historical"


def test_following_month_after_a_recent_month_is_current(nlp):
    text = (
        "Kenya expelled Somalia's ambassador in April. The following month Somalia "
        "recalled its envoy from Nairobi."
    )
    mentions, _ = code_story(nlp, text)
    recalled = _find(mentions, "recalled")
    assert recalled.modality == "asserted"
    assert recalled.date == "2026-05"


def test_sentence_that_opens_an_episode_dates_the_acts_after_it(nlp):
    text = (
        "Ghana and Togo agreed on Monday to reopen their embassies.\n\n"
        "Ties deteriorated in 2016 over a fishing dispute. Ghana closed its airspace to "
        "Togolese planes."
    )
    mentions, _ = code_story(nlp, text)
    closed = _find(mentions, "closed")
    assert closed.modality == "historical"
    assert closed.date == "2016"


def test_sentence_of_no_episode_leaves_the_next_act_current(nlp):
    text = (
        "Ghana and Togo agreed on Monday to reopen their embassies.\n\n"
        "Ties improved in 2021 after a summit. Ghana closed its airspace to Togolese planes."
    )
    mentions, _ = code_story(nlp, text)
    closed = _find(mentions, "closed")
    assert closed.modality != "historical"
