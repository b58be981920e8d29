"""Find development-set text in the project: runs of N or more words (default 8) that a file
under src/, tests/, bench/ or docs/ (or a top-level Markdown file) shares with a sentence or page
of ``shared/benchmarks``.

    python bench/leak_check.py [--shared ../shared] [--words 8] [--list]

The development sets are read at run time from the shared folder and never copied; a hit prints
the file, the line and the shared run of words. Exit 1 when anything is found. The test
``tests/test_no_benchmark_text.py`` runs the same check.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-z0-9]+")
TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
SCANNED = ("src", "tests", "bench", "docs")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".tsv", ".json", ".jsonl", ".html", ".csv", ".toml", ".js", ".css", ".cfg", ".yaml", ".yml"}  # fmt: skip
SKIP_NAMES = {"leak_check.py"}


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _gold_texts(bm: Path) -> Iterator[str]:
    gsr = bm / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if gsr.exists():
        data = json.loads(gsr.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else data.get("data", []):
            if isinstance(rec, dict) and rec.get("text"):
                yield str(rec["text"])
    derived = bm / "plover_gsr" / "DERIVED_plover_gsr_with_icews_cameo_code.jsonl"
    if derived.exists():
        for line in derived.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("text"):
                    yield str(rec["text"])
    penta = bm / "cameo_penta" / "test.tsv"
    if penta.exists():
        with penta.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if row:
                    yield row[0]
    for page in sorted((bm / "realpages").glob("*/*.html")):
        raw = page.read_bytes().decode("utf-8", errors="replace")
        yield html.unescape(TAG.sub(" ", raw))
    gold = bm / "realpages" / "gold.json"
    if gold.exists():  # the annotations quote the pages' sentences too
        yield gold.read_text(encoding="utf-8")


def shingles(ws: list[str], n: int) -> Iterable[tuple[str, ...]]:
    return (tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))


def benchmark_shingles(shared: Path, n: int) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for text in _gold_texts(shared / "benchmarks"):
        out.update(shingles(words(text), n))
    return out


def project_files(root: Path = ROOT) -> Iterator[Path]:
    for top in SCANNED:
        base = root / top
        if not base.exists():
            continue
        for p in sorted(base.rglob("*")):
            if (
                p.is_file()
                and p.suffix in TEXT_SUFFIXES
                and p.name not in SKIP_NAMES
                and "__pycache__" not in p.parts
            ):
                yield p
    yield from sorted(root.glob("*.md"))


def find_leaks(shared: Path, n: int = 8, root: Path = ROOT) -> list[tuple[Path, int, str]]:
    """(file, line number, shared words) for every run of ``n`` words a file shares with the
    development sets; overlapping runs on one line are reported once, merged."""
    bench = benchmark_shingles(shared, n)
    hits: list[tuple[Path, int, str]] = []
    for path in project_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        # words with the line each starts on, so runs across line breaks are found too
        tokens = [
            (m.group(0), text.count("\n", 0, m.start()) + 1) for m in WORD.finditer(text.lower())
        ]
        ws = [w for w, _ in tokens]
        i = 0
        while i <= len(ws) - n:
            if tuple(ws[i : i + n]) in bench:
                j = i + n
                while j < len(ws) and tuple(ws[j - n + 1 : j + 1]) in bench:
                    j += 1
                hits.append((path, tokens[i][1], " ".join(ws[i:j])))
                i = j
            else:
                i += 1
    return hits


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--words", type=int, default=8, help="shortest shared run reported")
    args = ap.parse_args()
    if not (args.shared / "benchmarks").exists():
        print(f"no development sets under {args.shared}/benchmarks", file=sys.stderr)
        return 2
    hits = find_leaks(args.shared, args.words)
    for path, line, run in hits:
        print(f"{path.relative_to(ROOT)}:{line}: {run}")
    print(f"{len(hits)} shared runs of {args.words}+ words", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
