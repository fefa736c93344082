"""Interleaved measurement: every case runs once per round, rounds shuffle the order, medians are reported.

Timing is the CPU time of the calling thread (``time.thread_time``), which other processes on a shared machine
disturb far less than the wall clock. The garbage collector is collected before and disabled during every timed
batch, alike for every case.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

__all__ = ["Load", "Sample", "interleave", "interleave_async", "load"]


@dataclass(frozen=True)
class Sample:
    """The median seconds per call of one case, and the spread of its rounds (interquartile, in seconds)."""

    median: float
    spread: float
    rounds: int


@dataclass(frozen=True)
class Load:
    """The machine's load averages (1, 5 and 15 minutes) when a section started and ended."""

    start: tuple[float, float, float]
    end: tuple[float, float, float]

    def __str__(self) -> str:
        return f"{self.start[0]:.2f} -> {self.end[0]:.2f}"


def load() -> tuple[float, float, float]:
    return os.getloadavg()


def _summary(times: list[float]) -> Sample:
    quartiles = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
    return Sample(statistics.median(times), quartiles[2] - quartiles[0], len(times))


def _order(names: list[str], rounds: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    orders = []
    for _ in range(rounds):
        order = list(names)
        rng.shuffle(order)
        orders.append(order)
    return orders


def interleave(
    cases: Mapping[str, Callable[[], object]], *, rounds: int, calls: int, warmup: int = 3, seed: int = 13
) -> dict[str, Sample]:
    """Time ``calls`` calls of every case per round, in a shuffled order each round; return medians per call."""
    for case in cases.values():
        for _ in range(warmup):
            case()
    times: dict[str, list[float]] = {name: [] for name in cases}
    for order in _order(list(cases), rounds, seed):
        for name in order:
            case = cases[name]
            gc.collect()
            gc.disable()
            try:
                started = time.thread_time()
                for _ in range(calls):
                    case()
                times[name].append((time.thread_time() - started) / calls)
            finally:
                gc.enable()
    return {name: _summary(values) for name, values in times.items()}


def interleave_async(
    runner: asyncio.Runner,
    cases: Mapping[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 3,
    seed: int = 13,
) -> dict[str, Sample]:
    """:func:`interleave` for coroutines, all run on one event loop (the loop's own work counts for every case)."""

    async def batch(case: Callable[[], Awaitable[object]], count: int) -> float:
        started = time.thread_time()
        for _ in range(count):
            await case()
        return time.thread_time() - started

    for case in cases.values():
        runner.run(batch(case, warmup))
    times: dict[str, list[float]] = {name: [] for name in cases}
    for order in _order(list(cases), rounds, seed):
        for name in order:
            gc.collect()
            gc.disable()
            try:
                times[name].append(runner.run(batch(cases[name], calls)) / calls)
            finally:
                gc.enable()
    return {name: _summary(values) for name, values in times.items()}
