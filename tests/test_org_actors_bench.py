"""bench/org_actors.py scores a file of doer snippets given with --file, not only its default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def org_actors():
    sys.path.insert(0, str(BENCH))
    try:
        import org_actors

        yield org_actors
    finally:
        sys.path.remove(str(BENCH))


def test_file_option_scores_the_given_file(org_actors, tmp_path, capsys):
    rows = tmp_path / "o.tsv"
    rows.write_text(
        "# written for this test\ntype\tactor\tsnippet\n"
        "ACCUSE\tNORGOV\tOSLO, May 3 - Norway's government accused Latvia of spying.\n"
        "NONE\tNONE\tThe weather in Oslo was mild on Sunday.\n",
        encoding="utf-8",
    )
    assert org_actors.main(["--file", str(rows)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 events: type 1, actor country 1, actor code 1; 1 non-events")
