"""Violence, coercion and protest with no named doer (coding/unattributed.py): kept with an
empty actor and the flag, explained, less confident, not doubled, and without a dyad in the
store's relations and in the exports."""

from __future__ import annotations

import csv
import io

import pytest

from support import countries


def unattributed(mentions):
    return [m for m in mentions if m.unattributed]


@pytest.mark.parametrize(
    ("text", "etype", "rule"),
    [
        ("Three Peruvian soldiers were killed near the border on Monday.", "ASSAULT",
         "actor.unattributed"),
        ("A roadside bomb killed four Afghan police officers on Sunday.", "ASSAULT",
         "actor.unattributed_thing"),
        ("A car bomb exploded in Kabul on Sunday, killing four Afghan soldiers.", "ASSAULT",
         "actor.unattributed_thing"),
        ("Gun attacks left seven people dead in northern Nigeria on Friday.", "ASSAULT",
         "actor.unattributed_noun"),
        ("Rallies were held in Lima on Saturday against the new fuel tax.", "PROTEST",
         "actor.unattributed_protest"),
        ("Protests erupted in several Iranian cities on Friday.", "PROTEST",
         "actor.unattributed_protest"),
    ],
)  # fmt: skip
def test_events_with_no_named_doer_are_kept_and_flagged(code, text, etype, rule):
    ms = unattributed(code(text))
    assert [m.event_type for m in ms] == [etype], [m.explanation for m in code(text)]
    m = ms[0]
    assert m.actor == []
    assert "unattributed" in m.explanation and f"[{rule}]" in m.explanation
    assert m.to_dict()["unattributed"] is True


def test_the_victims_or_the_place_become_the_recipient(code):
    (m,) = unattributed(code("Gun attacks left seven people dead in northern Nigeria on Friday."))
    assert countries(m.recipient) == {"NGA"}
    assert "[recipient.place_of_clause]" in m.explanation
    (m,) = unattributed(code("A roadside bomb killed four Afghan police officers on Sunday."))
    assert countries(m.recipient) == {"AFG"}


def test_an_unattributed_event_is_less_confident_than_a_named_one(code):
    (blind,) = unattributed(code("A roadside bomb killed four Afghan police officers on Sunday."))
    named = [m for m in code("Taliban fighters killed four Afghan police officers on Sunday.")]
    assert named and not named[0].unattributed and named[0].actor
    assert blind.confidence < named[0].confidence


def test_not_doubled_when_the_sentence_names_a_doer_of_that_type(code):
    ms = code(
        "Ruritanian troops shelled the town of Norby on Monday, and four Peruvian "
        "soldiers were killed."
    )
    assault = [m for m in ms if m.event_type == "ASSAULT"]
    assert assault and all(not m.unattributed for m in assault), [m.explanation for m in ms]
    # one violent act reported twice in a sentence is one unattributed event
    ms = code("A car bomb exploded in Kabul on Sunday, killing four Afghan soldiers.")
    assert len(unattributed(ms)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Flights were halted after drones struck Mogadishu on Friday.",
        "A cruise missile struck Odesa before dawn on Sunday.",
    ],
)
def test_a_recoded_verb_is_judged_by_its_recoded_type(code, text):
    # the lexicon's "strike" is a labour protest; recoded to an attack by its weapon subject,
    # the unattributed rules must see the attack, not the strike (no crowd, no event)
    ms = unattributed(code(text))
    assert [m.event_type for m in ms] == ["ASSAULT"], [m.explanation for m in code(text)]
    assert "[actor.unattributed_thing]" in ms[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Fans held a rally in Madrid to celebrate the league title.",  # participants named
        "Shares rallied in Tokyo after the announcement.",
        "Dock workers went on strike in Rotterdam on Monday.",  # strikers' own act
        "The attack on the government's budget plan was fierce, critics said.",
    ],
)
def test_no_unattributed_event_without_victims_participants_or_place(code, text):
    assert unattributed(code(text)) == [], [m.explanation for m in code(text)]


def test_the_store_and_exports_keep_it_without_a_dyad(tmp_path):
    from communique.model import Article
    from communique.pipeline import ingest
    from communique.store import Store
    from communique.store.exports import write_gdelt, write_plover
    from communique.store.queries import list_events, summary

    text = (
        "A roadside bomb killed four Afghan police officers on Sunday. "
        "Pakistan condemned Iran on Monday."
    )
    store = Store(tmp_path / "u.duckdb")
    try:
        ingest([Article(text=text, published="2023-05-14", url="https://example.org/u")], store)
        rows = store.query("SELECT unattributed, actor_countries FROM mentions ORDER BY sentence")
        assert rows[0] == {"unattributed": True, "actor_countries": []}
        assert rows[1]["unattributed"] is False
        assert [(p["actor"], p["recipient"]) for p in summary(store)["top_pairs"]] == [
            ("PAK", "IRN")
        ]
        events = list_events(store)
        buf = io.StringIO()
        write_gdelt(events, store, buf)
        gd = {r["PloverType"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
        assert gd["ASSAULT"]["Actor1Code"] == "" and gd["ASSAULT"]["CqUnattributed"] == "1"
        assert gd["ASSAULT"]["Actor2CountryCode"] == "AFG"
        assert gd["ACCUSE"]["CqUnattributed"] == "0"
        buf = io.StringIO()
        write_plover(events, store, buf)
        assert '"unattributed": true' in buf.getvalue() and '"source": []' in buf.getvalue()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the target's place hangs on a conjunct of the object
        ("Drones struck a fuel depot and the main grain terminal in Mombasa early on Sunday, "
         "setting off fires.", {"KEN"}),
        # a place name the tagger split ("Port *Said*" as a verb): read whole as a place
        ("Drones struck a fuel depot and the main grain terminal in Port Said early on "
         "Sunday, setting off fires that burned for two days.", {"EGY"}),
        # a caption: the struck town is the place the sentence names
        ("Smoke rises over a warehouse in Kherson after drones struck the town on Friday.",
         {"UKR"}),
    ],
)  # fmt: skip
def test_a_weapon_striking_a_placed_target_is_an_unattributed_attack(code, text, iso):
    ms = unattributed(code(text))
    assert [m.event_type for m in ms] == ["ASSAULT"], [m.explanation for m in code(text)]
    assert countries(ms[0].recipient) == iso
    # the struck target's place (actor.unattributed_strike, recipient.struck_place), or, where
    # the weapon opening the sentence is read as a common noun, a thing's blast in the place
    # where it happened (actor.unattributed_thing, recipient.place): the same event
    why = ms[0].explanation
    assert ("[actor.unattributed_strike]" in why and "[recipient.struck_place]" in why) or (
        "[actor.unattributed_thing]" in why and "[recipient.place]" in why
    ), why


def test_a_weapon_striking_an_unplaced_target_is_no_event(code):
    assert unattributed(code("Drones struck a fuel depot early on Sunday.")) == []
