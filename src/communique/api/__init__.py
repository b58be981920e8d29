"""The JSON API and web explorer (FastAPI): ``create_app(db_path)``; run by `communique serve`."""

from communique.api.app import create_app
from communique.api.database import Database, DatabaseBusy

__all__ = ["Database", "DatabaseBusy", "create_app"]
