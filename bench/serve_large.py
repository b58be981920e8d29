"""Serve a large database and a small one with the real server; memory and latency, as ratios.

    python bench/make_large_db.py /tmp/large.duckdb --size-gb 1.0
    python bench/serve_large.py /tmp/large.duckdb [--small-gb 0.02] [--json out.json]

For each database (the small one is made by ``make_large_db.py`` in the same run, same
distributions): its mirror is removed, ``communique serve`` is started in its own process
(real uvicorn), and we measure the time until the first page answers (the mirror's first
fill), the server's peak and final RSS (psutil, sampled every 0.1 s), and each main page and
API route's latency: cold (the first request after the server started) and warm (median of
three more). Then the server is restarted on the filled mirror (cold start, mirror reused).
On the large database, an ingest is then run into the same file while a client keeps
requesting pages: we record whether the ingest completed, every status code and the slowest
answer during it, how many answers were marked stale, and whether the new stories show.
Numbers vary with the machine's load; the ratios (large / small, same run) are the figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

HERE = Path(__file__).resolve().parent

STORIES = [
    "Norway and Chile sign fisheries accord\n\nOSLO, June 3 (Bench Wire) - Norway and Chile "
    "signed a fisheries agreement on Tuesday after two years of talks.\n",
    "Ghana protests to Togo over border post\n\nACCRA, June 4 (Bench Wire) - Ghana accused "
    "Togo on Wednesday of moving a border post into its territory.\n",
    "Canada sends aid to Haiti\n\nOTTAWA, June 5 (Bench Wire) - Canada sent emergency aid "
    "to Haiti on Thursday after the floods, the foreign minister said.\n",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def communique(*args: str, **kw: Any) -> subprocess.Popen:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.Popen([sys.executable, "-m", "communique", *args], env=env, **kw)


class Served:
    """`communique serve` on ``db`` in its own process, with its RSS sampled."""

    def __init__(self, db: Path, extra: tuple[str, ...] = ()) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = communique(
            "serve", "--db", str(db), "--port", str(self.port), "--busy-timeout", "2", *extra,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.ps = psutil.Process(self.proc.pid)
        self.peak = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()
        self.started = time.monotonic()
        while True:  # the process answers (its routes need no data)
            try:
                httpx.get(self.url + "/api/", timeout=2)
                break
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    raise RuntimeError("the server exited") from None
                time.sleep(0.1)
        self.up_s = time.monotonic() - self.started

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.ps.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.1)

    def rss(self) -> int:
        return self.ps.memory_info().rss

    def first_data(self, timeout: float = 1800) -> float:
        """Seconds from start until /api/summary answers 200 (the mirror is filled)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            r = httpx.get(self.url + "/api/summary", timeout=600)
            if r.status_code == 200:
                return time.monotonic() - self.started
            time.sleep(0.5)
        raise RuntimeError("no data in time")

    def stop(self) -> None:
        self._stop.set()
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def routes(url: str) -> dict[str, str]:
    """The main pages and API routes, for the busiest pair and actor of this database."""
    s = httpx.get(url + "/api/summary", timeout=600).json()
    pair = s["top_pairs"][0]
    a, b = pair["actor"], pair["recipient"]
    return {
        "overview /": "/",
        "events page": "/events",
        "api events ?actor": f"/api/events?actor_country={a}",
        "pair page": f"/pair/{a}/{b}",
        "actor page": f"/actor/{a}",
        "api summary": "/api/summary",
        "spikes page": "/spikes",
        "api spikes": "/api/spikes",
        "network page": "/network",
        "api network": "/api/network",
        "api articles": "/api/articles",
    }


def timed(url: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    r = httpx.get(url, timeout=600)
    return r.status_code, time.perf_counter() - t0


def latencies(srv: Served, paths: dict[str, str], cold: bool) -> dict[str, dict[str, float]]:
    out = {}
    for name, path in paths.items():
        row: dict[str, float] = {}
        if cold:
            status, row["cold_s"] = timed(srv.url + path)
            assert status == 200, (path, status)
        warm = []
        for _ in range(3):
            status, dt = timed(srv.url + path)
            assert status == 200, (path, status)
            warm.append(dt)
        row["warm_s"] = statistics.median(warm)
        out[name] = row
    return out


def measure(db: Path, label: str) -> dict[str, Any]:
    for p in db.parent.glob(db.name + ".mirror*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    res: dict[str, Any] = {"db": str(db), "file_mb": round(db.stat().st_size / 2**20)}
    srv = Served(db)
    try:
        res["first_fill_s"] = round(srv.first_data(), 1)
        res["rss_after_fill_mb"] = round(srv.rss() / 2**20)
        paths = routes(srv.url)
        res["routes_warm_after_fill"] = latencies(srv, paths, cold=False)
        res["peak_rss_mb"] = round(srv.peak / 2**20)
        res["rss_end_mb"] = round(srv.rss() / 2**20)
    finally:
        srv.stop()
    mirror = db.with_name(db.name + ".mirror")
    res["mirror_mb"] = round(mirror.stat().st_size / 2**20)
    srv = Served(db)  # a restart: the mirror is reused
    try:
        res["restart_first_data_s"] = round(srv.first_data(), 2)
        res["routes"] = latencies(srv, paths, cold=True)
        res["restart_peak_rss_mb"] = round(srv.peak / 2**20)
        res["restart_rss_end_mb"] = round(srv.rss() / 2**20)
    finally:
        srv.stop()
    print(f"{label}: {json.dumps(res)}", file=sys.stderr, flush=True)
    return res


def ingest_while_serving(db: Path) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="bench-stories-"))
    run = time.strftime("%H%M%S")  # new stories each run (a story is stored once)
    for i, text in enumerate(STORIES):
        text = text.replace(" on ", f" in talks number {run} on ", 1)
        (folder / f"story{i}.txt").write_text(text, encoding="utf-8")
    srv = Served(db)
    seen: list[tuple[int, float, bool]] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=srv.url, timeout=600) as c:
            while not stop.is_set():
                for path in ("/api/articles?limit=5", "/events?limit=20", "/api/summary"):
                    t0 = time.perf_counter()
                    r = c.get(path)
                    seen.append((r.status_code, time.perf_counter() - t0,
                                 "x-communique-stale" in r.headers))  # fmt: skip
                time.sleep(0.2)

    try:
        srv.first_data()
        before = httpx.get(srv.url + "/api/summary", timeout=600).json()["articles"]
        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        t0 = time.monotonic()
        proc = communique("ingest", str(folder), "--db", str(db),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        _, err = proc.communicate(timeout=1800)
        ingest_s = time.monotonic() - t0
        t1 = time.monotonic()
        while True:
            after = httpx.get(srv.url + "/api/summary", timeout=600).json()["articles"]
            if after == before + len(STORIES) or time.monotonic() - t1 > 120:
                break
            time.sleep(0.2)
        shown_s = time.monotonic() - t1
        stop.set()
        poller.join(600)
        return {
            "ingest_exit": proc.returncode,
            "ingest_stderr_tail": err.strip().splitlines()[-1:] if err else [],
            "ingest_s": round(ingest_s, 1),
            "requests_during": len(seen),
            "statuses": sorted({s for s, _, _ in seen}),
            "slowest_s": round(max((t for _, t, _ in seen), default=0), 2),
            "stale_marked": sum(1 for *_, st in seen if st),
            "new_stories_shown": after == before + len(STORIES),
            "shown_after_ingest_s": round(shown_s, 2),
            "peak_rss_mb": round(srv.peak / 2**20),
        }
    finally:
        stop.set()
        srv.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("large", type=Path, help="a database made by bench/make_large_db.py")
    ap.add_argument("--small-gb", type=float, default=0.02)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    small = args.large.with_name("small-" + args.large.name)
    if not small.exists():
        subprocess.run([sys.executable, str(HERE / "make_large_db.py"), str(small),
                        "--size-gb", str(args.small_gb), "--batch", "2000"], check=True)  # fmt: skip
    out: dict[str, Any] = {"small": measure(small, "small"), "large": measure(args.large, "large")}
    ratios = {"file": out["large"]["file_mb"] / max(out["small"]["file_mb"], 1)}
    for k in ("peak_rss_mb", "rss_end_mb", "restart_peak_rss_mb"):
        ratios[k] = round(out["large"][k] / out["small"][k], 2)
    ratios["routes_warm"] = {
        name: round(row["warm_s"] / out["small"]["routes"][name]["warm_s"], 1)
        for name, row in out["large"]["routes"].items()
    }
    ratios["routes_cold"] = {
        name: round(row["cold_s"] / out["small"]["routes"][name]["cold_s"], 1)
        for name, row in out["large"]["routes"].items()
    }
    out["ratios"] = ratios
    out["ingest_while_serving"] = ingest_while_serving(args.large)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
