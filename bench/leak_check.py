"""Find development-set text in the project: runs of N or more words (default 8) that a file
under src/, tests/, bench/ or docs/ (or a top-level Markdown file) shares with a sentence or page
of ``shared/benchmarks``.

    python bench/leak_check.py [--shared ../shared] [--words 8]
    python bench/leak_check.py --fuzzy [--shared ../shared] [--min-shared 4] [--min-cover 0.6]

The development sets are read at run time from the shared folder and never copied; a hit prints
the file, the line and the shared run of words. Exit 1 when anything is found. The test
``tests/test_no_benchmark_text.py`` runs the same check.

``--fuzzy`` looks for close paraphrases instead of exact runs: each project file is cut into
sentence-like snippets (string literals and comments of Python files, split at sentence ends;
sentences of Markdown paragraphs and of other text lines), and a snippet is flagged when it shares
enough distinctive content words (stopwords and words common across the development sets do not
count) with one development-set sentence. A hit prints the file, the line, the score and the id of
the development-set item (``plover_gsr #i`` in ``evaluate.load_gold`` order, ``cameo_penta #i``
by row, ``realpages <page> #i`` by sentence), never the item's text. It is a review aid.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import math
import re
import sys
import tokenize
from collections import Counter, defaultdict
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


# ---------------------------------------------------------------------------------------------
# fuzzy mode: close paraphrases

_STOP_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say saying told tell tells according added mr mrs ms
    dr s t also new one two three four five six seven eight nine ten first last next since
    may might must shall us monday tuesday wednesday thursday friday saturday sunday today
    yesterday tomorrow week weeks month months year years day days time ago earlier later
    still yet however already
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
SENT_END = re.compile(r"(?<=[.!?;])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")
PY_SUFFIX = ".py"


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > 2 and w not in STOPWORDS and not w.isdigit()}


NAME = re.compile(r"[A-Za-z0-9]+")


def plain_words(text: str, common: set[str]) -> set[str]:
    """The content words of a snippet less its names (capitalised words, but for a sentence's
    first word when it is a word the development sets use in lower case): a paraphrase that swaps
    the countries or people of a sentence keeps the rest of its words."""
    out: set[str] = set()
    for i, m in enumerate(NAME.finditer(text)):
        tok = m.group(0)
        w = tok.lower()
        if len(w) <= 2 or w in STOPWORDS or w.isdigit():
            continue
        if tok[0].isupper() and (i > 0 or w not in common):
            continue
        out.add(w)
    return out


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """(character offset, sentence) for the sentence-like pieces of ``text``."""
    start = 0
    for m in SENT_END.finditer(text):
        if text[start : m.start()].strip():
            yield start, text[start : m.start()]
        start = m.end()
    if text[start:].strip():
        yield start, text[start:]


def benchmark_units(shared: Path) -> tuple[list[tuple[str, set[str]]], set[str]]:
    """(item id, content words) for every development-set sentence, and the words the
    development sets write in lower case."""
    bm = shared / "benchmarks"
    units: list[tuple[str, set[str]]] = []
    lower: set[str] = set()

    def add(item: str, text: str) -> None:
        units.append((item, content_words(text)))
        lower.update(re.findall(r"\b[a-z]+\b", text))

    gsr = bm / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if gsr.exists():
        data = json.loads(gsr.read_text(encoding="utf-8"))
        i = 0
        for rec in data if isinstance(data, list) else data.get("data", []):
            event = rec.get("event") or rec.get("event_type") or rec.get("plover_event_0.5b1")
            if not rec.get("text") or not event or event == "DOCUMENT":
                continue
            add(f"plover_gsr #{i}", str(rec["text"]))
            i += 1
    penta = bm / "cameo_penta" / "test.tsv"
    if penta.exists():
        with penta.open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh, delimiter="\t") if len(r) == 2]
        for i, (text, _) in enumerate(r for r in rows if r[1].strip().isdigit()):
            add(f"cameo_penta #{i}", text)
    for page in sorted((bm / "realpages").glob("*/*.html")):
        raw = page.read_bytes().decode("utf-8", errors="replace")
        text = html.unescape(TAG.sub("\n", raw))
        text = re.sub(r"[ \t]*\n[\s]*", "\n\n", text)  # page blocks are paragraphs
        for i, (_, sent) in enumerate(_sentences(text)):
            if len(content_words(sent)) >= 4:
                add(f"realpages {page.stem} #{i}", sent)
    return units, lower


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _py_snippets(text: str) -> Iterator[tuple[int, str]]:
    """String literals (adjacent ones joined, as Python joins them) and comment blocks."""
    pieces: list[tuple[int, str, str]] = []  # (line, kind, text)
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        yield from ((i + 1, ln) for i, ln in enumerate(text.splitlines()))
        return
    for tok in toks:
        if tok.type == tokenize.STRING:
            body = re.sub(r"^[rbuRBUfF]*('{3}|\"{3}|'|\")", "", tok.string)
            body = re.sub(r"('{3}|\"{3}|'|\")$", "", body)
            body = body.replace("\\n", " ").replace("\\'", "'").replace('\\"', '"')
            pieces.append((tok.start[0], "s", body))
        elif tok.type == tokenize.COMMENT:
            pieces.append((tok.start[0], "c", tok.string.lstrip("#").strip()))
        elif (
            tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
            or tok.type == tokenize.OP
            and tok.string in "()"
        ):
            continue
        else:
            pieces.append((tok.start[0], "x", ""))
    block: list[tuple[int, str, str]] = []

    def flush() -> Iterator[tuple[int, str]]:
        if not block:
            return
        joined, starts = "", []
        for line, _, body in block:
            starts.append((len(joined), line))
            joined += body + ("" if block[0][1] == "s" else " ")
        for off, sent in _sentences(joined):
            line = max(ln for o, ln in starts if o <= off) if starts else block[0][0]
            yield line, sent

    prev_line = -10
    for line, kind, body in pieces:
        same = block and kind == block[-1][1] and (kind == "s" or line - prev_line <= 1)
        if not same:
            yield from flush()
            block = []
        if kind != "x":
            block.append((line, kind, body))
        prev_line = line
    yield from flush()


def _text_snippets(path: Path, text: str) -> Iterator[tuple[int, str]]:
    if path.suffix == ".md":  # paragraphs, then sentences
        for m in re.finditer(r"(?:[^\n]+\n?)+", text):
            for off, sent in _sentences(m.group(0).replace("\n", " ")):
                yield _line_of(text, m.start() + off), sent
        return
    for i, line in enumerate(text.splitlines()):
        if path.suffix == ".tsv":
            line = line.replace("\t", " . ")
        for _, sent in _sentences(line):
            yield i + 1, sent


def snippets(path: Path) -> Iterator[tuple[int, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == PY_SUFFIX:
        yield from _py_snippets(text)
    else:
        yield from _text_snippets(path, text)


def find_paraphrases(
    shared: Path,
    root: Path = ROOT,
    min_shared: int = 3,
    min_cover: float = 0.6,
    min_weight: float = 0.55,
    paths: Iterable[Path] | None = None,
) -> list[tuple[Path, int, float, str]]:
    """(file, line, score, development-set item id) for every snippet that shares at least
    ``min_shared`` content words (names aside; ``min_shared + 1`` counting the names) with one
    development-set sentence, the shared
    words making up at least ``min_cover`` of the snippet's words and ``min_weight`` of their
    weight (inverse document frequency over the development sets, so that words common in news
    count for little). The score is the weighted share."""
    units, lower = benchmark_units(shared)
    df: Counter[str] = Counter()
    index: dict[str, list[int]] = defaultdict(list)
    for k, (_, ws) in enumerate(units):
        df.update(ws)
        for w in ws:
            index[w].append(k)
    n_units = len(units)

    def idf(w: str) -> float:
        return math.log((n_units + 1) / (df.get(w, 0) + 1))

    hits: list[tuple[Path, int, float, str]] = []
    for path in paths if paths is not None else project_files(root):
        seen: set[tuple[int, str]] = set()
        for line, snip in snippets(path):
            best: tuple[float, str] | None = None
            # names aside (a paraphrase that swaps the countries), or with the names and one
            # shared word more (a sentence copied with its names but reworded)
            for ws, least in ((plain_words(snip, lower), min_shared),
                              (content_words(snip), min_shared + 1)):  # fmt: skip
                if len(ws) < least:
                    continue
                counts: Counter[int] = Counter()
                for w in ws:
                    counts.update(index.get(w, ()))
                total = sum(idf(w) for w in ws)
                for k, c in counts.items():
                    if c < least or c / len(ws) < min_cover:
                        continue
                    weight = sum(idf(w) for w in ws & units[k][1]) / total
                    if weight >= min_weight and (best is None or weight > best[0]):
                        best = (weight, units[k][0])
            if best and (line, best[1]) not in seen:
                seen.add((line, best[1]))
                hits.append((path, line, round(best[0], 2), best[1]))
    return hits


def _rel(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--words", type=int, default=8, help="shortest shared run reported")
    ap.add_argument("--fuzzy", action="store_true", help="look for close paraphrases instead")
    ap.add_argument("--min-shared", type=int, default=3, help="fuzzy: fewest shared words")
    ap.add_argument("--min-cover", type=float, default=0.6, help="fuzzy: shared share of words")
    ap.add_argument("--min-weight", type=float, default=0.55, help="fuzzy: shared share of weight")
    ap.add_argument("paths", nargs="*", type=Path, help="files to check (default: the project)")
    args = ap.parse_args()
    if not (args.shared / "benchmarks").exists():
        print(f"no development sets under {args.shared}/benchmarks", file=sys.stderr)
        return 2
    if args.fuzzy:
        found = find_paraphrases(
            args.shared,
            min_shared=args.min_shared,
            min_cover=args.min_cover,
            min_weight=args.min_weight,
            paths=[p.resolve() for p in args.paths] or None,
        )
        for path, line, score, item in found:
            print(f"{_rel(path)}:{line}: {score:.2f} {item}")
        print(f"{len(found)} snippets close to a development-set sentence", file=sys.stderr)
        return 1 if found else 0
    hits = find_leaks(args.shared, args.words)
    for path, line, run in hits:
        print(f"{_rel(path)}:{line}: {run}")
    print(f"{len(hits)} shared runs of {args.words}+ words", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
