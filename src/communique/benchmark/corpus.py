"""A reproducible benchmark corpus made from the bundled example stories.

Each story keeps a real lead paragraph and gets body paragraphs from stories of the same
kind (conflict or cooperation), shuffled, up to about 400 words; then, consistently within
the story, countries (name, adjective and capital) and office holders are swapped for
others from the corpus, numbers change and years shift. Same seed, same corpus; no two
stories repeat text verbatim, so caches keyed on text do not flatter the numbers.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from communique.model import Article

EXAMPLES = Path(str(resources.files("communique") / "data" / "examples"))
ACTORS = Path(str(resources.files("communique") / "data" / "actors"))
_CONFLICT = re.compile(
    r"\b(attack\w*|troops|sanction\w*|protest\w*|shell\w*|kill\w*|strike\w*|expel\w*|"
    r"condemn\w*|accus\w*|warn\w*|missile\w*|embargo|clash\w*|den(y|ied|ies))\b",
    re.I,
)
_NUMBER = re.compile(r"\b\d[\d,]*\b")


def example_articles() -> list[Article]:
    """The bundled example stories, read as `communique ingest` reads them."""
    from communique.sources import iter_articles

    return [a for a in iter_articles([str(EXAMPLES)]) if isinstance(a, Article)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def _sources() -> tuple[list[Article], dict[tuple[str, str], str], list[tuple[str, str]]]:
    """Example stories; the country forms they use, by (ISO3, kind); leaders they name."""
    stories = example_articles()
    text = "\n".join(a.text for a in stories)
    forms: dict[str, tuple[str, str]] = {}
    for path in (ACTORS / "countries.tsv", ACTORS / "country_aliases.tsv"):
        for r in _rows(path):
            if r["kind"] in ("name", "adjective", "capital") and len(r["text"]) > 3:
                forms.setdefault(r["text"], (r["country"], r["kind"]))
    seen: Counter[tuple[str, str, str]] = Counter()
    for m in _alternation(forms).finditer(text):
        iso, kind = forms[m.group(0)]
        seen[(iso, kind, m.group(0))] += 1
    canon: dict[tuple[str, str], str] = {}
    for (iso, kind, form), _ in seen.most_common():
        canon.setdefault((iso, kind), form)
    leaders: dict[str, str] = {}
    for r in _rows(ACTORS / "leaders.tsv"):
        name = r["name"].strip()
        if " " in name and name in text:
            leaders[name] = name.split()[-1]
    return stories, canon, sorted(leaders.items())


def _alternation(words: object) -> re.Pattern[str]:
    alts = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alts) + r")\b")


def _kind(a: Article) -> str:
    return "conflict" if len(_CONFLICT.findall(a.text)) >= 3 else "cooperation"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]


def bench_records(n: int, *, seed: int = 7, words: int = 400) -> list[dict[str, str]]:
    """``n`` JSON Lines article records of about ``words`` words each."""
    stories, canon, leaders = _sources()
    pools: dict[str, list[str]] = {}
    for a in stories:
        pools.setdefault(_kind(a), []).extend(_paragraphs(a.text)[1:])
    isos = sorted({iso for iso, _ in canon})
    by_form = {form: key for key, form in canon.items()}
    country_re = _alternation(by_form)
    out = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        base = stories[i % len(stories)]
        paras = _paragraphs(base.text)
        body = paras[1:] + rng.sample(pools[_kind(base)], k=min(12, len(pools[_kind(base)])))
        rng.shuffle(body)
        chosen, count, limit = paras[:1], len(paras[0].split()), words + rng.randint(-40, 40)
        for p in body:
            if count >= limit:
                break
            if p not in chosen:
                chosen.append(p)
                count += len(p.split())
        text = "\n\n".join(chosen)
        title = base.title or ""
        # countries: a consistent one-to-one swap of those named in the story
        present = sorted({by_form[m.group(0)][0] for m in country_re.finditer(text + title)})
        targets = rng.sample(isos, k=len(present))
        swap = dict(zip(present, targets, strict=True))

        def country(m: re.Match[str], swap: dict[str, str] = swap) -> str:
            iso, kind = by_form[m.group(0)]
            return canon.get((swap.get(iso, iso), kind), m.group(0))

        # office holders: full name and surname swapped together
        names = {}
        for full, last in leaders:
            if full in text or re.search(rf"\b{re.escape(last)}\b", text):
                other_full, other_last = leaders[rng.randrange(len(leaders))]
                names[full], names[last] = other_full, other_last
        years = rng.randint(-6, 6)

        def number(m: re.Match[str], years: int = years, rng: random.Random = rng) -> str:
            s = m.group(0)
            digits = s.replace(",", "")
            if len(digits) == 4 and 1900 <= int(digits) <= 2035 and "," not in s:
                return str(int(digits) + years)
            if len(digits) <= 2:
                return str(rng.randint(1, 28))
            return f"{rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1):,}"

        def vary(s: str, names: dict[str, str] = names) -> str:
            s = country_re.sub(country, s)
            if names:
                s = _alternation(names).sub(lambda hit: names[hit.group(0)], s)
            return _NUMBER.sub(number, s)

        published = None
        if base.published and re.match(r"\d{4}-\d\d-\d\d", base.published):
            d = date.fromisoformat(base.published[:10])
            d = d.replace(year=d.year + years, day=min(d.day, 28)) + timedelta(rng.randint(-9, 9))
            published = d.isoformat()
        out.append({
            "id": f"bench-{seed}-{i:06d}",
            "title": vary(title),
            "url": f"https://bench.communique.example/{seed}/{i:06d}",
            "publisher": base.publisher or "Benchmark Wire",
            "published": published,
            "language": "en",
            "text": vary(text),
        })  # fmt: skip
    return out


def bench_articles(n: int, *, seed: int = 7, words: int = 400) -> list[Article]:
    """``bench_records`` read as articles (metadata, dateline, ids), as ingest reads them."""
    import io
    import json

    from communique.sources import read_jsonl_articles

    lines = "".join(json.dumps(r) + "\n" for r in bench_records(n, seed=seed, words=words))
    return [
        a for a in read_jsonl_articles(io.StringIO(lines), origin="bench") if isinstance(a, Article)
    ]
