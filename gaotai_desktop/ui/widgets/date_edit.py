"""The one date field of the program: type a date as clerks write it, or pick it from a calendar.

Accepts ``2026-11-20``, ``2026-3-5``, ``2026/3/5``, ``20260305`` and ``2026年3月5日`` (see
:func:`gaotai_desktop.domain.dates.parse_date`), shows the weekday beside it, and never replaces
what was typed with another date: a text that is not a date, or a date after the maximum, is
reported (:meth:`DateEdit.value` raises a ``ValidationError`` naming the field) and stays as typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...domain.dates import DateTextError, chinese_date, parse_date, weekday
from ...domain.errors import ValidationError
from ..style import ERROR_TEXT, MUTED_TEXT
from .dates import pydate, qdate

PLACEHOLDER = "例如 2026-03-05"


class DateEdit(QWidget):
    #: The date shown changed: a ``datetime.date``, or ``None`` while the text is not a date.
    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(PLACEHOLDER)
        self.line.setMaxLength(20)
        self.line.setToolTip("可输入 2026-03-05、2026-3-5、2026/3/5、20260305 或 2026年3月5日")
        self.hint = QLabel(self)
        self.hint.setObjectName("dateHint")
        self.hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("晚于今天") + 4)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendarButton")
        self.button.setText("…")
        self.button.setToolTip("从日历中选择")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_to_text)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 20)
        self.line.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026年12月31日") + 40)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.hint)
        layout.addStretch(0)
        self.setFocusProxy(self.line)
        self._maximum: dt.date | None = None
        self._last: dt.date | None = None
        self.line.textChanged.connect(self._text_changed)

    # -- the value ------------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date typed, or ``None`` while the text is empty or not a date."""
        try:
            return parse_date(self.line.text()) if self.line.text().strip() else None
        except DateTextError:
            return None

    def setDate(self, value: dt.date | QDate | None) -> None:
        if isinstance(value, QDate):
            value = pydate(value)
        self.line.setText(value.isoformat() if value is not None else "")

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def setMaximumDate(self, value: dt.date | None) -> None:
        """Dates after ``value`` are refused by :meth:`value` (and marked as typed)."""
        self._maximum = value
        if value is not None:
            self.calendar.setMaximumDate(qdate(value))
        self._text_changed(self.line.text())

    def maximumDate(self) -> dt.date | None:
        return self._maximum

    def value(self, field: str, *, required: bool = True) -> dt.date | None:
        """The date, checked: ``ValidationError(field, code)`` with ``required``, ``date_format``,
        ``no_such_day`` or ``date_future``. Nothing is substituted."""
        text = self.line.text().strip()
        if not text:
            if required:
                raise ValidationError(field, "required")
            return None
        try:
            day = parse_date(text)
        except DateTextError as exc:
            raise ValidationError(field, exc.code, {"value": text}) from None
        if self._maximum is not None and day > self._maximum:
            raise ValidationError(field, "date_future", {"value": chinese_date(day)})
        return day

    # -- feedback -------------------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        day = self.date()
        if day is not None and self._maximum is not None and day > self._maximum:
            self._show("晚于今天", ERROR_TEXT)
        elif day is not None:
            self._show(weekday(day), MUTED_TEXT)
        elif text.strip():
            self._show("不是日期", ERROR_TEXT)
        else:
            self._show("", MUTED_TEXT)
        if day != self._last:
            self._last = day
            self.dateChanged.emit(day)

    def _show(self, text: str, colour: str) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {colour};")

    def _calendar_to_text(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(qdate(day))

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        menu = self.button.menu()
        if menu is not None:
            menu.close()
        self.line.setFocus()
