"""Extra events of the story benches, by general class (branch precision, issues #11/#12).
Invented text throughout.

filter.untargeted_directed: an act that by its meaning is aimed at someone (an accusation, a
demand, a rejection, a threat, support) for which the coder finds no target at all, after the
story's lead, is a remark with no counterpart: no event. A headline or a sentence coded alone
keeps it; acts that stand without a target (force, pledges, meetings) are kept.
"""

from __future__ import annotations


def _code(nlp, text: str):
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="p28", published="2026-03-02"), doc)
    return mentions, {d.trigger: d.rule for d in doc._.communique_dropped}


def test_denial_with_no_accuser_after_the_lead_is_no_event(nlp):
    text = (
        "Chile and Peru signed a fisheries accord in Lima on Monday.\n\n"
        "Peru's fisheries minister later denied that the accord had been rushed through."
    )
    mentions, dropped = _code(nlp, text)
    assert [(m.sentence, m.event_type) for m in mentions] == [(0, "SUPPORT")]
    assert dropped["denied"] == "filter.untargeted_directed"


def test_welcoming_a_thing_with_no_party_is_no_support(nlp):
    text = (
        "Ghana's parliament approved a new mining code on Thursday.\n\n"
        "The Ghana Chamber of Mines welcomed the decision."
    )
    mentions, dropped = _code(nlp, text)
    assert not [m for m in mentions if m.event_type == "SUPPORT"]
    assert dropped["welcomed … decision"] == "filter.untargeted_directed"


def test_headline_or_single_sentence_keeps_its_untargeted_act(code):
    mentions = code("Turkish minister denies wrongdoing", "2026-03-02")
    assert [(m.event_type, m.recipient) for m in mentions] == [("REJECT", [])]


def test_acts_that_stand_without_a_target_are_kept(code):
    pledge = code(
        "Ukraine's president visited Berlin on Monday.\n\n"
        "Germany pledged 300 million euros to a reconstruction fund on Tuesday.",
        "2026-03-02",
    )
    assert ("AGREE", 1) in {(m.event_type, m.sentence) for m in pledge}
    fire = code(
        "Pakistan closed a border crossing on Monday.\n\n"
        "Pakistani troops opened fire near the crossing on Tuesday, police said.",
        "2026-03-02",
    )
    assert ("ASSAULT", 1) in {(m.event_type, m.sentence) for m in fire}


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
