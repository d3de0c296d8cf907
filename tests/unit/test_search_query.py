"""The desk search's query language: phrases, prefix*, AND / OR / NOT, and what it sends to FTS5."""

import pytest

from desktop.domain.search_query import (
    AllOf,
    AnyOf,
    QueryError,
    Term,
    Without,
    batch_term,
    evaluate,
    parse,
    positive_terms,
    to_fts5,
)
from desktop.domain.text_find import TextFinder


def test_words_are_and_ed_and_quotes_make_a_phrase():
    assert parse("Scale AI") == AllOf((Term(("Scale",)), Term(("AI",))))
    assert parse('"Scale AI"') == Term(("Scale", "AI"))


def test_operators_and_their_precedence():
    assert parse("Meta OR Google NOT Amazon") == AnyOf((Term(("Meta",)), Without(Term(("Google",)), Term(("Amazon",)))))
    assert parse("(Meta OR Google) AND Wang") == AllOf((AnyOf((Term(("Meta",)), Term(("Google",)))), Term(("Wang",))))
    assert parse("meta or google") == AllOf((Term(("meta",)), Term(("or",)), Term(("google",))))  # lowercase: words


def test_prefix_on_a_word_and_on_a_phrase():
    assert parse("scal*") == Term(("scal",), prefix=True)
    assert parse('"Alexandr W"*') == Term(("Alexandr", "W"), prefix=True)


def test_punctuation_cannot_break_the_fts5_expression():
    for query in ['Meta\'s "deal', "AT&T:col", "NEAR(a b)", "a)) OR ((b", "^x -y"]:
        expression = to_fts5(parse(query))
        assert expression.count('"') % 2 == 0


def test_a_query_with_nothing_to_find_is_refused_with_a_message():
    for query in ["", "   ", "&&", "AND OR"]:
        with pytest.raises(QueryError, match="Type a word"):
            parse(query)
    with pytest.raises(QueryError, match="NOT needs something before it"):
        parse("NOT Google")


def test_evaluate_follows_the_booleans_and_reports_only_wanted_hits():
    finder = TextFinder("Meta and Google. Scale AI.")

    def find(term):
        return finder.find_words(list(term.words), term.prefix)

    assert evaluate(parse("Meta NOT Amazon"), find) == [(0, 4)]
    assert evaluate(parse("Meta NOT Google"), find) is None
    assert evaluate(parse("Amazon OR Scale"), find) == [(17, 22)]
    node = parse('"scale ai" Meta')
    assert [t.words for t in positive_terms(node)] == [("scale", "ai"), ("Meta",)]
    assert evaluate(node, find) == [(0, 4), (17, 25)]


def test_a_batch_line_is_a_phrase_unless_it_is_written_as_a_query():
    assert batch_term("Alexandr Wang") == Term(("Alexandr", "Wang"))
    assert batch_term("Wang OR Droege") == AnyOf((Term(("Wang",)), Term(("Droege",))))
    assert batch_term("Wang*") == Term(("Wang",), prefix=True)
    assert batch_term("   ") is None


@pytest.mark.parametrize("query", [
    "AND " * 2000 + "Meta",
    "Meta " + ") " * 2000,
    "Meta " + " ".join(f"NOT w{i}" for i in range(2000)),
    "(" * 2000 + "Meta" + ")" * 2000 + " NOT Google",
    "".join(f"(w{i} OR " for i in range(300)) + "Meta" + ")" * 300 + " NOT x NOT y",
    "".join(f"(w{i} NOT z{i} " for i in range(300)) + "Meta" + ")" * 300,
], ids=["operators", "closing", "nots", "opening", "nested-or", "nested-not"])
def test_a_query_of_any_length_is_read_and_searched_without_running_out_of_stack(query):
    """Before: RecursionError ('unexpected error'), or FTS5's 'parser stack overflow' on 300 NOTs."""
    import sqlite3

    node = parse(query)
    assert any(t.words == ("Meta",) for t in positive_terms(node))
    finder = TextFinder("Meta and Google. Scale AI.")
    evaluate(node, lambda term: finder.find_words(list(term.words), term.prefix))  # the tree walks, too
    with sqlite3.connect(":memory:") as con:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        con.execute("INSERT INTO t VALUES ('Meta and Scale AI')")
        con.execute("SELECT count(*) FROM t WHERE t MATCH ?", (to_fts5(node),)).fetchone()


def test_several_nots_exclude_each_of_them():
    assert parse("Meta NOT Google NOT Amazon") == Without(Term(("Meta",)), AnyOf((Term(("Google",)),
                                                                                  Term(("Amazon",)))))
    finder = TextFinder("Meta and Google. Scale AI.")

    def find(term):
        return finder.find_words(list(term.words), term.prefix)

    assert evaluate(parse("Meta NOT Amazon NOT Google"), find) is None
    assert evaluate(parse("Meta NOT Amazon NOT Apple"), find) == [(0, 4)]
