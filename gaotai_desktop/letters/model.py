"""Input of the letter renderer: frozen, picklable dataclasses holding only what is printed.

There is deliberately no field for an injured worker's name, ID number or phone: letters to
enterprises, authorities and the county never carry personal data of injured workers
(个人信息保护法 第28条). Accidents are described by date, category, place and number of persons.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from gaotai_desktop.domain.documents import DocumentKind
from gaotai_desktop.domain.tiers import Tier

#: Document kinds rendered by :func:`gaotai_desktop.letters.render` (the domain's vocabulary).
Kind = DocumentKind


class DeliveryMethod(enum.StrEnum):
    """送达方式 on a 送达回证."""

    DIRECT = "直接送达"
    LEFT = "留置送达"
    POST = "邮寄送达"
    ENTRUSTED = "委托送达"
    ELECTRONIC = "电子送达"


@dataclass(frozen=True)
class Issuer:
    """The issuing body (发文机关).

    ``name``: full name, printed as the red issuing-body mark and the signature
    (高台县人力资源和社会保障局). ``short_name``: used in running text (县人社局).
    ``contact_person`` / ``contact_phone``: the office's contact (a section or staff member of the
    issuer, never an injured worker). ``address``: the office's address (interview place default).
    """

    name: str
    short_name: str
    contact_person: str
    contact_phone: str
    address: str = ""


@dataclass(frozen=True)
class EnterpriseRef:
    """An enterprise as printed. ``authority`` is its industry authority (行业主管部门)."""

    name: str
    uscc: str
    address: str = ""
    legal_representative: str = ""
    contact_person: str = ""
    township: str = ""
    industry: str = ""
    authority: str = ""


@dataclass(frozen=True)
class AccidentFact:
    """One accident (起) counted this year: no personal data fields exist."""

    date: dt.date
    category: str = ""  # GB 6441 category, e.g. 车辆伤害 (empty: unknown, left out)
    place: str = ""  # e.g. 生产车间 (empty: unknown, left out)
    persons: int | None = 1  # injured persons (人次); None: none recorded, left out
    #: 工伤认定 not concluded for any of its persons (待认定): printed as 事故 (认定中), never as
    #: a 工伤事故.
    pending: bool = False


@dataclass(frozen=True)
class HazardFact:
    """Occupational-disease hazard (职业病隐患): when, who found it, and the document reference.

    Each fact may be unknown (None / empty): the wording then leaves it out of the sentence.
    """

    date: dt.date | None = None
    source: str = ""  # e.g. 县卫生健康局监督检查
    reference: str = ""  # e.g. 高卫监〔2026〕15号
    description: str = ""  # what was found, e.g. 粉尘浓度超标 (empty: left out)


@dataclass(frozen=True)
class EnterpriseCase:
    """One enterprise with the facts behind its tier (accidents of the year up to ``as_of``)."""

    enterprise: EnterpriseRef
    tier: Tier
    accidents: tuple[AccidentFact, ...] = ()
    hazard: HazardFact | None = None

    @property
    def accident_count(self) -> int:
        return len(self.accidents)

    @property
    def pending_count(self) -> int:
        """Accidents still in 工伤认定 (认定中)."""
        return sum(1 for a in self.accidents if a.pending)

    @property
    def one_category(self) -> bool:
        """Two or more accidents, all of one known category (同类事故)."""
        cats = {a.category for a in self.accidents}
        return len(self.accidents) >= 2 and len(cats) == 1 and "" not in cats


@dataclass(frozen=True)
class Measure:
    """A numbered rectification measure (整改措施) with its own period: done within ``days``
    days of receiving the letter."""

    text: str
    days: int


@dataclass(frozen=True)
class Interview:
    """约谈: when and where, who of the enterprise must attend, what to bring."""

    when: dt.datetime
    place: str
    participants: str = ""  # e.g. 企业主要负责人、分管安全生产负责人 (empty: template default)
    bring: tuple[str, ...] = ()  # materials to bring (empty: template default)


@dataclass(frozen=True)
class LetterRequest:
    """Everything one letter prints. Fields a kind does not use are ignored by it.

    kind             one of :data:`gaotai_desktop.letters.KINDS`
    doc_no           formatted document number, e.g. 高人社工伤提〔2026〕7号 (see ``format_doc_no``)
    issue_date       成文日期 printed under the signature
    as_of            date of the count (截至…)
    issuer           the issuing body
    cases            enterprises concerned; one for every kind except ``county_bulletin`` (1+)
    feedback_days    written feedback within N days of receipt (risk_notice)
    report_days      written rectification / follow-up report within N days of receipt
                     (rectification, authority_notice, interview_notice); also the period of
                     template measures
    plan_days        a red enterprise's rectification plan within N days of receipt
                     (interview_notice and county_bulletin of the red tier)
    measures         numbered rectification measures with periods (empty: template defaults,
                     each within ``report_days``)
    problems         numbered problems found (rectification; empty: template defaults)
    interview        one-on-one warning interview (risk_notice, interview_notice)
    addressee        overrides the template addressee (e.g. the authority's full name)
    cc               抄送 organisations
    printed_by       印发机关 (county_bulletin footer; empty: issuer name)
    printed_date     印发日期 (county_bulletin footer; None: issue_date)
    references_doc_no  for a correction: the number of the document this one replaces
    mechanism_doc_no   文号 of the county's mechanism document (empty: named without a number)
    restriction_until  last day of 限制评先评优 (county_bulletin; None: 31 December of the year
                     of ``issue_date``)
    draft            a proof read before a number is taken: ``doc_no`` is not printed (the
                     wording's ``draft_doc_no`` stands in its place) and every page carries a
                     diagonal ``draft_watermark``
    """

    kind: str
    doc_no: str
    issue_date: dt.date
    as_of: dt.date
    issuer: Issuer
    cases: tuple[EnterpriseCase, ...]
    feedback_days: int | None = None
    report_days: int | None = None
    plan_days: int | None = None
    measures: tuple[Measure, ...] = ()
    problems: tuple[str, ...] = ()
    interview: Interview | None = None
    addressee: str = ""
    cc: tuple[str, ...] = ()
    printed_by: str = ""
    printed_date: dt.date | None = None
    references_doc_no: str = ""
    mechanism_doc_no: str = ""
    restriction_until: dt.date | None = None
    draft: bool = False


@dataclass(frozen=True)
class ReceiptRequest:
    """送达回证 for one delivered document.

    document_title   name of the delivered document without book-title marks (工伤风险提示函)
    doc_no           its document number
    issuer           发文机关
    enterprise       受送达人 (enterprise); ``recipient_person`` a person of it (blank: filled by hand)
    address          送达地址 (empty: the enterprise's address)
    method           pre-ticked 送达方式 (None: all boxes empty, ticked by hand)
    deliverers       names of the two deliverers if known (blank lines otherwise)
    remarks          备注
    issue_date       填发日期 (None: left blank, filled by hand)
    copies           件数: documents delivered (1)
    pages            pages of the delivered document, printed with the 件数 when known

    The recipient's 统一社会信用代码 is ``enterprise.uscc``, printed when not empty.
    """

    document_title: str
    doc_no: str
    issuer: Issuer
    enterprise: EnterpriseRef
    recipient_person: str = ""
    address: str = ""
    method: DeliveryMethod | None = None
    deliverers: tuple[str, ...] = field(default_factory=tuple)
    remarks: str = ""
    issue_date: dt.date | None = None
    copies: int = 1
    pages: int | None = None
