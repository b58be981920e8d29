"""Cheap language detection from common function words."""

import pytest

from communique.articles.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The president of Cuba said that the talks with Russia were a success and that he will return.",
            "en",
        ),
        (
            "El presidente de Cuba dijo que las conversaciones con Rusia fueron un éxito y que volverá pronto.",
            "es",
        ),
        (
            "Le président de Cuba a dit que les discussions avec la Russie ont été un succès pour les deux pays.",
            "fr",
        ),
        (
            "Der Präsident von Kuba sagte, dass die Gespräche mit Russland ein Erfolg für die beiden Länder seien.",
            "de",
        ),
        (
            "O presidente de Cuba disse que as conversas com a Rússia foram um sucesso para os dois países e que não há problemas.",
            "pt",
        ),
        (
            "Президент Кубы заявил, что переговоры с Россией были успешными и что он также вернется в Москву, как и все они.",
            "ru",
        ),
    ],
)
def test_detects_language(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_defaults_to_english():
    assert detect_language("Havana") == "en"
    assert detect_language("") == "en"
