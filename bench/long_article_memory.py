"""Peak memory and time of one very long story next to a normal one (issue #13, item 1).

    python bench/long_article_memory.py [--chars 1000000] [--json]

Writes a normal story (~4,000 characters) and a long one (``--chars``, default 1,000,000) made
from sentences written for this script, and codes each with `communique code` in its own
process (JSON Lines in, events out, no database), reading that process's peak RSS from the
kernel (``wait4``). Prints, per story, characters, seconds, peak RSS and events, and the ratios
long / normal. Run it with ``PYTHONPATH`` pointing at another checkout's ``src`` to measure that
version (the "before" figure); ratios are what to compare, absolute figures vary by machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = [
    ("Chile", "Santiago"), ("Peru", "Lima"), ("Kenya", "Nairobi"), ("Norway", "Oslo"),
    ("Vietnam", "Hanoi"), ("Ghana", "Accra"), ("Austria", "Vienna"), ("Mongolia", "Ulaanbaatar"),
    ("Uruguay", "Montevideo"), ("Senegal", "Dakar"), ("Finland", "Helsinki"), ("Jordan", "Amman"),
]  # fmt: skip
TEMPLATES = [
    "The foreign minister of {a} met her counterpart from {b} in {city} on Tuesday.",
    "{a} signed a trade agreement with {b} covering fisheries and ports.",
    "Officials in {city} said the talks would continue next month.",
    "{a} accused {b} of delaying the border survey agreed two years ago.",
    "The government of {b} promised to send engineers to help rebuild two bridges.",
    "Farmers outside {city} said the new rules had raised the price of seed.",
    "{a} urged {b} to release the detained fishermen before the end of the week.",
    "A spokesman for the ministry declined to comment on the figures.",
]


def story(chars: int, seed: int) -> str:
    """Paragraphs of three or four sentences until the text is ``chars`` characters long."""
    rng = random.Random(seed)
    paras: list[str] = []
    size = 0
    while size < chars:
        (a, _), (b, city) = rng.sample(COUNTRIES, 2)
        n = rng.randint(3, 4)
        para = " ".join(rng.choice(TEMPLATES).format(a=a, b=b, city=city) for _ in range(n))
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join(paras)[:chars].rsplit(" ", 1)[0]


def measure(text: str, name: str) -> dict[str, float | int]:
    """Code ``text`` with `communique code` in a child process; its peak RSS and seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text(json.dumps({"id": name, "text": text}) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        started = time.perf_counter()
        with src.open("rb") as fin, out.open("wb") as fout:
            proc = subprocess.Popen(
                [sys.executable, "-m", "communique", "code"],
                stdin=fin,
                stdout=fout,
                stderr=subprocess.PIPE,
            )
            assert proc.stderr is not None
            err = proc.stderr.read().decode("utf-8", "replace")
            _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        events = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if line.strip())
    return {
        "chars": len(text),
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "events": events,
        "exit": os.waitstatus_to_exitcode(status),
        "stderr": err.strip().splitlines()[-1][:200] if err.strip() else "",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    normal = measure(story(4_000, seed=1), "normal")
    long = measure(story(args.chars, seed=2), "long")
    result = {
        "normal": normal,
        "long": long,
        "rss_ratio": round(float(long["peak_rss_mb"]) / float(normal["peak_rss_mb"]), 2),
        "seconds_ratio": round(float(long["seconds"]) / float(normal["seconds"]), 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for name in ("normal", "long"):
        r = result[name]
        print(
            f"{name:7} {r['chars']:>9,} chars  {r['seconds']:>7.1f} s  "
            f"{r['peak_rss_mb']:>7.1f} MB peak RSS  {r['events']:>6} events  exit {r['exit']}"
            + (f"  ({r['stderr']})" if r["exit"] else "")
        )
    print(f"long / normal: peak RSS x{result['rss_ratio']}, time x{result['seconds_ratio']}")


if __name__ == "__main__":
    main()
