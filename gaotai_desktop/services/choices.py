"""The lists of 行业, 所属乡镇, 行业主管部门 and 事故类别 as the database holds them (editable
reference tables), for :class:`gaotai_desktop.domain.choices.ChoiceNormaliser`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import AccidentCategory, Authority, Industry, Township
from ..domain.choices import ChoiceLists, ChoiceNormaliser
from ..domain.reference import SEVERITIES


def choice_lists(session: Session) -> ChoiceLists:
    """Every row of the tables (inactive ones too: an old value still maps to itself)."""

    def names(model: type[Township | Authority | AccidentCategory]) -> tuple[str, ...]:
        return tuple(session.scalars(select(model.name).order_by(model.sort_order, model.name)))

    industries = session.execute(
        select(Industry.code, Industry.name).order_by(Industry.sort_order, Industry.name)
    )
    return ChoiceLists(
        townships=names(Township),
        industries=tuple((code or "", name) for code, name in industries),
        authorities=names(Authority),
        categories=names(AccidentCategory),
        severities=SEVERITIES,
    )


def choice_normaliser(session: Session) -> ChoiceNormaliser:
    return ChoiceNormaliser(choice_lists(session))
