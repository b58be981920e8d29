"""Extra events of the story benches, by general class (branch precision, issues #11/#12).
Invented text throughout.

filter.meeting_setting and filter.characterised_act (coding/settings_filters.py).
"""

from __future__ import annotations


def _code(nlp, text: str):
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="p28", published="2026-03-02"), doc)
    return mentions, {d.trigger: d.rule for d in doc._.communique_dropped}


# filter.meeting_setting: a bare meeting noun in a prepositional phrase, with no other side,
# is the setting of another act, not a consultation of its own.


def test_meeting_named_as_the_setting_of_a_remark_is_no_event(nlp):
    text = (
        "Lithuania summoned Belarus's envoy on Monday over the balloons.\n\n"
        "The deputy minister said Lithuania would bring the case up at a meeting of NATO "
        "defence ministers in two weeks."
    )
    mentions, dropped = _code(nlp, text)
    assert [m.event_type for m in mentions] == ["ACCUSE"]
    assert dropped["meeting"] == "filter.meeting_setting"


def test_meeting_that_is_the_news_or_has_two_sides_is_kept(code):
    joint = code(
        "Kenya expelled two Somali diplomats on Monday.\n\n"
        "The meeting between the two governments in Nairobi ended without agreement.",
        "2026-03-02",
    )
    assert ("CONSULT", 1) in {(m.event_type, m.sentence) for m in joint}
    subject = code(
        "Peru's foreign minister met his Bolivian counterpart in La Paz on Monday.\n\n"
        "The meeting came a week after the border was closed.",
        "2026-03-02",
    )
    assert ("CONSULT", 1) in {(m.event_type, m.sentence) for m in subject}


# filter.characterised_act: "This is an attack on X" renames an act told elsewhere; the speaker
# is not its doer.


def test_attack_renaming_a_pronoun_is_no_assault_by_the_speaker(nlp):
    text = (
        "Unknown drones struck a Latvian ferry on Monday.\n\n"
        '"This is a cowardly assault on our fishermen," the Latvian defence minister said.'
    )
    mentions, dropped = _code(nlp, text)
    assert not [m for m in mentions if m.sentence == 1 and m.event_type == "ASSAULT"]
    assert dropped["assault"] == "filter.characterised_act"


def test_warning_renaming_a_pronoun_stays_the_speakers_warning(code):
    mentions = code(
        "Chinese warships sailed near Taiwan on Monday.\n\n"
        '"This is a stern warning to the separatists," a Chinese army spokesman said.',
        "2026-03-02",
    )
    assert ("THREATEN", 1) in {(m.event_type, m.sentence) for m in mentions}
