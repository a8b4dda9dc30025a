"""Render many letters in worker processes (fonts registered once per worker).

``render_many`` accepts :class:`LetterRequest` and :class:`ReceiptRequest` items (both frozen,
picklable dataclasses). In a frozen (PyInstaller) build the entry point must call
``multiprocessing.freeze_support()`` before this is used.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from gaotai_desktop.letters.fonts import FontSet, font_names
from gaotai_desktop.letters.model import LetterRequest, ReceiptRequest

_worker_fonts: FontSet | None = None


def _init(fonts: FontSet) -> None:
    global _worker_fonts
    _worker_fonts = fonts
    font_names(fonts)  # register once per worker process


def _render_one(item: LetterRequest | ReceiptRequest) -> bytes:
    from gaotai_desktop.letters import render, render_receipt

    fonts = _worker_fonts or FontSet.detect()
    if isinstance(item, ReceiptRequest):
        return render_receipt(item, fonts)
    return render(item, fonts)


def _render_to(args: tuple[LetterRequest | ReceiptRequest, str]) -> str:
    item, path = args
    data = _render_one(item)
    tmp = path + ".part"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return path


def render_iter(
    requests: Iterable[LetterRequest | ReceiptRequest], fonts: FontSet, pool: Pool | None = None
) -> Iterator[bytes]:
    """PDF bytes of each request, in order, yielded as they are ready: the caller stores one
    document while the pool's workers render the next ones. Without ``pool``, in this process."""
    if pool is None:
        _init(fonts)
        return (_render_one(it) for it in requests)
    return pool.imap(_render_one, list(requests), chunksize=2)


class RenderQueue:
    """Requests handed to the pool one by one as they are made, their PDF bytes read back in the
    order they were put (:meth:`next`): the workers start on the first letter of a batch while
    the next ones are still being composed. Without ``pool`` each is rendered in this process
    when it is read. A request that cannot be rendered raises (``MissingGlyphs``, …) when read."""

    def __init__(self, fonts: FontSet, pool: Pool | None = None) -> None:
        self.fonts = fonts
        self.pool = pool
        self._pending: deque[AsyncResult[bytes] | LetterRequest | ReceiptRequest] = deque()
        if pool is None:
            _init(fonts)

    def put(self, *requests: LetterRequest | ReceiptRequest) -> None:
        for request in requests:
            if self.pool is None:
                self._pending.append(request)
            else:
                self._pending.append(self.pool.apply_async(_render_one, (request,)))

    def next(self) -> bytes:
        """The PDF of the oldest request not yet read (waits for it)."""
        pending = self._pending.popleft()
        if isinstance(pending, LetterRequest | ReceiptRequest):
            return _render_one(pending)
        return pending.get()


def render_pool(workers: int, fonts: FontSet) -> Pool:
    """A pool whose workers have registered ``fonts`` once; pass it to :func:`render_iter` or
    :func:`render_many` to render several batches without starting processes again. Close it with
    ``close()`` + ``join()`` (or ``terminate()`` after an error).

    A ``multiprocessing.Pool`` starts its worker processes before its helper threads, so a fork
    happens while this process is still single-threaded (``ProcessPoolExecutor`` forks later, from
    a process that already runs its manager thread)."""
    # Fork only a single-threaded process (the command line): it is the quickest start. A
    # multi-threaded one (the GUI issues from a worker thread) must not fork: "forkserver" forks
    # workers from a clean server that has already imported the renderer; "spawn" on Windows.
    methods = multiprocessing.get_all_start_methods()
    context: BaseContext
    if "fork" in methods and threading.active_count() == 1:
        context = multiprocessing.get_context("fork")
    elif "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["gaotai_desktop.letters.layout", "gaotai_desktop.letters"])
    else:
        context = multiprocessing.get_context("spawn")
    return context.Pool(workers, initializer=_init, initargs=(fonts,))


def render_many(
    requests: Iterable[LetterRequest | ReceiptRequest],
    workers: int = 2,
    fonts: FontSet | None = None,
    out_dir: str | Path | None = None,
    chunksize: int = 8,
    pool: Pool | None = None,
) -> list[bytes] | list[Path]:
    """Render every request, in order.

    Without ``out_dir`` returns the PDF bytes; with it writes ``00000.pdf``, ``00001.pdf`` …
    there and returns the paths. ``workers <= 1`` renders in this process; ``pool`` (from
    :func:`render_pool`) is used instead of a new pool when given.
    """
    fonts = fonts or FontSet.detect()
    items = list(requests)
    if pool is not None and out_dir is None:
        return pool.map(_render_one, items, chunksize=2)
    if out_dir is not None:
        d = Path(out_dir)
        d.mkdir(parents=True, exist_ok=True)
        jobs = [(it, str(d / f"{i:05d}.pdf")) for i, it in enumerate(items)]
        if workers <= 1:
            _init(fonts)
            return [Path(_render_to(j)) for j in jobs]
        with ProcessPoolExecutor(workers, initializer=_init, initargs=(fonts,)) as ex:
            return [Path(p) for p in ex.map(_render_to, jobs, chunksize=chunksize)]
    if workers <= 1:
        _init(fonts)
        return [_render_one(it) for it in items]
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(fonts,)) as ex:
        return list(ex.map(_render_one, items, chunksize=chunksize))
