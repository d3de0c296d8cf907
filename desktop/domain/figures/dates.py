"""Dates as figures: "15 luglio 2025", "15.07.2025", "07/15/2025", "2025-07-15", "Mar. Lug 15th, 2025",
"settembre 2024", "nel 2024", "giovedì", "ieri", "l'anno scorso", "tre mesi dopo" (it, pt, fr, en, de, es).

A date is read into an ISO 8601 value at the granularity it is written with ("2025-07-15" day,
"2024-09" month, "2025" year), a bound ("prima del 2020" at most, "non appena mercoledì" at least,
"verso il 2015" about) and, for "tra giugno e luglio 2025", a range.

Relative dates are counted from a reference, the document's publication date:
- "oggi", "ieri", "domani" ... days from it; "l'anno scorso", "il mese scorso", "la settimana scorsa"
  (a range Monday to Sunday), "quest'anno", "il prossimo anno";
- a weekday alone ("giovedì") is the last one on or before the reference; "giovedì prossimo" the
  next one after it;
- "tre mesi fa" / "tre mesi dopo" / "tra tre mesi": the reference moved by that much, at the
  granularity of the unit (days -> day, months -> month, years -> year); a bound word keeps the day
  ("meno di un anno fa": at least the day a year before);
- a month without a year ("a settembre") is the last such month on or before the reference; a day and
  month without a year ("il 15 luglio") the occurrence nearest to it.
Without a reference a relative date is recognised but gets no value, and ``reason`` says why.

Numeric dates: "15.07.2025" and "15/07/2025" are day first everywhere; "07/15/2025" is month first
because 15 cannot be a month. English writes month first: "03/04/2025" is ambiguous in English
(March 4 in the US, 3 April in Britain), so it gets no value. A bare year ("2016") stays a number: it
is a date when a word says so ("nel 2016", "in 2016").

dateparser (imported on first use: it is slow to import) reads the dates written with a month name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.domain.figures.calendar_words import (
    AGO_AFTER,
    AGO_BEFORE,
    DATE_BOUNDS,
    DECADE_WORDS,
    FILLERS,
    LAST_WORDS,
    LATER_AFTER,
    LATER_BEFORE,
    MONTHS,
    NEXT_WORDS,
    RELATIVE_DAYS,
    THIS_WORDS,
    UNIT_MONTH,
    UNIT_WEEK,
    UNIT_YEAR,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from desktop.domain.figures.durations import read_quantity
from desktop.domain.figures.model import DATE, ParsedFigure
from desktop.domain.isodates import DAY, MONTH, YEAR, add_days, add_months, iso
from desktop.domain.kinds import Bound

if TYPE_CHECKING:  # dateparser is imported when a date needs it (start-up does not pay for it)
    from dateparser.date import DateDataParser

NO_REFERENCE = "a relative date needs the publication date of the document"
_DATE_LANGUAGES = ("it", "pt", "fr", "en", "de", "es")
_YEARS = (1000, 2199)

_ISO_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[t ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:z|[+-][0-9]{2}:?[0-9]{2})?")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_NUMERIC = re.compile(r"([0-9]{1,2})\s*([./-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4}|[0-9]{2})")
_ISO_SLASHED = re.compile(r"([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})")
_QUARTER = re.compile(
    r"(?:q(?P<q1>[1-4])|(?P<q2>[1-4])q|(?P<w>primo|secondo|terzo|quarto|first|second|third|fourth|premier|"
    r"deuxième|troisième|quatrième|primeiro|segundo|terceiro|quarto|primer|segundo|tercer|cuarto|erstes|zweites|"
    r"drittes|viertes|1\.|2\.|3\.|4\.)\s+(?:trimestre|quarter|quartal))\s+(?:of\s+|de\s+|del\s+|du\s+)?(?P<y>[0-9]{4})")
_HALF = re.compile(
    r"(?P<w>primo|secondo|first|second|premier|second|primeiro|segundo|primer|erstes|zweites|1\.|2\.)\s+"
    r"(?:semestre|half|halbjahr)\s+(?:of\s+|de\s+|del\s+|du\s+|dell'\s*)?(?P<y>[0-9]{4})")
_ORDINAL_WORDS = {"primo": 1, "first": 1, "premier": 1, "primeiro": 1, "primer": 1, "erstes": 1, "1.": 1,
                  "secondo": 2, "second": 2, "deuxième": 2, "segundo": 2, "zweites": 2, "2.": 2,
                  "terzo": 3, "third": 3, "troisième": 3, "terceiro": 3, "tercer": 3, "drittes": 3, "3.": 3,
                  "quarto": 4, "fourth": 4, "quatrième": 4, "cuarto": 4, "viertes": 4, "4.": 4}
_SEASONS = re.compile(r"(?:primavera|estate|autunno|inverno|spring|summer|autumn|fall|winter|printemps|été|"
                      r"automne|hiver|verão|outono|verano|otoño|invierno|frühling|frühjahr|sommer|herbst)\b")
_MONTH_YEAR_NUMERIC = re.compile(r"([0-9]{1,2})/([0-9]{4})")
_YEAR = re.compile(r"[0-9]{4}")
_ORDINAL = re.compile(r"(?<=[0-9])(?:st|nd|rd|th|º|ª|°|er|ème|eme|e|o|a)\b\.?|(?<=[0-9])(?:º|ª|°)")
_DECADE = re.compile(
    r"(?:anni|years|années|annees|anos|años|jahre)?\s*['’]?(?P<y>(?:1[0-9]|20)?[0-9]0)\s*['’]?\s*(?:s|er|er-jahre|er\s+jahre|er-jahren|er\s+jahren)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?|[0-9]+")


def find_date(text: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """The date in a selection: the whole of it, else a date phrase at its end or its start when the
    rest holds no digits ("fondata nel 2016", "all'udienza di aprile", "giovedì, Meta ha annunciato").
    A selection whose other words carry a number ("14 miliardi di dollari nel 2024") is an amount."""
    whole = parse_date(text, lang, reference)
    if whole is not None:
        return whole
    words = text.split()
    if len(words) < 2:
        return None
    for size in range(min(len(words) - 1, 8), 0, -1):
        for part, rest in ((words[-size:], words[:-size]), (words[:size], words[size:])):
            if any(c.isdigit() for w in rest for c in w):
                continue
            found = parse_date(" ".join(part), lang, reference)
            if found is not None:
                return found
    return None


def parse_date(text: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """The date in an expression, or None when the expression is not a date.

    A date the parser recognises but cannot place (a relative date without reference, an ambiguous
    "03/04/2025" in English) is returned with no value and a ``reason``.
    """
    lang = lang if lang in _DATE_LANGUAGES else "en"
    s = _normalised(text)
    if not s or len(s) > 80:
        return None
    for reader in (_relative_day, _counted, _last_next_this, _weekday):
        found = reader(s, lang, reference)
        if found is not None:
            return found
    s, bound, stripped = _strip_bound(s)
    if bound is not None:
        for reader in (_relative_day, _last_next_this, _weekday):
            found = reader(s, lang, reference)
            if found is not None:
                return _with_bound(found, bound)
    found = _range(s, lang, reference)
    if found is None:
        core, more = _strip_fillers(s)
        if not core:
            return None
        found = _absolute(core, lang, reference, stripped or more)
    return _with_bound(found, bound) if found is not None else None


# --- text --------------------------------------------------------------------------------------

def _normalised(text: str) -> str:
    s = " ".join(text.lower().replace("’", "'").split())
    s = re.sub(r"\b(mid|mi|early|late)-(?=[0-9a-zà-ÿ])", r"\1 ", s)  # "mid-2024", "mi-juin"
    m = _ISO_DATETIME.fullmatch(s.strip())
    if m:
        s = m.group(1)  # "2025-07-15t10:00:00z": the day
    return s.strip(" ,;:()[]\"«»“”")


def _strip_bound(s: str) -> tuple[str, Bound | None, bool]:
    for phrase in sorted(DATE_BOUNDS, key=len, reverse=True):
        if s.startswith(phrase) and (len(s) == len(phrase) or not s[len(phrase)].isalnum()
                                     or phrase.endswith("'")):
            rest = s[len(phrase):].strip()
            if rest:  # "circa", "about" bound numbers too: "circa 2016" alone is not yet a date
                bound = DATE_BOUNDS[phrase]
                return rest, bound, bound is not Bound.ABOUT
    return s, None, False


def _strip_fillers(s: str) -> tuple[str, bool]:
    """Drop leading and trailing words that carry no value: "nel 2024" -> "2024", "a settembre"."""
    words = s.split(" ")
    stripped = False
    while words and _filler(words[0]):
        if "'" in words[0] and not words[0].endswith("'"):
            words[0] = words[0].split("'", 1)[1]  # "nell'aprile" -> "aprile"
        else:
            words.pop(0)
        stripped = True
    while words and words[-1] in FILLERS:
        words.pop()
    return " ".join(words).strip(" ,"), stripped


def _filler(word: str) -> bool:
    if word in FILLERS:
        return True
    return "'" in word and word.split("'", 1)[0] + "'" in FILLERS


def _with_bound(figure: ParsedFigure, bound: Bound | None) -> ParsedFigure:
    if bound is None or figure.bound is Bound.RANGE:
        return figure
    return ParsedFigure(figure.value, figure.value_max, figure.unit, bound, figure.granularity, figure.reason)


def _date(day: date, granularity: str, bound: Bound = Bound.EXACT) -> ParsedFigure:
    return ParsedFigure(iso(day, granularity), unit=DATE, bound=bound, granularity=granularity)


def _unresolved(granularity: str, reason: str = NO_REFERENCE) -> ParsedFigure:
    return ParsedFigure(None, unit=DATE, granularity=granularity, reason=reason)


# --- relative dates ----------------------------------------------------------------------------

def _relative_day(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    core = s.removeprefix("di ").removeprefix("de ").removesuffix(" stesso")
    days = RELATIVE_DAYS.get(core)
    if days is None or (core == "morgen" and lang != "de") or (core == "ha" and lang != "pt"):
        return None
    if reference is None:
        return _unresolved(DAY)
    return _date(add_days(reference, days), DAY)


def _counted(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """'tre mesi fa', 'meno di un anno fa', 'tre mesi dopo', 'tra tre mesi', 'il y a neuf ans'."""
    digits, found = read_quantity(s, lang)
    if len(found) != 1:
        return None
    q = found[0]
    before, after = digits[:q.start].strip(), digits[q.end:].strip()
    direction = 0
    if _ends_with_word(before, AGO_BEFORE) or _starts_with_word(after, AGO_AFTER):
        direction = -1
    elif _starts_with_word(after, LATER_AFTER) or _ends_with_word(before, LATER_BEFORE):
        direction = 1
    if direction == 0:
        return None
    leftover = _drop_words(before, AGO_BEFORE + LATER_BEFORE)
    bound = _quantity_bound(leftover, lang)
    if bound is None:
        return None  # words before the quantity that are not a bound: not a date expression
    granularity = {"years": YEAR, "months": MONTH, "days": DAY}[q.unit]
    if reference is None:
        return _unresolved(granularity)
    amount = int(q.value) if q.value == int(q.value) else None
    if amount is None:
        if q.unit != "years" or (q.value * 12) != int(q.value * 12):
            return _unresolved(granularity, "a fraction of a unit cannot be placed on the calendar")
        moved = add_months(reference, direction * int(q.value * 12))
        granularity = MONTH
    elif q.unit == "years":
        moved = add_months(reference, direction * 12 * amount)
    elif q.unit == "months":
        moved = add_months(reference, direction * amount)
    else:
        moved = add_days(reference, direction * amount)
    if bound is Bound.EXACT:
        return _date(moved, granularity)
    # "meno di un anno fa": after the day a year before; "più di tre mesi fa": before it
    if direction < 0:
        bound = {Bound.AT_MOST: Bound.AT_LEAST, Bound.AT_LEAST: Bound.AT_MOST}.get(bound, bound)
    return _date(moved, DAY if bound is not Bound.ABOUT else granularity, bound)


def _quantity_bound(words: str, lang: str) -> Bound | None:
    if not words:
        return Bound.EXACT
    from desktop.domain.figures.grammar import grammar_for, key

    g = grammar_for(lang)
    m = g.bound_before.match((words + " ")[::-1])
    if m is None or m.end() < len(words) + 1:
        return None
    return g.bounds.get(key(m.group("bound")[::-1]))


def _last_next_this(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """'l'anno scorso', 'last year', 'la semaine dernière', 'il mese prossimo', 'quest'anno', 'giovedì scorso'."""
    words = [w for w in re.split(r"[\s']+", s) if w and w not in ("l", "il", "la", "le", "the", "o", "a", "el",
                                                                  "lo", "im", "in", "am", "de", "do", "da",
                                                                  "du", "del", "della", "nel", "nella", "dello")]
    if len(words) != 2 and not (len(words) == 3 and " ".join(words[1:]) == "que vem"):
        return None
    if len(words) == 3:
        words = [words[0], "que vem"]
    which = None
    for i, w in enumerate(words):
        if w in LAST_WORDS or w in NEXT_WORDS or w in THIS_WORDS or (w == "quest" and i == 0):
            which = (-1 if w in LAST_WORDS else 1 if w in NEXT_WORDS else 0), words[1 - i]
            break
    if which is None:
        return None
    direction, noun = which
    weekday = WEEKDAYS[lang].get(noun)
    if noun in UNIT_YEAR:
        granularity = YEAR
    elif noun in UNIT_MONTH:
        granularity = MONTH
    elif noun in UNIT_WEEK:
        granularity = "week"
    elif weekday is not None:
        granularity = DAY
    else:
        return None
    if reference is None:
        return _unresolved(DAY if granularity == "week" else granularity)
    if weekday is not None:
        if direction < 0:  # the last one strictly before
            back = (reference.weekday() - weekday) % 7 or 7
            return _date(reference - timedelta(days=back), DAY)
        if direction > 0:
            ahead = (weekday - reference.weekday()) % 7 or 7
            return _date(reference + timedelta(days=ahead), DAY)
        return _date(reference + timedelta(days=weekday - reference.weekday()), DAY)
    if granularity == YEAR:
        return _date(date(reference.year + direction, 1, 1), YEAR)
    if granularity == MONTH:
        return _date(add_months(reference.replace(day=1), direction), MONTH)
    monday = reference - timedelta(days=reference.weekday()) + timedelta(days=7 * direction)
    return ParsedFigure(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), DATE, Bound.RANGE, DAY)


def _weekday(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """A weekday alone: the last one on or before the reference ("giovedì", "di venerdì", "on Thursday")."""
    core, _ = _strip_fillers(s)
    weekday = WEEKDAYS[lang].get(core)
    if weekday is None:
        return None
    if reference is None:
        return _unresolved(DAY)
    back = (reference.weekday() - weekday) % 7
    return _date(reference - timedelta(days=back), DAY)


# --- absolute dates ----------------------------------------------------------------------------

_JOINERS = [
    (("tra", "fra", "entre", "between", "zwischen"), (" e ", " ed ", " and ", " et ", " y ", " und ")),
    (("dal", "dalla", "da", "de", "from", "du", "von", "del", "desde"), (" al ", " alla ", " a ", " à ", " to ",
                                                                       " au ", " bis ", " ao ", " até ")),
]


def _range(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    """'tra giugno e luglio 2025', 'dal 10 al 15 giugno 2025', 'between 2015 and 2017', '10-15 giugno 2025'."""
    pair = None
    for openers, joiners in _JOINERS:
        for opener in openers:
            if s.startswith(opener + " "):
                rest = s[len(opener) + 1:]
                for joiner in joiners:
                    if joiner in rest:
                        pair = rest.split(joiner, 1)
                        break
            if pair:
                break
        if pair:
            break
    if pair is None:
        m = re.fullmatch(r"([0-9]{1,2})\s*[-–]\s*([0-9]{1,2})(\s+[^\W\d_].*)", s)
        if m is None:
            return None
        pair = [m.group(1), m.group(2) + m.group(3)]
    first_text, second_text = (_strip_fillers(p.strip())[0] for p in pair)
    second = _absolute(second_text, lang, reference, True)
    if second is None or second.value is None:
        return second
    first_text = _borrow(first_text, second_text)
    first = _absolute(first_text, lang, reference, True)
    if first is None or first.value is None:
        return first
    if str(first.value) >= str(second.value):
        return None
    granularity = first.granularity if first.granularity == second.granularity else DAY
    return ParsedFigure(first.value, second.value, DATE, Bound.RANGE, granularity)


def _borrow(first: str, second: str) -> str:
    """What the first end of a range leaves to the second: '10' of '10 al 15 giugno 2025' -> '10 giugno 2025'."""
    if re.fullmatch(r"[0-9]{1,2}", first):
        tail = re.sub(r"^[0-9]{1,2}\s*", "", second)
        return f"{first} {tail}"
    if not _YEAR.search(first):
        years = _YEAR.findall(second)
        if years:
            return f"{first} {years[-1]}"
    return first


def _absolute(s: str, lang: str, reference: date | None, stripped: bool) -> ParsedFigure | None:
    s = _drop_weekdays(s, lang)
    s = _ORDINAL.sub("", s).strip(" ,.")
    if not s:
        return None
    m = _ISO_DAY.fullmatch(s)
    if m:
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    m = _ISO_MONTH.fullmatch(s)
    if m and 1 <= int(m[2]) <= 12:
        return _date(date(int(m[1]), int(m[2]), 1), MONTH)
    m = _ISO_SLASHED.fullmatch(s)
    if m:
        return _checked(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.fullmatch(s)
    if m:
        return _numeric(int(m[1]), m[2], int(m[3]), m[4], lang)
    m = _MONTH_YEAR_NUMERIC.fullmatch(s)
    if m and 1 <= int(m[1]) <= 12 and stripped:
        return _date(date(int(m[2]), int(m[1]), 1), MONTH)
    if re.fullmatch(r"[0-9]{4}", s):
        year = int(s)
        if stripped and _YEARS[0] <= year <= _YEARS[1]:
            return _date(date(year, 1, 1), YEAR)
        return None  # a bare year is a number unless a word says it is a date
    m = _QUARTER.fullmatch(s)
    if m:
        n = int(m["q1"] or m["q2"] or _ORDINAL_WORDS[m["w"]])
        year = int(m["y"])
        return ParsedFigure(f"{year}-{3 * n - 2:02d}", f"{year}-{3 * n:02d}", DATE, Bound.RANGE, MONTH)
    m = _HALF.fullmatch(s)
    if m:
        n, year = _ORDINAL_WORDS[m["w"]], int(m["y"])
        return ParsedFigure(f"{year}-{6 * n - 5:02d}", f"{year}-{6 * n:02d}", DATE, Bound.RANGE, MONTH)
    if _SEASONS.match(s) and _YEAR.search(s):
        return _unresolved(MONTH, "a season has no agreed first and last day")
    decade = _decade(s, stripped)
    if decade is not None:
        return decade
    return _with_month_name(s, lang, reference)


def _drop_weekdays(s: str, lang: str) -> str:
    words = s.split(" ")
    kept = []
    for i, w in enumerate(words):
        bare = w.rstrip(".,")
        is_full = bare in WEEKDAYS[lang]
        is_abbreviation = bare in WEEKDAY_ABBREVIATIONS[lang] and (w.endswith((".", ",")) or i == 0)
        if (is_full or is_abbreviation) and len(words) > 1 and i < len(words) - 1:
            continue
        kept.append(w)
    return " ".join(kept)


def _checked(year: int, month: int, day: int) -> ParsedFigure | None:
    try:
        return _date(date(year, month, day), DAY)
    except ValueError:
        return None


def _numeric(a: int, sep: str, b: int, year_text: str, lang: str) -> ParsedFigure | None:
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 50 else 1900
    day_first = _checked(year, b, a) if 1 <= b <= 12 else None
    month_first = _checked(year, a, b) if 1 <= a <= 12 else None
    if day_first and month_first and a != b:
        if sep == "." or lang != "en":
            return day_first  # "03.04.2025", and day first outside English
        return _unresolved(DAY, "day and month order is ambiguous (03/04: 3 April or March 4)")
    return day_first or month_first


def _decade(s: str, stripped: bool) -> ParsedFigure | None:
    """'anni '90', 'the 1990s', 'années 90', 'anos 90', '90er Jahre' -> a range of ten years."""
    words = s.split(" ")
    has_word = any(w in DECADE_WORDS for w in words) or re.search(r"[0-9]0\s*['’]?s\b|[0-9]0er", s)
    if not has_word:
        return None
    m = _DECADE.fullmatch(s)
    if m is None:
        return None
    y = m.group("y")
    if len(y) == 2:
        year = 1900 + int(y) if int(y) >= 30 else 2000 + int(y)
    elif len(y) == 4:
        year = int(y)
    else:
        return None
    if year % 10:
        return None
    return ParsedFigure(str(year), str(year + 9), DATE, Bound.RANGE, YEAR)


def _with_month_name(s: str, lang: str, reference: date | None) -> ParsedFigure | None:
    months = MONTHS[lang]
    words = [w.rstrip(".,") for w in _WORD.findall(s)]
    month_words = [w for w in words if w in months]
    if len(month_words) != 1:
        return None
    other = [w for w in words if w not in months and not w.isdigit() and w not in FILLERS
             and w not in ("of", "de", "del", "di", "do", "da", "du", "der")]
    if other:
        return None
    numbers = [w for w in words if w.isdigit()]
    years = [int(n) for n in numbers if len(n) == 4]
    days = [int(n) for n in numbers if len(n) <= 2]
    if len(years) > 1 or len(days) > 1 or len(numbers) != len(years) + len(days):
        return None
    month = months[month_words[0]]
    if not days:
        if years:
            return _date(date(years[0], month, 1), MONTH)
        if reference is None:
            return _unresolved(MONTH, "a month without a year needs the publication date of the document")
        year = reference.year if month <= reference.month else reference.year - 1
        return _date(date(year, month, 1), MONTH)
    day = days[0]
    if years:
        parsed = _dateparser(s, lang)
        expected = _checked(years[0], month, day)
        if expected is None:
            return _unresolved(DAY, f"there is no day {day} in that month")
        # dateparser reads the order of day, month and year; the parts must be the ones written
        if parsed is not None and parsed != date(years[0], month, day):
            return None
        return expected
    if reference is None:
        return _unresolved(DAY, "a day without a year needs the publication date of the document")
    candidates = [c for c in (_checked(reference.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((date.fromisoformat(str(c.value)) - reference).days))


def _dateparser(s: str, lang: str) -> date | None:
    from dateparser.date import DateDataParser

    parser = _PARSERS.get(lang)
    if parser is None:
        parser = _PARSERS[lang] = DateDataParser(
            languages=[lang], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
    try:
        data = parser.get_date_data(s)
    except (ValueError, OverflowError, TypeError):
        return None
    return data.date_obj.date() if data and data.date_obj else None


_PARSERS: dict[str, DateDataParser] = {}


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    return any(text == w or text.endswith(" " + w) for w in words)


def _starts_with_word(text: str, words: tuple[str, ...]) -> bool:
    return any(text == w or text.startswith(w + " ") for w in words)


def _drop_words(text: str, words: tuple[str, ...]) -> str:
    for w in sorted(words, key=len, reverse=True):
        if text == w:
            return ""
        if text.endswith(" " + w):
            return text[: -len(w) - 1].strip()
    return text
