"""Turn what the user typed (paths, folders, glob patterns) into the files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from communique.model import SourceError

_GLOB_CHARS = set("*?[")

# A folder's own documentation is not a story: skipped when walking a folder (a file named
# explicitly is still read).
_FOLDER_DOCS = {"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "MANIFEST", "AUTHORS"}


def is_glob(item: str) -> bool:
    return any(c in _GLOB_CHARS for c in item)


def walk_folder(top: Path) -> Iterator[Path]:
    """Every file under ``top``, in sorted order, skipping hidden files and folders,
    ``__pycache__`` and the folder's own documentation (README, LICENSE, ...)."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith(".") or name.split(".")[0].upper() in _FOLDER_DOCS:
                continue
            yield Path(root) / name


def expand(item: str) -> Iterator[Path | SourceError]:
    """The files named by one input: a file, a folder (recursive) or a glob pattern."""
    path = Path(item).expanduser()
    if path.is_dir():
        found = False
        for f in walk_folder(path):
            found = True
            yield f
        if not found:
            yield SourceError(item, "no files in folder")
        return
    if path.exists() or path.is_symlink():
        yield path
        return
    if is_glob(item):
        matches = sorted(glob.glob(os.path.expanduser(item), recursive=True))
        if not matches:
            yield SourceError(item, "no files match")
            return
        for m in matches:
            p = Path(m)
            if p.is_dir():
                yield from walk_folder(p)
            else:
                yield p
        return
    yield SourceError(item, "no such file")
