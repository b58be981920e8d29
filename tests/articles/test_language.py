"""Language identification (py3langid with a confidence guard for short texts) and which
languages the coder supports."""

import pytest

from communique.articles.language import detect_language, is_supported, unsupported_note


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The president of Cuba said that the talks with Russia were a success and that he will return.", "en"),
        ("El presidente de Cuba dijo que las conversaciones con Rusia fueron un éxito y que volverá pronto.", "es"),
        ("Le président de Cuba a dit que les discussions avec la Russie ont été un succès pour les deux pays.", "fr"),
        ("Der Präsident von Kuba sagte, dass die Gespräche mit Russland ein Erfolg für die beiden Länder seien.", "de"),
        ("O presidente de Cuba disse que as conversas com a Rússia foram um sucesso para os dois países e que não há problemas.", "pt"),
        ("Президент Кубы заявил, что переговоры с Россией были успешными и что он также вернется в Москву, как и все они.", "ru"),
        ("De minister van Buitenlandse Zaken reist volgende week naar Brussel voor overleg met de andere landen.", "nl"),
        ("Il ministro degli esteri ha detto che il governo vuole firmare un accordo con i paesi vicini entro l'estate.", "it"),
        ("外交部长周二表示，两国将在下个月举行新一轮会谈，讨论边境贸易问题。", "zh"),
        ("قال وزير الخارجية إن البلدين سيعقدان جولة جديدة من المحادثات في الشهر المقبل.", "ar"),
    ],
)  # fmt: skip
def test_detects_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya and Uganda ministers meet over lake fishing rights",
        "Chile, Peru and Bolivia sign deal on shared river",
        "Senate votes down budget plan",
    ],
)
def test_short_english_headlines_stay_english(headline):
    # a story wrongly marked foreign would lose all its events: short texts need a confident verdict
    assert detect_language(headline) == "en"


def test_too_little_text_defaults_to_english():
    assert detect_language("Havana") == "en"
    assert detect_language("") == "en"
    assert detect_language("12 34 -- 2025") == "en"


def test_only_english_is_coded():
    assert is_supported("en") and is_supported("en-GB") and is_supported(None)
    assert not is_supported("es") and not is_supported("de")
    assert unsupported_note("es").startswith("not coded: language 'es'")
