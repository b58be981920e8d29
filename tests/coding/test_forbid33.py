"""Forbidden readings of session 33 (issue #12, branch forbid33): an act told only in its target's
unshifted words (a direct quotation, a present-tense "says") is claimed; an absolute clause "with X
mediating" names no partner; a bulleted line's dateline is a dateline; "poised / about / keen to"
tell a step not yet taken; a verbal act's place is its speaker's. Sentences written for these tests."""

from __future__ import annotations

from support import countries


def _of(mentions, kind: str, trigger: str):
    return [m for m in mentions if m.event_type == kind and trigger in m.evidence.trigger]


def _ingested(nlp, text: str, published: str = "2026-04-20"):
    """Code ``text`` as ingest does: the parse text has its datelines blanked."""
    from communique.coding import code_article
    from communique.model import Article
    from communique.parsing import parse_text

    article = Article(text=text, id="t", published=published)
    return code_article(article, nlp(parse_text(article)))


# modality.unshifted_report


def test_quoted_charge_by_the_target_is_only_claimed(code):
    got = code(
        '"Uzbek guards fired on our patrol without warning," Tajikistan\'s border service said.',
        "2026-04-20",
    )
    fire = [m for m in got if m.event_type == "ASSAULT" and countries(m.actor) == {"UZB"}]
    assert fire and all(m.modality == "claimed" for m in fire), [
        (m.event_type, m.modality) for m in got
    ]
    assert "[modality.unshifted_report]" in fire[0].explanation
    charge = [m for m in got if m.event_type == "ACCUSE"]
    assert charge and charge[0].modality == "asserted"  # the accusation itself was made


def test_present_tense_report_by_the_target_is_only_claimed(code):
    got = code("Tajikistan says Kyrgyz troops shelled a border village overnight.", "2026-04-20")
    shell = [m for m in got if m.event_type == "ASSAULT" and countries(m.actor) == {"KGZ"}]
    assert shell and all(m.modality == "claimed" for m in shell), [
        (m.event_type, countries(m.actor), m.modality) for m in got
    ]
    # a past verb of saying with no quotation keeps the existing reading (asserted)
    plain = code(
        "Tajikistan's defence ministry said Kyrgyz troops shelled a border village.", "2026-04-20"
    )
    assert any(
        m.event_type == "ASSAULT" and countries(m.actor) == {"KGZ"} and m.modality == "asserted"
        for m in plain
    )


def test_unshifted_report_by_a_third_state_stays_asserted(code):
    # not told by its target: no accusation read, nothing changed
    got = code("Norway says Russian jets struck Ukrainian ports overnight.", "2026-04-20")
    assert any(m.event_type == "ASSAULT" and m.modality == "asserted" for m in got)
    quoted = code(
        '"Sudanese jets bombed our camps," a South Sudanese army spokesman said.', "2026-04-20"
    )
    bombs = [m for m in quoted if m.event_type == "ASSAULT" and countries(m.actor) == {"SDN"}]
    assert bombs and all(m.modality == "claimed" for m in bombs), [
        (m.event_type, countries(m.actor), m.modality) for m in quoted
    ]


# recipient.absolute_with


def test_absolute_with_clause_names_no_partner(code):
    got = code(
        "With Norway facilitating, Sudan and South Sudan signed an oil transit accord in Juba.",
        "2026-04-20",
    )
    signed = [m for m in got if m.evidence.trigger.startswith("signed")]
    assert signed, [(m.event_type, m.evidence.trigger) for m in got]
    assert all("NOR" not in countries(m.recipient) for m in got), [
        (m.event_type, countries(m.actor), countries(m.recipient)) for m in got
    ]


def test_absolute_with_mediating_and_a_real_partner(code):
    got = code("With Qatar mediating, Rwanda agreed on Friday to end the feud.", "2026-04-20")
    assert got and all("QAT" not in countries(m.recipient) for m in got), [
        (m.event_type, countries(m.recipient)) for m in got
    ]
    # "with" + a party that is no absolute clause stays the partner
    deal = code("Peru held talks with Chile on Monday.", "2026-04-20")
    assert any(countries(m.recipient) == {"CHL"} for m in deal)


# mention.bulleted_dateline


def test_bulleted_digest_datelines_are_found():
    from communique.articles.dateline import item_datelines, opening_dateline

    digest = (
        "NEWS IN BRIEF\n"
        "• QUITO — Ecuador's navy seized a fishing boat on Friday.\n"
        "• LIMA — Peru's congress voted on a mining bill on Saturday."
    )
    assert [d.place for d in item_datelines(digest)] == ["Quito", "Lima"]
    assert str(opening_dateline("• HARARE — The cabinet met on Monday.")) == "Harare"


def test_bulleted_item_city_is_no_doer(nlp):
    text = (
        "NEWS IN BRIEF\n"
        "• SANTIAGO — Police arrested 12 students near the presidential palace on Saturday.\n"
        "• QUITO — Peruvian navy ships detained an Ecuadorian fishing boat on Friday."
    )
    got = _ingested(nlp, text)
    held = [m for m in got if "detained" in m.evidence.trigger]
    assert held and countries(held[0].actor) == {"PER"}, [
        (m.evidence.trigger, countries(m.actor), countries(m.recipient)) for m in got
    ]


# resolve.counted_without_host


def test_the_two_sides_after_a_host_are_its_guests(code):
    got = code(
        "Kenya hosted Sudanese and South Sudanese delegations in Nairobi on Monday. "
        "The two sides agreed to reopen the border crossings.",
        "2026-04-20",
    )
    agreed = [m for m in got if m.evidence.trigger.startswith("agreed")]
    assert agreed and countries(agreed[0].actor) == {"SDN", "SSD"}, [
        (m.event_type, countries(m.actor), m.explanation) for m in agreed
    ]
    assert "[resolve.counted_without_host]" in agreed[0].explanation


def test_two_factions_hosted_by_a_state_are_not_the_host(code):
    got = code(
        "Qatar hosted Taliban and opposition delegations in Doha, and the two factions then "
        "agreed to hold a second round.",
        "2026-04-20",
    )
    agreed = [m for m in got if m.evidence.trigger.startswith("agreed")]
    assert agreed and "QAT" not in countries(agreed[0].actor), [
        (m.event_type, countries(m.actor)) for m in got
    ]


# mention.host_not_guessed


def test_state_named_only_as_host_is_not_guessed_for_troops(code):
    got = code(
        "Under Norwegian auspices, Sudan and South Sudan agreed to withdraw troops from the "
        "oil fields.",
        "2026-04-20",
    )
    assert got and all("NOR" not in countries(m.recipient) for m in got), [
        (m.event_type, countries(m.actor), countries(m.recipient)) for m in got
    ]


# mention.speech_act_place


def test_place_of_a_condemnation_is_not_the_victims_home(code):
    got = code(
        "In Vienna on Monday, Norway's foreign minister condemned the beating of students by "
        "Belarusian police. Belarus's foreign ministry rejected the criticism.",
        "2026-04-20",
    )
    beaten = [m for m in got if countries(m.actor) == {"BLR"} and m.event_type != "REJECT"]
    assert beaten and all("AUT" not in countries(m.recipient) for m in beaten), [
        (m.event_type, countries(m.actor), countries(m.recipient)) for m in got
    ]


# modality.cue rows poised, about, keen


def test_poised_and_about_to_are_plans(code):
    got = code("Kenya is poised to send 400 police officers to Haiti.", "2026-04-20")
    sent = [m for m in got if m.event_type == "MOBILIZE"]
    assert sent and all(m.modality == "future" for m in sent), [
        (m.event_type, m.modality) for m in got
    ]
    soon = code("Chad is about to expel the Sudanese ambassador.", "2026-04-20")
    assert soon and all(m.modality != "asserted" for m in soon), [
        (m.event_type, m.modality) for m in soon
    ]


def test_keen_to_is_a_wish(code):
    got = code("Indonesia is keen to send peacekeepers to Gaza.", "2026-04-20")
    sent = [m for m in got if m.event_type in ("MOBILIZE", "AID")]
    assert sent and all(m.modality == "hypothetical" for m in sent), [
        (m.event_type, m.modality) for m in got
    ]
    done = code("Indonesia was quick to send peacekeepers to Gaza.", "2026-04-20")
    assert any(m.modality == "asserted" for m in done)
