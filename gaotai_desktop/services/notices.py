"""The warning notices: what each enterprise's tier calls for, and what was issued."""

from __future__ import annotations

import datetime as dt

from ..data import queries
from ..domain.notices import DUE, due_kinds, issued_pairs
from ..domain.rows import NoticeRow
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from .base import Database


class NoticeService:
    def __init__(self, db: Database, rule: TierRule = DEFAULT_RULE) -> None:
        self.db = db
        self.rule = rule

    def plan(self, as_of: dt.date, *, include_issued: bool = True) -> list[NoticeRow]:
        """Due documents (tier reached, not yet issued this year) and, optionally, issued ones
        with their stored state (issued, printed, corrected)."""
        with self.db.transaction() as s:
            tiers = {r.enterprise_id: r for r in queries.tier_rows(s, as_of, self.rule)}
            subjects = queries.issued_subjects(s, as_of.year)
            gaps = queries.hazard_gaps(s)
        issued = issued_pairs((x.enterprise_id, x.tier, x.kind) for x in subjects)
        issued_rows: list[NoticeRow] = []
        if include_issued:
            for x in subjects:
                t = tiers.get(x.enterprise_id)
                if t is None:
                    continue
                tier = Tier.from_code(x.tier) if x.tier else Tier.NONE
                issued_rows.append(
                    NoticeRow(
                        t.enterprise_id, t.uscc, t.name, t.township, t.industry, t.authority,
                        tier, t.accidents, t.hazard, x.kind, x.status, x.doc_no, x.issue_date,
                        x.document_id,
                    )
                )  # fmt: skip
        due = [
            NoticeRow(
                t.enterprise_id,
                t.uscc,
                t.name,
                t.township,
                t.industry,
                t.authority,
                t.tier,
                t.accidents,
                t.hazard,
                kind,
                DUE,
                missing_hazard_facts=gaps.get(t.enterprise_id, ()) if t.hazard else (),
            )  # fmt: skip
            for t in tiers.values()
            if t.tier > Tier.NONE
            for kind in due_kinds(t.tier, issued.get(t.enterprise_id, set()))
        ]
        due.sort(key=lambda r: (-r.tier, r.uscc, r.kind))
        issued_rows.sort(key=lambda r: (r.issue_date or as_of, r.doc_no), reverse=True)
        return due + issued_rows
