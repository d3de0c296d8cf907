"""An entity's type: chosen by the analyst, guessed from evidence (and marked as a guess), or unknown.

A new entity's type is never a default that reads like a decision. It starts ``unknown``, or it is
guessed from evidence found in the name itself:

- *a known name*: the new name shares its words with an entity whose type someone chose ("Wang" when
  "Alexandr Wang" is a person; "Scale AI Inc" when "Scale AI" is an organization);
- *a person's name*: two to four capitalised words, such as "Sarah Friar" or "Alexandr Wang", with
  none of the words that name organisations, places or products ("Times", "Bank", "Street", "AI").

A guess is stored with ``type_guessed`` set and shown as one ("person?"); the dossier prints only a
type somebody chose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.kinds import EntityType
from desktop.domain.text_matching import fold

UNKNOWN = EntityType.UNKNOWN.value

# The types an analyst chooses from, in the order the panel offers them, with the key that picks each.
CHOICES: tuple[tuple[EntityType, str], ...] = (
    (EntityType.PERSON, "P"),
    (EntityType.ORGANIZATION, "O"),
    (EntityType.PLACE, "L"),
    (EntityType.PRODUCT, "R"),
    (EntityType.EVENT, "V"),
    (EntityType.OTHER, "T"),
)

# Words that make a run of capitalised words the name of something other than a person.
_NOT_A_PERSON = frozenset(fold(w) for w in """
    inc incorporated corp corporation co company companies ltd limited llc plc gmbh ag sa spa srl nv bv
    group holding holdings partners capital ventures fund funds investments bank banca banco trust
    labs lab technologies technology tech systems software solutions networks network platforms
    media news times journal post press herald tribune gazette daily weekly magazine review wire
    agency ministry department commission council committee court parliament senate congress
    government authority office bureau university università universidade université college school
    institute institut instituto foundation fondazione fundação fondation association society union
    club party church hospital museum airlines airways motors energy pharma industries international
    global worldwide street avenue road square city county state states republic kingdom island
    islands river mountain valley bay lake north south east west
    app apps cloud phone pro max mini ai
""".split())
# Lower-case particles inside a person's name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
_PARTICLES = frozenset("de da do dos das di del della van von der den la le du bin al ibn ben y e".split())
_NAME_WORD = re.compile(r"^(?:[^\W\d_][.]|[^\W\d_]'?[^\W\d_]*(?:[-'’][^\W\d_]+)*)$")


@dataclass(frozen=True)
class TypeGuess:
    """A type read from evidence, and the evidence in a few words ("looks like a person's name")."""

    type: str
    reason: str


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, none of them an organisation's, place's or product's word."""
    words = name.split()
    capitalised = [w for w in words if w.lower() not in _PARTICLES]
    if not 2 <= len(capitalised) <= 4 or len(words) > 6:
        return False
    for word in capitalised:
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
        rest = word[1:].replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if rest and not rest.islower() and not _inner_capitals_ok(word):
            return False  # "OpenAI", "AI", "NVIDIA": not how a person's name is written
        if fold(word.strip(".")) in _NOT_A_PERSON:
            return False
    return True


def _inner_capitals_ok(word: str) -> bool:
    """"McDonald", "O'Brien", "Jean-Luc", "DiCaprio": one capital after a prefix or a hyphen."""
    return bool(re.match(r"^(?:Mc|Mac|O'|O’|Di|De|La|Le)[^\W\d_][^\W\d_]*$|^[^\W\d_][^\W\d_]*-[^\W\d_]+$", word)) \
        and not word.isupper()


def guess_type(name: str, known: Iterable[tuple[str, str]] = ()) -> TypeGuess | None:
    """The type a new entity called ``name`` probably has, or None (its type stays unknown).

    ``known``: (name or alias, chosen type) of the entities whose type someone chose; a name whose words
    are all among one of theirs, or theirs among its own, takes their type when they all agree.
    """
    words = set(fold(name).split())
    if words:
        types: dict[str, str] = {}
        for other, type_ in known:
            if type_ == UNKNOWN:
                continue
            other_words = set(fold(other).split())
            if other_words and (words <= other_words or other_words <= words) and words != other_words:
                types.setdefault(type_, other)
        if len(types) == 1:
            type_, other = next(iter(types.items()))
            return TypeGuess(type_, f"like “{other}”, a {type_}")
    if looks_like_person(name):
        return TypeGuess(EntityType.PERSON.value, "looks like a person's name")
    return None


def type_label(type_: str | None, guessed: bool) -> str:
    """How a type reads on screen: "person", "person?" for a guess, "unknown" for none."""
    if not type_ or type_ == UNKNOWN:
        return "unknown"
    return f"{type_}?" if guessed else type_
