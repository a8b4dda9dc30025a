"""预防与维权 dialogs (forms ``forms/training_dialog.ui``, ``hotline_dialog.ui`` and
``hotline_close_dialog.ui``): a training session with the enterprises that came (picked from the
register by code or name), a hotline call, and closing a call.

Each dialog gathers what the clerk typed and hands it to the service, which decides: a refused
save shows the service's reason, marks the field it names and keeps the dialog open with
everything typed. After a save ``result_row`` holds the row the service returned.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from ... import texts
from ...domain.errors import ValidationError
from ...domain.identifiers import normalize
from ...domain.outreach import (
    AttendanceInput,
    HotlineInput,
    HotlineRow,
    TrainingInput,
    TrainingRow,
)
from .. import messages as msg
from ..forms.ui_hotline_close_dialog import Ui_HotlineCloseDialog
from ..forms.ui_hotline_dialog import Ui_HotlineDialog
from ..forms.ui_training_dialog import Ui_TrainingDialog
from .common import INVALID_STYLE, FormDialog

if TYPE_CHECKING:
    from ...services.container import Services


class EnterprisePicker:
    """A line edit that finds an enterprise of the register by any part of its code or name
    (a completer over ``code  name``) and says which one the typed code is."""

    def __init__(self, edit: QLineEdit, hint: Any, enterprises: list[tuple[str, str]]) -> None:
        self.edit, self.hint = edit, hint
        self.names = dict(enterprises)
        completer = QCompleter(QStringListModel([f"{u}  {n}" for u, n in enterprises], edit), edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(15)
        completer.activated.connect(self._picked)
        edit.setCompleter(completer)
        edit.textChanged.connect(self._show)
        hint.setText("")

    def code(self) -> str:
        parts = self.edit.text().split()
        return normalize(parts[0]) if parts else ""

    def name(self) -> str:
        return self.names.get(self.code(), "")

    def _picked(self, text: str) -> None:
        code = text.split()[0] if text.split() else text
        QTimer.singleShot(0, lambda: self.edit.setText(code))

    def _show(self, _text: str) -> None:
        code, name = self.code(), self.name()
        if name:
            self.hint.setText(f"企业：{name}")
        elif len(code) >= 18:
            self.hint.setText("未找到该代码的企业（须先登记企业）")
        else:
            self.hint.setText("")


class TrainingDialog(FormDialog):
    """登记 / 修改预防培训."""

    action = "保存培训记录"

    def __init__(
        self,
        services: Services,
        *,
        today: dt.date,
        row: TrainingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.row = row
        self.ui = ui = self._form(Ui_TrainingDialog())
        training = services.training
        for name in training.industries():
            ui.industryCombo.addItem(name, name)
        self.picker = EnterprisePicker(ui.enterpriseEdit, ui.enterpriseHint, training.enterprises())
        self._up_to_today(ui.dateEdit)
        table = ui.attendanceTable
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 170)
        table.setColumnWidth(2, 60)
        table.verticalHeader().setVisible(False)
        ui.attendanceSum.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("参训企业9999家，合计999999人")
        )
        ui.addEnterpriseButton.clicked.connect(lambda _c=False: self.add_enterprise())
        ui.enterpriseEdit.returnPressed.connect(self.add_enterprise)
        ui.removeEnterpriseButton.clicked.connect(lambda _c=False: self.remove_enterprise())
        ui.browseButton.clicked.connect(lambda _c=False: self._browse())
        self.fields = {
            "training_date": ui.dateEdit.line, "training_place": ui.placeEdit,
            "training_topic": ui.topicEdit, "training_trainer": ui.trainerEdit,
            "training_industry": ui.industryCombo, "training_people": ui.peopleSpin,
            "training_enterprise": ui.enterpriseEdit,
            "training_materials_path": ui.materialsPathEdit,
        }  # fmt: skip
        if row is not None:
            self.setWindowTitle(f"修改预防培训：{row.held_on.isoformat()} {row.topic}")
            ui.dateEdit.setDate(row.held_on)
            idx = ui.industryCombo.findData(row.industry)
            if idx < 0:
                ui.industryCombo.addItem(row.industry, row.industry)
                idx = ui.industryCombo.count() - 1
            ui.industryCombo.setCurrentIndex(idx)
            ui.topicEdit.setText(row.topic)
            ui.placeEdit.setText(row.place)
            ui.trainerEdit.setText(row.trainer)
            total = sum(a.people for a in row.attendance)
            ui.peopleSpin.setValue(row.people if row.people != total else 0)
            ui.materialsEdit.setText(row.materials)
            ui.materialsPathEdit.setText(row.materials_path)
            for a in row.attendance:
                self._put(a.uscc, a.name, a.people)
        self._sum()
        ui.dateEdit.setFocus()

    # -- attendance ---------------------------------------------------------------------------
    def attendance(self) -> list[tuple[str, int]]:
        table = self.ui.attendanceTable
        out = []
        for r in range(table.rowCount()):
            code_item, people_item = table.item(r, 1), table.item(r, 2)
            if code_item is not None and people_item is not None:
                out.append((code_item.text(), int(people_item.text())))
        return out

    def add_enterprise(self) -> bool:
        """Put the picked enterprise and its people into the list (once each)."""
        ui = self.ui
        code, name = self.picker.code(), self.picker.name()
        if not name:
            ui.enterpriseEdit.setStyleSheet(INVALID_STYLE)
            ui.enterpriseHint.setText("请从列表中选择已登记的企业")
            return False
        ui.enterpriseEdit.setStyleSheet("")
        if any(c == code for c, _n in self.attendance()):
            ui.enterpriseHint.setText(f"{name} 已在参训企业中")
            return False
        self._put(code, name, ui.enterprisePeopleSpin.value())
        ui.enterpriseEdit.clear()
        ui.enterprisePeopleSpin.setValue(1)
        ui.enterpriseEdit.setFocus()
        self._sum()
        return True

    def _put(self, code: str, name: str, people: int) -> None:
        table = self.ui.attendanceTable
        r = table.rowCount()
        table.insertRow(r)
        for c, value in enumerate((name, code, str(people))):
            item = QTableWidgetItem(value)
            if c == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)

    def remove_enterprise(self) -> None:
        table = self.ui.attendanceTable
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for r in rows or ([table.currentRow()] if table.currentRow() >= 0 else []):
            table.removeRow(r)
        self._sum()

    def _sum(self) -> None:
        rows = self.attendance()
        self.ui.attendanceSum.setText(f"参训企业{len(rows)}家，合计{sum(n for _c, n in rows)}人")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择培训资料所在的文件夹")
        if folder:
            self.ui.materialsPathEdit.setText(folder)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> TrainingRow:
        ui = self.ui
        if ui.enterpriseEdit.text().strip() and not self.add_enterprise():
            raise ValidationError("training_enterprise", "unknown_enterprise",
                                  {"value": ui.enterpriseEdit.text().strip()})  # fmt: skip
        held_on = ui.dateEdit.value("training_date")
        assert held_on is not None
        data = TrainingInput(
            held_on, ui.placeEdit.text(), ui.topicEdit.text(), ui.trainerEdit.text(),
            str(ui.industryCombo.currentData() or ""), people=ui.peopleSpin.value(),
            attendance=tuple(AttendanceInput(c, n) for c, n in self.attendance()),
            materials=ui.materialsEdit.text(), materials_path=ui.materialsPathEdit.text(),
        )  # fmt: skip
        if self.row is None:
            return self.services.training.add(data, today=self.today)
        return self.services.training.edit(self.row.id, data, today=self.today)

    def saved(self, row: TrainingRow) -> None:
        msg.notify(
            f"已保存培训：{row.held_on.isoformat()} {row.topic}"
            f"（企业{row.enterprises}家，{row.people}人）",
            30_000,
        )


class HotlineDialog(FormDialog):
    """登记 / 修改维权热线来电."""

    action = "保存来电记录"

    def __init__(
        self,
        services: Services,
        *,
        today: dt.date,
        row: HotlineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.row = row
        self.ui = ui = self._form(Ui_HotlineDialog())
        for key, name in texts.HOTLINE_TOPIC_NAMES.items():
            ui.topicCombo.addItem(name, key)
        for key, name in texts.REFERRAL_NAMES.items():
            ui.referralCombo.addItem(name, key)
        self.picker = EnterprisePicker(
            ui.enterpriseEdit, ui.enterpriseHint, services.training.enterprises()
        )
        self._up_to_today(ui.dateEdit)
        ui.timeEdit.setTime(QTime(9, 0))
        ui.adviceEdit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.fields = {
            "hotline_called_at": ui.dateEdit.line, "hotline_topic": ui.topicCombo,
            "hotline_handler": ui.handlerEdit, "hotline_caller": ui.callerEdit,
            "hotline_phone": ui.phoneEdit, "hotline_enterprise": ui.enterpriseEdit,
            "hotline_referral": ui.referralCombo, "hotline_follow_up": ui.followUpEdit.line,
            "hotline_outcome": ui.outcomeEdit,
        }  # fmt: skip
        if row is not None:
            self.setWindowTitle("修改维权热线来电")
            ui.dateEdit.setDate(row.called_at.date())
            ui.timeEdit.setTime(QTime(row.called_at.hour, row.called_at.minute))
            ui.topicCombo.setCurrentIndex(max(ui.topicCombo.findData(row.topic), 0))
            ui.handlerEdit.setText(row.handler)
            # never unmasked in the window: an empty field keeps what is stored
            ui.callerEdit.setPlaceholderText(f"已登记：{row.caller or '未留姓名'}（留空则不变）")
            ui.phoneEdit.setPlaceholderText(f"已登记：{row.phone or '未留号码'}（留空则不变）")
            ui.enterpriseEdit.setText(row.uscc)
            ui.adviceEdit.setPlainText(row.advice)
            ui.referralCombo.setCurrentIndex(max(ui.referralCombo.findData(row.referral), 0))
            ui.followUpEdit.setDate(row.follow_up_due)
            ui.outcomeEdit.setText(row.outcome)
        ui.dateEdit.setFocus()

    def save(self) -> HotlineRow:
        ui = self.ui
        day = ui.dateEdit.value("hotline_called_at")
        assert day is not None
        t = ui.timeEdit.time()
        typed = ui.enterpriseEdit.text().strip()
        uscc = self.picker.code() if typed else ""
        data = HotlineInput(
            dt.datetime.combine(day, dt.time(t.hour(), t.minute())),
            str(ui.topicCombo.currentData()), ui.handlerEdit.text(),
            caller_name=ui.callerEdit.text(), caller_phone=ui.phoneEdit.text(), uscc=uscc,
            advice=ui.adviceEdit.toPlainText(), referral=str(ui.referralCombo.currentData()),
            follow_up_due=ui.followUpEdit.value("hotline_follow_up", required=False),
            outcome=ui.outcomeEdit.text(),
        )  # fmt: skip
        if self.row is None:
            return self.services.hotline.add(data, today=self.today)
        return self.services.hotline.edit(self.row.id, data, today=self.today)

    def saved(self, row: HotlineRow) -> None:
        topic = texts.HOTLINE_TOPIC_NAMES.get(row.topic, row.topic)
        follow_up = texts.follow_up_text(row.follow_up_due, row.days_left, row.closed_on)
        msg.notify(f"已保存来电（{topic}）：{follow_up}", 30_000)


class HotlineCloseDialog(FormDialog):
    """结案: the day and the outcome."""

    action = "来电结案"

    def __init__(
        self,
        services: Services,
        row: HotlineRow,
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, today=today, parent=parent)
        self.row = row
        self.ui = ui = self._form(Ui_HotlineCloseDialog())
        topic = texts.HOTLINE_TOPIC_NAMES.get(row.topic, row.topic)
        who = row.caller or "未留姓名"
        ui.callLabel.setText(
            f"{row.called_at:%Y-%m-%d} {topic}　来电人：{who}　{row.enterprise_name}"
        )
        self._up_to_today(ui.dateEdit)
        ui.outcomeEdit.setText(row.outcome)
        self.fields = {"hotline_closed_on": ui.dateEdit.line, "hotline_outcome": ui.outcomeEdit}
        ui.outcomeEdit.setFocus()

    def save(self) -> HotlineRow:
        on = self.ui.dateEdit.value("hotline_closed_on")
        assert on is not None
        return self.services.hotline.close(
            self.row.id, on=on, outcome=self.ui.outcomeEdit.text(), today=self.today
        )

    def saved(self, row: HotlineRow) -> None:
        msg.notify(f"来电已结案：{row.outcome}", 30_000)
