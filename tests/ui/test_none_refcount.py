"""Regression guard: PySide6-Essentials 6.12.0 on Python 3.11 decremented None's refcount on every
Qt call returning None, until ``Fatal Python error: none_dealloc`` aborted the process. 20,000 such
calls in a row would abort this test run on an affected build (see pyproject's PySide6 pin)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


def test_many_none_returning_qt_calls(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(20_000):
        assert widget.setToolTip(str(i)) is None
        assert widget.setEnabled(i % 2 == 0) is None
        assert obj.setObjectName("x") is None
    after = sys.getrefcount(None)
    # None is immortal from 3.12 on; on 3.11 a leak or over-release shows as a large drift
    assert abs(after - before) < 1_000
