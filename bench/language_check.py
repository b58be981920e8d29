"""How well and how fast `communique.articles.language.detect_language` tells a story's language.

    python bench/language_check.py

Texts: spaCy's own example sentences for ~25 languages (short, one sentence each), the same
joined four at a time (story-sized), the same with an English sentence added (mixed), and, as
English, the bundled example stories and their titles, plus the visible development pages when
../shared is there (read only to measure; nothing is copied). Reports, per set, the share
detected exactly, English read as another language (a story that would lose its events) and
other languages read as English (coded by an English coder), and milliseconds per text.
"""

from __future__ import annotations

import importlib
import time
from collections import defaultdict
from pathlib import Path

from communique.articles.language import detect_language
from communique.sources import iter_articles

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "benchmarks" / "realpages"
LANGS = [
    "en",
    "es",
    "de",
    "fr",
    "pt",
    "it",
    "nl",
    "ru",
    "pl",
    "sv",
    "da",
    "tr",
    "id",
    "ro",
    "ca",
    "cs",
    "hu",
    "fi",
    "el",
    "uk",
    "ar",
    "fa",
    "he",
    "hi",
    "ja",
    "zh",
    "ko",
]


def example_sentences() -> list[tuple[str, str]]:
    out = []
    for lang in LANGS:
        try:
            module = importlib.import_module(f"spacy.lang.{lang}.examples")
        except ImportError:
            continue
        out += [(lang, s) for s in module.sentences]
    return out


def english_stories() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    folders = [REPO / "src" / "communique" / "data" / "examples"]
    folders += [SHARED / "news", SHARED / "noise"] if SHARED.is_dir() else []
    texts, titles = [], []
    for item in iter_articles([str(f) for f in folders]):
        if getattr(item, "text", "").strip():
            texts.append(("en", item.text))
            if item.title:
                titles.append(("en", item.title))
    return texts, titles


def report(name: str, data: list[tuple[str, str]]) -> None:
    start = time.perf_counter()
    got = [detect_language(text) for _, text in data]
    ms = (time.perf_counter() - start) * 1000 / max(len(data), 1)
    exact = sum(g == lang for (lang, _), g in zip(data, got, strict=True))
    n_en = sum(lang == "en" for lang, _ in data)
    en_lost = sum(lang == "en" and g != "en" for (lang, _), g in zip(data, got, strict=True))
    foreign_as_en = sum(lang != "en" and g == "en" for (lang, _), g in zip(data, got, strict=True))
    print(
        f"{name:16} n={len(data):4}  exact {exact / len(data):.3f}  "
        f"English read as other {en_lost}/{n_en}  other read as English "
        f"{foreign_as_en}/{len(data) - n_en}  {ms:.2f} ms/text"
    )


def main() -> None:
    start = time.perf_counter()
    detect_language("Loading the model takes a moment the first time it is used.")
    print(f"model load {time.perf_counter() - start:.2f} s")
    short = example_sentences()
    grouped: dict[str, list[str]] = defaultdict(list)
    for lang, s in short:
        grouped[lang].append(s)
    stories = [
        (lang, " ".join(v[i : i + 4]))
        for lang, v in grouped.items()
        for i in range(0, len(v), 4)
        if len(v[i : i + 4]) >= 2
    ]
    mixed = [
        (lang, s + " The ministers of both countries met on Monday.")
        for lang, s in stories
        if lang != "en"
    ]
    texts, titles = english_stories()
    for name, data in [
        ("short sentences", short),
        ("stories", stories),
        ("mixed", mixed),
        ("English stories", texts),
        ("English titles", titles),
    ]:
        report(name, data)


if __name__ == "__main__":
    main()
