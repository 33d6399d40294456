"""What the checker found in the candidate's pasted notes, shown to the interviewer as
suggestions: only the interviewer's own ticks count."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from designtrainer.domain.model import RedFlag, Rubric
from designtrainer.grading.results import GradeResult
from designtrainer.render.report import found_under
from designtrainer.tui.text import styled

PASTE = (
    "[dim]Paste what the candidate wrote above. The checker suggests the items it "
    "finds; only your own ticks count.[/dim]"
)


def section_flags(rubric: Rubric, section: str) -> tuple[RedFlag, ...]:
    """The red flags to listen for in a section: its own and those of no section."""
    return tuple(f for f in rubric.red_flags if f.section in (None, section))


def suggested(result: GradeResult | None, section: str, ticked: set[str]) -> list[str]:
    """Items of `section` the checker found applied (in any section's notes) that are not
    ticked yet. A named-only idea is never suggested: naming is not explaining."""
    if result is None:
        return []
    items = result.section(section).items
    return [r.item.id for r in items if r.met and r.item.id not in ticked]


class Suggestions(Static):
    """✔ applied (ticked or not), ~ only named, ⚠ red flags, each with the words found."""

    def show(
        self, result: GradeResult | None, section: str, ticked: set[str], *, pasted: bool
    ) -> None:
        """`result` of every section's notes; `pasted`: this section has notes of its own."""
        if result is None:
            self.update(styled(PASTE))
            return
        lines: list[Content] = []
        for r in result.section(section).items:
            quote = " … ".join(e.text for e in r.evidence)
            where = found_under(r.found_in)
            if r.met:
                state = "[dim](ticked)[/dim]" if r.item.id in ticked else "[b](not ticked)[/b]"
                template = f"✔ $label {state} [dim]“$quote”$where[/dim]"
            elif r.named:
                template = "~ $label [yellow](named only)[/yellow] [dim]“$quote”$where[/dim]"
            else:
                continue
            lines.append(styled(template, label=r.item.label, quote=quote, where=where))
        for hit in result.red_flags:
            found = hit.evidence[0].section if hit.evidence else None
            if section not in (found, hit.flag.section):
                continue  # shown with the notes it was found in, or with its own section
            quote = hit.evidence[0].text if hit.evidence else ""
            lines.append(
                styled(
                    "⚠ $name [dim]“$quote”$where[/dim]",
                    name=hit.flag.name,
                    quote=quote,
                    where=found_under(hit.found_in),
                )
            )
        if not pasted:
            lines.insert(0, styled(PASTE))  # what is found comes from the other sections' notes
        elif not lines:
            lines.append(styled("[dim]Nothing found in these notes.[/dim]"))
        elif suggested(result, section, ticked):
            lines.append(styled("[dim]Ctrl+T ticks the suggested items; you decide.[/dim]"))
        self.update(Content("\n").join(lines))
