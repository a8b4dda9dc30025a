"""Which documents each tier calls for (DOMAIN.md sections 1 and 5)."""

from __future__ import annotations

from .tiers import Tier

KIND_LABELS: dict[str, str] = {
    "risk_notice": "工伤风险提示函",
    "rectification": "整改建议书",
    "authority_notice": "通报行业主管部门函",
    "county_bulletin": "全县通报",
    "interview_notice": "约谈通知书",
    "receipt": "送达回证",
}

STATUS_LABELS: dict[str, str] = {
    "due": "待下发",
    "issued": "已下发",
    "printed": "已打印",
}

#: Documents created when an enterprise reaches a tier. Earlier tiers' documents are not re-issued,
#: and no enterprise gets the same tier's document twice in one year.
DOCUMENTS_BY_TIER: dict[Tier, tuple[str, ...]] = {
    Tier.NONE: (),
    Tier.YELLOW: ("risk_notice", "interview_notice"),
    Tier.ORANGE: ("rectification", "authority_notice"),
    Tier.RED: ("county_bulletin", "authority_notice", "interview_notice"),
}


def due_kinds(tier: Tier, issued: set[tuple[int, str]]) -> list[str]:
    """Kinds still to issue at ``tier``, given the (tier, kind) pairs already issued this year."""
    return [k for k in DOCUMENTS_BY_TIER[tier] if (int(tier), k) not in issued]
