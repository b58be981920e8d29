"""Economic coercion and its reversal: tariffs, export bans, embargoes and their easing (CAMEO
163 SANCTION, 085 RETREAT, 1312/130 THREATEN). Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from support import countries, top

PUBLISHED = "2023-05-12"


def events(code, text):
    return [(m.event_type, m.cameo, countries(m.actor), countries(m.recipient)) for m in code(text)]


# --- a measure decided now that takes effect later is done, dated when decided ---------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Canadian government signed an order imposing 20% tariffs on Argentine"
            " aluminium, effective next month.",
            "CAN",
            "ARG",
        ),
        (
            "Japan announced duties of 15% on Chinese solar panels that take effect on 1 July.",
            "JPN",
            "CHN",
        ),  # fmt: skip
        ("India suspended rice exports to Bangladesh with effect from Tuesday.", "IND", "BGD"),
    ],
)
def test_measure_taking_effect_later_is_asserted_and_dated_when_decided(
    code, text, actor, recipient
):
    m = top(code(text))
    assert (m.event_type, m.cameo, m.modality) == ("SANCTION", "163", "asserted"), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation
    assert m.date == PUBLISHED, m.explanation
    assert "[date.effective]" in m.explanation


def test_will_impose_from_a_stated_day_is_a_decided_measure(code):
    m = top(
        code("Brazil said it would impose tariffs of 30% on Peruvian coffee starting next week.")
    )
    assert (m.event_type, m.modality) == ("SANCTION", "asserted"), m.explanation
    assert countries(m.recipient) == {"PER"}, m.explanation  # "on X" read past "of 30%"
    assert "[modality.decided_measure]" in m.explanation
    assert m.date == PUBLISHED


def test_will_impose_if_stays_a_threat_even_with_a_start_day(code):
    m = top(code("Brazil will impose tariffs on Peruvian coffee starting next week if talks fail."))
    assert m.event_type == "THREATEN", m.explanation


def test_threat_of_tariffs_from_a_day_is_dated_when_made(code):
    m = top(code("Brazil threatened to impose tariffs on Peruvian coffee from 1 June."))
    assert (m.event_type, m.modality, m.date) == ("THREATEN", "asserted", PUBLISHED), m.explanation


def test_start_day_of_a_protest_is_its_own_day(code):
    m = top(
        code("The Kenyan teachers' strike starting on Monday closed schools across the country.")
    )
    assert m.date == "2023-05-08", m.explanation
    assert "date.effective" not in m.explanation


def test_ban_coming_into_force_is_an_embargo_not_dated_by_its_start(code):
    m = top(code("Indonesia's export ban on coal came into force on Saturday."))
    assert (m.event_type, m.cameo, m.date) == ("SANCTION", "163", PUBLISHED), m.explanation


def test_deal_taking_effect_later_was_signed_today(code):
    m = top(code("Colombia and Ecuador signed a trade deal that takes effect on 1 July."))
    assert (m.modality, m.date) == ("asserted", PUBLISHED), m.explanation


# --- halting, restricting and barring trade -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("China restricted exports of rare earth magnets to Japan.", "CHN", {"JPN"}),
        ("Kenya barred imports of Tanzanian maize.", "KEN", {"TZA"}),
        ("Mexico raised tariffs on Chinese steel to 25%.", "MEX", {"CHN"}),
        ("Vietnam curbed exports of rice.", "VNM", set()),
        (
            "The Chinese commerce ministry announced retaliatory tariffs on Canadian canola.",
            "CHN",
            {"CAN"},
        ),  # fmt: skip
    ],
)
def test_trade_restrictions_are_sanctions(code, text, actor, recipient):
    m = top(code(text))
    assert (m.event_type, m.cameo) == ("SANCTION", "163"), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == recipient, m.explanation


def test_restrict_and_bar_keep_their_other_senses(code):
    m = top(code("Ghana restricted the movement of foreign traders."))
    assert (m.event_type, m.cameo) == ("COERCE", "172"), m.explanation


def test_tariff_on_all_imports_has_no_single_target(code):
    m = top(code("Turkey imposed a 20% tariff on all imports."))
    assert m.event_type == "SANCTION" and not m.recipient, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The government introduced a tax on sugar on Monday.",
        "Australia announced a review of its tariff schedule.",
    ],
)
def test_domestic_measures_are_no_sanctions(code, text):
    assert not [m for m in code(text) if m.event_type == "SANCTION"]


# --- easing: lifting, exempting, waivers ------------------------------------------------------


def test_lifting_an_export_ban_eases_it_and_is_no_new_ban(code):
    assert events(code, "Thailand lifted the export ban on sugar.") == [
        ("RETREAT", "085", {"THA"}, set())
    ]


def test_lifting_a_ban_on_imports_is_one_event(code):
    ms = code("The European Union lifted its ban on Ukrainian grain imports.")
    assert [(m.event_type, m.cameo) for m in ms] == [("RETREAT", "085")]
    assert countries(ms[0].recipient) == {"UKR"}


def test_exempting_goods_from_duties_eases_them(code):
    m = top(code("Egypt exempted Sudanese goods from the new import duties."))
    assert (m.event_type, m.cameo) == ("RETREAT", "085"), m.explanation
    assert countries(m.recipient) == {"SDN"}


def test_waiver_goes_to_whom_it_is_granted(code):
    m = top(code("Washington granted Turkey a waiver from the steel tariffs."))
    assert (m.event_type, m.cameo) == ("RETREAT", "085"), m.explanation
    assert countries(m.actor) == {"USA"} and countries(m.recipient) == {"TUR"}, m.explanation
    assert "[recipient.governing_verb_dative]" in m.explanation


def test_eased_sanctions_on_a_country_target_it(code):
    m = top(code("The sanctions on Iran were eased by the European Union."))
    assert (m.event_type, countries(m.recipient)) == ("RETREAT", {"IRN"}), m.explanation


# --- retaliation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("China retaliated with tariffs on US farm goods.", "CHN"),
        ("The EU responded with tariffs on US motorcycles.", "EUR"),
    ],
)
def test_retaliating_with_tariffs_is_a_sanction_on_the_goods_owner(code, text, actor):
    m = top(code(text))
    assert (m.event_type, m.cameo, m.modality) == ("SANCTION", "163", "asserted"), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == {"USA"}, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Beijing vowed retaliation against the new American tariffs.",
        "Brazil vowed to retaliate against the new Argentine tariffs.",
        "China promised retaliation against Japan over the new export curbs.",
    ],
)
def test_vowed_retaliation_is_a_threat(code, text):
    m = top(code(text))
    assert m.event_type == "THREATEN", m.explanation
    assert not [x for x in code(text) if x.event_type in ("AGREE", "SANCTION")]


# --- more ways news names trade measures and their easing ------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The United States expanded export controls on Chinese chip makers.", "USA", {"CHN"}),
        ("Turkey blocked shipments of steel to Israel.", "TUR", {"ISR"}),
        ("Poland stopped imports of Ukrainian grain.", "POL", {"UKR"}),
        ("China reinstated tariffs on Taiwanese imports.", "CHN", {"TWN"}),
        ("India put wheat exports on hold after a heatwave damaged crops.", "IND", set()),
        ("Russia halted gas deliveries to Bulgaria on Wednesday.", "RUS", {"BGR"}),
        ("The European Union placed three Syrian banks under sanctions.", "EUR", {"SYR"}),
        ("Malaysia said the export ban on chicken would take effect on June 1.", "MYS", set()),
    ],
)
def test_more_trade_restrictions_are_sanctions(code, text, actor, recipient):
    m = top(code(text))
    assert (m.event_type, m.cameo, m.modality) == ("SANCTION", "163", "asserted"), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == recipient, m.explanation


def test_ban_said_to_take_effect_is_the_speakers(code):
    m = top(code("Malaysia said the export ban on chicken would take effect on June 1."))
    assert "[actor.measure_announcer]" in m.explanation and m.date == PUBLISHED


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Australia dropped its tariffs on Chinese wine.", "AUS", {"CHN"}),
        ("China removed tariffs on Australian barley.", "CHN", {"AUS"}),
        ("South Africa scrapped import duties on Zambian sugar.", "ZAF", {"ZMB"}),
        ("Japan unfroze Iranian assets worth $6 billion.", "JPN", {"IRN"}),
        ("Argentina resumed beef exports to China after a two-month suspension.", "ARG", {"CHN"}),
        ("Indonesia reopened palm oil exports.", "IDN", set()),
    ],
)
def test_easing_trade_measures_is_retreat_085(code, text, actor, recipient):
    m = top(code(text))
    assert (m.event_type, m.cameo, m.modality) == ("RETREAT", "085", "asserted"), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == recipient, m.explanation


def test_resumed_exports_name_the_rule(code):
    m = top(code("Argentina resumed beef exports to China after a two-month suspension."))
    assert "[recode.resumed_trade]" in m.explanation


def test_truce_taking_effect_is_dated_by_its_start(code):
    m = top(code("A ceasefire between Armenia and Azerbaijan took effect on Sunday."))
    assert m.date == "2023-05-07", m.explanation
    assert "date.effective" not in m.explanation


def test_lifting_sanctions_from_a_stated_month_is_decided(code):
    m = top(code("Britain said it would lift sanctions on Syria from next month."))
    assert (m.event_type, m.cameo, m.modality) == ("RETREAT", "085", "asserted"), m.explanation
    assert countries(m.recipient) == {"SYR"} and m.date == PUBLISHED


def test_state_boycott_of_goods_is_an_embargo(code):
    m = top(code("The Moroccan government boycotted Spanish imports for a month."))
    assert (m.event_type, m.cameo) == ("SANCTION", "163"), m.explanation
    assert countries(m.recipient) == {"ESP"} and "[recode.state_boycott]" in m.explanation


def test_traders_boycott_of_goods_stays_a_protest(code):
    m = top(code("Pakistani traders boycotted French products."))
    assert m.event_type == "PROTEST", m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed tariffs on Chinese steel, which come into force on Friday.",
        "The Indian government imposed an export ban on onions, effective immediately.",
        "Brazil will impose retaliatory tariffs on US goods from Monday.",
    ],
)
def test_measures_with_a_day_of_effect_are_dated_when_decided(code, text):
    m = top(code(text))
    assert (m.event_type, m.modality, m.date) == ("SANCTION", "asserted", PUBLISHED), m.explanation


def test_exemption_granted_eases_tariffs_for_its_receiver(code):
    m = top(code("The United States granted South Korea an exemption from the steel tariffs."))
    assert (m.event_type, m.cameo) == ("RETREAT", "085"), m.explanation
    assert countries(m.recipient) == {"KOR"}, m.explanation


# --- threats and warnings of economic measures -------------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "recipient"),
    [
        ("The US president threatened tariffs on Mexico over migration.", "1312", "USA", "MEX"),
        ("The EU warned of new sanctions against Belarus.", "1312", "EUR", "BLR"),
        ("Russia warned of retaliation against Finland.", "130", "RUS", "FIN"),
    ],
)
def test_threats_of_economic_measures(code, text, cameo, actor, recipient):
    m = top(code(text))
    assert (m.event_type, m.cameo) == ("THREATEN", cameo), m.explanation
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_retaliating_against_tariffs_is_no_threat_of_tariffs(code):
    m = top(code("Beijing threatened to retaliate against the tariffs."))
    assert m.event_type == "THREATEN" and m.cameo != "1312", m.explanation


def test_relaxed_export_curbs_ease_a_sanction(code):
    m = top(code("Japan relaxed export curbs on South Korea."))
    assert (m.event_type, m.cameo, countries(m.recipient)) == ("RETREAT", "085", {"KOR"})


def test_banning_a_countrys_ships_is_a_sanction(code):
    m = top(code("Britain banned Russian ships from its ports."))
    assert (m.event_type, m.cameo, countries(m.recipient)) == ("SANCTION", "163", {"RUS"})


def test_offered_sanctions_relief_is_intent_to_ease(code):
    m = top(code("The United States offered sanctions relief to Venezuela."))
    assert (m.event_type, m.cameo, countries(m.recipient)) == ("AGREE", "0354", {"VEN"})


@pytest.mark.parametrize(
    "text",
    [
        "The Indian government raised excise duty on petrol on Tuesday.",
        "Britain increased stamp duty on second homes.",
        "Nigeria introduced new tariffs on electricity for wealthy districts.",
    ],
)
def test_taxes_and_utility_tariffs_at_home_are_no_sanctions(code, text):
    assert not [m for m in code(text) if m.event_type in ("SANCTION", "RETREAT")]


def test_set_to_impose_from_a_day_is_decided_but_a_plan_is_not(code):
    m = top(code("Canada is set to impose tariffs on Chinese steel from 1 July."))
    assert (m.event_type, m.modality) == ("SANCTION", "asserted"), m.explanation
    m = top(code("Canada plans to impose tariffs on Chinese steel from 1 July."))
    assert (m.event_type, m.modality) == ("THREATEN", "future"), m.explanation


def test_force_used_on_a_day_is_no_date_of_effect(code):
    m = top(code("Police used force against protesters in Nairobi on Monday."))
    assert m.date == "2023-05-08" and "date.effective" not in m.explanation, m.explanation
    ms = code("Ethiopian troops shelled the town, where rebels used force on Monday.")
    shelled = next(m for m in ms if m.evidence.trigger == "shelled")
    assert shelled.date == "2023-05-08", shelled.explanation  # the story's day, not an effect


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "actor", "recipient"),
    [
        (
            "India retaliated by imposing duties on 28 American products.",
            "SANCTION",
            "163",
            "IND",
            "USA",
        ),  # fmt: skip
        ("Russia retaliated by expelling ten British diplomats.", "SANCTION", "166", "RUS", "GBR"),
    ],
)
def test_retaliating_by_an_act_is_that_act(code, text, event_type, cameo, actor, recipient):
    ms = code(text)
    assert [(m.event_type, m.cameo) for m in ms] == [(event_type, cameo)], [
        m.explanation for m in ms
    ]
    assert countries(ms[0].actor) == {actor} and countries(ms[0].recipient) == {recipient}
