"""Text for people: reports, exports, scorecards, summaries; depends on the domain, never the reverse."""
