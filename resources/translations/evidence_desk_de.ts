<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Annotations by A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose two different authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (characters): &lt;b&gt;{kappa}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>value not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denies: {proposition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity: {name} (“{quote}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select text in an article and press &lt;b&gt;E&lt;/b&gt; (entity), &lt;b&gt;F&lt;/b&gt; (figure) or &lt;b&gt;C&lt;/b&gt; (claim), or click a highlight to edit it here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical name, e.g. Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No project there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Close this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorFilter</name>
    <message>
        <source>Show Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose annotations the articles show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld) or project file (.evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s label (the seed file&apos;s number) and its outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the source gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the source states it: exact, about, at least, at most, a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the source attributes the figure to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s label (the seed file&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlet the source is (or says it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the source attributes the claim to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{disagree} of %n measure(s): sources disagree</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs ({author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it, pt, fr, en…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>original {type}, %n page(s), SHA-256 {sha}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Label: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one standalone file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}, none on a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}: {assigned} on {measures}, {unassigned} with no measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(p. {page} ↗)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 [120–145)`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1), characters 120 to 145 (Unicode code points counted from 0, the end excluded). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot agree with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open at the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on, the quote in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchThread</name>
    <message>
        <source>The page could not be added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited{by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineupFeature</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {interval}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {annotation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to review: every colleague&apos;s annotation shown has a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{annotation}
by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}”
in {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or Enter: open it selected, then E / F / C tags it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: {name} — {hits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Its Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New author…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No discussion yet. Write a comment below (Markdown works), or give a verdict with a reason.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Include rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
