"""Which documents each tier calls for: yellow a risk notice and an interview, orange a
rectification proposal and a letter to the industry authority, red the county bulletin, the
authority letter and an interview."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .documents import DocumentKind, DocumentState, kind_rank
from .rows import NoticeRow
from .tiers import Tier

#: Kind of the 送达回证 stored with each letter (not a document of its own: no number).
RECEIPT = "receipt"

KIND_LABELS: dict[str, str] = {
    DocumentKind.RISK_NOTICE: "工伤风险提示函",
    DocumentKind.RECTIFICATION: "整改建议书",
    DocumentKind.AUTHORITY_NOTICE: "通报行业主管部门函",
    DocumentKind.COUNTY_BULLETIN: "全县通报",
    DocumentKind.INTERVIEW_NOTICE: "约谈通知书",
    RECEIPT: "送达回证",
}

#: A planned document not yet issued.
DUE = "due"

STATUS_LABELS: dict[str, str] = {
    DUE: "待下发",
    DocumentState.ISSUED: "已下发",
    DocumentState.PRINTED: "已打印",
    DocumentState.CORRECTED: "已更正",
}

#: Documents created when an enterprise reaches a tier. Earlier tiers' documents are not re-issued,
#: and no enterprise gets the same tier's document twice in one year.
DOCUMENTS_BY_TIER: dict[Tier, tuple[DocumentKind, ...]] = {
    Tier.NONE: (),
    Tier.YELLOW: (DocumentKind.RISK_NOTICE, DocumentKind.INTERVIEW_NOTICE),
    Tier.ORANGE: (DocumentKind.RECTIFICATION, DocumentKind.AUTHORITY_NOTICE),
    Tier.RED: (
        DocumentKind.COUNTY_BULLETIN,
        DocumentKind.AUTHORITY_NOTICE,
        DocumentKind.INTERVIEW_NOTICE,
    ),
}


def due_kinds(tier: Tier, issued: set[tuple[int, str]]) -> list[DocumentKind]:
    """Kinds still to issue at ``tier``, given the (tier, kind) pairs already issued this year."""
    return [k for k in DOCUMENTS_BY_TIER[tier] if (int(tier), k) not in issued]


def issued_pairs(
    subjects: Iterable[tuple[str, str, str]],
) -> dict[str, set[tuple[int, str]]]:
    """Per enterprise id, the (tier, kind) pairs issued, from (enterprise_id, tier code, kind)."""
    out: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for enterprise_id, tier_code, kind in subjects:
        tier = Tier.from_code(tier_code) if tier_code else Tier.NONE
        out[enterprise_id].add((int(tier), kind))
    return out


def documents_per_kind(rows: list[NoticeRow]) -> dict[str, int]:
    """How many documents issuing ``rows`` makes: one per row, one county bulletin for all."""
    counts: dict[str, int] = {}
    for r in rows:
        if r.kind == DocumentKind.COUNTY_BULLETIN:
            counts[r.kind] = 1
        else:
            counts[r.kind] = counts.get(r.kind, 0) + 1
    return {k: counts[k] for k in sorted(counts, key=kind_rank)}


def documents_to_number(rows: list[NoticeRow]) -> list[tuple[str, Tier, list[str]]]:
    """(kind, tier, enterprise names) of each document issuing ``rows`` numbers, in numbering
    order: the county bulletin (all its red enterprises) first, then one per row."""
    bulletin = [r for r in rows if r.kind == DocumentKind.COUNTY_BULLETIN]
    out: list[tuple[str, Tier, list[str]]] = []
    if bulletin:
        names = list(dict.fromkeys(r.name for r in bulletin))
        out.append((DocumentKind.COUNTY_BULLETIN, Tier.RED, names))
    others = [r for r in rows if r.kind != DocumentKind.COUNTY_BULLETIN]
    others.sort(key=lambda r: (kind_rank(r.kind), -int(r.tier), r.uscc))
    out += [(r.kind, r.tier, [r.name]) for r in others]
    return out
