"""Dataset URLs and storage options: what reaches fsspec (and the workers), and bad input."""

from __future__ import annotations

import pytest

from communique.distributed import Location, LocationError, parse_storage_options, s3_options


def test_storage_options_parse_values_and_refuse_a_pair_without_equals() -> None:
    got = parse_storage_options(["anon=true", "default_block_size=1048576", "profile=x=y"])
    assert got == {"anon": True, "default_block_size": 1048576, "profile": "x=y"}
    with pytest.raises(LocationError, match="NAME=VALUE"):
        parse_storage_options(["anon"])


def test_s3_endpoint_and_credentials_come_from_options_then_environment() -> None:
    env = {"COMMUNIQUE_S3_ENDPOINT": "http://env:1", "AWS_ACCESS_KEY_ID": "AK",
           "AWS_SECRET_ACCESS_KEY": "SK"}  # fmt: skip
    opts = s3_options("s3://b/p", {}, None, env)
    assert opts["client_kwargs"]["endpoint_url"] == "http://env:1"
    assert (opts["key"], opts["secret"]) == ("AK", "SK")
    opts = s3_options("s3://b/p", {"key": "mine", "secret": "s"}, "http://opt:2", env)
    assert opts["client_kwargs"]["endpoint_url"] == "http://opt:2"
    assert (opts["key"], opts["secret"]) == ("mine", "s")
    assert "key" not in s3_options("s3://b/p", {"anon": True}, None, env)
    assert s3_options("s3://b/p", {}, None, {}) == {}  # AWS itself, the usual credential chain
    with pytest.raises(LocationError, match="s3://"):
        s3_options("/data/ds", {}, "http://opt:2", env)


def test_a_local_location_becomes_absolute_for_workers(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    loc = Location("ds").absolute()
    assert loc.url == f"file://{tmp_path}/ds"
    with pytest.raises(LocationError, match="nosuch://x"):
        Location("nosuch://x").open()
