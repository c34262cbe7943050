"""The studio's one error vocabulary, shared by core, media, capture, the CLI and the UI.

A `StudioError` carries its problems, each naming the file, the place in it and the reason; the
UI and the CLI show `first_line` (or every line) and never match on message text. `Cancelled` is
the one way work stops on request: it is not a problem, so it is not a StudioError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong, e.g. `template.json: slots[1].duration: must be greater than 0`.

    `json_path` is the place inside the file: a JSON path, "line 4", "row 3, column scene", or "".
    """

    file: Path | None
    json_path: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        parts = [str(self.file)] if self.file is not None else []
        if self.json_path:
            parts.append(self.json_path)
        prefix = "warning: " if self.severity == "warning" else ""
        parts.append(prefix + self.message)
        return ": ".join(parts)


class StudioError(Exception):
    """Something the creator or designer can act on; `problems` lists every reason at once."""

    def __init__(self, problems: str | Problem | Sequence[str | Problem]) -> None:
        if isinstance(problems, str | Problem):
            problems = [problems]
        self.problems: list[Problem] = [
            p if isinstance(p, Problem) else Problem(None, "", p) for p in problems
        ]
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        """Each problem as the one line a person reads."""
        return [str(problem) for problem in self.problems]

    @property
    def first_line(self) -> str:
        """What a status line or a one-line CLI error shows."""
        return self.lines[0] if self.problems else type(self).__name__


class Cancelled(Exception):
    """The work was stopped on request; whatever it was writing was removed."""
