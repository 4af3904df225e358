"""The domain: SQLAlchemy models, enums and the pure rules of internal customer service."""
