"""The same story always codes the same way: the coded events (type, CAMEO code, parties,
modality, date, confidence, explanation and rule ids) depend only on the story's text and
publication date, not on Python's string hash seed (the iteration order of sets and dicts of
strings) nor on which stories the process coded before it (caches that live between stories).
Stories written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

STORIES = [
    (
        "LIMA, March 4 - Peru recalled its ambassador from Ecuador on Tuesday after Ecuadorian "
        "troops detained four Peruvian farmers near the river border, the foreign ministry said. "
        "Foreign Minister Rosa Quispe accused Quito of violating the 1998 accord and demanded "
        "the immediate release of the men. Ecuador's defence minister said the farmers had "
        "crossed illegally and would face charges. Brazil and Chile urged both governments to "
        "resolve the dispute through talks, and Colombia offered to host a meeting next week. "
        '"We will not accept threats," President Andres Naranjo of Ecuador told reporters.'
    ),
    (
        "Police in Kenya arrested twelve protesters in Nairobi on Monday as thousands marched "
        "against a rise in fuel taxes. Opposition leaders condemned the arrests and called for "
        "a national strike. The government said it would review the tax but warned that "
        "violent protests would be met with force. Uganda and Tanzania pledged to keep fuel "
        "trucks moving across their borders. Later, unknown attackers stormed a rural police "
        "post in the northern hills, killing two officers, and the army sent more troops there."
    ),
    (
        "Japan and South Korea signed an agreement on Friday to share military intelligence "
        "about North Korean missile launches. North Korea criticised the pact as a threat and "
        "said it would strengthen its defences. China called on all sides to show restraint, "
        "while the United States welcomed the deal and promised to deepen cooperation with "
        "both allies. Russia said it was concerned about the new arrangement."
    ),
]

# Codes STORIES[i] for each i given on the command line, in that order, and prints every
# mention of each as JSON (sorted keys): run in a fresh interpreter by the tests below.
_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_determinism import STORIES, coded_rows
from communique.nlp import get_nlp
nlp = get_nlp()
out = {i: coded_rows(nlp, STORIES[int(i)]) for i in sys.argv[2:]}
print(json.dumps(out, sort_keys=True))
"""


def coded_rows(nlp, text: str) -> list[str]:
    """Every coded mention of ``text`` (published 2025-03-04) as a JSON string, in order."""
    from communique.coding import code_article
    from communique.model import Article

    mentions = code_article(Article(text=text, id="t", published="2025-03-04"), nlp(text))
    return [json.dumps(asdict(m), sort_keys=True, default=str) for m in mentions]


def _code_in_fresh_process(hash_seed: str, order: list[int]) -> dict[str, list[str]]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    here = str(Path(__file__).resolve().parent)
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, here, *map(str, order)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_coding_does_not_depend_on_the_string_hash_seed_or_on_earlier_stories():
    # two interpreters with different hash seeds, the stories coded in opposite orders
    first = _code_in_fresh_process("0", [0, 1, 2])
    second = _code_in_fresh_process("4242", [2, 1, 0])
    for i in ("0", "1", "2"):
        assert first[i], f"story {i} codes no event: the test would check nothing"
        assert first[i] == second[i], f"story {i} coded differently"


def test_a_story_codes_the_same_before_and_after_other_stories(nlp):
    alone = coded_rows(nlp, STORIES[0])
    for text in STORIES[1:]:
        coded_rows(nlp, text)
    assert coded_rows(nlp, STORIES[0]) == alone
    # and a story coded twice in a row is not changed by what the first coding left behind
    assert coded_rows(nlp, STORIES[2]) == coded_rows(nlp, STORIES[2])
