"""DuckDB storage: schema migrations, idempotent writes, queries and exports."""

from communique.store.db import DEFAULT_DB, CodedArticle, Store, StoreError

__all__ = ["DEFAULT_DB", "CodedArticle", "Store", "StoreError"]
