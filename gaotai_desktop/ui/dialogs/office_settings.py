"""办公设置 (form: ``forms/office_settings_dialog.ui``): the issuing body, document-number prefixes,
contacts, deadlines, the legal basis, interview rooms, hours and slot length, the holiday table
and the letter fonts.

Text fields (rooms, office hours, the holiday table, dates) are read by ``office_settings``' own
functions (the same checks as ``gaotai-desktop settings set``); a bad value is explained under its
field, naming it.

Shown once at the first start (``OfficeSettings.first_run_done`` is False; saving sets it) and later
from 设置 → 办公设置…. A value that cannot be saved is explained next to its field and everything
typed stays in the dialog.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from ...domain.calendar import BUILTIN_TABLES
from ...domain.documents import CASE_DOCUMENT_LABELS, CASE_DOCUMENT_PREFIXES, CaseDocumentKind
from ...domain.errors import GaotaiError, ValidationError
from ...domain.notices import KIND_LABELS
from ...files import font_files
from ...office_settings import (
    BUNDLED,
    OfficeSettings,
    check_slot_length,
    holidays_text,
    holidays_value,
    hours_from_text,
    hours_text,
    parse_setting,
    rooms_from_text,
    rooms_text,
)
from ...texts import (
    VALIDATION_TEXTS,
    holidays_hint,
    office_setting_name,
    validation_text,
)
from .. import messages as msg
from ..forms.ui_office_settings_dialog import Ui_OfficeSettingsDialog
from ..style import MUTED_TEXT
from .common import FieldErrors

if TYPE_CHECKING:
    from ...services.office import OfficeService

log = logging.getLogger(__name__)

#: Document kinds with a prefix field, in the form's order.
PREFIX_KINDS = (
    "risk_notice",
    "rectification",
    "authority_notice",
    "county_bulletin",
    "interview_notice",
)
#: The recognition-case documents with a prefix field (their own tab), in the form's order.
CASE_PREFIX_KINDS = tuple(k.value for k in CaseDocumentKind)
FONT_ROLES = ("body", "title", "heading1", "heading2")
#: What a case prefix field shows while the setting names none (the prefix the case documents use).
_CASE_DEFAULTS: dict[str, str] = {k.value: v for k, v in CASE_DOCUMENT_PREFIXES.items()}
#: Every kind's name, for "the same prefix as ..." messages.
_LABELS: dict[str, str] = {**KIND_LABELS, **CASE_DOCUMENT_LABELS}
#: Characters a prefix may not contain: the year brackets are added by the program.
BRACKETS = "〔〕[]［］【】"


def prefix_problem(prefix: str) -> str:
    """Why ``prefix`` cannot be a document-number prefix (empty string: it can)."""
    if not prefix:
        return "不能为空"
    if any(ch.isspace() for ch in prefix):
        return "不能含有空格"
    found = [ch for ch in prefix if ch in BRACKETS]
    if found:
        return f"不能含有括号“{''.join(dict.fromkeys(found))}”：年份的六角括号〔〕由程序自动加上"
    if re.search(r"\d$", prefix) or prefix[-1] in "０１２３４５６７８９":
        return "末尾不能是数字（会与年份、序号混在一起，例如“高人社2〔2026〕1号”）"
    return ""


class OfficeSettingsDialog(QDialog):
    #: The settings written (OfficeSettings).
    saved = Signal(object)

    def __init__(
        self,
        office: OfficeService,
        *,
        first_run: bool = False,
        font_choice: font_files.FontChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.first_run = first_run
        self.result_settings: OfficeSettings | None = None
        self.ui = ui = Ui_OfficeSettingsDialog()
        ui.setupUi(self)
        self.setObjectName("officeSettingsDialog")
        self.setWindowTitle("首次使用：办公设置" if first_run else "办公设置")
        ui.introLabel.setVisible(first_run)
        self.fonts = font_choice if font_choice is not None else font_files.detect()
        self._build_errors()
        self._build_buttons(first_run)
        self._connect()
        self._show_detected()
        self.current = office.get()
        self.set_settings(self.current)
        ui.settingsTabs.setCurrentIndex(0)
        ui.issuingBodyEdit.setFocus()

    def _build_errors(self) -> None:
        """The prefix and font fields by role, and where each field's problem is shown."""
        ui = self.ui
        self.prefix_edits: dict[str, QLineEdit] = {
            "risk_notice": ui.riskPrefixEdit,
            "rectification": ui.rectificationPrefixEdit,
            "authority_notice": ui.authorityPrefixEdit,
            "county_bulletin": ui.bulletinPrefixEdit,
            "interview_notice": ui.interviewPrefixEdit,
            CaseDocumentKind.ACCEPTANCE.value: ui.acceptancePrefixEdit,
            CaseDocumentKind.NON_ACCEPTANCE.value: ui.nonAcceptancePrefixEdit,
            CaseDocumentKind.MISSING.value: ui.missingPrefixEdit,
            CaseDocumentKind.SUSPENSION.value: ui.suspensionPrefixEdit,
            CaseDocumentKind.DECISION.value: ui.decisionPrefixEdit,
        }
        self.font_edits: dict[str, QLineEdit] = {
            "body": ui.bodyFontEdit,
            "title": ui.titleFontEdit,
            "heading1": ui.heading1FontEdit,
            "heading2": ui.heading2FontEdit,
        }
        labels = {
            "issuing_body": ui.issuingBodyError,
            "issuing_body_short": ui.issuingBodyShortError,
            "contact_person": ui.contactPersonError,
            "contact_phone": ui.contactPhoneError,
            "address": ui.addressError,
            "interview_place": ui.interviewRoomsError,
            "interview_days": ui.interviewDaysError,
            "interview_slot_minutes": ui.interviewSlotError,
            "interview_hours": ui.interviewHoursError,
            "holidays": ui.holidaysError,
            "mechanism_doc_no": ui.mechanismDocNoError,
            "award_restriction_until": ui.awardUntilError,
            "prefix:risk_notice": ui.riskPrefixError,
            "prefix:rectification": ui.rectificationPrefixError,
            "prefix:authority_notice": ui.authorityPrefixError,
            "prefix:county_bulletin": ui.bulletinPrefixError,
            "prefix:interview_notice": ui.interviewPrefixError,
            "prefix:case_acceptance": ui.acceptancePrefixError,
            "prefix:case_non_acceptance": ui.nonAcceptancePrefixError,
            "prefix:case_missing": ui.missingPrefixError,
            "prefix:case_suspension": ui.suspensionPrefixError,
            "prefix:case_decision": ui.decisionPrefixError,
            "font:body": ui.bodyFontError,
            "font:title": ui.titleFontError,
            "font:heading1": ui.heading1FontError,
            "font:heading2": ui.heading2FontError,
        }
        widgets: dict[str, QWidget] = {
            "issuing_body": ui.issuingBodyEdit,
            "issuing_body_short": ui.issuingBodyShortEdit,
            "contact_person": ui.contactPersonEdit,
            "contact_phone": ui.contactPhoneEdit,
            "address": ui.addressEdit,
            "interview_place": ui.interviewRoomsEdit,
            "interview_days": ui.interviewDaysSpin,
            "interview_slot_minutes": ui.interviewSlotSpin,
            "interview_hours": ui.interviewHoursEdit,
            "holidays": ui.holidaysEdit,
            "mechanism_doc_no": ui.mechanismDocNoEdit,
            "award_restriction_until": ui.awardUntilEdit,
            **{f"prefix:{k}": e for k, e in self.prefix_edits.items()},
            **{f"font:{k}": e for k, e in self.font_edits.items()},
        }
        self.errors = FieldErrors(labels, widgets, ui.generalError)

    def _build_buttons(self, first_run: bool) -> None:
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("保存(&S)")
        self.save_button.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("以后再说" if first_run else "取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _connect(self) -> None:
        ui = self.ui
        ui.prefixExampleLabel.setStyleSheet(f"color: {MUTED_TEXT};")
        ui.detectedLabel.setStyleSheet(f"color: {MUTED_TEXT};")
        ui.holidaysHintLabel.setStyleSheet(f"color: {MUTED_TEXT};")
        ui.holidaysHintLabel.setText(holidays_hint(sorted(BUILTIN_TABLES)))
        for edit in self.prefix_edits.values():
            edit.textChanged.connect(self._update_example)
        for radio in (ui.autoFontsRadio, ui.bundledFontsRadio, ui.customFontsRadio):
            radio.toggled.connect(self._update_font_fields)
        for role, button in (
            ("body", ui.bodyFontButton),
            ("title", ui.titleFontButton),
            ("heading1", ui.heading1FontButton),
            ("heading2", ui.heading2FontButton),
        ):
            button.clicked.connect(lambda _c=False, role=role: self.browse_font(role))

    # -- values -----------------------------------------------------------------------------------------
    def set_settings(self, s: OfficeSettings) -> None:
        ui = self.ui
        ui.issuingBodyEdit.setText(s.issuing_body)
        ui.issuingBodyShortEdit.setText(s.issuing_body_short)
        ui.contactPersonEdit.setText(s.contact_person)
        ui.contactPhoneEdit.setText(s.contact_phone)
        ui.addressEdit.setText(s.address)
        ui.interviewRoomsEdit.setPlainText(rooms_text(s))
        ui.interviewDaysSpin.setValue(s.interview_days)
        ui.interviewSlotSpin.setValue(s.interview_slot_minutes)
        ui.interviewHoursEdit.setText(hours_text(s.interview_hours))
        ui.holidaysEdit.setPlainText(holidays_text(s.holidays))
        ui.planDaysSpin.setValue(s.plan_days)
        ui.mechanismDocNoEdit.setText(s.mechanism_doc_no)
        ui.awardUntilEdit.setText(s.award_restriction_until)
        for kind, edit in self.prefix_edits.items():
            edit.setText(s.prefixes.get(kind, "") or _CASE_DEFAULTS.get(kind, ""))
        ui.yellowDaysSpin.setValue(s.rectification_days.get("yellow", 15))
        ui.orangeDaysSpin.setValue(s.rectification_days.get("orange", 15))
        ui.redDaysSpin.setValue(s.rectification_days.get("red", 30))
        ui.feedbackDaysSpin.setValue(s.feedback_days)
        paths = {
            "body": s.font_body,
            "title": s.font_title,
            "heading1": s.font_heading1,
            "heading2": s.font_heading2,
        }
        if not any(paths.values()):
            ui.autoFontsRadio.setChecked(True)
        elif font_files.is_bundled(paths):
            ui.bundledFontsRadio.setChecked(True)
        else:
            ui.customFontsRadio.setChecked(True)
            for role, edit in self.font_edits.items():
                edit.setText(paths[role])
        self._update_font_fields()
        self._update_example()

    def font_mode(self) -> str:
        ui = self.ui
        if ui.customFontsRadio.isChecked():
            return "custom"
        if ui.bundledFontsRadio.isChecked():
            return "bundled"
        return "auto"

    def typed_values(self) -> tuple[dict[str, object], list[tuple[str, str]]]:
        """The text fields read by ``office_settings`` (rooms, hours, holidays, basis): the values
        that could be read and (field, Chinese reason naming the field) for those that could not."""
        ui = self.ui
        values: dict[str, object] = {}
        problems: list[tuple[str, str]] = []

        def read(field: str, fn, *args) -> None:
            try:
                got = fn(*args)
            except ValidationError as exc:
                key = str(exc.detail.get("key", field)) if exc.field == "setting" else field
                reason = (
                    VALIDATION_TEXTS["required"]
                    if exc.code == "setting_required"
                    else validation_text(exc, with_field=False)
                )
                problems.append((key, f"{office_setting_name(key)}：{reason}"))
                return
            if field == "interview_place":
                values["interview_place"], values["interview_rooms"] = got
            else:
                values[field] = got[1] if isinstance(got, tuple) else got

        read("interview_place", rooms_from_text, ui.interviewRoomsEdit.toPlainText())
        read("interview_hours", hours_from_text, ui.interviewHoursEdit.text())
        if "interview_hours" in values:
            hours = values["interview_hours"]
            read("interview_slot_minutes", check_slot_length, ui.interviewSlotSpin.value(), hours)
        read("holidays", holidays_value, ui.holidaysEdit.toPlainText())
        for field, edit in (
            ("mechanism_doc_no", ui.mechanismDocNoEdit),
            ("award_restriction_until", ui.awardUntilEdit),
        ):
            read(field, parse_setting, field, edit.text())
        values.pop("interview_slot_minutes", None)  # checked only; the spin box holds it
        return values, problems

    def value(self) -> OfficeSettings:
        """The settings as typed (text fields that cannot be read keep their saved value)."""
        ui = self.ui
        typed, _problems = self.typed_values()
        mode = self.font_mode()
        if mode == "custom":
            fonts = {role: self.font_edits[role].text().strip() for role in FONT_ROLES}
        elif mode == "bundled":
            fonts = dict.fromkeys(FONT_ROLES, BUNDLED)
        else:
            fonts = dict.fromkeys(FONT_ROLES, "")
        return dataclasses.replace(
            self.current,
            issuing_body=ui.issuingBodyEdit.text().strip(),
            issuing_body_short=ui.issuingBodyShortEdit.text().strip(),
            contact_person=ui.contactPersonEdit.text().strip(),
            contact_phone=ui.contactPhoneEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            interview_days=ui.interviewDaysSpin.value(),
            interview_slot_minutes=ui.interviewSlotSpin.value(),
            plan_days=ui.planDaysSpin.value(),
            prefixes={
                **self.current.prefixes,
                **{k: e.text().strip() for k, e in self.prefix_edits.items()},
            },
            rectification_days={
                **self.current.rectification_days,
                "yellow": ui.yellowDaysSpin.value(),
                "orange": ui.orangeDaysSpin.value(),
                "red": ui.redDaysSpin.value(),
            },
            feedback_days=ui.feedbackDaysSpin.value(),
            font_body=fonts["body"],
            font_title=fonts["title"],
            font_heading1=fonts["heading1"],
            font_heading2=fonts["heading2"],
            first_run_done=True,
            **typed,  # type: ignore[arg-type]
        )

    # -- checks -----------------------------------------------------------------------------------------
    def problems(self, s: OfficeSettings) -> list[tuple[str, str]]:
        """(field, Chinese reason) for every value that cannot be saved."""
        out: list[tuple[str, str]] = list(self.typed_values()[1])
        if not s.issuing_body:
            out.append(("issuing_body", "不能为空：发文机关标志印在每份文书顶端"))
        if not s.issuing_body_short:
            out.append(("issuing_body_short", "不能为空"))
        seen: dict[str, str] = {}
        for kind in (*PREFIX_KINDS, *CASE_PREFIX_KINDS):
            prefix = s.prefixes.get(kind, "")
            problem = prefix_problem(prefix)
            if not problem and prefix in seen:
                problem = (
                    f"与“{_LABELS[seen[prefix]]}”的前缀相同；"
                    "每类文书单独编号，前缀相同会出现重复的文号"
                )
            if problem:
                out.append((f"prefix:{kind}", problem))
            else:
                seen[prefix] = kind
        if self.font_mode() == "custom":
            paths = {
                "body": s.font_body,
                "title": s.font_title,
                "heading1": s.font_heading1,
                "heading2": s.font_heading2,
            }
            if not paths["body"]:
                out.append(("font:body", "指定字体文件时，正文字体必须指定"))
            for role in FONT_ROLES:
                p = paths[role]
                if not p:
                    continue
                if not Path(p).is_file():
                    out.append((f"font:{role}", f"找不到字体文件“{p}”"))
                elif not font_files.is_truetype(p):
                    out.append(
                        (
                            f"font:{role}",
                            "不是 TrueType 字体（.ttf）；OpenType（.otf）和字体集（.ttc）无法嵌入文书",
                        )
                    )
        return out

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.errors.clear()
        tabs = self.ui.settingsTabs

        def tab_of(widget: QWidget | None) -> int:
            for i in range(tabs.count()):
                page = tabs.widget(i)
                if widget is not None and page is not None and page.isAncestorOf(widget):
                    return i
            return tabs.count()

        first: tuple[int, int, QWidget] | None = None  # the first problem in the form's order
        for n, (field, text) in enumerate(problems):
            widget = self.errors.show(field, text)
            if widget is not None and (first is None or (tab_of(widget), n) < first[:2]):
                first = (tab_of(widget), n, widget)
        if first is not None:
            if first[0] < tabs.count():
                tabs.setCurrentIndex(first[0])
            first[2].setFocus()

    def accept(self) -> None:
        value = self.value()
        problems = self.problems(value)
        if problems:
            self.show_problems(problems)
            msg.notify("办公设置有误，请按提示修改")
            return
        self.errors.clear()
        try:
            saved = self.office.save(value)
        except (GaotaiError, OSError) as exc:
            self.errors.show("", f"保存失败：{msg.error_text(exc)}")
            return
        self.current = saved
        self.result_settings = saved
        log.info("office settings saved (first run: %s)", self.first_run)
        msg.notify("办公设置已保存，以后下发的文书将使用新的设置")
        self.saved.emit(saved)
        super().accept()

    # -- fonts ------------------------------------------------------------------------------------------
    def _show_detected(self) -> None:
        lines = []
        for role in FONT_ROLES:
            p = self.fonts.office.get(role)
            found = p.name if p is not None else "未安装，使用内置 Noto Serif SC"
            lines.append(f"{font_files.ROLE_LABELS[role]}：{found}")
        head = (
            "本机检测结果：" if self.fonts.any_office else "本机未检测到办公字体，将使用内置字体："
        )
        self.ui.detectedLabel.setText(head + "\n" + "\n".join(lines))

    def _update_font_fields(self) -> None:
        custom = self.ui.customFontsRadio.isChecked()
        for role, edit in self.font_edits.items():
            edit.setEnabled(custom)
            getattr(self.ui, f"{role}FontButton").setEnabled(custom)

    def browse_font(self, role: str) -> None:
        edit = self.font_edits[role]
        start = edit.text() or str(next(iter(self.fonts.bundled.values())).parent)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            f"选择{font_files.ROLE_LABELS[role]}字体",
            start,
            "TrueType 字体 (*.ttf *.TTF);;所有文件 (*)",
        )
        if chosen:
            edit.setText(chosen)

    def _update_example(self) -> None:
        prefix = self.prefix_edits["risk_notice"].text().strip() or "高人社工伤提"
        self.ui.prefixExampleLabel.setText(
            f"文号示例：{prefix}〔2026〕1号（年份的六角括号和序号由程序自动编排，不要填写）"
        )
