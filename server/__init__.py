"""The central sync server: an ASGI app (FastAPI) over SQLite or PostgreSQL."""
