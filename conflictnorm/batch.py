# SPDX-License-Identifier: MIT
"""Many articles at once: `normalize_many`, in input order, in one pool of processes.

Give one dateline for every text, or one per text:

>>> import conflictnorm as cn
>>> docs = cn.normalize_many(
...     ["55 drones came on Monday.", "On Monday about 90% were downed."],
...     published=["2025-11-12", "2025-11-19"],
... )
>>> [d.by_kind("date")[0].value.value for d in docs]
['2025-11-10', '2025-11-17']

The records are those of `conflictnorm.normalize` on each text. With
``processes`` > 1 the tables (gazetteer, units, dates) are loaded once here,
before the worker processes start, so that forked workers share them.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence, Sized
from typing import TYPE_CHECKING, Final, TypeAlias, TypeGuard, TypeVar, cast

from conflictnorm._core import Options, parse_published
from conflictnorm.document import normalize
from conflictnorm.errors import InvalidInputError, InvalidValueError, ensure_type
from conflictnorm.models import Document

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["normalize_many", "warm"]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: What `normalize` accepts as a dateline.
Published: TypeAlias = str | dt.date | dt.datetime | None

#: A sentence that reaches every table `normalize` loads on first use: the
#: gazetteer (exact and fuzzy look-up, the organisation words), the date grammar
#: and dateparser (a full day, month and year), the units and the number words.
_WARM_UP: Final = (
    "KYIV, 13 November 2025 - On Monday the Vostok group said 93 drones hit "
    "Kupyanks, about 10 km (6 miles) away; 85% fell."
)

#: Chunks in flight per worker: enough to keep each busy, few enough that the
#: memory held does not grow with the input.
_AHEAD: Final = 2


def warm() -> None:
    """Load every table `normalize` uses, once, in this process.

    Call it before forking worker processes (a `multiprocessing` pool, Dask's
    ``processes`` scheduler): the workers then share the loaded tables instead
    of each building its own. `normalize_many` and the command line call it.

    Raises:
        Nothing: the warm-up text is fixed.
    """
    normalize(_WARM_UP, "2025-11-13")


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name} must be a positive int, not {value!r}"
        raise InvalidInputError(msg, value=value)
    return value


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _apply(fn: Callable[[_T], _R], chunk: list[_T]) -> list[_R]:
    return [fn(x) for x in chunk]


def _executor(processes: int) -> ProcessPoolExecutor:
    """A pool whose workers start from this process's loaded tables where possible."""
    # Imported here: most callers never start a pool, and `import conflictnorm` stays fast.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    if "fork" in multiprocessing.get_all_start_methods():
        warm()
        return ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
    # Windows and macOS start fresh interpreters: each worker loads its own tables.
    return ProcessPoolExecutor(processes)  # pragma: no cover - no fork on this platform


def _imap_ordered(
    fn: Callable[[_T], _R], items: Iterable[_T], *, processes: int, chunksize: int = 1
) -> Generator[_R, None, None]:
    """``map(fn, items)``, in ``processes`` worker processes when more than one.

    Results come back in input order. At most ``2 * processes`` chunks are in
    flight, so a long or endless ``items`` is read as the results are taken,
    not all at once. An exception raised by ``fn`` is raised here, at its item.
    """
    if processes == 1:
        yield from map(fn, items)
        return
    pool = _executor(processes)
    pending: deque[Future[list[_R]]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.submit(_apply, fn, chunk))
            if len(pending) >= _AHEAD * processes:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _one_dateline(published: object) -> TypeGuard[Published]:
    """Check ``published`` as one dateline for every text; False if it is one per text.

    Raises:
        InvalidInputError: ``published`` is neither a dateline nor an iterable.
        InvalidValueError: ``published`` is a str but not an ISO date.
    """
    if isinstance(published, Iterable) and not isinstance(published, str | bytes | bytearray):
        return False
    parse_published(published)
    return True


def _pairs(texts: Iterable[str], datelines: Iterable[Published]) -> Iterator[tuple[str, Published]]:
    """Pair each text with its dateline; raise as soon as one runs out before the other."""
    n = 0
    rest = iter(datelines)
    for text in texts:
        try:
            day = next(rest)
        except StopIteration:
            msg = f"published has {n} datelines but texts has more ({n + 1} or more)"
            raise InvalidValueError(msg, value=n) from None
        parse_published(day)
        yield text, day
        n += 1
    try:
        next(rest)
    except StopIteration:
        return
    msg = f"texts has {n} texts but published has more datelines ({n + 1} or more)"
    raise InvalidValueError(msg, value=n)


def _normalize_pair(pair: tuple[str, Published], *, options: Options | None) -> Document:
    return normalize(pair[0], pair[1], options=options)


def normalize_many(
    texts: Iterable[str],
    published: Published | Iterable[Published] = None,
    *,
    options: Options | None = None,
    processes: int = 1,
    chunksize: int = 8,
) -> Generator[Document, None, None]:
    """Normalize many texts, in input order, optionally in worker processes.

    The records are identical to calling `normalize` on each text. With
    ``processes`` > 1 one pool of that many processes does the work; the
    tables are loaded once, here, before the workers start. ``texts`` is
    read as the results are taken, a few chunks ahead, so an endless
    iterable works and memory does not grow with it.

    The arguments are checked when this function is called; the texts and
    per-text datelines of an iterator are checked as they are reached.

    Args:
        texts: the articles (an iterable of str, not one str).
        published: one dateline for all of them (an ISO str, a `date`, a
            `datetime` or None), or an iterable of datelines, one per text.
        options: as for `normalize`.
        processes: worker processes (1: in this process).
        chunksize: texts sent to a worker at a time.

    Returns:
        A generator of `Document`, one per text, in input order; ``close()``
        it to stop the worker processes before the end.

    Raises:
        InvalidInputError: ``texts`` is a str or not iterable, ``options`` is
            not an `Options`, ``processes`` or ``chunksize`` is not a positive
            int, or a text or dateline has the wrong type.
        InvalidValueError: a dateline is a str but not an ISO date, or there
            are not as many datelines as texts (both lengths named; raised
            as soon as one runs out).
    """
    _positive("processes", processes)
    _positive("chunksize", chunksize)
    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        msg = f"texts must be an iterable of str, not {type(texts).__name__}"
        raise InvalidInputError(msg, value=texts)
    if options is not None:
        ensure_type(options, Options, "options")
    if _one_dateline(published):
        one = functools.partial(normalize, published=published, options=options)
        return _imap_ordered(one, texts, processes=processes, chunksize=chunksize)
    datelines = cast("Iterable[Published]", published)
    if isinstance(texts, Sized) and isinstance(datelines, Sized) and len(texts) != len(datelines):
        msg = f"published has {len(datelines)} datelines for {len(texts)} texts"
        raise InvalidValueError(msg, value=len(datelines))
    if isinstance(datelines, Sequence):
        for day in datelines:
            parse_published(day)
    each = functools.partial(_normalize_pair, options=options)
    return _imap_ordered(each, _pairs(texts, datelines), processes=processes, chunksize=chunksize)
