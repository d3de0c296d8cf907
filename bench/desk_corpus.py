"""The desk corpus of issue 16 ("A whole desk"), generated deterministically from a seed (no Qt here).

    from desk_corpus import DeskSpec, build_desk
    desk = build_desk(Path("desk.evidence"))           # 500 articles, 50,000 annotations
    desk = build_desk(path, DeskSpec(articles=100))     # smaller, same shape

A desk: ``articles`` articles of about ``article_chars`` characters each (about 5 MB in all) in
Italian, Portuguese, French, English, German and Spanish, with a few in Chinese and Japanese;
``authors`` analysts; ``entities`` canonical entities (some with aliases) mentioned through the
texts; ``measures`` measures and ``propositions`` propositions; ``annotations_per_article``
accepted annotations per article (about half entities on their mentions, a quarter figures on the
amounts, a quarter claims on sentences), one in ten with a note. The words come from small real
vocabularies mixed with made-up words, so the search index sees a realistic number of distinct terms.

``generate(spec)`` makes the content as plain data; ``build_desk(path, spec)`` writes it into a new
project through ``open_project`` and then inserts every row directly, in ONE transaction (SQLAlchemy
Core ``executemany``), which is what other benchmarks (bench/desk.py) reuse. The database's own
triggers keep the search index current during the insert, as they do for any write.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert

from desktop.domain.anchoring import anchor_for
from desktop.domain.slugs import slugify
from desktop.storage.models import Annotation, Author, Document, Entity, EntityAlias, Measure, Proposition
from desktop.storage.project import Project, open_project

CREATED = "2026-03-02T09:00:00.000000Z"
LANGUAGES = ("it", "pt", "fr", "en", "de", "es")
CJK_SHARE = 0.03  # of the articles, written in Chinese or Japanese
OUTLETS = ("Il Sole 24 Ore", "Corriere della Sera", "Público", "Folha de S.Paulo", "Le Monde", "Les Échos",
           "Financial Times", "Reuters", "Bloomberg", "Handelsblatt", "El País", "Expansión", "Caixin", "Nikkei")

WORDS = {
    "it": "il la di che e è un una per con non sono della nel società accordo investimento miliardi dollari "
          "secondo fonti dati mercato azienda fondatore direttore governo più anche dopo già però quota "
          "partecipazione intelligenza artificiale città perché così crescita settore università notizia",
    "pt": "o a de que e é um uma para com não são da no empresa acordo investimento bilhões dólares segundo "
          "fontes dados mercado fundador diretor governo mais também depois já parceria participação "
          "inteligência artificial negociações ações crescimento setor notícia relatório comissão",
    "fr": "le la de que et est un une pour avec ne sont du dans société accord investissement milliards dollars "
          "selon sources données marché fondateur directeur gouvernement plus aussi après déjà participation "
          "intelligence artificielle négociations cœur croissance secteur rapport été élevé numérique",
    "en": "the of and to in is that for with on as by deal investment billion dollars according sources data "
          "market founder director government more also after already stake labelling artificial intelligence "
          "regulators analysts growth sector report valuation shareholders board",
    "de": "der die das und ist nicht mit für von auf dem den ein eine Unternehmen Vereinbarung Investition "
          "Milliarden Dollar laut Quellen Daten Markt Gründer Direktor Regierung mehr auch nach bereits "
          "Beteiligung künstliche Intelligenz Wachstum Branche Bericht Straße größer über Mitarbeiter",
    "es": "el la de que y es un una para con no son del en empresa acuerdo inversión miles millones dólares "
          "según fuentes datos mercado fundador director gobierno más también después ya participación "
          "inteligencia artificial operación crecimiento sector informe año compañía",
}
CJK_TEXTS = {
    "zh": ("据知情人士透露", "该公司的估值", "投资者对人工智能的需求", "数据标注行业", "监管机构正在审查",
           "这笔交易", "创始人表示", "市场份额继续增长", "在中国的投资", "董事会批准了"),
    "ja": ("関係者によると", "同社の評価額は", "人工知能への投資", "データのラベル付け", "規制当局が審査している",
           "この取引は", "創業者は述べた", "市場シェアが拡大", "株式を取得した", "取締役会が承認した"),
}
AMOUNTS = {
    "it": ("{n} miliardi di dollari", "circa {n} milioni di euro", "il {p}%", "oltre {n} miliardi"),
    "pt": ("{n} bilhões de dólares", "cerca de {n} milhões", "{p}%", "mais de {n} bilhões"),
    "fr": ("{n} milliards de dollars", "environ {n} millions d'euros", "{p} %", "plus de {n} milliards"),
    "en": ("${n} billion", "about {n} million dollars", "{p}%", "more than ${n} billion"),
    "de": ("{n} Milliarden Dollar", "rund {n} Millionen Euro", "{p} Prozent", "über {n} Milliarden"),
    "es": ("{n} mil millones de dólares", "unos {n} millones de euros", "el {p}%", "más de {n} mil millones"),
    "zh": ("{n}亿美元", "约{n}亿元", "{p}%"), "ja": ("{n}億ドル", "約{n}億円", "{p}%"),
}
REAL_ENTITIES = ("Meta", "Scale AI", "OpenAI", "Google", "Alexandr Wang", "Jason Droege", "Mark Zuckerberg",
                 "Bloomberg", "Anthropic", "Microsoft", "Sarah Friar", "Nvidia", "Amazon", "Apple",
                 "Commissione europea", "Federal Trade Commission", "Sam Altman", "Sundar Pichai",
                 "Dario Amodei", "Satya Nadella")
SYLLABLES = ("ka", "lo", "mer", "vin", "dra", "sel", "tor", "bi", "ne", "ros", "al", "ven", "qui", "sta", "mon",
             "der", "fa", "lu", "ri", "zo", "gra", "pel", "an", "tes", "cor", "ni", "ba", "ul", "ze", "hol")


@dataclass(frozen=True)
class DeskSpec:
    articles: int = 500
    annotations_per_article: int = 100
    authors: int = 3
    entities: int = 200
    measures: int = 50
    propositions: int = 50
    article_chars: int = 10_000
    seed: int = 16


@dataclass
class DeskArticle:
    title: str
    language: str
    outlet: str
    published: str
    source_name: str
    text: str
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, entity index)
    amounts: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class DeskContent:
    spec: DeskSpec
    articles: list[DeskArticle]
    entity_names: list[str]
    entity_aliases: list[list[str]]
    measure_labels: list[str]
    proposition_labels: list[str]
    author_names: list[str]


@dataclass
class Desk:
    """A built desk: the project (open), its content, and the ids the rows were given."""

    project: Project
    content: DeskContent
    document_ids: list[int]
    entity_ids: list[int]
    author_ids: list[int]
    annotation_count: int


class _Sentence:
    """Words appended one by one, remembering where the mentions and amounts fall in the article."""

    def __init__(self, article: DeskArticle, start: int, separator: str) -> None:
        self.article = article
        self.start = start
        self.pos = start
        self.separator = separator
        self.pieces: list[str] = []

    def add(self, piece: str, *, mention: int | None = None, amount: bool = False) -> None:
        if self.pieces:
            self.pos += len(self.separator)
        if mention is not None:
            self.article.mentions.append((self.pos, self.pos + len(piece), mention))
        if amount:
            self.article.amounts.append((self.pos, self.pos + len(piece)))
        self.pieces.append(piece)
        self.pos += len(piece)

    def finish(self, stop: str) -> str:
        text = self.separator.join(self.pieces) + stop
        self.article.sentences.append((self.start, self.start + len(text) - 1))
        return text


def _made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _entity_names(rng: random.Random, count: int) -> tuple[list[str], list[list[str]]]:
    names = list(REAL_ENTITIES[:count])
    taken = {n.casefold() for n in names}
    while len(names) < count:
        if rng.random() < 0.5:
            name = f"{_made_up_word(rng).capitalize()} {_made_up_word(rng).capitalize()}"
        else:
            name = f"{_made_up_word(rng).capitalize()} {rng.choice(('Group', 'Capital', 'Labs', 'Systems', 'Holding'))}"
        if name.casefold() not in taken:
            taken.add(name.casefold())
            names.append(name)
    aliases: list[list[str]] = []
    for name in names:
        variants = []
        if " " in name and rng.random() < 0.4:
            variants.append(name.split()[-1] if rng.random() < 0.5 else name.replace(" ", ""))
        if rng.random() < 0.15:
            variants.append(name.upper())
        aliases.append([v for v in variants if v.casefold() not in taken or v == name.upper()])
    return names, aliases


def generate(spec: DeskSpec = DeskSpec()) -> DeskContent:
    """The desk's content as plain data, the same for the same spec."""
    rng = random.Random(spec.seed)
    names, aliases = _entity_names(rng, spec.entities)
    vocab = {lang: words.split() + [_made_up_word(rng) for _ in range(1500)] for lang, words in WORDS.items()}
    popular = [rng.paretovariate(1.2) for _ in names]  # a few entities are everywhere, most are rare
    measure_labels = [f"{rng.choice(names)}: {rng.choice(('valuation', 'revenue', 'stake', 'investment', 'staff'))} "
                      f"#{i + 1}" for i in range(spec.measures)]
    proposition_labels = [f"{rng.choice(names)} {rng.choice(('keeps working with', 'ends its deal with', 'invests in', 'denies talks with'))} "
                          f"{rng.choice(names)} (#{i + 1})" for i in range(spec.propositions)]
    articles = []
    for number in range(spec.articles):
        cjk = rng.random() < CJK_SHARE
        language = rng.choice(("zh", "ja")) if cjk else rng.choice(LANGUAGES)
        article = DeskArticle(title="", language=language, outlet=rng.choice(OUTLETS),
                              published=f"2025-{rng.randint(5, 9):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.9 else "",
                              source_name=f"{number:03d}_desk.txt", text="")
        cast = rng.choices(range(len(names)), weights=popular, k=12)
        parts: list[str] = []
        size = 0
        while size < spec.article_chars:
            sentence = _Sentence(article, size, "" if cjk else " ")
            for _ in range(rng.randint(6, 18)):
                roll = rng.random()
                if roll < 0.12:
                    who = rng.choice(cast)
                    spelled = names[who] if not aliases[who] or rng.random() < 0.7 else rng.choice(aliases[who])
                    sentence.add(spelled, mention=who)
                elif roll < 0.17:
                    sentence.add(rng.choice(AMOUNTS[language]).format(n=rng.randint(2, 90), p=rng.randint(1, 99)),
                                 amount=True)
                elif cjk:
                    sentence.add(rng.choice(CJK_TEXTS[language]))
                else:
                    sentence.add(rng.choice(vocab[language]))
            text = sentence.finish("。" if cjk else ".")
            parts.append(text)
            size += len(text) + (0 if cjk else 1)
        article.text = ("" if cjk else " ").join(parts)
        if not cjk:  # a paragraph break now and then (a space becomes a newline: offsets stay)
            chars = list(article.text)
            for i in range(400, len(chars), rng.randint(500, 900)):
                j = article.text.find(". ", i)
                if j > 0:
                    chars[j + 1] = "\n"
            article.text = "".join(chars)
        first = names[cast[0]]
        words = CJK_TEXTS[language] if cjk else vocab[language]
        article.title = f"{first}: {rng.choice(words)} {rng.choice(words)} ({number + 1})"
        articles.append(article)
    authors = [f"Analyst {chr(65 + i)}" for i in range(spec.authors)]
    return DeskContent(spec, articles, names, aliases, measure_labels, proposition_labels, authors)


def build_desk(path: Path, spec: DeskSpec = DeskSpec(), content: DeskContent | None = None) -> Desk:
    """A new project at ``path`` holding the desk (every row inserted directly, one transaction)."""
    content = content or generate(spec)
    rng = random.Random(spec.seed + 1)
    project = open_project(path)
    from desktop.services.documents import sha256_of

    with project.transaction() as s:
        s.execute(insert(Author), [{"key": f"desk-analyst-{i}", "name": name, "colour": "#1f77b4", "created": CREATED}
                                   for i, name in enumerate(content.author_names)])
        author_ids = [row[0] for row in s.execute(Author.__table__.select().with_only_columns(Author.id)
                                                  .order_by(Author.id))][-spec.authors:]
        s.execute(insert(Entity), [{"key": f"desk:{slugify(n)}-{i}", "name": n,
                                    "type": "person" if " " in n and not n.endswith(("Group", "Capital", "Labs", "Systems", "Holding", "AI")) else "organization"}
                                   for i, n in enumerate(content.entity_names)])
        entity_ids = [row[0] for row in s.execute(Entity.__table__.select().with_only_columns(Entity.id).order_by(Entity.id))]
        alias_rows = [{"entity_id": entity_ids[i], "alias": a} for i, aliases in enumerate(content.entity_aliases) for a in aliases]
        if alias_rows:
            s.execute(insert(EntityAlias), alias_rows)
        s.execute(insert(Measure), [{"key": f"desk-measure-{i}", "label": label, "unit": "USD"}
                                    for i, label in enumerate(content.measure_labels)])
        measure_ids = [row[0] for row in s.execute(Measure.__table__.select().with_only_columns(Measure.id).order_by(Measure.id))]
        s.execute(insert(Proposition), [{"key": f"desk-proposition-{i}", "label": label}
                                        for i, label in enumerate(content.proposition_labels)])
        proposition_ids = [row[0] for row in s.execute(
            Proposition.__table__.select().with_only_columns(Proposition.id).order_by(Proposition.id))]
        s.execute(insert(Document), [{
            "title": a.title, "language": a.language, "outlet": a.outlet, "url": "", "published": a.published,
            "text": a.text, "sha256": sha256_of(a.text), "char_count": len(a.text), "source_name": a.source_name,
            "imported": CREATED} for a in content.articles])
        document_ids = [row[0] for row in s.execute(Document.__table__.select().with_only_columns(Document.id)
                                                    .order_by(Document.id))][-len(content.articles):]
        rows = []
        per_article = spec.annotations_per_article
        for doc_id, article in zip(document_ids, content.articles, strict=True):
            picks: list[dict] = []
            mentions = rng.sample(article.mentions, min(len(article.mentions), per_article // 2))
            for start, end, who in mentions:
                picks.append({"kind": "entity", "start": start, "end": end, "entity_id": entity_ids[who]})
            amounts = rng.sample(article.amounts, min(len(article.amounts), per_article // 4))
            for start, end in amounts:
                picks.append({"kind": "figure", "start": start, "end": end, "value": str(rng.randint(1, 90) * 10 ** 9),
                              "unit": "USD", "bound": "exact", "measure_id": rng.choice(measure_ids)})
            while len(picks) < per_article and article.sentences:
                start, end = rng.choice(article.sentences)
                picks.append({"kind": "claim", "start": start, "end": end,
                              "proposition_id": rng.choice(proposition_ids), "stance": rng.choice(("asserts", "denies"))})
            for number, pick in enumerate(picks[:per_article]):
                anchor = anchor_for(article.text, pick["start"], pick["end"])
                rows.append({
                    "id": f"desk-{doc_id:04d}-{number:03d}", "document_id": doc_id, "quote": anchor.exact,
                    "prefix": anchor.prefix, "suffix": anchor.suffix, "author_id": rng.choice(author_ids),
                    "created": CREATED, "modified": CREATED, "status": "accepted", "machine_read": False,
                    "note": f"Check against the filing ({rng.choice(content.entity_names)})" if rng.random() < 0.1 else "",
                    "entity_id": None, "value": None, "unit": None, "bound": None, "measure_id": None,
                    "proposition_id": None, "stance": None, **pick,
                })
        if rows:  # a desk of documents only (the import benchmark starts from one)
            s.execute(insert(Annotation), rows)
    return Desk(project, content, document_ids, entity_ids, author_ids, len(rows))


if __name__ == "__main__":  # a quick look: python bench/desk_corpus.py /tmp/desk.evidence
    import sys
    import time

    started = time.perf_counter()
    desk = build_desk(Path(sys.argv[1]))
    size = sum(len(a.text.encode("utf-8")) for a in desk.content.articles)
    print(f"{len(desk.document_ids)} articles, {size / 1e6:.1f} MB, {desk.annotation_count} annotations "
          f"in {time.perf_counter() - started:.1f} s")
