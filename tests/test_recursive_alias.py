"""A recursive alias (`x: &a [*a]`) is refused, not expanded forever.

The alias-bomb guard counted each node's expanded size with a stack that pushed a node's
children again whenever it met the node unfinished: an alias to an ancestor made it push the
same node forever, so one line in a shared case pack or an answer's front matter ran the
process out of memory (`designtrainer import` reached 3.3 GB in ten minutes). The check runs
in a child process with a time and memory limit, so a regression fails instead of hanging.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROGRAM = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 29, 1 << 29))
    from designtrainer.loading.yamlfile import parse_yaml
    from designtrainer.loading.problems import ContentError
    try:
        parse_yaml(sys.stdin.read(), "pack.yaml")
    except ContentError as exc:
        print(str(exc))
    else:
        print("accepted")
    """
)

CASES = {
    "sequence": "id: x\nextra: &a [*a]\n",
    "mapping": "id: x\nextra: &a {self: *a}\n",
    "deeper": "id: x\nextra: &a [1, [2, {k: [*a]}]]\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_recursive_alias_is_an_error_not_a_hang(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        input=CASES[name],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "expands to more than" in done.stdout, done.stdout


def test_shared_anchors_that_do_not_recur_still_load() -> None:
    from designtrainer.loading.yamlfile import parse_yaml

    doc = parse_yaml("a: &x [1, 2]\nb: [*x, *x]\nc: {k: *x}\n", "ok.yaml")
    assert doc is not None and doc.data == {"a": [1, 2], "b": [[1, 2], [1, 2]], "c": {"k": [1, 2]}}
