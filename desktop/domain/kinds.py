"""The closed vocabularies of the model: annotation kinds, figure bounds, review states, stances."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    ENTITY = "entity"
    FIGURE = "figure"
    CLAIM = "claim"


class Bound(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Status(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DISPUTED = "disputed"


class Stance(StrEnum):
    ASSERTS = "asserts"
    DENIES = "denies"


class EntityType(StrEnum):
    ORGANIZATION = "organization"
    PERSON = "person"
    PLACE = "place"
    PRODUCT = "product"
    EVENT = "event"
    OTHER = "other"
    UNKNOWN = "unknown"  # nobody chose it and nothing suggests one (desktop.domain.entity_types)


# Admiralty / NATO grading: source reliability A-F, information credibility 1-6.
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)

RELIABILITY_LABELS = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_LABELS = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}

# Short keys for entity types used in stable URNs (urn:evidence-desk:entity:org:scale-ai).
ENTITY_TYPE_PREFIX = {
    EntityType.ORGANIZATION: "org",
    EntityType.PERSON: "person",
    EntityType.PLACE: "place",
    EntityType.PRODUCT: "product",
    EntityType.EVENT: "event",
    EntityType.OTHER: "other",
    EntityType.UNKNOWN: "entity",
}

# Colours of the kinds, shared by the panes, the chart, the dossier and REFI-QDA codes.
# Okabe-Ito palette (distinguishable with the common forms of colour blindness).
KIND_HEX = {
    Kind.ENTITY.value: "#0072B2",  # blue
    Kind.FIGURE.value: "#E69F00",  # orange
    Kind.CLAIM.value: "#009E73",  # bluish green
}
