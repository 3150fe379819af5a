"""Where a corpus's documents run: a local process pool or a Dask cluster.

Both are `concurrent.futures` executors; they differ only in how they are made. Each worker
process loads the pipeline config once (and GiNZA on its first document) and runs whole
documents, reading and writing paths: the documents and the output folder must be reachable
from every worker under the same paths.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ConfigError

EXECUTORS = ("local", "dask")
# Dask settings for the LocalCluster's workers (Nanny passes them on). The statistical profiler
# samples every thread's stack every 10 ms and the event loop wakes every 20 ms to measure its
# own latency: both take the GIL from the task thread. Measured on 12 documents with 2 workers,
# the profiler alone added about 1 CPU-second per document (1.3x the CPU of `--jobs 2`).
DASK_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
}
# Dask's Nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536 (glibc then returns freed
# memory to the system at every 64 kB, and its adaptive threshold is off): GiNZA allocates and
# frees a lot per document, and a document took 1.2-1.3x as long as without it (median of 12
# documents, twice each). The workers keep glibc's default, as the local pool's do.
NO_MALLOC_TRIM = "MALLOC_TRIM_THRESHOLD_"


def _worker_config() -> dict:
    import dask

    environ = dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {}
    return {**DASK_WORKER_CONFIG, "distributed.nanny.pre-spawn-environ":
            {k: v for k, v in environ.items() if k != NO_MALLOC_TRIM}}


def check_executor(kind: str) -> None:
    if kind not in EXECUTORS:
        raise ConfigError(f"unknown executor {kind!r} (choose from {', '.join(EXECUTORS)})",
                          "--executor")


@contextmanager
def open_executor(kind: str, workers: int, pipeline: Path | None, rules: tuple[Path, ...],
                  scheduler: str | None = None, events=None) -> Iterator[Executor]:
    """An executor whose workers are ready to run documents (see `runner._worker_run`);
    local workers put their (document, stage) events on the `events` queue when given."""
    if kind == "local":
        with ProcessPoolExecutor(max_workers=workers, initializer=_local_worker_init,
                                 initargs=(pipeline, rules, events)) as pool:
            yield pool
    elif kind == "dask":
        with _dask_executor(workers, pipeline, rules, scheduler) as pool:
            yield pool
    else:
        check_executor(kind)


def _local_worker_init(pipeline: Path | None, rules: tuple[Path, ...], events=None) -> None:
    from .runner import _worker_init

    exit_with_parent()
    _worker_init(pipeline, rules, events)


def exit_with_parent(every: float = 1.0) -> None:
    """In a pool worker: exit as soon as the process that started it is gone, so that a killed
    run does not leave workers behind, each holding a GiNZA model."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


@contextmanager
def _dask_executor(workers: int, pipeline, rules, scheduler: str | None) -> Iterator[Executor]:
    """A Dask client's executor: on the cluster at `scheduler`, or on a LocalCluster of
    `workers` single-threaded processes (Sudachi is not thread-safe). A document whose worker
    dies is run again on another worker (Dask reschedules it, up to
    `distributed.scheduler.allowed-failures` times); one that raises is retried once."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            with dask.config.set(_worker_config()):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler: {exc}", scheduler or "LocalCluster") \
            from None
    try:
        from .dask_plugin import LoadPipeline

        client.register_plugin(LoadPipeline(pipeline, rules), name="dtx-nlp-pipeline")
        yield client.get_executor(pure=False, retries=1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
