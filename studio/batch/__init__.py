"""Batch: one template, a spreadsheet of rows, one video per row, on this machine or a cluster.

Layering: imports core and media only. Dask is an optional extra (`crossumer-studio[cluster]`)
and only `dask_engine.py` imports it, when `--cluster` is given.
"""
