"""The progress line on standard error: count, rate and time left.

``analysing sources: 378/1000, 52/s, 12 s left`` is redrawn in place (a
carriage return, at most ten times a second) while the library reports
progress (``pipeline.Progress``: stage, done, total), and ends with
``analysing sources: 1000/1000, 52/s, done in 19 s``. Loading a large cache
says so before the long read starts. Shown only on a terminal: never with
--quiet, never when standard error is a file or a pipe, never under CI
(``CI`` set), so logs and reports hold none of it.

Written here rather than with tqdm or rich: one line of arithmetic does not
pay for a dependency, and it keeps the output exactly as documented.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import TextIO

LABELS = {"load": "loading the cache", "analyse": "analysing sources",
          "judge": "checking claims"}
REDRAW_EVERY = 0.1
"""Seconds between two redraws of the line (the last one is always drawn)."""
RATE_AFTER = 0.5
"""Seconds of a stage before a rate is shown: earlier it is mostly start-up noise."""


class ProgressLine:
    """A ``pipeline.Progress`` callable that draws the line on STREAM."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.stage = ""
        self.started = 0.0
        self.drawn_at = float("-inf")
        self.width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if stage != self.stage:
            self.stage, self.started, self.drawn_at = stage, now, float("-inf")
        finished = done >= total
        if not finished and now - self.drawn_at < REDRAW_EVERY:
            return
        self.drawn_at = now
        self._draw(progress_text(stage, done, total, now - self.started), finished)

    def _draw(self, text: str, finished: bool) -> None:
        # Pad over what a longer previous line left (no terminal codes needed).
        padded = text.ljust(self.width)
        self.width = 0 if finished else len(text)
        self.stream.write("\r" + padded + ("\n" if finished else ""))
        self.stream.flush()


def progress_text(stage: str, done: int, total: int, elapsed: float) -> str:
    """``analysing sources: 378/1000, 52/s, 12 s left`` (ELAPSED seconds into the stage)."""
    label = LABELS.get(stage, stage)
    if stage == "load" and done == 0:
        return f"{label} ({total} documents)..."  # ASCII: any stderr can take it
    line = f"{label}: {done}/{total}"
    if elapsed < RATE_AFTER or done <= 0:
        return line
    rate = done / elapsed
    shown_rate = f"{rate:.0f}/s" if rate >= 10 else f"{rate:.1f}/s"
    if done >= total:
        return f"{line}, {shown_rate}, done in {_duration(elapsed)}"
    return f"{line}, {shown_rate}, {_duration((total - done) / rate)} left"


def _duration(seconds: float) -> str:
    """``12 s``, ``3 min 05 s``, ``1 h 02 min``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def progress_for(stream: TextIO | None, quiet: bool,
                 environ: Mapping[str, str] = os.environ) -> ProgressLine | None:
    """A progress line for STREAM when it is a terminal, else None (quiet, CI, a log)."""
    if quiet or environ.get("CI") or stream is None:
        return None
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return None
    return ProgressLine(stream)
