"""Shipped data derived from CC BY-SA works says so in its header, in the words the generator
scripts write, and NOTICE names every such file."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.licences import CAMEO2PLOVER, COUNTRYINFO, cc_by_sa_header

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "communique" / "data"


@pytest.mark.parametrize(
    ("path", "work", "what"),
    [
        ("actors/countries.tsv", COUNTRYINFO, "the CountryInfo-derived rows are"),
        ("actors/leaders_countryinfo.tsv", COUNTRYINFO, ""),
        ("coding/cameo.tsv", CAMEO2PLOVER, "the plover/mode/context columns are"),
    ],
)
def test_cc_by_sa_files_carry_the_generated_licence_header(path, work, what):
    head = (DATA / path).read_text(encoding="utf-8").split("\n")[:30]
    lines = cc_by_sa_header(work, what)
    start = head.index(lines[0])
    assert head[start : start + len(lines)] == lines
    assert f"CC BY-SA {work[2]}" in lines[1]
    assert path.split("/")[1] in (ROOT / "NOTICE").read_text(encoding="utf-8")


def test_the_apache_licence_text_ships_with_the_code():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert '"LICENSE"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
