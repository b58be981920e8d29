"""The coder's output must not depend on Python's string hash seed: a set of codes iterated
where order matters gives different events on different runs of the same text. The text is
written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

TEXT = (
    "Fighting between Ethiopia and Eritrea has displaced thousands along the border. "
    "The African Union sent food and tents to both sides on Monday, officials said. "
    "The Arab League said it would help as well."
)


def _code(seed: int) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    article = json.dumps({"id": "seed", "published": "2025-03-04", "text": TEXT})
    p = subprocess.run(
        [sys.executable, "-m", "communique", "code"],
        input=article, capture_output=True, text=True, env=env, timeout=300, check=True,
    )  # fmt: skip
    out = []
    for line in p.stdout.splitlines():
        e = json.loads(line)
        roles = ([a.get("country") for a in e[k]] for k in ("actor", "recipient"))
        out.append((e["event_type"], e["evidence"]["trigger"], *roles))
    return out


def test_the_same_text_codes_the_same_events_whatever_the_hash_seed():
    """recipient.aid_beneficiary: when the story's aid went to two states alike, an untargeted
    pledge goes to the first one named, on every run (seed 3 gave Eritrea before)."""
    runs = [_code(seed) for seed in (0, 3)]
    assert runs[0] == runs[1], runs
    pledge = [e for e in runs[0] if e[1] == "help"]
    assert pledge and pledge[0][3] == ["ETH"], runs[0]
