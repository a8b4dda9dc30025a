"""Pure-Python domain: tiers, identifiers, errors. No Qt, no SQLAlchemy, no ReportLab."""
