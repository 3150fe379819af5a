"""The Dask worker plugin: every worker process loads the pipeline config once."""

from __future__ import annotations

import os
from pathlib import Path

from distributed import WorkerPlugin


class LoadPipeline(WorkerPlugin):
    """Loads the pipeline config in a worker process; GiNZA loads on its first document, once."""

    def __init__(self, pipeline: Path | None, rules: tuple[Path, ...]):
        self.pipeline = pipeline
        self.rules = tuple(rules)

    def setup(self, worker) -> None:
        from .runner import _worker_init

        os.environ["OMP_NUM_THREADS"] = "1"
        _worker_init(self.pipeline, self.rules)
