"""设置 → 行业主管部门 (form: ``forms/authorities_dialog.ui``): the industry authorities with their
送达地址 (printed on the receipt of a letter to the authority) and contact, editable; new
authorities can be added.

Existing names stay as they are (enterprises refer to them); a new row takes a name. Saving writes
every changed row through ``EnterpriseService.save_authority`` / ``add_authority``; a row that
cannot be saved is named in the dialog, which keeps what was typed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ...domain.errors import GaotaiError
from ...domain.rows import AuthorityRow
from .. import messages as msg
from ..forms.ui_authorities_dialog import Ui_AuthoritiesDialog
from ..style import ERROR_LABEL_STYLE

if TYPE_CHECKING:
    from ...services.enterprises import EnterpriseService

log = logging.getLogger(__name__)

NAME, ADDRESS, CONTACT = 0, 1, 2


class AuthoritiesDialog(QDialog):
    #: The authorities were saved (list of AuthorityRow as now stored).
    saved = Signal(list)

    def __init__(self, enterprises: EnterpriseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enterprises = enterprises
        self.ui = ui = Ui_AuthoritiesDialog()
        ui.setupUi(self)
        self.setObjectName("authoritiesDialog")
        ui.errorLabel.setStyleSheet(ERROR_LABEL_STYLE)
        ui.errorLabel.setVisible(False)
        header = ui.authoritiesTable.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        ui.authoritiesTable.setColumnWidth(CONTACT, 200)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addButton.clicked.connect(self.add_row)
        #: The rows as loaded, by table row (None: a new row).
        self.rows: list[AuthorityRow | None] = []
        self.load(enterprises.authorities())

    def load(self, rows: list[AuthorityRow]) -> None:
        table = self.ui.authoritiesTable
        table.setRowCount(0)
        self.rows = []
        for row in rows:
            self._append(row.name, row.address, row.contact, row)

    def _append(self, name: str, address: str, contact: str, row: AuthorityRow | None) -> int:
        table = self.ui.authoritiesTable
        n = table.rowCount()
        table.insertRow(n)
        for col, text in ((NAME, name), (ADDRESS, address), (CONTACT, contact)):
            item = QTableWidgetItem(text)
            if col == NAME and row is not None:  # enterprises refer to the name
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(n, col, item)
        self.rows.append(row)
        return n

    def add_row(self) -> int:
        """新增部门: an empty row, its name cell being edited."""
        table = self.ui.authoritiesTable
        n = self._append("", "", "", None)
        table.setCurrentCell(n, NAME)
        item = table.item(n, NAME)
        if item is not None:
            table.editItem(item)
        return n

    def values(self, n: int) -> tuple[str, str, str]:
        table = self.ui.authoritiesTable
        cells = (table.item(n, c) for c in (NAME, ADDRESS, CONTACT))
        name, address, contact = (c.text().strip() if c is not None else "" for c in cells)
        return name, address, contact

    def accept(self) -> None:
        """Save each changed or new row; stop at the first that cannot be saved (named)."""
        table = self.ui.authoritiesTable
        saved = 0
        for n, row in enumerate(self.rows):
            name, address, contact = self.values(n)
            try:
                if row is None:
                    if not (name or address or contact):
                        continue  # an empty new row is dropped
                    self.rows[n] = self.enterprises.add_authority(
                        name, address=address, contact=contact
                    )
                elif (address, contact) != (row.address, row.contact):
                    self.rows[n] = self.enterprises.save_authority(
                        row.id, address=address, contact=contact,
                        expected_version=row.row_version,
                    )  # fmt: skip
                else:
                    continue
                saved += 1
            except GaotaiError as exc:
                who = name or f"第{n + 1}行"
                self.ui.errorLabel.setText(f"“{who}”未能保存：{msg.error_text(exc)}")
                self.ui.errorLabel.setVisible(True)
                table.setCurrentCell(n, NAME if row is None else ADDRESS)
                if saved:
                    msg.notify(f"已保存{saved}个行业主管部门；其余未保存")
                return
        log.info("authorities saved: %d changed", saved)
        msg.notify(f"已保存{saved}个行业主管部门" if saved else "行业主管部门没有改动")
        self.saved.emit([r for r in self.rows if r is not None])
        super().accept()
