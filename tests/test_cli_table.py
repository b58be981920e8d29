"""`communique events` in 80- and 100-column terminals (issue #14 item 8), through the CLI.

The compact table keeps whole dates, the type (with its modality when not asserted), actor →
recipient and a shortened evidence within the width; --wide and --format give the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "api"))
from explorer_corpus import build_db  # noqa: E402

from support import run_cli  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("table") / "table.duckdb")


@pytest.mark.parametrize("width", [80, 100])
def test_events_table_fits_the_terminal(db, width):
    res = run_cli("events", "--db", str(db), columns=width)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    head = next(line for line in lines if "date" in line)
    assert head.split() == ["date", "type", "actor", "→", "recipient", "evidence"]
    out = res.stdout
    assert "2018-11-02" in out and "2024-02-19" in out  # whole dates, never "19"
    assert "AGREE (future)" in out  # a planned visit is not shown as done
    assert "RUSGOV → CUBGOV" in out and "CUB+RUS → –" in out
    assert "Cuba and Russia met in Havana." in out  # short evidence whole
    row = next(line for line in lines if "RUSGOV → CUBGOV" in line)
    assert "Russian Foreign Minister" in row and row.rstrip().endswith("…")
    assert "asserte" not in out  # modality is in --wide, not cut here


def test_wider_evidence_in_a_wider_terminal(db):
    def row(width: int) -> str:
        out = run_cli("events", "--db", str(db), columns=width).stdout
        return next(line for line in out.splitlines() if "RUSGOV → CUBGOV" in line).rstrip()

    assert len(row(100)) > len(row(80))


def test_wide_and_formats_give_every_column(db):
    wide = run_cli("events", "--db", str(db), "--wide", columns=80)
    assert wide.returncode == 0
    for header in ("cameo", "modality", "trigger", "sentence"):
        assert header in wide.stdout
    assert "2018-11-02" in wide.stdout  # dates are not cut even here
    big = run_cli("events", "--db", str(db), columns=200).stdout
    assert "cameo" in big and "trigger" in big  # a wide terminal gets the full table
    csv_out = run_cli("events", "--db", str(db), "--format", "csv", columns=80).stdout
    assert "evidence_sentence" in csv_out.splitlines()[0]
