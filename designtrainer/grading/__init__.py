"""The rubric checker: pure Python, no I/O, no textual.

`compiled.compile_rubric` once per rubric, then `grade.grade` (per-section answers) or
`grade.grade_whole`; the results are the types in `results`. The stages an answer passes
through, in order: words -> typos -> mentions -> negation -> judgement -> evidence.

Nothing is re-exported here: importing any module of the package runs this file first, and
loading cases needs only `words` (to check phrases), while the whole checker costs a fresh
`designtrainer list` about a third of its time (measured with -X importtime, issue 12).
"""
