"""A synthetic long article and many annotations, reproducible from a seed (no Qt here)."""

from __future__ import annotations

import random

from desktop.domain.spans import Span

SENTENCES = (
    "Meta investe circa 14 miliardi di dollari in Scale AI, una società fondata nel 2016.",
    "Secondo Bloomberg, l'accordo darà a Meta il 49% della startup e Alexandr Wang si unirà al gruppo.",
    "OpenAI però ha già avviato la chiusura della collaborazione, perché teme per la riservatezza dei dati.",
    "A empresa foi avaliada em mais de 29 bilhões de dólares após o acordo bilionário da Meta.",
    "A OpenAI encerrou a parceria com a Scale AI, segundo fontes próximas às negociações.",
    "L'investissement stratégique de Meta dans Scale AI s'élève à environ 14,3 milliards de dollars.",
    "Le rapport cite des sources anonymes; Google envisage lui aussi de réduire ses commandes.",
    "Les données annotées restent au cœur de la course à l'intelligence artificielle générale.",
    "The deal values Scale at about $29 billion, roughly double its valuation a year ago.",
    "Analysts expect regulators in Brussels and Washington to review the transaction closely.",
    "Über 1.200 Mitarbeiter arbeiten weltweit für das Unternehmen, heißt es in der Mitteilung.",
    "La operación, anunciada el jueves, no otorga a Meta derechos de voto adicionales.",
)
ASTRAL = ("📈", "🚀", "😀", "𝔼")
KINDS = ("entity", "figure", "claim")
LENGTHS = {"entity": (3, 30), "figure": (5, 28), "claim": (40, 420)}


def make_document(target_bytes: int, seed: int = 1) -> str:
    """Paragraphs of mixed-language sentences until the UTF-8 size reaches ``target_bytes``.

    One paragraph in fifty carries a character outside the BMP, so Qt positions (UTF-16) and
    model offsets (code points) really differ, as they do in real articles with emoji.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    n = 0
    while size < target_bytes:
        sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(3, 9))]
        if n % 50 == 7:
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(ASTRAL))
        paragraph = f"§{n} " + " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
        n += 1
    return "\n\n".join(paragraphs)


def make_spans(text: str, count: int, seed: int = 2, authors: tuple[int, ...] = (1,)) -> list[Span]:
    """``count`` spans of random kinds over ``text``; about one in six is nested inside another."""
    rng = random.Random(seed)
    spans: list[Span] = []
    limit = len(text)
    for i in range(count):
        kind = rng.choice(KINDS)
        low, high = LENGTHS[kind]
        length = rng.randint(low, high)
        if spans and rng.random() < 0.17:
            outer = rng.choice(spans)  # nest or overlap an existing span
            start = rng.randint(outer.start, max(outer.start, outer.end - 1))
        else:
            start = rng.randrange(0, limit - length)
        start, end = _trimmed(text, start, min(start + length, limit))
        spans.append(Span(f"bench-{i:05d}", start, end, kind, rng.choice(authors)))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends off white space, as the pane does before it asks for a tag."""
    while start < end - 1 and text[start].isspace():
        start += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return start, end
