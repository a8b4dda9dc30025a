"""Use cases: one transaction per public call; roles are checked here, not in widgets."""
