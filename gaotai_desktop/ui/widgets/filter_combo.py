"""A filter combo box: first entry "全部…" (no filter), then the choices; ``value()`` is the data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

#: Long choices (e.g. "电力、热力、燃气及水生产和供应业") are elided in the box, not in the list.
MAX_WIDTH = 150
#: How narrow a filter may get on a small screen.
MIN_WIDTH = 72


class FilterCombo(QComboBox):
    value_changed = Signal()

    def __init__(self, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_text = all_text
        # as wide as its text up to MAX_WIDTH, and able to shrink to a few characters on a small
        # screen (the list still shows the whole choices)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaxVisibleItems(20)
        self.setMaximumWidth(MAX_WIDTH)
        self.view().setMinimumWidth(MAX_WIDTH + 80)
        self.addItem(all_text, None)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, Any] | str]) -> None:
        """Replace the choices, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all_text, None)
        for c in choices:
            text, data = (c, c) if isinstance(c, str) else c
            self.addItem(text, data)
        idx = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(idx, 0))
        self.blockSignals(False)
        if self.value() != current:
            self.value_changed.emit()

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        idx = self.findData(value) if value is not None else 0
        if idx >= 0:
            self.setCurrentIndex(idx)
