"""Storage: the SQLite engine, the Alembic migrations and safe opening of a data file."""
