<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Casella di spunta</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Pulsante</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Elenco a discesa</translation>
    </message>
    <message>
        <source>Number field</source>
        <translation>Campo numerico</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Campo di testo</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Cursore</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Albero</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>{role} in {place}</source>
        <translation>{role} in {place}</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>Arbitrato</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation>1 · Prendi quella di A</translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation>2 · Prendi quella di B</translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation>3 · Prendi entrambe</translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation>E · Modifica e prendi…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation>↑ ↓ spostano tra le righe · 1 / 2 / 3 prendono quella di A / di B / entrambe · E modifica e prende · Ctrl+Z annulla. ✓ accettata, ✗ rifiutata, ⚑ contestata.</translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation>Arbitrato — scegli due autori diversi</translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation>Solo un autore l’ha etichettata: prendila (accetta) o prendi il lato vuoto (rifiuta).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation>(non definito: {reason})</translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation>Segmenti di questo tipo etichettati da ciascun autore nei documenti confrontati.</translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation>Non definito: {reason}.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation>Alfa unitizzato di Krippendorff: 1 è l’accordo perfetto, 0 quello dovuto al caso.</translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} di %n coppia sovrapposta concordano sull’etichetta.</numerusform>
            <numerusform>{agreeing} di %n coppie sovrapposte concordano sull’etichetta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} di %n coppia sovrapposta concordano sul valore.</numerusform>
            <numerusform>{agreeing} di %n coppie sovrapposte concordano sul valore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} di %n segmento di B coincidono esattamente con uno di A.</numerusform>
            <numerusform>{matched} di %n segmenti di B coincidono esattamente con uno di A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} di %n segmento di B si sovrappongono a uno di A.</numerusform>
            <numerusform>{matched} di %n segmenti di B si sovrappongono a uno di A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} di %n segmento di A coincidono esattamente con uno di B.</numerusform>
            <numerusform>{matched} di %n segmenti di A coincidono esattamente con uno di B.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} di %n segmento di A si sovrappongono a uno di B.</numerusform>
            <numerusform>{matched} di %n segmenti di A si sovrappongono a uno di B.</numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation>F1 = 2·{matched} / ({a} + {b}): segmenti concordanti su tutti i segmenti.</translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation>F1 esatto</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 sovrapposizione</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Annotations by A</source>
        <translation>Annotazioni di A</translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation>Annotazioni di B</translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation>Precisione esatta</translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation>Richiamo esatto</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 esatto</translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation>Precisione per sovrapposizione</translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation>Richiamo per sovrapposizione</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 per sovrapposizione</translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation>Accordo sull’etichetta (coppie)</translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation>Accordo sul valore (coppie)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation>αU di Krippendorff</translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation>Concordanza tra due autori</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Scambia</translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation>Misura invece A rispetto a B</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (riferimento)</translation>
    </message>
    <message>
        <source>B (measured)</source>
        <translation>B (misurato)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Choose two different authors.</source>
        <translation>Scegli due autori diversi.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Spunta almeno un documento.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (characters): &lt;b&gt;{kappa}&lt;/b&gt;</source>
        <translation>κ di Cohen (caratteri): &lt;b&gt;{kappa}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</source>
        <translation>α&lt;sub&gt;U&lt;/sub&gt; di Krippendorff: &lt;b&gt;{alpha}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AgreementDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione</numerusform>
            <numerusform>%n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation>
            <numerusform>%n documento, {characters} caratteri; B = {b} misurato rispetto ad A = {a}</numerusform>
            <numerusform>%n documenti, {characters} caratteri; B = {b} misurato rispetto ad A = {a}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation>caratteri {start}–{end}</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>value not read</source>
        <translation>valore non letto</translation>
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
        <translation>entità: {name} («{quote}»)</translation>
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
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation>Mostra un solo tipo di annotazione</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tutti gli autori</translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation>Mostra le annotazioni di un solo autore</translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation>Filtra citazioni, valori, note…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} di {total}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select text in an article and press &lt;b&gt;E&lt;/b&gt; (entity), &lt;b&gt;F&lt;/b&gt; (figure) or &lt;b&gt;C&lt;/b&gt; (claim), or click a highlight to edit it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessuna annotazione selezionata.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seleziona del testo in un articolo e premi &lt;b&gt;E&lt;/b&gt; (entità), &lt;b&gt;F&lt;/b&gt; (cifra) o &lt;b&gt;C&lt;/b&gt; (affermazione), oppure fai clic su un’evidenziazione per modificarla qui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>by</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Canonical name, e.g. Meta</source>
        <translation>Nome canonico, ad es. Meta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. 14 000 000 000</source>
        <translation>ad es. 14 000 000 000</translation>
    </message>
    <message>
        <source>upper end</source>
        <translation>estremo superiore</translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation>Che cosa misura, ad es. la quota di Meta in Scale AI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation>Che cosa si afferma, con parole tue</translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation>Chi lo dice</translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation>Fonte citata dal testo, ad es. Bloomberg</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposizione</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Attribuita a</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilità</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Nota (Markdown)</translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation>Perché conta, che cosa verificare…</translation>
    </message>
    <message>
        <source>Read-only here: {reason}</source>
        <translation>Qui in sola lettura: {reason}</translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation>Una data relativa si conta dalla data di pubblicazione, che questo documento non ha (Modifica › Metadati del documento); oppure scrivi la data qui sopra (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation>Il parser non ha letto alcun valore: scrivilo qui sopra.</translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation>⚙ Letto automaticamente: {value}</translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation>✎ Inserito a mano: {value}</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation>Non esiste il documento {document_id}.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Il segmento {start}-{end} è fuori dal documento.</translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation>Seleziona del testo da etichettare (la selezione contiene solo spazi).</translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation>{status!r} non è uno stato.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Quell’annotazione non esiste più.</translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation>Impossibile ripristinare i campi dell’annotazione: {items}</translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation>Campi dell’annotazione sconosciuti: {items}</translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{value!r} non è una data: scrivila come AAAA-MM-GG, AAAA-MM o AAAA.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{text!r} non è una data: scrivila come AAAA-MM-GG, AAAA-MM o AAAA.</translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} non è un numero.</translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation>La credibilità si valuta da 1 a 6.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collega</translation>
    </message>
    <message>
        <source>“{quote}” is {owner}&apos;s {kind}, {status} in review.</source>
        <translation>«{quote}» è {kind} di {owner}, {status} in revisione.</translation>
    </message>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>Eliminarla insieme alla sua %n revisione?</numerusform>
            <numerusform>Eliminarla insieme alle sue %n revisioni?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>Eliminarla?</translation>
    </message>
    <message>
        <source>(Edit › Undo brings it back.)</source>
        <translation>(Modifica › Annulla la ripristina.)</translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation>Quell’annotazione esiste già.</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>L’affidabilità della fonte si valuta da A a F.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Who is annotating?</source>
        <translation>Chi sta annotando?</translation>
    </message>
    <message>
        <source>Every annotation records who made it, so colleagues can tell their work from yours. Evidence Desk needs a name for you.</source>
        <translation>Ogni annotazione registra chi l’ha fatta, così i colleghi distinguono il loro lavoro dal tuo. Evidence Desk ha bisogno di un nome per te.</translation>
    </message>
    <message>
        <source>Enter My Name…</source>
        <translation>Inserisci il mio nome…</translation>
    </message>
    <message>
        <source>Continue as “{name}”</source>
        <translation>Continua come «{name}»</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>As “{name}”, your annotations are signed “{name}” until you give your name in Profile › Edit Profile.</source>
        <translation>Come «{name}», le tue annotazioni sono firmate «{name}» finché non dai il tuo nome in Profilo › Modifica profilo.</translation>
    </message>
    <message>
        <source>No project there</source>
        <translation>Nessun progetto lì</translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation>Non c’è alcun progetto in {location}.

Creare lì un progetto nuovo e vuoto?</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation>Apri un altro progetto…</translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation>Apri il progetto predefinito</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Progetti Evidence Desk (*.evidence);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Annotating as “{name}”: Profile › Edit Profile gives your name</source>
        <translation>Annoti come «{name}»: Profilo › Modifica profilo dà il tuo nome</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Espressione non valida</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} di {total}</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Close this article</source>
        <translation>Chiudi questo articolo</translation>
    </message>
    <message>
        <source>Close article</source>
        <translation>Chiudi articolo</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Articolo: {title}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Select a passage, then E, F or C tags it as an entity, a figure or a claim</source>
        <translation>Seleziona un passo, poi E, F o C lo etichetta come entità, cifra o affermazione</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation>Etichetta come &amp;entità (E)</translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation>Etichetta come &amp;cifra (F)</translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation>Etichetta come &amp;affermazione (C)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation>{kind} suggerita: {label} (Invio accetta, Backspace rifiuta)</translation>
    </message>
</context>
<context>
    <name>AuthorFilter</name>
    <message>
        <source>Show Authors</source>
        <translation>Mostra autori</translation>
    </message>
    <message>
        <source>Whose annotations the articles show</source>
        <translation>Di chi sono le annotazioni mostrate negli articoli</translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation>Tutti gli autori</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Mostra solo</translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation>Mostra: tutti gli autori</translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation>Mostra: solo {name}</translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation>Mostra: nessuno</translation>
    </message>
</context>
<context>
    <name>AuthorFilterCounts</name>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation>
            <numerusform>Mostra: {shown} di %n autore</numerusform>
            <numerusform>Mostra: {shown} di %n autori</numerusform>
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
        <translation>Un nome o una frase per riga:
Alexandr Wang
Jason Droege
Scale AI
…</translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation>Carica elenco…</translation>
    </message>
    <message>
        <source>Search All</source>
        <translation>Cerca tutto</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation>Etichetta la riga come entità…</translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation>Proponi ogni risultato del termine selezionato come menzione di un’entità (Suggerimenti: Invio accetta, Backspace rifiuta)</translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation>Prima incolla o carica un elenco di nomi, uno per riga.</translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation>Ricerca dell’elenco…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation>Ricerca in blocco</translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation> (interrotta dopo {searched} di {listed})</translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation>Prima cerca l’elenco; poi se ne possono esportare i risultati.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation>Impossibile scrivere {file}: {reason}. Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} di %n termine trovati</numerusform>
            <numerusform>{found} di %n termini trovati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} in %n documento</numerusform>
            <numerusform>{found} in %n documenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation>Cercato come {query}</translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation> — fai clic per vederli</translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} in «{title}»: %n risultato</numerusform>
            <numerusform>{term} in «{title}»: %n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation>Cronologia degli annullamenti svuotata: l’importazione ha modificato delle annotazioni</translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation>Importa annotazioni di un &amp;collega…</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence *.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)</source>
        <translation>Annotazioni o progetto di un collega (*.jsonld *.json *.evidence *.qdpx);;Annotazioni web W3C (*.jsonld *.json);;Progetti Evidence Desk (*.evidence);;Progetti REFI-QDA: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld), project file (.evidence) or REFI-QDA project (.qdpx)</source>
        <translation>Unisci le annotazioni W3C (.jsonld), il file di progetto (.evidence) o il progetto REFI-QDA (.qdpx) di un collega</translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation>E&amp;sporta per un collega…</translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation>Scrivi le tue annotazioni per un collega (W3C JSON-LD)</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Risolvi con&amp;flitti…</translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation>Annotazioni modificate sia da te sia da un collega</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation>Risolvi con&amp;flitti ({count})…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation>Importa le annotazioni di un collega</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation>Annotazioni senza tipo</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Esporta per un collega</translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n annotazione in {file} non indica un tipo noto a Evidence Desk.
Importala come:</numerusform>
            <numerusform>%n annotazioni in {file} non indicano un tipo noto a Evidence Desk.
Importale come:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>Esportato %n elemento per un collega in {file}</numerusform>
            <numerusform>Esportati %n elementi per un collega in {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation>Il colore delle tue evidenziazioni</translation>
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
        <translation>Citazione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mia</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sua</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etich.</translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation>Sigla breve della fonte (usata nei confronti, nei grafici e nel dossier)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caratteri</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation>Affidabilità della fonte, da A (del tutto affidabile) a F (non valutabile)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation>Le parole della fonte</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the figure (via …)</source>
        <translation>La sigla della fonte e, sotto, a chi attribuisce la cifra (via …)</translation>
    </message>
    <message>
        <source>The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range</source>
        <translation>Il valore che dà la fonte: ~ circa (entro la tolleranza), + almeno, ≤ al massimo, – un intervallo</translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation>Stato di revisione dell’annotazione</translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation>Incompatibile
con</translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation>Fonti il cui valore non può essere vero insieme a questo</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation>Se la fonte afferma o nega la proposizione</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the claim (via …)</source>
        <translation>La sigla della fonte e, sotto, a chi attribuisce l’affermazione (via …)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation>Chi lo dice, nella fonte</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Cred.</translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Credibilità dell’affermazione, da 1 (confermata da altre fonti) a 6 (non valutabile)</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation>Il nome canonico dell’entità (F2 lo rinomina)</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation>Altri nomi e grafie, in qualsiasi lingua</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation>Menzioni etichettate per fonte (sigla:numero)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation>Menzioni etichettate in tutte le fonti</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the panel, or Type in this tab)</source>
        <translation>Scelto da un analista; «Persona?» è un’ipotesi dal nome che nessuno ha confermato (Alt+1 … Alt+6 nel pannello, o Tipo in questa scheda)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation>Che cosa misurano le cifre (F2 la rinomina)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation>L’unità in cui si confrontano le cifre</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation>Cifre etichettate con questa misura</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation>Cifre per fonte</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Discordano</translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation>Se due fonti danno valori che non possono essere entrambi veri</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposizione</translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation>Che cosa affermano o negano le affermazioni (F2 la rinomina)</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afferma</translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation>Affermazioni che la affermano</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation>Affermazioni che la negano</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Affermazioni per fonte</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contestata</translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation>Se una fonte afferma ciò che un’altra nega</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation>Punteggio / si legge</translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation>A · citazione</translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation>A · tipo e lettura</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Corrispondenza</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Differisce in</translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation>B · citazione</translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation>B · tipo e lettura</translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation>Il passo etichettato dall’autore A (✓ accettata, ✗ rifiutata, ⚑ contestata)</translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation>Che cosa ha registrato A: il tipo e il valore, l’entità o la proposizione</translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation>Come si allineano le due versioni: esatte, discordanti (stesso passo, lettura diversa), sovrapposte, solo una</translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation>I campi in cui le due versioni differiscono, valore di A ≠ valore di B</translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation>Il passo etichettato dall’autore B</translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation>Che cosa ha registrato B</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doc.</translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation>Il nome o la ricerca</translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation>Risultati in tutti i documenti</translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation>Documenti che lo citano</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation>Includi in sospeso</translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation>Confronta anche le annotazioni che nessuno ha ancora rivisto (proposte, contestate)</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Includi rifiutate</translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation>Confronta anche le annotazioni rifiutate da un revisore</translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation>Quanto può scostarsi dal suo valore una cifra data come «circa» (impostazione del progetto)</translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation>«circa» significa</translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation>Aggancia alla finestra principale</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>Apri in una finestra</translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation>Rimetti il confronto sotto gli articoli</translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation>Leggi il confronto in una finestra propria, accanto alla principale o su un altro schermo</translation>
    </message>
    <message>
        <source>Computing the comparison…</source>
        <translation>Calcolo del confronto…</translation>
    </message>
    <message>
        <source>The comparison could not be computed: {reason}</source>
        <translation>Impossibile calcolare il confronto: {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation>Ancora nulla da confrontare. Etichetta delle cifre e assegna loro una misura (F, poi che cosa misurano), oppure delle affermazioni e la proposizione che affermano o negano (C).</translation>
    </message>
    <message>
        <source>Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, or review them (Review › Next Pending, N).</source>
        <translation>Niente di accettato da confrontare: {hidden}. Spunta Includi in sospeso per confrontarle ora, o rivedile (Revisione › Successiva in sospeso, N).</translation>
    </message>
    <message>
        <source>Nothing to compare with these options: {hidden}. Tick Include rejected to see them.</source>
        <translation>Niente da confrontare con queste opzioni: {hidden}. Spunta Includi rifiutate per vederle.</translation>
    </message>
    <message>
        <source>not shown: {hidden}</source>
        <translation>non mostrate: {hidden}</translation>
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
            <numerusform>{disagree} di %n misura: le fonti discordano</numerusform>
            <numerusform>{disagree} di %n misure: le fonti discordano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} di %n proposizione contestate</numerusform>
            <numerusform>{contested} di %n proposizioni contestate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} è stata rifiutata</numerusform>
            <numerusform>{things} sono state rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} attende la revisione</numerusform>
            <numerusform>{things} attendono la revisione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n rifiutata)</numerusform>
            <numerusform> (%n rifiutate)</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation>{source}, tramite {attribution}</translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation>nessun valore da confrontare</translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation>le fonti discordano: {values}</translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation>un solo valore: {values}</translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation>le fonti concordano: {values}</translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation>; non confrontati (unità diversa): {values}</translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation>; nessun valore letto: {sources}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation>Valore / entità / proposizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminata)</translation>
    </message>
    <message>
        <source>Theirs ({author})</source>
        <translation>La sua ({author})</translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation>L’avete modificato entrambi: confronta, poi tieni la tua o prendi la sua</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modificata da un collega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> alle {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} changed this annotation{when}&lt;/b&gt; while you were editing it (“{quote}”). Nothing of yours is written yet: which do you keep?</source>
        <translation>&lt;b&gt;{who} ha modificato questa annotazione{when}&lt;/b&gt; mentre la stavi modificando («{quote}»). Nulla di tuo è ancora scritto: quale tieni?</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collega</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Sua ({who})</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tua</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Tieni la sua</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation>{document}
La sua versione: {author}, rilevata {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Tieni la &amp;mia</translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation>Tieni la tua versione; il collega la riceverà con la tua prossima esportazione</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendi la &amp;sua</translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation>Sostituisci la tua versione con quella del collega (Ctrl+Z annulla)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation>&lt;b&gt;Avete modificato entrambi:&lt;/b&gt; {fields}</translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation>Differisce solo l’ora della modifica.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Tieni la mia versione</translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation>Prendi la versione di {author}</translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation>{action} di «{quote}» (Ctrl+Z annulla)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n annotazione modificata da te E da un collega dall’ultimo scambio. Confronta, poi tieni la tua o prendi la sua.</numerusform>
            <numerusform>%n annotazioni modificate da te E da un collega dall’ultimo scambio. Confronta, poi tieni la tua o prendi la sua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>misura</translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation>attribuita a</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entità</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposizione</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>parlante</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non letto</translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation>{author} aggiunge {text}</translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation>quello di {author} è più lungo</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation>Metadati del documento</translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation>FT 2025-07-15</translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation>Il nome breve con cui questa fonte compare nei confronti, nei grafici e nel dossier</translation>
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
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation>originale {type}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation>recuperato {when}; {original}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation>Un documento ha bisogno di una sigla breve (ad es. «FT 2025-07-15»).</translation>
    </message>
</context>
<context>
    <name>DocumentDialogCounts</name>
    <message numerus="yes">
        <source>original {type}, %n page(s), SHA-256 {sha}</source>
        <translation>
            <numerusform>originale {type}, %n pagina, SHA-256 {sha}</numerusform>
            <numerusform>originale {type}, %n pagine, SHA-256 {sha}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open in new pane</source>
        <translation>Apri in un nuovo riquadro</translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation>Modifica metadati…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Label: {label}</source>
        <translation>Sigla: {label}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Di {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Pubblicato il {date}</translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation>Recuperato {when}</translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation>Originale: {type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation>Affidabilità {grade}: {label}</translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation>{characters} caratteri · {annotations} annotazioni</translation>
    </message>
</context>
<context>
    <name>DocumentTableModelCounts</name>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation>
            <numerusform>Originale: {type}, %n pagina, SHA-256 {sha}…</numerusform>
            <numerusform>Originale: {type}, %n pagine, SHA-256 {sha}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{what} is {length} characters long; at most {limit} fit.</source>
        <translation>{what} è lungo {length} caratteri; ne stanno al massimo {limit}.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un documento ha bisogno di un titolo.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Il titolo</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (use e.g. it, pt, fr, en, pt-br).</source>
        <translation>«{value}» non è un codice di lingua (usa ad es. it, pt, fr, en, pt-br).</translation>
    </message>
    <message>
        <source>The language tag</source>
        <translation>Il codice di lingua</translation>
    </message>
    <message>
        <source>The outlet</source>
        <translation>La testata</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>L’URL</translation>
    </message>
    <message>
        <source>A web address has no spaces or line breaks in it.</source>
        <translation>Un indirizzo web non contiene spazi né a capo.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» non è un indirizzo web.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it starts with http:// or https://).</source>
        <translation>«{url}» non è un indirizzo web (inizia con http:// o https://).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write the publication date as YYYY-MM-DD (or leave it empty).</source>
        <translation>«{value}» non è una data; scrivi la data di pubblicazione come AAAA-MM-GG (o lasciala vuota).</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>L’autore</translation>
    </message>
    <message>
        <source>The source label</source>
        <translation>La sigla della fonte</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>L’affidabilità della fonte va da A a F.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Non c’è alcun documento {id}.</translation>
    </message>
    <message>
        <source>Document {clash} already has the label “{label}”; labels tell sources apart, so each must be different.</source>
        <translation>Il documento {clash} ha già la sigla «{label}»; le sigle distinguono le fonti, quindi devono essere tutte diverse.</translation>
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
        <translation>HTML (un unico file autonomo)</translation>
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
        <translation>Pagina HTML (*.html)</translation>
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
        <translation>Pacchetto di prove (ZIP: HTML, PDF, JSON, le fonti, gli hash)</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Pacchetto di prove (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Esporta il dossier</translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation>La lingua di titoli, etichette e frasi del dossier, e come vi si scrivono numeri e date; le citazioni restano testuali</translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation>Includi le annotazioni in sospeso (proposte, contestate)</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Includi le entità</translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation>Includi le note degli analisti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation>Impossibile comporre il dossier: {reason}</translation>
    </message>
    <message>
        <source>You are the only analyst in this project, so your annotations nobody has reviewed are included, marked “(pending)”. Untick to export only what you accepted (Review › Next Pending, N, walks your own).</source>
        <translation>Sei l’unico analista di questo progetto, quindi le tue annotazioni che nessuno ha rivisto sono incluse, marcate «(in sospeso)». Togli la spunta per esportare solo ciò che hai accettato (Revisione › Successiva in sospeso, N, percorre le tue).</translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation>. Il nome del file finisce con {suffix}, quindi è stato scritto {written} e non {chosen}; ora Formato indica {written}.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Composizione dell'anteprima…</translation>
    </message>
    <message>
        <source>Building the preview</source>
        <translation>Composizione dell'anteprima</translation>
    </message>
    <message>
        <source>the preview shows the first pages; the export holds the whole dossier</source>
        <translation>l'anteprima mostra le prime pagine; l'esportazione contiene tutto il dossier</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Composizione del dossier…</translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation>Stampa delle pagine…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Scrittura…</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Esporta il dossier</translation>
    </message>
    <message>
        <source>Not exported: cancelled; nothing was written.</source>
        <translation>Non esportato: annullato; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non esportato: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation>Esportato in {path} come {format} {detail}</translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n annotazione non ancora rivista è esclusa (il dossier lo dice). Spunta Includi in sospeso per mostrarla marcata «(in sospeso)», o rivedila prima (Revisione › Successiva in sospeso, N).</numerusform>
            <numerusform>%n annotazioni non ancora riviste sono escluse (il dossier lo dice). Spunta Includi in sospeso per mostrarle marcate «(in sospeso)», o rivedile prima (Revisione › Successiva in sospeso, N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n pagina)</numerusform>
            <numerusform>(%n pagine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the dossier as HTML, PDF and JSON, with %n source text(s) and their hashes; `evidence-desk verify` checks it)</source>
        <translation>
            <numerusform>(il dossier in HTML, PDF e JSON, con %n testo della fonte e il suo hash; `evidence-desk verify` lo verifica)</numerusform>
            <numerusform>(il dossier in HTML, PDF e JSON, con %n testi delle fonti e i loro hash; `evidence-desk verify` lo verifica)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(e %n file di grafico accanto)</numerusform>
            <numerusform>(e %n file di grafico accanto)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Impossibile scrivere {path}: la cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation>Impossibile scrivere il PDF in {path}.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation>Dossier delle prove</translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation>tramite {name}</translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation>in sospeso (vuoto)</translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation>incompatibile con un’altra fonte</translation>
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
            <numerusform>{included} di %n annotazione</numerusform>
            <numerusform>{included} di %n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n in sospeso esclusa)</numerusform>
            <numerusform> (%n in sospeso escluse)</numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>nessuna cifra</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n cifra</numerusform>
            <numerusform>%n cifre</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}, none on a measure</source>
        <translation>{figures}, nessuna su una misura</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n misura</numerusform>
            <numerusform>%n misure</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}: {assigned} on {measures}, {unassigned} with no measure</source>
        <translation>{figures}: {assigned} su {measures}, {unassigned} senza misura</translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation>{figures} su {measures}</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>nessuna affermazione</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation>{claims}, nessuna su una proposizione</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposizione</numerusform>
            <numerusform>%n proposizioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation>{claims}: {assigned} su {propositions}, {unassigned} senza proposizione</translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation>{claims} su {propositions}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre chiave</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation>Note degli analisti</translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation>Appendice A: chi ha annotato e rivisto che cosa</translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation>Appendice B: passi citati</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestata</translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation>riportata a proposta</translation>
    </message>
    <message>
        <source>Chart: {measure}</source>
        <translation>Grafico: {measure}</translation>
    </message>
    <message>
        <source>(p. {page} ↗)</source>
        <translation>(p. {page} ↗)</translation>
    </message>
    <message>
        <source>{status} (pending)</source>
        <translation>{status} (in sospeso)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation>{source} tramite {attribution}</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entità</numerusform>
            <numerusform>%n entità</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), listed under Sources</source>
        <translation>
            <numerusform>%n documento, elencato in Fonti</numerusform>
            <numerusform>%n documenti, elencati in Fonti</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation>accettate, e quelle proposte o contestate segnate «(in sospeso)»</translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation>solo quelle accettate</translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation>- **Progetto:** {title}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation>- **Documenti esaminati:** {scope}</translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation>- **Analisti:** {names}</translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation>- **Rivisto da:** {names}</translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation>- **Generato:** {when} UTC</translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation>- **Annotazioni incluse:** {which}: {included} di {total}; le annotazioni rifiutate non sono mai incluse</translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation>**Indice:**</translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation>Il progetto non ha documenti.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Impronte</translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation>Lo SHA-256 di ogni testo archiviato (UTF-8) e la sua lunghezza in caratteri (code point).</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caratteri</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originali</translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation>L’originale archiviato di ogni fonte (il file così come letto, o la pagina così come scaricata, conservata con l’intero scambio HTTP), il suo SHA-256 e quando è stato recuperato. Estraendo di nuovo l’originale si ottiene il testo archiviato (`evidence-desk verify`).</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Recuperato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot agree with</source>
        <translation>Incompatibile con</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation>Una cifra data come «circa» un valore si legge come quel valore {tolerance}. Due cifre sono incompatibili quando nessun valore va bene per entrambe.</translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation>Non è inclusa alcuna cifra.</translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation>Cifre non assegnate a una misura</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation>Non è inclusa alcuna data.</translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation>Ogni data è mostrata con la precisione data dalla sua fonte (un giorno, un mese o un anno). Due date sono incompatibili quando nessun giorno va bene per entrambe.</translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation>**Le fonti discordano.**</translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation>Le fonti concordano.</translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation>Date non assegnate a una misura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation>parlante {name}</translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation>attribuita a {name}</translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation>fonte {source}, affidabilità {grade}</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>credibilità {grade}</translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation>**Contestata:** affermata da {asserting}; negata da {denying}.</translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation>**Non contestata:** affermata da {asserting}; nessuna fonte la nega.</translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation>**Non contestata:** negata da {denying}; nessuna fonte la afferma.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afferma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation>Non è inclusa alcuna affermazione.</translation>
    </message>
    <message>
        <source>{type} (guessed)</source>
        <translation>{type} (ipotesi)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposta</numerusform>
            <numerusform>%n proposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n contestata</numerusform>
            <numerusform>%n contestate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n annotazione non ancora rivista ({statuses}: {kinds}): esporta con *includi in sospeso* per mostrarla, marcata «(in sospeso)»</numerusform>
            <numerusform>%n annotazioni non ancora riviste ({statuses}: {kinds}): esporta con *includi in sospeso* per mostrarle, marcate «(in sospeso)»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n rifiutata (mai mostrata)</numerusform>
            <numerusform>%n rifiutate (mai mostrate)</numerusform>
        </translation>
    </message>
    <message>
        <source>- **Left out:** {text}</source>
        <translation>- **Escluse:** {text}</translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation>Le **citazioni** si leggono `002 ¶3 · doc. 120–145`: fonte 002, paragrafo 3 (ogni riga non vuota del testo memorizzato è un paragrafo, contando da 1); la citazione è formata dai caratteri da 120 a 145 dell’intero documento («doc.»), non del paragrafo (code point Unicode contati da 0 dall’inizio del testo, fine esclusa: text[120:145]). Ogni citazione è testuale; un a capo dentro una citazione è mostrato come ¶. Ogni citazione rimanda al suo passo nell’Appendice B.</translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Nessuna cifra inclusa: %n cifra attende la revisione (esporta con includi in sospeso per mostrarla).</numerusform>
            <numerusform>Nessuna cifra inclusa: %n cifre attendono la revisione (esporta con includi in sospeso per mostrarle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Nessuna affermazione inclusa: %n affermazione attende la revisione (esporta con includi in sospeso per mostrarla).</numerusform>
            <numerusform>Nessuna affermazione inclusa: %n affermazioni attendono la revisione (esporta con includi in sospeso per mostrarle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation>Le proposizioni contestate (affermate da una fonte, negate da un’altra) vengono per prime.</translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation>Affermazioni non assegnate a una proposizione</translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation>Le entità sono escluse da questo dossier.</translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation>Non è inclusa alcuna entità.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation>Alias rilevati</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Menzioni per fonte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation>Le note sono escluse da questo dossier.</translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation>Nessuna nota sulle annotazioni incluse.</translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation>**{author}** su {quote} ({citation})</translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation>Tutte le annotazioni del progetto, qualunque sia il loro stato, per analista; le revisioni date sono verdetti e commenti.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation>Nessuno ha ancora annotato.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Traccia delle revisioni</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisore</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation>{citation} di {author}</translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation>Nessuna revisione delle annotazioni incluse.</translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n ulteriore revisione riguarda annotazioni escluse da questo dossier.</numerusform>
            <numerusform>%n ulteriori revisioni riguardano annotazioni escluse da questo dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commento</translation>
    </message>
    <message>
        <source>{kind} by {author}</source>
        <translation>{kind} di {author}</translation>
    </message>
    <message>
        <source>open p. {page}</source>
        <translation>apri p. {page}</translation>
    </message>
    <message>
        <source>open at the source</source>
        <translation>apri alla fonte</translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation>recuperato {when}</translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation>SHA-256 dell’originale {hash}</translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation>Non si cita nulla.</translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around the quote, with … where it was cut), the quote in bold.</source>
        <translation>Ogni citazione nel suo passo: la riga del testo archiviato in cui si trova (di una riga molto lunga, le frasi attorno alla citazione, con … dove è stata tagliata), la citazione in grassetto.</translation>
    </message>
    <message>
        <source>no measure</source>
        <translation>nessuna misura</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation>Valore superiore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposizione</translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation>Modifica e prendi</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation>Parti da quella di {name} (A)</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation>Parti da quella di {name} (B)</translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation>Entrambe le versioni sono rifiutate e la tua copia corretta è accettata. Ctrl+Z annulla.</translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation>Prendi la versione modificata</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
</context>
<context>
    <name>EntityTypeChooser</name>
    <message>
        <source>The selected entity&apos;s type: {type}</source>
        <translation>Tipo dell’entità selezionata: {type}</translation>
    </message>
    <message>
        <source>The entity&apos;s type: {type} ({key})</source>
        <translation>Tipo dell’entità: {type} ({key})</translation>
    </message>
    <message>
        <source>“{type}” is a guess from the name: {key} confirms it, or choose another. Until then the dossier marks it “(guessed)”.</source>
        <translation>«{type}» è un’ipotesi dal nome: {key} la conferma, oppure scegline un altro. Fino ad allora il dossier lo marca «(ipotesi)».</translation>
    </message>
    <message>
        <source>Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it blank.</source>
        <translation>Tipo non ancora scelto: Alt+1 … Alt+6, o fai clic su uno. Il dossier lo lascia vuoto.</translation>
    </message>
    <message>
        <source>Select an entity annotation to choose its type.</source>
        <translation>Seleziona un’annotazione di entità per sceglierne il tipo.</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Imposta il tipo a {type}</translation>
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
        <translation>Impossibile aggiungere la pagina: {reason}</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>Esporta il &amp;dossier…</translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation>Anteprima ed esportazione del dossier delle prove (Markdown, HTML, PDF, JSON)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Esporta progetto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation>Per QualCoder, MAXQDA, NVivo o ATLAS.ti</translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation>Esporta le annotazioni in CSV…</translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation>Una riga per annotazione, tutti i campi, per i fogli di calcolo</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dossier scritto in {path}</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Esporta progetto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Progetto REFI-QDA (*.qdpx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>Esportata %n selezione codificata in {path}</numerusform>
            <numerusform>Esportate %n selezioni codificate in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tool is the file for?</source>
        <translation>Per quale strumento è il file?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n documento contiene emoji o altri caratteri che gli strumenti contano in modo diverso ({titles}).</numerusform>
            <numerusform>%n documenti contengono emoji o altri caratteri che gli strumenti contano in modo diverso ({titles}).</numerusform>
        </translation>
    </message>
    <message>
        <source>QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers and for the coded text QualCoder stores and reports.</source>
        <translation>QualCoder, NVivo, MAXQDA e ATLAS.ti evidenziano le codifiche contando in unità UTF-16: sceglili per vedere ogni codifica al suo posto (QualCoder memorizza allora il testo codificato di una codifica dopo un emoji spostato di un carattere). Lo standard REFI-QDA conta i caratteri Unicode: sceglilo per altri lettori e per il testo codificato che QualCoder memorizza e riporta.</translation>
    </message>
    <message>
        <source>The REFI-QDA standard</source>
        <translation>Lo standard REFI-QDA</translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation>Esporta le annotazioni in CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Esportata %n annotazione in {path}</numerusform>
            <numerusform>Esportate %n annotazioni in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Non è stato scritto nulla: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Trova in questo articolo</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation>Invio / Maiusc+Invio: risultato successivo / precedente, poi E, F o C lo etichetta · Esc chiude</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Maiuscole/minuscole</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo parole intere</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Espressione regolare</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation>non valutato</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>solid underline</source>
        <translation>sottolineatura continua</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>sottolineatura tratteggiata</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>sottolineatura ondulata</translation>
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
        <translation>Quell’annotazione non esiste più.</translation>
    </message>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation>creata in arbitrato da {who} (da {sources})</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>proposta da {who}</translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation> da {who} (dal file di un collega)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> da {who}</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (annullamento)</translation>
    </message>
    <message>
        <source>edited{by}</source>
        <translation>modificata{by}</translation>
    </message>
    <message>
        <source>deleted by {who}</source>
        <translation>eliminata da {who}</translation>
    </message>
    <message>
        <source>restored by {who}</source>
        <translation>ripristinata da {who}</translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation>verdetto ritirato da {who} (torna a {status})</translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation>commento di {who}{comment}</translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation>risposta di {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation>riportata a proposta da {who} in arbitrato{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation>riportata a proposta da {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation>accettata da {who} in arbitrato{comment}</translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation>accettata da {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation>rifiutata da {who} in arbitrato{comment}</translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation>rifiutata da {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation>contestata da {who} in arbitrato{comment}</translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation>contestata da {who}{comment}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importate</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornate</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariate</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Riancorate</translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation>Tenute le tue (più recenti)</translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation>Più vecchie, non applicate</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltate</translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation>Conflitti di nome</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documenti aggiunti</translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation>Revisioni importate</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation>Annotazioni di un collega</translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation>niente di nuovo.</translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation>unito a questo progetto.</translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation>Mostra conflitti…</translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation>Le annotazioni assenti dal suo file non vengono mai eliminate qui.</translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation>{undo_cleared} (Ctrl+Z avrebbe scritto le tue versioni più vecchie sopra le sue).</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>File importati: {added} di %n</numerusform>
            <numerusform>File importati: {added} di %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation>, rifiutati: {refused}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annullata)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e ancora %n</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation>{names}: lingua non rilevata — impostala in Modifica › Metadati del documento (Ctrl+Maiusc+M).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Copy out what you need, then open a backup of the project. `evidence-desk --project {location} check` lists what is damaged.</source>
        <translation>Copia ciò che ti serve, poi apri una copia di sicurezza del progetto. `evidence-desk --project {location} check` elenca ciò che è danneggiato.</translation>
    </message>
    <message>
        <source>{project} failed SQLite&apos;s integrity check: the file is damaged. It is open read-only, and nothing will be written to it.</source>
        <translation>{project} non ha superato il controllo di integrità di SQLite: il file è danneggiato. È aperto in sola lettura e non vi verrà scritto nulla.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Il progetto è danneggiato</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>A name tagged with E: blue, with a solid underline.</source>
        <translation>Un nome etichettato con E: blu, sottolineato con linea continua.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>An amount, share or date tagged with F: orange, with a dashed underline.</source>
        <translation>Un importo, una quota o una data etichettati con F: arancione, sottolineati a trattini.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>A statement tagged with C: bluish green, with a wavy underline.</source>
        <translation>Un’asserzione etichettata con C: verde bluastro, sottolineata con linea ondulata.</translation>
    </message>
    <message>
        <source>Overlapping annotations</source>
        <translation>Annotazioni sovrapposte</translation>
    </message>
    <message>
        <source>One underline per annotation, a few pixels apart: here an entity inside a claim.</source>
        <translation>Una sottolineatura per annotazione, a pochi pixel di distanza: qui un’entità dentro un’affermazione.</translation>
    </message>
    <message>
        <source>Author&apos;s bar</source>
        <translation>Barra dell’autore</translation>
    </message>
    <message>
        <source>A short bar where an annotation starts, in its author&apos;s colour (authors below).</source>
        <translation>Una barretta dove inizia un’annotazione, nel colore del suo autore (autori sotto).</translation>
    </message>
    <message>
        <source>Selected annotation</source>
        <translation>Annotazione selezionata</translation>
    </message>
    <message>
        <source>A dark outline: the annotation the panel shows.</source>
        <translation>Un contorno scuro: l’annotazione mostrata nel pannello.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. The thicker one is current: Enter accepts it, Backspace rejects it.</source>
        <translation>Un contorno tratteggiato: proposto da Trova tutte le menzioni o Trova cifre, non ancora un’annotazione. Quello più spesso è il corrente: Invio lo accetta, Backspace lo rifiuta.</translation>
    </message>
    <message>
        <source>Same thing elsewhere</source>
        <translation>La stessa cosa altrove</translation>
    </message>
    <message>
        <source>Purple borders: a mention of the entity, measure or proposition selected in another article (F3 goes to the next).</source>
        <translation>Bordi viola: una menzione dell’entità, misura o proposizione selezionata in un altro articolo (F3 va alla successiva).</translation>
    </message>
    <message>
        <source>Find match</source>
        <translation>Risultato della ricerca</translation>
    </message>
    <message>
        <source>Yellow: a match of the find bar (Ctrl+F); the current one is outlined.</source>
        <translation>Giallo: un risultato della barra di ricerca (Ctrl+F); quello corrente è contornato.</translation>
    </message>
    <message>
        <source>person?</source>
        <translation>Persona?</translation>
    </message>
    <message>
        <source>In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6).</source>
        <translation>Nel pannello e nel registro: un tipo ipotizzato dal nome, non confermato (Alt+1 … Alt+6).</translation>
    </message>
    <message>
        <source>⚙ Machine-read</source>
        <translation>⚙ Letto automaticamente</translation>
    </message>
    <message>
        <source>In the panel: the figure&apos;s value was read by the parser; ✎ typed by hand.</source>
        <translation>Nel pannello: il valore della cifra è stato letto dal parser; ✎ inserito a mano.</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(in sospeso)</translation>
    </message>
    <message>
        <source>In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer.</source>
        <translation>Nel dossier e nel Confronto: proposta o contestata, non ancora accettata da un revisore.</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Le fonti non concordano</translation>
    </message>
    <message>
        <source>In Compare and the register: two values that cannot both be true.</source>
        <translation>Nel Confronto e nel registro: due valori che non possono essere entrambi veri.</translation>
    </message>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestata</translation>
    </message>
    <message>
        <source>In Compare: one source asserts what another denies.</source>
        <translation>Nel Confronto: una fonte afferma ciò che un’altra nega.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the highlights mean&lt;/b&gt; (View › Legend)</source>
        <translation>&lt;b&gt;Che cosa significano le evidenziazioni&lt;/b&gt; (Visualizza › Legenda)</translation>
    </message>
    <message>
        <source>this author&apos;s bar and colour</source>
        <translation>barra e colore di questo autore</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend: what the highlights mean</source>
        <translation>Legenda: che cosa significano le evidenziazioni</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>In un articolo</translation>
    </message>
    <message>
        <source>Authors in this project</source>
        <translation>Autori in questo progetto</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Altrove</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Ancora nessuna annotazione.</translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation>entità</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>misura</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposizione</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Unisci entità</translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation>Unisci misure</translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation>Unisci proposizioni</translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation>Aggiungi entità «{name}»</translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation>Rinomina {kind} in «{name}»</translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation>Aggiungi alias «{alias}»</translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation>Rimuovi alias «{alias}»</translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation>Separa «{alias}»</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Imposta il tipo a {type}</translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation>Aggiungi misura «{label}»</translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation>Imposta l’unità a «{unit}»</translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation>Aggiungi proposizione «{label}»</translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Unisci «{merged}» a «{kept}»</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z per annullare)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation>Valuta la fonte {label}: {grade}</translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation>Imposta «circa» a ±{percent}%</translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation>Accetta la menzione «{text}»</translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation>Accetta la cifra «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accetta %n suggerimento</numerusform>
            <numerusform>Accetta %n suggerimenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineupFeature</name>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation>Confronto delle fonti</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation>&amp;Confronta le fonti</translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation>Che cosa dice ogni fonte su ciascuna misura e proposizione, fianco a fianco</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Crono&amp;logia</translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation>Ogni evento datato su un unico asse del tempo, per fonte; le misure di data allineate</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation>Entità, misure e proposizioni: rinomina, unisci, alias</translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation>Trova tutte le &amp;menzioni</translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation>Suggerisci ogni menzione non etichettata dell’entità selezionata, in tutti gli articoli</translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation>Trova le &amp;cifre in questo articolo</translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation>Suggerisci gli importi e le percentuali dell’articolo attivo</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Accetta tutti i suggerimenti</translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation>Etichetta ogni suggerimento dell’elenco (un solo passo da annullare)</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation>&amp;Rifiuta tutti i suggerimenti</translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation>Scarta ogni suggerimento dell’elenco</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Menzione &amp;successiva</translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation>L’annotazione successiva dell’entità, misura o proposizione selezionata, in tutti gli articoli</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Menzione &amp;precedente</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>La precedente</translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation>&amp;Valuta questa fonte</translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation>&amp;Confronto</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Prima apri un articolo</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Non valutata</translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation>Prima seleziona un’entità (nel registro, o una delle sue menzioni).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotazione</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotazioni in questo articolo</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annulla {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ripeti {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation>{project} (sola lettura) — Evidence Desk</translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation>{project} — Evidence Desk</translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation>Questo progetto è aperto in sola lettura: {reason}. Puoi leggere ed esportare; le modifiche sono rifiutate.</translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation>Annoti come {name} ({key})</translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation>{waiting} La tua modifica attende.</translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation>Informazioni su Evidence Desk</translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation>Etichetta affermazioni, entità e cifre negli articoli, metti a confronto le fonti ed esporta un dossier delle prove.</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation>Prima seleziona un’entità, una misura o una proposizione (nel registro, o un’annotazione collegata).</translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation>«{name}» non è ancora etichettata da nessuna parte.</translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>{name}: {position} di {total} (F3 successiva, Maiusc+F3 precedente)</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Le fonti discordano</translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation>✓ Le fonti concordano</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>Un solo valore</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>unità: {unit}</translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation>circa {tolerance}</translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation>Non può essere vera insieme a: {sources}</translation>
    </message>
    <message>
        <source>{bound}: read as {interval}</source>
        <translation>{bound}: letto come {interval}</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation>valore non letto</translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation>◀ Precedente (Maiusc+F3)</translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation>Successiva (F3) ▶</translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation>Seleziona un’entità, una misura o una proposizione (nel registro, o un’annotazione collegata) per vederla in ogni fonte.</translation>
    </message>
</context>
<context>
    <name>MentionsPanelCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n menzione in {sources}, segnata in ogni articolo aperto</numerusform>
            <numerusform>%n menzioni in {sources}, segnate in ogni articolo aperto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n cifra in {sources}, segnata in ogni articolo aperto</numerusform>
            <numerusform>%n cifre in {sources}, segnate in ogni articolo aperto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n affermazione in {sources}, segnata in ogni articolo aperto</numerusform>
            <numerusform>%n affermazioni in {sources}, segnate in ogni articolo aperto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entità</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>upper value</source>
        <translation>valore superiore</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unità</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>misura</translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation>segno di lettura automatica</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposizione</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>parlante</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribuzione</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>credibilità</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>testata</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>data di pubblicazione</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>affidabilità</translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation>Accetta annotazione</translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation>Rifiuta annotazione</translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation>Contesta annotazione</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Riapri annotazione</translation>
    </message>
    <message>
        <source>You are offline: the database server cannot be reached, so nothing was stored. Evidence Desk reconnects by itself; try again once the status bar says online.</source>
        <translation>Sei offline: il server del database non è raggiungibile, quindi non è stato memorizzato nulla. Evidence Desk si riconnette da solo; riprova quando la barra di stato dice online.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campi</translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation>{action} è in corso: attendi che finisca, poi riprova.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation>{action}: annullamento…</translation>
    </message>
    <message>
        <source>Tagged {annotation}</source>
        <translation>Etichettata: {annotation}</translation>
    </message>
    <message>
        <source>Tag {kind}</source>
        <translation>Etichetta {kind}</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Modifica {fields}</translation>
    </message>
    <message>
        <source>Changed {fields}</source>
        <translation>Modificato: {fields}</translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation>{status}: {annotation} (Ctrl+Z lo ritira)</translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation>Eliminata {kind} «{quote}» (Ctrl+Z la ripristina)</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Elimina {kind}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Elimina annotazione</translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation>Modifica documento: {fields}</translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation>Documento modificato: {fields}</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Elimina documento</translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation>Eliminati il documento e le sue annotazioni</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importa documenti</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>La pagina</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Aggiungi la pagina</translation>
    </message>
    <message>
        <source>{action}: documents…</source>
        <translation>{action}: documenti…</translation>
    </message>
    <message>
        <source>{action}: annotations…</source>
        <translation>{action}: annotazioni…</translation>
    </message>
    <message>
        <source>{action}: reviews…</source>
        <translation>{action}: revisioni…</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation>Annotazioni in «{title}»</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotazioni in questo articolo</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} quotes); narrow it to some analysts or documents (--author, --document; in the window, Export Dossier&apos;s filters) or write it as HTML, which has no such limit</source>
        <translation>il dossier PDF citerebbe {cited} citazioni (circa {pages} pagine), più di quante ne contenga un PDF ({limit} citazioni); restringilo ad alcuni analisti o documenti (--author, --document; nella finestra, i filtri di Esporta il dossier) oppure scrivilo in HTML, che non ha questo limite</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation>Credibilità: {grade} · {label}</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Credibilità non valutata</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation>Benvenuto in Evidence Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Il tuo profilo</translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation>Ogni annotazione registra chi l’ha fatta. Di’ a Evidence Desk il tuo nome e scegli il colore che avranno le tue evidenziazioni quando le leggeranno i colleghi.</translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation>Il tuo nome e il colore delle evidenziazioni, come li vedranno i colleghi.</translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation>ad es. Giulia Rossi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestata</translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation>Non contestata</translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n fonte la afferma ({sources})</numerusform>
            <numerusform>%n fonti la affermano ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n fonte la nega ({sources})</numerusform>
            <numerusform>%n fonti la negano ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Figure (a measure)</source>
        <translation>Cifra (una misura)</translation>
    </message>
    <message>
        <source>Claim (a proposition)</source>
        <translation>Affermazione (una proposizione)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>Entity (kind only)</source>
        <translation>Entità (solo il tipo)</translation>
    </message>
    <message>
        <source>Figure (kind only)</source>
        <translation>Cifra (solo il tipo)</translation>
    </message>
    <message>
        <source>Claim (kind only)</source>
        <translation>Affermazione (solo il tipo)</translation>
    </message>
    <message>
        <source>entity “{label}”</source>
        <translation>entità «{label}»</translation>
    </message>
    <message>
        <source>measure “{label}”</source>
        <translation>misura «{label}»</translation>
    </message>
    <message>
        <source>proposition “{label}”</source>
        <translation>proposizione «{label}»</translation>
    </message>
    <message>
        <source>entity (kind only)</source>
        <translation>entità (solo il tipo)</translation>
    </message>
    <message>
        <source>figure (kind only)</source>
        <translation>cifra (solo il tipo)</translation>
    </message>
    <message>
        <source>claim (kind only)</source>
        <translation>affermazione (solo il tipo)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importato</translation>
    </message>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n fonte di testo</numerusform>
            <numerusform>%n fonti di testo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codifica</numerusform>
            <numerusform>%n codifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n codice</numerusform>
            <numerusform>%n codici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on text without a code arrive as {kind} annotations holding the note.</source>
        <translation>
            <numerusform>%n nota su testo senza codice arriva come annotazione di tipo {kind} con la nota.</numerusform>
            <numerusform>%n note su testo senza codice arrivano come annotazioni di tipo {kind} con la nota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>Non importato: %n elemento ({items}).</numerusform>
            <numerusform>Non importati: %n elementi ({items}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxMappingDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>Each coding becomes an annotation on exactly its text, its memo the note and its coder the author. Choose what each code records:</source>
        <translation>Ogni codifica diventa un’annotazione esattamente sul suo testo, il suo memo la nota e il suo codificatore l’autore. Scegli che cosa registra ogni codice:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codifiche</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importato come</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Quell’entità non esiste più.</translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation>Quella misura non esiste più.</translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation>Quella proposizione non esiste più.</translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation>L’alias non può essere vuoto.</translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation>L’etichetta non può essere vuota.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Il nome non può essere vuoto.</translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation>«{other_name}» è già nel registro.</translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation>«{name}» è già un nome di «{other_name}»; unisci piuttosto le due.</translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation>«{alias}» indica già «{other_name}»; unisci piuttosto le due.</translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation>«{alias}» non è un alias di «{entity_name}».</translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation>«{item_label}» è già nel registro; unisci piuttosto le due.</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Scegli due entità diverse da unire.</translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation>Scegli due misure diverse da unire.</translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation>Scegli due proposizioni diverse da unire.</translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation>«{key}» esiste di nuovo; non può essere ripristinata.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ discordano</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>concordano</translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation>⚠ contestata</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>List the register</source>
        <translation>Elencare il registro</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation>Proposizioni</translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation>Seleziona un’entità da rinominare.</translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation>Seleziona una misura da rinominare.</translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation>Seleziona una proposizione da rinominare.</translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation>Seleziona le entità da unire (si tiene la prima che scegli).</translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation>Seleziona le misure da unire (si tiene la prima che scegli).</translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation>Seleziona le proposizioni da unire (si tiene la prima che scegli).</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Nuova entità</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nuova misura</translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation>Nuova proposizione</translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation>Nome della nuova entità:</translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation>Nome della nuova misura:</translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation>Nome della nuova proposizione:</translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation>Trova tutte le menzioni</translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation>Suggerisci ogni punto in cui compare l’entità selezionata, in tutti gli articoli</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Rinomina l’elemento selezionato</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation>Unisci il secondo elemento selezionato al primo (uno solo selezionato: scegli la destinazione)</translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation>Aggiungi alias…</translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation>Registra un altro nome o grafia</translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation>Rimuovi alias…</translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation>Dimentica uno dei suoi alias</translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation>Separa alias…</translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation>Rendi un alias un’entità a sé; le menzioni scritte così la seguono</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuova…</translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation>Aggiungi una misura con cui confrontare le cifre</translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation>Aggiungi una proposizione che le affermazioni affermano o negano</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unità…</translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation>Imposta l’unità delle cifre della misura</translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation>Aggiungi un’entità al registro</translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation>Imposta il tipo dell’entità</translation>
    </message>
    <message>
        <source>accepted and pending</source>
        <translation>accettate e in sospeso</translation>
    </message>
    <message>
        <source>Counts figures as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Conta le cifre come il Confronto: {counted} (le opzioni Includi del Confronto cambiano entrambi).</translation>
    </message>
    <message>
        <source>Counts claims as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Conta le affermazioni come il Confronto: {counted} (le opzioni Includi del Confronto cambiano entrambi).</translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation>Prima seleziona un’entità nel registro.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Aggiungi alias</translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation>Un altro nome o grafia di «{name}»:</translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation>«{name}» non ha alias.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Rimuovi alias</translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation>Alias di «{name}» da dimenticare:</translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation>«{name}» non ha alias da separare.</translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation>Separa alias</translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation>Quale alias di «{name}» è un’altra entità?</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Unisci a</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Unisci «{name}» a:</translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation>Prima seleziona una misura.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation>Unità di «{measure}» (USD, %, EUR…):</translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>Unisci %n elemento a «{name}»</numerusform>
            <numerusform>Unisci %n elementi a «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation>Filtra le entità (qualsiasi nome o alias)…</translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation>Filtra le misure (qualsiasi nome o alias)…</translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation>Filtra le proposizioni (qualsiasi nome o alias)…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation>esatto</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>discordano</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>sovrapposte</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>solo A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>solo B</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>Accetta l’annotazione selezionata</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>Rifiuta l’annotazione selezionata</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Segna come &amp;contestata</translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation>Segna l’annotazione selezionata come contestata</translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation>&amp;Successiva in sospeso</translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation>Vai alla prossima annotazione di un collega in attesa di revisione</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Co&amp;mmenta…</translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation>Scrivi un commento sull’annotazione selezionata</translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation>Ar&amp;bitra…</translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation>Decidi tra le versioni di due autori di un documento</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Con&amp;cordanza…</translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation>Quanto concordano due autori (F1, kappa, alfa)</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation>Prima seleziona un’annotazione da rivedere (N va alla prossima in sospeso).</translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation>Seleziona un’annotazione da commentare.</translation>
    </message>
    <message>
        <source>Nothing left to review: every annotation shown has a verdict.</source>
        <translation>Niente da rivedere: ogni annotazione mostrata ha un verdetto.</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisione</translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation>Prendi la versione di A</translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation>Prendi la versione di B</translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation>Prendi entrambe le versioni</translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation>Prendi una versione modificata</translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation>Ritira il verdetto</translation>
    </message>
    <message>
        <source>Verdict withdrawn</source>
        <translation>Verdetto ritirato</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Risposta pubblicata</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Commento pubblicato</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation>{action} (Ctrl+Z annulla)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Annulla la decisione</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Decisione annullata</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation>Seleziona un’annotazione per rivederla.

N salta alla prossima in attesa di revisione; A accetta, R rifiuta, D la segna come contestata.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussione</translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation>Motivo o commento (Markdown). Ctrl+Invio lo pubblica; Accetta / Rifiuta / Contesta lo usano come motivo.</translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation>Il commento a cui risponde la tua risposta</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Contesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Rispondi a</translation>
    </message>
    <message>
        <source>{annotation}
by {author}</source>
        <translation>{annotation}
di {author}</translation>
    </message>
    <message>
        <source>“{quote}”
in {document}</source>
        <translation>«{quote}»
in {document}</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation>Prima seleziona un’annotazione da rivedere (N: prossima in sospeso).</translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation>Già {status}.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Prima scrivi un commento.</translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation>Prima scrivi la risposta nella casella del commento.</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation>{choice!r} non è una scelta (usa una tra {items}).</translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation>Parti da quella di A o di B per la versione modificata (base &apos;a&apos; o &apos;b&apos;).</translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation>Scegli due annotazioni diverse da arbitrare.</translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation>Una delle due annotazioni non esiste più.</translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation>Le due annotazioni sono in documenti diversi.</translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation>Una versione arbitrata è accettata; il suo stato non si può modificare.</translation>
    </message>
    <message>
        <source>That document no longer exists.</source>
        <translation>Quel documento non esiste più.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Il segmento {start}-{end} è fuori dal documento.</translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation>Il segmento modificato contiene solo spazi.</translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation>Scegli {items}, non {choice!r}.</translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Quel conflitto non esiste più.</translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation>Quel conflitto è già stato risolto.</translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation>Quel conflitto è già aperto.</translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation>Scrivi qualcosa da commentare.</translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation>Il commento a cui rispondi non è su questa annotazione.</translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation>Non è un verdetto, quindi non c’è nulla da ritirare.</translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation>{verdict!r} non è un verdetto (usa uno tra {items}).</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Quell’annotazione non esiste più.</translation>
    </message>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Auto-revisione (%n tua proposta): {description} (A accetta · R rifiuta · D contesta · N successiva). Nessuna annotazione di un collega attende la revisione.</numerusform>
            <numerusform>Auto-revisione (%n tue proposte): {description} (A accetta · R rifiuta · D contesta · N successiva). Nessuna annotazione di un collega attende la revisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation>Da rivedere: {annotation} di {author} (A accetta · R rifiuta · D contesta · N successiva)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation>Impossibile: {action}</translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation>{action}: annullato, non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> alle {time} UTC</translation>
    </message>
    <message>
        <source>it</source>
        <translation>la modifica</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} l’ha eliminata dopo di te{when}. Annullare {what} ora sovrascriverebbe la sua modifica, quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} l’ha modificata dopo di te{when}. Annullare {what} ora sovrascriverebbe la sua modifica, quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} l’ha eliminata dopo di te{when}. Ripetere {what} ora sovrascriverebbe la sua modifica, quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} l’ha modificata dopo di te{when}. Ripetere {what} ora sovrascriverebbe la sua modifica, quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation>{title}: {reason}{where}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> I dettagli sono in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation>Qualcosa è andato storto: «{action}» non è stato fatto e non è stato scritto nulla.{where}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Ripeti: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Annulla: {action}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation>NOT ha bisogno di qualcosa prima: «Meta NOT Google» trova Meta, senza Google.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Scrivi una parola da cercare (lettere o cifre).</translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation>Non resta nulla da trovare: ogni parola è esclusa con NOT.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation>Espressione regolare non valida: {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a list of names.</source>
        <translation>{path} è una cartella, non un elenco di nomi.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB: not a list of names.</source>
        <translation>{name} supera {size} MB: non è un elenco di nomi.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossibile leggere {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file: a list has one name or query per line.</source>
        <translation>{name} non è un file di testo: un elenco ha un nome o una query per riga.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}): save it as UTF-8.</source>
        <translation>{name} non è testo UTF-8 (byte {byte}): salvalo come UTF-8.</translation>
    </message>
    <message>
        <source>Nothing to search for on this line.</source>
        <translation>Niente da cercare in questa riga.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>In blocco</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Trova nell’articolo…</translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation>Trova una parola nell’articolo attivo: ogni risultato evidenziato</translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation>&amp;Cerca in tutto il banco…</translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation>Cerca in tutti i documenti, nelle note, nei commenti e nei nomi delle entità</translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>Ricerca in &amp;blocco…</translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation>Un elenco di nomi in tutti i documenti</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation>Prima apri un articolo, poi cerca al suo interno (Ctrl+F).</translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation>Carica un elenco di nomi</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>File di testo (*.txt *.csv *.tsv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Impossibile caricare l’elenco</translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation>Esporta la ricerca in blocco</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation>Esportati l’elenco e i suoi risultati in {path}</translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation>Etichetta come entità</translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation>Etichetta ogni risultato di «{term}» come l’entità:</translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation>Etichetta i risultati</translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation>«{term}» come {name}</translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation>Ogni risultato di «{term}» è già etichettato come {name}.</translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>Caricato %n nome; Cerca tutto lo cerca in ogni documento.</numerusform>
            <numerusform>Caricati %n nomi; Cerca tutto li cerca in ogni documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n risultato di «{term}» proposto come {name}: Invio accetta, Backspace rifiuta</numerusform>
            <numerusform>%n risultati di «{term}» proposti come {name}: Invio accetta, Backspace rifiuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation>Cerca in tutti i documenti:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation>Maiuscole e accenti sono ignorati: societa trova società. Le virgolette fanno una frase, * un prefisso; AND, OR, NOT in maiuscolo.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Testi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commenti di revisione</translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation>Nomi &amp;&amp; alias delle entità</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>dal AAAA-MM-GG</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>al AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation>Tipo di annotazione</translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation>Qualsiasi tipo di annotazione</translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation>Dentro un’entità</translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation>Dentro una cifra</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>Dentro un’affermazione</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Non etichettato</translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation>Solo risultati dentro annotazioni di questo tipo (note: di annotazioni di questo tipo), o solo risultati che nessuno ha ancora etichettato</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation>Data di pubblicazione, AAAA-MM-GG (i documenti senza data sono esclusi)</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Qualsiasi testata</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Scrivi che cosa cercare.</translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation> (un solo documento: modifica la ricerca per cercarli tutti)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Nessun risultato</translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> in %n documento</numerusform>
            <numerusform> in %n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> e %n voce del registro</numerusform>
            <numerusform> e %n voci del registro</numerusform>
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
        <translation>Commento</translation>
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
        <translation>Doppio clic o Invio: aprilo selezionato, poi E / F / C lo etichetta</translation>
    </message>
    <message>
        <source>Register: {name} — {hits}</source>
        <translation>Registro: {name} — {hits}</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>SearchResultsModelCounts</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Show in Its Article</source>
        <translation>Mostra nel suo articolo</translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation>Valuta la fonte {label}</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Non valutata</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Nascondi la fonte</numerusform>
            <numerusform>Nascondi le fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Mostra la fonte</numerusform>
            <numerusform>Mostra le %n fonti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation>Prima seleziona del testo in un articolo, poi etichettalo (E, F o C).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Prima seleziona un’annotazione.</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation>Seleziona un’annotazione da eliminare (fai clic sulla sua evidenziazione o sulla sua riga).</translation>
    </message>
    <message>
        <source>Delete a colleague&apos;s reviewed annotation</source>
        <translation>Elimina l’annotazione rivista di un collega</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Non eliminata.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nulla da annullare.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nulla da ripetere.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annullato: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Ripetuto: {action}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation>La tolleranza è una frazione tra 0 e 1 (0,10 significa ±10%).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation>etichetta il testo selezionato come entità · cifra · affermazione</translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation>accetta · rifiuta il suggerimento corrente (contorno tratteggiato)</translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation>con la barra di ricerca aperta (Ctrl+F): risultato successivo · precedente (E · F · C lo etichettano)</translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation>chiude la barra di ricerca, torna al testo</translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation>in Misura, Entità o Proposizione: salva e torna all’articolo</translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation>salva il campo e passa al successivo · precedente</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>In un articolo</translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation>Nel pannello dell’annotazione</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>il file è danneggiato (il controllo di integrità di SQLite non è riuscito)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed: {detail})</source>
        <translation>il file è danneggiato (il controllo di integrità di SQLite non è riuscito: {detail})</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>Non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation>Il progetto è occupato: un altro programma o un collega ci sta scrivendo. Non ne è stato salvato nulla. Riprova tra poco.</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation>Qualcun altro ha modificato la stessa cosa nello stesso momento. Non ne è stato salvato nulla. Guarda di nuovo e riprova.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation>La connessione al database si è interrotta. Non ne è stato salvato nulla. Controlla il server o la rete e riprova.</translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation>Puoi leggere questo progetto ma non modificarlo (il database ha rifiutato la scrittura). Non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation>Il database ha rifiutato un valore ({reason}). Non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation>Il database ha rifiutato la modifica ({reason}). Non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation>Il progetto è aperto in sola lettura: non ne è stato salvato nulla (il file o la sua cartella non sono scrivibili).</translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation>Il file del progetto è danneggiato ({reason}). Non ne è stato salvato nulla. Esegui `evidence-desk --project FILE check` per vedere che cosa non va.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation>Il disco è pieno. Non ne è stato salvato nulla. Libera un po’ di spazio e riprova.</translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation>Impossibile leggere o scrivere il file del progetto ({reason}). Non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>il progetto</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this change to {table}. Nothing of it was stored.</source>
        <translation>Il tuo ruolo nel team non consente questa modifica a {table}. Non è stato memorizzato nulla.</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>il database è in sola lettura</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>il server è una replica in sola lettura</translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation>il tuo ruolo nel database non può scriverci</translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation>il tuo ruolo nel database non può creare tabelle</translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation>{project} è aperto in sola lettura ({reason}): non si può modificare nulla.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>il file è in sola lettura</translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation>la sua cartella non è leggibile</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>la sua cartella è in sola lettura</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation>{score} simile a «{name}»</translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation>esattamente «{name}»</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Quell’entità non esiste più.</translation>
    </message>
    <message>
        <source>Looking for mentions…</source>
        <translation>Ricerca delle menzioni…</translation>
    </message>
    <message>
        <source>Looking for figures…</source>
        <translation>Ricerca delle cifre…</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Non c’è alcun documento {id}.</translation>
    </message>
    <message>
        <source>The document of this suggestion is no longer in the project.</source>
        <translation>Il documento di questo suggerimento non è più nel progetto.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; refresh the suggestions.</source>
        <translation>Il testo è cambiato da quando è stato fatto questo suggerimento; aggiorna i suggerimenti.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation>Trova menzioni</translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation>Menzioni di «{name}»</translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation>Nessuna menzione non etichettata di {name} trovata.</translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation>Prima apri un articolo, poi cercane le cifre.</translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation>Trova cifre</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>documento {id}</translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation>Cifre in «{title}»</translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation>Nessuna cifra non etichettata in questo articolo.</translation>
    </message>
    <message>
        <source>{action}: reading {count} characters…</source>
        <translation>{action}: lettura di {count} caratteri…</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Nessun suggerimento da accettare.</translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n possibile menzione di {name}: Invio accetta, Backspace rifiuta</numerusform>
            <numerusform>%n possibili menzioni di {name}: Invio accetta, Backspace rifiuta, poi arriva la successiva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n cifra non etichettata trovata: Invio accetta, Backspace rifiuta</numerusform>
            <numerusform>%n cifre non etichettate trovate: Invio accetta, Backspace rifiuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Ancora da rivedere: %n suggerimento di {names} (conservato: scegli la ricerca nel pannello Suggerimenti).</numerusform>
            <numerusform> Ancora da rivedere: %n suggerimenti di {names} (conservati: scegli la ricerca nel pannello Suggerimenti).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Accettata la menzione «{text}» (ne resta %n; Ctrl+Z annulla)</numerusform>
            <numerusform>Accettata la menzione «{text}» (ne restano %n; Ctrl+Z annulla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Accettata la cifra «{text}» (ne resta %n; Ctrl+Z annulla)</numerusform>
            <numerusform>Accettata la cifra «{text}» (ne restano %n; Ctrl+Z annulla)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>Rifiutato «{text}» (ne resta %n)</numerusform>
            <numerusform>Rifiutato «{text}» (ne restano %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>Accettato %n suggerimento (Ctrl+Z lo annulla)</numerusform>
            <numerusform>Accettati %n suggerimenti (Ctrl+Z li annulla insieme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>Rifiutato %n suggerimento</numerusform>
            <numerusform>Rifiutati %n suggerimenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation>Nessun suggerimento. Seleziona un’entità nel registro e scegli Trova tutte le menzioni, oppure Confronto ▸ Trova le cifre (Ctrl+Maiusc+G) in un articolo.</translation>
    </message>
    <message>
        <source>Each search keeps its unreviewed suggestions: pick one to review it</source>
        <translation>Ogni ricerca conserva i suoi suggerimenti non rivisti: scegline una per rivederla</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Ricerca:</translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation>Misura delle cifre accettate:</translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation>La misura sotto cui vanno le cifre accettate (puoi cambiarla dopo)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Accetta (Invio)</translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation>Rifiuta (Backspace)</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Accetta tutti</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Rifiuta tutti</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Invio accetta, Backspace rifiuta.</translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation>tutto rivisto.</translation>
    </message>
    <message>
        <source>{title} (all reviewed)</source>
        <translation>{title} (tutti rivisti)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ancora nessuna)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n cifra da rivedere.</numerusform>
            <numerusform>%n cifre da rivedere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n possibile menzione da rivedere.</numerusform>
            <numerusform>%n possibili menzioni da rivedere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n da rivedere)</numerusform>
            <numerusform>{title} (%n da rivedere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation>Cambia autore</translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation>Annota come:</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Nuovo autore…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You are {login}, an annotator in this team. You may tag, edit and delete your own annotations, answer comments on them, and add documents and names to the register.</source>
        <translation>Sei {login}, annotatore in questo team. Puoi etichettare, modificare ed eliminare le tue annotazioni, rispondere ai commenti su di esse e aggiungere documenti e nomi al registro.</translation>
    </message>
    <message>
        <source>You are {login}, a reviewer in this team. You may do everything an annotator does, and give verdicts and comments on anyone&apos;s annotations (not change their spans or fields), and tidy the register&apos;s names.</source>
        <translation>Sei {login}, revisore in questo team. Puoi fare tutto ciò che fa un annotatore, dare verdetti e commenti sulle annotazioni di chiunque (senza cambiarne estensione o campi) e riordinare i nomi del registro.</translation>
    </message>
    <message>
        <source>You are {login}, an owner in this team. You may do everything: adjudicate, merge and delete register entries, delete documents, merge a colleague&apos;s file, and change anyone&apos;s annotations.</source>
        <translation>Sei {login}, proprietario in questo team. Puoi fare tutto: arbitrare, unire ed eliminare voci del registro, eliminare documenti, unire il file di un collega e modificare le annotazioni di chiunque.</translation>
    </message>
    <message>
        <source>You are {login}, a reader in this team. You may read the project.</source>
        <translation>Sei {login}, lettore in questo team. Puoi leggere il progetto.</translation>
    </message>
    <message>
        <source>You are not a member of this team: you may read, not write.</source>
        <translation>Non sei membro di questo team: puoi leggere, non scrivere.</translation>
    </message>
    <message>
        <source>Verdicts are given by reviewers and owners.</source>
        <translation>I verdetti li danno revisori e proprietari.</translation>
    </message>
    <message>
        <source>Comments on a colleague&apos;s annotations are written by reviewers and owners.</source>
        <translation>I commenti sulle annotazioni di un collega li scrivono revisori e proprietari.</translation>
    </message>
    <message>
        <source>Adjudication settles two colleagues&apos; versions: only an owner does it.</source>
        <translation>L’arbitrato decide tra le versioni di due colleghi: lo fa solo un proprietario.</translation>
    </message>
    <message>
        <source>Renaming and retyping register entries is for reviewers and owners.</source>
        <translation>Rinominare e cambiare tipo alle voci del registro spetta a revisori e proprietari.</translation>
    </message>
    <message>
        <source>Merging, splitting and deleting register entries changes everyone&apos;s annotations: only an owner does it.</source>
        <translation>Unire, separare ed eliminare voci del registro cambia le annotazioni di tutti: lo fa solo un proprietario.</translation>
    </message>
    <message>
        <source>Deleting a document takes every colleague&apos;s annotations with it: only an owner does it.</source>
        <translation>Eliminare un documento porta via le annotazioni di ogni collega: lo fa solo un proprietario.</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s file writes annotations in their name: only an owner does it.</source>
        <translation>Unire il file di un collega scrive annotazioni a suo nome: lo fa solo un proprietario.</translation>
    </message>
    <message>
        <source>The project&apos;s settings are changed by reviewers and owners.</source>
        <translation>Le impostazioni del progetto le cambiano revisori e proprietari.</translation>
    </message>
    <message>
        <source>On a team database you always work as your own login&apos;s author.</source>
        <translation>In un database di team lavori sempre come l’autore del tuo accesso.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as a reviewer you may give it a verdict or a comment, not change its span or fields.</source>
        <translation>Annotazione di {author}: come revisore puoi darle un verdetto o un commento, non cambiarne estensione o campi.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as an annotator you change only your own.</source>
        <translation>Annotazione di {author}: come annotatore modifichi solo le tue.</translation>
    </message>
    <message>
        <source>This project is not a team database: nothing is restricted.</source>
        <translation>Questo progetto non è un database di team: nulla è limitato.</translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Aperto anche in un’altra finestra</numerusform>
            <numerusform>Aperto anche in altre %n finestre</numerusform>
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
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>What Can I Do Here?</source>
        <translation>Che cosa posso fare qui?</translation>
    </message>
    <message>
        <source>Your role in the team, what it allows, and why some actions are hidden</source>
        <translation>Il tuo ruolo nel team, che cosa consente e perché alcune azioni sono nascoste</translation>
    </message>
    <message>
        <source>Who Else Has It Open?</source>
        <translation>Chi altro lo ha aperto?</translation>
    </message>
    <message>
        <source>What either window changes shows in the other within a second; each window&apos;s undo stays its own, and two edits of the same field ask which to keep.</source>
        <translation>Ciò che una finestra cambia appare nell’altra entro un secondo; ogni finestra ha il proprio annullamento, e due modifiche dello stesso campo chiedono quale tenere.</translation>
    </message>
    <message>
        <source>Another window has {project} open ({who}): what it changes shows here as it happens.</source>
        <translation>Un’altra finestra ha aperto {project} ({who}): ciò che cambia appare qui mentre accade.</translation>
    </message>
    <message>
        <source>Nobody else has the project open.</source>
        <translation>Nessun altro ha aperto il progetto.</translation>
    </message>
    <message>
        <source>Who else has it open</source>
        <translation>Chi altro lo ha aperto</translation>
    </message>
    <message>
        <source>The database server cannot be reached{reason}. Nothing can be stored until it is back; Evidence Desk reconnects by itself and then shows what colleagues changed meanwhile.</source>
        <translation>Il server del database non è raggiungibile{reason}. Non si può memorizzare nulla finché non torna; Evidence Desk si riconnette da solo e poi mostra ciò che i colleghi hanno cambiato nel frattempo.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Changes are refused until it is back; reconnecting…</source>
        <translation>Offline: il database non è raggiungibile. Le modifiche sono rifiutate finché non torna; riconnessione…</translation>
    </message>
    <message>
        <source>Connected: colleagues&apos; changes show here as they happen.</source>
        <translation>Connesso: le modifiche dei colleghi appaiono qui mentre accadono.</translation>
    </message>
    <message>
        <source>Back online: what colleagues changed meanwhile is shown.</source>
        <translation>Di nuovo online: è mostrato ciò che i colleghi hanno cambiato nel frattempo.</translation>
    </message>
    <message>
        <source>Accept, Reject, Mark Disputed</source>
        <translation>Accetta, Rifiuta, Segna come contestata</translation>
    </message>
    <message>
        <source>Adjudicate…</source>
        <translation>Arbitra…</translation>
    </message>
    <message>
        <source>Rename, Type, Add Alias, Remove Alias, Unit (register)</source>
        <translation>Rinomina, Tipo, Aggiungi alias, Rimuovi alias, Unità (registro)</translation>
    </message>
    <message>
        <source>Merge…, Split Alias Off… (register)</source>
        <translation>Unisci…, Separa alias… (registro)</translation>
    </message>
    <message>
        <source>Import Colleague&apos;s Annotations…, Resolve Conflicts…</source>
        <translation>Importa annotazioni di un collega…, Risolvi conflitti…</translation>
    </message>
    <message>
        <source>Switch Author…</source>
        <translation>Cambia autore…</translation>
    </message>
    <message>
        <source>Delete… (documents)</source>
        <translation>Elimina… (documenti)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Elimina l’annotazione selezionata</translation>
    </message>
    <message>
        <source>Hidden for your role:</source>
        <translation>Nascosto per il tuo ruolo:</translation>
    </message>
    <message>
        <source>Nothing is hidden for your role.</source>
        <translation>Nulla è nascosto per il tuo ruolo.</translation>
    </message>
    <message>
        <source>Annotations by colleagues open read-only in the Annotation panel. The database itself enforces these rules, whatever program connects.</source>
        <translation>Le annotazioni dei colleghi si aprono in sola lettura nel pannello Annotazione. È il database stesso a far rispettare queste regole, qualunque programma si colleghi.</translation>
    </message>
    <message>
        <source>What can I do here?</source>
        <translation>Che cosa posso fare qui?</translation>
    </message>
    <message>
        <source>{who} changed this annotation meanwhile: choose which version to keep.</source>
        <translation>{who} ha modificato questa annotazione nel frattempo: scegli quale versione tenere.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collega</translation>
    </message>
    <message>
        <source>Kept the version of {who}.</source>
        <translation>Tenuta la versione di {who}.</translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>il tuo collega</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contrasto</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No discussion yet. Write a comment below (Markdown works), or give a verdict with a reason.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Ancora nessuna discussione. Scrivi un commento qui sotto (funziona il Markdown), o dai un verdetto con un motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Include rejected</source>
        <translation>Includi rifiutate</translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation>Misura / fonte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation>Ancora nessuna cifra datata: etichetta una data come cifra (F) — «15 luglio 2025», «giovedì» — e dalle una misura come «accordo annunciato».</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>le fonti discordano</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>una sola fonte</translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation>le fonti concordano</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n evento datato</numerusform>
            <numerusform>%n eventi datati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n misura di data</numerusform>
            <numerusform>%n misure di data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n discordante</numerusform>
            <numerusform>%n discordanti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation>Aggiornamento del progetto</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>Testo dell’articolo più grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ri&amp;duci</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Testo dell’articolo più piccolo</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Dimensioni &amp;reali</translation>
    </message>
    <message>
        <source>Article text at its usual size</source>
        <translation>Testo dell’articolo alla dimensione normale</translation>
    </message>
    <message>
        <source>Article text: {size} pt</source>
        <translation>Testo dell’articolo: {size} pt</translation>
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
        <translation>&amp;Lingua</translation>
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
        <translation>Entità</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entità</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestata</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestata</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afferma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>afferma</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>nega</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>esatto</translation>
    </message>
    <message>
        <source>about</source>
        <translation>circa</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>almeno</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>al massimo</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervallo</translation>
    </message>
    <message>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mese</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anni</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesi</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>age</source>
        <translation>età</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Del tutto affidabile</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Di solito affidabile</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Abbastanza affidabile</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Di solito non affidabile</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Non affidabile</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Affidabilità non valutabile</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confermata da altre fonti</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probabilmente vera</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Forse vera</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dubbia</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbabile</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Veridicità non valutabile</translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation>Aggiungi da un indirizzo web</translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation>Indirizzo di una pagina web, di un PDF o di un file Word (http:// o https://):</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>Scaricamento di {url}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Annullato: non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation>Scaricamento di {url}… {bytes} byte</translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation>Aggiunto «{title}» da {address}</translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation>La pagina non è stata aggiunta.</translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Aggiungi il testo completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Non aggiungere</translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation>In alternativa se ne può aggiungere tutto il testo visibile (menu e link compresi).</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Non è stato aggiunto nulla.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Fonti (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Pagine web (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Testo (*.txt *.md *.markdown);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation>Prima apri o seleziona un documento.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>Eliminare «{title}» e la sua %n annotazione?

Non si può annullare e svuota la cronologia degli annullamenti.</numerusform>
            <numerusform>Eliminare «{title}» e le sue %n annotazioni?

Non si può annullare e svuota la cronologia degli annullamenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Elimina documento</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importa documenti</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e ancora %n</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>Nessun articolo trovato in {names}. Aggiungere invece il testo completo della pagina?</numerusform>
            <numerusform>Nessun articolo trovato in {names}. Aggiungere invece il testo completo di queste pagine?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Aggiungi il testo completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Non aggiungere</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crea un file di progetto vuoto</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Apri un file di progetto</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importa documenti…</translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation>Importa fonti (.html, .pdf, .docx, .eml, .txt, .md)</translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation>Aggiungi da indirizzo &amp;web…</translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation>Scarica una pagina web, un PDF o un file Word, archivialo e aggiungilo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation>Esci da Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annulla l’ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Elimina annotazione</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Elimina l’annotazione selezionata</translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation>&amp;Metadati del documento…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation>Modifica titolo, testata, data e affidabilità dell’articolo</translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation>Etichetta come &amp;entità</translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation>Etichetta la selezione come entità (E nell’articolo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation>Etichetta come &amp;cifra</translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation>Etichetta la selezione come cifra (F nell’articolo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation>Etichetta come &amp;affermazione</translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation>Etichetta la selezione come affermazione (C nell’articolo)</translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation>Nuovo &amp;riquadro</translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation>Apri un altro riquadro di articolo</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Chiudi riquadro</translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation>Chiudi il riquadro attivo</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Riquadro successivo</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Riquadro successivo</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Riquadro precedente</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Riquadro precedente</translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation>Filtra annotazioni</translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation>Filtra l’elenco delle annotazioni</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifica annotazione</translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation>Modifica l’annotazione selezionata nel pannello</translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation>&amp;Cambia autore…</translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation>Annota come un’altra persona su questo computer</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifica profilo…</translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation>Cambia il tuo nome e il colore delle evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and what the highlights mean</source>
        <translation>Ogni scorciatoia da tastiera, e che cosa significano le evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>What the highlight colours, underlines, outlines and author colours mean</source>
        <translation>Che cosa significano i colori delle evidenziazioni, le sottolineature, i contorni e i colori degli autori</translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation>&amp;Informazioni su Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Entity &amp;Type</source>
        <translation>&amp;Tipo di entità</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profilo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etichetta:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Progetti Evidence Desk (*.evidence);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation>Senza titolo.evidence</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Svuota il menu</translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation>Quel progetto è già aperto.</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Apri il progetto</translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation>{project} è ancora aperto.</translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation>Cambia progetto</translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation>Aperto {project}</translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation>Annota come {name}</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>Annoti come {name}</translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation>Non valutata</translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation>Affidabilità della fonte: {grade}. Fai clic per valutarla (A–F).</translation>
    </message>
</context>
</TS>
