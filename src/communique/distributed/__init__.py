"""Distributed ingest on Dask: code partitions of articles on workers, write Parquet.

``communique ingest --dask local:2 --out DIR INPUTS`` (or ``--dask tcp://HOST:8786``) reads
and de-duplicates the inputs on the client, splits them into partitions of whole articles,
codes each partition on a worker and writes it as ``DIR/part-<key>/`` with one Parquet file
per table (articles, sentences, mentions, events — the DuckDB store's columns). A partition
is written to a temporary folder and renamed into place with a ``_SUCCESS`` marker last, so
a crash or Ctrl-C never leaves half a partition; a rerun skips finished partitions (same
input, same partition keys) and redoes the rest. ``communique load DIR --db X`` loads the
dataset into a DuckDB store for the other commands (idempotent); DuckDB can also query it
directly: ``SELECT * FROM 'DIR/*/mentions.parquet'``.
"""

from communique.distributed.ingest import (
    TABLES,
    DaskReport,
    dask_bench,
    distributed_ingest,
    finished_partitions,
    load_dataset,
    partition_records,
)

__all__ = [
    "TABLES",
    "DaskReport",
    "dask_bench",
    "distributed_ingest",
    "finished_partitions",
    "load_dataset",
    "partition_records",
]
