"""Render many letters in worker processes (fonts registered once per worker).

``render_many`` accepts :class:`LetterRequest` and :class:`ReceiptRequest` items (both frozen,
picklable dataclasses). In a frozen (PyInstaller) build the entry point must call
``multiprocessing.freeze_support()`` before this is used.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
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


Request = LetterRequest | ReceiptRequest


class _Started:
    """A render put ahead: the round it was put in, its result, whether it was taken."""

    __slots__ = ("result", "round", "taken")

    def __init__(self, round_: int, result: AsyncResult[bytes]) -> None:
        self.round = round_
        self.result = result
        self.taken = False


class RenderQueue:
    """Renders started ahead of being read: :meth:`put` hands requests to the pool as soon as they
    are made (the workers start on them while the next ones are still being composed, or while
    the previous chunk is being stored), :meth:`take` reads a request's PDF back, from the render
    started for an equal request if there is one. Requests are compared by value (frozen
    dataclasses): a request put ahead is used only if the one finally made is the same in every
    field, so what is read back is always the PDF of the request asked for.

    A new round (:meth:`new_round`: one per chunk) forgets the renders taken, and those put and
    not taken in the round before it: at most about two chunks of PDFs are held. Without ``pool``, :meth:`put` does nothing and
    each request is rendered in this process when it is taken. A request that cannot be rendered
    raises (``MissingGlyphs``, ...) when taken."""

    def __init__(self, fonts: FontSet, pool: Pool | None = None) -> None:
        self.fonts = fonts
        self.pool = pool
        self._started: dict[Request, _Started] = {}
        self._round = 0
        #: Requests taken; of them, put before (``reused``), put in an earlier round (``ahead``,
        #: e.g. the next chunk's letters); renders put that were never taken (``wasted``).
        self.taken = self.reused = self.ahead = self.wasted = 0
        if pool is None:
            _init(fonts)

    def put(self, *requests: Request) -> None:
        if self.pool is None:
            return
        for request in requests:
            if request not in self._started:
                result = self.pool.apply_async(_render_one, (request,))
                self._started[request] = _Started(self._round, result)

    def take(self, request: Request) -> bytes:
        """The PDF of ``request`` (waits for it; renders it now when it was not put)."""
        self.taken += 1
        started = self._started.get(request)
        if started is not None:
            if not started.taken:
                self.reused += 1
                self.ahead += started.round < self._round
            started.taken = True
            return started.result.get()
        if self.pool is None:
            return _render_one(request)
        return self.pool.apply_async(_render_one, (request,)).get()

    def new_round(self) -> None:
        """Forget the renders taken, and those put before the previous round and never taken
        (put ahead for a request that was not made after all)."""
        self._round += 1
        for request, started in list(self._started.items()):
            if started.taken:
                del self._started[request]
            elif started.round < self._round - 1:
                self.wasted += 1
                del self._started[request]

    def untaken(self) -> int:
        """Renders put and not taken (still under way, or done for nothing)."""
        return sum(not started.taken for started in self._started.values())


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
