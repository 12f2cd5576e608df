"""newsledger: raw news pages in, a clean, deduplicated, PLOVER-coded event ledger out."""

import logging

from newsledger.errors import NewsLedgerError
from newsledger.ledger import Ledger, open
from newsledger.records import Actor, Article, Event, Evidence, Place, RemovedBlock, Size

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Ledger",
    "Evidence",
    "NewsLedgerError",
    "Place",
    "open",
    "RemovedBlock",
    "Size",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
