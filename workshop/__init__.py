"""The workshop toolkit's core: catalog, workshop file, analysis, reports, exchange and CLI.

Nothing in this package imports Qt; everything the GUI does, the core can do without it.
"""

__version__ = "0.1.0"
