"""The ledger store: one interface (`Store`), SQL backends, read queries."""

from newsledger.store.base import Store
from newsledger.store.queries import EventQuery
from newsledger.store.sql import SqlStore, open_store

__all__ = ["EventQuery", "SqlStore", "Store", "open_store"]
