"""Date words in a past participle on the subject ("X, *pictured in a file photo from 2023*,
on Friday urged ..."; a photo caption of bench/stories/pages9) date the participle's act, not
the verb's. Invented sentences."""

from __future__ import annotations


def test_a_caption_s_file_photo_year_does_not_date_the_act(code):
    text = (
        "The OAS secretary-general, pictured in Lima in a file photo from 2023, on Friday "
        "urged Peru and Bolivia to reopen the border."
    )
    found = [m for m in code(text, "2026-06-13") if m.event_type == "REQUEST"]
    assert found and all(m.date == "2026-06-12" for m in found)
    assert all(m.modality == "asserted" for m in found)


def test_an_appointment_year_on_the_subject_does_not_date_the_act(code):
    text = (
        "Chile's navy detained a Peruvian fishing boat on Wednesday. The Peruvian envoy in "
        "Santiago, appointed in 2019, condemned the detention on Thursday."
    )
    found = [m for m in code(text, "2026-06-13") if m.event_type == "ACCUSE"]
    assert found and all(m.date == "2026-06-11" for m in found)
