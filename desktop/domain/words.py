"""The closed vocabularies (kinds, statuses, stances, bounds, entity types, grades) in the reader's language.

The stored values stay English identifiers (``Kind.CLAIM == "claim"``); what a person reads goes through
these functions, which the window and the dossier share, so "claim" is "affermazione" in both. The
strings are marked for lupdate with ``QT_TRANSLATE_NOOP`` and translated when asked for.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, is_source_language, translate

CONTEXT = "Vocabulary"

_KIND = {
    "entity": QT_TRANSLATE_NOOP("Vocabulary", "Entity"),
    "figure": QT_TRANSLATE_NOOP("Vocabulary", "Figure"),
    "claim": QT_TRANSLATE_NOOP("Vocabulary", "Claim"),
}
_KIND_PLURAL = {
    "entity": QT_TRANSLATE_NOOP("Vocabulary", "Entities"),
    "figure": QT_TRANSLATE_NOOP("Vocabulary", "Figures"),
    "claim": QT_TRANSLATE_NOOP("Vocabulary", "Claims"),
}
_KIND_LOWER = {  # inside a sentence ("Tag the selection as a claim"): languages capitalise differently
    "entity": QT_TRANSLATE_NOOP("Vocabulary", "entity"),
    "figure": QT_TRANSLATE_NOOP("Vocabulary", "figure"),
    "claim": QT_TRANSLATE_NOOP("Vocabulary", "claim"),
}
_STATUS = {
    "proposed": QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    "disputed": QT_TRANSLATE_NOOP("Vocabulary", "Disputed"),
}
_STATUS_LOWER = {
    "proposed": QT_TRANSLATE_NOOP("Vocabulary", "proposed"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
    "disputed": QT_TRANSLATE_NOOP("Vocabulary", "disputed"),
}
_STANCE = {
    "asserts": QT_TRANSLATE_NOOP("Vocabulary", "Asserts"),
    "denies": QT_TRANSLATE_NOOP("Vocabulary", "Denies"),
}
_STANCE_LOWER = {
    "asserts": QT_TRANSLATE_NOOP("Vocabulary", "asserts"),
    "denies": QT_TRANSLATE_NOOP("Vocabulary", "denies"),
}
_BOUND = {
    "exact": QT_TRANSLATE_NOOP("Vocabulary", "exact"),
    "about": QT_TRANSLATE_NOOP("Vocabulary", "about"),
    "at_least": QT_TRANSLATE_NOOP("Vocabulary", "at least"),
    "at_most": QT_TRANSLATE_NOOP("Vocabulary", "at most"),
    "range": QT_TRANSLATE_NOOP("Vocabulary", "range"),
}
_GRANULARITY = {  # the precision a date is written with
    "day": QT_TRANSLATE_NOOP("Vocabulary", "day"),
    "month": QT_TRANSLATE_NOOP("Vocabulary", "month"),
    "year": QT_TRANSLATE_NOOP("Vocabulary", "year"),
}
_UNIT = {  # units that are words (the figure parser's vocabulary); currency codes and % read the same everywhere
    "date": QT_TRANSLATE_NOOP("Vocabulary", "date"),
    "years": QT_TRANSLATE_NOOP("Vocabulary", "years"),
    "months": QT_TRANSLATE_NOOP("Vocabulary", "months"),
    "days": QT_TRANSLATE_NOOP("Vocabulary", "days"),
    "age": QT_TRANSLATE_NOOP("Vocabulary", "age"),
    "none": QT_TRANSLATE_NOOP("Vocabulary", "none"),
}
_ENTITY_TYPE = {
    "organization": QT_TRANSLATE_NOOP("Vocabulary", "Organization"),
    "person": QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    "place": QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    "product": QT_TRANSLATE_NOOP("Vocabulary", "Product"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
}
_RELIABILITY = {  # Admiralty / NATO grading of a source
    "A": QT_TRANSLATE_NOOP("Vocabulary", "Completely reliable"),
    "B": QT_TRANSLATE_NOOP("Vocabulary", "Usually reliable"),
    "C": QT_TRANSLATE_NOOP("Vocabulary", "Fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Vocabulary", "Not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Vocabulary", "Unreliable"),
    "F": QT_TRANSLATE_NOOP("Vocabulary", "Reliability cannot be judged"),
}
_CREDIBILITY = {  # … and of a piece of information
    1: QT_TRANSLATE_NOOP("Vocabulary", "Confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Probably true"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Possibly true"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Doubtful"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "Improbable"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "Truth cannot be judged"),
}


def _word(table: dict[str, str], value: str) -> str:
    english = table.get(value)
    return translate(CONTEXT, english) if english is not None else value


def kind_name(kind: str) -> str:
    """"Claim" ("Affermazione")."""
    return _word(_KIND, kind)


def kind_plural(kind: str) -> str:
    """"Claims" ("Affermazioni")."""
    return _word(_KIND_PLURAL, kind)


def kind_word(kind: str) -> str:
    """"claim" inside a sentence ("affermazione"; German keeps its capital: "Behauptung")."""
    return _word(_KIND_LOWER, kind)


def status_name(status: str) -> str:
    return _word(_STATUS, status)


def status_word(status: str) -> str:
    return _word(_STATUS_LOWER, status)


def stance_name(stance: str) -> str:
    return _word(_STANCE, stance)


def stance_word(stance: str) -> str:
    """"asserts" inside a sentence or a cell."""
    return _word(_STANCE_LOWER, stance)


def bound_word(bound: str) -> str:
    return _word(_BOUND, bound)


def granularity_word(granularity: str) -> str:
    return _word(_GRANULARITY, granularity)


def unit_word(unit: str) -> str:
    """"years" -> "anni"; "USD", "%" and units typed by hand stay as they are."""
    return _word(_UNIT, unit)


def entity_type_name(entity_type: str) -> str:
    return _word(_ENTITY_TYPE, entity_type)


def entity_type_label(entity_type: str | None, guessed: bool = False) -> str:
    """How a type reads on screen: "person", "person?" for a guess, "unknown" for none; in another language
    the type's name there ("Persona?")."""
    from desktop.domain.entity_types import UNKNOWN, type_label

    if is_source_language():
        return type_label(entity_type, guessed)
    name = entity_type_name(entity_type if entity_type and entity_type != UNKNOWN else UNKNOWN)
    return f"{name}?" if guessed and entity_type and entity_type != UNKNOWN else name


def reliability_label(grade: str) -> str:
    """"Usually reliable" for B."""
    english = _RELIABILITY.get(grade)
    return translate(CONTEXT, english) if english is not None else ""


def credibility_label(grade: int) -> str:
    english = _CREDIBILITY.get(grade)
    return translate(CONTEXT, english) if english is not None else ""


def reliability_labels() -> dict[str, str]:
    return {grade: reliability_label(grade) for grade in _RELIABILITY}


def credibility_labels() -> dict[int, str]:
    return {grade: credibility_label(grade) for grade in _CREDIBILITY}
