<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Casilla de verificación</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Botón</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Lista desplegable</translation>
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
        <translation>Control deslizante</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
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
        <translation>Control</translation>
    </message>
    <message>
        <source>{role} in {place}</source>
        <translation>{role} en {place}</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>Arbitraje</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation>1 · Quedarse con la de A</translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation>2 · Quedarse con la de B</translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation>3 · Quedarse con ambas</translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation>E · Editar y quedarse…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation>↑ ↓ se mueven entre filas · 1 / 2 / 3 se quedan con la de A / de B / ambas · E edita y se queda · Ctrl+Z deshace. ✓ aceptada, ✗ rechazada, ⚑ cuestionada.</translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation>Arbitraje — elija dos autores distintos</translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation>Solo un autor la marcó: quédese con ella (aceptar) o con el lado vacío (rechazar).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation>(no definido: {reason})</translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation>Fragmentos de este tipo marcados por cada autor en los documentos comparados.</translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation>No definido: {reason}.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation>Alfa unitizado de Krippendorff: 1 es el acuerdo perfecto, 0 lo que da el azar.</translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} de %n par solapado coinciden en la etiqueta.</numerusform>
            <numerusform>{agreeing} de %n pares solapados coinciden en la etiqueta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} de %n par solapado coinciden en el valor.</numerusform>
            <numerusform>{agreeing} de %n pares solapados coinciden en el valor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n fragmento de B coinciden exactamente con uno de A.</numerusform>
            <numerusform>{matched} de %n fragmentos de B coinciden exactamente con uno de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n fragmento de B se solapan con uno de A.</numerusform>
            <numerusform>{matched} de %n fragmentos de B se solapan con uno de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n fragmento de A coinciden exactamente con uno de B.</numerusform>
            <numerusform>{matched} de %n fragmentos de A coinciden exactamente con uno de B.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} de %n fragmento de A se solapan con uno de B.</numerusform>
            <numerusform>{matched} de %n fragmentos de A se solapan con uno de B.</numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation>F1 = 2·{matched} / ({a} + {b}): fragmentos emparejados sobre todos los fragmentos.</translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation>F1 exacto</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 solapamiento</translation>
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
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Annotations by A</source>
        <translation>Anotaciones de A</translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation>Anotaciones de B</translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation>Precisión exacta</translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation>Exhaustividad exacta</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 exacto</translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation>Precisión por solapamiento</translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation>Exhaustividad por solapamiento</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 por solapamiento</translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation>Acuerdo en la etiqueta (pares)</translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation>Acuerdo en el valor (pares)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation>αU de Krippendorff</translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation>Concordancia entre dos autores</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation>Medir A respecto a B</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (referencia)</translation>
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
        <translation>Elija dos autores distintos.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Marque al menos un documento.</translation>
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
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation>
            <numerusform>%n documento, {characters} caracteres; B = {b} medido respecto a A = {a}</numerusform>
            <numerusform>%n documentos, {characters} caracteres; B = {b} medido respecto a A = {a}</numerusform>
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
        <translation>valor no leído</translation>
    </message>
    <message>
        <source>denies: {proposition}</source>
        <translation>niega: {proposition}</translation>
    </message>
    <message>
        <source>figure: {value}</source>
        <translation>cifra: {value}</translation>
    </message>
    <message>
        <source>entity: {name} (“{quote}”)</source>
        <translation>entidad: {name} («{quote}»)</translation>
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
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation>Mostrar un solo tipo de anotación</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Todos los autores</translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation>Mostrar las anotaciones de un solo autor</translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation>Filtrar citas, valores, notas…</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Ninguna anotación seleccionada.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seleccione texto en un artículo y pulse &lt;b&gt;E&lt;/b&gt; (entidad), &lt;b&gt;F&lt;/b&gt; (cifra) o &lt;b&gt;C&lt;/b&gt; (afirmación), o haga clic en un resaltado para editarlo aquí.&lt;/p&gt;</translation>
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
        <translation>Nombre canónico, p. ej. Meta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. 14 000 000 000</source>
        <translation>p. ej. 14 000 000 000</translation>
    </message>
    <message>
        <source>upper end</source>
        <translation>extremo superior</translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation>Qué mide, p. ej. la participación de Meta en Scale AI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation>Qué se afirma, con sus palabras</translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation>Quién lo dice</translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation>Fuente que cita el texto, p. ej. Bloomberg</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposición</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Atribuida a</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Nota (Markdown)</translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation>Por qué importa, qué comprobar…</translation>
    </message>
    <message>
        <source>Read-only here: {reason}</source>
        <translation>Solo lectura aquí: {reason}</translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation>Una fecha relativa se cuenta desde la fecha de publicación, que este documento no tiene (Edición › Metadatos del documento); o escriba la fecha arriba (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation>El analizador no pudo leer ningún valor: escríbalo arriba.</translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation>⚙ Leído automáticamente: {value}</translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation>✎ Introducido a mano: {value}</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation>No existe el documento {document_id}.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>El fragmento {start}-{end} está fuera del documento.</translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation>Seleccione texto para marcar (la selección solo tiene espacios).</translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation>{status!r} no es un estado.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Esa anotación ya no existe.</translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation>No se pueden restaurar los campos de la anotación: {items}</translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation>Campos de anotación desconocidos: {items}</translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{value!r} no es una fecha: escríbala como AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{text!r} no es una fecha: escríbala como AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} no es un número.</translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation>La credibilidad se califica de 1 a 6.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un colega</translation>
    </message>
    <message>
        <source>“{quote}” is {owner}&apos;s {kind}, {status} in review.</source>
        <translation>«{quote}» es {kind} de {owner}, {status} en revisión.</translation>
    </message>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>¿Eliminarla junto con su %n revisión?</numerusform>
            <numerusform>¿Eliminarla junto con sus %n revisiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>¿Eliminarla?</translation>
    </message>
    <message>
        <source>(Edit › Undo brings it back.)</source>
        <translation>(Edición › Deshacer la recupera.)</translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation>Esa anotación ya existe.</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>La fiabilidad de la fuente se califica de A a F.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Who is annotating?</source>
        <translation>¿Quién anota?</translation>
    </message>
    <message>
        <source>Every annotation records who made it, so colleagues can tell their work from yours. Evidence Desk needs a name for you.</source>
        <translation>Cada anotación registra quién la hizo, para que los colegas distingan su trabajo del suyo. Evidence Desk necesita un nombre para usted.</translation>
    </message>
    <message>
        <source>Enter My Name…</source>
        <translation>Escribir mi nombre…</translation>
    </message>
    <message>
        <source>Continue as “{name}”</source>
        <translation>Continuar como «{name}»</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>As “{name}”, your annotations are signed “{name}” until you give your name in Profile › Edit Profile.</source>
        <translation>Como «{name}», sus anotaciones se firman «{name}» hasta que indique su nombre en Perfil › Editar perfil.</translation>
    </message>
    <message>
        <source>No project there</source>
        <translation>No hay ningún proyecto ahí</translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation>No hay ningún proyecto en {location}.

¿Crear allí un proyecto nuevo y vacío?</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation>Abrir otro proyecto…</translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation>Abrir el proyecto predeterminado</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Proyectos de Evidence Desk (*.evidence);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Annotating as “{name}”: Profile › Edit Profile gives your name</source>
        <translation>Anota como «{name}»: Perfil › Editar perfil indica su nombre</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Patrón no válido</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
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
        <translation>Cerrar este artículo</translation>
    </message>
    <message>
        <source>Close article</source>
        <translation>Cerrar artículo</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Artículo: {title}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Select a passage, then E, F or C tags it as an entity, a figure or a claim</source>
        <translation>Seleccione un pasaje; E, F o C lo marca como entidad, cifra o afirmación</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation>Marcar como &amp;entidad (E)</translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation>Marcar como c&amp;ifra (F)</translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation>Marcar como &amp;afirmación (C)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation>{kind} sugerida: {label} (Intro acepta, Retroceso rechaza)</translation>
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
        <translation>De quién son las anotaciones que muestran los artículos</translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation>Todos los autores</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Mostrar solo</translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation>Mostrar: todos los autores</translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation>Mostrar: solo {name}</translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation>Mostrar: nadie</translation>
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
        <translation>Un nombre o una frase por línea:
Alexandr Wang
Jason Droege
Scale AI
…</translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation>Cargar lista…</translation>
    </message>
    <message>
        <source>Search All</source>
        <translation>Buscar todo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation>Marcar la fila como entidad…</translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation>Proponer cada coincidencia del término seleccionado como mención de una entidad (Sugerencias: Intro acepta, Retroceso rechaza)</translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation>Primero pegue o cargue una lista de nombres, uno por línea.</translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation>Buscando la lista…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation>Búsqueda por lotes</translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation> (detenida tras {searched} de {listed})</translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation>Primero busque la lista; luego podrá exportar sus resultados.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir {file}: {reason}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} de %n término encontrados</numerusform>
            <numerusform>{found} de %n términos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} en %n documento</numerusform>
            <numerusform>{found} en %n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation>Buscado como {query}</translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation> — haga clic para verlas</translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} en «{title}»: %n coincidencia</numerusform>
            <numerusform>{term} en «{title}»: %n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation>Historial de deshacer vaciado: la importación cambió anotaciones</translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation>Importar anotaciones de un &amp;colega…</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence *.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)</source>
        <translation>Anotaciones o proyecto de un colega (*.jsonld *.json *.evidence *.qdpx);;Anotaciones web W3C (*.jsonld *.json);;Proyectos de Evidence Desk (*.evidence);;Proyectos REFI-QDA: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld), project file (.evidence) or REFI-QDA project (.qdpx)</source>
        <translation>Combinar las anotaciones W3C (.jsonld), el archivo de proyecto (.evidence) o el proyecto REFI-QDA (.qdpx) de un colega</translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation>E&amp;xportar para un colega…</translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation>Escribir sus anotaciones para un colega (W3C JSON-LD)</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation>Anotaciones que usted y un colega cambiaron</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation>Resolver &amp;conflictos ({count})…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation>Importar las anotaciones de un colega</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation>Anotaciones sin tipo</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Exportar para un colega</translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n anotación de {file} no indica ningún tipo que Evidence Desk conozca.
Importarla como:</numerusform>
            <numerusform>%n anotaciones de {file} no indican ningún tipo que Evidence Desk conozca.
Importarlas como:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>Exportado %n elemento para un colega en {file}</numerusform>
            <numerusform>Exportados %n elementos para un colega en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation>El color de sus resaltados</translation>
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
        <translation>Cita</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation>Etiqueta corta de la fuente (usada en las comparaciones, los gráficos y el dosier)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation>Fiabilidad de la fuente, de A (totalmente fiable) a F (no evaluable)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation>Las palabras de la fuente</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the figure (via …)</source>
        <translation>La etiqueta de la fuente y, debajo, a quién atribuye la cifra (vía …)</translation>
    </message>
    <message>
        <source>The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range</source>
        <translation>El valor que da la fuente: ~ aproximadamente (dentro de la tolerancia), + al menos, ≤ como máximo, – un intervalo</translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation>Estado de revisión de la anotación</translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation>Incompatible
con</translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation>Fuentes cuyo valor no puede ser cierto a la vez que este</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation>Si la fuente afirma o niega la proposición</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the claim (via …)</source>
        <translation>La etiqueta de la fuente y, debajo, a quién atribuye la afirmación (vía …)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation>Quién lo dice, en la fuente</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Cred.</translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Credibilidad de la afirmación, de 1 (confirmada por otras fuentes) a 6 (no evaluable)</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation>El nombre canónico de la entidad (F2 lo renombra)</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation>Otros nombres y grafías, en cualquier idioma</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation>Menciones marcadas por fuente (etiqueta:número)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation>Menciones marcadas en todas las fuentes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the panel, or Type in this tab)</source>
        <translation>Elegido por un analista; «Persona?» es una suposición a partir del nombre que nadie confirmó (Alt+1 … Alt+6 en el panel, o Tipo en esta pestaña)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation>Qué miden las cifras (F2 la renombra)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation>La unidad en que se comparan las cifras</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation>Cifras marcadas con esta medida</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation>Cifras por fuente</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Discrepan</translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation>Si dos fuentes dan valores que no pueden ser ciertos a la vez</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposición</translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation>Qué afirman o niegan las afirmaciones (F2 la renombra)</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation>Afirmaciones que la afirman</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Niega</translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation>Afirmaciones que la niegan</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Afirmaciones por fuente</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation>Si una fuente afirma lo que otra niega</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation>Puntuación / se lee</translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation>A · cita</translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation>A · tipo y lectura</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation>B · cita</translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation>B · tipo y lectura</translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation>El pasaje marcado por el autor A (✓ aceptada, ✗ rechazada, ⚑ cuestionada)</translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation>Qué registró A: el tipo y el valor, la entidad o la proposición</translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation>Cómo se alinean las dos versiones: exactas, discrepantes (mismo pasaje, lectura distinta), solapadas, solo una</translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation>Los campos en que difieren las dos versiones, valor de A ≠ valor de B</translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation>El pasaje marcado por el autor B</translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation>Qué registró B</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation>El nombre o la consulta</translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation>Coincidencias en todos los documentos</translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation>Documentos que lo mencionan</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation>Incluir pendientes</translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation>Comparar también las anotaciones que nadie ha revisado aún (propuestas, cuestionadas)</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Incluir rechazadas</translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation>Comparar también las anotaciones que un revisor rechazó</translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation>Cuánto puede alejarse de su valor una cifra dada como «aproximadamente» (ajuste del proyecto)</translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation>«aproximadamente» significa</translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation>Acoplar a la ventana principal</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>Abrir en una ventana</translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation>Volver a poner la comparación debajo de los artículos</translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation>Leer la comparación en una ventana propia, junto a la principal o en otra pantalla</translation>
    </message>
    <message>
        <source>Computing the comparison…</source>
        <translation>Calculando la comparación…</translation>
    </message>
    <message>
        <source>The comparison could not be computed: {reason}</source>
        <translation>No se pudo calcular la comparación: {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation>Todavía nada que comparar. Marque cifras y deles una medida (F, luego qué miden), o afirmaciones y la proposición que afirman o niegan (C).</translation>
    </message>
    <message>
        <source>Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, or review them (Review › Next Pending, N).</source>
        <translation>Nada aceptado que comparar: {hidden}. Marque Incluir pendientes para compararlas ahora, o revíselas (Revisión › Siguiente pendiente, N).</translation>
    </message>
    <message>
        <source>Nothing to compare with these options: {hidden}. Tick Include rejected to see them.</source>
        <translation>Nada que comparar con estas opciones: {hidden}. Marque Incluir rechazadas para verlas.</translation>
    </message>
    <message>
        <source>not shown: {hidden}</source>
        <translation>no mostradas: {hidden}</translation>
    </message>
    <message>
        <source>via {source}</source>
        <translation>vía {source}</translation>
    </message>
</context>
<context>
    <name>CompareViewCounts</name>
    <message numerus="yes">
        <source>{disagree} of %n measure(s): sources disagree</source>
        <translation>
            <numerusform>{disagree} de %n medida: las fuentes discrepan</numerusform>
            <numerusform>{disagree} de %n medidas: las fuentes discrepan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} de %n proposición cuestionadas</numerusform>
            <numerusform>{contested} de %n proposiciones cuestionadas</numerusform>
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
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} fue rechazada</numerusform>
            <numerusform>{things} fueron rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} espera revisión</numerusform>
            <numerusform>{things} esperan revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n rechazada)</numerusform>
            <numerusform> (%n rechazadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation>{source}, vía {attribution}</translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation>ningún valor que comparar</translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation>las fuentes discrepan: {values}</translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation>un solo valor: {values}</translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation>las fuentes coinciden: {values}</translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation>; no comparados (unidad distinta): {values}</translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation>; ningún valor leído: {sources}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation>Valor / entidad / proposición</translation>
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
        <translation>La suya ({author})</translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation>Ambos cambiaron esto: compare y luego conserve la suya o tome la del colega</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modificada por un colega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> a las {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} changed this annotation{when}&lt;/b&gt; while you were editing it (“{quote}”). Nothing of yours is written yet: which do you keep?</source>
        <translation>&lt;b&gt;{who} modificó esta anotación{when}&lt;/b&gt; mientras usted la editaba («{quote}»). Nada suyo se ha escrito aún: ¿cuál conserva?</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un colega</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Suya ({who})</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya (usted)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar la suya</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation>{document}
Su versión: {author}, detectada {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation>Conserve su versión; su colega la recibirá con su próxima exportación</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Tomar la &amp;suya</translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation>Sustituir su versión por la de su colega (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ningún conflicto abierto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation>&lt;b&gt;Ambos cambiaron:&lt;/b&gt; {fields}</translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation>Solo difiere la hora del cambio.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation>Tomar la versión de {author}</translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation>{action} de «{quote}» (Ctrl+Z lo deshace)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n anotación cambiada por usted Y por un colega desde su último intercambio. Compare y luego conserve la suya o tome la del colega.</numerusform>
            <numerusform>%n anotaciones cambiadas por usted Y por un colega desde su último intercambio. Compare y luego conserve la suya o tome la del colega.</numerusform>
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
        <translation>atribuida a</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposición</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>span</source>
        <translation>fragmento</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation>{author} añade {text}</translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation>el de {author} es más largo</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation>Metadatos del documento</translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation>FT 2025-07-15</translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation>El nombre corto con que esta fuente aparece en las comparaciones, los gráficos y el dosier</translation>
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
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
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
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation>original {type}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation>obtenido {when}; {original}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation>Un documento necesita una etiqueta corta (p. ej. «FT 2025-07-15»).</translation>
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
        <translation>Abrir en un panel nuevo</translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation>Editar metadatos…</translation>
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
        <translation>Etiqueta: {label}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Por {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Publicado el {date}</translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation>Obtenido {when}</translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation>Original: {type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation>Fiabilidad {grade}: {label}</translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation>{characters} caracteres · {annotations} anotaciones</translation>
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
        <translation>{what} tiene {length} caracteres; caben como máximo {limit}.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un documento necesita un título.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (use e.g. it, pt, fr, en, pt-br).</source>
        <translation>«{value}» no es un código de idioma (use p. ej. it, pt, fr, en, pt-br).</translation>
    </message>
    <message>
        <source>The language tag</source>
        <translation>El código de idioma</translation>
    </message>
    <message>
        <source>The outlet</source>
        <translation>El medio</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>La URL</translation>
    </message>
    <message>
        <source>A web address has no spaces or line breaks in it.</source>
        <translation>Una dirección web no tiene espacios ni saltos de línea.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>«{url}» no es una dirección web.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it starts with http:// or https://).</source>
        <translation>«{url}» no es una dirección web (empieza por http:// o https://).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write the publication date as YYYY-MM-DD (or leave it empty).</source>
        <translation>«{value}» no es una fecha; escriba la fecha de publicación como AAAA-MM-DD (o déjela vacía).</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>El autor</translation>
    </message>
    <message>
        <source>The source label</source>
        <translation>La etiqueta de la fuente</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>La fiabilidad de la fuente se califica de A a F.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>No hay ningún documento {id}.</translation>
    </message>
    <message>
        <source>Document {clash} already has the label “{label}”; labels tell sources apart, so each must be different.</source>
        <translation>El documento {clash} ya tiene la etiqueta «{label}»; las etiquetas distinguen las fuentes, así que cada una debe ser distinta.</translation>
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
        <translation>HTML (un único archivo autónomo)</translation>
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
        <translation>Paquete de pruebas (ZIP: HTML, PDF, JSON, las fuentes, los hashes)</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Paquete de pruebas (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exportar dosier</translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation>El idioma de los títulos, etiquetas y frases del dosier, y cómo se escriben sus números y fechas; las citas quedan literales</translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation>Incluir las anotaciones pendientes (propuestas, cuestionadas)</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Incluir las entidades</translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation>Incluir las notas de los analistas</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation>No se puede componer el dosier: {reason}</translation>
    </message>
    <message>
        <source>You are the only analyst in this project, so your annotations nobody has reviewed are included, marked “(pending)”. Untick to export only what you accepted (Review › Next Pending, N, walks your own).</source>
        <translation>Es el único analista de este proyecto, así que sus anotaciones que nadie ha revisado se incluyen, marcadas «(pendiente)». Desmarque para exportar solo lo que aceptó (Revisión › Siguiente pendiente, N, recorre las suyas).</translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation>. El nombre del archivo termina en {suffix}, así que se escribió {written} y no {chosen}; Formato indica ahora {written}.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Building the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>the preview shows the first pages; the export holds the whole dossier</source>
        <translation>la vista previa muestra las primeras páginas; la exportación contiene el dosier completo</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Componiendo el dosier…</translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation>Imprimiendo las páginas…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Exportar el dosier</translation>
    </message>
    <message>
        <source>Not exported: cancelled; nothing was written.</source>
        <translation>No exportado: cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>No exportado: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation>Exportado a {path} como {format} {detail}</translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n anotación aún sin revisar queda fuera (el dosier lo indica). Marque Incluir pendientes para mostrarla marcada «(pendiente)», o revísela antes (Revisión › Siguiente pendiente, N).</numerusform>
            <numerusform>%n anotaciones aún sin revisar quedan fuera (el dosier lo indica). Marque Incluir pendientes para mostrarlas marcadas «(pendiente)», o revíselas antes (Revisión › Siguiente pendiente, N).</numerusform>
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
            <numerusform>(el dosier en HTML, PDF y JSON, con %n texto de fuente y su hash; `evidence-desk verify` lo comprueba)</numerusform>
            <numerusform>(el dosier en HTML, PDF y JSON, con %n textos de las fuentes y sus hashes; `evidence-desk verify` lo comprueba)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(y %n archivo de gráfico al lado)</numerusform>
            <numerusform>(y %n archivos de gráfico al lado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation>No se puede escribir el PDF en {path}.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation>Dosier de pruebas</translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation>vía {name}</translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation>pendiente (hueco)</translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation>incompatible con otra fuente</translation>
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
            <numerusform>{included} de %n anotación</numerusform>
            <numerusform>{included} de %n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n pendiente excluida)</numerusform>
            <numerusform> (%n pendientes excluidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>ninguna cifra</translation>
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
        <translation>{figures}, ninguna en una medida</translation>
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
        <translation>{figures}: {assigned} en {measures}, {unassigned} sin medida</translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation>{figures} en {measures}</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>ninguna afirmación</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation>{claims}, ninguna en una proposición</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposición</numerusform>
            <numerusform>%n proposiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation>{claims}: {assigned} en {propositions}, {unassigned} sin proposición</translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation>{claims} en {propositions}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation>Notas de los analistas</translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation>Apéndice A: quién anotó y revisó qué</translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation>Apéndice B: pasajes citados</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>cuestionada</translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation>devuelta a propuesta</translation>
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
        <translation>{status} (pendiente)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation>{source} vía {attribution}</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entidad</numerusform>
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
            <numerusform>%n documento, listado en Fuentes</numerusform>
            <numerusform>%n documentos, listados en Fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation>aceptadas, y las propuestas o cuestionadas marcadas «(pendiente)»</translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation>solo las aceptadas</translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation>- **Proyecto:** {title}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation>- **Documentos cubiertos:** {scope}</translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation>- **Analistas:** {names}</translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation>- **Revisado por:** {names}</translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation>- **Generado:** {when} UTC</translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation>- **Anotaciones incluidas:** {which}: {included} de {total}; las anotaciones rechazadas nunca se incluyen</translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation>**Índice:**</translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation>El proyecto no tiene documentos.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Huellas</translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation>El SHA-256 de cada texto guardado (UTF-8) y su longitud en caracteres (puntos de código).</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originales</translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation>El original archivado de cada fuente (el archivo tal como se leyó, o la página tal como se obtuvo, guardada con todo el intercambio HTTP), su SHA-256 y cuándo se obtuvo. Extraer de nuevo el original da el texto guardado (`evidence-desk verify`).</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Incompatible con</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation>Una cifra dada como «aproximadamente» un valor se lee como ese valor {tolerance}. Dos cifras son incompatibles cuando ningún valor sirve a ambas.</translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation>No se incluye ninguna cifra.</translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation>Cifras no asignadas a una medida</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation>No se incluye ninguna fecha.</translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation>Cada fecha se muestra con la precisión que da su fuente (un día, un mes o un año). Dos fechas son incompatibles cuando ningún día sirve a ambas.</translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation>**Las fuentes discrepan.**</translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation>Las fuentes coinciden.</translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation>Fechas no asignadas a una medida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation>hablante {name}</translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation>atribuida a {name}</translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation>fuente {source}, fiabilidad {grade}</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>credibilidad {grade}</translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation>**Cuestionada:** afirmada por {asserting}; negada por {denying}.</translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation>**No cuestionada:** afirmada por {asserting}; ninguna fuente la niega.</translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation>**No cuestionada:** negada por {denying}; ninguna fuente la afirma.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Niega</translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation>No se incluye ninguna afirmación.</translation>
    </message>
    <message>
        <source>{type} (guessed)</source>
        <translation>{type} (supuesto)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n cuestionada</numerusform>
            <numerusform>%n cuestionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n anotación aún sin revisar ({statuses}: {kinds}): exporte con *incluir pendientes* para mostrarla, marcada «(pendiente)»</numerusform>
            <numerusform>%n anotaciones aún sin revisar ({statuses}: {kinds}): exporte con *incluir pendientes* para mostrarlas, marcadas «(pendiente)»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n rechazada (nunca se muestra)</numerusform>
            <numerusform>%n rechazadas (nunca se muestran)</numerusform>
        </translation>
    </message>
    <message>
        <source>- **Left out:** {text}</source>
        <translation>- **Excluidas:** {text}</translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation>Las **citas** se leen `002 ¶3 · doc. 120–145`: fuente 002, párrafo 3 (cada línea no vacía del texto guardado es un párrafo, contado desde 1); la cita son los caracteres 120 a 145 del documento entero («doc.»), no del párrafo (puntos de código Unicode contados desde 0 al inicio del texto, final excluido: text[120:145]). Cada cita es literal; un salto de línea dentro de una cita se muestra como ¶. Cada cita enlaza con su pasaje en el Apéndice B.</translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Ninguna cifra incluida: %n cifra espera revisión (exporte con incluir pendientes para mostrarla).</numerusform>
            <numerusform>Ninguna cifra incluida: %n cifras esperan revisión (exporte con incluir pendientes para mostrarlas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Ninguna afirmación incluida: %n afirmación espera revisión (exporte con incluir pendientes para mostrarla).</numerusform>
            <numerusform>Ninguna afirmación incluida: %n afirmaciones esperan revisión (exporte con incluir pendientes para mostrarlas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation>Las proposiciones cuestionadas (afirmadas por una fuente, negadas por otra) van primero.</translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation>Afirmaciones no asignadas a una proposición</translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation>Las entidades quedan fuera de este dosier.</translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation>No se incluye ninguna entidad.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation>Alias encontrados</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Menciones por fuente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation>Las notas quedan fuera de este dosier.</translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation>Ninguna nota en las anotaciones incluidas.</translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation>**{author}** sobre {quote} ({citation})</translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation>Todas las anotaciones del proyecto, sea cual sea su estado, por analista; las revisiones dadas son veredictos y comentarios.</translation>
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
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation>Nadie ha anotado todavía.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Registro de revisiones</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
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
        <translation>Comentario</translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation>{citation} de {author}</translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation>Ninguna revisión de las anotaciones incluidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n revisión más se refiere a anotaciones que este dosier deja fuera.</numerusform>
            <numerusform>%n revisiones más se refieren a anotaciones que este dosier deja fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
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
        <translation>abrir en la fuente</translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation>obtenido {when}</translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation>SHA-256 del original {hash}</translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation>No se cita nada.</translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around the quote, with … where it was cut), the quote in bold.</source>
        <translation>Cada cita en su pasaje: la línea del texto guardado en que está (de una línea muy larga, las frases en torno a la cita, con … donde se cortó), la cita en negrita.</translation>
    </message>
    <message>
        <source>no measure</source>
        <translation>sin medida</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
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
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposición</translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation>Editar y quedarse</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation>Partir de la de {name} (A)</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation>Partir de la de {name} (B)</translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation>Ambas versiones se rechazan y su copia corregida se acepta. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation>Quedarse con la versión editada</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
</context>
<context>
    <name>EntityTypeChooser</name>
    <message>
        <source>The selected entity&apos;s type: {type}</source>
        <translation>Tipo de la entidad seleccionada: {type}</translation>
    </message>
    <message>
        <source>The entity&apos;s type: {type} ({key})</source>
        <translation>Tipo de la entidad: {type} ({key})</translation>
    </message>
    <message>
        <source>“{type}” is a guess from the name: {key} confirms it, or choose another. Until then the dossier marks it “(guessed)”.</source>
        <translation>«{type}» es una suposición a partir del nombre: {key} la confirma, o elija otro. Hasta entonces el dosier lo marca «(supuesto)».</translation>
    </message>
    <message>
        <source>Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it blank.</source>
        <translation>Tipo aún sin elegir: Alt+1 … Alt+6, o haga clic en uno. El dosier lo deja en blanco.</translation>
    </message>
    <message>
        <source>Select an entity annotation to choose its type.</source>
        <translation>Seleccione una anotación de entidad para elegir su tipo.</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Poner el tipo {type}</translation>
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
        <translation>No se pudo añadir la página: {reason}</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>Exportar &amp;dosier…</translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation>Previsualizar y exportar el dosier de pruebas (Markdown, HTML, PDF, JSON)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Exportar proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation>Para QualCoder, MAXQDA, NVivo o ATLAS.ti</translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation>Exportar anotaciones como CSV…</translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation>Una fila por anotación, todos los campos, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dosier escrito en {path}</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Proyecto REFI-QDA (*.qdpx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>Exportada %n selección codificada a {path}</numerusform>
            <numerusform>Exportadas %n selecciones codificadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tool is the file for?</source>
        <translation>¿Para qué herramienta es el archivo?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n documento contiene emoji u otros caracteres que las herramientas cuentan de forma distinta ({titles}).</numerusform>
            <numerusform>%n documentos contienen emoji u otros caracteres que las herramientas cuentan de forma distinta ({titles}).</numerusform>
        </translation>
    </message>
    <message>
        <source>QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers and for the coded text QualCoder stores and reports.</source>
        <translation>QualCoder, NVivo, MAXQDA y ATLAS.ti resaltan las codificaciones contadas en unidades UTF-16: elíjalos para ver cada codificación en su sitio (QualCoder guarda entonces el texto codificado de una codificación tras un emoji desplazado un carácter). El estándar REFI-QDA cuenta caracteres Unicode: elíjalo para otros lectores y para el texto codificado que QualCoder guarda e informa.</translation>
    </message>
    <message>
        <source>The REFI-QDA standard</source>
        <translation>El estándar REFI-QDA</translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation>Exportar anotaciones como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exportada %n anotación a {path}</numerusform>
            <numerusform>Exportadas %n anotaciones a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>No se escribió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Buscar en este artículo</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation>Intro / Mayús+Intro: coincidencia siguiente / anterior, luego E, F o C la marca · Esc cierra</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>solid underline</source>
        <translation>subrayado continuo</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>subrayado discontinuo</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>subrayado ondulado</translation>
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
        <translation>Esa anotación ya no existe.</translation>
    </message>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation>creada en arbitraje por {who} (a partir de {sources})</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>propuesta por {who}</translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation> por {who} (desde el archivo de un colega)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> por {who}</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (deshacer)</translation>
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
        <translation>restaurada por {who}</translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation>veredicto retirado por {who} (vuelve a {status})</translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation>comentario de {who}{comment}</translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation>respuesta de {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation>devuelta a propuesta por {who} en arbitraje{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation>devuelta a propuesta por {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation>aceptada por {who} en arbitraje{comment}</translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation>aceptada por {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation>rechazada por {who} en arbitraje{comment}</translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation>rechazada por {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation>cuestionada por {who} en arbitraje{comment}</translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation>cuestionada por {who}{comment}</translation>
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
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Reancladas</translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation>Conservadas las suyas (más recientes)</translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation>Más antiguas, no aplicadas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation>Conflictos de nombre</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documentos añadidos</translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation>Revisiones importadas</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation>Anotaciones de un colega</translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation>nada nuevo.</translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation>fusionado en este proyecto.</translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation>Mostrar conflictos…</translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation>Las anotaciones que faltan en su archivo nunca se eliminan aquí.</translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation>{undo_cleared} (Ctrl+Z habría escrito sus versiones más antiguas encima de las suyas).</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>Archivos importados: {added} de %n</numerusform>
            <numerusform>Archivos importados: {added} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation>, rechazados: {refused}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation>{names}: idioma no detectado — indíquelo en Edición › Metadatos del documento (Ctrl+Mayús+M).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Copy out what you need, then open a backup of the project. `evidence-desk --project {location} check` lists what is damaged.</source>
        <translation>Copie lo que necesite y luego abra una copia de seguridad del proyecto. `evidence-desk --project {location} check` enumera lo que está dañado.</translation>
    </message>
    <message>
        <source>{project} failed SQLite&apos;s integrity check: the file is damaged. It is open read-only, and nothing will be written to it.</source>
        <translation>{project} no ha superado la comprobación de integridad de SQLite: el archivo está dañado. Está abierto en solo lectura y no se escribirá nada en él.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>El proyecto está dañado</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>A name tagged with E: blue, with a solid underline.</source>
        <translation>Un nombre marcado con E: azul, con subrayado continuo.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>An amount, share or date tagged with F: orange, with a dashed underline.</source>
        <translation>Un importe, una participación o una fecha marcados con F: naranja, con subrayado discontinuo.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>A statement tagged with C: bluish green, with a wavy underline.</source>
        <translation>Una declaración marcada con C: verde azulado, con subrayado ondulado.</translation>
    </message>
    <message>
        <source>Overlapping annotations</source>
        <translation>Anotaciones superpuestas</translation>
    </message>
    <message>
        <source>One underline per annotation, a few pixels apart: here an entity inside a claim.</source>
        <translation>Un subrayado por anotación, a pocos píxeles de distancia: aquí una entidad dentro de una afirmación.</translation>
    </message>
    <message>
        <source>Author&apos;s bar</source>
        <translation>Barra del autor</translation>
    </message>
    <message>
        <source>A short bar where an annotation starts, in its author&apos;s colour (authors below).</source>
        <translation>Una barra corta donde empieza una anotación, del color de su autor (autores abajo).</translation>
    </message>
    <message>
        <source>Selected annotation</source>
        <translation>Anotación seleccionada</translation>
    </message>
    <message>
        <source>A dark outline: the annotation the panel shows.</source>
        <translation>Un contorno oscuro: la anotación que muestra el panel.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. The thicker one is current: Enter accepts it, Backspace rejects it.</source>
        <translation>Un contorno discontinuo: propuesto por Buscar todas las menciones o Buscar cifras, aún no es una anotación. El más grueso es el actual: Intro lo acepta, Retroceso lo rechaza.</translation>
    </message>
    <message>
        <source>Same thing elsewhere</source>
        <translation>Lo mismo en otro lugar</translation>
    </message>
    <message>
        <source>Purple borders: a mention of the entity, measure or proposition selected in another article (F3 goes to the next).</source>
        <translation>Bordes morados: una mención de la entidad, medida o proposición seleccionada en otro artículo (F3 va a la siguiente).</translation>
    </message>
    <message>
        <source>Find match</source>
        <translation>Coincidencia de búsqueda</translation>
    </message>
    <message>
        <source>Yellow: a match of the find bar (Ctrl+F); the current one is outlined.</source>
        <translation>Amarillo: una coincidencia de la barra de búsqueda (Ctrl+F); la actual va contorneada.</translation>
    </message>
    <message>
        <source>person?</source>
        <translation>Persona?</translation>
    </message>
    <message>
        <source>In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6).</source>
        <translation>En el panel y el registro: un tipo supuesto a partir del nombre, sin confirmar (Alt+1 … Alt+6).</translation>
    </message>
    <message>
        <source>⚙ Machine-read</source>
        <translation>⚙ Leído automáticamente</translation>
    </message>
    <message>
        <source>In the panel: the figure&apos;s value was read by the parser; ✎ typed by hand.</source>
        <translation>En el panel: el valor de la cifra lo leyó el analizador; ✎ escrito a mano.</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <source>In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer.</source>
        <translation>En el dosier y en Comparar: propuesta o cuestionada, aún no aceptada por un revisor.</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Las fuentes discrepan</translation>
    </message>
    <message>
        <source>In Compare and the register: two values that cannot both be true.</source>
        <translation>En Comparar y el registro: dos valores que no pueden ser ciertos a la vez.</translation>
    </message>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Cuestionada</translation>
    </message>
    <message>
        <source>In Compare: one source asserts what another denies.</source>
        <translation>En Comparar: una fuente afirma lo que otra niega.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the highlights mean&lt;/b&gt; (View › Legend)</source>
        <translation>&lt;b&gt;Qué significan los resaltados&lt;/b&gt; (Ver › Leyenda)</translation>
    </message>
    <message>
        <source>this author&apos;s bar and colour</source>
        <translation>barra y color de este autor</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend: what the highlights mean</source>
        <translation>Leyenda: qué significan los resaltados</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>En un artículo</translation>
    </message>
    <message>
        <source>Authors in this project</source>
        <translation>Autores en este proyecto</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otros lugares</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Aún no hay anotaciones.</translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposición</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation>Fusionar medidas</translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation>Fusionar proposiciones</translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation>Añadir entidad «{name}»</translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation>Renombrar {kind} a «{name}»</translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation>Añadir alias «{alias}»</translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation>Quitar alias «{alias}»</translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation>Separar «{alias}»</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Fijar el tipo en {type}</translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation>Añadir medida «{label}»</translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation>Fijar la unidad en «{unit}»</translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation>Añadir proposición «{label}»</translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Fusionar «{merged}» en «{kept}»</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z para deshacer)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation>Calificar la fuente {label}: {grade}</translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation>Fijar «aproximadamente» en ±{percent} %</translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation>Aceptar la mención «{text}»</translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation>Aceptar la cifra «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Aceptar %n sugerencia</numerusform>
            <numerusform>Aceptar %n sugerencias</numerusform>
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
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation>Comparar fuentes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation>&amp;Comparar fuentes</translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation>Qué dice cada fuente sobre cada medida y proposición, lado a lado</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Crono&amp;logía</translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation>Cada evento fechado en un solo eje temporal, por fuente; las medidas de fecha alineadas</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation>Entidades, medidas y proposiciones: renombrar, fusionar, alias</translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation>Buscar todas las &amp;menciones</translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation>Sugerir cada mención no marcada de la entidad seleccionada, en todos los artículos</translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation>Buscar las c&amp;ifras en este artículo</translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation>Sugerir los importes y porcentajes del artículo activo</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Aceptar todas las sugerencias</translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation>Marcar cada sugerencia de la lista (un solo paso que deshacer)</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation>&amp;Rechazar todas las sugerencias</translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation>Descartar cada sugerencia de la lista</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Mención &amp;siguiente</translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation>La anotación siguiente de la entidad, medida o proposición seleccionada, en todos los artículos</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Mención &amp;anterior</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>La anterior</translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation>C&amp;alificar esta fuente</translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation>&amp;Cotejo</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Abra primero un artículo</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation>Seleccione primero una entidad (en el registro, o una de sus menciones).</translation>
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
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Anotaciones en este artículo</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation>{project} (solo lectura) — Evidence Desk</translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation>{project} — Evidence Desk</translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation>Este proyecto está abierto en solo lectura: {reason}. Puede leer y exportar; los cambios se rechazan.</translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation>Anotando como {name} ({key})</translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation>{waiting} Su cambio espera.</translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation>Acerca de Evidence Desk</translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation>Marque afirmaciones, entidades y cifras en los artículos, coteje las fuentes y exporte un dosier de pruebas.</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation>Seleccione primero una entidad, medida o proposición (en el registro, o una anotación vinculada).</translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation>«{name}» aún no está marcada en ninguna parte.</translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>{name}: {position} de {total} (F3 siguiente, Mayús+F3 anterior)</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Las fuentes discrepan</translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation>✓ Las fuentes coinciden</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>Un solo valor</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>unidad: {unit}</translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation>aproximadamente {tolerance}</translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation>No puede ser cierta a la vez que: {sources}</translation>
    </message>
    <message>
        <source>{bound}: read as {interval}</source>
        <translation>{bound}: leído como {interval}</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation>valor no leído</translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation>◀ Anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation>Siguiente (F3) ▶</translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation>Seleccione una entidad, medida o proposición (en el registro, o una anotación vinculada) para verla en cada fuente.</translation>
    </message>
</context>
<context>
    <name>MentionsPanelCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n mención en {sources}, señalada en cada artículo abierto</numerusform>
            <numerusform>%n menciones en {sources}, señaladas en cada artículo abierto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n cifra en {sources}, señalada en cada artículo abierto</numerusform>
            <numerusform>%n cifras en {sources}, señaladas en cada artículo abierto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n afirmación en {sources}, señalada en cada artículo abierto</numerusform>
            <numerusform>%n afirmaciones en {sources}, señaladas en cada artículo abierto</numerusform>
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
        <translation>entidad</translation>
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
        <translation>unidad</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation>marca de lectura automática</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposición</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>atribución</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>credibilidad</translation>
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
        <translation>idioma</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>fecha de publicación</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>fiabilidad</translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation>Aceptar anotación</translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation>Rechazar anotación</translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation>Cuestionar anotación</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Reabrir anotación</translation>
    </message>
    <message>
        <source>You are offline: the database server cannot be reached, so nothing was stored. Evidence Desk reconnects by itself; try again once the status bar says online.</source>
        <translation>Está sin conexión: no se puede acceder al servidor de la base de datos, así que no se guardó nada. Evidence Desk se reconecta solo; inténtelo de nuevo cuando la barra de estado diga en línea.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation>{action} está en curso: espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation>{action}: cancelando…</translation>
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
        <translation>Cambiado: {fields}</translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation>{status}: {annotation} (Ctrl+Z lo retira)</translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation>Eliminada {kind} «{quote}» (Ctrl+Z la restaura)</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation>Editar documento: {fields}</translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation>Documento cambiado: {fields}</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation>Eliminados el documento y sus anotaciones</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>La página</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Añadir la página</translation>
    </message>
    <message>
        <source>{action}: documents…</source>
        <translation>{action}: documentos…</translation>
    </message>
    <message>
        <source>{action}: annotations…</source>
        <translation>{action}: anotaciones…</translation>
    </message>
    <message>
        <source>{action}: reviews…</source>
        <translation>{action}: revisiones…</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation>Anotaciones en «{title}»</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Anotaciones en este artículo</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} quotes); narrow it to some analysts or documents (--author, --document; in the window, Export Dossier&apos;s filters) or write it as HTML, which has no such limit</source>
        <translation>el dosier PDF citaría {cited} citas (unas {pages} páginas), más de las que admite un PDF ({limit} citas); redúzcalo a algunos analistas o documentos (--author, --document; en la ventana, los filtros de Exportar dosier) o escríbalo en HTML, que no tiene ese límite</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation>Credibilidad: {grade} · {label}</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Credibilidad sin calificar</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation>Bienvenido a Evidence Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation>Cada anotación registra quién la hizo. Diga a Evidence Desk su nombre y elija el color que tendrán sus resaltados cuando los lean sus colegas.</translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation>Su nombre y el color de sus resaltados, tal como los verán sus colegas.</translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation>p. ej. Giulia Rossi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Cuestionada</translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation>No cuestionada</translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n fuente la afirma ({sources})</numerusform>
            <numerusform>%n fuentes la afirman ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n fuente la niega ({sources})</numerusform>
            <numerusform>%n fuentes la niegan ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Figure (a measure)</source>
        <translation>Cifra (una medida)</translation>
    </message>
    <message>
        <source>Claim (a proposition)</source>
        <translation>Afirmación (una proposición)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Entity (kind only)</source>
        <translation>Entidad (solo el tipo)</translation>
    </message>
    <message>
        <source>Figure (kind only)</source>
        <translation>Cifra (solo el tipo)</translation>
    </message>
    <message>
        <source>Claim (kind only)</source>
        <translation>Afirmación (solo el tipo)</translation>
    </message>
    <message>
        <source>entity “{label}”</source>
        <translation>entidad «{label}»</translation>
    </message>
    <message>
        <source>measure “{label}”</source>
        <translation>medida «{label}»</translation>
    </message>
    <message>
        <source>proposition “{label}”</source>
        <translation>proposición «{label}»</translation>
    </message>
    <message>
        <source>entity (kind only)</source>
        <translation>entidad (solo el tipo)</translation>
    </message>
    <message>
        <source>figure (kind only)</source>
        <translation>cifra (solo el tipo)</translation>
    </message>
    <message>
        <source>claim (kind only)</source>
        <translation>afirmación (solo el tipo)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>no importado</translation>
    </message>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n fuente de texto</numerusform>
            <numerusform>%n fuentes de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
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
            <numerusform>%n nota sobre texto sin código llega como anotación de tipo {kind} con la nota.</numerusform>
            <numerusform>%n notas sobre texto sin código llegan como anotaciones de tipo {kind} con la nota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>No importado: %n elemento ({items}).</numerusform>
            <numerusform>No importados: %n elementos ({items}).</numerusform>
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
        <translation>Cada codificación se convierte en una anotación exactamente sobre su texto, su memo en la nota y su codificador en el autor. Elija qué registra cada código:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
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
        <translation>Esa entidad ya no existe.</translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation>Esa medida ya no existe.</translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation>Esa proposición ya no existe.</translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation>El alias no puede estar vacío.</translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation>La etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation>«{other_name}» ya está en el registro.</translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation>«{name}» ya es un nombre de «{other_name}»; fusione mejor las dos.</translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation>«{alias}» ya designa a «{other_name}»; fusione mejor las dos.</translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation>«{alias}» no es un alias de «{entity_name}».</translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation>«{item_label}» ya está en el registro; fusione mejor las dos.</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Elija dos entidades distintas para fusionar.</translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation>Elija dos medidas distintas para fusionar.</translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation>Elija dos proposiciones distintas para fusionar.</translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation>«{key}» existe de nuevo; no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ discrepan</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>coinciden</translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation>⚠ cuestionada</translation>
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
        <translation>Listar el registro</translation>
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
        <translation>Proposiciones</translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation>Seleccione una entidad para renombrar.</translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation>Seleccione una medida para renombrar.</translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation>Seleccione una proposición para renombrar.</translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation>Seleccione las entidades que fusionar (se conserva la primera que elija).</translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation>Seleccione las medidas que fusionar (se conserva la primera que elija).</translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation>Seleccione las proposiciones que fusionar (se conserva la primera que elija).</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Nueva entidad</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nueva medida</translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation>Nueva proposición</translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation>Nombre de la nueva entidad:</translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation>Nombre de la nueva medida:</translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation>Nombre de la nueva proposición:</translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation>Buscar todas las menciones</translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation>Sugerir cada lugar donde aparece la entidad seleccionada, en todos los artículos</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Renombrar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation>Fusionar el segundo elemento seleccionado en el primero (uno solo seleccionado: elija el destino)</translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation>Añadir alias…</translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation>Registrar otro nombre o grafía</translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation>Quitar alias…</translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation>Olvidar uno de sus alias</translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation>Separar alias…</translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation>Convertir un alias en entidad propia; las menciones escritas así la siguen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation>Añadir una medida con la que comparar cifras</translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation>Añadir una proposición que las afirmaciones afirman o niegan</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unidad…</translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation>Fijar la unidad de las cifras de la medida</translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation>Añadir una entidad al registro</translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation>Fijar el tipo de la entidad</translation>
    </message>
    <message>
        <source>accepted and pending</source>
        <translation>aceptadas y pendientes</translation>
    </message>
    <message>
        <source>Counts figures as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Cuenta las cifras como Comparar: {counted} (las opciones Incluir de Comparar cambian ambos).</translation>
    </message>
    <message>
        <source>Counts claims as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Cuenta las afirmaciones como Comparar: {counted} (las opciones Incluir de Comparar cambian ambos).</translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation>Seleccione primero una entidad en el registro.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation>Otro nombre o grafía de «{name}»:</translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation>«{name}» no tiene alias.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Quitar alias</translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation>Alias de «{name}» que olvidar:</translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation>«{name}» no tiene alias que separar.</translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation>Separar alias</translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation>¿Qué alias de «{name}» es otra entidad?</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar en</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Fusionar «{name}» en:</translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation>Seleccione primero una medida.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation>Unidad de «{measure}» (USD, %, EUR…):</translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>Fusionar %n elemento en «{name}»</numerusform>
            <numerusform>Fusionar %n elementos en «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation>Filtrar entidades (cualquier nombre o alias)…</translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation>Filtrar medidas (cualquier nombre o alias)…</translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation>Filtrar proposiciones (cualquier nombre o alias)…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>discrepan</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>solapadas</translation>
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
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>Aceptar la anotación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>Rechazar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Marcar como c&amp;uestionada</translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation>Marcar la anotación seleccionada como cuestionada</translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation>&amp;Siguiente pendiente</translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation>Ir a la siguiente anotación de un colega pendiente de revisión</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Co&amp;mentar…</translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation>Escribir un comentario sobre la anotación seleccionada</translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation>Ar&amp;bitrar…</translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation>Decidir entre las versiones de dos autores de un documento</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Con&amp;cordancia…</translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation>Cuánto coinciden dos autores (F1, kappa, alfa)</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation>Seleccione primero una anotación que revisar (N va a la siguiente pendiente).</translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation>Seleccione una anotación que comentar.</translation>
    </message>
    <message>
        <source>Nothing left to review: every annotation shown has a verdict.</source>
        <translation>Nada que revisar: cada anotación mostrada tiene un veredicto.</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation>Quedarse con la versión de A</translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation>Quedarse con la versión de B</translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation>Quedarse con ambas versiones</translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation>Quedarse con una versión editada</translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation>Retirar el veredicto</translation>
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
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Respuesta publicada</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Comentario publicado</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation>{action} (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Deshacer la decisión</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Decisión deshecha</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation>Seleccione una anotación para revisarla.

N salta a la siguiente pendiente de revisión; A acepta, R rechaza, D la marca como cuestionada.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation>Motivo o comentario (Markdown). Ctrl+Intro lo publica; Aceptar / Rechazar / Cuestionar lo usan como motivo.</translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation>El comentario al que responde su respuesta</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Cuestionar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
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
en {document}</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation>Seleccione primero una anotación que revisar (N: siguiente pendiente).</translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation>Ya {status}.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Escriba primero un comentario.</translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation>Escriba primero su respuesta en el cuadro de comentario.</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation>{choice!r} no es una opción (use una de {items}).</translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation>Parta de la de A o de la de B para la versión editada (base &apos;a&apos; o &apos;b&apos;).</translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation>Elija dos anotaciones distintas que arbitrar.</translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation>Una de las dos anotaciones ya no existe.</translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation>Las dos anotaciones están en documentos distintos.</translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation>Una versión arbitrada está aceptada; su estado no se puede editar.</translation>
    </message>
    <message>
        <source>That document no longer exists.</source>
        <translation>Ese documento ya no existe.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>El fragmento {start}-{end} está fuera del documento.</translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation>El fragmento editado solo tiene espacios.</translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation>Elija {items}, no {choice!r}.</translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Ese conflicto ya no existe.</translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation>Ese conflicto ya se ha resuelto.</translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation>Ese conflicto ya está abierto.</translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation>Escriba algo que comentar.</translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation>El comentario al que responde no está en esta anotación.</translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation>Eso no es un veredicto, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation>{verdict!r} no es un veredicto (use uno de {items}).</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Esa anotación ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Autorrevisión (%n propuesta suya): {description} (A aceptar · R rechazar · D cuestionar · N siguiente). Ninguna anotación de un colega espera revisión.</numerusform>
            <numerusform>Autorrevisión (%n propuestas suyas): {description} (A aceptar · R rechazar · D cuestionar · N siguiente). Ninguna anotación de un colega espera revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation>Por revisar: {annotation} de {author} (A aceptar · R rechazar · D cuestionar · N siguiente)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation>No se pudo: {action}</translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation>{action}: cancelado, no se escribió nada.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un colega</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> a las {time} UTC</translation>
    </message>
    <message>
        <source>it</source>
        <translation>el cambio</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} la eliminó después que usted{when}. Deshacer {what} ahora sobrescribiría su cambio, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} la cambió después que usted{when}. Deshacer {what} ahora sobrescribiría su cambio, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} la eliminó después que usted{when}. Rehacer {what} ahora sobrescribiría su cambio, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} la cambió después que usted{when}. Rehacer {what} ahora sobrescribiría su cambio, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation>{title}: {reason}{where}. No se escribió nada.</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Los detalles están en {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation>Algo salió mal: «{action}» no se hizo y no se escribió nada.{where}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rehacer: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation>NOT necesita algo delante: «Meta NOT Google» encuentra Meta, sin Google.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Escriba una palabra que buscar (letras o dígitos).</translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation>No queda nada que buscar: cada palabra está excluida con NOT.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation>Expresión regular no válida: {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a list of names.</source>
        <translation>{path} es una carpeta, no una lista de nombres.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB: not a list of names.</source>
        <translation>{name} supera {size} MB: no es una lista de nombres.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file: a list has one name or query per line.</source>
        <translation>{name} no es un archivo de texto: una lista tiene un nombre o consulta por línea.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}): save it as UTF-8.</source>
        <translation>{name} no es texto UTF-8 (byte {byte}): guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>Nothing to search for on this line.</source>
        <translation>Nada que buscar en esta línea.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Por lotes</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation>Buscar una palabra en el artículo activo: cada coincidencia resaltada</translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation>Buscar en todos los documentos, y en notas, comentarios y nombres de entidades</translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>Búsqueda por &amp;lotes…</translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation>Una lista de nombres en todos los documentos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation>Abra primero un artículo y luego busque en él (Ctrl+F).</translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation>Cargar una lista de nombres</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>No se puede cargar la lista</translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation>Exportar la búsqueda por lotes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation>Exportados la lista y sus resultados a {path}</translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation>Marcar como entidad</translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation>Marcar cada coincidencia de «{term}» como la entidad:</translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation>Marcar las coincidencias</translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation>«{term}» como {name}</translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation>Cada coincidencia de «{term}» ya está marcada como {name}.</translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>Cargado %n nombre; Buscar todo lo busca en cada documento.</numerusform>
            <numerusform>Cargados %n nombres; Buscar todo los busca en cada documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n coincidencia de «{term}» propuesta como {name}: Intro acepta, Retroceso rechaza</numerusform>
            <numerusform>%n coincidencias de «{term}» propuestas como {name}: Intro acepta, Retroceso rechaza</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation>Buscar en todos los documentos:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation>Se ignoran mayúsculas y acentos: societa encuentra società. Las comillas forman una frase, * un prefijo; AND, OR, NOT en mayúsculas.</translation>
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
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation>Nombres &amp;&amp; alias de entidades</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>desde AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation>Cualquier tipo de anotación</translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation>Dentro de una entidad</translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation>Dentro de una cifra</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>Dentro de una afirmación</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation>Solo coincidencias dentro de anotaciones de este tipo (notas: de anotaciones de este tipo), o solo las que nadie ha marcado aún</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation>Fecha de publicación, AAAA-MM-DD (los documentos sin fecha quedan fuera)</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Cualquier medio</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Escriba qué buscar.</translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation> (un solo documento: edite la consulta para buscar en todos)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> en %n documento</numerusform>
            <numerusform> en %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> y %n entrada del registro</numerusform>
            <numerusform> y %n entradas del registro</numerusform>
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
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Double-click or Enter: open it selected, then E / F / C tags it</source>
        <translation>Doble clic o Intro: ábralo seleccionado, luego E / F / C lo marca</translation>
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
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Show in Its Article</source>
        <translation>Mostrar en su artículo</translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation>Calificar la fuente {label}</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Sin calificar</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Ocultar la fuente</numerusform>
            <numerusform>Ocultar las fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Mostrar la fuente</numerusform>
            <numerusform>Mostrar las %n fuentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation>Seleccione primero texto en un artículo y luego márquelo (E, F o C).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Seleccione primero una anotación.</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation>Seleccione una anotación que eliminar (haga clic en su resaltado o en su fila).</translation>
    </message>
    <message>
        <source>Delete a colleague&apos;s reviewed annotation</source>
        <translation>Eliminar la anotación revisada de un colega</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>No eliminada.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation>La tolerancia es una fracción entre 0 y 1 (0,10 significa ±10 %).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation>marca el texto seleccionado como entidad · cifra · afirmación</translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation>acepta · rechaza la sugerencia actual (contorno discontinuo)</translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation>con la barra de búsqueda abierta (Ctrl+F): coincidencia siguiente · anterior (E · F · C la marcan)</translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation>cierra la barra de búsqueda, vuelve al texto</translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation>en Medida, Entidad o Proposición: guarda y vuelve al artículo</translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation>guarda el campo y pasa al siguiente · anterior</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>En un artículo</translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation>En el panel de la anotación</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>el archivo está dañado (la comprobación de integridad de SQLite ha fallado)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed: {detail})</source>
        <translation>el archivo está dañado (la comprobación de integridad de SQLite ha fallado: {detail})</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation>El proyecto está ocupado: otro programa o un colega está escribiendo en él. No se guardó nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation>Otra persona cambió lo mismo en el mismo momento. No se guardó nada. Mírelo de nuevo y reinténtelo.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation>Se perdió la conexión con la base de datos. No se guardó nada. Compruebe el servidor o la red y reinténtelo.</translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation>Puede leer este proyecto pero no cambiarlo (la base de datos rechazó la escritura). No se guardó nada.</translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation>La base de datos rechazó un valor ({reason}). No se guardó nada.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation>La base de datos rechazó el cambio ({reason}). No se guardó nada.</translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation>El proyecto está abierto en solo lectura: no se guardó nada (el archivo o su carpeta no se pueden escribir).</translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation>El archivo del proyecto está dañado ({reason}). No se guardó nada. Ejecute `evidence-desk --project FILE check` para ver qué falla.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation>El disco está lleno. No se guardó nada. Libere espacio y reinténtelo.</translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation>No se pudo leer ni escribir el archivo del proyecto ({reason}). No se guardó nada.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this change to {table}. Nothing of it was stored.</source>
        <translation>Su rol en el equipo no permite este cambio en {table}. No se guardó nada.</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>el servidor es una réplica de solo lectura</translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation>su rol en la base de datos no puede escribir en ella</translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation>su rol en la base de datos no puede crear tablas</translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation>{project} está abierto en solo lectura ({reason}): no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation>su carpeta no se puede leer</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation>{score} parecido a «{name}»</translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation>exactamente «{name}»</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Esa entidad ya no existe.</translation>
    </message>
    <message>
        <source>Looking for mentions…</source>
        <translation>Buscando menciones…</translation>
    </message>
    <message>
        <source>Looking for figures…</source>
        <translation>Buscando cifras…</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>No hay ningún documento {id}.</translation>
    </message>
    <message>
        <source>The document of this suggestion is no longer in the project.</source>
        <translation>El documento de esta sugerencia ya no está en el proyecto.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; refresh the suggestions.</source>
        <translation>El texto ha cambiado desde que se hizo esta sugerencia; actualice las sugerencias.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation>Buscar menciones</translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation>Menciones de «{name}»</translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation>No se encontró ninguna mención sin marcar de {name}.</translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation>Abra primero un artículo y luego busque sus cifras.</translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation>Buscar cifras</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>documento {id}</translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation>Cifras en «{title}»</translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation>Ninguna cifra sin marcar en este artículo.</translation>
    </message>
    <message>
        <source>{action}: reading {count} characters…</source>
        <translation>{action}: leyendo {count} caracteres…</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Ninguna sugerencia que aceptar.</translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n posible mención de {name}: Intro acepta, Retroceso rechaza</numerusform>
            <numerusform>%n posibles menciones de {name}: Intro acepta, Retroceso rechaza, luego viene la siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n cifra sin marcar encontrada: Intro acepta, Retroceso rechaza</numerusform>
            <numerusform>%n cifras sin marcar encontradas: Intro acepta, Retroceso rechaza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Aún por revisar: %n sugerencia de {names} (guardada: elija la búsqueda en el panel Sugerencias).</numerusform>
            <numerusform> Aún por revisar: %n sugerencias de {names} (guardadas: elija la búsqueda en el panel Sugerencias).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Aceptada la mención «{text}» (queda %n; Ctrl+Z deshace)</numerusform>
            <numerusform>Aceptada la mención «{text}» (quedan %n; Ctrl+Z deshace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Aceptada la cifra «{text}» (queda %n; Ctrl+Z deshace)</numerusform>
            <numerusform>Aceptada la cifra «{text}» (quedan %n; Ctrl+Z deshace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>Rechazado «{text}» (queda %n)</numerusform>
            <numerusform>Rechazado «{text}» (quedan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>Aceptada %n sugerencia (Ctrl+Z la deshace)</numerusform>
            <numerusform>Aceptadas %n sugerencias (Ctrl+Z las deshace juntas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>Rechazada %n sugerencia</numerusform>
            <numerusform>Rechazadas %n sugerencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation>Ninguna sugerencia. Seleccione una entidad en el registro y elija Buscar todas las menciones, o Cotejo ▸ Buscar las cifras (Ctrl+Mayús+G) en un artículo.</translation>
    </message>
    <message>
        <source>Each search keeps its unreviewed suggestions: pick one to review it</source>
        <translation>Cada búsqueda guarda sus sugerencias sin revisar: elija una para revisarla</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Búsqueda:</translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation>Medida de las cifras aceptadas:</translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation>La medida en que se archivan las cifras aceptadas (puede cambiarla después)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Aceptar (Intro)</translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation>Rechazar (Retroceso)</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Rechazar todas</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Intro acepta, Retroceso rechaza.</translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation>todo revisado.</translation>
    </message>
    <message>
        <source>{title} (all reviewed)</source>
        <translation>{title} (todas revisadas)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna aún)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n cifra que revisar.</numerusform>
            <numerusform>%n cifras que revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n posible mención que revisar.</numerusform>
            <numerusform>%n posibles menciones que revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n por revisar)</numerusform>
            <numerusform>{title} (%n por revisar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation>Cambiar de autor</translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation>Anotar como:</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Nuevo autor…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You are {login}, an annotator in this team. You may tag, edit and delete your own annotations, answer comments on them, and add documents and names to the register.</source>
        <translation>Es {login}, anotador en este equipo. Puede marcar, editar y eliminar sus anotaciones, responder a los comentarios sobre ellas y añadir documentos y nombres al registro.</translation>
    </message>
    <message>
        <source>You are {login}, a reviewer in this team. You may do everything an annotator does, and give verdicts and comments on anyone&apos;s annotations (not change their spans or fields), and tidy the register&apos;s names.</source>
        <translation>Es {login}, revisor en este equipo. Puede hacer todo lo que hace un anotador, dar veredictos y comentarios sobre las anotaciones de cualquiera (sin cambiar sus tramos ni campos) y ordenar los nombres del registro.</translation>
    </message>
    <message>
        <source>You are {login}, an owner in this team. You may do everything: adjudicate, merge and delete register entries, delete documents, merge a colleague&apos;s file, and change anyone&apos;s annotations.</source>
        <translation>Es {login}, propietario en este equipo. Puede hacerlo todo: arbitrar, combinar y eliminar entradas del registro, eliminar documentos, combinar el archivo de un colega y cambiar las anotaciones de cualquiera.</translation>
    </message>
    <message>
        <source>You are {login}, a reader in this team. You may read the project.</source>
        <translation>Es {login}, lector en este equipo. Puede leer el proyecto.</translation>
    </message>
    <message>
        <source>You are not a member of this team: you may read, not write.</source>
        <translation>No es miembro de este equipo: puede leer, no escribir.</translation>
    </message>
    <message>
        <source>Verdicts are given by reviewers and owners.</source>
        <translation>Los veredictos los dan revisores y propietarios.</translation>
    </message>
    <message>
        <source>Comments on a colleague&apos;s annotations are written by reviewers and owners.</source>
        <translation>Los comentarios sobre las anotaciones de un colega los escriben revisores y propietarios.</translation>
    </message>
    <message>
        <source>Adjudication settles two colleagues&apos; versions: only an owner does it.</source>
        <translation>El arbitraje decide entre las versiones de dos colegas: solo lo hace un propietario.</translation>
    </message>
    <message>
        <source>Renaming and retyping register entries is for reviewers and owners.</source>
        <translation>Renombrar y cambiar el tipo de las entradas del registro corresponde a revisores y propietarios.</translation>
    </message>
    <message>
        <source>Merging, splitting and deleting register entries changes everyone&apos;s annotations: only an owner does it.</source>
        <translation>Combinar, dividir y eliminar entradas del registro cambia las anotaciones de todos: solo lo hace un propietario.</translation>
    </message>
    <message>
        <source>Deleting a document takes every colleague&apos;s annotations with it: only an owner does it.</source>
        <translation>Eliminar un documento se lleva las anotaciones de todos los colegas: solo lo hace un propietario.</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s file writes annotations in their name: only an owner does it.</source>
        <translation>Combinar el archivo de un colega escribe anotaciones en su nombre: solo lo hace un propietario.</translation>
    </message>
    <message>
        <source>The project&apos;s settings are changed by reviewers and owners.</source>
        <translation>La configuración del proyecto la cambian revisores y propietarios.</translation>
    </message>
    <message>
        <source>On a team database you always work as your own login&apos;s author.</source>
        <translation>En una base de datos de equipo siempre trabaja como el autor de su usuario.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as a reviewer you may give it a verdict or a comment, not change its span or fields.</source>
        <translation>Anotación de {author}: como revisor puede darle un veredicto o un comentario, no cambiar su tramo ni sus campos.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as an annotator you change only your own.</source>
        <translation>Anotación de {author}: como anotador solo cambia las suyas.</translation>
    </message>
    <message>
        <source>This project is not a team database: nothing is restricted.</source>
        <translation>Este proyecto no es una base de datos de equipo: nada está restringido.</translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Abierto también en otra ventana</numerusform>
            <numerusform>Abierto también en otras %n ventanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>● online</source>
        <translation>● en línea</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● sin conexión</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>What Can I Do Here?</source>
        <translation>¿Qué puedo hacer aquí?</translation>
    </message>
    <message>
        <source>Your role in the team, what it allows, and why some actions are hidden</source>
        <translation>Su rol en el equipo, qué permite y por qué algunas acciones están ocultas</translation>
    </message>
    <message>
        <source>Who Else Has It Open?</source>
        <translation>¿Quién más lo tiene abierto?</translation>
    </message>
    <message>
        <source>What either window changes shows in the other within a second; each window&apos;s undo stays its own, and two edits of the same field ask which to keep.</source>
        <translation>Lo que cambia una ventana aparece en la otra en menos de un segundo; cada ventana conserva su deshacer, y dos ediciones del mismo campo preguntan cuál conservar.</translation>
    </message>
    <message>
        <source>Another window has {project} open ({who}): what it changes shows here as it happens.</source>
        <translation>Otra ventana tiene {project} abierto ({who}): lo que cambie aparece aquí al momento.</translation>
    </message>
    <message>
        <source>Nobody else has the project open.</source>
        <translation>Nadie más tiene el proyecto abierto.</translation>
    </message>
    <message>
        <source>Who else has it open</source>
        <translation>Quién más lo tiene abierto</translation>
    </message>
    <message>
        <source>The database server cannot be reached{reason}. Nothing can be stored until it is back; Evidence Desk reconnects by itself and then shows what colleagues changed meanwhile.</source>
        <translation>No se puede acceder al servidor de la base de datos{reason}. No se puede guardar nada hasta que vuelva; Evidence Desk se reconecta solo y luego muestra lo que los colegas cambiaron mientras tanto.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Changes are refused until it is back; reconnecting…</source>
        <translation>Sin conexión: no se puede acceder a la base de datos. Los cambios se rechazan hasta que vuelva; reconectando…</translation>
    </message>
    <message>
        <source>Connected: colleagues&apos; changes show here as they happen.</source>
        <translation>Conectado: los cambios de los colegas aparecen aquí al momento.</translation>
    </message>
    <message>
        <source>Back online: what colleagues changed meanwhile is shown.</source>
        <translation>De nuevo en línea: se muestra lo que los colegas cambiaron mientras tanto.</translation>
    </message>
    <message>
        <source>Accept, Reject, Mark Disputed</source>
        <translation>Aceptar, Rechazar, Marcar como cuestionada</translation>
    </message>
    <message>
        <source>Adjudicate…</source>
        <translation>Arbitrar…</translation>
    </message>
    <message>
        <source>Rename, Type, Add Alias, Remove Alias, Unit (register)</source>
        <translation>Renombrar, Tipo, Añadir alias, Quitar alias, Unidad (registro)</translation>
    </message>
    <message>
        <source>Merge…, Split Alias Off… (register)</source>
        <translation>Combinar…, Separar alias… (registro)</translation>
    </message>
    <message>
        <source>Import Colleague&apos;s Annotations…, Resolve Conflicts…</source>
        <translation>Importar anotaciones de un colega…, Resolver conflictos…</translation>
    </message>
    <message>
        <source>Switch Author…</source>
        <translation>Cambiar de autor…</translation>
    </message>
    <message>
        <source>Delete… (documents)</source>
        <translation>Eliminar… (documentos)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Eliminar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Hidden for your role:</source>
        <translation>Oculto para su rol:</translation>
    </message>
    <message>
        <source>Nothing is hidden for your role.</source>
        <translation>Nada está oculto para su rol.</translation>
    </message>
    <message>
        <source>Annotations by colleagues open read-only in the Annotation panel. The database itself enforces these rules, whatever program connects.</source>
        <translation>Las anotaciones de los colegas se abren en solo lectura en el panel Anotación. La propia base de datos impone estas reglas, se conecte el programa que se conecte.</translation>
    </message>
    <message>
        <source>What can I do here?</source>
        <translation>¿Qué puedo hacer aquí?</translation>
    </message>
    <message>
        <source>{who} changed this annotation meanwhile: choose which version to keep.</source>
        <translation>{who} modificó esta anotación mientras tanto: elija qué versión conservar.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un colega</translation>
    </message>
    <message>
        <source>Kept the version of {who}.</source>
        <translation>Se conservó la versión de {who}.</translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>su colega</translation>
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
        <translation>Oscuro</translation>
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
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Aún no hay discusión. Escriba un comentario abajo (funciona Markdown), o dé un veredicto con un motivo.&lt;/p&gt;</translation>
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
        <translation>Incluir rechazadas</translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation>Medida / fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation>Aún no hay cifras fechadas: marque una fecha como cifra (F) — «15 luglio 2025», «giovedì» — y dele una medida como «acuerdo anunciado».</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>las fuentes discrepan</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>una sola fuente</translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation>las fuentes coinciden</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n evento fechado</numerusform>
            <numerusform>%n eventos fechados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n medida de fecha</numerusform>
            <numerusform>%n medidas de fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n discrepante</numerusform>
            <numerusform>%n discrepantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation>Actualizando el proyecto</translation>
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
        <translation>Texto del artículo más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Texto del artículo más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Article text at its usual size</source>
        <translation>Texto del artículo a su tamaño habitual</translation>
    </message>
    <message>
        <source>Article text: {size} pt</source>
        <translation>Texto del artículo: {size} pt</translation>
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
        <translation>&amp;Idioma</translation>
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
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
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
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>cuestionada</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Niega</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>afirma</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>niega</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>about</source>
        <translation>aproximadamente</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>range</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Totalmente fiable</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Normalmente fiable</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Bastante fiable</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Normalmente no fiable</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>No fiable</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilidad no evaluable</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmada por otras fuentes</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probablemente cierta</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Posiblemente cierta</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Veracidad no evaluable</translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation>Añadir desde una dirección web</translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation>Dirección de una página web, un PDF o un archivo Word (http:// o https://):</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>Descargando {url}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Cancelado: no se añadió nada.</translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation>Descargando {url}… {bytes} bytes</translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation>Añadido «{title}» desde {address}</translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation>La página no se añadió.</translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Añadir el texto completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>No añadir</translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation>En su lugar se puede añadir todo su texto visible (menús y enlaces incluidos).</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Fuentes (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Páginas web (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;Correo (*.eml);;Texto (*.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation>Abra o seleccione primero un documento.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>¿Eliminar «{title}» y su %n anotación?

No se puede deshacer y vacía el historial de deshacer.</numerusform>
            <numerusform>¿Eliminar «{title}» y sus %n anotaciones?

No se puede deshacer y vacía el historial de deshacer.</numerusform>
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
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>No se encontró ningún artículo en {names}. ¿Añadir en su lugar el texto completo de la página?</numerusform>
            <numerusform>No se encontró ningún artículo en {names}. ¿Añadir en su lugar el texto completo de estas páginas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Añadir el texto completo</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>No añadir</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Abrir un archivo de proyecto</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation>Importar fuentes (.html, .pdf, .docx, .eml, .txt, .md)</translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation>Añadir desde dirección &amp;web…</translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation>Descargar una página web, un PDF o un archivo Word, archivarlo y añadirlo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation>Salir de Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Eliminar anotación</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Eliminar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation>&amp;Metadatos del documento…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation>Editar el título, el medio, la fecha y la fiabilidad del artículo</translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation>Marcar como &amp;entidad</translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation>Marcar la selección como entidad (E en el artículo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation>Marcar como c&amp;ifra</translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation>Marcar la selección como cifra (F en el artículo)</translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation>Marcar como &amp;afirmación</translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation>Marcar la selección como afirmación (C en el artículo)</translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation>Nuevo &amp;panel</translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation>Abrir otro panel de artículo</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Cerrar panel</translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation>Cerrar el panel activo</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation>Filtrar anotaciones</translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation>Filtrar la lista de anotaciones</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation>Editar la anotación seleccionada en el panel</translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation>&amp;Cambiar de autor…</translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation>Anotar como otra persona en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation>Cambiar su nombre y el color de sus resaltados</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and what the highlights mean</source>
        <translation>Todos los atajos de teclado, y qué significan los resaltados</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <source>What the highlight colours, underlines, outlines and author colours mean</source>
        <translation>Qué significan los colores de resaltado, los subrayados, los contornos y los colores de los autores</translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation>A&amp;cerca de Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Entity &amp;Type</source>
        <translation>&amp;Tipo de entidad</translation>
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
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Marcar:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Proyectos de Evidence Desk (*.evidence);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation>Sin título.evidence</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Ningún proyecto reciente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar el menú</translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation>Ese proyecto ya está abierto.</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Abrir el proyecto</translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation>{project} sigue abierto.</translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation>Cambiar de proyecto</translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation>Abierto {project}</translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation>Anotar como {name}</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>Anotando como {name}</translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation>Fiabilidad de la fuente: {grade}. Haga clic para calificar (A–F).</translation>
    </message>
</context>
</TS>
