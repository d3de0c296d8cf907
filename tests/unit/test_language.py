"""Language detection: the five seed articles, short sentences in six languages, and honest doubt."""

import json

import pytest

from desktop.domain.language import detect_language
from desktop.resources import seeds_dir


def seed_documents():
    manifest = json.loads((seeds_dir() / "manifest.json").read_text(encoding="utf-8"))
    return [(entry["file"], entry["language"]) for entry in manifest["documents"]]


@pytest.mark.parametrize(("name", "language"), seed_documents())
def test_every_seed_article_is_recognised(name, language):
    assert detect_language((seeds_dir() / name).read_text(encoding="utf-8")) == language


SENTENCES = [
    ("it", "Gli investitori temono che l'operazione possa attirare l'attenzione delle autorità antitrust."),
    ("it", "Nel frattempo, Google ha deciso di sospendere i suoi progetti con la startup."),
    ("it", "Il fondatore lascerà la società per guidare il nuovo laboratorio."),
    ("pt", "Os investidores temem que a operação possa atrair a atenção das autoridades antitruste."),
    ("pt", "Enquanto isso, o Google decidiu suspender seus projetos com a startup."),
    ("pt", "A OpenAI encerrou a parceria com a Scale AI."),
    ("fr", "Les investisseurs craignent que l'opération attire l'attention des autorités de la concurrence."),
    ("fr", "Pendant ce temps, Google a décidé de suspendre ses projets avec la start-up."),
    ("fr", "Le fondateur va quitter l'entreprise pour diriger le nouveau laboratoire."),
    ("en", "Investors fear that the deal could draw the attention of antitrust authorities."),
    ("en", "Meanwhile, Google has decided to pause its projects with the startup."),
    ("en", "Meta invested in Scale AI to strengthen its models."),
    ("de", "Investoren befürchten, dass der Deal die Aufmerksamkeit der Kartellbehörden auf sich zieht."),
    ("de", "In der Zwischenzeit hat Google beschlossen, seine Projekte mit dem Startup auszusetzen."),
    ("de", "Meta hat in Scale AI investiert, um seine Modelle zu stärken."),
    ("es", "Los inversores temen que la operación atraiga la atención de las autoridades antimonopolio."),
    ("es", "Mientras tanto, Google ha decidido suspender sus proyectos con la startup."),
    ("es", "El fundador dejará la empresa para dirigir el nuevo laboratorio."),
]


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_short_sentences(language, sentence):
    assert detect_language(sentence) == language


@pytest.mark.parametrize("text", ["", "   ", "Scale AI", "Meta 49% OpenAI 2025", "10 miliardi $", "Hello",
                                  "OpenAI and Meta", "Meta und Scale", "Wang della Scale"])
def test_unsure_when_there_are_too_few_function_words(text):
    assert detect_language(text) == ""


def test_acronyms_do_not_vote():
    # "AI" would otherwise count as the Italian "ai"; this English headline is full of it.
    assert detect_language("Meta AI and Scale AI: the AI deal that is reshaping AI") == "en"


def test_a_long_text_is_still_recognised():
    # how fast it is belongs to `make bench`, not to a unit test
    italian = (seeds_dir() / "002_e96dbdf1825bca02.txt").read_text(encoding="utf-8")
    big = italian * (3_000_000 // len(italian) + 1)
    assert len(big) >= 3_000_000
    assert detect_language(big) == "it"


def test_mostly_one_language_with_a_quote_from_another():
    text = ("La società ha confermato l'accordo con Meta. Il direttore ha detto: \"we are excited\". "
            "Secondo fonti vicine alla trattativa, l'investimento sarà completato entro l'estate.")
    assert detect_language(text) == "it"
