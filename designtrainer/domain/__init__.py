"""The domain: cases, rubrics, attempts, peer reviews, settings and their vocabulary.

Pure data and pure rules, no I/O: every other layer reads these types.
"""
