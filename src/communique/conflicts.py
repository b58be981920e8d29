"""Conflicts: a story under an id or URL already stored, or read earlier, with different text.

It is refused (never stored as a second version, never put in the stored story's place) and
reported, one line each, by `communique ingest` (also with ``--dask``) and the ingest API.
The same text under the same id or URL is a duplicate, so re-running an input stores nothing
twice and reports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.model import Article


@dataclass
class Conflict:
    """A story under an id or URL already stored (or read earlier) with different text: it
    is refused, never stored as a second version and never put in the stored one's place."""

    origin: str  # the input it was read from
    key: str  # "id" or "URL"
    value: str  # the id or URL

    def reason(self) -> str:
        """One line: what clashed and what to do."""
        return (
            f"{self.key} {self.value} is already stored with different text; not stored "
            f"(a stored story is never replaced: give the changed one its own {self.key})"
        )

    def to_dict(self) -> dict[str, str]:
        return {"origin": self.origin, "key": self.key, "value": self.value,
                "reason": self.reason()}  # fmt: skip


def conflict_of(
    article: Article, by_id: dict[str, str], by_url: dict[str, set[str]]
) -> Conflict | None:
    """The conflict of ``article`` with the stories known by id (id -> content hash) and by
    URL (URL -> content hashes), or None: same id or URL and the same text is a duplicate."""
    known = by_id.get(article.id or "")
    if known is not None and known != article.hash:
        return Conflict(article.origin or article.id or "?", "id", article.id or "")
    hashes = by_url.get(article.url or "")
    if known is None and hashes and article.hash not in hashes:
        return Conflict(article.origin or article.id or "?", "URL", article.url or "")
    return None
