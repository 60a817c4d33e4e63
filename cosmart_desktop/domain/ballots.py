"""One voter's ballot under the rules of a vote: checked as a whole
(``validate_ballot``), expanded into vote rows (``ballot_rows``), or filled in
step by step at the kiosk (``BallotDraft``), where budget and caps can never be
exceeded. Pure Python; import through ``domain.voting``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .enums import VoteMethod
from .errors import Refused

if TYPE_CHECKING:  # only for annotations: domain.voting re-exports this module
    from .voting import VoteRules

#: one voter's choices: (option, criterion) → dots (Punkten) or the chosen value
Choices = Mapping[tuple[str, str], int]


def validate_ballot(rules: VoteRules, choices: Choices, *, complete: bool = True) -> None:
    """Refuse a ballot that breaks the rules; ``complete`` asks that every option
    be answered in the forms that rate each option."""
    options = set(rules.options)
    keys = set(rules.criterion_keys())
    values = set(rules.values())
    spent: dict[str, int] = {}
    for (option, criterion), value in choices.items():
        if option not in options:
            raise Refused("the ballot names an option that is not in this vote")
        if criterion not in keys:
            raise Refused("the ballot names a dot criterion that is not in this vote")
        if not isinstance(value, int) or isinstance(value, bool):
            raise Refused("a ballot holds whole numbers only")
        if rules.method is VoteMethod.DOTS:
            if value < 0:
                raise Refused("a negative number of dots is not possible")
            if rules.cap_per_item is not None and value > rules.cap_per_item:
                raise Refused("at most {cap} dot(s) per item", cap=rules.cap_per_item)
            spent[criterion] = spent.get(criterion, 0) + value
        elif value not in values:
            raise Refused("{value} is not a possible answer in this vote", value=value)
    if rules.method is VoteMethod.DOTS:
        budget = rules.budget or 0
        for total in spent.values():
            if total > budget:
                raise Refused(
                    "{total} dots given, the budget is {budget}", total=total, budget=budget
                )
        if sum(spent.values()) == 0:
            raise Refused("the ballot is empty")
    elif complete:
        answered = {o for (o, _c) in choices}
        if answered != options:
            raise Refused("{count} option(s) still need an answer", count=len(options - answered))
    elif not choices:
        raise Refused("the ballot is empty")


def ballot_rows(rules: VoteRules, choices: Choices) -> list[tuple[str, str, int]]:
    """The vote rows of a valid ballot: one per dot, one per rated option."""
    rows: list[tuple[str, str, int]] = []
    for option in rules.options:
        for criterion in rules.criterion_keys():
            value = choices.get((option, criterion))
            if value is None:
                continue
            if rules.method is VoteMethod.DOTS:
                rows.extend((option, criterion, 1) for _ in range(value))
            else:
                rows.append((option, criterion, value))
    return rows


class BallotDraft:
    """A kiosk ballot being filled in: every change is checked against the rules,
    so budget and caps can never be exceeded; nothing is stored until confirmed."""

    def __init__(self, rules: VoteRules) -> None:
        self.rules = rules
        self._choices: dict[tuple[str, str], int] = {}

    def dots(self, option: str, criterion: str = "") -> int:
        return self._choices.get((option, criterion), 0)

    def spent(self, criterion: str = "") -> int:
        return sum(v for (_o, c), v in self._choices.items() if c == criterion)

    def remaining(self, criterion: str = "") -> int:
        return (self.rules.budget or 0) - self.spent(criterion)

    def can_add(self, option: str, criterion: str = "") -> bool:
        if self.rules.method is not VoteMethod.DOTS or option not in self.rules.options:
            return False
        cap = self.rules.cap_per_item
        return self.remaining(criterion) > 0 and (cap is None or self.dots(option, criterion) < cap)

    def add_dot(self, option: str, criterion: str = "") -> None:
        if self.rules.method is not VoteMethod.DOTS:
            raise Refused("this vote has no dots")
        if option not in self.rules.options or criterion not in self.rules.criterion_keys():
            raise Refused("unknown option or criterion")
        if self.remaining(criterion) <= 0:
            raise Refused("no dots left")
        cap = self.rules.cap_per_item
        if cap is not None and self.dots(option, criterion) >= cap:
            raise Refused("at most {cap} dot(s) per item", cap=cap)
        self._choices[(option, criterion)] = self.dots(option, criterion) + 1

    def remove_dot(self, option: str, criterion: str = "") -> None:
        count = self.dots(option, criterion)
        if count <= 1:
            self._choices.pop((option, criterion), None)
        else:
            self._choices[(option, criterion)] = count - 1

    def choice(self, option: str) -> int | None:
        return self._choices.get((option, ""))

    def choose(self, option: str, value: int | None) -> None:
        """Set (or with None clear) the answer for one option."""
        if self.rules.method is VoteMethod.DOTS:
            raise Refused("dots are added one by one")
        if option not in self.rules.options:
            raise Refused("unknown option")
        if value is None:
            self._choices.pop((option, ""), None)
            return
        if value not in self.rules.values():
            raise Refused("{value} is not a possible answer in this vote", value=value)
        self._choices[(option, "")] = value

    def missing(self) -> list[str]:
        if self.rules.method is VoteMethod.DOTS:
            return []
        return [o for o in self.rules.options if (o, "") not in self._choices]

    def is_empty(self) -> bool:
        return not any(self._choices.values())

    def choices(self) -> dict[tuple[str, str], int]:
        return {
            k: v for k, v in self._choices.items() if v or self.rules.method is not VoteMethod.DOTS
        }

    def clear(self) -> None:
        self._choices.clear()
