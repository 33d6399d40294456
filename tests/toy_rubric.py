"""Rubric items for the small rubrics grading tests build themselves, so that edits to the
bundled content never move what those tests probe."""

from __future__ import annotations

from designtrainer.domain.model import RubricItem


def item(id: str, section: str, *groups: list[str], within: int | None = None) -> RubricItem:
    """A core item of weight 2 whose label and why are made from its id."""
    return RubricItem(
        id=id,
        section=section,  # type: ignore[arg-type]
        label=id.replace("-", " "),
        weight=2,
        level="core",
        evidence=tuple(tuple(g) for g in groups),
        why=f"why {id}",
        within=within,
    )
