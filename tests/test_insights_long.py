"""`numbers` keeps the first of any overlapping estimates, found by bisection over the spans it
has kept (`first_disjoint`): a scan of every span kept made a long answer's depth notes
quadratic (a 10 MB answer took 65 s). Checked here against that scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from designtrainer.render.insights import first_disjoint, numbers


def _scan(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans overlapping none kept before them, by a scan of all of them, in position order."""
    taken: list[tuple[int, int]] = []
    for start, end in spans:
        if not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
    return sorted(taken)


_SPAN = st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=60))
def test_first_disjoint_keeps_what_a_scan_keeps(spans: list[tuple[int, int]]) -> None:
    assert first_disjoint(spans) == _scan(spans)


def test_a_ratio_is_one_estimate_not_two_numbers() -> None:
    found = [s.text for s in numbers("Negatives sampled 1:10, 8M transactions/day.")]
    assert found == ["1:10", "8M transactions/day"]
