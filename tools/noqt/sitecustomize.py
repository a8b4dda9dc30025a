"""Makes PySide6 unimportable (CI runs the Qt-free tests with this on PYTHONPATH)."""

import sys

for _name in ("PySide6", "shiboken6"):
    sys.modules[_name] = None  # type: ignore[assignment]
