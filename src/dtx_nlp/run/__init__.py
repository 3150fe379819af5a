"""Running documents: the runner (fingerprints, caching, stages per document), local and Dask executors."""
