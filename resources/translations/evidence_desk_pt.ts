<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Caixa de seleção</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botão</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Lista suspensa</translation>
    </message>
    <message>
        <source>Number field</source>
        <translation>Campo numérico</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Campo de texto</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Controle deslizante</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>{role} in {place}</source>
        <translation>{role} em {place}</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>Arbitragem</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation>1 · Ficar com a de A</translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation>2 · Ficar com a de B</translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation>3 · Ficar com ambas</translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation>E · Editar e ficar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation>↑ ↓ movem entre as linhas · 1 / 2 / 3 ficam com a de A / de B / ambas · E edita e fica · Ctrl+Z desfaz. ✓ aceite, ✗ rejeitada, ⚑ contestada.</translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation>Arbitragem — escolha dois autores diferentes</translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation>Só um autor a marcou: fique com ela (aceitar) ou com o lado vazio (rejeitar).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation>(não definido: {reason})</translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation>Trechos deste tipo marcados por cada autor nos documentos comparados.</translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation>Não definido: {reason}.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation>Alfa unitizado de Krippendorff: 1 é concordância perfeita, 0 o que o acaso dá.</translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} de %n par sobreposto concordam no rótulo.</numerusform>
            <numerusform>{agreeing} de %n pares sobrepostos concordam no rótulo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} de %n par sobreposto concordam no valor.</numerusform>
            <numerusform>{agreeing} de %n pares sobrepostos concordam no valor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n trecho de B coincidem exatamente com um de A.</numerusform>
            <numerusform>{matched} de %n trechos de B coincidem exatamente com um de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n trecho de B se sobrepõem a um de A.</numerusform>
            <numerusform>{matched} de %n trechos de B se sobrepõem a um de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n trecho de A coincidem exatamente com um de B.</numerusform>
            <numerusform>{matched} de %n trechos de A coincidem exatamente com um de B.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n trecho de A se sobrepõem a um de B.</numerusform>
            <numerusform>{matched} de %n trechos de A se sobrepõem a um de B.</numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation>F1 = 2·{matched} / ({a} + {b}): trechos coincidentes sobre todos os trechos.</translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation>F1 exato</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 sobreposição</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Computing…</source>
        <translation>A calcular…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>Annotations by A</source>
        <translation>Anotações de A</translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation>Anotações de B</translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation>Precisão exata</translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation>Revocação exata</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 exato</translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation>Precisão por sobreposição</translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation>Revocação por sobreposição</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 por sobreposição</translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation>Concordância no rótulo (pares)</translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation>Concordância no valor (pares)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation>αU de Krippendorff</translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation>Concordância entre dois autores</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation>Medir A em relação a B</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (referência)</translation>
    </message>
    <message>
        <source>B (measured)</source>
        <translation>B (medido)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Choose two different authors.</source>
        <translation>Escolha dois autores diferentes.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Marque pelo menos um documento.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (characters): &lt;b&gt;{kappa}&lt;/b&gt;</source>
        <translation>κ de Cohen (caracteres): &lt;b&gt;{kappa}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</source>
        <translation>α&lt;sub&gt;U&lt;/sub&gt; de Krippendorff: &lt;b&gt;{alpha}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AgreementDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotação</numerusform>
            <numerusform>%n anotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation>
            <numerusform>%n documento, {characters} caracteres; B = {b} medido em relação a A = {a}</numerusform>
            <numerusform>%n documentos, {characters} caracteres; B = {b} medido em relação a A = {a}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation>caracteres {start}–{end}</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>value not read</source>
        <translation>valor não lido</translation>
    </message>
    <message>
        <source>denies: {proposition}</source>
        <translation>nega: {proposition}</translation>
    </message>
    <message>
        <source>figure: {value}</source>
        <translation>cifra: {value}</translation>
    </message>
    <message>
        <source>entity: {name} (“{quote}”)</source>
        <translation>entidade: {name} («{quote}»)</translation>
    </message>
    <message>
        <source>{kind}: “{quote}”</source>
        <translation>{kind}: «{quote}»</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation>Mostrar um só tipo de anotação</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Todos os autores</translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation>Mostrar as anotações de um só autor</translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation>Filtrar citações, valores, notas…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select text in an article and press &lt;b&gt;E&lt;/b&gt; (entity), &lt;b&gt;F&lt;/b&gt; (figure) or &lt;b&gt;C&lt;/b&gt; (claim), or click a highlight to edit it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nenhuma anotação selecionada.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Selecione texto num artigo e prima &lt;b&gt;E&lt;/b&gt; (entidade), &lt;b&gt;F&lt;/b&gt; (cifra) ou &lt;b&gt;C&lt;/b&gt; (alegação), ou clique num realce para o editar aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Canonical name, e.g. Meta</source>
        <translation>Nome canónico, p. ex. Meta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. 14 000 000 000</source>
        <translation>p. ex. 14 000 000 000</translation>
    </message>
    <message>
        <source>upper end</source>
        <translation>limite superior</translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation>O que mede, p. ex. a participação da Meta na Scale AI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation>O que se alega, nas suas palavras</translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation>Quem o diz</translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation>Fonte que o texto cita, p. ex. Bloomberg</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposição</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidade</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Nota (Markdown)</translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation>Porque importa, o que verificar…</translation>
    </message>
    <message>
        <source>Read-only here: {reason}</source>
        <translation>Só de leitura aqui: {reason}</translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation>Uma data relativa conta a partir da data de publicação, que este documento não tem (Editar › Metadados do documento); ou escreva a data acima (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation>O analisador não leu nenhum valor: escreva-o acima.</translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation>⚙ Lido automaticamente: {value}</translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation>✎ Introduzido à mão: {value}</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation>Não existe o documento {document_id}.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>O trecho {start}-{end} está fora do documento.</translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation>Selecione texto para marcar (a seleção só tem espaços).</translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation>{status!r} não é um estado.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Essa anotação já não existe.</translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation>Não é possível repor os campos da anotação: {items}</translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation>Campos de anotação desconhecidos: {items}</translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{value!r} não é uma data: escreva-a como AAAA-MM-DD, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{text!r} não é uma data: escreva-a como AAAA-MM-DD, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} não é um número.</translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation>A credibilidade classifica-se de 1 a 6.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>um colega</translation>
    </message>
    <message>
        <source>“{quote}” is {owner}&apos;s {kind}, {status} in review.</source>
        <translation>«{quote}» é {kind} de {owner}, {status} na revisão.</translation>
    </message>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>Eliminá-la com a sua %n revisão?</numerusform>
            <numerusform>Eliminá-la com as suas %n revisões?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>Eliminá-la?</translation>
    </message>
    <message>
        <source>(Edit › Undo brings it back.)</source>
        <translation>(Editar › Anular repõe-na.)</translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation>Essa anotação já existe.</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>A confiabilidade da fonte classifica-se de A a F.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Who is annotating?</source>
        <translation>Quem está a anotar?</translation>
    </message>
    <message>
        <source>Every annotation records who made it, so colleagues can tell their work from yours. Evidence Desk needs a name for you.</source>
        <translation>Cada anotação regista quem a fez, para que os colegas distingam o trabalho deles do seu. O Evidence Desk precisa de um nome para si.</translation>
    </message>
    <message>
        <source>Enter My Name…</source>
        <translation>Introduzir o meu nome…</translation>
    </message>
    <message>
        <source>Continue as “{name}”</source>
        <translation>Continuar como «{name}»</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>As “{name}”, your annotations are signed “{name}” until you give your name in Profile › Edit Profile.</source>
        <translation>Como «{name}», as suas anotações são assinadas «{name}» até indicar o seu nome em Perfil › Editar perfil.</translation>
    </message>
    <message>
        <source>No project there</source>
        <translation>Nenhum projeto aí</translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation>Não há nenhum projeto em {location}.

Criar aí um projeto novo e vazio?</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation>Abrir outro projeto…</translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation>Abrir o projeto predefinido</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Projetos Evidence Desk (*.evidence);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Annotating as “{name}”: Profile › Edit Profile gives your name</source>
        <translation>A anotar como «{name}»: Perfil › Editar perfil indica o seu nome</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Padrão inválido</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sem correspondências</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Close this article</source>
        <translation>Fechar este artigo</translation>
    </message>
    <message>
        <source>Close article</source>
        <translation>Fechar artigo</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Artigo: {title}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Select a passage, then E, F or C tags it as an entity, a figure or a claim</source>
        <translation>Selecione um trecho; E, F ou C o marca como entidade, cifra ou alegação</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation>Marcar como &amp;entidade (E)</translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation>Marcar como c&amp;ifra (F)</translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation>Marcar como &amp;alegação (C)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation>{kind} sugerida: {label} (Enter aceita, Backspace rejeita)</translation>
    </message>
</context>
<context>
    <name>AuthorFilter</name>
    <message>
        <source>Show Authors</source>
        <translation>Mostrar autores</translation>
    </message>
    <message>
        <source>Whose annotations the articles show</source>
        <translation>De quem são as anotações que os artigos mostram</translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation>Todos os autores</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Mostrar só</translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation>Mostrar: todos os autores</translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation>Mostrar: só {name}</translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation>Mostrar: ninguém</translation>
    </message>
</context>
<context>
    <name>AuthorFilterCounts</name>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation>
            <numerusform>Mostrar: {shown} de %n autor</numerusform>
            <numerusform>Mostrar: {shown} de %n autores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>One name or phrase per line:
Alexandr Wang
Jason Droege
Scale AI
…</source>
        <translation>Um nome ou frase por linha:
Alexandr Wang
Jason Droege
Scale AI
…</translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation>Carregar lista…</translation>
    </message>
    <message>
        <source>Search All</source>
        <translation>Pesquisar tudo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation>Marcar a linha como entidade…</translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation>Propor cada ocorrência do termo selecionado como menção de uma entidade (Sugestões: Enter aceita, Backspace rejeita)</translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation>Primeiro cole ou carregue uma lista de nomes, um por linha.</translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation>A pesquisar a lista…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation>Pesquisa em lote</translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation> (parada após {searched} de {listed})</translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation>Pesquise primeiro a lista; depois pode exportar os resultados.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation>Não foi possível escrever {file}: {reason}. Nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} de %n termo encontrados</numerusform>
            <numerusform>{found} de %n termos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} em %n documento</numerusform>
            <numerusform>{found} em %n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation>Pesquisado como {query}</translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation> — clique para as ver</translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} em «{title}»: %n ocorrência</numerusform>
            <numerusform>{term} em «{title}»: %n ocorrências</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation>Histórico de desfazer limpo: a importação alterou anotações</translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation>Importar anotações de um &amp;colega…</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence *.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)</source>
        <translation>Anotações ou projeto de um colega (*.jsonld *.json *.evidence *.qdpx);;Anotações web W3C (*.jsonld *.json);;Projetos Evidence Desk (*.evidence);;Projetos REFI-QDA: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld), project file (.evidence) or REFI-QDA project (.qdpx)</source>
        <translation>Juntar as anotações W3C (.jsonld), o ficheiro de projeto (.evidence) ou o projeto REFI-QDA (.qdpx) de um colega</translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation>E&amp;xportar para um colega…</translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation>Escrever as suas anotações para um colega (W3C JSON-LD)</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolver &amp;conflitos…</translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation>Anotações alteradas por si e por um colega</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation>Resolver &amp;conflitos ({count})…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation>Importar as anotações de um colega</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation>Anotações sem tipo</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Exportar para um colega</translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n anotação em {file} não indica um tipo que o Evidence Desk conheça.
Importá-la como:</numerusform>
            <numerusform>%n anotações em {file} não indicam um tipo que o Evidence Desk conheça.
Importá-las como:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>Exportado %n item para um colega em {file}</numerusform>
            <numerusform>Exportados %n itens para um colega em {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation>Outra…</translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation>A cor dos seus realces</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>A minha</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A dele</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Marc.</translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation>Rótulo curto da fonte (usado nas comparações, nos gráficos e no dossiê)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation>Confiabilidade da fonte, de A (totalmente confiável) a F (não avaliável)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation>As palavras da fonte</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the figure (via …)</source>
        <translation>O rótulo da fonte e, por baixo, a quem atribui a cifra (via …)</translation>
    </message>
    <message>
        <source>The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range</source>
        <translation>O valor que a fonte dá: ~ cerca de (dentro da tolerância), + pelo menos, ≤ no máximo, – um intervalo</translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation>Estado de revisão da anotação</translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation>Incompatível
com</translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation>Fontes cujo valor não pode ser verdadeiro ao mesmo tempo que este</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation>Se a fonte afirma ou nega a proposição</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the claim (via …)</source>
        <translation>O rótulo da fonte e, por baixo, a quem atribui a alegação (via …)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation>Quem o diz, na fonte</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Cred.</translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Credibilidade da alegação, de 1 (confirmada por outras fontes) a 6 (não avaliável)</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Diz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation>O nome canónico da entidade (F2 muda-o)</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation>Outros nomes e grafias, em qualquer língua</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menções</translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation>Menções marcadas por fonte (rótulo:número)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation>Menções marcadas em todas as fontes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the panel, or Type in this tab)</source>
        <translation>Escolhido por um analista; «Pessoa?» é uma suposição a partir do nome que ninguém confirmou (Alt+1 … Alt+6 no painel, ou Tipo neste separador)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation>O que as cifras medem (F2 muda o nome)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation>A unidade em que as cifras se comparam</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation>Cifras marcadas com esta medida</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation>Cifras por fonte</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Discordam</translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation>Se duas fontes dão valores que não podem ser ambos verdadeiros</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposição</translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation>O que as alegações afirmam ou negam (F2 muda o nome)</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation>Alegações que a afirmam</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation>Alegações que a negam</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Alegações por fonte</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation>Se uma fonte afirma o que outra nega</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation>Pontuação / lê-se</translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation>A · citação</translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation>A · tipo e leitura</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difere em</translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation>B · citação</translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation>B · tipo e leitura</translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation>O trecho marcado pelo autor A (✓ aceite, ✗ rejeitada, ⚑ contestada)</translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation>O que A registou: o tipo e o valor, a entidade ou a proposição</translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation>Como as duas versões se alinham: exatas, discordantes (mesmo trecho, leitura diferente), sobrepostas, só uma</translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation>Os campos em que as duas versões diferem, valor de A ≠ valor de B</translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation>O trecho marcado pelo autor B</translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation>O que B registou</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termo</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation>O nome ou a pesquisa</translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation>Ocorrências em todos os documentos</translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation>Documentos que o mencionam</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation>Incluir pendentes</translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation>Comparar também as anotações que ninguém reviu ainda (propostas, contestadas)</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Incluir rejeitadas</translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation>Comparar também as anotações rejeitadas por um revisor</translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation>Quanto se pode afastar do seu valor uma cifra dada como «cerca de» (definição do projeto)</translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation>«cerca de» significa</translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation>Ancorar na janela principal</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>Abrir numa janela</translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation>Voltar a pôr a comparação por baixo dos artigos</translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation>Ler a comparação numa janela própria, ao lado da principal ou noutro ecrã</translation>
    </message>
    <message>
        <source>Computing the comparison…</source>
        <translation>A calcular a comparação…</translation>
    </message>
    <message>
        <source>The comparison could not be computed: {reason}</source>
        <translation>Não foi possível calcular a comparação: {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation>Ainda nada para comparar. Marque cifras e dê-lhes uma medida (F, depois o que medem), ou alegações e a proposição que afirmam ou negam (C).</translation>
    </message>
    <message>
        <source>Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, or review them (Review › Next Pending, N).</source>
        <translation>Nada aceite para comparar: {hidden}. Marque Incluir pendentes para as comparar já, ou reveja-as (Revisão › Seguinte pendente, N).</translation>
    </message>
    <message>
        <source>Nothing to compare with these options: {hidden}. Tick Include rejected to see them.</source>
        <translation>Nada para comparar com estas opções: {hidden}. Marque Incluir rejeitadas para as ver.</translation>
    </message>
    <message>
        <source>not shown: {hidden}</source>
        <translation>não mostradas: {hidden}</translation>
    </message>
    <message>
        <source>via {source}</source>
        <translation>via {source}</translation>
    </message>
</context>
<context>
    <name>CompareViewCounts</name>
    <message numerus="yes">
        <source>{disagree} of %n measure(s): sources disagree</source>
        <translation>
            <numerusform>{disagree} de %n medida: as fontes discordam</numerusform>
            <numerusform>{disagree} de %n medidas: as fontes discordam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} de %n proposição contestadas</numerusform>
            <numerusform>{contested} de %n proposições contestadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n alegação</numerusform>
            <numerusform>%n alegações</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} foi rejeitada</numerusform>
            <numerusform>{things} foram rejeitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} aguarda revisão</numerusform>
            <numerusform>{things} aguardam revisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n rejeitada)</numerusform>
            <numerusform> (%n rejeitadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation>{source}, via {attribution}</translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation>nenhum valor para comparar</translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation>as fontes discordam: {values}</translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation>um só valor: {values}</translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation>as fontes concordam: {values}</translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation>; não comparados (unidade diferente): {values}</translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation>; nenhum valor lido: {sources}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation>Valor / entidade / proposição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>Theirs ({author})</source>
        <translation>A dele ({author})</translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation>Ambos alteraram isto: compare e depois mantenha a sua ou fique com a dele</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Alterada por um colega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> às {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} changed this annotation{when}&lt;/b&gt; while you were editing it (“{quote}”). Nothing of yours is written yet: which do you keep?</source>
        <translation>&lt;b&gt;{who} alterou esta anotação{when}&lt;/b&gt; enquanto a estava a editar («{quote}»). Nada seu foi ainda escrito: qual mantém?</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Um colega</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Dele ({who})</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Manter a dele</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation>{document}
A versão dele: {author}, detetada {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation>Manter a sua versão; o colega recebe-a na sua próxima exportação</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Ficar com a &amp;dele</translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation>Substituir a sua versão pela do colega (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Nenhum conflito em aberto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation>&lt;b&gt;Ambos alteraram:&lt;/b&gt; {fields}</translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation>Só difere a hora da alteração.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Manter a minha versão</translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation>Ficar com a versão de {author}</translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation>{action} de «{quote}» (Ctrl+Z desfaz)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n anotação alterada por si E por um colega desde a última troca. Compare e depois mantenha a sua ou fique com a dele.</numerusform>
            <numerusform>%n anotações alteradas por si E por um colega desde a última troca. Compare e depois mantenha a sua ou fique com a dele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation>atribuída a</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidade</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposição</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posição</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>falante</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>trecho</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation>{author} acrescenta {text}</translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation>o de {author} é mais longo</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation>Metadados do documento</translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation>FT 2025-07-15</translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation>O nome curto com que esta fonte aparece nas comparações, nos gráficos e no dossiê</translation>
    </message>
    <message>
        <source>it, pt, fr, en…</source>
        <translation>it, pt, fr, en…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Confiabilidade</translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation>original {type}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation>obtido {when}; {original}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation>Um documento precisa de um rótulo curto (p. ex. «FT 2025-07-15»).</translation>
    </message>
</context>
<context>
    <name>DocumentDialogCounts</name>
    <message numerus="yes">
        <source>original {type}, %n page(s), SHA-256 {sha}</source>
        <translation>
            <numerusform>original {type}, %n página, SHA-256 {sha}</numerusform>
            <numerusform>original {type}, %n páginas, SHA-256 {sha}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in new pane</source>
        <translation>Abrir num novo painel</translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation>Editar metadados…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Label: {label}</source>
        <translation>Rótulo: {label}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Por {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Publicado a {date}</translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation>Obtido {when}</translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation>Original: {type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation>Confiabilidade {grade}: {label}</translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation>{characters} caracteres · {annotations} anotações</translation>
    </message>
</context>
<context>
    <name>DocumentTableModelCounts</name>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation>
            <numerusform>Original: {type}, %n página, SHA-256 {sha}…</numerusform>
            <numerusform>Original: {type}, %n páginas, SHA-256 {sha}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{what} is {length} characters long; at most {limit} fit.</source>
        <translation>{what} tem {length} caracteres; cabem no máximo {limit}.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Um documento precisa de um título.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>O título</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (use e.g. it, pt, fr, en, pt-br).</source>
        <translation>«{value}» não é um código de língua (use p. ex. it, pt, fr, en, pt-br).</translation>
    </message>
    <message>
        <source>The language tag</source>
        <translation>O código de língua</translation>
    </message>
    <message>
        <source>The outlet</source>
        <translation>O veículo</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>O URL</translation>
    </message>
    <message>
        <source>A web address has no spaces or line breaks in it.</source>
        <translation>Um endereço web não tem espaços nem quebras de linha.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» não é um endereço web.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it starts with http:// or https://).</source>
        <translation>«{url}» não é um endereço web (começa por http:// ou https://).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write the publication date as YYYY-MM-DD (or leave it empty).</source>
        <translation>«{value}» não é uma data; escreva a data de publicação como AAAA-MM-DD (ou deixe-a vazia).</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>O autor</translation>
    </message>
    <message>
        <source>The source label</source>
        <translation>O rótulo da fonte</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>A fiabilidade da fonte é graduada de A a F.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Não há nenhum documento {id}.</translation>
    </message>
    <message>
        <source>Document {clash} already has the label “{label}”; labels tell sources apart, so each must be different.</source>
        <translation>O documento {clash} já tem o rótulo «{label}»; os rótulos distinguem as fontes, por isso cada um tem de ser diferente.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (one standalone file)</source>
        <translation>HTML (um único ficheiro autónomo)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Evidence bundle (ZIP: HTML, PDF, JSON, the sources, hashes)</source>
        <translation>Pacote de provas (ZIP: HTML, PDF, JSON, as fontes, os hashes)</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Pacote de provas (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exportar dossiê</translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation>A língua dos títulos, rótulos e frases do dossiê, e como se escrevem os números e as datas; as citações ficam literais</translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation>Incluir as anotações pendentes (propostas, contestadas)</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Incluir as entidades</translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation>Incluir as notas dos analistas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation>Não é possível compor o dossiê: {reason}</translation>
    </message>
    <message>
        <source>You are the only analyst in this project, so your annotations nobody has reviewed are included, marked “(pending)”. Untick to export only what you accepted (Review › Next Pending, N, walks your own).</source>
        <translation>É o único analista deste projeto, por isso as suas anotações que ninguém reviu são incluídas, marcadas «(pendente)». Desmarque para exportar só o que aceitou (Revisão › Seguinte pendente, N, percorre as suas).</translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation>. O nome do ficheiro termina em {suffix}, por isso foi escrito {written} e não {chosen}; Formato indica agora {written}.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>A compor a pré-visualização…</translation>
    </message>
    <message>
        <source>Building the preview</source>
        <translation>Compor a pré-visualização</translation>
    </message>
    <message>
        <source>the preview shows the first pages; the export holds the whole dossier</source>
        <translation>a pré-visualização mostra as primeiras páginas; a exportação contém o dossiê completo</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>A compor o dossiê…</translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation>A imprimir as páginas…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>A escrever…</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Exportar o dossiê</translation>
    </message>
    <message>
        <source>Not exported: cancelled; nothing was written.</source>
        <translation>Não exportado: cancelado; nada foi escrito.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Não exportado: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation>Exportado para {path} como {format} {detail}</translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n anotação ainda não revista fica de fora (o dossiê di-lo). Marque Incluir pendentes para a mostrar marcada «(pendente)», ou reveja-a primeiro (Revisão › Seguinte pendente, N).</numerusform>
            <numerusform>%n anotações ainda não revistas ficam de fora (o dossiê di-lo). Marque Incluir pendentes para as mostrar marcadas «(pendente)», ou reveja-as primeiro (Revisão › Seguinte pendente, N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n página)</numerusform>
            <numerusform>(%n páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the dossier as HTML, PDF and JSON, with %n source text(s) and their hashes; `evidence-desk verify` checks it)</source>
        <translation>
            <numerusform>(o dossiê em HTML, PDF e JSON, com %n texto de fonte e o seu hash; `evidence-desk verify` verifica-o)</numerusform>
            <numerusform>(o dossiê em HTML, PDF e JSON, com %n textos das fontes e os seus hashes; `evidence-desk verify` verifica-o)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(e %n ficheiro de gráfico ao lado)</numerusform>
            <numerusform>(e %n ficheiros de gráfico ao lado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Não é possível escrever {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation>Não é possível escrever o PDF em {path}.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation>Dossiê de provas</translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation>via {name}</translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation>pendente (vazado)</translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation>incompatível com outra fonte</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>doc. {start}–{end}</source>
        <translation>doc. {start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n annotation(s)</source>
        <translation>
            <numerusform>{included} de %n anotação</numerusform>
            <numerusform>{included} de %n anotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n pendente de fora)</numerusform>
            <numerusform> (%n pendentes de fora)</numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>nenhuma cifra</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifras</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}, none on a measure</source>
        <translation>{figures}, nenhuma numa medida</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}: {assigned} on {measures}, {unassigned} with no measure</source>
        <translation>{figures}: {assigned} em {measures}, {unassigned} sem medida</translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation>{figures} em {measures}</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>nenhuma alegação</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n alegação</numerusform>
            <numerusform>%n alegações</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation>{claims}, nenhuma numa proposição</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposição</numerusform>
            <numerusform>%n proposições</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation>{claims}: {assigned} em {propositions}, {unassigned} sem proposição</translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation>{claims} em {propositions}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fontes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras-chave</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Alegações</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation>Notas dos analistas</translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation>Apêndice A: quem anotou e reviu o quê</translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation>Apêndice B: trechos citados</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation>reposta como proposta</translation>
    </message>
    <message>
        <source>Chart: {measure}</source>
        <translation>Gráfico: {measure}</translation>
    </message>
    <message>
        <source>(p. {page} ↗)</source>
        <translation>(p. {page} ↗)</translation>
    </message>
    <message>
        <source>{status} (pending)</source>
        <translation>{status} (pendente)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation>{source} via {attribution}</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entidade</numerusform>
            <numerusform>%n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), listed under Sources</source>
        <translation>
            <numerusform>%n documento, listado em Fontes</numerusform>
            <numerusform>%n documentos, listados em Fontes</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation>aceites, e as propostas ou contestadas marcadas «(pendente)»</translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation>só as aceites</translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation>- **Projeto:** {title}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation>- **Documentos abrangidos:** {scope}</translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation>- **Analistas:** {names}</translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation>- **Revisto por:** {names}</translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation>- **Gerado:** {when} UTC</translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation>- **Anotações incluídas:** {which}: {included} de {total}; as anotações rejeitadas nunca são incluídas</translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation>**Índice:**</translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation>O projeto não tem documentos.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Confiabilidade</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Impressões digitais</translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation>O SHA-256 de cada texto guardado (UTF-8) e o seu comprimento em caracteres (pontos de código).</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originais</translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation>O original arquivado de cada fonte (o ficheiro tal como lido, ou a página tal como obtida, guardada com toda a troca HTTP), o seu SHA-256 e quando foi obtido. Extrair de novo o original dá o texto guardado (`evidence-desk verify`).</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Obtido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot agree with</source>
        <translation>Incompatível com</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation>Uma cifra dada como «cerca de» um valor lê-se como esse valor {tolerance}. Duas cifras são incompatíveis quando nenhum valor serve a ambas.</translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation>Não está incluída nenhuma cifra.</translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation>Cifras não atribuídas a uma medida</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation>Não está incluída nenhuma data.</translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation>Cada data é mostrada com a precisão que a sua fonte dá (um dia, um mês ou um ano). Duas datas são incompatíveis quando nenhum dia serve a ambas.</translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation>**As fontes discordam.**</translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation>As fontes concordam.</translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation>Datas não atribuídas a uma medida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation>falante {name}</translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation>atribuída a {name}</translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation>fonte {source}, confiabilidade {grade}</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>credibilidade {grade}</translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation>**Contestada:** afirmada por {asserting}; negada por {denying}.</translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation>**Não contestada:** afirmada por {asserting}; nenhuma fonte a nega.</translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation>**Não contestada:** negada por {denying}; nenhuma fonte a afirma.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation>Não está incluída nenhuma alegação.</translation>
    </message>
    <message>
        <source>{type} (guessed)</source>
        <translation>{type} (suposição)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposta</numerusform>
            <numerusform>%n propostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n contestada</numerusform>
            <numerusform>%n contestadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n anotação ainda não revista ({statuses}: {kinds}): exporte com *incluir pendentes* para a mostrar, marcada «(pendente)»</numerusform>
            <numerusform>%n anotações ainda não revistas ({statuses}: {kinds}): exporte com *incluir pendentes* para as mostrar, marcadas «(pendente)»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n rejeitada (nunca mostrada)</numerusform>
            <numerusform>%n rejeitadas (nunca mostradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>- **Left out:** {text}</source>
        <translation>- **De fora:** {text}</translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation>As **citações** leem-se `002 ¶3 · doc. 120–145`: fonte 002, parágrafo 3 (cada linha não vazia do texto guardado é um parágrafo, contado a partir de 1); a citação são os caracteres 120 até 145 do documento inteiro («doc.»), não do parágrafo (pontos de código Unicode contados a partir de 0 no início do texto, fim excluído: text[120:145]). Cada citação é literal; uma quebra de linha dentro de uma citação aparece como ¶. Cada citação leva ao seu trecho no Apêndice B.</translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Nenhuma cifra incluída: %n cifra aguarda revisão (exporte com incluir pendentes para a mostrar).</numerusform>
            <numerusform>Nenhuma cifra incluída: %n cifras aguardam revisão (exporte com incluir pendentes para as mostrar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Nenhuma alegação incluída: %n alegação aguarda revisão (exporte com incluir pendentes para a mostrar).</numerusform>
            <numerusform>Nenhuma alegação incluída: %n alegações aguardam revisão (exporte com incluir pendentes para as mostrar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation>As proposições contestadas (afirmadas por uma fonte, negadas por outra) vêm primeiro.</translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation>Alegações não atribuídas a uma proposição</translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation>As entidades ficam fora deste dossiê.</translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation>Não está incluída nenhuma entidade.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation>Aliases encontrados</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Menções por fonte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation>As notas ficam fora deste dossiê.</translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation>Nenhuma nota nas anotações incluídas.</translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation>**{author}** sobre {quote} ({citation})</translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation>Todas as anotações do projeto, qualquer que seja o estado, por analista; as revisões dadas são veredictos e comentários.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation>Ninguém anotou ainda.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Registo das revisões</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation>{citation} de {author}</translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation>Nenhuma revisão das anotações incluídas.</translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n revisão adicional diz respeito a anotações que este dossiê deixa de fora.</numerusform>
            <numerusform>%n revisões adicionais dizem respeito a anotações que este dossiê deixa de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>{kind} by {author}</source>
        <translation>{kind} de {author}</translation>
    </message>
    <message>
        <source>open p. {page}</source>
        <translation>abrir p. {page}</translation>
    </message>
    <message>
        <source>open at the source</source>
        <translation>abrir na fonte</translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation>obtido {when}</translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation>SHA-256 do original {hash}</translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation>Nada é citado.</translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around the quote, with … where it was cut), the quote in bold.</source>
        <translation>Cada citação no seu trecho: a linha do texto guardado onde está (de uma linha muito longa, as frases à volta da citação, com … onde foi cortada), a citação a negrito.</translation>
    </message>
    <message>
        <source>no measure</source>
        <translation>sem medida</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation>Valor superior</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposição</translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation>Editar e ficar</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation>Partir da de {name} (A)</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation>Partir da de {name} (B)</translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation>Ambas as versões são rejeitadas e a sua cópia corrigida é aceite. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation>Ficar com a versão editada</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
</context>
<context>
    <name>EntityTypeChooser</name>
    <message>
        <source>The selected entity&apos;s type: {type}</source>
        <translation>Tipo da entidade selecionada: {type}</translation>
    </message>
    <message>
        <source>The entity&apos;s type: {type} ({key})</source>
        <translation>Tipo da entidade: {type} ({key})</translation>
    </message>
    <message>
        <source>“{type}” is a guess from the name: {key} confirms it, or choose another. Until then the dossier marks it “(guessed)”.</source>
        <translation>«{type}» é uma suposição a partir do nome: {key} confirma-a, ou escolha outro. Até lá o dossiê marca-o «(suposição)».</translation>
    </message>
    <message>
        <source>Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it blank.</source>
        <translation>Tipo ainda não escolhido: Alt+1 … Alt+6, ou clique num. O dossiê deixa-o em branco.</translation>
    </message>
    <message>
        <source>Select an entity annotation to choose its type.</source>
        <translation>Selecione uma anotação de entidade para escolher o tipo.</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Definir o tipo como {type}</translation>
    </message>
    <message>
        <source>{name}: {type}</source>
        <translation>{name}: {type}</translation>
    </message>
</context>
<context>
    <name>FetchThread</name>
    <message>
        <source>The page could not be added: {reason}</source>
        <translation>Não foi possível acrescentar a página: {reason}</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>Exportar &amp;dossiê…</translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation>Pré-visualizar e exportar o dossiê de provas (Markdown, HTML, PDF, JSON)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Exportar projeto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation>Para QualCoder, MAXQDA, NVivo ou ATLAS.ti</translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation>Exportar anotações em CSV…</translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation>Uma linha por anotação, todos os campos, para folhas de cálculo</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dossiê escrito em {path}</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportar projeto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Projeto REFI-QDA (*.qdpx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>Exportada %n seleção codificada para {path}</numerusform>
            <numerusform>Exportadas %n seleções codificadas para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tool is the file for?</source>
        <translation>Para que ferramenta é o ficheiro?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n documento contém emoji ou outros caracteres que as ferramentas contam de forma diferente ({titles}).</numerusform>
            <numerusform>%n documentos contêm emoji ou outros caracteres que as ferramentas contam de forma diferente ({titles}).</numerusform>
        </translation>
    </message>
    <message>
        <source>QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers and for the coded text QualCoder stores and reports.</source>
        <translation>O QualCoder, o NVivo, o MAXQDA e o ATLAS.ti destacam as codificações contadas em unidades UTF-16: escolha-os para ver cada codificação no seu lugar (o QualCoder guarda então o texto codificado de uma codificação após um emoji deslocado um carácter). A norma REFI-QDA conta caracteres Unicode: escolha-a para outros leitores e para o texto codificado que o QualCoder guarda e reporta.</translation>
    </message>
    <message>
        <source>The REFI-QDA standard</source>
        <translation>A norma REFI-QDA</translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation>Exportar anotações em CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exportada %n anotação para {path}</numerusform>
            <numerusform>Exportadas %n anotações para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Nada foi escrito: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Procurar neste artigo</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation>Enter / Shift+Enter: correspondência seguinte / anterior, depois E, F ou C marca-a · Esc fecha</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Correspondência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Correspondência seguinte (Enter)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir maiúsculas</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Só palavras inteiras</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation>não classificado</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>solid underline</source>
        <translation>sublinhado contínuo</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>sublinhado tracejado</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>sublinhado ondulado</translation>
    </message>
    <message>
        <source>{kind} — {underline}</source>
        <translation>{kind} — {underline}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Essa anotação já não existe.</translation>
    </message>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation>criada em arbitragem por {who} (a partir de {sources})</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>proposta por {who}</translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation> por {who} (do ficheiro de um colega)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> por {who}</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (anulação)</translation>
    </message>
    <message>
        <source>edited{by}</source>
        <translation>editada{by}</translation>
    </message>
    <message>
        <source>deleted by {who}</source>
        <translation>eliminada por {who}</translation>
    </message>
    <message>
        <source>restored by {who}</source>
        <translation>reposta por {who}</translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation>veredicto retirado por {who} (volta a {status})</translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation>comentário de {who}{comment}</translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation>resposta de {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation>reposta como proposta por {who} em arbitragem{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation>reposta como proposta por {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation>aceite por {who} em arbitragem{comment}</translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation>aceite por {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation>rejeitada por {who} em arbitragem{comment}</translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation>rejeitada por {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation>contestada por {who} em arbitragem{comment}</translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation>contestada por {who}{comment}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalteradas</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Reancoradas</translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation>Mantidas as suas (mais recentes)</translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation>Mais antigas, não aplicadas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoradas</translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation>Conflitos de nome</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documentos acrescentados</translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation>Revisões importadas</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation>Anotações de um colega</translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation>nada de novo.</translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation>fundido neste projeto.</translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation>Mostrar conflitos…</translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation>As anotações que faltam no ficheiro dele nunca são eliminadas aqui.</translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation>{undo_cleared} (Ctrl+Z teria escrito as suas versões mais antigas por cima das dele).</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>Ficheiros importados: {added} de %n</numerusform>
            <numerusform>Ficheiros importados: {added} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation>, recusados: {refused}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e mais %n</numerusform>
            <numerusform>{names} e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation>{names}: língua não detetada — defina-a em Editar › Metadados do documento (Ctrl+Shift+M).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Copy out what you need, then open a backup of the project. `evidence-desk --project {location} check` lists what is damaged.</source>
        <translation>Copie o que precisar e depois abra uma cópia de segurança do projeto. `evidence-desk --project {location} check` lista o que está danificado.</translation>
    </message>
    <message>
        <source>{project} failed SQLite&apos;s integrity check: the file is damaged. It is open read-only, and nothing will be written to it.</source>
        <translation>{project} falhou na verificação de integridade do SQLite: o ficheiro está danificado. Está aberto só para leitura e nada será escrito nele.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>O projeto está danificado</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>A name tagged with E: blue, with a solid underline.</source>
        <translation>Um nome marcado com E: azul, com sublinhado contínuo.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>An amount, share or date tagged with F: orange, with a dashed underline.</source>
        <translation>Um montante, parte ou data marcado com F: laranja, com sublinhado tracejado.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>A statement tagged with C: bluish green, with a wavy underline.</source>
        <translation>Uma declaração marcada com C: verde azulado, com sublinhado ondulado.</translation>
    </message>
    <message>
        <source>Overlapping annotations</source>
        <translation>Anotações sobrepostas</translation>
    </message>
    <message>
        <source>One underline per annotation, a few pixels apart: here an entity inside a claim.</source>
        <translation>Um sublinhado por anotação, a poucos píxeis de distância: aqui uma entidade dentro de uma alegação.</translation>
    </message>
    <message>
        <source>Author&apos;s bar</source>
        <translation>Barra do autor</translation>
    </message>
    <message>
        <source>A short bar where an annotation starts, in its author&apos;s colour (authors below).</source>
        <translation>Uma pequena barra onde começa uma anotação, na cor do seu autor (autores abaixo).</translation>
    </message>
    <message>
        <source>Selected annotation</source>
        <translation>Anotação selecionada</translation>
    </message>
    <message>
        <source>A dark outline: the annotation the panel shows.</source>
        <translation>Um contorno escuro: a anotação que o painel mostra.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. The thicker one is current: Enter accepts it, Backspace rejects it.</source>
        <translation>Um contorno tracejado: proposto por Encontrar todas as menções ou Encontrar cifras, ainda não é uma anotação. O mais grosso é o atual: Enter aceita-o, Backspace rejeita-o.</translation>
    </message>
    <message>
        <source>Same thing elsewhere</source>
        <translation>A mesma coisa noutro sítio</translation>
    </message>
    <message>
        <source>Purple borders: a mention of the entity, measure or proposition selected in another article (F3 goes to the next).</source>
        <translation>Contornos roxos: uma menção da entidade, medida ou proposição selecionada noutro artigo (F3 vai para a seguinte).</translation>
    </message>
    <message>
        <source>Find match</source>
        <translation>Resultado da pesquisa</translation>
    </message>
    <message>
        <source>Yellow: a match of the find bar (Ctrl+F); the current one is outlined.</source>
        <translation>Amarelo: um resultado da barra de pesquisa (Ctrl+F); o atual tem contorno.</translation>
    </message>
    <message>
        <source>person?</source>
        <translation>Pessoa?</translation>
    </message>
    <message>
        <source>In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6).</source>
        <translation>No painel e no registo: um tipo suposto a partir do nome, não confirmado (Alt+1 … Alt+6).</translation>
    </message>
    <message>
        <source>⚙ Machine-read</source>
        <translation>⚙ Lido automaticamente</translation>
    </message>
    <message>
        <source>In the panel: the figure&apos;s value was read by the parser; ✎ typed by hand.</source>
        <translation>No painel: o valor da cifra foi lido pelo analisador; ✎ escrito à mão.</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(pendente)</translation>
    </message>
    <message>
        <source>In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer.</source>
        <translation>No dossiê e em Comparar: proposta ou contestada, ainda não aceite por um revisor.</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ As fontes discordam</translation>
    </message>
    <message>
        <source>In Compare and the register: two values that cannot both be true.</source>
        <translation>Em Comparar e no registo: dois valores que não podem ser ambos verdadeiros.</translation>
    </message>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestada</translation>
    </message>
    <message>
        <source>In Compare: one source asserts what another denies.</source>
        <translation>Em Comparar: uma fonte afirma o que outra nega.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the highlights mean&lt;/b&gt; (View › Legend)</source>
        <translation>&lt;b&gt;O que significam os destaques&lt;/b&gt; (Ver › Legenda)</translation>
    </message>
    <message>
        <source>this author&apos;s bar and colour</source>
        <translation>barra e cor deste autor</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend: what the highlights mean</source>
        <translation>Legenda: o que significam os destaques</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>Num artigo</translation>
    </message>
    <message>
        <source>Authors in this project</source>
        <translation>Autores neste projeto</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Noutros sítios</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Ainda sem anotações.</translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation>entidade</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposição</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Fundir entidades</translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation>Fundir medidas</translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation>Fundir proposições</translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation>Acrescentar entidade «{name}»</translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation>Mudar nome de {kind} para «{name}»</translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation>Acrescentar alias «{alias}»</translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation>Remover alias «{alias}»</translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation>Separar «{alias}»</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Definir o tipo como {type}</translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation>Acrescentar medida «{label}»</translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation>Definir a unidade como «{unit}»</translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation>Acrescentar proposição «{label}»</translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Fundir «{merged}» em «{kept}»</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z para desfazer)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation>Classificar a fonte {label}: {grade}</translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation>Definir «cerca de» como ±{percent}%</translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation>Aceitar a menção «{text}»</translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation>Aceitar a cifra «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Aceitar %n sugestão</numerusform>
            <numerusform>Aceitar %n sugestões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineupFeature</name>
    <message>
        <source>Register</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menções</translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation>Comparar fontes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation>&amp;Comparar fontes</translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation>O que cada fonte diz sobre cada medida e proposição, lado a lado</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Crono&amp;logia</translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation>Cada evento datado num só eixo do tempo, por fonte; as medidas de data alinhadas</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registo</translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation>Entidades, medidas e proposições: mudar nome, fundir, aliases</translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation>Encontrar todas as &amp;menções</translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation>Sugerir cada menção não marcada da entidade selecionada, em todos os artigos</translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation>Encontrar as c&amp;ifras neste artigo</translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation>Sugerir os montantes e as percentagens do artigo ativo</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Aceitar todas as sugestões</translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation>Marcar cada sugestão da lista (um só passo para desfazer)</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation>&amp;Rejeitar todas as sugestões</translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation>Descartar cada sugestão da lista</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Menção &amp;seguinte</translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation>A anotação seguinte da entidade, medida ou proposição selecionada, em todos os artigos</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Menção &amp;anterior</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>A anterior</translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation>C&amp;lassificar esta fonte</translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation>&amp;Confronto</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Abra primeiro um artigo</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Não classificada</translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation>Selecione primeiro uma entidade (no registo, ou uma das suas menções).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Anotações neste artigo</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation>{project} (só de leitura) — Evidence Desk</translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation>{project} — Evidence Desk</translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation>Este projeto está aberto só de leitura: {reason}. Pode ler e exportar; as alterações são recusadas.</translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation>A anotar como {name} ({key})</translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation>{waiting} A sua alteração aguarda.</translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation>Acerca do Evidence Desk</translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation>Marque alegações, entidades e cifras nos artigos, compare as fontes e exporte um dossiê de provas.</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation>Selecione primeiro uma entidade, medida ou proposição (no registo, ou uma anotação ligada a ela).</translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation>«{name}» ainda não está marcada em lado nenhum.</translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>{name}: {position} de {total} (F3 seguinte, Shift+F3 anterior)</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ As fontes discordam</translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation>✓ As fontes concordam</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>Um só valor</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>unidade: {unit}</translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation>cerca de {tolerance}</translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation>Não pode ser verdadeira ao mesmo tempo que: {sources}</translation>
    </message>
    <message>
        <source>{bound}: read as {interval}</source>
        <translation>{bound}: lido como {interval}</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation>valor não lido</translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation>◀ Anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation>Seguinte (F3) ▶</translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation>Selecione uma entidade, medida ou proposição (no registo, ou uma anotação ligada a ela) para a ver em cada fonte.</translation>
    </message>
</context>
<context>
    <name>MentionsPanelCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fontes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n menção em {sources}, assinalada em cada artigo aberto</numerusform>
            <numerusform>%n menções em {sources}, assinaladas em cada artigo aberto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n cifra em {sources}, assinalada em cada artigo aberto</numerusform>
            <numerusform>%n cifras em {sources}, assinaladas em cada artigo aberto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n alegação em {sources}, assinalada em cada artigo aberto</numerusform>
            <numerusform>%n alegações em {sources}, assinaladas em cada artigo aberto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidade</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>upper value</source>
        <translation>valor superior</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation>marca de leitura automática</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposição</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posição</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>falante</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>atribuição</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>credibilidade</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>language</source>
        <translation>língua</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>veículo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>data de publicação</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>confiabilidade</translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation>Aceitar anotação</translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation>Rejeitar anotação</translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation>Contestar anotação</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Reabrir anotação</translation>
    </message>
    <message>
        <source>You are offline: the database server cannot be reached, so nothing was stored. Evidence Desk reconnects by itself; try again once the status bar says online.</source>
        <translation>Está offline: o servidor da base de dados não está acessível, por isso nada foi guardado. O Evidence Desk volta a ligar-se sozinho; tente de novo quando a barra de estado disser online.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation>{action} está em curso: aguarde que termine e tente de novo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation>{action}: a cancelar…</translation>
    </message>
    <message>
        <source>Tagged {annotation}</source>
        <translation>Marcada: {annotation}</translation>
    </message>
    <message>
        <source>Tag {kind}</source>
        <translation>Marcar {kind}</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Editar {fields}</translation>
    </message>
    <message>
        <source>Changed {fields}</source>
        <translation>Alterado: {fields}</translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation>{status}: {annotation} (Ctrl+Z retira-o)</translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation>Eliminada {kind} «{quote}» (Ctrl+Z repõe-a)</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Eliminar anotação</translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation>Editar documento: {fields}</translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation>Documento alterado: {fields}</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation>Eliminados o documento e as suas anotações</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>A página</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Acrescentar a página</translation>
    </message>
    <message>
        <source>{action}: documents…</source>
        <translation>{action}: documentos…</translation>
    </message>
    <message>
        <source>{action}: annotations…</source>
        <translation>{action}: anotações…</translation>
    </message>
    <message>
        <source>{action}: reviews…</source>
        <translation>{action}: revisões…</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation>Anotações em «{title}»</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Anotações neste artigo</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} quotes); narrow it to some analysts or documents (--author, --document; in the window, Export Dossier&apos;s filters) or write it as HTML, which has no such limit</source>
        <translation>o dossiê PDF citaria {cited} citações (cerca de {pages} páginas), mais do que um PDF comporta ({limit} citações); restrinja-o a alguns analistas ou documentos (--author, --document; na janela, os filtros de Exportar dossiê) ou escreva-o em HTML, que não tem esse limite</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation>Credibilidade: {grade} · {label}</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Credibilidade não classificada</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation>Bem-vindo ao Evidence Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>O seu perfil</translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation>Cada anotação regista quem a fez. Diga ao Evidence Desk o seu nome e escolha a cor que os seus realces terão quando os colegas os lerem.</translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation>O seu nome e a cor dos realces, tal como os colegas os verão.</translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation>p. ex. Giulia Rossi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestada</translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation>Não contestada</translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n fonte afirma-a ({sources})</numerusform>
            <numerusform>%n fontes afirmam-na ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n fonte nega-a ({sources})</numerusform>
            <numerusform>%n fontes negam-na ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Figure (a measure)</source>
        <translation>Cifra (uma medida)</translation>
    </message>
    <message>
        <source>Claim (a proposition)</source>
        <translation>Alegação (uma proposição)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>Entity (kind only)</source>
        <translation>Entidade (só o tipo)</translation>
    </message>
    <message>
        <source>Figure (kind only)</source>
        <translation>Cifra (só o tipo)</translation>
    </message>
    <message>
        <source>Claim (kind only)</source>
        <translation>Alegação (só o tipo)</translation>
    </message>
    <message>
        <source>entity “{label}”</source>
        <translation>entidade «{label}»</translation>
    </message>
    <message>
        <source>measure “{label}”</source>
        <translation>medida «{label}»</translation>
    </message>
    <message>
        <source>proposition “{label}”</source>
        <translation>proposição «{label}»</translation>
    </message>
    <message>
        <source>entity (kind only)</source>
        <translation>entidade (só o tipo)</translation>
    </message>
    <message>
        <source>figure (kind only)</source>
        <translation>cifra (só o tipo)</translation>
    </message>
    <message>
        <source>claim (kind only)</source>
        <translation>alegação (só o tipo)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>não importado</translation>
    </message>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n fonte de texto</numerusform>
            <numerusform>%n fontes de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificação</numerusform>
            <numerusform>%n codificações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on text without a code arrive as {kind} annotations holding the note.</source>
        <translation>
            <numerusform>%n nota sobre texto sem código chega como anotação do tipo {kind} com a nota.</numerusform>
            <numerusform>%n notas sobre texto sem código chegam como anotações do tipo {kind} com a nota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>Não importado: %n item ({items}).</numerusform>
            <numerusform>Não importados: %n itens ({items}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxMappingDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Each coding becomes an annotation on exactly its text, its memo the note and its coder the author. Choose what each code records:</source>
        <translation>Cada codificação torna-se uma anotação exatamente sobre o seu texto, o seu memo a nota e o seu codificador o autor. Escolha o que cada código regista:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Essa entidade já não existe.</translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation>Essa medida já não existe.</translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation>Essa proposição já não existe.</translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation>O alias não pode estar vazio.</translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation>O rótulo não pode estar vazio.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>O nome não pode estar vazio.</translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation>«{other_name}» já está no registo.</translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation>«{name}» já é um nome de «{other_name}»; funda antes as duas.</translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation>«{alias}» já designa «{other_name}»; funda antes as duas.</translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation>«{alias}» não é um alias de «{entity_name}».</translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation>«{item_label}» já está no registo; funda antes as duas.</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Escolha duas entidades diferentes para fundir.</translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation>Escolha duas medidas diferentes para fundir.</translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation>Escolha duas proposições diferentes para fundir.</translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation>«{key}» existe de novo; não pode ser reposta.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ discordam</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>concordam</translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation>⚠ contestada</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>List the register</source>
        <translation>Listar o registo</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation>Proposições</translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation>Selecione uma entidade para mudar o nome.</translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation>Selecione uma medida para mudar o nome.</translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation>Selecione uma proposição para mudar o nome.</translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation>Selecione as entidades a fundir (mantém-se a primeira que escolher).</translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation>Selecione as medidas a fundir (mantém-se a primeira que escolher).</translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation>Selecione as proposições a fundir (mantém-se a primeira que escolher).</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Nova entidade</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nova medida</translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation>Nova proposição</translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation>Nome da nova entidade:</translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation>Nome da nova medida:</translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation>Nome da nova proposição:</translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation>Encontrar todas as menções</translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation>Sugerir cada sítio onde a entidade selecionada aparece, em todos os artigos</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Mudar nome</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Mudar o nome do item selecionado</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fundir…</translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation>Fundir o segundo item selecionado no primeiro (só um selecionado: escolha o destino)</translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation>Acrescentar alias…</translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation>Registar outro nome ou grafia</translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation>Remover alias…</translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation>Esquecer um dos seus aliases</translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation>Separar alias…</translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation>Tornar um alias uma entidade própria; as menções escritas assim acompanham-na</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nova…</translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation>Acrescentar uma medida para comparar cifras</translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation>Acrescentar uma proposição que as alegações afirmam ou negam</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unidade…</translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation>Definir a unidade das cifras da medida</translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation>Acrescentar uma entidade ao registo</translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation>Definir o tipo da entidade</translation>
    </message>
    <message>
        <source>accepted and pending</source>
        <translation>aceites e pendentes</translation>
    </message>
    <message>
        <source>Counts figures as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Conta as cifras como Comparar: {counted} (as opções Incluir de Comparar mudam ambos).</translation>
    </message>
    <message>
        <source>Counts claims as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Conta as alegações como Comparar: {counted} (as opções Incluir de Comparar mudam ambos).</translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation>Selecione primeiro uma entidade no registo.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Acrescentar alias</translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation>Outro nome ou grafia de «{name}»:</translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation>«{name}» não tem alias.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remover alias</translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation>Alias de «{name}» a esquecer:</translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation>«{name}» não tem alias para separar.</translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation>Que alias de «{name}» é outra entidade?</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fundir em</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Fundir «{name}» em:</translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation>Selecione primeiro uma medida.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation>Unidade de «{measure}» (USD, %, EUR…):</translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>Fundir %n item em «{name}»</numerusform>
            <numerusform>Fundir %n itens em «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation>Filtrar entidades (qualquer nome ou alias)…</translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation>Filtrar medidas (qualquer nome ou alias)…</translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation>Filtrar proposições (qualquer nome ou alias)…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation>exato</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>discordam</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>sobrepostas</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>só A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>só B</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>Aceitar a anotação selecionada</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>Rejeitar a anotação selecionada</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Marcar como c&amp;ontestada</translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation>Marcar a anotação selecionada como contestada</translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation>&amp;Seguinte pendente</translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation>Ir para a próxima anotação de um colega à espera de revisão</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Co&amp;mentar…</translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation>Escrever um comentário sobre a anotação selecionada</translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation>Ar&amp;bitrar…</translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation>Decidir entre as versões de dois autores de um documento</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Co&amp;ncordância…</translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation>Quanto concordam dois autores (F1, kappa, alfa)</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation>Selecione primeiro uma anotação para rever (N vai para a próxima pendente).</translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation>Selecione uma anotação para comentar.</translation>
    </message>
    <message>
        <source>Nothing left to review: every annotation shown has a verdict.</source>
        <translation>Nada para rever: cada anotação mostrada tem um veredicto.</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation>Ficar com a versão de A</translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation>Ficar com a versão de B</translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation>Ficar com ambas as versões</translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation>Ficar com uma versão editada</translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation>Retirar o veredicto</translation>
    </message>
    <message>
        <source>Verdict withdrawn</source>
        <translation>Veredicto retirado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Resposta publicada</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Comentário publicado</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation>{action} (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Desfazer a decisão</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Decisão desfeita</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation>Selecione uma anotação para a rever.

N salta para a próxima à espera de revisão; A aceita, R rejeita, D marca-a como contestada.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation>Motivo ou comentário (Markdown). Ctrl+Enter publica-o; Aceitar / Rejeitar / Contestar usam-no como motivo.</translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation>O comentário a que a sua resposta responde</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>{annotation}
by {author}</source>
        <translation>{annotation}
de {author}</translation>
    </message>
    <message>
        <source>“{quote}”
in {document}</source>
        <translation>«{quote}»
em {document}</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation>Selecione primeiro uma anotação para rever (N: próxima pendente).</translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation>Já {status}.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Escreva primeiro um comentário.</translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation>Escreva primeiro a resposta na caixa de comentário.</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation>{choice!r} não é uma escolha (use uma de {items}).</translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation>Comece a versão editada a partir da de A ou da de B (base &apos;a&apos; ou &apos;b&apos;).</translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation>Escolha duas anotações diferentes para arbitrar.</translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation>Uma das duas anotações já não existe.</translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation>As duas anotações estão em documentos diferentes.</translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation>Uma versão arbitrada é aceite; o seu estado não pode ser editado.</translation>
    </message>
    <message>
        <source>That document no longer exists.</source>
        <translation>Esse documento já não existe.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>O trecho {start}-{end} está fora do documento.</translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation>O trecho editado só tem espaços.</translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation>Escolha {items}, não {choice!r}.</translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Esse conflito já não existe.</translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation>Esse conflito já foi resolvido.</translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation>Esse conflito já está aberto.</translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation>Escreva algo para comentar.</translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation>O comentário a que responde não está nesta anotação.</translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation>Isso não é um veredicto, por isso não há nada a retirar.</translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation>{verdict!r} não é um veredicto (use um de {items}).</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Essa anotação já não existe.</translation>
    </message>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Autorrevisão (%n proposta sua): {description} (A aceitar · R rejeitar · D contestar · N seguinte). Nenhuma anotação de um colega aguarda revisão.</numerusform>
            <numerusform>Autorrevisão (%n propostas suas): {description} (A aceitar · R rejeitar · D contestar · N seguinte). Nenhuma anotação de um colega aguarda revisão.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation>Para rever: {annotation} de {author} (A aceitar · R rejeitar · D contestar · N seguinte)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation>Não foi possível: {action}</translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation>{action}: cancelado, nada foi escrito.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Um colega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> às {time} UTC</translation>
    </message>
    <message>
        <source>it</source>
        <translation>a alteração</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} eliminou-a depois de si{when}. Anular {what} agora substituiria a alteração dele, por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} alterou-a depois de si{when}. Anular {what} agora substituiria a alteração dele, por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} eliminou-a depois de si{when}. Refazer {what} agora substituiria a alteração dele, por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} alterou-a depois de si{when}. Refazer {what} agora substituiria a alteração dele, por isso nada foi alterado.</translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation>{title}: {reason}{where}. Nada foi escrito.</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Os pormenores estão em {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation>Algo correu mal: «{action}» não foi feito e nada foi escrito.{where}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Refazer: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Desfazer: {action}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation>NOT precisa de algo antes: «Meta NOT Google» encontra Meta, sem Google.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Escreva uma palavra a pesquisar (letras ou algarismos).</translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation>Nada resta para encontrar: cada palavra é excluída com NOT.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation>Expressão regular inválida: {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a list of names.</source>
        <translation>{path} é uma pasta, não uma lista de nomes.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB: not a list of names.</source>
        <translation>{name} tem mais de {size} MB: não é uma lista de nomes.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Não é possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file: a list has one name or query per line.</source>
        <translation>{name} não é um ficheiro de texto: uma lista tem um nome ou consulta por linha.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}): save it as UTF-8.</source>
        <translation>{name} não é texto UTF-8 (byte {byte}): guarde-o como UTF-8.</translation>
    </message>
    <message>
        <source>Nothing to search for on this line.</source>
        <translation>Nada a procurar nesta linha.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Em lote</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Procurar no artigo…</translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation>Procurar uma palavra no artigo ativo: cada correspondência realçada</translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation>Pesquisar &amp;tudo…</translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation>Pesquisar todos os documentos, e as notas, os comentários e os nomes das entidades</translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>Pesquisa em &amp;lote…</translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation>Uma lista de nomes em todos os documentos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisa</translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation>Abra primeiro um artigo e depois procure nele (Ctrl+F).</translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation>Carregar uma lista de nomes</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Ficheiros de texto (*.txt *.csv *.tsv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Não é possível carregar a lista</translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation>Exportar a pesquisa em lote</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation>Exportados a lista e os resultados para {path}</translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation>Marcar como entidade</translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation>Marcar cada ocorrência de «{term}» como a entidade:</translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation>Marcar as ocorrências</translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation>«{term}» como {name}</translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation>Cada ocorrência de «{term}» já está marcada como {name}.</translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>Carregado %n nome; Pesquisar tudo procura-o em cada documento.</numerusform>
            <numerusform>Carregados %n nomes; Pesquisar tudo procura-os em cada documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n ocorrência de «{term}» proposta como {name}: Enter aceita, Backspace rejeita</numerusform>
            <numerusform>%n ocorrências de «{term}» propostas como {name}: Enter aceita, Backspace rejeita</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation>Pesquisar todos os documentos:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation>Maiúsculas e acentos são ignorados: societa encontra società. As aspas fazem uma frase, * um prefixo; AND, OR, NOT em maiúsculas.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Comentários de revisão</translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation>Nomes &amp;&amp; aliases das entidades</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>de AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>a AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation>Tipo de anotação</translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation>Qualquer tipo de anotação</translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation>Dentro de uma entidade</translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation>Dentro de uma cifra</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>Dentro de uma alegação</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Não marcado</translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation>Só ocorrências dentro de anotações deste tipo (notas: de anotações deste tipo), ou só ocorrências que ninguém marcou ainda</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Em:</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation>Data de publicação, AAAA-MM-DD (os documentos sem data ficam de fora)</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer língua</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Qualquer veículo</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Escreva o que procurar.</translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation> (um só documento: edite a pesquisa para os pesquisar a todos)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Sem ocorrências</translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> em %n documento</numerusform>
            <numerusform> em %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> e %n entrada do registo</numerusform>
            <numerusform> e %n entradas do registo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Double-click or Enter: open it selected, then E / F / C tags it</source>
        <translation>Duplo clique ou Enter: abre-o selecionado, depois E / F / C marca-o</translation>
    </message>
    <message>
        <source>Register: {name} — {hits}</source>
        <translation>Registo: {name} — {hits}</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registo</translation>
    </message>
</context>
<context>
    <name>SearchResultsModelCounts</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n ocorrência</numerusform>
            <numerusform>%n ocorrências</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Show in Its Article</source>
        <translation>Mostrar no seu artigo</translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation>Classificar a fonte {label}</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Não classificada</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Ocultar a fonte</numerusform>
            <numerusform>Ocultar as fontes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Mostrar a fonte</numerusform>
            <numerusform>Mostrar as %n fontes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation>Selecione primeiro texto num artigo e depois marque-o (E, F ou C).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Selecione primeiro uma anotação.</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation>Selecione uma anotação para eliminar (clique no seu realce ou na sua linha).</translation>
    </message>
    <message>
        <source>Delete a colleague&apos;s reviewed annotation</source>
        <translation>Eliminar a anotação revista de um colega</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Não eliminada.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada para refazer.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Desfeito: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Refeito: {action}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation>A tolerância é uma fração entre 0 e 1 (0,10 significa ±10%).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation>marca o texto selecionado como entidade · cifra · alegação</translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation>aceita · rejeita a sugestão atual (contorno tracejado)</translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation>com a barra de pesquisa aberta (Ctrl+F): correspondência seguinte · anterior (E · F · C marcam-na)</translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation>fecha a barra de pesquisa, volta ao texto</translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation>em Medida, Entidade ou Proposição: guarda e volta ao artigo</translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation>guarda o campo e passa ao seguinte · anterior</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>Num artigo</translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation>No painel da anotação</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>o ficheiro está danificado (a verificação de integridade do SQLite falhou)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed: {detail})</source>
        <translation>o ficheiro está danificado (a verificação de integridade do SQLite falhou: {detail})</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>Nada foi guardado.</translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation>O projeto está ocupado: outro programa ou colega está a escrever nele. Nada foi guardado. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation>Outra pessoa alterou o mesmo no mesmo momento. Nada foi guardado. Veja de novo e tente outra vez.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation>A ligação à base de dados perdeu-se. Nada foi guardado. Verifique o servidor ou a rede e tente de novo.</translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation>Pode ler este projeto mas não alterá-lo (a base de dados recusou a escrita). Nada foi guardado.</translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation>A base de dados recusou um valor ({reason}). Nada foi guardado.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation>A base de dados recusou a alteração ({reason}). Nada foi guardado.</translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation>O projeto está aberto só de leitura: nada foi guardado (o ficheiro ou a sua pasta não podem ser escritos).</translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation>O ficheiro do projeto está danificado ({reason}). Nada foi guardado. Execute `evidence-desk --project FILE check` para ver o que está mal.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation>O disco está cheio. Nada foi guardado. Liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation>Não foi possível ler ou escrever o ficheiro do projeto ({reason}). Nada foi guardado.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>o projeto</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this change to {table}. Nothing of it was stored.</source>
        <translation>A sua função na equipa não permite esta alteração a {table}. Nada foi guardado.</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>a base de dados é só de leitura</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>o servidor é uma réplica só de leitura</translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation>a sua função na base de dados não pode escrever nela</translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation>a sua função na base de dados não pode criar tabelas</translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation>{project} está aberto só de leitura ({reason}): nada pode ser alterado.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o ficheiro é só de leitura</translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation>a sua pasta não pode ser lida</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>a sua pasta é só de leitura</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation>{score} semelhante a «{name}»</translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation>exatamente «{name}»</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Essa entidade já não existe.</translation>
    </message>
    <message>
        <source>Looking for mentions…</source>
        <translation>A procurar menções…</translation>
    </message>
    <message>
        <source>Looking for figures…</source>
        <translation>A procurar números…</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Não há nenhum documento {id}.</translation>
    </message>
    <message>
        <source>The document of this suggestion is no longer in the project.</source>
        <translation>O documento desta sugestão já não está no projeto.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; refresh the suggestions.</source>
        <translation>O texto mudou desde que esta sugestão foi feita; atualize as sugestões.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation>Encontrar menções</translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation>Menções de «{name}»</translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation>Nenhuma menção não marcada de {name} encontrada.</translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation>Abra primeiro um artigo e depois procure as suas cifras.</translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation>Encontrar cifras</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>documento {id}</translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation>Cifras em «{title}»</translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation>Nenhuma cifra não marcada neste artigo.</translation>
    </message>
    <message>
        <source>{action}: reading {count} characters…</source>
        <translation>{action}: a ler {count} caracteres…</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Nenhuma sugestão para aceitar.</translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n possível menção de {name}: Enter aceita, Backspace rejeita</numerusform>
            <numerusform>%n possíveis menções de {name}: Enter aceita, Backspace rejeita, depois vem a seguinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n cifra não marcada encontrada: Enter aceita, Backspace rejeita</numerusform>
            <numerusform>%n cifras não marcadas encontradas: Enter aceita, Backspace rejeita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Ainda por rever: %n sugestão de {names} (guardada: escolha a pesquisa no painel Sugestões).</numerusform>
            <numerusform> Ainda por rever: %n sugestões de {names} (guardadas: escolha a pesquisa no painel Sugestões).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Aceite a menção «{text}» (falta %n; Ctrl+Z desfaz)</numerusform>
            <numerusform>Aceite a menção «{text}» (faltam %n; Ctrl+Z desfaz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Aceite a cifra «{text}» (falta %n; Ctrl+Z desfaz)</numerusform>
            <numerusform>Aceite a cifra «{text}» (faltam %n; Ctrl+Z desfaz)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>Rejeitado «{text}» (falta %n)</numerusform>
            <numerusform>Rejeitado «{text}» (faltam %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>Aceite %n sugestão (Ctrl+Z desfá-la)</numerusform>
            <numerusform>Aceites %n sugestões (Ctrl+Z desfá-las em conjunto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>Rejeitada %n sugestão</numerusform>
            <numerusform>Rejeitadas %n sugestões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation>Nenhuma sugestão. Selecione uma entidade no registo e escolha Encontrar todas as menções, ou Confronto ▸ Encontrar as cifras (Ctrl+Shift+G) num artigo.</translation>
    </message>
    <message>
        <source>Each search keeps its unreviewed suggestions: pick one to review it</source>
        <translation>Cada pesquisa guarda as suas sugestões por rever: escolha uma para a rever</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Pesquisa:</translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation>Medida das cifras aceites:</translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation>A medida em que ficam as cifras aceites (pode alterá-la depois)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Aceitar (Enter)</translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation>Rejeitar (Backspace)</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Aceitar todas</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Rejeitar todas</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Enter aceita, Backspace rejeita.</translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation>tudo revisto.</translation>
    </message>
    <message>
        <source>{title} (all reviewed)</source>
        <translation>{title} (todas revistas)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ainda nenhuma)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n cifra para rever.</numerusform>
            <numerusform>%n cifras para rever.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n possível menção para rever.</numerusform>
            <numerusform>%n possíveis menções para rever.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n por rever)</numerusform>
            <numerusform>{title} (%n por rever)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation>Mudar de autor</translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation>Anotar como:</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Novo autor…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You are {login}, an annotator in this team. You may tag, edit and delete your own annotations, answer comments on them, and add documents and names to the register.</source>
        <translation>É {login}, anotador nesta equipa. Pode marcar, editar e eliminar as suas anotações, responder aos comentários sobre elas e acrescentar documentos e nomes ao registo.</translation>
    </message>
    <message>
        <source>You are {login}, a reviewer in this team. You may do everything an annotator does, and give verdicts and comments on anyone&apos;s annotations (not change their spans or fields), and tidy the register&apos;s names.</source>
        <translation>É {login}, revisor nesta equipa. Pode fazer tudo o que um anotador faz, dar veredictos e comentários sobre as anotações de qualquer pessoa (sem alterar os seus trechos ou campos) e arrumar os nomes do registo.</translation>
    </message>
    <message>
        <source>You are {login}, an owner in this team. You may do everything: adjudicate, merge and delete register entries, delete documents, merge a colleague&apos;s file, and change anyone&apos;s annotations.</source>
        <translation>É {login}, proprietário nesta equipa. Pode fazer tudo: arbitrar, juntar e eliminar entradas do registo, eliminar documentos, juntar o ficheiro de um colega e alterar as anotações de qualquer pessoa.</translation>
    </message>
    <message>
        <source>You are {login}, a reader in this team. You may read the project.</source>
        <translation>É {login}, leitor nesta equipa. Pode ler o projeto.</translation>
    </message>
    <message>
        <source>You are not a member of this team: you may read, not write.</source>
        <translation>Não é membro desta equipa: pode ler, não escrever.</translation>
    </message>
    <message>
        <source>Verdicts are given by reviewers and owners.</source>
        <translation>Os veredictos são dados por revisores e proprietários.</translation>
    </message>
    <message>
        <source>Comments on a colleague&apos;s annotations are written by reviewers and owners.</source>
        <translation>Os comentários às anotações de um colega são escritos por revisores e proprietários.</translation>
    </message>
    <message>
        <source>Adjudication settles two colleagues&apos; versions: only an owner does it.</source>
        <translation>A arbitragem decide entre as versões de dois colegas: só um proprietário a faz.</translation>
    </message>
    <message>
        <source>Renaming and retyping register entries is for reviewers and owners.</source>
        <translation>Renomear e mudar o tipo das entradas do registo cabe a revisores e proprietários.</translation>
    </message>
    <message>
        <source>Merging, splitting and deleting register entries changes everyone&apos;s annotations: only an owner does it.</source>
        <translation>Juntar, separar e eliminar entradas do registo altera as anotações de todos: só um proprietário o faz.</translation>
    </message>
    <message>
        <source>Deleting a document takes every colleague&apos;s annotations with it: only an owner does it.</source>
        <translation>Eliminar um documento leva consigo as anotações de todos os colegas: só um proprietário o faz.</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s file writes annotations in their name: only an owner does it.</source>
        <translation>Juntar o ficheiro de um colega escreve anotações em nome dele: só um proprietário o faz.</translation>
    </message>
    <message>
        <source>The project&apos;s settings are changed by reviewers and owners.</source>
        <translation>As definições do projeto são alteradas por revisores e proprietários.</translation>
    </message>
    <message>
        <source>On a team database you always work as your own login&apos;s author.</source>
        <translation>Numa base de dados de equipa trabalha sempre como o autor do seu login.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as a reviewer you may give it a verdict or a comment, not change its span or fields.</source>
        <translation>Anotação de {author}: como revisor pode dar-lhe um veredicto ou um comentário, não alterar o seu trecho ou campos.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as an annotator you change only your own.</source>
        <translation>Anotação de {author}: como anotador só altera as suas.</translation>
    </message>
    <message>
        <source>This project is not a team database: nothing is restricted.</source>
        <translation>Este projeto não é uma base de dados de equipa: nada é restringido.</translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Aberto também noutra janela</numerusform>
            <numerusform>Aberto também noutras %n janelas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>● online</source>
        <translation>● online</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● offline</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipa</translation>
    </message>
    <message>
        <source>What Can I Do Here?</source>
        <translation>O que posso fazer aqui?</translation>
    </message>
    <message>
        <source>Your role in the team, what it allows, and why some actions are hidden</source>
        <translation>A sua função na equipa, o que permite e porque algumas ações estão ocultas</translation>
    </message>
    <message>
        <source>Who Else Has It Open?</source>
        <translation>Quem mais o tem aberto?</translation>
    </message>
    <message>
        <source>What either window changes shows in the other within a second; each window&apos;s undo stays its own, and two edits of the same field ask which to keep.</source>
        <translation>O que uma janela altera aparece na outra em menos de um segundo; cada janela mantém o seu anular, e duas edições do mesmo campo perguntam qual manter.</translation>
    </message>
    <message>
        <source>Another window has {project} open ({who}): what it changes shows here as it happens.</source>
        <translation>Outra janela tem {project} aberto ({who}): o que ela altera aparece aqui à medida que acontece.</translation>
    </message>
    <message>
        <source>Nobody else has the project open.</source>
        <translation>Mais ninguém tem o projeto aberto.</translation>
    </message>
    <message>
        <source>Who else has it open</source>
        <translation>Quem mais o tem aberto</translation>
    </message>
    <message>
        <source>The database server cannot be reached{reason}. Nothing can be stored until it is back; Evidence Desk reconnects by itself and then shows what colleagues changed meanwhile.</source>
        <translation>O servidor da base de dados não está acessível{reason}. Nada pode ser guardado até voltar; o Evidence Desk volta a ligar-se sozinho e depois mostra o que os colegas alteraram entretanto.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Changes are refused until it is back; reconnecting…</source>
        <translation>Offline: a base de dados não está acessível. As alterações são recusadas até voltar; a ligar de novo…</translation>
    </message>
    <message>
        <source>Connected: colleagues&apos; changes show here as they happen.</source>
        <translation>Ligado: as alterações dos colegas aparecem aqui à medida que acontecem.</translation>
    </message>
    <message>
        <source>Back online: what colleagues changed meanwhile is shown.</source>
        <translation>De novo online: é mostrado o que os colegas alteraram entretanto.</translation>
    </message>
    <message>
        <source>Accept, Reject, Mark Disputed</source>
        <translation>Aceitar, Rejeitar, Marcar como contestada</translation>
    </message>
    <message>
        <source>Adjudicate…</source>
        <translation>Arbitrar…</translation>
    </message>
    <message>
        <source>Rename, Type, Add Alias, Remove Alias, Unit (register)</source>
        <translation>Renomear, Tipo, Acrescentar alias, Remover alias, Unidade (registo)</translation>
    </message>
    <message>
        <source>Merge…, Split Alias Off… (register)</source>
        <translation>Juntar…, Separar alias… (registo)</translation>
    </message>
    <message>
        <source>Import Colleague&apos;s Annotations…, Resolve Conflicts…</source>
        <translation>Importar anotações de um colega…, Resolver conflitos…</translation>
    </message>
    <message>
        <source>Switch Author…</source>
        <translation>Mudar de autor…</translation>
    </message>
    <message>
        <source>Delete… (documents)</source>
        <translation>Eliminar… (documentos)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Eliminar a anotação selecionada</translation>
    </message>
    <message>
        <source>Hidden for your role:</source>
        <translation>Oculto para a sua função:</translation>
    </message>
    <message>
        <source>Nothing is hidden for your role.</source>
        <translation>Nada está oculto para a sua função.</translation>
    </message>
    <message>
        <source>Annotations by colleagues open read-only in the Annotation panel. The database itself enforces these rules, whatever program connects.</source>
        <translation>As anotações dos colegas abrem só de leitura no painel Anotação. É a própria base de dados que impõe estas regras, seja qual for o programa que se ligue.</translation>
    </message>
    <message>
        <source>What can I do here?</source>
        <translation>O que posso fazer aqui?</translation>
    </message>
    <message>
        <source>{who} changed this annotation meanwhile: choose which version to keep.</source>
        <translation>{who} alterou esta anotação entretanto: escolha que versão manter.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Um colega</translation>
    </message>
    <message>
        <source>Kept the version of {who}.</source>
        <translation>Mantida a versão de {who}.</translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>o seu colega</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No discussion yet. Write a comment below (Markdown works), or give a verdict with a reason.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Ainda não há discussão. Escreva um comentário abaixo (o Markdown funciona), ou dê um veredicto com um motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Include rejected</source>
        <translation>Incluir rejeitadas</translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation>Medida / fonte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation>Ainda nenhuma cifra datada: marque uma data como cifra (F) — «15 luglio 2025», «giovedì» — e dê-lhe uma medida como «acordo anunciado».</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>as fontes discordam</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>uma só fonte</translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation>as fontes concordam</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n evento datado</numerusform>
            <numerusform>%n eventos datados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n medida de data</numerusform>
            <numerusform>%n medidas de data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n discordante</numerusform>
            <numerusform>%n discordantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation>A atualizar o projeto</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>Texto do artigo maior</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Texto do artigo menor</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamanho &amp;real</translation>
    </message>
    <message>
        <source>Article text at its usual size</source>
        <translation>Texto do artigo no tamanho habitual</translation>
    </message>
    <message>
        <source>Article text: {size} pt</source>
        <translation>Texto do artigo: {size} pt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System ({theme})</source>
        <translation>&amp;Sistema ({theme})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;Sistema ({language})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Alegações</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidade</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>alegação</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceite</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>afirma</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>nega</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exato</translation>
    </message>
    <message>
        <source>about</source>
        <translation>cerca de</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>pelo menos</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>no máximo</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>age</source>
        <translation>idade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Totalmente confiável</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Geralmente confiável</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Razoavelmente confiável</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Geralmente não confiável</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Não confiável</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Confiabilidade não avaliável</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmada por outras fontes</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Provavelmente verdadeira</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Possivelmente verdadeira</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Duvidosa</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improvável</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Veracidade não avaliável</translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation>Acrescentar de um endereço web</translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation>Endereço de uma página web, PDF ou ficheiro Word (http:// ou https://):</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>A obter {url}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Cancelado: nada foi acrescentado.</translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation>A obter {url}… {bytes} bytes</translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation>Acrescentado «{title}» de {address}</translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation>A página não foi acrescentada.</translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Acrescentar o texto completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Não acrescentar</translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation>Em alternativa, pode acrescentar todo o texto visível (menus e ligações incluídos).</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nada foi acrescentado.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Fontes (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Páginas web (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Texto (*.txt *.md *.markdown);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation>Abra ou selecione primeiro um documento.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>Eliminar «{title}» e a sua %n anotação?

Isto não pode ser desfeito e limpa o histórico de desfazer.</numerusform>
            <numerusform>Eliminar «{title}» e as suas %n anotações?

Isto não pode ser desfeito e limpa o histórico de desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>A importar {file}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e mais %n</numerusform>
            <numerusform>{names} e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>Nenhum artigo encontrado em {names}. Acrescentar antes o texto completo da página?</numerusform>
            <numerusform>Nenhum artigo encontrado em {names}. Acrescentar antes o texto completo destas páginas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Acrescentar o texto completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Não acrescentar</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Criar um ficheiro de projeto vazio</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Abrir um ficheiro de projeto</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation>Importar fontes (.html, .pdf, .docx, .eml, .txt, .md)</translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation>Acrescentar de endereço &amp;web…</translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation>Obter uma página web, PDF ou ficheiro Word, arquivá-lo e acrescentá-lo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation>Sair do Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Eliminar anotação</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Eliminar a anotação selecionada</translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation>&amp;Metadados do documento…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation>Editar o título, o veículo, a data e a confiabilidade do artigo</translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation>Marcar como &amp;entidade</translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation>Marcar a seleção como entidade (E no artigo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation>Marcar como c&amp;ifra</translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation>Marcar a seleção como cifra (F no artigo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation>Marcar como &amp;alegação</translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation>Marcar a seleção como alegação (C no artigo)</translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation>Novo &amp;painel</translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation>Abrir outro painel de artigo</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Fechar painel</translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation>Fechar o painel ativo</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Painel seguinte</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Painel seguinte</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Painel anterior</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Painel anterior</translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation>Filtrar anotações</translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation>Filtrar a lista de anotações</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotação</translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation>Editar a anotação selecionada no painel</translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation>&amp;Mudar de autor…</translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation>Anotar como outra pessoa neste computador</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation>Alterar o seu nome e a cor dos realces</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and what the highlights mean</source>
        <translation>Todos os atalhos de teclado, e o que significam os destaques</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>What the highlight colours, underlines, outlines and author colours mean</source>
        <translation>O que significam as cores dos destaques, os sublinhados, os contornos e as cores dos autores</translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation>A&amp;cerca do Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Entity &amp;Type</source>
        <translation>&amp;Tipo de entidade</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Marcar:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Só de leitura</translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Projetos Evidence Desk (*.evidence);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation>Sem título.evidence</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Limpar o menu</translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation>Esse projeto já está aberto.</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Abrir o projeto</translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation>{project} continua aberto.</translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation>Mudar de projeto</translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation>Aberto {project}</translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation>Anotar como {name}</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>A anotar como {name}</translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation>Não classificada</translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation>Confiabilidade da fonte: {grade}. Clique para classificar (A–F).</translation>
    </message>
</context>
</TS>
