"""Entry point: ``python -m gaotai_desktop``, the ``gaotai-desktop`` console script, and the
PyInstaller bundle (absolute imports: the bundle runs this file as a script)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from gaotai_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # letters render in worker processes, also when frozen
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
