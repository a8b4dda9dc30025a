"""更改约谈安排 (form: ``forms/interview_slot_dialog.ui``): the date, start time and room of one
enterprise's one-on-one interview, before its letter is issued.

The start times offered are those of the office hours (one slot each), the rooms those of the
office settings. ``check(at, room)`` (the issuing service's slot check) refuses a rest day, a time
outside office hours or a slot another enterprise holds; the reason is shown in the dialog and what
was chosen stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.dates import weekday
from ...domain.errors import GaotaiError
from ...texts import interview_slot_hint, interview_slot_intro
from .. import messages as msg
from ..forms.ui_interview_slot_dialog import Ui_InterviewSlotDialog
from ..style import ERROR_LABEL_STYLE, MUTED_TEXT


def slot_starts(hours: Sequence[tuple[dt.time, dt.time]], minutes: int) -> list[dt.time]:
    """Start times of the slots of a day in ``hours`` (each slot ends within its span)."""
    day = dt.date(2000, 1, 3)
    step = dt.timedelta(minutes=minutes)
    out: list[dt.time] = []
    for start, end in hours:
        at, stop = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
        while at + step <= stop:
            out.append(at.time())
            at += step
    return out


class InterviewSlotDialog(QDialog):
    def __init__(
        self,
        enterprise: str,
        current: tuple[dt.datetime, str],
        *,
        rooms: Sequence[str],
        hours: Sequence[tuple[dt.time, dt.time]],
        minutes: int,
        check: Callable[[dt.datetime, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_InterviewSlotDialog()
        ui.setupUi(self)
        self.setObjectName("interviewSlotDialog")
        self.check = check
        self.result_slot: tuple[dt.datetime, str] | None = None
        ui.enterpriseLabel.setText(interview_slot_intro(enterprise))
        span = "，".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in hours)
        ui.hintLabel.setText(interview_slot_hint(span, minutes))
        ui.hintLabel.setStyleSheet(f"color: {MUTED_TEXT};")
        ui.errorLabel.setStyleSheet(ERROR_LABEL_STYLE)
        ui.errorLabel.setVisible(False)
        at, room = current
        ui.dateEdit.setDate(QDate(at.year, at.month, at.day))
        starts = slot_starts(hours, minutes)
        if at.time() not in starts:
            starts = sorted({*starts, at.time()})
        for t in starts:
            ui.timeCombo.addItem(f"{t:%H:%M}", t)
        ui.timeCombo.setCurrentIndex(starts.index(at.time()))
        names = list(rooms) if room in rooms else [*rooms, room]
        ui.roomCombo.addItems(names)
        ui.roomCombo.setCurrentIndex(names.index(room))
        ui.dateEdit.dateChanged.connect(lambda _d: self._show_weekday())
        self._show_weekday()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("确定(&O)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.dateEdit.setFocus()

    def slot(self) -> tuple[dt.datetime, str]:
        ui = self.ui
        d = ui.dateEdit.date()
        t = ui.timeCombo.currentData()
        at = dt.datetime(d.year(), d.month(), d.day(), t.hour, t.minute)
        return at, ui.roomCombo.currentText()

    def _show_weekday(self) -> None:
        d = self.ui.dateEdit.date()
        self.ui.weekdayLabel.setText(weekday(dt.date(d.year(), d.month(), d.day())))

    def accept(self) -> None:
        at, room = self.slot()
        try:
            self.check(at, room)
        except GaotaiError as exc:
            self.ui.errorLabel.setText(msg.error_text(exc))
            self.ui.errorLabel.setVisible(True)
            return
        self.result_slot = (at, room)
        super().accept()
