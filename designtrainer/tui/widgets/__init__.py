"""Widgets specific to designtrainer."""
