"""Throughput benchmark: a reproducible corpus of realistic stories and the timed runs.

``communique bench`` is the command; ``run_bench`` the function behind it.
"""

from communique.benchmark.corpus import bench_articles, bench_records, example_articles
from communique.benchmark.run import run_bench

__all__ = ["bench_articles", "bench_records", "example_articles", "run_bench"]
