"""The occupational-disease hazard (职业病危害隐患) as a record: what a letter needs of it.

A hazard is found on a date (``hazard_date``) by an inspection or authority (``hazard_source``),
says what was found (``hazard_description``) and may cite a document (``hazard_reference``).
A letter states the hazard with its date and source; a fact that is not known is left out of the
letter, never printed as a placeholder, so the notice plan shows which ones are missing.
"""

from __future__ import annotations

import datetime as dt

#: Facts a letter about the hazard should carry, in the order of the enterprise form.
HAZARD_FACTS: tuple[str, ...] = ("hazard_date", "hazard_source", "hazard_description")


def missing_hazard_facts(date: dt.date | None, source: str, description: str) -> tuple[str, ...]:
    """The :data:`HAZARD_FACTS` not known (the document reference is optional: not every
    finding has one)."""
    known = {"hazard_date": date is not None, "hazard_source": bool((source or "").strip()),
             "hazard_description": bool((description or "").strip())}  # fmt: skip
    return tuple(f for f in HAZARD_FACTS if not known[f])
