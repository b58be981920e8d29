"""A fact check's verdict belongs to its own claim (rule filter.false_claim): a page that checks
several claims drops what a claim rated false or unproven says happened, keeps what a claim
rated true says and what the page itself reports as fact (an official's accusation, a denial, a
real attack), and does not carry the doer of a false claim to its own sentences
(mention.alleged_force). Guards: a news story that says a side "falsely claimed" something, a
denial quoted in the news, and a fact check of one claim keep their readings. Invented pages."""

from __future__ import annotations

import pytest

SCOPED = "\n\n".join(
    [
        "In short",
        "- Police detained opposition leaders in Asunción: TRUE",
        "- Bolivian troops fought alongside the rioters in Asunción: FALSE",
        "Since Monday evening, when rioters set fire to cars outside the congress building, "
        "rumours about who was behind the unrest have spread on messaging apps. We checked "
        "three of them.",
        'Claim 1: "Police detained opposition leaders in Asunción"',
        "Verdict: TRUE. Paraguay's interior ministry said on Tuesday that police had detained four "
        "opposition leaders overnight. The opposition accused the government of persecution.",
        'Claim 2: "Bolivian troops fought alongside the rioters in Asunción"',
        "Verdict: FALSE. The clip that went viral was recorded at a parade in La Paz in 2019. "
        "Bolivia's foreign minister rejected the rumour on Tuesday. Paraguay's interior minister "
        "accused Bolivian activists of paying the rioters, and Bolivia denied the charge.",
        "Background",
        "On Tuesday soldiers fired tear gas at protesters near the congress building.",
    ]
)
SCOPED_TITLE = "Fact check: what is true and what is false about the unrest in Asunción"

CARRIED = "\n\n".join(
    [
        "In short",
        "- Bolivian troops fought alongside the rioters in Asunción: FALSE",
        "- A curfew was declared in Asunción: TRUE",
        "Rumours about the unrest of Monday night have spread on messaging apps since Tuesday. We "
        "checked the two most shared.",
        'Claim 1: "Bolivian troops fought alongside the rioters in Asunción"',
        "Verdict: FALSE. The clip that went viral was recorded at a parade in La Paz in 2019, and "
        "Bolivia's foreign minister rejected the rumour on Tuesday.",
        'Claim 2: "A curfew was declared in Asunción"',
        "Verdict: TRUE. Paraguay's government said it had imposed a curfew in the capital from "
        "10pm. Residents told us that soldiers attacked a group of rioters near the cathedral with "
        "batons.",
    ]
)
CARRIED_TITLE = "Fact check: three rumours about the night of unrest in Asunción"

REVIEWED = """<!DOCTYPE html><html><head><title>Checked: two claims about the Dniester bridge</title>
<script type="application/ld+json">[{"@type":"ClaimReview","claimReviewed":"Ukrainian troops blew up the Dniester bridge",
"reviewRating":{"@type":"Rating","alternateName":"False"}},
{"@type":"ClaimReview","claimReviewed":"Moldova closed the Palanca crossing",
"reviewRating":{"@type":"Rating","alternateName":"True"}}]</script>
</head><body><article>
<h1>Checked: two claims about the Dniester bridge</h1>
<p>By the desk of Example Checks, 14 October 2026</p>
<h2>Ukrainian troops blew up the Dniester bridge</h2>
<p>A picture of a collapsed span shared on Sunday was taken in another region in 2017. Moldova's
border police said the bridge was intact and open to lorries on Monday.</p>
<h2>Moldova closed the Palanca crossing</h2>
<p>Moldova's government closed the Palanca crossing to traffic on Sunday night after a bomb
alert, its interior ministry said. Kyiv criticised the closure on Monday.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def code_page(nlp):
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, title: str | None = None, article: Article | None = None):
        article = article or Article(text=text, title=title, published="2026-12-02", id="t")
        article.published = article.published or "2026-12-02"
        doc = nlp.make_doc(article.text)
        doc._.communique_article = article
        return code_article(article, nlp(doc))

    return run


def _show(found):
    return [
        (m.event_type, m.modality, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]


def _countries(parties):
    return {p.country for p in parties}


def test_each_verdict_is_read_for_its_own_claim():
    from communique.coding.fact_checks import checked_claims

    claims = checked_claims(SCOPED, SCOPED_TITLE)
    assert [(c.rating, c.kind) for c in claims] == [
        ("TRUE", "true"),
        ("FALSE", "false"),
        ("TRUE", "true"),
        ("FALSE", "false"),
    ]
    second = claims[3]
    assert "paying the rioters" in SCOPED[second.start : second.section_end]
    assert "tear gas" not in SCOPED[second.start : second.section_end]  # (after "Background")


def test_a_false_verdict_does_not_drop_the_arrests_a_true_claim_reports(code_page):
    found = code_page(SCOPED, SCOPED_TITLE)
    detentions = [m for m in found if m.event_type == "COERCE" and "PRY" in _countries(m.actor)]
    assert detentions, _show(found)


def test_the_doer_of_a_false_claim_is_not_carried_to_the_page_own_sentences(code_page):
    found = code_page(CARRIED, CARRIED_TITLE)
    attacks = [m for m in found if m.event_type == "ASSAULT"]
    assert attacks, _show(found)  # the soldiers' attack the page reports stays
    assert not [m for m in attacks if "BOL" in _countries(m.actor)], _show(found)


def test_a_claim_rated_true_keeps_its_act(code_page):
    found = code_page(CARRIED, CARRIED_TITLE)
    # the government's own report under the claim rated true ("said it had imposed a curfew")
    assert [
        m
        for m in found
        if m.event_type == "COERCE" and m.cameo == "1723" and "imposed" in m.evidence.trigger
    ], _show(found)


def test_a_claim_review_in_json_ld_rates_its_own_claim(code_page):
    from communique.sources.html import html_article

    article = html_article(REVIEWED)
    assert any("ClaimReview" in note for note in article.notes)
    found = code_page("", article=article)
    assert not [m for m in found if "UKR" in _countries(m.actor) and m.event_type == "ASSAULT"], (
        _show(found)
    )
    # the claim rated true, and the page's own report, stay
    assert [m for m in found if m.event_type == "COERCE" and "MDA" in _countries(m.actor)], _show(
        found
    )
    assert [m for m in found if m.event_type == "ACCUSE" and "UKR" in _countries(m.actor)], _show(
        found
    )


# guards: readings that must not change


def test_an_accusation_the_page_reports_under_a_false_verdict_stays(code_page):
    found = code_page(SCOPED, SCOPED_TITLE)
    assert [m for m in found if m.event_type == "ACCUSE" and "BOL" in _countries(m.recipient)], (
        _show(found)
    )
    assert [m for m in found if m.event_type == "REJECT" and "BOL" in _countries(m.actor)], _show(
        found
    )


def test_news_that_says_falsely_claimed_keeps_its_reading(code_page):
    found = code_page(
        "Armenia's foreign ministry on Wednesday said Azerbaijan had falsely claimed that Armenian "
        "artillery shelled a village near the border overnight. Baku accused Yerevan of "
        "violating the ceasefire.",
        "Yerevan rejects shelling claim",
    )
    assert [m for m in found if m.event_type == "ASSAULT" and m.modality == "claimed"], _show(found)
    assert [m for m in found if m.event_type == "ACCUSE" and "AZE" in _countries(m.actor)], _show(
        found
    )


def test_a_quoted_denial_in_the_news_stays(code_page):
    found = code_page(
        "Chile's defence ministry on Thursday denied that its warplanes had entered Argentine "
        "airspace, calling the report false. Argentina's foreign minister had said two Chilean "
        "jets crossed the border on Tuesday.",
        "Santiago denies airspace breach",
    )
    assert [m for m in found if m.event_type == "REJECT" and "CHL" in _countries(m.actor)], _show(
        found
    )


def test_a_fact_check_of_one_claim_still_drops_it(code_page):
    found = code_page(
        "Posts circulating since Sunday say that Ghana closed its eastern border with Togo. "
        "Rating: False. Ghana's interior ministry said on Monday that all crossings remained open.",
        "Fact check: did Ghana close its border with Togo?",
    )
    assert not [m for m in found if m.event_type in ("COERCE", "SANCTION")], _show(found)


def test_a_verdict_on_a_line_of_its_own_rates_the_claim_above_it():
    from communique.coding.fact_checks import checked_claims

    text = "\n\n".join(
        [
            "Claim 1: Ruritania closed its embassy in Freedonia.",
            "Verdict: Misleading",
            "The embassy moved to a new building, the ministry said.",
            "Claim 2: Freedonia expelled two diplomats.",
            "Verdict: True",
            "The foreign ministry confirmed it.",
        ]
    )
    claims = checked_claims(text, "Fact check: the embassy rumours")
    assert [(c.rating, c.kind) for c in claims] == [("Misleading", "false"), ("True", "true")]
    assert "new building" in text[claims[0].start : claims[0].section_end]
    assert "confirmed" not in text[claims[0].start : claims[0].section_end]


def test_a_malformed_claim_review_is_ignored_not_fatal():
    """JSON-LD whose ``@type`` is an object, or whose rating is missing, is read past: the page
    is still read, with no claim note of its own."""
    from communique.sources.html import claim_reviews, html_article

    ld = (
        '[{"@type": {"x": 1}, "claimReviewed": "A said B shelled C",'
        ' "reviewRating": {"alternateName": "False"}},'
        ' {"@type": ["ClaimReview", 7], "claimReviewed": "D closed its border"},'
        ' {"@type": ["ClaimReview"], "claimReviewed": "E expelled F",'
        ' "reviewRating": {"alternateName": "Misleading"}}]'
    )
    page = (
        '<html><head><script type="application/ld+json">' + ld + "</script></head><body>"
        "<article><h1>What we checked this week</h1><p>The interior ministry of Ruritania "
        "said on Monday that it had expelled two foreign reporters.</p></article></body></html>"
    )
    assert claim_reviews(page) == [("E expelled F", "Misleading")]
    assert "expelled two foreign reporters" in html_article(page).text
