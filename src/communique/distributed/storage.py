"""Where a distributed dataset lives: any fsspec URL (a local folder, ``s3://bucket/prefix``, …).

The driver and every worker open the same ``Location`` (URL + storage options) themselves, so
nothing assumes that the client's filesystem is visible to the workers: with an object store
they only need network access to it. A partition is committed in three steps — its files are
written under a temporary key (``.tmp-<key>-<attempt>/``), moved to ``part-<key>/`` one file
at a time, and the ``_SUCCESS`` marker is written last — so a reader that trusts only
partitions with a marker never sees half of one, on stores that have no atomic rename too.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from dataclasses import dataclass, field
from typing import Any

SUCCESS = "_SUCCESS"
MANIFEST = "_dataset.json"
TMP_PREFIX = ".tmp-"
ENDPOINT_ENV = "COMMUNIQUE_S3_ENDPOINT"


class LocationError(ValueError):
    """A dataset URL or storage option that cannot be used, said in one line."""


def parse_storage_options(pairs: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """``["key=AK", "anon=false"]`` -> ``{"key": "AK", "anon": False}`` (true/false/ints as such)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise LocationError(f"--storage-option {pair!r}: expected NAME=VALUE, e.g. anon=true")
        low = value.strip().lower()
        parsed: Any = value
        if low in ("true", "false"):
            parsed = low == "true"
        elif low.lstrip("-").isdigit():
            parsed = int(low)
        out[name.strip()] = parsed
    return out


def s3_options(
    url: str,
    options: dict[str, Any],
    endpoint: str | None = None,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Storage options for ``url`` with the S3 endpoint and credentials made explicit.

    For ``s3://`` URLs the endpoint comes from ``endpoint`` (``--endpoint-url``), else
    ``$COMMUNIQUE_S3_ENDPOINT``, else ``$AWS_ENDPOINT_URL``; the key and secret from the
    options, else ``$AWS_ACCESS_KEY_ID`` / ``$AWS_SECRET_ACCESS_KEY``. They are resolved here,
    on the client, and handed to every worker with its task, so workers need no configuration.
    """
    env = dict(os.environ) if env is None else env
    opts = dict(options)
    if not url.startswith(("s3://", "s3a://")):
        if endpoint:
            raise LocationError(f"--endpoint-url is for s3:// datasets, not {url}")
        return opts
    endpoint = endpoint or env.get(ENDPOINT_ENV) or env.get("AWS_ENDPOINT_URL")
    if endpoint:
        kwargs = dict(opts.get("client_kwargs") or {})
        kwargs.setdefault("endpoint_url", endpoint)
        kwargs.setdefault("region_name", env.get("AWS_DEFAULT_REGION", "us-east-1"))
        opts["client_kwargs"] = kwargs
    if "key" not in opts and env.get("AWS_ACCESS_KEY_ID") and not opts.get("anon"):
        opts["key"] = env["AWS_ACCESS_KEY_ID"]
        opts["secret"] = env.get("AWS_SECRET_ACCESS_KEY", "")
    return opts


@dataclass(frozen=True)
class Location:
    """A dataset's URL and the fsspec storage options to open it; picklable, for workers."""

    url: str
    options: dict[str, Any] = field(default_factory=dict, hash=False)

    def open(self) -> Dataset:
        import fsspec

        try:
            fs, root = fsspec.core.url_to_fs(self.url, **self.options)
        except (ImportError, ValueError, TypeError) as exc:
            first = (str(exc).splitlines() or [""])[0]
            raise LocationError(
                f"{self.url}: cannot open this dataset location ({first})"
            ) from None
        return Dataset(fs, root.rstrip("/"), self)

    def absolute(self) -> Location:
        """The same location with a local path made absolute (as workers must see it)."""
        ds = self.open()
        return Location(ds.fs.unstrip_protocol(ds.root), self.options)


class Dataset:
    """Partitions, markers and the manifest of one dataset, read and written through fsspec."""

    def __init__(self, fs: Any, root: str, location: Location) -> None:
        self.fs = fs
        self.root = root
        self.location = location

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def refresh(self) -> None:
        """Forget cached listings (object stores cache them; other processes write here)."""
        self.fs.invalidate_cache()

    def ensure(self) -> None:
        """Create the root (a folder, or the bucket) if it is missing."""
        try:
            self.fs.makedirs(self.root, exist_ok=True)
        except OSError as exc:
            raise LocationError(f"{self.location.url}: cannot create ({exc})") from None

    def exists(self, *parts: str) -> bool:
        return bool(self.fs.exists(self.path(*parts)))

    def is_finished(self, key: str) -> bool:
        return self.exists(f"part-{key}", SUCCESS)

    def finished_keys(self) -> list[str]:
        """Keys of the partitions with every table written (``_SUCCESS`` present)."""
        self.refresh()
        found = self.fs.glob(self.path("part-*", SUCCESS))
        return sorted(p.rstrip("/").split("/")[-2].removeprefix("part-") for p in found)

    def leftovers(self) -> list[str]:
        """Temporary folders of attempts that never committed (killed workers, Ctrl-C)."""
        self.refresh()
        try:  # a listing, not a glob: some S3 servers keep listing emptied prefixes in globs
            names = self.fs.ls(self.root, detail=False)
        except FileNotFoundError:
            return []
        return sorted(p for p in names if p.rstrip("/").rsplit("/", 1)[-1].startswith(TMP_PREFIX))

    def remove_leftovers(self) -> int:
        gone = 0
        for p in self.leftovers():
            try:
                self.fs.rm(p, recursive=True)
                gone += 1
            except FileNotFoundError:
                pass
        self.refresh()
        return gone

    def write_bytes(self, rel: str, data: bytes) -> None:
        path = self.path(rel)
        parent = path.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        with self.fs.open(path, "wb") as fh:
            fh.write(data)

    def read_bytes(self, rel: str) -> bytes:
        with self.fs.open(self.path(rel), "rb") as fh:
            return fh.read()

    def write_json(self, rel: str, value: Any) -> None:
        self.write_bytes(rel, json.dumps(value, ensure_ascii=False).encode())

    def read_json(self, rel: str) -> Any:
        return json.loads(self.read_bytes(rel))

    def write_table(self, rel: str, table: Any) -> None:
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        pq.write_table(table, buf)
        self.write_bytes(rel, buf.getvalue())

    def read_table(self, rel: str) -> Any:
        import pyarrow.parquet as pq

        return pq.read_table(io.BytesIO(self.read_bytes(rel)))

    def move(self, src: str, dst: str) -> None:
        """One file from ``src`` to ``dst`` (a rename locally; copy and delete on S3)."""
        target = self.path(dst)
        self.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
        self.fs.mv(self.path(src), target)

    def remove(self, rel: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm(self.path(rel), recursive=True)
