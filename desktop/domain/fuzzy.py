"""Finding an entity's mentions in running text, including the damage machine translation does.

A mention is a run of whole words (tokens) of the text whose folded form (case, accents and
punctuation ignored) is close to the folded form of the entity's name or one of its aliases:

- The text is split into word tokens once (``TokenIndex``); each distinct token is folded once.
- A name of k tokens is compared with every window of k-1, k and k+1 consecutive tokens
  ("Open AI" for "OpenAI", "Meta Platforms" for "Meta Platforms Inc."). Windows never cross a
  line break or punctuation other than a hyphen, apostrophe, dot, slash or ampersand.
- Closeness is the Damerau-Levenshtein (optimal string alignment) similarity, computed by rapidfuzz:
  ``1 - distance / longer length``, taken on the words joined by a space and on the words run
  together, whichever is higher. A window is a mention when it reaches the threshold (0.75).
- Names of four letters or fewer ("Meta", "AI") match only exactly (folded): one edit in four
  letters would turn every "beta" into "Meta". A name cut off inside a word never matches
  fuzzily either: "open" is a word, not a damaged "Openi" (but "Meta Platforms" is "Meta
  Platforms Inc." without its last word).
- A window of several words must also begin like the name and end like it (its first word within
  length // 3 edits of a beginning of the name, its last word of an ending), so neither
  "Meta Platforms ha" passes for "Meta Platforms Inc." nor "Scale si" for "Scale AI"; and a window
  of several words takes a one-letter word only for a name that has one ("Scale a" is not "scala").
- Chinese, Japanese and other scripts written without spaces: each character is a token, and two
  tokens with nothing between them may belong to one mention, so "汪滔" is found in "创始人汪滔将离开"
  and "Scale AI" in "公司Scale AI投资" (names of four characters or fewer match exactly, as above).
- A mention begins with the same letter as the name once folded. Machine translation and typing
  slips leave the first letter alone ("Openi", "Antropic", "antropico", "scala AI"), and this is
  what keeps a 3 MB text with five names well under a second.

- Accents that make another word are not "only accents": a word with accented letters a short name
  does not have ("metà" for "Meta") is another word, not a mention. In a longer name an added accent
  ("ÀNTHROPIC") is typography and scores as accents only; dropping the name's accents ("Zurich" for
  "Zürich") is only accents too.
- A name that ends in punctuation ("Meta Platforms Inc.") takes it along where the text has it.

Scores: 1.0 when the words are exactly the name or an alias as written, 0.98 when they differ only
in case ("Openai"), 0.95 when only in accents or punctuation, and the similarity (at most 0.94)
otherwise. Where candidate mentions overlap, the best score wins (then the longer one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, compress
from types import ModuleType

from desktop.domain.text_matching import fold

DEFAULT_THRESHOLD = 0.75
SHORT_NAME = 4  # names with this many letters or fewer match only exactly
SCORE_EXACT = 1.0
SCORE_CASE = 0.98
SCORE_FOLDED = 0.95
SCORE_FUZZY_MAX = 0.94

# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): each of their
# characters is a token of its own, so a name is found inside a run of text ("汪滔" in "创始人汪滔将").
SPACELESS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f"
             "\U00020000-\U0002fa1f")
# A word: letters, digits and the combining marks of text stored decomposed (NFD); or one character
# of a spaceless script.
_WORD = rf"[{SPACELESS}]|(?:[^\W{SPACELESS}]|[\u0300-\u036f])+"
WORD = re.compile(_WORD)
WORD_SPLIT = re.compile(rf"({_WORD})")
# Runs of the characters words are made of: one simple character class, which the regex engine scans
# several times faster than ``_WORD``'s alternation. A run holds one word, or several where it holds
# characters of a spaceless script (then ``WORD_SPLIT`` cuts that run, and only that run, into words).
_RUN_SPLIT = re.compile(rf"([\w\u0300-\u036f{SPACELESS}]+)")
_SPACELESS_CHAR = re.compile(rf"[{SPACELESS}]")
# What may stand between two words of one mention: a little horizontal space, or one joining mark.
GAP = re.compile(r"[ \t\u00a0\u202f]{1,3}|[ \t\u00a0\u202f]?[-\u2010\u2011\u2013'\u2019./&][ \t\u00a0\u202f]?")


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # code points, end exclusive
    end: int
    surface: str  # text[start:end]
    score: float  # 0..1, 1 = exactly the name or an alias
    matched_name: str  # the name or alias it matched


_OSA: ModuleType | None = None


def _osa() -> ModuleType:
    """rapidfuzz's OSA distance, imported when first needed (start-up does not pay for it)."""
    global _OSA
    if _OSA is None:
        from rapidfuzz.distance import OSA

        _OSA = OSA
    return _OSA


def osa_distance(a: str, b: str, limit: int | None = None) -> int:
    """Damerau-Levenshtein distance (optimal string alignment, rapidfuzz); ``limit + 1`` as soon as it
    exceeds limit."""
    if limit is None:
        return int(_osa().distance(a, b))
    return int(_osa().distance(a, b, score_cutoff=limit))


def similarity(a: str, b: str) -> float:
    """1 - distance / longer length: 1.0 for equal strings, 0.0 for nothing in common."""
    return float(_osa().normalized_similarity(a, b))


def _prefix_distance(word: str, name: str, limit: int) -> int:
    """The fewest edits that turn ``word`` into some beginning of ``name``; ``limit + 1`` past the limit."""
    distance = _osa().distance
    best = limit + 1
    low, high = max(0, len(word) - limit), min(len(name), len(word) + limit)
    for length in range(low, high + 1):
        d = distance(word, name[:length], score_cutoff=limit)
        if d < best:
            best = d
            if d == 0:
                break
    return best


def adds_accents(surface: str, name: str) -> bool:
    """Does ``surface`` carry accented letters the name does not have? Then it is another word
    ("metà" is "half", not "Meta"), not the name with its accents lost. Dropping the name's accents
    ("Zurich" for "Zürich") is what ASCII keyboards and feeds do, and is not this."""
    name_letters = set(name.casefold())
    for c in set(surface.casefold()):
        if not c.isascii() and c.isalpha() and c not in name_letters and fold(c) != c:
            return True
    return False


def _fold_token(token: str) -> str:
    return token.lower() if token.isascii() else fold(token).replace(" ", "")


def split_words(text: str) -> list[str]:
    """``WORD_SPLIT.split(text)``: gap, word, gap, word, ..., gap; the same list, found faster."""
    parts = _RUN_SPLIT.split(text)
    if _SPACELESS_CHAR.search(text) is None:
        return parts  # every run is one word
    out = [parts[0]]
    for k in range(1, len(parts), 2):
        run = parts[k]
        if _SPACELESS_CHAR.search(run) is None:
            out += (run, parts[k + 1])
            continue
        pieces = WORD_SPLIT.split(run)  # "", word, "", word, ..., "": a run has no gap inside
        out[-1] += pieces[0]
        out += pieces[1:-1]
        out.append(pieces[-1] + parts[k + 1])
    return out


class TokenIndex:
    """The word tokens of one text, folded once, to look many names up in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = split_words(text)  # gap, word, gap, word, ..., gap
        tokens = parts[1::2]
        self.tokens = tokens
        self.starts = list(accumulate(map(len, parts[:-1])))[0::2]
        folding = {token: _fold_token(token) for token in set(tokens)}
        self.folded = list(map(folding.__getitem__, tokens))
        self._distinct = frozenset(folding.values())
        self.cumulative = [0, *accumulate(map(len, self.folded))]
        self._by_initial: dict[str, dict[str, list[int]]] = {}
        self._gap_ok: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.folded)

    def words_starting_with(self, initial: str) -> dict[str, list[int]]:
        """Each distinct folded word that begins with ``initial``, with the positions it occurs at."""
        found = self._by_initial.get(initial)
        if found is None:
            found = {}
            folded = self.folded
            words = {f for f in self._distinct if f[:1] == initial}
            for i in compress(range(len(folded)), map(words.__contains__, folded)):
                positions = found.get(folded[i])
                if positions is None:
                    found[folded[i]] = [i]
                else:
                    positions.append(i)
            self._by_initial[initial] = found
        return found

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.tokens[i])

    def joinable(self, i: int) -> bool:
        """May token i and token i+1 belong to one mention?"""
        ok = self._gap_ok.get(i)
        if ok is None:
            end, start = self.end(i), self.starts[i + 1]
            # adjacent tokens (no gap at all) only happen in a spaceless script: one run of text
            ok = self._gap_ok[i] = end == start or GAP.fullmatch(self.text, end, start) is not None
        return ok


@dataclass
class _Name:
    """One name or alias, prepared for matching."""

    original: str
    tokens: tuple[str, ...]  # as written
    folded: tuple[str, ...]
    spaced: str = field(init=False)
    joined: str = field(init=False)
    letters: dict[str, int] = field(init=False)
    spaced_letters: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.spaced = " ".join(self.folded)
        self.joined = "".join(self.folded)
        self.letters = dict(Counter(self.joined))
        self.spaced_letters = dict(Counter(self.spaced))

    @property
    def short(self) -> bool:
        return len(self.joined) <= SHORT_NAME


def _prepare(names: list[str]) -> list[_Name]:
    prepared: list[_Name] = []
    seen: set[tuple[str, ...]] = set()
    for name in names:
        tokens = tuple(WORD.findall(name or ""))
        folded = tuple(f for f in (_fold_token(t) for t in tokens) if f)
        if not folded or tokens in seen:
            continue
        seen.add(tokens)
        prepared.append(_Name(name.strip(), tokens, folded))
    return prepared


def _max_edits(length: int, threshold: float) -> int:
    """The most edits a string of this length can take and still reach the threshold."""
    return int((1 - threshold) * length / threshold + 1e-9)


def _score_tier(surface_tokens: tuple[str, ...], folded: tuple[str, ...], name: _Name) -> float | None:
    if surface_tokens == name.tokens:
        return SCORE_EXACT
    if tuple(t.casefold() for t in surface_tokens) == tuple(t.casefold() for t in name.tokens):
        return SCORE_CASE
    if folded == name.folded or "".join(folded) == name.joined:
        return SCORE_FOLDED
    return None


class _NameScanner:
    """Looks one name up in a token index; what it learns about each distinct word is kept."""

    def __init__(self, index: TokenIndex, name: _Name, threshold: float) -> None:
        self.index, self.name, self.threshold = index, name, threshold
        self.k = len(name.folded)
        self.n_sp, self.n_cat = len(name.spaced), len(name.joined)
        if name.short:
            self.e_sp = self.e_cat = 0
        else:
            self.e_sp, self.e_cat = _max_edits(self.n_sp, threshold), _max_edits(self.n_cat, threshold)
        self.reversed_name = name.joined[::-1]
        self.one_letter_words = any(len(word) == 1 for word in name.folded)
        self._windows: dict[tuple[str, ...], float] = {}
        self._begins: dict[str, bool] = {}
        self._ends: dict[str, bool] = {}
        self._head_letters: dict[str, dict[str, int]] = {}

    def _affix_close(self, word: str, target: str) -> bool:
        """Is ``word`` within len // 3 edits (and the name's budget) of a beginning of target?"""
        limit = min(self.e_cat, len(word) // 3)
        if limit <= 0:
            return target.startswith(word)
        head = target[:len(word) + limit]
        counts = self._head_letters.get(head)
        if counts is None:
            counts = self._head_letters[head] = dict(Counter(head))
        if _bag_exceeds(word, counts, len(word), limit, extra_only=True):
            return False
        return _prefix_distance(word, head, limit) <= limit

    def begins_like(self, word: str) -> bool:
        ok = self._begins.get(word)
        if ok is None:
            ok = self._begins[word] = (len(word) > 1 or self.one_letter_words) and self._affix_close(
                word, self.name.joined)
        return ok

    def ends_like(self, word: str) -> bool:
        ok = self._ends.get(word)
        if ok is None:
            ok = self._ends[word] = self._affix_close(word[::-1], self.reversed_name)
        return ok

    def window_similarity(self, window: tuple[str, ...]) -> float:
        sim = self._windows.get(window)
        if sim is None:
            if len(window) > 1 and not self.ends_like(window[-1]):
                sim = 0.0
            elif not self.one_letter_words and len(window) > 1 and any(len(word) < 2 for word in window):
                sim = 0.0  # "Scale a" is not "scala": one-letter words join a mention only of a name that has some
            else:
                sim = _window_similarity(window, self.name, self.e_sp, self.e_cat)
            self._windows[window] = sim
        return sim

    def candidates(self) -> list[tuple[float, int, int]]:
        """(similarity, first token, token after the last) of every window close enough to the name."""
        index, threshold = self.index, self.threshold
        sizes = [m for m in (self.k - 1, self.k, self.k + 1) if m >= 1]
        total = len(index)
        cumulative, folded = index.cumulative, index.folded
        n_sp, n_cat, e_sp, e_cat = self.n_sp, self.n_cat, self.e_sp, self.e_cat
        found: list[tuple[float, int, int]] = []
        for first, positions in index.words_starting_with(self.name.joined[0]).items():
            if not self.begins_like(first):
                # only the window of this one word can match: judge it once for all its occurrences
                if sizes[0] == 1 and self.window_similarity((first,)) >= threshold:
                    sim = self._windows[(first,)]
                    found.extend((sim, i, i + 1) for i in positions)
                continue
            for i in positions:
                gap = i  # the gaps before this one are known to be joinable
                for m in sizes:
                    j = i + m
                    if j > total:
                        break
                    while gap < j - 1 and index.joinable(gap):
                        gap += 1
                    if gap < j - 1:
                        break  # the window crosses a line break or punctuation; wider ones too
                    len_cat = cumulative[j] - cumulative[i]
                    if abs(len_cat + m - 1 - n_sp) > e_sp and abs(len_cat - n_cat) > e_cat:
                        continue
                    sim = self.window_similarity(tuple(folded[i:j]))
                    if sim >= threshold:
                        found.append((sim, i, j))
        return found


def _bag_exceeds(text: str, counts: dict[str, int], length: int, limit: int, extra_only: bool = False) -> bool:
    """True when the characters one string has and the other lacks (a lower bound of the edit
    distance) are more than ``limit``. ``counts`` are the other string's letters, ``length`` its length;
    with ``extra_only`` only the characters ``text`` has and the other lacks are counted."""
    remaining = dict(counts)
    extra = 0
    for ch in text:
        left = remaining.get(ch, 0)
        if left:
            remaining[ch] = left - 1
        else:
            extra += 1
            if extra > limit:
                return True
    return not extra_only and length - (len(text) - extra) > limit


def _window_similarity(window: tuple[str, ...], name: _Name, e_sp: int, e_cat: int) -> float:
    spaced, joined = " ".join(window), "".join(window)
    if spaced == name.spaced or joined == name.joined:
        return 1.0
    if name.short:
        return 0.0
    if name.joined.startswith(joined) and not name.spaced.startswith(spaced + " "):
        return 0.0  # a name cut inside a word is a common word more often than a mention: "open", "Openi"
    if (_bag_exceeds(joined, name.letters, len(name.joined), e_cat)
            and _bag_exceeds(spaced, name.spaced_letters, len(name.spaced), e_sp)):
        return 0.0
    best = 0.0
    for text, target, limit in ((spaced, name.spaced, e_sp), (joined, name.joined, e_cat)):
        d = osa_distance(text, target, limit)
        if d <= limit:
            best = max(best, 1.0 - d / max(len(text), len(target)))
    return best


def find_mentions(text: str | TokenIndex, names: list[str], threshold: float = DEFAULT_THRESHOLD) -> list[Match]:
    """Non-overlapping mentions of any of ``names`` in ``text``, in text order."""
    if not 0 < threshold <= 1:
        raise ValueError("The threshold is a similarity between 0 (excluded) and 1.")
    index = text if isinstance(text, TokenIndex) else TokenIndex(text)
    scored: list[tuple[float, int, int, str]] = []  # (score, first token, token after the last, name)
    # names that fold alike ("OpenAI", "Openai") find the same windows: the text is scanned once for them
    windows: dict[tuple[str, ...], list[tuple[float, int, int]]] = {}
    for name in _prepare(names):
        tiers: dict[tuple[str, ...], float] = {}
        found = windows.get(name.folded)
        if found is None:
            found = windows[name.folded] = _NameScanner(index, name, threshold).candidates()
        for sim, i, j in found:
            surface_tokens = tuple(index.tokens[i:j])
            score = tiers.get(surface_tokens)
            if score is None:
                score = tiers[surface_tokens] = _score(surface_tokens, tuple(index.folded[i:j]), name, sim)
            if score > 0:
                scored.append((score, i, j, name.original))
    starts = index.starts
    scored.sort(key=lambda c: (-c[0], starts[c[1]] - index.end(c[2] - 1), c[1]))
    taken = bytearray(len(index))
    chosen: list[tuple[int, int, float, str]] = []
    for score, i, j, matched in scored:
        if any(taken[i:j]):
            continue
        taken[i:j] = b"\x01" * (j - i)
        chosen.append((i, j, score, matched))
    chosen.sort()
    source = index.text
    matches = []
    for i, j, score, matched in chosen:
        end = _with_trailing_marks(source, index.end(j - 1), matched)
        matches.append(Match(starts[i], end, source[starts[i]:end], score, matched))
    return matches


def _with_trailing_marks(source: str, end: int, name: str) -> int:
    """A name that ends in punctuation ("Meta Platforms Inc.") takes it along where the text has it."""
    tail = name[len(name.rstrip(".)&'’")):]
    if tail and source.startswith(tail, end):
        return end + len(tail)
    return end


def _score(surface_tokens: tuple[str, ...], folded: tuple[str, ...], name: _Name, sim: float) -> float:
    """The score of a candidate window, 0 when it is no mention after all (see the module docstring)."""
    if name.short and adds_accents(" ".join(surface_tokens), name.original):
        return 0.0  # "metà" is not "Meta": a short name matches only exactly, accents included
    tier = _score_tier(surface_tokens, folded, name)
    return tier if tier is not None else min(round(sim, 4), SCORE_FUZZY_MAX)
