"""Text for people: reports, exports, scorecards, summaries.

Depends on the domain and grading results, never the reverse.
"""
