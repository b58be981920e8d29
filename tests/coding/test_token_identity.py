"""spaCy makes a new Token object each time a token is read (``doc[0] is doc[0]`` is False), so
a parse walk that stops at the root with ``tok.head is tok`` never stops there. One such walk, up
from a relative clause to its verb, never ended when the sentence's root was a name ("Governor X,
whose government has supported ..., called on ..." parsed with the name as root): a whole page
hung. Tokens are compared with == (same document, same index). Stories written for these tests."""

from __future__ import annotations

import ast
import signal
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "communique"

# a noun-rooted sentence with a judging verb in a relative clause on the name
STORIES = [
    "Police in Ruritania arrested twelve protesters at a dam site on Sunday.\n\n"
    "Governor Lena Markovic, whose Ruritanian government has supported the dam since it was "
    'approved, called on everyone involved to "calm down and talk."',
    "Police in Ruritania arrested twelve protesters at a dam site on Sunday.\n\n"
    "Mayor Ivo Dragan, whose Ruritanian party has backed the project since it was announced, "
    'called on all sides to "step aside and wait."',
]


class _Hung(Exception):
    pass


def _hang(signum, frame):
    raise _Hung


@pytest.mark.parametrize("text", STORIES)
def test_a_story_whose_sentence_root_is_a_name_is_coded(code, text):
    # base: the coder never returned on the second sentence (a liveness guard, not a timing)
    old = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(300)
    try:
        events = code(text, "2026-05-04")
    except _Hung:
        pytest.fail("the coder did not return on a sentence whose root is a name")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert any(e.event_type == "COERCE" for e in events)  # the arrests are still coded


def _identity_on_head(node: ast.Compare) -> bool:
    sides = [node.left, *node.comparators]
    identity = any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
    return identity and any(isinstance(s, ast.Attribute) and s.attr == "head" for s in sides)


def test_no_parse_walk_compares_tokens_by_identity():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and _identity_on_head(node):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not found, "token.head compared with 'is': " + ", ".join(found)
