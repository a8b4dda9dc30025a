"""Starts the window (Qt is imported only here, lazily, so the CLI never loads it)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from .ui.application import run

    return run(args)
