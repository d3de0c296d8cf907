"""The desk search's query language, parsed once and answered by every backend the same way.

    Scale AI             both words, anywhere in the document (AND is implied)
    "Scale AI"           the phrase: the words next to each other (punctuation between is fine)
    scal*                a word beginning with "scal"; "Alexandr W"* a phrase whose last word begins so
    Meta OR Google       either
    Meta NOT Google      Meta, in documents without Google
    (Meta OR Google) AND "Scale AI"

Operators are written in capitals (a lowercase "or" is a word). NOT binds tighter than AND, AND
tighter than OR, as in SQLite FTS5. Case and accents never matter: "societa" finds "Società".

``parse`` turns text into a tree of ``Term``, ``AllOf``, ``AnyOf`` and ``Without`` nodes (or raises
``QueryError`` with a message for the user); ``to_fts5`` writes a tree as an FTS5 MATCH expression;
``evaluate`` decides a tree against one text, given a function that finds a term's occurrences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.domain.text_find import no_space_script
from desktop.i18n import Context

OPERATORS = ("AND", "OR", "NOT")
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'\s*(?:(?P<quote>"(?P<phrase>[^"]*)("|$)(?P<pstar>\*)?)|(?P<open>\()|(?P<close>\))'
                    r'|(?P<bare>[^\s()"]+))')

Search = Context("Search")


class QueryError(ValueError):
    """A query that cannot be searched for; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Term:
    """Words to find next to each other (one word is a phrase of one); ``prefix``: the last may go on."""

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words) + ("*" if self.prefix else "")

    @property
    def no_space_script(self) -> bool:
        """Chinese, Japanese, Thai...: found as a substring, not as whole words."""
        return any(no_space_script(w) for w in self.words)


@dataclass(frozen=True, slots=True)
class AllOf:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Without:
    keep: Node
    drop: Node


Node = Term | AllOf | AnyOf | Without


def words_of(text: str) -> tuple[str, ...]:
    """The words of a piece of text: runs of letters and digits ("Meta's" -> "Meta", "s")."""
    return tuple(_WORD.findall(text))


def phrase(text: str) -> Term | None:
    """A line of a batch list taken literally as one phrase (None if it has no word)."""
    words = words_of(text)
    return Term(words) if words else None


def batch_term(line: str) -> Node | None:
    """A line of a batch list: a name ("Alexandr Wang") is a phrase; a line written in the query
    language (quotes, a trailing *, AND / OR / NOT, parentheses) is a query. None for an empty line."""
    stripped = line.strip()
    if not stripped:
        return None
    tokens = stripped.split()
    if '"' in stripped or "(" in stripped or stripped.endswith("*") or any(t in OPERATORS for t in tokens):
        return parse(stripped)
    return phrase(stripped)


# --- parsing ----------------------------------------------------------------------------------------
def _tokens(query: str) -> Iterator[tuple[str, object]]:
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if match is None or match.end() == pos:
            break
        pos = match.end()
        if match.group("quote") is not None:
            words = words_of(match.group("phrase"))
            if words:
                yield ("term", Term(words, prefix=bool(match.group("pstar"))))
        elif match.group("open"):
            yield ("open", None)
        elif match.group("close"):
            yield ("close", None)
        else:
            bare = match.group("bare")
            if bare in OPERATORS:
                yield ("op", bare)
                continue
            prefix = bare.endswith("*")
            words = words_of(bare)
            if words:
                yield ("term", Term(words, prefix=prefix))


MAX_NESTING = 16  # brackets deeper than this group nothing more: read as if they were not there


class _Parser:
    """Recursive descent, with bounded depth: brackets nest at most MAX_NESTING deep, stray ")" and operators are
    skipped in a loop, and "a NOT b NOT c" is one Without (a, without any of b, c), so no query of any length
    runs the parser, the tree walks or FTS5's own parser out of stack."""

    def __init__(self, query: str) -> None:
        self.tokens = list(_tokens(query))
        self.pos = 0
        self.depth = 0
        self.flattened = 0  # "(" read past (nested too deep): their ")" are read past too

    def _past_flattened_closes(self) -> None:
        while self.flattened and self.peek() == ("close", None):
            self.take()
            self.flattened -= 1

    def peek(self) -> tuple[str, object] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, object]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def any_(self) -> Node | None:
        items = [self.all_()]
        while self.peek() == ("op", "OR"):
            self.take()
            items.append(self.all_())
        present = [i for i in items if i is not None]
        if not present:
            return None
        return present[0] if len(present) == 1 else AnyOf(tuple(present))

    def all_(self) -> Node | None:
        items = [self.without()]
        while True:
            self._past_flattened_closes()
            token = self.peek()
            if token is None or token[0] == "close" or token == ("op", "OR"):
                break
            if token == ("op", "AND"):
                self.take()
            items.append(self.without())
        present = [i for i in items if i is not None]
        if not present:
            return None
        return present[0] if len(present) == 1 else AllOf(tuple(present))

    def without(self) -> Node | None:
        token = self.peek()
        if token == ("op", "NOT"):
            raise QueryError(Search.tr("NOT needs something before it: “Meta NOT Google” finds Meta, without Google."))
        node = self.primary()
        drops: list[Node] = []
        while True:
            self._past_flattened_closes()
            if self.peek() != ("op", "NOT"):
                break
            self.take()
            drop = self.primary()
            if drop is not None:
                drops.append(drop)
        if node is not None and drops:
            node = Without(node, drops[0] if len(drops) == 1 else AnyOf(tuple(drops)))
        return node

    def primary(self) -> Node | None:
        while (token := self.peek()) is not None:
            kind, value = token
            self.take()
            if kind == "term":
                assert isinstance(value, Term)
                return value
            if kind == "open" and self.depth >= MAX_NESTING:
                self.flattened += 1
                continue
            if kind == "open":
                self.depth += 1
                node = self.any_()
                self.depth -= 1
                closing = self.peek()
                if closing is not None and closing[0] == "close":
                    self.take()
                return node
            if value == "NOT":  # an operator where a word belongs ("a AND NOT b")
                raise QueryError(Search.tr("NOT needs something before it: “Meta NOT Google” finds Meta, without Google."))
            # a stray ")", a "(" nested too deep, "AND" / "OR" where a word belongs ("a AND OR b"): skipped
        return None


def parse(query: str) -> Node:
    """The tree of ``query``; QueryError if there is nothing to search for in it."""
    parser = _Parser(query)
    node = parser.any_()
    while (token := parser.peek()) is not None:  # what a stray ")" left: read on, implicitly AND-ed
        if token[0] in ("close", "op"):
            parser.take()
        more = parser.any_()
        if more is not None:
            node = more if node is None else AllOf((node, more))
    if node is None:
        raise QueryError(Search.tr("Type a word to search for (letters or digits)."))
    if not any(True for _ in positive_terms(node)):
        raise QueryError(Search.tr("Nothing left to find: every word is excluded with NOT."))
    return node


# --- reading a tree ---------------------------------------------------------------------------------
def terms(node: Node) -> Iterator[Term]:
    """Every term of the tree, excluded ones too."""
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Without):
        yield from terms(node.keep)
        yield from terms(node.drop)
    else:
        for item in node.items:
            yield from terms(item)


def positive_terms(node: Node) -> Iterator[Term]:
    """The terms whose occurrences are hits (not those after NOT)."""
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Without):
        yield from positive_terms(node.keep)
    else:
        for item in node.items:
            yield from positive_terms(item)


def _fts5_string(term: Term) -> str:
    body = " ".join(term.words).replace('"', '""')
    return f'"{body}"' + ("*" if term.prefix else "")


def to_fts5(node: Node) -> str:
    """The tree as an SQLite FTS5 MATCH expression (every term quoted, so no word is read as syntax)."""
    if isinstance(node, Term):
        return _fts5_string(node)
    if isinstance(node, Without):
        return f"({to_fts5(node.keep)} NOT {to_fts5(node.drop)})"
    joiner = " AND " if isinstance(node, AllOf) else " OR "
    return "(" + joiner.join(to_fts5(item) for item in node.items) + ")"


def to_text(node: Node) -> str:
    """The tree written back in the query language (for titles and the CSV export)."""
    if isinstance(node, Term):
        words = " ".join(node.words)
        quoted = f'"{words}"' if len(node.words) > 1 else words
        return quoted + ("*" if node.prefix else "")
    if isinstance(node, Without):
        return f"{to_text(node.keep)} NOT {to_text(node.drop)}"
    joiner = " " if isinstance(node, AllOf) else " OR "
    return "(" + joiner.join(to_text(item) for item in node.items) + ")" if isinstance(node, AnyOf) \
        else joiner.join(to_text(item) for item in node.items)


Spans = list[tuple[int, int]]


def evaluate(node: Node, find: Callable[[Term], Spans]) -> Spans | None:
    """Does one text match the tree? None if not, else the hits: every occurrence of its positive
    terms, sorted, overlaps merged. ``find(term)`` gives a term's occurrences in that text."""
    cache: dict[Term, Spans] = {}

    def occurrences(term: Term) -> Spans:
        if term not in cache:
            cache[term] = find(term)
        return cache[term]

    def matches(n: Node) -> bool:
        if isinstance(n, Term):
            return bool(occurrences(n))
        if isinstance(n, AllOf):
            return all(matches(i) for i in n.items)
        if isinstance(n, AnyOf):
            return any(matches(i) for i in n.items)
        return matches(n.keep) and not matches(n.drop)

    if not matches(node):
        return None
    spans = sorted({span for term in positive_terms(node) for span in occurrences(term)})
    merged: Spans = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
