"""Learning over time: review cards scheduled with FSRS, drills, progress and comparisons.

Core code: no textual. `stored` reads graded attempts, `schedule` wraps the fsrs package, `cards`
turns attempts and drill answers into reviews, `drill` plans and grades drill cards, `progress`
and `compare` read the history.
"""
