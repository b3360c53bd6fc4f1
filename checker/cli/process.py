"""The process around a command: signals, the standard streams and the
garbage collector while the stages are imported.

SIGTERM (a CI job's timeout, ``kill``) is turned into ``Terminated``, a kind
of KeyboardInterrupt, so that it takes the same way out as Ctrl-C: every
temporary file removed, the worker processes of ``--jobs`` ended, exit 143
instead of 130. A standard stream the process was started without
(``verify ... >&-``) is pointed at the null device, so no file the checker
opens can take its place. The stages (``checker.pipeline``) are imported
late, when a command has checked its input (``import_pipeline``). Nothing here prints or decides an exit code; the
error boundary (``checker.cli.main.run``) does.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
from types import ModuleType
from typing import NoReturn


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread: a subclass of KeyboardInterrupt so
    that every clean-up written for Ctrl-C (temporary files, worker
    processes) runs for it too."""


_HANDLER_PROCESS = os.getpid()


def raise_terminated(signum, frame) -> NoReturn:
    if os.getpid() != _HANDLER_PROCESS:
        # A worker process forked from the command, ended by it before it
        # could put its own handler in place: end quietly, no traceback.
        os._exit(128 + signal.SIGTERM)
    raise Terminated()


def on_sigterm(handler):
    """Install HANDLER for SIGTERM; return the previous one (None when signals
    cannot be set here: not the main thread, or no SIGTERM)."""
    global _HANDLER_PROCESS
    if handler is None or not hasattr(signal, "SIGTERM"):
        return None
    _HANDLER_PROCESS = os.getpid()
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread of the main interpreter
        return None


def reserve_standard_streams() -> None:
    """Open the null device on a closed standard stream (``verify ... >&-``):
    otherwise the next file the checker opens would get descriptor 1 or 2,
    and anything written there would land in that file. Python has already
    set ``sys.stdout`` to None, so a payload for it is still refused."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                opened = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if opened != fd:  # a lower one was free after all
                os.close(opened)


def import_pipeline() -> ModuleType:
    """``checker.pipeline``, imported on first use with the cyclic garbage
    collector paused.

    The import makes some 100,000 objects (functions, classes, constants of
    ~60 modules and numpy) that live as long as the process; the collector
    would scan them in its young generations some 70 times while they are
    made, for nothing (10 ms of a small run). Made with it paused, they go
    straight to its oldest generation (``gc.freeze`` then ``gc.unfreeze``,
    unscanned), which the pipeline leaves out of collections while judging.
    (Not when a caller froze objects of its own: unfreezing would undo that.)
    """
    if "checker.pipeline" in sys.modules or gc.get_freeze_count():
        from checker import pipeline

        return pipeline
    enabled = gc.isenabled()
    gc.disable()
    try:
        from checker import pipeline
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
    return pipeline
