<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Number field</source>
        <translation>Zahlenfeld</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Bedienelement</translation>
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
        <translation>Schlichtung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation>1 · Die von A übernehmen</translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation>2 · Die von B übernehmen</translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation>3 · Beide übernehmen</translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation>E · Bearbeiten und übernehmen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation>↑ ↓ wechseln die Zeile · 1 / 2 / 3 übernehmen die von A / von B / beide · E bearbeitet und übernimmt · Strg+Z macht rückgängig. ✓ angenommen, ✗ abgelehnt, ⚑ angefochten.</translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation>Schlichtung — zwei verschiedene Autoren wählen</translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation>Nur ein Autor hat dies markiert: übernehmen (annehmen) oder die leere Seite übernehmen (ablehnen).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation>(nicht definiert: {reason})</translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation>Textstellen dieser Art, die jeder Autor in den verglichenen Dokumenten markiert hat.</translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation>Nicht definiert: {reason}.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation>Krippendorffs unitisiertes Alpha: 1 ist vollständige Übereinstimmung, 0 was der Zufall ergibt.</translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} von %n überlappenden Paar stimmen in der Bezeichnung überein.</numerusform>
            <numerusform>{agreeing} von %n überlappenden Paaren stimmen in der Bezeichnung überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} von %n überlappenden Paar stimmen im Wert überein.</numerusform>
            <numerusform>{agreeing} von %n überlappenden Paaren stimmen im Wert überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} von %n Textstelle von B stimmen genau mit einer von A überein.</numerusform>
            <numerusform>{matched} von %n Textstellen von B stimmen genau mit einer von A überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} von %n Textstelle von B überlappen eine von A.</numerusform>
            <numerusform>{matched} von %n Textstellen von B überlappen eine von A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} von %n Textstelle von A stimmen genau mit einer von B überein.</numerusform>
            <numerusform>{matched} von %n Textstellen von A stimmen genau mit einer von B überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} von %n Textstelle von A überlappen eine von B.</numerusform>
            <numerusform>{matched} von %n Textstellen von A überlappen eine von B.</numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation>F1 = 2·{matched} / ({a} + {b}): zugeordnete Textstellen über alle Textstellen.</translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation>F1 exakt</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 Überlappung</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Annotations by A</source>
        <translation>Annotationen von A</translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation>Annotationen von B</translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation>Präzision (exakt)</translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation>Trefferquote (exakt)</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 (exakt)</translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation>Präzision (Überlappung)</translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation>Trefferquote (Überlappung)</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 (Überlappung)</translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation>Übereinstimmung der Bezeichnung (Paare)</translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation>Übereinstimmung des Werts (Paare)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation>Krippendorffs αU</translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation>Übereinstimmung zweier Autoren</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation>Stattdessen A an B messen</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (Referenz)</translation>
    </message>
    <message>
        <source>B (measured)</source>
        <translation>B (gemessen)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Choose two different authors.</source>
        <translation>Wählen Sie zwei verschiedene Autoren.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Haken Sie mindestens ein Dokument an.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (characters): &lt;b&gt;{kappa}&lt;/b&gt;</source>
        <translation>Cohens κ (Zeichen): &lt;b&gt;{kappa}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</source>
        <translation>Krippendorffs α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AgreementDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation>
            <numerusform>%n Dokument, {characters} Zeichen; B = {b} gemessen an A = {a}</numerusform>
            <numerusform>%n Dokumente, {characters} Zeichen; B = {b} gemessen an A = {a}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation>Zeichen {start}–{end}</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>value not read</source>
        <translation>Wert nicht gelesen</translation>
    </message>
    <message>
        <source>denies: {proposition}</source>
        <translation>bestreitet: {proposition}</translation>
    </message>
    <message>
        <source>figure: {value}</source>
        <translation>Zahl: {value}</translation>
    </message>
    <message>
        <source>entity: {name} (“{quote}”)</source>
        <translation>Entität: {name} („{quote}“)</translation>
    </message>
    <message>
        <source>{kind}: “{quote}”</source>
        <translation>{kind}: „{quote}“</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation>Nur eine Art von Annotation zeigen</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation>Nur die Annotationen eines Autors zeigen</translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation>Zitate, Werte, Notizen filtern…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select text in an article and press &lt;b&gt;E&lt;/b&gt; (entity), &lt;b&gt;F&lt;/b&gt; (figure) or &lt;b&gt;C&lt;/b&gt; (claim), or click a highlight to edit it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Annotation ausgewählt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie Text in einem Artikel aus und drücken Sie &lt;b&gt;E&lt;/b&gt; (Entität), &lt;b&gt;F&lt;/b&gt; (Zahl) oder &lt;b&gt;C&lt;/b&gt; (Behauptung), oder klicken Sie auf eine Hervorhebung, um sie hier zu bearbeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Canonical name, e.g. Meta</source>
        <translation>Kanonischer Name, z. B. Meta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>e.g. 14 000 000 000</source>
        <translation>z. B. 14 000 000 000</translation>
    </message>
    <message>
        <source>upper end</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation>Was sie misst, z. B. Metas Anteil an Scale AI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation>Was behauptet wird, in Ihren Worten</translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation>Wer es sagt</translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation>Quelle, auf die sich der Text beruft, z. B. Bloomberg</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeschrieben</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation>Warum es zählt, was zu prüfen ist…</translation>
    </message>
    <message>
        <source>Read-only here: {reason}</source>
        <translation>Hier nur lesbar: {reason}</translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation>Ein relatives Datum zählt ab dem Veröffentlichungsdatum, das diesem Dokument fehlt (Bearbeiten › Dokument-Metadaten); oder geben Sie das Datum oben ein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation>Der Parser konnte keinen Wert lesen: geben Sie ihn oben ein.</translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation>⚙ Maschinell gelesen: {value}</translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation>✎ Von Hand eingegeben: {value}</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation>Es gibt kein Dokument {document_id}.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Die Textstelle {start}-{end} liegt außerhalb des Dokuments.</translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation>Wählen Sie Text zum Markieren aus (die Auswahl besteht nur aus Leerraum).</translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation>{status!r} ist kein Status.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Diese Annotation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation>Annotationsfelder können nicht wiederhergestellt werden: {items}</translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation>Unbekannte Annotationsfelder: {items}</translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{value!r} ist kein Datum: geben Sie es als JJJJ-MM-TT, JJJJ-MM oder JJJJ ein.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{text!r} ist kein Datum: geben Sie es als JJJJ-MM-TT, JJJJ-MM oder JJJJ ein.</translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation>Glaubwürdigkeit wird von 1 bis 6 bewertet.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>ein Kollege</translation>
    </message>
    <message>
        <source>“{quote}” is {owner}&apos;s {kind}, {status} in review.</source>
        <translation>„{quote}“ ist {kind} von {owner}, in der Prüfung {status}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>Sie samt ihrer %n Prüfung löschen?</numerusform>
            <numerusform>Sie samt ihren %n Prüfungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <source>(Edit › Undo brings it back.)</source>
        <translation>(Bearbeiten › Rückgängig holt sie zurück.)</translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation>Diese Annotation gibt es schon.</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>Die Zuverlässigkeit der Quelle wird von A bis F bewertet.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Who is annotating?</source>
        <translation>Wer annotiert?</translation>
    </message>
    <message>
        <source>Every annotation records who made it, so colleagues can tell their work from yours. Evidence Desk needs a name for you.</source>
        <translation>Jede Annotation hält fest, wer sie gemacht hat, damit Kollegen ihre Arbeit von Ihrer unterscheiden. Evidence Desk braucht einen Namen für Sie.</translation>
    </message>
    <message>
        <source>Enter My Name…</source>
        <translation>Meinen Namen eingeben…</translation>
    </message>
    <message>
        <source>Continue as “{name}”</source>
        <translation>Als „{name}“ fortfahren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>As “{name}”, your annotations are signed “{name}” until you give your name in Profile › Edit Profile.</source>
        <translation>Als „{name}“ werden Ihre Annotationen mit „{name}“ gezeichnet, bis Sie Ihren Namen unter Profil › Profil bearbeiten angeben.</translation>
    </message>
    <message>
        <source>No project there</source>
        <translation>Dort ist kein Projekt</translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation>Unter {location} gibt es kein Projekt.

Dort ein neues, leeres Projekt anlegen?</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation>Anderes Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation>Standardprojekt öffnen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Evidence-Desk-Projekte (*.evidence);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Annotating as “{name}”: Profile › Edit Profile gives your name</source>
        <translation>Sie annotieren als „{name}“: Profil › Profil bearbeiten gibt Ihren Namen an</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Ungültiges Muster</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Close this article</source>
        <translation>Diesen Artikel schließen</translation>
    </message>
    <message>
        <source>Close article</source>
        <translation>Artikel schließen</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Artikel: {title}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Select a passage, then E, F or C tags it as an entity, a figure or a claim</source>
        <translation>Markieren Sie eine Stelle; E, F oder C markiert sie als Entität, Zahl oder Behauptung</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation>Als &amp;Entität markieren (E)</translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation>Als &amp;Zahl markieren (F)</translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation>Als &amp;Behauptung markieren (C)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation>Vorgeschlagen ({kind}): {label} (Eingabe nimmt an, Rücktaste lehnt ab)</translation>
    </message>
</context>
<context>
    <name>AuthorFilter</name>
    <message>
        <source>Show Authors</source>
        <translation>Autoren zeigen</translation>
    </message>
    <message>
        <source>Whose annotations the articles show</source>
        <translation>Wessen Annotationen die Artikel zeigen</translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Nur zeigen</translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation>Zeigen: alle Autoren</translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation>Zeigen: nur {name}</translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation>Zeigen: niemanden</translation>
    </message>
</context>
<context>
    <name>AuthorFilterCounts</name>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation>
            <numerusform>Zeigen: {shown} von %n Autor</numerusform>
            <numerusform>Zeigen: {shown} von %n Autoren</numerusform>
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
        <translation>Ein Name oder Ausdruck pro Zeile:
Alexandr Wang
Jason Droege
Scale AI
…</translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation>Liste laden…</translation>
    </message>
    <message>
        <source>Search All</source>
        <translation>Alle suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation>Zeile als Entität markieren…</translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation>Jeden Treffer des gewählten Begriffs als Erwähnung einer Entität vorschlagen (Vorschläge: Eingabe nimmt an, Rücktaste lehnt ab)</translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation>Fügen Sie zuerst eine Namensliste ein oder laden Sie sie, ein Name pro Zeile.</translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation>Liste wird gesucht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation>Stapelsuche</translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation> (nach {searched} von {listed} angehalten)</translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation>Suchen Sie zuerst die Liste; dann lassen sich die Ergebnisse exportieren.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} von %n Begriff gefunden</numerusform>
            <numerusform>{found} von %n Begriffen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} in %n Dokument</numerusform>
            <numerusform>{found} in %n Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation>Gesucht als {query}</translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation> — klicken, um sie zu sehen</translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} in „{title}“: %n Treffer</numerusform>
            <numerusform>{term} in „{title}“: %n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation>Rückgängig-Verlauf geleert: der Import hat Annotationen geändert</translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation>Annotationen eines &amp;Kollegen importieren…</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence *.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)</source>
        <translation>Annotationen oder Projekt eines Kollegen (*.jsonld *.json *.evidence *.qdpx);;W3C-Webannotationen (*.jsonld *.json);;Evidence-Desk-Projekte (*.evidence);;REFI-QDA-Projekte: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld), project file (.evidence) or REFI-QDA project (.qdpx)</source>
        <translation>W3C-Annotationen (.jsonld), Projektdatei (.evidence) oder REFI-QDA-Projekt (.qdpx) eines Kollegen zusammenführen</translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation>Für einen Kollegen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation>Ihre Annotationen für einen Kollegen schreiben (W3C JSON-LD)</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation>Annotationen, die Sie und ein Kollege beide geändert haben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation>&amp;Konflikte lösen ({count})…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation>Annotationen eines Kollegen importieren</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation>Annotationen ohne Art</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Für einen Kollegen exportieren</translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n Annotation in {file} nennt keine Art, die Evidence Desk kennt.
Importieren als:</numerusform>
            <numerusform>%n Annotationen in {file} nennen keine Art, die Evidence Desk kennt.
Importieren als:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>%n Element für einen Kollegen nach {file} exportiert</numerusform>
            <numerusform>%n Elemente für einen Kollegen nach {file} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation>Ihre Hervorhebungsfarbe</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Seine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation>Kurzes Quellenkürzel (in Vergleichen, Diagrammen und im Dossier)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation>Zuverlässigkeit der Quelle, von A (völlig zuverlässig) bis F (nicht beurteilbar)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation>Die Worte der Quelle</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the figure (via …)</source>
        <translation>Das Kürzel der Quelle und darunter, wem sie die Zahl zuschreibt (via …)</translation>
    </message>
    <message>
        <source>The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range</source>
        <translation>Der Wert, den die Quelle nennt: ~ etwa (innerhalb der Toleranz), + mindestens, ≤ höchstens, – ein Bereich</translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation>Prüfstatus der Annotation</translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation>Unvereinbar
mit</translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation>Quellen, deren Wert nicht zugleich mit diesem wahr sein kann</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation>Ob die Quelle die Aussage behauptet oder bestreitet</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the claim (via …)</source>
        <translation>Das Kürzel der Quelle und darunter, wem sie die Behauptung zuschreibt (via …)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation>Wer es in der Quelle sagt</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Glaubw.</translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Glaubwürdigkeit der Behauptung, von 1 (von anderen Quellen bestätigt) bis 6 (nicht beurteilbar)</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Sagt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation>Der kanonische Name der Entität (F2 benennt um)</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation>Andere Namen und Schreibweisen, in jeder Sprache</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation>Markierte Erwähnungen je Quelle (Kürzel:Anzahl)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation>Markierte Erwähnungen in allen Quellen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the panel, or Type in this tab)</source>
        <translation>Von einem Analysten gewählt; „Person?“ ist eine Vermutung aus dem Namen, die niemand bestätigt hat (Alt+1 … Alt+6 im Bereich oder Typ in diesem Reiter)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation>Was die Zahlen messen (F2 benennt um)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation>Die Einheit, in der die Zahlen verglichen werden</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation>Mit dieser Messgröße markierte Zahlen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation>Zahlen je Quelle</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation>Ob zwei Quellen Werte angeben, die nicht beide wahr sein können</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation>Was die Behauptungen behaupten oder bestreiten (F2 benennt um)</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation>Behauptungen, die sie behaupten</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Bestreitet</translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation>Behauptungen, die sie bestreiten</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Behauptungen je Quelle</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation>Ob eine Quelle behauptet, was eine andere bestreitet</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation>Wert / gelesen als</translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation>A · Zitat</translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation>A · Art und Lesart</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation>B · Zitat</translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation>B · Art und Lesart</translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation>Die von Autor A markierte Stelle (✓ angenommen, ✗ abgelehnt, ⚑ angefochten)</translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation>Was A festgehalten hat: die Art und den Wert, die Entität oder die Aussage</translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation>Wie die beiden Versionen zueinander stehen: exakt, uneinig (gleiche Stelle, andere Lesart), überlappend, nur eine</translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation>Die Felder, in denen sich die Versionen unterscheiden, Wert von A ≠ Wert von B</translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation>Die von Autor B markierte Stelle</translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation>Was B festgehalten hat</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation>Der Name oder die Suchanfrage</translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation>Treffer in allen Dokumenten</translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation>Dokumente, die es erwähnen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation>Offene einbeziehen</translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation>Auch Annotationen vergleichen, die noch niemand geprüft hat (vorgeschlagen, angefochten)</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Abgelehnte einbeziehen</translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation>Auch Annotationen vergleichen, die ein Prüfer abgelehnt hat</translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation>Wie weit eine „etwa“-Zahl von ihrem Wert abweichen darf (Projekteinstellung)</translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation>„etwa“ bedeutet</translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation>Im Hauptfenster andocken</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>In einem Fenster öffnen</translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation>Den Vergleich wieder unter die Artikel setzen</translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation>Den Vergleich in einem eigenen Fenster lesen, neben dem Hauptfenster oder auf einem anderen Bildschirm</translation>
    </message>
    <message>
        <source>Computing the comparison…</source>
        <translation>Der Vergleich wird berechnet…</translation>
    </message>
    <message>
        <source>The comparison could not be computed: {reason}</source>
        <translation>Der Vergleich konnte nicht berechnet werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation>Noch nichts zu vergleichen. Markieren Sie Zahlen und geben Sie ihnen eine Messgröße (F, dann was sie messen), oder Behauptungen und die Aussage, die sie behaupten oder bestreiten (C).</translation>
    </message>
    <message>
        <source>Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, or review them (Review › Next Pending, N).</source>
        <translation>Nichts Angenommenes zu vergleichen: {hidden}. Offene einbeziehen ankreuzen, um sie jetzt zu vergleichen, oder sie prüfen (Prüfung › Nächste offene, N).</translation>
    </message>
    <message>
        <source>Nothing to compare with these options: {hidden}. Tick Include rejected to see them.</source>
        <translation>Mit diesen Optionen nichts zu vergleichen: {hidden}. Abgelehnte einbeziehen ankreuzen, um sie zu sehen.</translation>
    </message>
    <message>
        <source>not shown: {hidden}</source>
        <translation>nicht gezeigt: {hidden}</translation>
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
            <numerusform>{disagree} von %n Messgröße: Quellen widersprechen sich</numerusform>
            <numerusform>{disagree} von %n Messgrößen: Quellen widersprechen sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} von %n Aussage strittig</numerusform>
            <numerusform>{contested} von %n Aussagen strittig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} wurde abgelehnt</numerusform>
            <numerusform>{things} wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} wartet auf Prüfung</numerusform>
            <numerusform>{things} warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n abgelehnt)</numerusform>
            <numerusform> (%n abgelehnt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation>{source}, über {attribution}</translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation>keine Werte zum Vergleichen</translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation>Quellen widersprechen sich: {values}</translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation>nur ein Wert: {values}</translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation>Quellen stimmen überein: {values}</translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation>; nicht verglichen (andere Einheit): {values}</translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation>; kein Wert gelesen: {sources}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation>Wert / Entität / Aussage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Theirs ({author})</source>
        <translation>Seine ({author})</translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation>Sie beide haben das geändert: vergleichen, dann Ihre behalten oder seine übernehmen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Von einem Kollegen geändert</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> um {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} changed this annotation{when}&lt;/b&gt; while you were editing it (“{quote}”). Nothing of yours is written yet: which do you keep?</source>
        <translation>&lt;b&gt;{who} hat diese Annotation{when} geändert&lt;/b&gt;, während Sie sie bearbeitet haben („{quote}“). Von Ihnen ist noch nichts geschrieben: Welche behalten Sie?</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Seine ({who})</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Seine behalten</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation>{document}
Seine Version: {author}, erkannt {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation>Ihre Version behalten; Ihr Kollege erhält sie mit Ihrem nächsten Export</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Seine übernehmen</translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation>Ihre Version durch die des Kollegen ersetzen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation>&lt;b&gt;Sie beide haben geändert:&lt;/b&gt; {fields}</translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation>Nur der Zeitpunkt der Änderung unterscheidet sich.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation>Version von {author} übernehmen</translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation>{action} für „{quote}“ (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n Annotation seit Ihrem letzten Austausch von Ihnen UND einem Kollegen geändert. Vergleichen, dann Ihre behalten oder seine übernehmen.</numerusform>
            <numerusform>%n Annotationen seit Ihrem letzten Austausch von Ihnen UND einem Kollegen geändert. Vergleichen, dann Ihre behalten oder seine übernehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation>zugeschrieben</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>span</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation>{author} fügt {text} hinzu</translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation>{author} ist länger</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation>Dokument-Metadaten</translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation>FT 2025-07-15</translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation>Der Kurzname dieser Quelle in Vergleichen, Diagrammen und im Dossier</translation>
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
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
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
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation>Original {type}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation>abgerufen {when}; {original}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation>Ein Dokument braucht ein kurzes Kürzel (z. B. „FT 2025-07-15“).</translation>
    </message>
</context>
<context>
    <name>DocumentDialogCounts</name>
    <message numerus="yes">
        <source>original {type}, %n page(s), SHA-256 {sha}</source>
        <translation>
            <numerusform>Original {type}, %n Seite, SHA-256 {sha}</numerusform>
            <numerusform>Original {type}, %n Seiten, SHA-256 {sha}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in new pane</source>
        <translation>In neuem Bereich öffnen</translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation>Metadaten bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Label: {label}</source>
        <translation>Kürzel: {label}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Von {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Veröffentlicht am {date}</translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation>Abgerufen {when}</translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation>Original: {type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation>Zuverlässigkeit {grade}: {label}</translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation>{characters} Zeichen · {annotations} Annotationen</translation>
    </message>
</context>
<context>
    <name>DocumentTableModelCounts</name>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation>
            <numerusform>Original: {type}, %n Seite, SHA-256 {sha}…</numerusform>
            <numerusform>Original: {type}, %n Seiten, SHA-256 {sha}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{what} is {length} characters long; at most {limit} fit.</source>
        <translation>{what} ist {length} Zeichen lang; höchstens {limit} passen.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Ein Dokument braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (use e.g. it, pt, fr, en, pt-br).</source>
        <translation>„{value}“ ist kein Sprachcode (z. B. it, pt, fr, en, pt-br).</translation>
    </message>
    <message>
        <source>The language tag</source>
        <translation>Der Sprachcode</translation>
    </message>
    <message>
        <source>The outlet</source>
        <translation>Das Medium</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>Die URL</translation>
    </message>
    <message>
        <source>A web address has no spaces or line breaks in it.</source>
        <translation>Eine Webadresse enthält weder Leerzeichen noch Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>„{url}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it starts with http:// or https://).</source>
        <translation>„{url}“ ist keine Webadresse (sie beginnt mit http:// oder https://).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write the publication date as YYYY-MM-DD (or leave it empty).</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie das Erscheinungsdatum als JJJJ-MM-TT (oder lassen Sie es leer).</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>Der Autor</translation>
    </message>
    <message>
        <source>The source label</source>
        <translation>Das Quellenkürzel</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>Die Zuverlässigkeit der Quelle wird von A bis F bewertet.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Es gibt kein Dokument {id}.</translation>
    </message>
    <message>
        <source>Document {clash} already has the label “{label}”; labels tell sources apart, so each must be different.</source>
        <translation>Dokument {clash} hat bereits das Kürzel „{label}“; Kürzel unterscheiden die Quellen, daher muss jedes anders sein.</translation>
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
        <translation>HTML (eine eigenständige Datei)</translation>
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
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Evidence bundle (ZIP: HTML, PDF, JSON, the sources, hashes)</source>
        <translation>Belegpaket (ZIP: HTML, PDF, JSON, die Quellen, Hashes)</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Belegpaket (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation>Die Sprache der Überschriften, Beschriftungen und Sätze des Dossiers und wie Zahlen und Daten geschrieben werden; Zitate bleiben wörtlich</translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation>Offene Annotationen einbeziehen (vorgeschlagen, angefochten)</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Entitäten einbeziehen</translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation>Notizen der Analysten einbeziehen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation>Das Dossier kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>You are the only analyst in this project, so your annotations nobody has reviewed are included, marked “(pending)”. Untick to export only what you accepted (Review › Next Pending, N, walks your own).</source>
        <translation>Sie sind der einzige Analyst in diesem Projekt, daher sind Ihre Annotationen, die niemand geprüft hat, enthalten, als „(offen)“ markiert. Haken entfernen, um nur Angenommenes zu exportieren (Prüfung › Nächste offene, N, geht Ihre eigenen durch).</translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation>. Der Dateiname endet auf {suffix}, daher wurde {written} geschrieben, nicht {chosen}; Format zeigt jetzt {written}.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Building the preview</source>
        <translation>Vorschau erstellen</translation>
    </message>
    <message>
        <source>the preview shows the first pages; the export holds the whole dossier</source>
        <translation>die Vorschau zeigt die ersten Seiten; der Export enthält das ganze Dossier</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Dossier wird erstellt…</translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation>Seiten werden gedruckt…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>Not exported: cancelled; nothing was written.</source>
        <translation>Nicht exportiert: abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation>Nach {path} als {format} exportiert {detail}</translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n noch nicht geprüfte Annotation bleibt außen vor (das Dossier sagt es). Offene einbeziehen ankreuzen, um sie als „(offen)“ markiert zu zeigen, oder sie zuerst prüfen (Prüfung › Nächste offene, N).</numerusform>
            <numerusform>%n noch nicht geprüfte Annotationen bleiben außen vor (das Dossier sagt es). Offene einbeziehen ankreuzen, um sie als „(offen)“ markiert zu zeigen, oder sie zuerst prüfen (Prüfung › Nächste offene, N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n Seite)</numerusform>
            <numerusform>(%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the dossier as HTML, PDF and JSON, with %n source text(s) and their hashes; `evidence-desk verify` checks it)</source>
        <translation>
            <numerusform>(das Dossier als HTML, PDF und JSON, mit %n Quellentext und seinem Hash; `evidence-desk verify` prüft es)</numerusform>
            <numerusform>(das Dossier als HTML, PDF und JSON, mit %n Quellentexten und ihren Hashes; `evidence-desk verify` prüft es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(und %n Diagrammdatei daneben)</numerusform>
            <numerusform>(und %n Diagrammdateien daneben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} kann nicht geschrieben werden: der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation>Das PDF kann nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation>Beweisdossier</translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation>über {name}</translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation>offen (hohl)</translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation>unvereinbar mit einer anderen Quelle</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <source>doc. {start}–{end}</source>
        <translation>Dok. {start}–{end}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n annotation(s)</source>
        <translation>
            <numerusform>{included} von %n Annotation</numerusform>
            <numerusform>{included} von %n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n offene ausgelassen)</numerusform>
            <numerusform> (%n offene ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>keine Zahlen</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}, none on a measure</source>
        <translation>{figures}, keine davon einer Messgröße zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n Messgröße</numerusform>
            <numerusform>%n Messgrößen</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}: {assigned} on {measures}, {unassigned} with no measure</source>
        <translation>{figures}: {assigned} zu {measures}, {unassigned} ohne Messgröße</translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation>{figures} zu {measures}</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>keine Behauptungen</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation>{claims}, keine davon einer Aussage zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation>{claims}: {assigned} zu {propositions}, {unassigned} ohne Aussage</translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation>{claims} zu {propositions}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Schlüsselzahlen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation>Notizen der Analysten</translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation>Anhang A: Wer was annotiert und geprüft hat</translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation>Anhang B: Zitierte Textstellen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>angefochten</translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation>auf vorgeschlagen zurückgesetzt</translation>
    </message>
    <message>
        <source>Chart: {measure}</source>
        <translation>Diagramm: {measure}</translation>
    </message>
    <message>
        <source>(p. {page} ↗)</source>
        <translation>(S. {page} ↗)</translation>
    </message>
    <message>
        <source>{status} (pending)</source>
        <translation>{status} (offen)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation>{source} über {attribution}</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), listed under Sources</source>
        <translation>
            <numerusform>%n Dokument, aufgeführt unter Quellen</numerusform>
            <numerusform>%n Dokumente, aufgeführt unter Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation>angenommene, dazu vorgeschlagene oder angefochtene mit „(offen)“ markiert</translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation>nur angenommene</translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation>- **Projekt:** {title}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation>- **Erfasste Dokumente:** {scope}</translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation>- **Analysten:** {names}</translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation>- **Geprüft von:** {names}</translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation>- **Erstellt:** {when} UTC</translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation>- **Einbezogene Annotationen:** {which}: {included} von {total}; abgelehnte Annotationen werden nie einbezogen</translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation>**Inhalt:**</translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation>Das Projekt hat keine Dokumente.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation>Der SHA-256 jedes gespeicherten Texts (UTF-8) und seine Länge in Zeichen (Codepunkten).</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation>Das archivierte Original jeder Quelle (die Datei wie gelesen oder die Seite wie abgerufen, mit dem ganzen HTTP-Austausch), sein SHA-256 und wann es abgerufen wurde. Erneutes Extrahieren des Originals ergibt den gespeicherten Text (`evidence-desk verify`).</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot agree with</source>
        <translation>Unvereinbar mit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation>Eine als „etwa“ angegebene Zahl gilt als dieser Wert {tolerance}. Zwei Zahlen sind unvereinbar, wenn kein Wert zu beiden passt.</translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation>Es sind keine Zahlen enthalten.</translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation>Zahlen ohne Messgröße</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation>Es sind keine Daten enthalten.</translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation>Jedes Datum erscheint in der Genauigkeit seiner Quelle (ein Tag, ein Monat oder ein Jahr). Zwei Daten sind unvereinbar, wenn kein Tag zu beiden passt.</translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation>**Die Quellen widersprechen sich.**</translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation>Die Quellen stimmen überein.</translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation>Daten ohne Messgröße</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation>Sprecher {name}</translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation>zugeschrieben: {name}</translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation>Quelle {source}, Zuverlässigkeit {grade}</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>Glaubwürdigkeit {grade}</translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation>**Strittig:** behauptet von {asserting}; bestritten von {denying}.</translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation>**Nicht strittig:** behauptet von {asserting}; keine Quelle bestreitet sie.</translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation>**Nicht strittig:** bestritten von {denying}; keine Quelle behauptet sie.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Bestreitet</translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation>Es sind keine Behauptungen enthalten.</translation>
    </message>
    <message>
        <source>{type} (guessed)</source>
        <translation>{type} (vermutet)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n vorgeschlagen</numerusform>
            <numerusform>%n vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n angefochten</numerusform>
            <numerusform>%n angefochten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n noch nicht geprüfte Annotation ({statuses}: {kinds}): mit *Offene einbeziehen* exportieren, um sie als „(offen)“ markiert zu zeigen</numerusform>
            <numerusform>%n noch nicht geprüfte Annotationen ({statuses}: {kinds}): mit *Offene einbeziehen* exportieren, um sie als „(offen)“ markiert zu zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n abgelehnt (nie gezeigt)</numerusform>
            <numerusform>%n abgelehnt (nie gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>- **Left out:** {text}</source>
        <translation>- **Ausgelassen:** {text}</translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation>**Zitate** lesen sich `002 ¶3 · Dok. 120–145`: Quelle 002, Absatz 3 (jede nicht leere Zeile des gespeicherten Texts ist ein Absatz, gezählt ab 1); das Zitat sind die Zeichen 120 bis 145 des ganzen Dokuments („Dok.“), nicht des Absatzes (Unicode-Codepunkte, gezählt ab 0 am Textanfang, Ende ausgeschlossen: text[120:145]). Jedes Zitat ist wörtlich; ein Zeilenumbruch in einem Zitat erscheint als ¶. Jedes Zitat verweist auf seine Stelle in Anhang B.</translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Keine Zahlen enthalten: %n Zahl wartet auf Prüfung (mit Offene einbeziehen exportieren, um sie zu zeigen).</numerusform>
            <numerusform>Keine Zahlen enthalten: %n Zahlen warten auf Prüfung (mit Offene einbeziehen exportieren, um sie zu zeigen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Keine Behauptungen enthalten: %n Behauptung wartet auf Prüfung (mit Offene einbeziehen exportieren, um sie zu zeigen).</numerusform>
            <numerusform>Keine Behauptungen enthalten: %n Behauptungen warten auf Prüfung (mit Offene einbeziehen exportieren, um sie zu zeigen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation>Strittige Aussagen (von einer Quelle behauptet, von einer anderen bestritten) stehen vorne.</translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation>Behauptungen ohne Aussage</translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation>Entitäten sind in diesem Dossier ausgelassen.</translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation>Es sind keine Entitäten enthalten.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation>Gefundene Aliasse</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Erwähnungen je Quelle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation>Notizen sind in diesem Dossier ausgelassen.</translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation>Keine Notizen zu den einbezogenen Annotationen.</translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation>**{author}** zu {quote} ({citation})</translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation>Alle Annotationen des Projekts, gleich welchen Status, nach Analyst; abgegebene Prüfungen sind Urteile und Kommentare.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation>Noch hat niemand annotiert.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation>{citation} von {author}</translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation>Keine Prüfungen der einbezogenen Annotationen.</translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n weitere Prüfung betrifft Annotationen, die dieses Dossier auslässt.</numerusform>
            <numerusform>%n weitere Prüfungen betreffen Annotationen, die dieses Dossier auslässt.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>{kind} by {author}</source>
        <translation>{kind} von {author}</translation>
    </message>
    <message>
        <source>open p. {page}</source>
        <translation>S. {page} öffnen</translation>
    </message>
    <message>
        <source>open at the source</source>
        <translation>an der Quelle öffnen</translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation>abgerufen {when}</translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation>SHA-256 des Originals {hash}</translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation>Nichts wird zitiert.</translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around the quote, with … where it was cut), the quote in bold.</source>
        <translation>Jedes Zitat in seiner Textstelle: die Zeile des gespeicherten Texts, in der es steht (bei einer sehr langen Zeile die Sätze um das Zitat, mit … wo sie gekürzt wurde), das Zitat fett.</translation>
    </message>
    <message>
        <source>no measure</source>
        <translation>keine Messgröße</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation>Oberer Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation>Bearbeiten und übernehmen</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation>Von der von {name} ausgehen (A)</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation>Von der von {name} ausgehen (B)</translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation>Beide Versionen werden abgelehnt und Ihre korrigierte Fassung angenommen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation>Bearbeitete Version übernehmen</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
</context>
<context>
    <name>EntityTypeChooser</name>
    <message>
        <source>The selected entity&apos;s type: {type}</source>
        <translation>Typ der gewählten Entität: {type}</translation>
    </message>
    <message>
        <source>The entity&apos;s type: {type} ({key})</source>
        <translation>Typ der Entität: {type} ({key})</translation>
    </message>
    <message>
        <source>“{type}” is a guess from the name: {key} confirms it, or choose another. Until then the dossier marks it “(guessed)”.</source>
        <translation>„{type}“ ist aus dem Namen vermutet: {key} bestätigt es, oder wählen Sie einen anderen. Bis dahin markiert das Dossier ihn als „(vermutet)“.</translation>
    </message>
    <message>
        <source>Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it blank.</source>
        <translation>Typ noch nicht gewählt: Alt+1 … Alt+6 oder einen anklicken. Das Dossier lässt ihn leer.</translation>
    </message>
    <message>
        <source>Select an entity annotation to choose its type.</source>
        <translation>Wählen Sie eine Entitäts-Annotation, um ihren Typ festzulegen.</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Typ auf {type} setzen</translation>
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
        <translation>Die Seite konnte nicht hinzugefügt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>&amp;Dossier exportieren…</translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation>Beweisdossier ansehen und exportieren (Markdown, HTML, PDF, JSON)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA-Projekt exportieren (.qdpx)…</translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation>Für QualCoder, MAXQDA, NVivo oder ATLAS.ti</translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation>Annotationen als CSV exportieren…</translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation>Eine Zeile je Annotation, alle Felder, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dossier nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-Projekt (*.qdpx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>%n codierte Auswahl nach {path} exportiert</numerusform>
            <numerusform>%n codierte Auswahlen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tool is the file for?</source>
        <translation>Für welches Werkzeug ist die Datei?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n Dokument enthält Emoji oder andere Zeichen, die Werkzeuge unterschiedlich zählen ({titles}).</numerusform>
            <numerusform>%n Dokumente enthalten Emoji oder andere Zeichen, die Werkzeuge unterschiedlich zählen ({titles}).</numerusform>
        </translation>
    </message>
    <message>
        <source>QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers and for the coded text QualCoder stores and reports.</source>
        <translation>QualCoder, NVivo, MAXQDA und ATLAS.ti markieren Kodierungen, gezählt in UTF-16-Einheiten: Wählen Sie sie, um jede Kodierung an ihrer Stelle zu sehen (QualCoder speichert dann den kodierten Text einer Kodierung nach einem Emoji um ein Zeichen versetzt). Der REFI-QDA-Standard zählt Unicode-Zeichen: Wählen Sie ihn für andere Leser und für den kodierten Text, den QualCoder speichert und berichtet.</translation>
    </message>
    <message>
        <source>The REFI-QDA standard</source>
        <translation>Der REFI-QDA-Standard</translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation>Annotationen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>%n Annotation nach {path} exportiert</numerusform>
            <numerusform>%n Annotationen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Es wurde nichts geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>In diesem Artikel suchen</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation>Eingabe / Umschalt+Eingabe: nächster / vorheriger Treffer, dann markiert E, F oder C ihn · Esc schließt</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>solid underline</source>
        <translation>durchgehend unterstrichen</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>gestrichelt unterstrichen</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>wellenförmig unterstrichen</translation>
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
        <translation>Diese Annotation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation>in der Schlichtung erstellt von {who} (aus {sources})</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>vorgeschlagen von {who}</translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation> von {who} (aus der Datei eines Kollegen)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> von {who}</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (Rückgängig)</translation>
    </message>
    <message>
        <source>edited{by}</source>
        <translation>bearbeitet{by}</translation>
    </message>
    <message>
        <source>deleted by {who}</source>
        <translation>gelöscht von {who}</translation>
    </message>
    <message>
        <source>restored by {who}</source>
        <translation>wiederhergestellt von {who}</translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation>Urteil zurückgezogen von {who} (zurück zu {status})</translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation>Kommentar von {who}{comment}</translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation>Antwort von {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation>in der Schlichtung auf vorgeschlagen zurückgesetzt von {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation>auf vorgeschlagen zurückgesetzt von {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation>in der Schlichtung angenommen von {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation>angenommen von {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation>in der Schlichtung abgelehnt von {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation>abgelehnt von {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation>in der Schlichtung angefochten von {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation>angefochten von {who}{comment}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Neu verankert</translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation>Ihre behalten (neuer)</translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation>Älter, nicht übernommen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation>Namenskonflikte</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Dokumente hinzugefügt</translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation>Prüfungen importiert</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation>Annotationen eines Kollegen</translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation>nichts Neues.</translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation>in dieses Projekt übernommen.</translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation>Konflikte zeigen…</translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation>Annotationen, die in seiner Datei fehlen, werden hier nie gelöscht.</translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation>{undo_cleared} (Strg+Z hätte Ihre älteren Versionen über seine geschrieben).</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>Importierte Dateien: {added} von %n</numerusform>
            <numerusform>Importierte Dateien: {added} von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation>, abgelehnt: {refused}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation>{names}: Sprache nicht erkannt — in Bearbeiten › Dokument-Metadaten festlegen (Strg+Umschalt+M).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Copy out what you need, then open a backup of the project. `evidence-desk --project {location} check` lists what is damaged.</source>
        <translation>Kopieren Sie heraus, was Sie brauchen, und öffnen Sie dann eine Sicherung des Projekts. `evidence-desk --project {location} check` listet auf, was beschädigt ist.</translation>
    </message>
    <message>
        <source>{project} failed SQLite&apos;s integrity check: the file is damaged. It is open read-only, and nothing will be written to it.</source>
        <translation>{project} hat die Integritätsprüfung von SQLite nicht bestanden: die Datei ist beschädigt. Sie ist schreibgeschützt geöffnet, und es wird nichts in sie geschrieben.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Das Projekt ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>A name tagged with E: blue, with a solid underline.</source>
        <translation>Ein mit E markierter Name: blau, durchgehend unterstrichen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>An amount, share or date tagged with F: orange, with a dashed underline.</source>
        <translation>Ein mit F markierter Betrag, Anteil oder ein Datum: orange, gestrichelt unterstrichen.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>A statement tagged with C: bluish green, with a wavy underline.</source>
        <translation>Eine mit C markierte Aussage: blaugrün, wellig unterstrichen.</translation>
    </message>
    <message>
        <source>Overlapping annotations</source>
        <translation>Überlappende Annotationen</translation>
    </message>
    <message>
        <source>One underline per annotation, a few pixels apart: here an entity inside a claim.</source>
        <translation>Eine Unterstreichung je Annotation, ein paar Pixel auseinander: hier eine Entität in einer Behauptung.</translation>
    </message>
    <message>
        <source>Author&apos;s bar</source>
        <translation>Balken des Autors</translation>
    </message>
    <message>
        <source>A short bar where an annotation starts, in its author&apos;s colour (authors below).</source>
        <translation>Ein kurzer Balken, wo eine Annotation beginnt, in der Farbe ihres Autors (Autoren unten).</translation>
    </message>
    <message>
        <source>Selected annotation</source>
        <translation>Gewählte Annotation</translation>
    </message>
    <message>
        <source>A dark outline: the annotation the panel shows.</source>
        <translation>Ein dunkler Rahmen: die Annotation, die der Bereich zeigt.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. The thicker one is current: Enter accepts it, Backspace rejects it.</source>
        <translation>Ein gestrichelter Rahmen: von Alle Erwähnungen finden oder Zahlen finden vorgeschlagen, noch keine Annotation. Der dickere ist der aktuelle: Eingabe nimmt ihn an, Rücktaste lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Same thing elsewhere</source>
        <translation>Dasselbe anderswo</translation>
    </message>
    <message>
        <source>Purple borders: a mention of the entity, measure or proposition selected in another article (F3 goes to the next).</source>
        <translation>Violette Ränder: eine Erwähnung der in einem anderen Artikel gewählten Entität, Messgröße oder Aussage (F3 springt zur nächsten).</translation>
    </message>
    <message>
        <source>Find match</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Yellow: a match of the find bar (Ctrl+F); the current one is outlined.</source>
        <translation>Gelb: ein Treffer der Suchleiste (Strg+F); der aktuelle ist umrandet.</translation>
    </message>
    <message>
        <source>person?</source>
        <translation>Person?</translation>
    </message>
    <message>
        <source>In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6).</source>
        <translation>Im Bereich und im Register: ein aus dem Namen vermuteter, unbestätigter Typ (Alt+1 … Alt+6).</translation>
    </message>
    <message>
        <source>⚙ Machine-read</source>
        <translation>⚙ Maschinell gelesen</translation>
    </message>
    <message>
        <source>In the panel: the figure&apos;s value was read by the parser; ✎ typed by hand.</source>
        <translation>Im Bereich: der Wert der Zahl wurde vom Parser gelesen; ✎ von Hand eingegeben.</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer.</source>
        <translation>Im Dossier und im Vergleich: vorgeschlagen oder angefochten, noch nicht von einem Prüfer angenommen.</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>In Compare and the register: two values that cannot both be true.</source>
        <translation>Im Vergleich und im Register: zwei Werte, die nicht beide wahr sein können.</translation>
    </message>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Umstritten</translation>
    </message>
    <message>
        <source>In Compare: one source asserts what another denies.</source>
        <translation>Im Vergleich: eine Quelle behauptet, was eine andere bestreitet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the highlights mean&lt;/b&gt; (View › Legend)</source>
        <translation>&lt;b&gt;Was die Markierungen bedeuten&lt;/b&gt; (Ansicht › Legende)</translation>
    </message>
    <message>
        <source>this author&apos;s bar and colour</source>
        <translation>Balken und Farbe dieses Autors</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend: what the highlights mean</source>
        <translation>Legende: was die Markierungen bedeuten</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>In einem Artikel</translation>
    </message>
    <message>
        <source>Authors in this project</source>
        <translation>Autoren in diesem Projekt</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Noch keine Annotationen.</translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation>Messgrößen zusammenführen</translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation>Aussagen zusammenführen</translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation>Entität „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation>{kind} in „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation>Alias „{alias}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation>Alias „{alias}“ entfernen</translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation>„{alias}“ abtrennen</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Typ auf {type} setzen</translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation>Messgröße „{label}“ hinzufügen</translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation>Einheit auf „{unit}“ setzen</translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation>Aussage „{label}“ hinzufügen</translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>„{merged}“ in „{kept}“ zusammenführen</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation>Quelle {label} bewerten: {grade}</translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation>„etwa“ auf ±{percent} % setzen</translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation>Erwähnung „{text}“ annehmen</translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation>Zahl „{text}“ annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineupFeature</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation>Quellen vergleichen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation>Quellen &amp;vergleichen</translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation>Was jede Quelle zu jeder Messgröße und Aussage sagt, nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation>Jedes datierte Ereignis auf einer Zeitachse, nach Quelle; die Datums-Messgrößen abgeglichen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation>Entitäten, Messgrößen und Aussagen: umbenennen, zusammenführen, Aliasse</translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation>Alle &amp;Erwähnungen finden</translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation>Jede nicht markierte Erwähnung der gewählten Entität vorschlagen, in allen Artikeln</translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation>&amp;Zahlen in diesem Artikel finden</translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation>Beträge und Prozentangaben des aktiven Artikels vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>Alle Vorschläge &amp;annehmen</translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation>Jeden Vorschlag der Liste markieren (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation>Alle Vorschläge a&amp;blehnen</translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation>Jeden Vorschlag der Liste verwerfen</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation>Die nächste Annotation der gewählten Entität, Messgröße oder Aussage, artikelübergreifend</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>Die vorherige</translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation>Diese Quelle &amp;bewerten</translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation>&amp;Abgleich</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Öffnen Sie zuerst einen Artikel</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation>Wählen Sie zuerst eine Entität (im Register oder eine ihrer Erwähnungen).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotationen in diesem Artikel</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation>{project} (schreibgeschützt) — Evidence Desk</translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation>{project} — Evidence Desk</translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: {reason}. Lesen und Exportieren gehen; Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation>Sie annotieren als {name} ({key})</translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation>{waiting} Ihre Änderung wartet darauf.</translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation>Über Evidence Desk</translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation>Behauptungen, Entitäten und Zahlen in Artikeln markieren, Quellen abgleichen und ein Beweisdossier exportieren.</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation>Wählen Sie zuerst eine Entität, Messgröße oder Aussage (im Register oder eine damit verknüpfte Annotation).</translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation>„{name}“ ist noch nirgends markiert.</translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>{name}: {position} von {total} (F3 nächste, Umschalt+F3 vorherige)</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation>✓ Quellen stimmen überein</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>Ein Wert</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>Einheit: {unit}</translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation>etwa {tolerance}</translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation>Kann nicht zugleich wahr sein mit: {sources}</translation>
    </message>
    <message>
        <source>{bound}: read as {interval}</source>
        <translation>{bound}: gelesen als {interval}</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation>Wert nicht gelesen</translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation>◀ Vorherige (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation>Nächste (F3) ▶</translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation>Wählen Sie eine Entität, Messgröße oder Aussage (im Register oder eine damit verknüpfte Annotation), um sie in jeder Quelle zu sehen.</translation>
    </message>
</context>
<context>
    <name>MentionsPanelCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n Erwähnung in {sources}, in jedem offenen Artikel markiert</numerusform>
            <numerusform>%n Erwähnungen in {sources}, in jedem offenen Artikel markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n Zahl in {sources}, in jedem offenen Artikel markiert</numerusform>
            <numerusform>%n Zahlen in {sources}, in jedem offenen Artikel markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n Behauptung in {sources}, in jedem offenen Artikel markiert</numerusform>
            <numerusform>%n Behauptungen in {sources}, in jedem offenen Artikel markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>upper value</source>
        <translation>oberer Wert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation>Kennzeichen maschinell gelesen</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation>Annotation annehmen</translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation>Annotation ablehnen</translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation>Annotation anfechten</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Annotation wieder öffnen</translation>
    </message>
    <message>
        <source>You are offline: the database server cannot be reached, so nothing was stored. Evidence Desk reconnects by itself; try again once the status bar says online.</source>
        <translation>Sie sind offline: der Datenbankserver ist nicht erreichbar, daher wurde nichts gespeichert. Evidence Desk verbindet sich von selbst neu; versuchen Sie es erneut, sobald die Statusleiste online zeigt.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation>{action} läuft noch: warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation>{action}: wird abgebrochen…</translation>
    </message>
    <message>
        <source>Tagged {annotation}</source>
        <translation>Markiert: {annotation}</translation>
    </message>
    <message>
        <source>Tag {kind}</source>
        <translation>{kind} markieren</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>{fields} bearbeiten</translation>
    </message>
    <message>
        <source>Changed {fields}</source>
        <translation>Geändert: {fields}</translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation>{status}: {annotation} (Strg+Z zieht es zurück)</translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation>{kind} „{quote}“ gelöscht (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation>Dokument bearbeiten: {fields}</translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation>Dokument geändert: {fields}</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation>Dokument und seine Annotationen gelöscht</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>Die Seite</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Seite hinzufügen</translation>
    </message>
    <message>
        <source>{action}: documents…</source>
        <translation>{action}: Dokumente…</translation>
    </message>
    <message>
        <source>{action}: annotations…</source>
        <translation>{action}: Annotationen…</translation>
    </message>
    <message>
        <source>{action}: reviews…</source>
        <translation>{action}: Prüfungen…</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation>Annotationen in „{title}“</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotationen in diesem Artikel</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} quotes); narrow it to some analysts or documents (--author, --document; in the window, Export Dossier&apos;s filters) or write it as HTML, which has no such limit</source>
        <translation>das PDF-Dossier würde {cited} Zitate anführen (etwa {pages} Seiten), mehr als ein PDF fasst ({limit} Zitate); grenzen Sie es auf einige Analysten oder Dokumente ein (--author, --document; im Fenster die Filter von „Dossier exportieren“) oder schreiben Sie es als HTML, das keine solche Grenze hat</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation>Glaubwürdigkeit: {grade} · {label}</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Glaubwürdigkeit nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation>Willkommen bei Evidence Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation>Jede Annotation hält fest, wer sie gemacht hat. Nennen Sie Evidence Desk Ihren Namen und wählen Sie die Farbe, die Ihre Hervorhebungen für Kollegen haben.</translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation>Ihr Name und Ihre Hervorhebungsfarbe, wie Kollegen sie sehen.</translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation>z. B. Giulia Rossi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Strittig</translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation>Nicht strittig</translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n Quelle behauptet sie ({sources})</numerusform>
            <numerusform>%n Quellen behaupten sie ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n Quelle bestreitet sie ({sources})</numerusform>
            <numerusform>%n Quellen bestreiten sie ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Figure (a measure)</source>
        <translation>Zahl (eine Messgröße)</translation>
    </message>
    <message>
        <source>Claim (a proposition)</source>
        <translation>Behauptung (eine Aussage)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Entity (kind only)</source>
        <translation>Entität (nur die Art)</translation>
    </message>
    <message>
        <source>Figure (kind only)</source>
        <translation>Zahl (nur die Art)</translation>
    </message>
    <message>
        <source>Claim (kind only)</source>
        <translation>Behauptung (nur die Art)</translation>
    </message>
    <message>
        <source>entity “{label}”</source>
        <translation>Entität „{label}“</translation>
    </message>
    <message>
        <source>measure “{label}”</source>
        <translation>Messgröße „{label}“</translation>
    </message>
    <message>
        <source>proposition “{label}”</source>
        <translation>Aussage „{label}“</translation>
    </message>
    <message>
        <source>entity (kind only)</source>
        <translation>Entität (nur die Art)</translation>
    </message>
    <message>
        <source>figure (kind only)</source>
        <translation>Zahl (nur die Art)</translation>
    </message>
    <message>
        <source>claim (kind only)</source>
        <translation>Behauptung (nur die Art)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n Textquelle</numerusform>
            <numerusform>%n Textquellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Kodierung</numerusform>
            <numerusform>%n Kodierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on text without a code arrive as {kind} annotations holding the note.</source>
        <translation>
            <numerusform>%n Notiz zu Text ohne Code kommt als Annotation der Art {kind} mit der Notiz an.</numerusform>
            <numerusform>%n Notizen zu Text ohne Code kommen als Annotationen der Art {kind} mit der Notiz an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>Nicht importiert: %n Element ({items}).</numerusform>
            <numerusform>Nicht importiert: %n Elemente ({items}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxMappingDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Each coding becomes an annotation on exactly its text, its memo the note and its coder the author. Choose what each code records:</source>
        <translation>Jede Kodierung wird eine Annotation genau auf ihrem Text, ihr Memo die Notiz und ihr Kodierer der Autor. Wählen Sie, was jeder Code erfasst:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Diese Entität gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation>Diese Messgröße gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation>Diese Aussage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation>Der Alias darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation>Die Bezeichnung darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation>„{other_name}“ steht schon im Register.</translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation>„{name}“ ist schon ein Name von „{other_name}“; führen Sie stattdessen beide zusammen.</translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation>„{alias}“ bezeichnet schon „{other_name}“; führen Sie stattdessen beide zusammen.</translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation>„{alias}“ ist kein Alias von „{entity_name}“.</translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation>„{item_label}“ steht schon im Register; führen Sie stattdessen beide zusammen.</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Wählen Sie zwei verschiedene Entitäten zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation>Wählen Sie zwei verschiedene Messgrößen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation>Wählen Sie zwei verschiedene Aussagen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation>„{key}“ gibt es wieder; es kann nicht zurückgeholt werden.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ widersprechen sich</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>stimmen überein</translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation>⚠ strittig</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>List the register</source>
        <translation>Register auflisten</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Messgrößen</translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation>Wählen Sie eine Entität zum Umbenennen.</translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation>Wählen Sie eine Messgröße zum Umbenennen.</translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation>Wählen Sie eine Aussage zum Umbenennen.</translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation>Wählen Sie die zusammenzuführenden Entitäten (die zuerst gewählte bleibt).</translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation>Wählen Sie die zusammenzuführenden Messgrößen (die zuerst gewählte bleibt).</translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation>Wählen Sie die zusammenzuführenden Aussagen (die zuerst gewählte bleibt).</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Neue Entität</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Neue Messgröße</translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation>Neue Aussage</translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation>Name der neuen Entität:</translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation>Name der neuen Messgröße:</translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation>Name der neuen Aussage:</translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation>Alle Erwähnungen finden</translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation>Jede Stelle vorschlagen, an der die gewählte Entität vorkommt, in allen Artikeln</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Gewählten Eintrag umbenennen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation>Den zweiten gewählten Eintrag in den ersten überführen (nur einer gewählt: Ziel wählen)</translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation>Alias hinzufügen…</translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation>Einen weiteren Namen oder eine Schreibweise festhalten</translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation>Alias entfernen…</translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation>Einen ihrer Aliasse vergessen</translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation>Alias abtrennen…</translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation>Einen Alias zu einer eigenen Entität machen; so geschriebene Erwähnungen folgen ihm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation>Eine Messgröße zum Vergleichen von Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation>Eine Aussage hinzufügen, die Behauptungen behaupten oder bestreiten</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Einheit…</translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation>Die Einheit der Zahlen dieser Messgröße festlegen</translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation>Eine Entität zum Register hinzufügen</translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation>Typ der Entität festlegen</translation>
    </message>
    <message>
        <source>accepted and pending</source>
        <translation>angenommene und offene</translation>
    </message>
    <message>
        <source>Counts figures as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Zählt Zahlen wie der Vergleich: {counted} (die Einbeziehen-Optionen des Vergleichs ändern beides).</translation>
    </message>
    <message>
        <source>Counts claims as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Zählt Behauptungen wie der Vergleich: {counted} (die Einbeziehen-Optionen des Vergleichs ändern beides).</translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation>Wählen Sie zuerst eine Entität im Register.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation>Ein weiterer Name oder eine Schreibweise von „{name}“:</translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation>„{name}“ hat keinen Alias.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation>Zu vergessender Alias von „{name}“:</translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation>„{name}“ hat keinen Alias zum Abtrennen.</translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation>Alias abtrennen</translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation>Welcher Alias von „{name}“ ist eine andere Entität?</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen in</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>„{name}“ zusammenführen in:</translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation>Wählen Sie zuerst eine Messgröße.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation>Einheit von „{measure}“ (USD, %, EUR…):</translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>%n Eintrag in „{name}“ zusammenführen</numerusform>
            <numerusform>%n Einträge in „{name}“ zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation>Entitäten filtern (jeder Name oder Alias)…</translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation>Messgrößen filtern (jeder Name oder Alias)…</translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation>Aussagen filtern (jeder Name oder Alias)…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>nur A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>nur B</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>Gewählte Annotation annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>Gewählte Annotation ablehnen</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Als an&amp;gefochten markieren</translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation>Gewählte Annotation als angefochten markieren</translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation>&amp;Nächste offene</translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation>Zur nächsten Annotation eines Kollegen, die auf Prüfung wartet</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation>Einen Kommentar zur gewählten Annotation schreiben</translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation>&amp;Schlichten…</translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation>Die Fassungen zweier Autoren eines Dokuments schlichten</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Über&amp;einstimmung…</translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation>Wie weit zwei Autoren übereinstimmen (F1, Kappa, Alpha)</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation>Wählen Sie zuerst eine zu prüfende Annotation (N springt zur nächsten offenen).</translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation>Wählen Sie eine Annotation zum Kommentieren.</translation>
    </message>
    <message>
        <source>Nothing left to review: every annotation shown has a verdict.</source>
        <translation>Nichts mehr zu prüfen: jede gezeigte Annotation hat ein Urteil.</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation>Version von A übernehmen</translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation>Version von B übernehmen</translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation>Beide Versionen übernehmen</translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation>Eine bearbeitete Version übernehmen</translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation>Urteil zurückziehen</translation>
    </message>
    <message>
        <source>Verdict withdrawn</source>
        <translation>Urteil zurückgezogen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Antwort veröffentlicht</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Kommentar veröffentlicht</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation>{action} (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Entscheidung rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation>Wählen Sie eine Annotation, um sie zu prüfen.

N springt zur nächsten, die auf Prüfung wartet; A nimmt an, R lehnt ab, D markiert sie als angefochten.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation>Grund oder Kommentar (Markdown). Strg+Eingabe veröffentlicht ihn; Annehmen / Ablehnen / Anfechten nutzen ihn als Grund.</translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation>Der Kommentar, auf den Ihre Antwort antwortet</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Anfechten</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antworten auf</translation>
    </message>
    <message>
        <source>{annotation}
by {author}</source>
        <translation>{annotation}
von {author}</translation>
    </message>
    <message>
        <source>“{quote}”
in {document}</source>
        <translation>„{quote}“
in {document}</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation>Wählen Sie zuerst eine zu prüfende Annotation (N: nächste offene).</translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation>Bereits {status}.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Schreiben Sie zuerst einen Kommentar.</translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation>Schreiben Sie Ihre Antwort zuerst in das Kommentarfeld.</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation>{choice!r} ist keine Auswahl (verwenden Sie eine von {items}).</translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation>Beginnen Sie die bearbeitete Version mit der von A oder B (Basis &apos;a&apos; oder &apos;b&apos;).</translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation>Wählen Sie zwei verschiedene Annotationen zum Schlichten.</translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation>Eine der beiden Annotationen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation>Die beiden Annotationen liegen in verschiedenen Dokumenten.</translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation>Eine geschlichtete Version ist angenommen; ihr Status lässt sich nicht bearbeiten.</translation>
    </message>
    <message>
        <source>That document no longer exists.</source>
        <translation>Dieses Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Die Textstelle {start}-{end} liegt außerhalb des Dokuments.</translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation>Die bearbeitete Textstelle besteht nur aus Leerraum.</translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation>Wählen Sie {items}, nicht {choice!r}.</translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Diesen Konflikt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation>Dieser Konflikt ist schon gelöst.</translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation>Dieser Konflikt ist schon offen.</translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation>Schreiben Sie etwas als Kommentar.</translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation>Der beantwortete Kommentar gehört nicht zu dieser Annotation.</translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation>Das ist kein Urteil, also gibt es nichts zurückzuziehen.</translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation>{verdict!r} ist kein Urteil (verwenden Sie eines von {items}).</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Diese Annotation gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Selbstprüfung (%n eigener Vorschlag): {description} (A annehmen · R ablehnen · D anfechten · N nächste). Keine Annotation eines Kollegen wartet auf Prüfung.</numerusform>
            <numerusform>Selbstprüfung (%n eigene Vorschläge): {description} (A annehmen · R ablehnen · D anfechten · N nächste). Keine Annotation eines Kollegen wartet auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation>Zu prüfen: {annotation} von {author} (A annehmen · R ablehnen · D anfechten · N nächste)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation>Nicht möglich: {action}</translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation>{action}: abgebrochen, es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> um {time} UTC</translation>
    </message>
    <message>
        <source>it</source>
        <translation>es</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} hat sie nach Ihnen gelöscht{when}. {what} jetzt rückgängig zu machen, würde die Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} hat sie nach Ihnen geändert{when}. {what} jetzt rückgängig zu machen, würde die Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} hat sie nach Ihnen gelöscht{when}. {what} jetzt wiederherzustellen, würde die Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title}: {who} hat sie nach Ihnen geändert{when}. {what} jetzt wiederherzustellen, würde die Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation>{title}: {reason}{where}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation>Etwas ist schiefgegangen: „{action}“ wurde nicht ausgeführt und nichts geschrieben.{where}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Wiederholen: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation>NOT braucht etwas davor: „Meta NOT Google“ findet Meta, ohne Google.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Geben Sie ein Suchwort ein (Buchstaben oder Ziffern).</translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation>Nichts mehr zu finden: jedes Wort ist mit NOT ausgeschlossen.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation>Kein gültiger regulärer Ausdruck: {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a list of names.</source>
        <translation>{path} ist ein Ordner, keine Namensliste.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB: not a list of names.</source>
        <translation>{name} ist größer als {size} MB: keine Namensliste.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file: a list has one name or query per line.</source>
        <translation>{name} ist keine Textdatei: eine Liste hat einen Namen oder eine Suche pro Zeile.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}): save it as UTF-8.</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte}): speichern Sie ihn als UTF-8.</translation>
    </message>
    <message>
        <source>Nothing to search for on this line.</source>
        <translation>In dieser Zeile gibt es nichts zu suchen.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation>Ein Wort im aktiven Artikel suchen: jeder Treffer hervorgehoben</translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation>Alle Dokumente durchsuchen, dazu Notizen, Kommentare und Entitätsnamen</translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>&amp;Stapelsuche…</translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation>Eine Namensliste gegen alle Dokumente</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation>Öffnen Sie zuerst einen Artikel und suchen Sie dann darin (Strg+F).</translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation>Eine Namensliste laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Die Liste kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation>Stapelsuche exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation>Liste und Ergebnisse nach {path} exportiert</translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation>Als Entität markieren</translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation>Jeden Treffer von „{term}“ als diese Entität markieren:</translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation>Treffer markieren</translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation>„{term}“ als {name}</translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation>Jeder Treffer von „{term}“ ist schon als {name} markiert.</translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>%n Name geladen; Alle suchen sucht ihn in jedem Dokument.</numerusform>
            <numerusform>%n Namen geladen; Alle suchen sucht sie in jedem Dokument.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n Treffer von „{term}“ als {name} vorgeschlagen: Eingabe nimmt an, Rücktaste lehnt ab</numerusform>
            <numerusform>%n Treffer von „{term}“ als {name} vorgeschlagen: Eingabe nimmt an, Rücktaste lehnt ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation>Alle Dokumente durchsuchen:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation>Groß-/Kleinschreibung und Akzente werden ignoriert: societa findet società. Anführungszeichen bilden eine Phrase, * ein Präfix; AND, OR, NOT in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Prüfkommentare</translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation>Entitätsnamen &amp;&amp; Aliasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>ab JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation>Art der Annotation</translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation>Jede Art von Annotation</translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation>In einer Entität</translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation>In einer Zahl</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>In einer Behauptung</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation>Nur Treffer in Annotationen dieser Art (Notizen: von Annotationen dieser Art) oder nur Treffer, die noch niemand markiert hat</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation>Veröffentlichungsdatum, JJJJ-MM-TT (Dokumente ohne Datum fallen weg)</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Jedes Medium</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation> (ein Dokument: Suchanfrage ändern, um alle zu durchsuchen)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> in %n Dokument</numerusform>
            <numerusform> in %n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> und %n Registereintrag</numerusform>
            <numerusform> und %n Registereinträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Double-click or Enter: open it selected, then E / F / C tags it</source>
        <translation>Doppelklick oder Eingabe: markiert öffnen, dann markiert E / F / C ihn</translation>
    </message>
    <message>
        <source>Register: {name} — {hits}</source>
        <translation>Register: {name} — {hits}</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>SearchResultsModelCounts</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Show in Its Article</source>
        <translation>In seinem Artikel zeigen</translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation>Quelle {label} bewerten</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Quelle ausblenden</numerusform>
            <numerusform>Quellen ausblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Die Quelle zeigen</numerusform>
            <numerusform>Die %n Quellen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation>Wählen Sie zuerst Text in einem Artikel aus und markieren Sie ihn dann (E, F oder C).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Wählen Sie zuerst eine Annotation.</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation>Wählen Sie eine zu löschende Annotation (Hervorhebung oder Zeile anklicken).</translation>
    </message>
    <message>
        <source>Delete a colleague&apos;s reviewed annotation</source>
        <translation>Geprüfte Annotation eines Kollegen löschen</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Wiederholt: {action}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation>Die Toleranz ist ein Bruch zwischen 0 und 1 (0,10 bedeutet ±10 %).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation>markiert den gewählten Text als Entität · Zahl · Behauptung</translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation>nimmt den aktuellen Vorschlag an · lehnt ihn ab (gestrichelter Rahmen)</translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation>bei offener Suchleiste (Strg+F): nächster · vorheriger Treffer (E · F · C markieren ihn)</translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation>schließt die Suchleiste, zurück zum Text</translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation>in Messgröße, Entität oder Aussage: speichern und zurück zum Artikel</translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation>speichert das Feld und geht zum nächsten · vorherigen</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>In einem Artikel</translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation>Im Annotationsbereich</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>die Datei ist beschädigt (die Integritätsprüfung von SQLite ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed: {detail})</source>
        <translation>die Datei ist beschädigt (die Integritätsprüfung von SQLite ist fehlgeschlagen: {detail})</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation>Das Projekt ist belegt: ein anderes Programm oder ein Kollege schreibt gerade darin. Davon wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation>Jemand anderes hat im selben Moment dasselbe geändert. Davon wurde nichts gespeichert. Sehen Sie nach und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation>Die Verbindung zur Datenbank ist abgerissen. Davon wurde nichts gespeichert. Prüfen Sie Server oder Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation>Sie dürfen dieses Projekt lesen, aber nicht ändern (die Datenbank hat das Schreiben abgelehnt). Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation>Die Datenbank hat einen Wert abgelehnt ({reason}). Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt ({reason}). Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: davon wurde nichts gespeichert (die Datei oder ihr Ordner ist nicht beschreibbar).</translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation>Die Projektdatei ist beschädigt ({reason}). Davon wurde nichts gespeichert. Führen Sie `evidence-desk --project FILE check` aus, um zu sehen, was nicht stimmt.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation>Der Datenträger ist voll. Davon wurde nichts gespeichert. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation>Die Projektdatei konnte nicht gelesen oder geschrieben werden ({reason}). Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this change to {table}. Nothing of it was stored.</source>
        <translation>Ihre Rolle im Team erlaubt diese Änderung an {table} nicht. Nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>der Server ist ein schreibgeschützter Standby</translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation>Ihre Datenbankrolle darf nicht hineinschreiben</translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation>Ihre Datenbankrolle darf keine Tabellen anlegen</translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation>{project} ist schreibgeschützt geöffnet ({reason}): nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation>ihr Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation>{score} ähnlich „{name}“</translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation>genau „{name}“</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Diese Entität gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Looking for mentions…</source>
        <translation>Erwähnungen werden gesucht…</translation>
    </message>
    <message>
        <source>Looking for figures…</source>
        <translation>Zahlen werden gesucht…</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Es gibt kein Dokument {id}.</translation>
    </message>
    <message>
        <source>The document of this suggestion is no longer in the project.</source>
        <translation>Das Dokument dieses Vorschlags ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; refresh the suggestions.</source>
        <translation>Der Text hat sich seit diesem Vorschlag geändert; aktualisieren Sie die Vorschläge.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation>Erwähnungen finden</translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation>Erwähnungen von „{name}“</translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation>Keine unmarkierte Erwähnung von {name} gefunden.</translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation>Öffnen Sie zuerst einen Artikel und suchen Sie dann seine Zahlen.</translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation>Zahlen finden</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>Dokument {id}</translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation>Zahlen in „{title}“</translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation>Keine unmarkierte Zahl in diesem Artikel gefunden.</translation>
    </message>
    <message>
        <source>{action}: reading {count} characters…</source>
        <translation>{action}: {count} Zeichen werden gelesen…</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Kein Vorschlag zum Annehmen.</translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n mögliche Erwähnung von {name}: Eingabe nimmt an, Rücktaste lehnt ab</numerusform>
            <numerusform>%n mögliche Erwähnungen von {name}: Eingabe nimmt an, Rücktaste lehnt ab, dann kommt die nächste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n unmarkierte Zahl gefunden: Eingabe nimmt an, Rücktaste lehnt ab</numerusform>
            <numerusform>%n unmarkierte Zahlen gefunden: Eingabe nimmt an, Rücktaste lehnt ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Noch zu prüfen: %n Vorschlag aus {names} (behalten: die Suche im Bereich Vorschläge wählen).</numerusform>
            <numerusform> Noch zu prüfen: %n Vorschläge aus {names} (behalten: die Suche im Bereich Vorschläge wählen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Erwähnung „{text}“ angenommen (%n übrig; Strg+Z macht rückgängig)</numerusform>
            <numerusform>Erwähnung „{text}“ angenommen (%n übrig; Strg+Z macht rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Zahl „{text}“ angenommen (%n übrig; Strg+Z macht rückgängig)</numerusform>
            <numerusform>Zahl „{text}“ angenommen (%n übrig; Strg+Z macht rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>„{text}“ abgelehnt (%n übrig)</numerusform>
            <numerusform>„{text}“ abgelehnt (%n übrig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>%n Vorschlag angenommen (Strg+Z macht ihn rückgängig)</numerusform>
            <numerusform>%n Vorschläge angenommen (Strg+Z macht sie zusammen rückgängig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag abgelehnt</numerusform>
            <numerusform>%n Vorschläge abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation>Keine Vorschläge. Wählen Sie eine Entität im Register und dann Alle Erwähnungen finden, oder Abgleich ▸ Zahlen finden (Strg+Umschalt+G) in einem Artikel.</translation>
    </message>
    <message>
        <source>Each search keeps its unreviewed suggestions: pick one to review it</source>
        <translation>Jede Suche behält ihre ungeprüften Vorschläge: eine wählen, um sie zu prüfen</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation>Messgröße angenommener Zahlen:</translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation>Die Messgröße, unter der angenommene Zahlen abgelegt werden (später änderbar)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Annehmen (Eingabe)</translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation>Ablehnen (Rücktaste)</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Eingabe nimmt an, Rücktaste lehnt ab.</translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation>alles geprüft.</translation>
    </message>
    <message>
        <source>{title} (all reviewed)</source>
        <translation>{title} (alle geprüft)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n Zahl zu prüfen.</numerusform>
            <numerusform>%n Zahlen zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n mögliche Erwähnung zu prüfen.</numerusform>
            <numerusform>%n mögliche Erwähnungen zu prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n zu prüfen)</numerusform>
            <numerusform>{title} (%n zu prüfen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation>Autor wechseln</translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation>Annotieren als:</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Neuer Autor…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You are {login}, an annotator in this team. You may tag, edit and delete your own annotations, answer comments on them, and add documents and names to the register.</source>
        <translation>Sie sind {login}, Annotator in diesem Team. Sie dürfen Ihre eigenen Annotationen markieren, bearbeiten und löschen, auf Kommentare dazu antworten und Dokumente und Namen zum Register hinzufügen.</translation>
    </message>
    <message>
        <source>You are {login}, a reviewer in this team. You may do everything an annotator does, and give verdicts and comments on anyone&apos;s annotations (not change their spans or fields), and tidy the register&apos;s names.</source>
        <translation>Sie sind {login}, Prüfer in diesem Team. Sie dürfen alles, was ein Annotator darf, Urteile und Kommentare zu den Annotationen aller abgeben (ohne deren Spannen oder Felder zu ändern) und die Namen des Registers ordnen.</translation>
    </message>
    <message>
        <source>You are {login}, an owner in this team. You may do everything: adjudicate, merge and delete register entries, delete documents, merge a colleague&apos;s file, and change anyone&apos;s annotations.</source>
        <translation>Sie sind {login}, Eigentümer in diesem Team. Sie dürfen alles: schlichten, Registereinträge zusammenführen und löschen, Dokumente löschen, die Datei eines Kollegen zusammenführen und die Annotationen aller ändern.</translation>
    </message>
    <message>
        <source>You are {login}, a reader in this team. You may read the project.</source>
        <translation>Sie sind {login}, Leser in diesem Team. Sie dürfen das Projekt lesen.</translation>
    </message>
    <message>
        <source>You are not a member of this team: you may read, not write.</source>
        <translation>Sie sind kein Mitglied dieses Teams: Sie dürfen lesen, nicht schreiben.</translation>
    </message>
    <message>
        <source>Verdicts are given by reviewers and owners.</source>
        <translation>Urteile geben Prüfer und Eigentümer ab.</translation>
    </message>
    <message>
        <source>Comments on a colleague&apos;s annotations are written by reviewers and owners.</source>
        <translation>Kommentare zu Annotationen eines Kollegen schreiben Prüfer und Eigentümer.</translation>
    </message>
    <message>
        <source>Adjudication settles two colleagues&apos; versions: only an owner does it.</source>
        <translation>Die Schlichtung entscheidet zwischen den Fassungen zweier Kollegen: nur ein Eigentümer tut das.</translation>
    </message>
    <message>
        <source>Renaming and retyping register entries is for reviewers and owners.</source>
        <translation>Registereinträge umbenennen und umtypisieren dürfen Prüfer und Eigentümer.</translation>
    </message>
    <message>
        <source>Merging, splitting and deleting register entries changes everyone&apos;s annotations: only an owner does it.</source>
        <translation>Registereinträge zusammenführen, aufteilen und löschen ändert die Annotationen aller: nur ein Eigentümer tut das.</translation>
    </message>
    <message>
        <source>Deleting a document takes every colleague&apos;s annotations with it: only an owner does it.</source>
        <translation>Ein Dokument zu löschen nimmt die Annotationen aller Kollegen mit: nur ein Eigentümer tut das.</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s file writes annotations in their name: only an owner does it.</source>
        <translation>Die Datei eines Kollegen zusammenzuführen schreibt Annotationen in seinem Namen: nur ein Eigentümer tut das.</translation>
    </message>
    <message>
        <source>The project&apos;s settings are changed by reviewers and owners.</source>
        <translation>Die Projekteinstellungen ändern Prüfer und Eigentümer.</translation>
    </message>
    <message>
        <source>On a team database you always work as your own login&apos;s author.</source>
        <translation>In einer Team-Datenbank arbeiten Sie immer als Autor Ihres eigenen Logins.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as a reviewer you may give it a verdict or a comment, not change its span or fields.</source>
        <translation>Annotation von {author}: als Prüfer dürfen Sie ein Urteil oder einen Kommentar abgeben, nicht ihre Spanne oder Felder ändern.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as an annotator you change only your own.</source>
        <translation>Annotation von {author}: als Annotator ändern Sie nur Ihre eigenen.</translation>
    </message>
    <message>
        <source>This project is not a team database: nothing is restricted.</source>
        <translation>Dieses Projekt ist keine Team-Datenbank: nichts ist eingeschränkt.</translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Auch in einem anderen Fenster offen</numerusform>
            <numerusform>Auch in %n anderen Fenstern offen</numerusform>
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
        <translation>Was darf ich hier?</translation>
    </message>
    <message>
        <source>Your role in the team, what it allows, and why some actions are hidden</source>
        <translation>Ihre Rolle im Team, was sie erlaubt und warum manche Aktionen ausgeblendet sind</translation>
    </message>
    <message>
        <source>Who Else Has It Open?</source>
        <translation>Wer hat es noch offen?</translation>
    </message>
    <message>
        <source>What either window changes shows in the other within a second; each window&apos;s undo stays its own, and two edits of the same field ask which to keep.</source>
        <translation>Was ein Fenster ändert, zeigt das andere binnen einer Sekunde; jedes Fenster behält sein eigenes Rückgängig, und zwei Änderungen desselben Felds fragen, welche bleibt.</translation>
    </message>
    <message>
        <source>Another window has {project} open ({who}): what it changes shows here as it happens.</source>
        <translation>Ein anderes Fenster hat {project} offen ({who}): was es ändert, erscheint hier sofort.</translation>
    </message>
    <message>
        <source>Nobody else has the project open.</source>
        <translation>Niemand sonst hat das Projekt offen.</translation>
    </message>
    <message>
        <source>Who else has it open</source>
        <translation>Wer es noch offen hat</translation>
    </message>
    <message>
        <source>The database server cannot be reached{reason}. Nothing can be stored until it is back; Evidence Desk reconnects by itself and then shows what colleagues changed meanwhile.</source>
        <translation>Der Datenbankserver ist nicht erreichbar{reason}. Bis er zurück ist, kann nichts gespeichert werden; Evidence Desk verbindet sich von selbst neu und zeigt dann, was Kollegen inzwischen geändert haben.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Changes are refused until it is back; reconnecting…</source>
        <translation>Offline: die Datenbank ist nicht erreichbar. Änderungen werden abgelehnt, bis sie zurück ist; neu verbinden…</translation>
    </message>
    <message>
        <source>Connected: colleagues&apos; changes show here as they happen.</source>
        <translation>Verbunden: Änderungen der Kollegen erscheinen hier sofort.</translation>
    </message>
    <message>
        <source>Back online: what colleagues changed meanwhile is shown.</source>
        <translation>Wieder online: was Kollegen inzwischen geändert haben, wird gezeigt.</translation>
    </message>
    <message>
        <source>Accept, Reject, Mark Disputed</source>
        <translation>Annehmen, Ablehnen, Als angefochten markieren</translation>
    </message>
    <message>
        <source>Adjudicate…</source>
        <translation>Schlichten…</translation>
    </message>
    <message>
        <source>Rename, Type, Add Alias, Remove Alias, Unit (register)</source>
        <translation>Umbenennen, Typ, Alias hinzufügen, Alias entfernen, Einheit (Register)</translation>
    </message>
    <message>
        <source>Merge…, Split Alias Off… (register)</source>
        <translation>Zusammenführen…, Alias abtrennen… (Register)</translation>
    </message>
    <message>
        <source>Import Colleague&apos;s Annotations…, Resolve Conflicts…</source>
        <translation>Annotationen eines Kollegen importieren…, Konflikte lösen…</translation>
    </message>
    <message>
        <source>Switch Author…</source>
        <translation>Autor wechseln…</translation>
    </message>
    <message>
        <source>Delete… (documents)</source>
        <translation>Löschen… (Dokumente)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Gewählte Annotation löschen</translation>
    </message>
    <message>
        <source>Hidden for your role:</source>
        <translation>Für Ihre Rolle ausgeblendet:</translation>
    </message>
    <message>
        <source>Nothing is hidden for your role.</source>
        <translation>Für Ihre Rolle ist nichts ausgeblendet.</translation>
    </message>
    <message>
        <source>Annotations by colleagues open read-only in the Annotation panel. The database itself enforces these rules, whatever program connects.</source>
        <translation>Annotationen von Kollegen öffnen sich im Bereich Annotation nur lesbar. Die Datenbank selbst setzt diese Regeln durch, egal welches Programm sich verbindet.</translation>
    </message>
    <message>
        <source>What can I do here?</source>
        <translation>Was darf ich hier?</translation>
    </message>
    <message>
        <source>{who} changed this annotation meanwhile: choose which version to keep.</source>
        <translation>{who} hat diese Annotation inzwischen geändert: wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>Kept the version of {who}.</source>
        <translation>Die Fassung von {who} behalten.</translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>Ihr Kollege</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No discussion yet. Write a comment below (Markdown works), or give a verdict with a reason.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Noch keine Diskussion. Schreiben Sie unten einen Kommentar (Markdown geht) oder geben Sie ein Urteil mit Grund ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Include rejected</source>
        <translation>Abgelehnte einbeziehen</translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation>Messgröße / Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation>Noch keine datierten Zahlen: markieren Sie ein Datum als Zahl (F) — „15 luglio 2025“, „giovedì“ — und geben Sie ihm eine Messgröße wie „Abschluss angekündigt“.</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation>Quellen stimmen überein</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n datiertes Ereignis</numerusform>
            <numerusform>%n datierte Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n Datums-Messgröße</numerusform>
            <numerusform>%n Datums-Messgrößen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n widersprüchlich</numerusform>
            <numerusform>%n widersprüchlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation>Projekt wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>Größerer Artikeltext</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Kleinerer Artikeltext</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Article text at its usual size</source>
        <translation>Artikeltext in normaler Größe</translation>
    </message>
    <message>
        <source>Article text: {size} pt</source>
        <translation>Artikeltext: {size} pt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System ({theme})</source>
        <translation>&amp;System ({theme})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;System ({language})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>angefochten</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Bestreitet</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>behauptet</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>bestreitet</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Völlig zuverlässig</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Meist zuverlässig</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Unzuverlässig</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Von anderen Quellen bestätigt</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Möglicherweise wahr</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Zweifelhaft</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Wahrheit nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation>Aus Webadresse hinzufügen</translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation>Adresse einer Webseite, PDF- oder Word-Datei (http:// oder https://):</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>{url} wird abgerufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Abgebrochen: es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation>{url} wird abgerufen… {bytes} Bytes</translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation>„{title}“ von {address} hinzugefügt</translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation>Die Seite wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Volltext hinzufügen</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Nicht hinzufügen</translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation>Stattdessen kann sein ganzer sichtbarer Text (einschließlich Menüs und Links) hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Quellen (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Webseiten (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-Mail (*.eml);;Text (*.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation>Öffnen oder wählen Sie zuerst ein Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>„{title}“ und seine %n Annotation löschen?

Das lässt sich nicht rückgängig machen und leert den Rückgängig-Verlauf.</numerusform>
            <numerusform>„{title}“ und seine %n Annotationen löschen?

Das lässt sich nicht rückgängig machen und leert den Rückgängig-Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>In {names} wurde kein Artikel gefunden. Stattdessen den Volltext der Seite hinzufügen?</numerusform>
            <numerusform>In {names} wurde kein Artikel gefunden. Stattdessen den Volltext dieser Seiten hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Volltext hinzufügen</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Nicht hinzufügen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation>Quellen importieren (.html, .pdf, .docx, .eml, .txt, .md)</translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation>Aus &amp;Webadresse hinzufügen…</translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation>Eine Webseite, PDF- oder Word-Datei abrufen, archivieren und hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation>Evidence Desk beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Annotation &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Gewählte Annotation löschen</translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation>Dokument-&amp;Metadaten…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation>Titel, Medium, Datum und Zuverlässigkeit des Artikels bearbeiten</translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation>Als &amp;Entität markieren</translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation>Auswahl als Entität markieren (E im Artikel)</translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation>Als &amp;Zahl markieren</translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation>Auswahl als Zahl markieren (F im Artikel)</translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation>Als &amp;Behauptung markieren</translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation>Auswahl als Behauptung markieren (C im Artikel)</translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation>Neuer &amp;Bereich</translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation>Einen weiteren Artikelbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>Bereich &amp;schließen</translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation>Den aktiven Bereich schließen</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation>Annotationen filtern</translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation>Die Annotationsliste filtern</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Annotation bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation>Gewählte Annotation im Bereich bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation>Autor &amp;wechseln…</translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation>Als jemand anderes an diesem Computer annotieren</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation>Ihren Namen und Ihre Hervorhebungsfarbe ändern</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and what the highlights mean</source>
        <translation>Alle Tastenkürzel, und was die Markierungen bedeuten</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>What the highlight colours, underlines, outlines and author colours mean</source>
        <translation>Was Markierungsfarben, Unterstreichungen, Rahmen und Autorenfarben bedeuten</translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation>Ü&amp;ber Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Entity &amp;Type</source>
        <translation>Entitäts&amp;typ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Markieren:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Evidence-Desk-Projekte (*.evidence);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation>Unbenannt.evidence</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation>Dieses Projekt ist schon geöffnet.</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Das Projekt öffnen</translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation>{project} ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation>Projekt wechseln</translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation>{project} geöffnet</translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation>Als {name} annotieren</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>Sie annotieren als {name}</translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation>Zuverlässigkeit der Quelle: {grade}. Zum Bewerten klicken (A–F).</translation>
    </message>
</context>
</TS>
