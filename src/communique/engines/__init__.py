"""Engines that run the batch function (``Pipeline.run_batch``) somewhere other than this process.

The local pool (``communique.parallel``) is the default and needs nothing more; ``engines.ray``
runs the same batch function on a Ray cluster and writes Parquet (``communique[ray]``).
"""
