"""Score the coder on CAMEO five-class sentences, the way the shared ``score_sentences.py penta``
does, and list what it got wrong.

    PYTHONPATH=src python bench/penta_probe.py [bench/data/penta_probe.tsv] [--list] [--json]

Input: TSV of sentence, class (0-4); ``#`` lines are comments. Each sentence is one article fed to
``communique code``; its class is the CAMEO root of its most confident event (no event: class 0):
0 = CAMEO 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15, 17-20. Prints per-class F1,
accuracy and macro-F1, the confusion pairs, and with ``--list`` each miss (gold, got, CAMEO code,
trigger, sentence).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

PENTA = {
    **{f"{r:02d}": 0 for r in (1, 2)},
    **{f"{r:02d}": 1 for r in (3, 4, 5)},
    **{f"{r:02d}": 2 for r in (6, 7, 8)},
    **{f"{r:02d}": 3 for r in (9, 10, 11, 12, 13, 16)},
    **{f"{r:02d}": 4 for r in (14, 15, 17, 18, 19, 20)},
}
DEFAULT = Path(__file__).parent / "data" / "penta_probe.tsv"


def read(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, label = line.rsplit("\t", 1)
        rows.append((text.strip(), int(label)))
    return rows


def code(texts: list[str]) -> dict[str, list[dict]]:
    inp = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    cmd = [sys.executable, "-m", "communique", "code"]
    p = subprocess.run(cmd, input=inp, capture_output=True, text=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit(p.stderr[-2000:])
    out: dict[str, list[dict]] = defaultdict(list)
    for line in p.stdout.splitlines():
        if line.strip().startswith("{"):
            ev = json.loads(line)
            out[str(ev.get("article_id"))].append(ev)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--list", action="store_true", help="print every miss")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = read(args.file)
    got = code([t for t, _ in rows])
    conf: Counter[tuple[int, int]] = Counter()
    misses = []
    for i, (text, gold) in enumerate(rows):
        evs = sorted(got.get(str(i), []), key=lambda e: -(e.get("confidence") or 0))
        pred, cameo, trig = 0, "", ""
        if evs:
            cameo = str(evs[0].get("cameo") or "")
            trig = (evs[0].get("evidence") or {}).get("trigger") or ""
            pred = PENTA.get(cameo[:2], 0)
        conf[(gold, pred)] += 1
        if pred != gold:
            misses.append((gold, pred, cameo, trig, text))
    n = len(rows)
    acc = sum(v for (g, p), v in conf.items() if g == p) / n
    f1s = []
    for c in range(5):
        tp = conf[(c, c)]
        fp = sum(v for (g, p), v in conf.items() if p == c and g != c)
        fn = sum(v for (g, p), v in conf.items() if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    if args.json:
        print(
            json.dumps(
                {
                    "n": n,
                    "accuracy": round(acc, 4),
                    "macro_f1": round(sum(f1s) / 5, 4),
                    "per_class_f1": [round(x, 4) for x in f1s],
                }
            )
        )
        return
    print(f"{n} sentences; per-class F1 " + " ".join(f"{x:.2f}" for x in f1s))
    print(f"penta: accuracy {acc:.3f} macro-F1 {sum(f1s) / 5:.3f}")
    pairs = sorted(((v, g, p) for (g, p), v in conf.items() if g != p), reverse=True)
    print("confusions (gold->got): " + ", ".join(f"{g}->{p} {v}" for v, g, p in pairs))
    if args.list:
        for gold, pred, cameo, trig, text in sorted(misses):
            print(f"{gold}->{pred}\t{cameo or '-'}\t{trig}\t{text}")


if __name__ == "__main__":
    main()
