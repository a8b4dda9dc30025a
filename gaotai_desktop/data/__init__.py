"""SQLAlchemy 2 storage: typed ORM, engine with pragmas, migrations, queries returning frozen rows."""
