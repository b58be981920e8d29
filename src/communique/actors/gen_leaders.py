"""Regenerate ``data/actors/leaders_countryinfo.tsv`` (heads of state and government to ~2009).

Run ``python -m communique.actors.gen_leaders [PATH-TO-CountryInfo.txt]``. The TSV is committed;
this script documents how it was made. Facts: the <Leaders> blocks of CountryInfo.120116.txt
(Philip A. Schrodt, CC BY-SA 3.0; originally from rulers.org), and the foreign ministers listed in
its <Government> blocks (CIA World Leaders, 2003-2011). Hand-curated terms, including everything
after 2009, are in leaders.tsv, which wins where both list a person.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from communique.actors.gen_countries import DEFAULT_SOURCE, _blocks, _field, _title
from communique.licences import COUNTRYINFO, cc_by_sa_header

OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "leaders_countryinfo.tsv"
SOURCE_END = "2011-12-31"  # the source's coverage: later terms are unknown to it
SRC = "CountryInfo.120116 (Schrodt, CC BY-SA 3.0; rulers.org)"
DATE = r"(\d{8})"
TERM_RE = re.compile(rf"\[\s*(?:{DATE}\s*-\s*{DATE}|>\s*{DATE}|<\s*{DATE})\s*\]")
GOV_RE = re.compile(rf"\[([A-Z]{{3}})GOV\s*(?:{DATE}\s*-\s*{DATE}|>\s*{DATE}|<\s*{DATE})\s*\]")


def _office(position: str) -> str | None:
    p = position.lower()
    if re.search(r"governor|commissioner|administrator|\bresident|lieutenant", p):
        return None  # colonial and sub-national offices
    if any(w in p for w in ("prime minister", "premier", "chancellor", "council of ministers",
                            "head of government", "heads of government", "chief minister")):  # fmt: skip
        return "head_of_government"
    if any(w in p for w in ("president", "king", "queen", "emir", "sultan", "head of state",
                            "heads of state", "chairm", "emperor", "shah", "secretar", "prince",
                            "supreme leader", "grand duke")):  # fmt: skip
        return "head_of_state"
    return None


def _date(s: str | None) -> str:
    """YYYYMMDD to ISO; impossible days (the source has "20030931") become the month's last."""
    if not s:
        return ""
    import calendar

    y, m, d = int(s[:4]), int(s[4:6]) or 1, int(s[6:8]) or 1
    m = min(m, 12)
    d = min(d, calendar.monthrange(y, m)[1])
    return f"{y:04d}-{m:02d}-{d:02d}"


def _names(raw: str) -> list[str]:
    alts = re.findall(r"\{([^}]*)\}", raw) or [raw.split("[")[0]]
    return [_title(a) for a in alts if a.strip("_ ")]


def _aliases(names: list[str]) -> list[str]:
    out = list(names[1:])
    for n in names:
        words = n.split()
        if len(words) == 2 or (len(words) >= 3 and words[-2].lower() in ("al", "el")):
            out.append(words[-1])
        elif len(words) >= 3:  # Spanish-style names: "Rodriguez Parrilla", not "Parrilla"
            out.append(" ".join(words[-2:]))
        last = words[-1] if words else ""
        if re.match(r"(?i)(al|el|as|ash|ad|an|ar|at|az)-", last):
            out.append(last.split("-", 1)[1])
            if words[-2].lower() in ("al", "el", "bin", "ben", "de", "da", "van", "von"):
                out.append(f"{words[-2].lower()}-{words[-1]}")
                out.append(f"{words[-2]} {words[-1]}")
    return list(dict.fromkeys(a for a in out if a and a not in names[:1]))


def _terms(raw: str) -> list[tuple[str, str]]:
    out = []
    for m in TERM_RE.finditer(raw):
        a, b, gt, lt = m.groups()
        if a:
            out.append((_date(a), _date(b)))
        elif gt:
            out.append((_date(gt), ""))
        elif lt:
            out.append(("2003-01-01", _date(lt)))
    return out


def build(source: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    raw_text = source.read_text("utf-8", errors="replace")
    for block in _blocks(raw_text):
        codes = re.findall(r"[A-Z]{3}", " ".join(_field(block, "CountryCode"))[::-1])
        if not codes:
            continue
        iso = codes[0][::-1]
        lead = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if lead:
            for pos, body in re.findall(r"<([^/][^>]*)>(.*?)</\1>", lead.group(1), re.S):
                office = _office(pos)
                if office is None:
                    continue
                for line in body.splitlines():
                    line = line.split("#")[0].strip()
                    if not line or "[" not in line:
                        continue
                    names = _names(line)
                    for start, end in _terms(line):
                        if (end and end < "1990") or not names:
                            continue
                        end = end or SOURCE_END  # in office when the source was last updated
                        rows.append([names[0], ";".join(_aliases(names)), iso, office, "GOV",
                                     start, end, SRC])  # fmt: skip
        gov = re.search(r"<Government>(.*?)</Government>", block, re.S)
        if gov:
            for line in gov.group(1).splitlines():
                title = line.split("#")[1].lower() if "#" in line else ""
                if "foreign" not in title or "minister" not in title:
                    continue
                names = _names(line.split("#")[0])
                for m in GOV_RE.finditer(line):
                    cc, a, b, gt, lt = m.groups()
                    start, end = (
                        (_date(a), _date(b))
                        if a
                        else (_date(gt), "")
                        if gt
                        else ("2003-01-01", _date(lt))
                    )
                    end = end or SOURCE_END
                    if names:
                        rows.append([names[0], ";".join(_aliases(names)), cc, "foreign_minister",
                                     "GOV", start, end,
                                     "CountryInfo.120116 (Schrodt, CC BY-SA 3.0; CIA World Leaders)"])  # fmt: skip
    return rows


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    rows = build(source)
    header = (
        "# Office holders 1990-~2011 from CountryInfo.120116.txt. GENERATED by\n"
        "#   python -m communique.actors.gen_leaders (do not edit; hand-curated terms go in leaders.tsv).\n"
        "# Source: Philip A. Schrodt 2012, CC BY-SA 3.0, github.com/openeventdata/CountryInfo\n"
        "#   (<Leaders> from rulers.org; foreign ministers from <Government>, CIA World Leaders).\n"
        "# End 2011-12-31 means: in office when the source was last updated (terms may have continued;\n"
        "#   the resolver then keeps the country and codes the person ELI after that date).\n"
        + "\n".join(cc_by_sa_header(COUNTRYINFO))
        + "\n# Columns as leaders.tsv.\n"
    )
    cols = "name\taliases\tcountry\toffice\tsector\tstart\tend\tsource"
    OUT.write_text(header + cols + "\n" + "\n".join("\t".join(r) for r in rows) + "\n", "utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv)
