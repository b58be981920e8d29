"""The licence lines the generator scripts write at the head of data files derived from
CC BY-SA works (see NOTICE): one wording for every such file."""

from __future__ import annotations

COUNTRYINFO = (
    "CountryInfo.120116.txt, Copyright (c) 2012 Philip A. Schrodt,",
    "github.com/openeventdata/CountryInfo",
    "3.0",
)
CAMEO2PLOVER = (
    "CAMEO2PLOVER-2021.txt, Copyright Open Event Data Alliance (PLOVER editor Philip A. Schrodt),",
    "github.com/openeventdata/PLOVER",
    "4.0",
)


def cc_by_sa_header(work: tuple[str, str, str], what: str = "") -> list[str]:
    """Comment lines saying that (``what`` of) the file is adapted from ``work`` and that the
    file is licensed apart from the code, under the same CC BY-SA version."""
    title, where, version = work
    lead = f"# Licence: {what + ' ' if what else ''}adapted from {title}"
    url = f"https://creativecommons.org/licenses/by-sa/{version}/"
    return [
        lead,
        f"#   {where}, licensed CC BY-SA {version} ({url}).",
        f"#   This file is licensed separately from the code under CC BY-SA {version};",
        "#   the communique code is Apache-2.0. See NOTICE.",
    ]
