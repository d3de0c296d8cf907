"""Which language a text is written in, with py3langid (97 languages; its model ships in the wheel).

The answer is an ISO 639-1 code ("it", "ar", "he", "zh", "ja" ...), or "" when the text is too short
to tell (fewer than ``MIN_LETTERS`` letters) or the model is unsure (probability under
``MIN_PROBABILITY``). Long texts are sampled (the start plus a slice of the middle), so a 3 MB file
costs milliseconds. The model loads on first use, never at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MIN_LETTERS = 12
MIN_PROBABILITY = 0.5
HEAD_SAMPLE = 20_000
MIDDLE_SAMPLE = 10_000
_LETTER = re.compile(r"[^\W\d_]")
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")  # "AI", "USA": names, not words of a language


def sample(text: str) -> str:
    """The start of a long text and a slice of its middle: enough to tell, cheap on megabytes."""
    if len(text) <= HEAD_SAMPLE + MIDDLE_SAMPLE:
        return text
    middle = len(text) // 2
    return text[:HEAD_SAMPLE] + "\n" + text[middle:middle + MIDDLE_SAMPLE]


@lru_cache(maxsize=1)
def _identifier() -> Any:  # py3langid's LanguageIdentifier (py3langid ships no type information)
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the model now (it is otherwise loaded by the first detection)."""
    _identifier()


def language_probability(text: str) -> tuple[str, float]:
    """The most likely language and its probability (0-1)."""
    cleaned = _ACRONYM.sub(" ", sample(text))
    language, probability = _identifier().classify(cleaned)
    return str(language), float(probability)


def detect_language(text: str) -> str:
    """An ISO 639-1 code, or "" when unsure."""
    letters = len(_LETTER.findall(text[:HEAD_SAMPLE]))
    if letters < MIN_LETTERS:
        return ""
    language, probability = language_probability(text)
    if probability < MIN_PROBABILITY or language in ("zxx", "la"):
        return ""
    return language
