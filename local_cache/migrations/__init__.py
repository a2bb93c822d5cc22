"""Alembic migrations of the workstation store. HEAD names the newest revision.

Start-up compares the store's revision with HEAD and imports Alembic only when
they differ, so a warm start pays nothing for migrations (tests keep HEAD true).
"""

HEAD = "0001"
