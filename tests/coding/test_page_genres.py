"""The genres large outlets mix (issues #11/#12): an interview whose answers are labelled by
the office in sentence case and whose questions carry no label, a long answer printed in
several paragraphs, a broadcast transcript that names its anchor in full once and by surname
after, an interviewer named by their paper, and a live page whose entry stamps are bare
``<time>`` elements or clock times with "p.m." and a zone. Pages and sentences invented for
these tests."""

from __future__ import annotations

from communique.coding.story_days import live_entries
from communique.coding.transcript import transcript_turns
from communique.sources.html import html_article
from support import countries as _countries

OFFICE_LABELS = (
    "Lithuania's interior minister spoke to us by telephone from the capital on Friday.\n\n"
    "Northern Ledger: Has anyone been held for the bombing?\n\n"
    "Interior minister: Our police have arrested six men near the border.\n\n"
    "What do you say to Belarus?\n\n"
    "Interior minister: We accuse the Belarusian intelligence service of training the bombers."
    "\n\n"
    "Will you close the border?\n\n"
    "Interior minister: We have closed two crossings since Thursday."
)


def test_a_sentence_case_office_label_is_a_speaker():
    turns = transcript_turns(OFFICE_LABELS)
    assert [t.speaker for t in turns if not t.asks] == ["Interior minister"] * 3
    # the interviewer, named by the paper, only asks
    assert [t.asks for t in turns if t.speaker == "Northern Ledger"] == [True]


def test_an_office_labels_first_person_is_the_speakers_state(code):
    got = code(OFFICE_LABELS, "2026-03-14")
    accuse = [m for m in got if m.event_type == "ACCUSE"]
    assert accuse, [(m.event_type, m.evidence.trigger, _countries(m.actor)) for m in got]
    assert all(_countries(m.actor) == {"LTU"} for m in accuse)


def test_unlabelled_questions_between_one_speakers_answers_are_no_ones_answer():
    turns = transcript_turns(OFFICE_LABELS)
    question = OFFICE_LABELS.index("What do you say")
    assert not any(t.start <= question < t.end for t in turns)


LONG_ANSWER = (
    "Ghana's foreign minister, Ana Kovac, met reporters in the capital on Monday.\n\n"
    "Q: Has Ghana answered the incursion?\n\n"
    "ANA KOVAC: Yes. This morning I summoned the Togolese ambassador.\n\n"
    "We also recalled our ambassador from Togo for consultations.\n\n"
    "Q: Will you go to the Security Council?\n\n"
    "ANA KOVAC: If the troops stay, yes."
)


def test_a_paragraph_with_no_label_goes_on_with_the_answer(code):
    turns = transcript_turns(LONG_ANSWER)
    second = LONG_ANSWER.index("We also recalled")
    assert any(t.speaker == "ANA KOVAC" and t.label_end <= second < t.end for t in turns)
    got = code(LONG_ANSWER, "2026-03-16")
    recalled = [m for m in got if "recalled" in m.evidence.sentence_text]
    assert recalled, [(m.event_type, m.evidence.trigger) for m in got]
    assert all(_countries(m.actor) == {"GHA"} for m in recalled)
    assert any("resolve.transcript_continued" in m.explanation for m in recalled), [
        m.explanation for m in recalled
    ]


BROADCAST = (
    "LATE EDITION. Aired March 3, 2026.\n\n"
    "MARA LINDQVIST, NEWS ANCHOR: Good evening. Tonight the border dispute. Our correspondent "
    "is in the capital. Peter?\n\n"
    "PETER ANDOR, CORRESPONDENT: Mara, the army closed the last crossing this afternoon.\n\n"
    "LINDQVIST: And the government?\n\n"
    "ANDOR: The cabinet met for three hours.\n\n"
    "LINDQVIST: Thank you, Peter.\n\n"
    "(COMMERCIAL BREAK)\n\n"
    "Produced by the capital bureau."
)


def test_a_surname_label_is_the_speaker_of_the_full_label():
    turns = transcript_turns(BROADCAST)
    assert {t.speaker for t in turns} == {
        "MARA LINDQVIST, NEWS ANCHOR",
        "PETER ANDOR, CORRESPONDENT",
    }
    # the anchor reports as well as asks: not a questioner
    assert not any(t.asks for t in turns)
    # a stage note ends the last turn: the credit line is no one's answer
    credit = BROADCAST.index("Produced by")
    assert not any(t.start <= credit < t.end for t in turns)


# -- guards ------------------------------------------------------------------------------


def test_wire_copy_with_a_quoted_question_is_no_transcript():
    text = (
        "The minister was asked at a news conference on Monday whether talks would resume.\n\n"
        'Her answer was short. "Q: Will you talk to them? A: Not yet," a slide behind her read.'
        "\n\nThe talks were suspended in January after a border incident."
    )
    assert transcript_turns(text) == []


def test_captions_and_a_single_note_are_no_transcript():
    text = (
        "Police detained twelve protesters outside parliament on Tuesday.\n\n"
        "File photo: Protesters outside parliament in March.\n\n"
        "The interior ministry said the protest had not been authorised.\n\n"
        "File photo: A minister speaking to reporters in March.\n\n"
        "Read more: How the protest movement began."
    )
    assert transcript_turns(text) == []


def test_a_colon_after_a_name_in_a_sentence_is_no_label():
    text = (
        "The envoy's message was blunt: the troops must leave.\n\n"
        "Foreign minister Jan Berg said on Monday that talks would go on.\n\n"
        "The cabinet's view: no deal before the summer."
    )
    assert transcript_turns(text) == []


# -- live pages ----------------------------------------------------------------------------


def _entry(clock: str, head: str, body: str) -> str:
    return f'<div class="entry"><time>{clock}</time><p><strong>{head}</strong> {body}</p></div>'


LIVE = (
    "<!DOCTYPE html><html><head><title>Harbour strike: live updates</title>"
    '<meta property="article:published_time" content="2026-05-20T08:00:00+02:00">'
    "</head><body><article><h1>Harbour strike: live updates</h1>"
    + _entry(
        "18:40",
        "Ministry detains organisers.",
        "Police detained four union organisers outside the port authority, a lawyer said.",
    )
    + _entry(
        "14:15",
        "Dockers block the gates.",
        "Striking dockers blocked the main gates of the container terminal with lorries.",
    )
    + _entry(
        "08:00",
        "Good morning.",
        "The strike began after the union rejected the port authority's offer on Sunday. "
        "Talks were last held on 17 May.",
    )
    + "</article></body></html>"
)


def test_bare_time_elements_stamp_the_entries_of_a_live_page():
    text = html_article(LIVE).text
    assert "18:40 \u2014 " in text
    assert len(live_entries(text)) == 3


def test_an_entry_is_not_dated_by_a_day_another_entry_names(code):
    text = html_article(LIVE).text
    got = [m for m in code(text, "2026-05-20") if m.event_type == "COERCE"]
    assert got, text
    assert all(m.date == "2026-05-20" for m in got)


def test_clock_stamps_with_pm_and_a_zone_open_entries():
    text = (
        "6:50 p.m. ET \u2014 Freedonia recalls its envoy\n\nThe ministry said ...\n\n"
        "4:05 p.m. ET \u2014 Talks collapse\n\nNegotiators left the venue.\n\n"
        "11:20 a.m. ET \u2014 Talks open\n\nDelegations arrived."
    )
    assert len(live_entries(text)) == 3


def test_a_clock_time_in_prose_is_no_entry():
    text = "The vote closed at 6:50 p.m. ET on Monday.\n\nResults came at 9 p.m."
    assert live_entries(text) == []


INTRODUCED = (
    "Chile's foreign minister was in Lima on Wednesday for talks with her Peruvian "
    "counterpart. Bolivia's foreign minister had cancelled a visit to Santiago the week "
    "before.\n\n"
    "Andean Weekly: Did the talks go well?\n\n"
    "Foreign Minister: We signed a fisheries agreement with Peru this morning.\n\n"
    "Andean Weekly: And Bolivia?\n\n"
    "Foreign Minister: We condemned the seizure of our trucks at the border.\n\n"
    "Andean Weekly: Will you meet again?\n\n"
    "Foreign Minister: Yes, in March."
)


def test_an_office_label_is_the_holder_the_introduction_presents(code):
    """The label "Foreign Minister" is Chile's minister, whom the introduction presents, not
    Bolivia's, whom it names after."""
    got = code(INTRODUCED, "2026-02-12")
    ours = [m for m in got if "condemned" in m.evidence.sentence_text]
    assert ours, [(m.event_type, m.evidence.trigger, _countries(m.actor)) for m in got]
    assert all(_countries(m.actor) == {"CHL"} for m in ours)


PARAPHRASE = (
    "Good morning. Kenya's trade minister joins us from Nairobi, and later Uganda's envoy.\n\n"
    "PRESENTER: Minister, is there a trade war?\n\n"
    "TRADE MINISTER: No. But we have asked Uganda to reopen the Busia crossing.\n\n"
    "PRESENTER: Thank you. Ambassador, the minister says Uganda closed the crossing to "
    "punish Kenyan farmers.\n\n"
    "UGANDAN ENVOY: That is wrong. The crossing was closed for repairs.\n\n"
    "PRESENTER: Ambassador, thank you."
)


def test_a_hosts_paraphrase_of_a_guest_is_no_new_act(code):
    got = code(PARAPHRASE, "2026-06-07")
    retold = [m for m in got if "minister says" in m.evidence.sentence_text]
    assert retold == [], [(m.event_type, m.evidence.trigger) for m in retold]
    # the guest's own request stays
    assert any(m.event_type == "REQUEST" and "asked" in m.evidence.trigger for m in got)


def test_another_states_holder_of_the_guests_office_is_no_paraphrase(code):
    text = PARAPHRASE.replace(
        "the minister says Uganda closed", "Tanzania's minister says Uganda closed"
    )
    got = code(text, "2026-06-07")
    told = [m for m in got if "Tanzania's minister says" in m.evidence.sentence_text]
    assert told, [(m.event_type, m.evidence.trigger) for m in got]
