"""The party backed after a verb of backing: "stood firmly *behind X*", "threw its weight
*behind X*", "stands *by X*" (rule recipient.backed_party). Every sentence is invented."""

from __future__ import annotations

import pytest

from communique.coding import code_sentence_text


def _support_targets(text: str) -> set[str]:
    return {
        a.code for m in code_sentence_text(text) if m.event_type == "SUPPORT" for a in m.recipient
    }


@pytest.mark.parametrize(
    ("text", "backed"),
    [
        ("The Danish foreign minister said Copenhagen stood firmly behind Norway.", "NOR"),
        ("Kenya threw its weight behind Uganda's bid to host the summit.", "UGA"),
        ("Portugal said it stood by Spain in the fishing dispute.", "ESP"),
        ("Arab governments rallied behind Jordan after the border attack.", "JOR"),
    ],
)
def test_backed_party_is_the_recipient(text: str, backed: str) -> None:
    assert backed in _support_targets(text)


def test_by_only_for_stand() -> None:
    # "rallied by X": the agent, not a party behind which one rallies
    assert "KEN" not in _support_targets("Supporters were rallied by Kenya's opposition leader.")
