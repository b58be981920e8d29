"""Rewrite the "Rules by id" part of src/communique/data/coding/README.md from rules.tsv.

    python tools/rules_reference.py          # rewrite the README
    python tools/rules_reference.py --check  # exit 1 when the README is out of date

Everything above the heading "## Rules by id" is kept as written; below it, one table per stage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from communique.coding.rules import STAGES, registry

README = (
    Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "coding" / "README.md"
)
HEADING = "## Rules by id"
INTRO = (
    "Made from `rules.tsv` by `python tools/rules_reference.py` (a test checks that it is up to\n"
    "date). Examples are written for the project, with invented countries (Ruritania, Freedonia,\n"
    "Norland) where the country does not matter."
)


def reference() -> str:
    parts = [HEADING, "", INTRO]
    for stage in STAGES:
        rules = [r for r in registry().values() if r.stage == stage]
        if not rules:
            continue
        parts += ["", f"### {stage}", "", "| id | what it does | example |", "|---|---|---|"]
        for r in rules:
            cells = [f"`{r.id}`", r.summary, r.example]
            parts.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(parts) + "\n"


def rewritten(text: str) -> str:
    return text[: text.index(HEADING)] + reference()


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print(f"{README}: out of date; run python tools/rules_reference.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"wrote {README}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
