"""Date words of a clause of what will or may be done ("said it would publish a plan *in
September*") date that plan, not a past event of the sentence above it. Every text is written
for these tests."""

from __future__ import annotations


def test_a_planned_acts_month_does_not_date_the_welcome(code):
    (m,) = code(
        "Ghana's president welcomed the ruling and said his government would publish a"
        " roadmap in September.",
        "2023-05-12",
    )
    assert (m.event_type, m.modality, m.date) == ("SUPPORT", "asserted", "2023-05-12")


def test_the_planned_act_keeps_its_own_month(code):
    (m,) = code("Ghana said it would hold talks with Togo in September.", "2023-05-12")
    assert (m.modality, m.date) == ("future", "2023-09")
