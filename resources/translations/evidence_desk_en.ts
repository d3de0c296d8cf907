<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Agreement</name>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} of %n overlapping pair agrees on the label.</numerusform>
            <numerusform>{agreeing} of %n overlapping pairs agree on the label.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} of %n overlapping pair agrees on the value.</numerusform>
            <numerusform>{agreeing} of %n overlapping pairs agree on the value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} of B&apos;s %n span matches exactly one of A&apos;s.</numerusform>
            <numerusform>{matched} of B&apos;s %n spans match exactly one of A&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} of B&apos;s %n span overlaps one of A&apos;s.</numerusform>
            <numerusform>{matched} of B&apos;s %n spans overlap one of A&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} of A&apos;s %n span matches exactly one of B&apos;s.</numerusform>
            <numerusform>{matched} of A&apos;s %n spans match exactly one of B&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} of A&apos;s %n span overlaps one of B&apos;s.</numerusform>
            <numerusform>{matched} of A&apos;s %n spans overlap one of B&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {characters} characters; B = {b} measured against A = {a}</source>
        <translation>
            <numerusform>%n document, {characters} characters; B = {b} measured against A = {a}</numerusform>
            <numerusform>%n documents, {characters} characters; B = {b} measured against A = {a}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>Delete it and its %n review?</numerusform>
            <numerusform>Delete it and its %n reviews?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorFilterCounts</name>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation>
            <numerusform>Show: {shown} of %n author</numerusform>
            <numerusform>Show: {shown} of %n authors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} of %n term found</numerusform>
            <numerusform>{found} of %n terms found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} in %n document</numerusform>
            <numerusform>{found} in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} in “{title}”: %n hit</numerusform>
            <numerusform>{term} in “{title}”: %n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</numerusform>
            <numerusform>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>Exported %n item for a colleague to {file}</numerusform>
            <numerusform>Exported %n items for a colleague to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareViewCounts</name>
    <message numerus="yes">
        <source>{disagree} of %n measure(s): sources disagree</source>
        <translation>
            <numerusform>{disagree} of %n measure: sources disagree</numerusform>
            <numerusform>{disagree} of %n measures: sources disagree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} of %n proposition contested</numerusform>
            <numerusform>{contested} of %n propositions contested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} was rejected</numerusform>
            <numerusform>{things} were rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} waits for review</numerusform>
            <numerusform>{things} wait for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n rejected)</numerusform>
            <numerusform> (%n rejected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n annotation changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</numerusform>
            <numerusform>%n annotations changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialogCounts</name>
    <message numerus="yes">
        <source>original {type}, %n page(s), SHA-256 {sha}</source>
        <translation>
            <numerusform>original {type}, %n page, SHA-256 {sha}</numerusform>
            <numerusform>original {type}, %n pages, SHA-256 {sha}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTableModelCounts</name>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation>
            <numerusform>Original: {type}, %n page, SHA-256 {sha}…</numerusform>
            <numerusform>Original: {type}, %n pages, SHA-256 {sha}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n annotation not yet reviewed is left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</numerusform>
            <numerusform>%n annotations not yet reviewed are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the dossier as HTML, PDF and JSON, with %n source text(s) and their hashes; `evidence-desk verify` checks it)</source>
        <translation>
            <numerusform>(the dossier as HTML, PDF and JSON, with %n source text and its hash; `evidence-desk verify` checks it)</numerusform>
            <numerusform>(the dossier as HTML, PDF and JSON, with %n source texts and their hashes; `evidence-desk verify` checks it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(and %n chart file beside it)</numerusform>
            <numerusform>(and %n chart files beside it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message numerus="yes">
        <source>{included} of %n annotation(s)</source>
        <translation>
            <numerusform>{included} of %n annotation</numerusform>
            <numerusform>{included} of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n pending left out)</numerusform>
            <numerusform> (%n pending left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposed</numerusform>
            <numerusform>%n proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n disputed</numerusform>
            <numerusform>%n disputed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n annotation not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</numerusform>
            <numerusform>%n annotations not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n rejected (never shown)</numerusform>
            <numerusform>%n rejected (never shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), listed under Sources</source>
        <translation>
            <numerusform>%n document, listed under Sources</numerusform>
            <numerusform>%n documents, listed under Sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>No figures are included: %n figure waits for review (export with include pending to show them).</numerusform>
            <numerusform>No figures are included: %n figures wait for review (export with include pending to show them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>No claims are included: %n claim waits for review (export with include pending to show them).</numerusform>
            <numerusform>No claims are included: %n claims wait for review (export with include pending to show them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n further review concerns annotations this dossier leaves out.</numerusform>
            <numerusform>%n further reviews concern annotations this dossier leaves out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>Exported %n coded selection to {path}</numerusform>
            <numerusform>Exported %n coded selections to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n document holds emoji or other characters that tools count differently ({titles}).</numerusform>
            <numerusform>%n documents hold emoji or other characters that tools count differently ({titles}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>Exported %n annotation to {path}</numerusform>
            <numerusform>Exported %n annotations to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>{added} of %n file(s) imported</numerusform>
            <numerusform>{added} of %n file(s) imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentionsPanelCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n mention in {sources}, marked in every open article</numerusform>
            <numerusform>%n mentions in {sources}, marked in every open article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n figure in {sources}, marked in every open article</numerusform>
            <numerusform>%n figures in {sources}, marked in every open article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n claim in {sources}, marked in every open article</numerusform>
            <numerusform>%n claims in {sources}, marked in every open article</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n source asserts it ({sources})</numerusform>
            <numerusform>%n sources assert it ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n source denies it ({sources})</numerusform>
            <numerusform>%n sources deny it ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n text source</numerusform>
            <numerusform>%n text sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on text without a code arrive as {kind} annotations holding the note.</source>
        <translation>
            <numerusform>%n note on text without a code arrives as a {kind} annotation holding the note.</numerusform>
            <numerusform>%n notes on text without a code arrive as {kind} annotations holding the note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>Not imported: %n item ({items}).</numerusform>
            <numerusform>Not imported: %n items ({items}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>Merge %n item into “{name}”</numerusform>
            <numerusform>Merge %n items into “{name}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</numerusform>
            <numerusform>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>Loaded %n name; Search All looks for it in every document.</numerusform>
            <numerusform>Loaded %n names; Search All looks for them in every document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n hit of “{term}” proposed as {name}: Enter accepts, Backspace rejects</numerusform>
            <numerusform>%n hits of “{term}” proposed as {name}: Enter accepts, Backspace rejects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> in %n document</numerusform>
            <numerusform> in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> and %n register entry</numerusform>
            <numerusform> and %n register entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModelCounts</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Hide the source</numerusform>
            <numerusform>Hide the sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Show the %n source</numerusform>
            <numerusform>Show the %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n possible mention of {name}: Enter accepts, Backspace rejects</numerusform>
            <numerusform>%n possible mentions of {name}: Enter accepts, Backspace rejects, then the next one comes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n untagged figure found: Enter accepts, Backspace rejects</numerusform>
            <numerusform>%n untagged figures found: Enter accepts, Backspace rejects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Still to review: %n suggestion of {names} (kept: pick the search in the Suggestions dock).</numerusform>
            <numerusform> Still to review: %n suggestions of {names} (kept: pick the search in the Suggestions dock).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</numerusform>
            <numerusform>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</numerusform>
            <numerusform>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>Rejected “{text}” (%n left)</numerusform>
            <numerusform>Rejected “{text}” (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>Accepted %n suggestion (Ctrl+Z undoes it)</numerusform>
            <numerusform>Accepted %n suggestions (Ctrl+Z undoes them together)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>Rejected %n suggestion</numerusform>
            <numerusform>Rejected %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n figure to review.</numerusform>
            <numerusform>%n figures to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n possible mention to review.</numerusform>
            <numerusform>%n possible mentions to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n to review)</numerusform>
            <numerusform>{title} (%n to review)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Also open in another window</numerusform>
            <numerusform>Also open in %n other windows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n dated event</numerusform>
            <numerusform>%n dated events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n date measure</numerusform>
            <numerusform>%n date measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n disagreeing</numerusform>
            <numerusform>%n disagreeing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>Delete “{title}” and its %n annotation?

This cannot be undone, and it clears the undo history.</numerusform>
            <numerusform>Delete “{title}” and its %n annotations?

This cannot be undone, and it clears the undo history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>No article was found in {names}. Add the full text of the page instead?</numerusform>
            <numerusform>No article was found in {names}. Add the full text of these pages instead?</numerusform>
        </translation>
    </message>
</context>
</TS>
