"""Benchmarks that print figures; `python -m bench` runs them all. Tests never assert timings."""
