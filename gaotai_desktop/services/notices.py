"""The warning notices: what each enterprise's tier calls for, and what was issued."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from ..data import queries
from ..data.models import Document, DocumentSubject
from ..domain.notices import due_kinds
from ..domain.rows import NoticeRow
from ..domain.tiers import DEFAULT_RULE, Tier, TierRule
from .base import Database


class NoticeService:
    def __init__(self, db: Database, rule: TierRule = DEFAULT_RULE) -> None:
        self.db = db
        self.rule = rule

    def plan(self, as_of: dt.date, *, include_issued: bool = True) -> list[NoticeRow]:
        """Due documents (tier reached, not yet issued this year) and, optionally, issued ones."""
        with self.db.transaction() as s:
            tiers = {r.enterprise_id: r for r in queries.tier_rows(s, as_of, self.rule)}
            issued: dict[str, set[tuple[int, str]]] = defaultdict(set)
            issued_rows: list[NoticeRow] = []
            stmt = (
                select(
                    DocumentSubject.enterprise_id,
                    Document.id,
                    Document.kind,
                    Document.tier,
                    Document.doc_no,
                    Document.issue_date,
                    Document.printed_at,
                )
                .join(Document, Document.id == DocumentSubject.document_id)
                .where(Document.year == as_of.year, Document.kind != "receipt")
            )
            for ent_id, doc_id, kind, tier_code, doc_no, issue_date, printed_at in s.execute(stmt):
                tier = Tier.from_code(tier_code) if tier_code else Tier.NONE
                issued[ent_id].add((int(tier), kind))
                t = tiers.get(ent_id)
                if include_issued and t is not None:
                    issued_rows.append(
                        NoticeRow(
                            t.enterprise_id, t.uscc, t.name, t.township, t.industry, t.authority,
                            tier, t.accidents, t.hazard, kind,
                            "printed" if printed_at else "issued", doc_no, issue_date, doc_id,
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
                "due",
            )  # fmt: skip
            for t in tiers.values()
            if t.tier > Tier.NONE
            for kind in due_kinds(t.tier, issued.get(t.enterprise_id, set()))
        ]
        due.sort(key=lambda r: (-r.tier, r.uscc, r.kind))
        issued_rows.sort(key=lambda r: (r.issue_date or as_of, r.doc_no), reverse=True)
        return due + issued_rows
