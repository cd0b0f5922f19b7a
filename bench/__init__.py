"""Benchmarks: speed and quality figures reported in the README (`python -m bench`)."""
