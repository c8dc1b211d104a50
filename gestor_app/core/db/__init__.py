"""Storage: ORM base, engine/session factory and Alembic migrations."""
