"""Categorisation schemes: versioned, dated data that says how reception categorises.

A scheme has questions (with options), criteria that suggest a category from
the answers, categories with their next step and follow-up deadlines, the
orientation checklist and the deadlines of its period. Which scheme applies
is decided by the date alone (`choose_scheme`); a decision keeps the scheme
(code and version) it was made under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label_da: str


@dataclass(frozen=True, slots=True)
class AgeAnswer:
    """An answer the CPR number gives: from this age on, the question answers itself.

    "Under 30 without vocational education?" is "Nej" for anyone 30 or older; below
    that age the education part must be asked, so no answer is given there.
    """

    at_or_over: int
    answer: str


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text_da: str
    options: tuple[Option, ...]
    default: str | None = None  # pre-selected answer (the reform's "jobparat unless …")
    from_age: AgeAnswer | None = None
    # Asked only when earlier answers match (job-readiness is not asked of the young).
    asked_if: Mapping[str, str] = field(default_factory=dict)

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def asked(self, answers: Mapping[str, str]) -> bool:
        return all(answers.get(key) == value for key, value in self.asked_if.items())


@dataclass(frozen=True, slots=True)
class Criterion:
    """When every named answer matches, suggest this category (first match wins)."""

    when: Mapping[str, str]
    category: str

    def matches(self, answers: Mapping[str, str]) -> bool:
        return all(answers.get(key) == value for key, value in self.when.items())


@dataclass(frozen=True, slots=True)
class NextStep:
    """Where a category leads: a referral target, whether it takes the anchor, what to book."""

    target: str
    move_anchor: bool = False
    meeting_kinds: tuple[str, ...] = ()  # group meetings that may be booked (jobmøde, CV-møde)
    ticket_service: str = ""  # the queue the citizen joins today, "" for none
    text_da: str = ""


@dataclass(frozen=True, slots=True)
class NextStepRule:
    """An answer that overrides the category's next step (e.g. young without education)."""

    when: Mapping[str, str]
    next_step: NextStep
    categories: tuple[str, ...] = ()  # empty: any category

    def matches(self, category: str, answers: Mapping[str, str]) -> bool:
        if self.categories and category not in self.categories:
            return False
        return all(answers.get(key) == value for key, value in self.when.items())


@dataclass(frozen=True, slots=True)
class FollowUpRule:
    kind: str  # a FollowUpKind value, e.g. "kontaktsamtale"
    months: int = 0
    days: int = 0
    label_da: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    label_da: str
    next_step: NextStep
    job_ready: bool = False
    description_da: str = ""
    follow_ups: tuple[FollowUpRule, ...] = ()


@dataclass(frozen=True, slots=True)
class OrientationItem:
    key: str
    label_da: str
    jobnet: bool = False  # ticking it is a Jobnet orientation (the card shows its date)


@dataclass(frozen=True, slots=True)
class Deadlines:
    insured_categorisation_months: int = 3
    hearing_days: int = 7


@dataclass(frozen=True, slots=True)
class ExemptionReason:
    code: str
    label_da: str


@dataclass(frozen=True, slots=True)
class ContactCourseRule:
    """The reform's contact course (app/visitation/contact_course.py reads it)."""

    categories: frozenset[str]  # categories in the course (jobparat)
    interviews: int  # job interviews due ...
    months: int  # ... within this many months of the course's first day
    target_percent: int  # share of the site's citizens in the course to be on track
    exemption_numerator: int  # at most numerator/denominator of them exempted (1/4)
    exemption_denominator: int
    exemption_reasons: tuple[ExemptionReason, ...]
    label_da: str = ""

    def reason(self, code: str) -> ExemptionReason | None:
        return next((r for r in self.exemption_reasons if r.code == code), None)


@dataclass(frozen=True, slots=True)
class Scheme:
    code: str
    version: int
    label_da: str
    valid_from: dt.date
    valid_to: dt.date | None
    applies_to: frozenset[str]  # support-basis codes categorised with this scheme
    questions: tuple[Question, ...]
    categories: tuple[Category, ...]
    orientation: tuple[OrientationItem, ...]
    criteria: tuple[Criterion, ...] = ()
    next_step_rules: tuple[NextStepRule, ...] = ()
    default_category: str | None = None
    deadlines: Deadlines = field(default_factory=Deadlines)
    contact_course: ContactCourseRule | None = None
    # Whether a job-ready citizen categorised under this scheme must keep a joblog on
    # Jobnet (from 2015): data, so a decision keeps the duty of the scheme it was made under.
    joblog: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.code, self.version)

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    def suggest(self, answers: Mapping[str, str]) -> str | None:
        """The category the criteria point to, else the scheme's default (may be None)."""
        for criterion in self.criteria:
            if criterion.matches(answers):
                return criterion.category
        return self.default_category

    def next_step(self, category: str, answers: Mapping[str, str]) -> NextStep:
        for rule in self.next_step_rules:
            if rule.matches(category, answers):
                return rule.next_step
        found = self.category(category)
        if found is None:
            raise ValidationError(
                "Kategorien «{category}» findes ikke i skemaet {scheme}.",
                category=category,
                scheme=self.label_da,
            )
        return found.next_step

    def default_answers(self) -> dict[str, str]:
        return {q.key: q.default for q in self.questions if q.default is not None}

    def answers_from_age(self, age: int | None) -> dict[str, str]:
        """What the citizen's age (from the CPR) answers; nothing when the age is unknown."""
        if age is None:
            return {}
        return {
            q.key: q.from_age.answer
            for q in self.questions
            if q.from_age is not None and age >= q.from_age.at_or_over
        }

    def check_answers(self, answers: Mapping[str, object]) -> dict[str, str]:
        """Every question answered with one of its options, nothing else; Danish errors."""
        unknown = sorted(set(answers) - {q.key for q in self.questions})
        if unknown:
            raise ValidationError("Skemaet kender ikke spørgsmålet «{value}».", value=unknown[0])
        checked: dict[str, str] = {}
        for question in self.questions:
            if not question.asked(checked):
                continue  # not asked given the earlier answers: an answer to it is dropped
            value = answers.get(question.key)
            if value is None or value == "":
                raise ValidationError(
                    "Spørgsmålet «{question}» er ikke besvaret.",
                    question=question.text_da,
                    field=question.key,
                )
            if not isinstance(value, str) or question.option(value) is None:
                raise ValidationError(
                    "Svaret «{value}» passer ikke til spørgsmålet «{question}».",
                    value=value,
                    question=question.text_da,
                    field=question.key,
                )
            checked[question.key] = value
        return checked


def choose_scheme(schemes: Iterable[Scheme], day: dt.date) -> Scheme:
    """The scheme in force on `day`: the latest start, then the highest version."""
    valid = [s for s in schemes if s.valid_on(day)]
    if not valid:
        raise ValidationError("Intet visitationsskema gælder den {day:%d.%m.%Y}.", day=day)
    return max(valid, key=lambda s: (s.valid_from, s.version))


def find_scheme(schemes: Sequence[Scheme], code: str, version: int) -> Scheme | None:
    return next((s for s in schemes if s.key == (code, version)), None)
