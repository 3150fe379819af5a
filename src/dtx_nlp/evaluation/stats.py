"""How far a measured share can be trusted: a 95 % interval for k successes in n trials.

The glossary's figures are shares of small lists (40 key terms a report, 200 judged rows), so a
change of a few terms moves them by more than it tells. The Wilson score interval (Wilson 1927;
recommended over the normal approximation by Brown, Cai & DasGupta 2001) stays inside [0, 1] and
is sound for small n and shares near 0 or 1.
"""

from __future__ import annotations

import math

Z95 = 1.959963984540054  # the standard normal quantile of 0.975


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of the share k/n (n > 0)."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"wilson: need 0 <= k <= n and n > 0, got k={k}, n={n}")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (0.0 if k == 0 else centre - half), (1.0 if k == n else centre + half)


def share_with_interval(k: int, n: int) -> str:
    """"k/n = 0.230 (95 % CI 0.177–0.293)"."""
    lo, hi = wilson(k, n)
    return f"{k}/{n} = {k / n:.3f} (95 % CI {lo:.3f}–{hi:.3f})"
