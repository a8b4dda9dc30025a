"""The desktop window (PySide6). The only package that imports Qt.

Composition root: :mod:`gaotai_desktop.ui.app`. Nothing here touches Qt, files or the database at
import time.
"""
