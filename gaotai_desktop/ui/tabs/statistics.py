"""统计 tab: this year against last year (by month, township, industry, category), the tier
distribution and the change the mechanism promises (同比下降); exports of the weekly, monthly and
quarterly reports; the award-restriction list (限制评先评优) with its export.

The charts are the reports' own (``letters.charts``): the service draws them to a one-page PDF
and the tab shows it rendered by PDFium (``files.pdf_pages``), so screen and paper are drawn by
one piece of code and nothing else is bundled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import chinese_date
from ...domain.errors import GaotaiError
from ...domain.reports import AccidentStats, RestrictionRow, period_of
from ...domain.tiers import TIER_LABELS, Tier
from ...files.output import check_extension, check_output, protected_paths, write_output
from ...files.pdf_pages import render_pages
from ...files.report_xlsx import restriction_status
from ...texts import REPORT_NAMES, change_text
from .. import messages as msg
from ..models.base import CENTER, Column, RowTableModel
from ..widgets.search_box import SearchBox
from ..widgets.table_view import TableView
from ..workers import run_task
from .base import Tab, bar

if TYPE_CHECKING:
    from ...services.container import Services

#: Width of the chart page in points (rendered to fit the tab's width).
CHART_WIDTH_PT = 900.0


def summary_text(stats: AccidentStats) -> str:
    """The headline: year to date against the same period last year, and the tiers."""
    y = stats.as_of.year
    tiers = "，".join(f"{TIER_LABELS[t]}{stats.tiers.get(t.code, 0)}家" for t in Tier if t)
    return (
        f"截至{chinese_date(stats.as_of)}，{y}年累计发生工伤事故{stats.ytd}起，"
        f"{y - 1}年同期{stats.last_ytd}起，{change_text(stats.ytd_change)}。"
        f"本月{stats.accidents}起（去年同月{stats.last_accidents}起）。当前{tiers}。"
    )


@dataclass(frozen=True)
class RestrictionFilter:
    search: str = ""

    @property
    def active(self) -> bool:
        return bool(self.search.strip())


class RestrictionModel(RowTableModel):
    """限制评先评优: enterprise, credit code, basis, from, until, lifted."""

    COLUMNS = (
        Column("name", "企业名称", 240, tooltip=True),
        Column("uscc", "统一社会信用代码", 170),
        Column("township", "所属乡镇", 80),
        Column("basis", "依据（通报文号）", 190),
        Column("start", "起始日期", 100, CENTER),
        Column("until", "截止日期", 100, CENTER),
        Column("lifted", "提前解除", 100, CENTER),
        Column("status", "状态", 70, CENTER),
    )
    as_of: dt.date = dt.date.min

    @staticmethod
    def display(r: RestrictionRow) -> tuple[str, ...]:
        return (
            r.name,
            r.uscc,
            r.township,
            r.basis,
            r.start.isoformat() if r.start else "",
            r.until.isoformat(),
            r.lifted_on.isoformat() if r.lifted_on else "",
            restriction_status(r, RestrictionModel.as_of),
        )

    @staticmethod
    def haystack(r: RestrictionRow) -> str:
        return "".join((r.name + r.uscc + r.township + r.basis).split()).upper()


class StatisticsTab(Tab):
    title = "统计"
    settings_key = "statistics"
    export_title = "限制评先评优企业名单"

    def __init__(
        self, services: Services, *, as_of: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.as_of = as_of
        self.protected = protected_paths(services.location or "", services.backup_dir)
        self.stats: AccidentStats | None = None
        self.chart_image: QImage | None = None
        self._loaded_for: dt.date | None = None
        self.model: RestrictionModel = RestrictionModel(self)
        self._build()
        self._keyboard_flow()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel("正在统计…")
        self.summary.setObjectName("statisticsSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.chart = QLabel()
        self.chart.setObjectName("statisticsChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.chart_scroll = scroll

        self.report_kind = QComboBox()
        self.report_kind.setObjectName("reportKind")
        for kind in ("weekly", "monthly", "quarterly"):
            self.report_kind.addItem(REPORT_NAMES[kind], kind)
        self.report_kind.setCurrentIndex(1)
        self.report_period = QLineEdit()
        self.report_period.setObjectName("reportPeriod")
        self.report_period.setMaximumWidth(110)
        self.report_period.setToolTip("周 2026-W48，月 2026-11，季 2026-Q4")
        self.report_kind.currentIndexChanged.connect(lambda _i: self._default_period())
        self._default_period()
        self.pdf_button = QPushButton("导出PDF…")
        self.pdf_button.setObjectName("reportPdfButton")
        self.pdf_button.clicked.connect(lambda: self.export_report(".pdf"))
        self.xlsx_button = QPushButton("导出Excel…")
        self.xlsx_button.setObjectName("reportXlsxButton")
        self.xlsx_button.clicked.connect(lambda: self.export_report(".xlsx"))
        self.refresh_button = QPushButton("刷新")
        self.refresh_button.clicked.connect(self.refresh)

        self.search = SearchBox("搜索企业名称、信用代码、乡镇或文号")
        self.view = TableView(self)
        self.view.setObjectName("restrictionView")
        self.view.setModel(self.model)
        self.search.search_changed.connect(lambda _t: self.apply_filter())
        self.count_label = QLabel()
        self.restriction_export = QPushButton("导出名单…")
        self.restriction_export.setObjectName("restrictionExportButton")
        self.restriction_export.clicked.connect(lambda: self.export_restrictions())
        self.lift_button = QPushButton("提前解除…")
        self.lift_button.setObjectName("liftRestrictionButton")
        self.lift_button.setToolTip(
            "整改验收合格等情形，经股长同意提前解除限制评先评优（须写明理由）"
        )
        self.lift_button.clicked.connect(lambda: self.lift_selected())

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addLayout(
            bar("报表：", self.report_kind, "统计期：", self.report_period, self.pdf_button,
                self.xlsx_button, None, self.refresh_button)
        )  # fmt: skip
        top_layout.addWidget(scroll, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(
            bar(
                "限制评先评优企业名单",
                self.search,
                self.count_label,
                self.lift_button,
                self.restriction_export,
            )  # fmt: skip
        )
        bottom_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _default_period(self) -> None:
        self.report_period.setText(period_of(self.report_kind.currentData(), self.as_of).label)

    # -- loading ----------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._loaded_for != self.as_of:
            self.load()

    def refresh(self) -> None:
        self.load()

    def set_as_of(self, as_of: dt.date) -> None:
        self.as_of = as_of
        self._default_period()
        if self.isVisible():
            self.load()

    def load(self, on_loaded: Any = None) -> None:
        """Statistics, charts and the restriction list, off the GUI thread."""
        reports, as_of = self.services.reports, self.as_of
        self._loaded_for = as_of
        width = max(self.chart_scroll.viewport().width() - 24, 600)  # room for a scroll bar
        dpi = 72.0 * width / CHART_WIDTH_PT

        def work() -> tuple[AccidentStats, Any, Any]:
            stats = reports.statistics(as_of)
            page = render_pages(reports.statistics_pdf(stats, CHART_WIDTH_PT), dpi)[0]
            RestrictionModel.as_of = as_of
            prepared = RestrictionModel.prepare(reports.restrictions())
            return stats, page, prepared

        def done(result: tuple[AccidentStats, Any, Any]) -> None:
            stats, page, prepared = result
            self.stats = stats
            self.summary.setText(summary_text(stats))
            image = QImage(page.data, page.width, page.height, page.stride,
                           QImage.Format.Format_RGB888).copy()  # fmt: skip
            self.chart_image = image
            self.chart.setPixmap(QPixmap.fromImage(image))
            self.model.set_prepared(prepared)
            self.apply_filter()
            self.loaded.emit()
            if on_loaded is not None:
                on_loaded()

        def failed(exc: BaseException) -> None:
            self.summary.setText("统计失败")
            msg.show_error(self, exc, action="统计")

        run_task(work, on_done=done, on_error=failed, owner=self)

    def current_filter(self) -> RestrictionFilter:
        return RestrictionFilter(self.search.text())

    def apply_filter(self) -> None:
        self.model.filter_rows(self.current_filter(), None)
        self.update_counts()

    def update_counts(self) -> None:
        total = self.model.total_count()
        shown = self.model.rowCount()
        self.count_label.setText(f"共{total}家" if shown == total else f"显示{shown}/{total}家")

    # -- exports ----------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / name),
            "PDF 文件 (*.pdf)" if suffix == ".pdf" else "Excel 工作簿 (*.xlsx)",
        )  # fmt: skip
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    def export_report(self, suffix: str, path: str | Path | None = None) -> Path | None:
        """The chosen report (kind and period from the fields) as PDF or .xlsx."""
        kind = self.report_kind.currentData()
        today = self.as_of
        reports = self.services.reports
        try:
            period = reports.period(kind, self.report_period.text(), today)
        except GaotaiError as exc:
            msg.show_error(self, exc, action="导出报表")
            return None
        if path is None:
            name = f"{REPORT_NAMES[kind]}_{period.label}{suffix}"
            path = self._ask_path(f"导出{REPORT_NAMES[kind]}", name, suffix)
            if path is None:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_output(path, self.protected)
            check_extension(path, (suffix,))
            report = reports.build(kind, period, today)
            data = reports.pdf(report, today) if suffix == ".pdf" else reports.xlsx(report)
            written = write_output(path, data, protected=self.protected)
        except (GaotaiError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            msg.show_error(self, exc, action="导出报表")
            return None
        QApplication.restoreOverrideCursor()
        msg.notify(f"已导出{period.title()}{REPORT_NAMES[kind]}到 {written}")
        return written

    def lift_selected(self) -> bool:
        """End the selected enterprise's 限制评先评优 early, with the reason asked for."""
        key = self.view.current_id()
        row = self.model.row_by_id(key) if key else None
        if not isinstance(row, RestrictionRow):
            msg.notify("请先在名单中选择一家企业")
            return False
        if row.lifted_on is not None:
            msg.notify(f"{row.name}的限制评先评优已于{row.lifted_on.isoformat()}解除")
            return False
        reason = msg.ask_text(
            self, "提前解除限制评先评优",
            f"提前解除“{row.name}”（{row.uscc}）的限制评先评优？\n请写明理由（例如整改验收合格、经股长同意）：",
        )  # fmt: skip
        if reason is None:
            return False
        try:
            self.services.warnings.lift_award_restriction(
                row.enterprise_id, row.year, on=self.as_of, reason=reason, today=self.as_of
            )
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="提前解除限制评先评优")
            return False
        msg.notify(f"已提前解除{row.name}的限制评先评优")
        self.refresh()
        return True

    def export_restrictions(self, path: str | Path | None = None) -> Path | None:
        """The award-restriction list (every row, not only those shown) as .xlsx."""
        if path is None:
            path = self._ask_path("导出限制评先评优名单", f"限制评先评优名单_{self.as_of}.xlsx",
                                  ".xlsx")  # fmt: skip
            if path is None:
                return None
        try:
            check_output(path, self.protected)
            check_extension(path, (".xlsx",))
            data = self.services.reports.restrictions_xlsx(self.model.all_rows(), self.as_of)
            written = write_output(path, data, protected=self.protected)
        except (GaotaiError, OSError) as exc:
            msg.show_error(self, exc, action="导出名单")
            return None
        msg.notify(f"已导出限制评先评优名单到 {written}")
        return written
