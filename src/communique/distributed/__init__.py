"""Distributed ingest on Dask: code partitions of articles on workers, link at load.

``communique ingest --dask local:2 --out DATASET INPUTS`` (or ``--dask tcp://HOST:8786``)
reads and de-duplicates the inputs on the client, splits them into partitions of whole
articles, codes each partition on a worker (mentions only, no linking) and commits it as
``DATASET/part-<key>/`` with one Parquet file per table (articles, sentences, mentions — the
DuckDB store's columns). DATASET is any fsspec URL: a folder, or ``s3://bucket/prefix`` with
an endpoint and credentials (``storage.py``). A partition is written under a temporary key,
moved into place and marked ``_SUCCESS`` last, so a crash never leaves half of one; a rerun
skips finished partitions (same input, same keys) and removes what killed attempts left.

``communique load DATASET --db X`` links the mentions into events in one incremental pass in
input order, exactly as a plain `communique ingest` of the same stories would (``load.py``).
"""

from communique.distributed.ingest import (
    PART_TABLES,
    DaskReport,
    dask_bench,
    distributed_ingest,
    finished_partitions,
    partition_records,
)
from communique.distributed.load import LoadReport, load_dataset
from communique.distributed.storage import (
    Location,
    LocationError,
    parse_storage_options,
    s3_options,
)

__all__ = [
    "PART_TABLES",
    "DaskReport",
    "LoadReport",
    "Location",
    "LocationError",
    "dask_bench",
    "distributed_ingest",
    "finished_partitions",
    "load_dataset",
    "parse_storage_options",
    "partition_records",
    "s3_options",
]
