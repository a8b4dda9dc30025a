"""Helpers shared by the dialogs: field-level error labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..style import ERROR_LABEL_STYLE

INVALID_STYLE = "border: 1px solid #B3261E;"


class FieldErrors:
    """A red label next to each field; ``show(field, text)`` fills one, ``clear()`` hides all."""

    def __init__(self, labels: dict[str, QLabel], widgets: dict[str, QWidget], general: QLabel):
        self.labels = labels
        self.widgets = widgets
        self.general = general
        for label in [*labels.values(), general]:
            label.setStyleSheet(ERROR_LABEL_STYLE)
            label.setText("")
            label.setVisible(False)

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.setText("")
            label.setVisible(False)
        for w in self.widgets.values():
            w.setStyleSheet("")

    def show(self, field: str, text: str) -> QWidget | None:
        """Show ``text`` at ``field`` (or in the general label); returns the field's widget."""
        label = self.labels.get(field, self.general)
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.setVisible(True)
        widget = self.widgets.get(field)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
        return widget

    def text(self, field: str) -> str:
        label = self.labels.get(field, self.general)
        return label.text() if not label.isHidden() else ""

    def any(self) -> bool:
        return any(not label.isHidden() for label in [*self.labels.values(), self.general])
