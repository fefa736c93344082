"""Interleaved measurement: every case runs once per round, rounds shuffle the order, medians are reported.

Ratios are paired: the median over rounds of a case's time over the reference's time in the same round, so that
the machine drifting between rounds (a shared machine's load, the CPU's clock) cancels out.

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

__all__ = ["Load", "Sample", "interleave", "interleave_async", "load", "paired_ratio"]


@dataclass(frozen=True)
class Sample:
    """The median seconds per call of one case, the spread of its rounds (interquartile) and every round's time."""

    median: float
    spread: float
    rounds: int
    times: tuple[float, ...]


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
    return Sample(statistics.median(times), quartiles[2] - quartiles[0], len(times), tuple(times))


def paired_ratio(sample: Sample, reference: Sample) -> float:
    """The median over rounds of ``sample``'s time over ``reference``'s time in the same round."""
    return statistics.median(ours / theirs for ours, theirs in zip(sample.times, reference.times, strict=True))


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
