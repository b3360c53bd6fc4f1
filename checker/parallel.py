"""Where work runs: in this process, over local processes (``--jobs N``) or
over a Dask cluster (``--scheduler ADDRESS``).

The pipeline says what a task is (analyse a document, judge a chunk of
claims): a module-level function ``function(context, item)``, where CONTEXT
is what every task needs (the lexicon, the cache folder or the corpus) and
is sent to each worker once, not with every item. This module says where the
tasks run and hands the results back in the order of the items, so the output
is the same whatever runs them. It knows nothing of claims or documents.

An ``Executor`` is one way of running tasks: ``InProcess``, ``LocalProcesses``
(a process pool, forked where the platform can, so the workers share what
this process has loaded) or ``DaskExecutor`` (a ``distributed.Client``).
Library functions take ``jobs``: a number of processes or an ``Executor``.
``distributed`` is imported only when a ``DaskExecutor`` connects, so a run
without ``--scheduler`` never loads it.

Dask sends tasks and results with pickle, as a local process pool does: a
cluster is trusted like this machine's own processes. Nothing read from disk
is unpickled here.
"""
from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from checker.errors import ClusterError, ConfigError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

CONNECT_TIMEOUT = 5.0
"""Seconds to reach a Dask scheduler (and for it to have a worker) before giving up."""
_ITEMS_PER_BATCH = 16  # items sent to a worker at once at most, when there are many
_BATCHES_PER_WORKER = 8  # batches per worker at least, so the load evens out


class Executor(Protocol):
    """Runs ``function(context, item)`` for every item, results in order."""

    @property
    def workers(self) -> int:
        """How many tasks run at once."""

    @property
    def remote(self) -> bool:
        """True when the workers are not forks of this process (and so do not
        share what it has loaded): a Dask cluster."""

    def map(self, function: Callable[[C, T], R], items: Sequence[T], context: C, *,
            batch: int = 1) -> Iterator[R]:
        """FUNCTION(CONTEXT, item) for each of ITEMS, yielded in their order;
        BATCH items go to a worker at once."""


Jobs = int | Executor
"""What library functions take as ``jobs``: processes (0: one per core) or an Executor."""


class InProcess:
    """Every task here, one after the other."""

    workers = 1
    remote = False

    def map(self, function: Callable[[C, T], R], items: Sequence[T], context: C, *,
            batch: int = 1) -> Iterator[R]:
        for item in items:
            yield function(context, item)


class LocalProcesses:
    """A pool of JOBS processes on this machine, started for each map."""

    remote = False

    def __init__(self, jobs: int) -> None:
        self.workers = jobs

    def map(self, function: Callable[[C, T], R], items: Sequence[T], context: C, *,
            batch: int = 1) -> Iterator[R]:
        with _pool(self.workers, context) as pool:
            yield from pool.map(partial(_call, function), items, chunksize=batch)


def resolve_jobs(jobs: Jobs) -> Jobs:
    """JOBS, or every core for 0 or less; an Executor as it is."""
    if not isinstance(jobs, int):
        return jobs
    return jobs if jobs > 0 else os.cpu_count() or 1


def executor_for(jobs: Jobs) -> Executor:
    """The Executor for JOBS: in this process for 1, a local pool for more."""
    jobs = resolve_jobs(jobs)
    if not isinstance(jobs, int):
        return jobs
    return LocalProcesses(jobs) if jobs > 1 else InProcess()


def map_each(jobs: Jobs, function: Callable[[C, T], R], items: Sequence[T], context: C, *,
             done: Callable[[int], None] | None = None) -> list[R]:
    """FUNCTION(CONTEXT, item) for each of ITEMS, in order, spread over JOBS
    when there are two items or more; DONE(n) after the n-th result."""
    executor = executor_for(jobs)
    if len(items) < 2 or not (executor.remote or executor.workers > 1):
        executor = InProcess()
    batch = max(1, min(_ITEMS_PER_BATCH, len(items) // (executor.workers * _BATCHES_PER_WORKER)))
    results = []
    for result in executor.map(function, items, context, batch=batch):
        results.append(result)
        if done is not None:
            done(len(results))
    return results


def map_chunks(jobs: Jobs, function: Callable[[C, Sequence[T]], list[R]], items: Sequence[T],
               context: C, *, per_chunk: int, warm_up: int = 0,
               chunks_per_worker: int = _BATCHES_PER_WORKER,
               done: Callable[[int], None] | None = None) -> list[R]:
    """FUNCTION(CONTEXT, chunk) for chunks of ITEMS (a list of results per
    chunk), flattened in order. Spread over JOBS only from 2 × PER_CHUNK
    items on (below that a second worker does not pay), in chunks of
    PER_CHUNK items at least and about CHUNKS_PER_WORKER chunks per worker
    (more even out the load; fewer share more of what neighbouring items
    read); DONE(n) when n results are in.

    WARM_UP: with local forked workers, that many items are done here first,
    so that what they load lazily is loaded once and shared by the workers.
    """
    executor = executor_for(jobs)
    results: list[R] = []
    if len(items) < 2 * per_chunk or not (executor.remote or executor.workers > 1):
        for i in range(len(items)):
            results.extend(function(context, items[i:i + 1]))
            if done is not None:
                done(len(results))
        return results
    rest = items
    if warm_up and not executor.remote:
        results = function(context, items[:warm_up])
        rest = items[warm_up:]
        if done is not None:
            done(len(results))
    size = max(per_chunk, len(items) // (executor.workers * max(1, chunks_per_worker)))
    chunks = [rest[i:i + size] for i in range(0, len(rest), size)]
    for chunk_results in executor.map(function, chunks, context):
        results.extend(chunk_results)
        if done is not None:
            done(len(results))
    return results


# --- local processes ---------------------------------------------------------

# The context of a local worker process (set by the pool initialiser).
_WORKER: dict[str, Any] = {}


def _call(function: Callable[[C, T], R], item: T) -> R:
    return function(_WORKER["context"], item)


def _start_worker(parent: int, context: Any) -> None:
    """Pool initialiser: Ctrl-C is the main process's to handle (it stops the
    workers), and a worker whose main process is gone, even killed with
    SIGKILL, ends within a second instead of waiting forever for work."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker has the caller's SIGTERM handler, which may raise (the
    # command's does): the main process ends its workers with SIGTERM.
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _WORKER["context"] = context


def _exit_with_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


@contextmanager
def _pool(jobs: int, context: Any) -> Iterator[ProcessPoolExecutor]:
    # Imported here: a run in one process (most small runs) never needs
    # the pool and multiprocessing (7-12 ms of start-up).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers share the parent's lexicon, matchers and postings
    # without pickling them; elsewhere CONTEXT is pickled to each worker.
    methods = multiprocessing.get_all_start_methods()
    mp_context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=mp_context,
                               initializer=_start_worker, initargs=(os.getpid(), context))
    try:
        yield pool
    except BaseException:
        # Ctrl-C, SIGTERM or an error: leaving the block normally would wait
        # for every queued task; end the workers now instead.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        # (Held here: the first shutdown forgets the pool's manager thread.)
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join()
        # The pool's manager thread ends once it sees its workers gone, and
        # closes its wake-up pipe as it does; wait for it, or Python's exit
        # hook may wake it through that pipe while it closes it ("Exception
        # ignored … Bad file descriptor" after "terminated": seen on a loaded
        # CI machine). A second shutdown would not wait: the first one has
        # already dropped the thread.
        if manager is not None and manager.is_alive():
            manager.join(timeout=_MANAGER_JOIN_SECONDS)
        raise
    pool.shutdown()


_MANAGER_JOIN_SECONDS = 60.0
"""The longest wait for a pool's manager thread to end after its workers:
it takes milliseconds; the bound only keeps a stuck thread from hanging
the exit."""


# --- a Dask cluster ------------------------------------------------------------

# One task at a time in a Dask worker process: the stages are pure Python
# (more threads would only take turns at the interpreter lock), and a cache
# store's open files and loaded passages are not meant to be shared by threads.
_TASK_LOCK = threading.Lock()


class DaskExecutor:
    """Tasks on the Dask cluster whose scheduler is at ADDRESS
    (``tcp://host:8786``). ``connect`` before use; ``close`` after. The
    workers must run the same version of the checker, and reach the cache
    folder at the same path as this process (a shared file system)."""

    remote = True

    def __init__(self, address: str, timeout: float | None = None) -> None:
        self.address = address
        self.timeout = timeout if timeout is not None else CONNECT_TIMEOUT
        self._client = None

    @property
    def workers(self) -> int:
        return max(1, len(self._connected().nthreads()))

    def connect(self) -> DaskExecutor:
        """Reach the scheduler and wait for a worker: ConfigError for a
        malformed address or no ``distributed``, ClusterError when the
        cluster does not answer or has no worker."""
        if self._client is not None:
            return self
        if not self.address.strip():
            # distributed would start a cluster of its own for an empty address.
            raise ConfigError("--scheduler: the address is empty",
                              hint="give the scheduler's address, e.g. tcp://host:8786")
        try:
            import distributed
        except ImportError:
            raise ConfigError("--scheduler needs the Dask package `distributed`",
                              hint="pip install 'claim-checker[dask]'") from None
        _silence_client_logs()
        from distributed.comm import get_address_host_port
        from distributed.comm.addressing import normalize_address

        # Checked before a client is made: a client that fails on a malformed
        # address lingers until exit and then fails loudly in its clean-up.
        reason = ""
        try:
            get_address_host_port(normalize_address(self.address))
        except ValueError as error:
            reason = str(error)
        if reason:
            raise ConfigError(f"--scheduler: {reason}",
                              hint="give the scheduler's address, e.g. tcp://host:8786")
        try:
            client = distributed.Client(self.address, timeout=self.timeout,
                                        set_as_default=False)
        except (OSError, ValueError, TimeoutError) as error:
            # Kept as text only, so that the half-made client goes now.
            reason = str(error) or type(error).__name__
        if reason:
            raise ClusterError(f"cannot reach the Dask scheduler at {self.address}: {reason}",
                               hint="check --scheduler, or leave it out to run here")
        try:
            client.wait_for_workers(1, timeout=self.timeout)
        except (OSError, TimeoutError):
            reason = f"no worker joined within {self.timeout:g} s"
        if reason:
            client.close()
            raise ClusterError(f"the Dask cluster at {self.address} has no worker ({reason})",
                               hint="start workers with `dask worker ADDRESS`")
        reason = _other_code(client)
        if reason:
            client.close()
            raise ClusterError(f"the Dask cluster at {self.address}: {reason}",
                               hint="install the same version of the checker on every worker")
        self._client = client
        return self

    def __reduce__(self):
        # Carried to a worker inside a task's context (a store that can
        # rebuild its entries keeps its jobs), it runs its tasks where it is.
        return (InProcess, ())

    def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            client.close()

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _connected(self):
        if self._client is None:
            raise RuntimeError("DaskExecutor.connect() was not called")
        return self._client

    def map(self, function: Callable[[C, T], R], items: Sequence[T], context: C, *,
            batch: int = 1) -> Iterator[R]:
        from concurrent.futures import CancelledError  # (distributed's is a kind of it)

        from distributed import KilledWorker

        client = self._connected()
        batches = [items[i:i + batch] for i in range(0, len(items), batch)]
        futures: list = []
        shared = current = None
        failure = ""
        try:
            # Sent to every worker once; hash=False: hashing a corpus costs more than sending it.
            [shared] = client.scatter([context], broadcast=True, hash=False)
            futures = client.map(_run_batch, batches, function=function, context=shared,
                                 pure=False)
            for number, current in enumerate(futures):
                results = current.result()
                futures[number] = None  # the workers may drop its result now
                yield from results
        except (OSError, TimeoutError, KilledWorker, CancelledError) as error:
            if current is not None and current.status == "error" \
                    and not isinstance(error, KilledWorker):
                raise  # the task's own error (a full disk), as a local run raises it
            failure = str(error) or type(error).__name__
        finally:
            client.cancel([f for f in (*futures, shared) if f is not None])
        if failure:
            raise ClusterError(f"the Dask cluster at {self.address} failed: {failure}",
                               hint="run again, or leave out --scheduler to run here")


def code_digest() -> str:
    """A digest of the checker's code and bundled data as installed here."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".json") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _other_code(client) -> str:
    """Why the workers cannot give this process's results ('' when they can):
    one without the checker, or with other code or data (another version, a
    local edit), would judge otherwise. Workers that join later are not
    checked."""
    try:
        found = client.run(code_digest)
    except ImportError as error:
        return f"a worker cannot import the checker ({error})"
    here = code_digest()
    other = sorted(worker for worker, digest in found.items() if digest != here)
    if other:
        return (f"{len(other)} of {len(found)} workers run other checker code or data "
                f"than this process ({other[0]}{', ...' if len(other) > 1 else ''})")
    return ""


def _silence_client_logs() -> None:
    """The library never prints, so neither does distributed on its behalf:
    the failures it would log here (a lost scheduler, with a traceback) are
    raised as one ClusterError instead. Logs of the cluster's own processes
    are theirs."""
    import logging

    names = [n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]
    for name in ("distributed", *names):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def _run_batch(batch: Sequence[T], function: Callable[[C, T], R], context: C) -> list[R]:
    """On a Dask worker: FUNCTION(CONTEXT, item) for each item of BATCH."""
    with _TASK_LOCK:
        return [function(context, item) for item in batch]
