"""communique: news stories in, political event data out (PLOVER/CAMEO), offline."""

__version__ = "0.1.0"
