"""The workstation's offline store: SQLAlchemy 2.x on SQLite (WAL), migrations, the outbox."""
