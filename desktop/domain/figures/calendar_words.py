"""The calendar words of it, pt, fr, en, de and es: months, weekdays, relative days, bounds on a date.

Tables per language, because the same letters mean different things: "mar" is Tuesday in Italian
and March in English, "mai" is May in French and "never" in Italian.
"""

from __future__ import annotations

from desktop.domain.kinds import Bound


def _table(rows: list[str]) -> dict[str, int]:
    """'gennaio gen' (the 1st row) -> {'gennaio': 1, 'gen': 1}."""
    return {word: n for n, row in enumerate(rows, 1) for word in row.split()}


MONTHS: dict[str, dict[str, int]] = {
    "it": _table(["gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
                  "luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov",
                  "dicembre dic"]),
    "pt": _table(["janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun",
                  "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"]),
    "fr": _table(["janvier janv", "février fevrier févr fevr fév", "mars", "avril avr", "mai", "juin",
                  "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov",
                  "décembre decembre déc"]),
    "en": _table(["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                  "august aug", "september sep sept", "october oct", "november nov", "december dec"]),
    "de": _table(["januar jänner jan", "februar feb", "märz maerz mär", "april apr", "mai", "juni jun",
                  "juli jul", "august aug", "september sep sept", "oktober okt", "november nov",
                  "dezember dez"]),
    "es": _table(["enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
                  "agosto ago", "septiembre setiembre sep sept set", "octubre oct", "noviembre nov",
                  "diciembre dic"]),
}

# Monday is 0, as in ``date.weekday()``. Full names only here: abbreviations are in WEEKDAY_ABBREVIATIONS.
WEEKDAYS: dict[str, dict[str, int]] = {
    "it": {w: n - 1 for w, n in _table(["lunedì lunedi", "martedì martedi", "mercoledì mercoledi",
                                        "giovedì giovedi", "venerdì venerdi", "sabato", "domenica"]).items()},
    "pt": {w: n - 1 for w, n in _table(["segunda-feira segunda", "terça-feira terça terca-feira terca",
                                        "quarta-feira quarta", "quinta-feira quinta", "sexta-feira sexta",
                                        "sábado sabado", "domingo"]).items()},
    "fr": {w: n - 1 for w, n in _table(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                        "dimanche"]).items()},
    "en": {w: n - 1 for w, n in _table(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"]).items()},
    "de": {w: n - 1 for w, n in _table(["montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                        "samstag sonnabend", "sonntag"]).items()},
    "es": {w: n - 1 for w, n in _table(["lunes", "martes", "miércoles miercoles", "jueves", "viernes",
                                        "sábado sabado", "domingo"]).items()},
}
# Written before a date ("Mar. Lug 15th, 2025", "Thu, 12 June 2025"): dropped, never read alone.
WEEKDAY_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "it": frozenset("lun mar mer gio ven sab dom".split()),
    "pt": frozenset("seg ter qua qui sex sáb sab dom".split()),
    "fr": frozenset("lun mar mer jeu ven sam dim".split()),
    "en": frozenset("mon tue tues wed thu thur thurs fri sat sun".split()),
    "de": frozenset("mo di mi do fr sa so".split()),
    "es": frozenset("lun mar mié mie jue vie sáb sab dom".split()),
}

# Days counted from the reference: "ieri" -1.
RELATIVE_DAYS: dict[str, int] = {
    "oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "altroieri": -2, "avantieri": -2, "dopodomani": 2,
    "hoje": 0, "ontem": -1, "amanhã": 1, "amanha": 1, "anteontem": -2, "depois de amanhã": 2,
    "aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2,
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    "heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
    "hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2,
}

# "last" / "next" / "this" with a unit or a weekday: "l'anno scorso", "last year", "la semaine dernière".
LAST_WORDS = frozenset("scorso scorsa passato passata last past dernier dernière derniere passé passée passado "
                       "passada pasado pasada letzten letztes letzte vergangenen vergangenes vergangene vorigen "
                       "voriges vorige anterior".split())
NEXT_WORDS = frozenset("prossimo prossima venturo ventura next prochain prochaine próximo próxima proximo proxima "
                       "nächsten nächstes nächste kommenden kommendes kommende que vem".split())
THIS_WORDS = frozenset("questo questa quest' this cette ce cet este esta dieses diesen diese dieser".split())
UNIT_YEAR = frozenset("anno year année an ano año jahr".split())
UNIT_MONTH = frozenset("mese month mois mês mes monat".split())
UNIT_WEEK = frozenset("settimana week semaine semana woche".split())

# "tre mesi fa", "three months ago", "il y a trois mois", "há três meses", "hace tres meses", "vor drei Monaten"
AGO_AFTER = ("fa", "ago", "atrás", "atras", "antes", "earlier", "before", "prima", "plus tôt")
AGO_BEFORE = ("il y a", "há", "ha", "hace", "vor")
# "tre mesi dopo", "three months later", "trois mois plus tard", "três meses depois", "drei Monate später"
LATER_AFTER = ("dopo", "più tardi", "piu tardi", "later", "after", "plus tard", "après", "depois", "mais tarde",
               "después", "despues", "más tarde", "später", "danach")
# "tra tre mesi", "in three months", "dans trois mois", "em três meses", "dentro de tres meses", "in drei Monaten"
LATER_BEFORE = ("tra", "fra", "entro", "in", "dans", "em", "dentro de", "en")

# Bounds written before a date.
DATE_BOUNDS: dict[str, Bound] = {
    **dict.fromkeys([
        "prima di", "prima del", "prima della", "prima dello", "prima dell'", "prima dei", "prima delle", "prima",
        "entro", "entro il", "entro la", "entro lo", "entro l'", "non oltre", "non oltre il",
        "before", "by", "no later than", "not later than", "avant", "avant le", "avant la", "avant l'", "d'ici",
        "d'ici à", "au plus tard", "antes de", "antes do", "antes da", "antes del", "antes", "vor", "bis",
        "bis zum", "bis spätestens", "spätestens"], Bound.AT_MOST),
    **dict.fromkeys([
        "dopo", "dopo il", "dopo la", "dopo lo", "dopo l'", "non prima di", "non prima del", "non prima della",
        "non appena", "già", "a partire da", "a partire dal", "a partire dalla", "after", "not before",
        "as soon as", "as early as", "no earlier than", "après", "après le", "après la", "pas avant", "dès",
        "dès le", "depois de", "depois do", "depois da", "não antes de", "já", "a partir de", "a partir do",
        "a partir da", "después de", "después del", "no antes de", "ya", "nach", "nicht vor", "frühestens",
        "schon", "ab"], Bound.AT_LEAST),
    **dict.fromkeys([
        "circa", "intorno a", "intorno al", "intorno alla", "attorno al", "verso", "verso il", "verso la",
        "around", "about", "approximately", "roughly", "circa", "vers", "vers le", "vers la", "environ",
        "aux alentours de", "aux alentours du", "por volta de", "por volta do", "cerca de", "hacia", "hacia el",
        "alrededor de", "alrededor del", "gegen", "um", "etwa", "ca.", "ca"], Bound.ABOUT),
}

# Words with no meaning for the date's value: prepositions, articles, "since", "early", "mid", "late".
FILLERS = frozenset("""
nel nell' nella nelle negli nei il lo la l' le i gli a ad al all' alla in di del della dello dell' da dal dalla
dall' dallo dai dagli su sul nello durante corso giorno data fin dall' inizio metà meta fine primi ultimi
on at the of in since during early mid late beginning end start middle from day
en le la l' au aux du de des dès depuis début debut fin mi- mi courant pendant jour
em no na nos nas do da dos das desde durante início inicio meados final fim dia
el los las del en desde durante principios mediados finales comienzos fin día dia
im am an den dem der die das vom zum seit ab anfang mitte ende während tag jahr jahre jahres
""".split())

DECADE_WORDS = frozenset("anni years années annees anos años anios jahre er".split())
