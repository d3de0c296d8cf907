<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <source>Check box</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Number field</source>
        <translation>Champ numérique</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>Champ de texte</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>{role} in {place}</source>
        <translation>{role} dans {place}</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>Arbitrage</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>1 · Take A&apos;s</source>
        <translation>1 · Retenir celle de A</translation>
    </message>
    <message>
        <source>2 · Take B&apos;s</source>
        <translation>2 · Retenir celle de B</translation>
    </message>
    <message>
        <source>3 · Take Both</source>
        <translation>3 · Retenir les deux</translation>
    </message>
    <message>
        <source>E · Edit and Take…</source>
        <translation>E · Modifier et retenir…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>↑ ↓ move between rows · 1 / 2 / 3 take A&apos;s / B&apos;s / both · E edit and take · Ctrl+Z undo. ✓ accepted, ✗ rejected, ⚑ disputed.</source>
        <translation>↑ ↓ passent d’une ligne à l’autre · 1 / 2 / 3 retiennent celle de A / de B / les deux · E modifie et retient · Ctrl+Z annule. ✓ acceptée, ✗ rejetée, ⚑ contestée.</translation>
    </message>
    <message>
        <source>Adjudicate — choose two different authors</source>
        <translation>Arbitrage — choisissez deux auteurs différents</translation>
    </message>
    <message>
        <source>Only one author tagged this: take it (accept) or take the empty side (reject).</source>
        <translation>Un seul auteur l’a balisée : retenez-la (accepter) ou retenez le côté vide (rejeter).</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>(not defined: {reason})</source>
        <translation>(non défini : {reason})</translation>
    </message>
    <message>
        <source>Spans of this kind each author tagged in the documents compared.</source>
        <translation>Passages de ce type balisés par chaque auteur dans les documents comparés.</translation>
    </message>
    <message>
        <source>Not defined: {reason}.</source>
        <translation>Non défini : {reason}.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitized alpha: 1 is perfect agreement, 0 what chance gives.</source>
        <translation>Alpha unitisé de Krippendorff : 1 est l’accord parfait, 0 ce que donne le hasard.</translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the label.</source>
        <translation>
            <numerusform>{agreeing} sur %n paire chevauchante s’accordent sur l’étiquette.</numerusform>
            <numerusform>{agreeing} sur %n paires chevauchantes s’accordent sur l’étiquette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agreeing} of %n overlapping pair(s) agree on the value.</source>
        <translation>
            <numerusform>{agreeing} sur %n paire chevauchante s’accordent sur la valeur.</numerusform>
            <numerusform>{agreeing} sur %n paires chevauchantes s’accordent sur la valeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) match exactly one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} sur %n passage de B correspondent exactement à un de A.</numerusform>
            <numerusform>{matched} sur %n passages de B correspondent exactement à un de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of B&apos;s %n span(s) overlap one of A&apos;s.</source>
        <translation>
            <numerusform>{matched} sur %n passage de B chevauchent un de A.</numerusform>
            <numerusform>{matched} sur %n passages de B chevauchent un de A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) match exactly one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} sur %n passage de A correspondent exactement à un de B.</numerusform>
            <numerusform>{matched} sur %n passages de A correspondent exactement à un de B.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched} of A&apos;s %n span(s) overlap one of B&apos;s.</source>
        <translation>
            <numerusform>{matched} sur %n passage de A chevauchent un de B.</numerusform>
            <numerusform>{matched} sur %n passages de A chevauchent un de B.</numerusform>
        </translation>
    </message>
    <message>
        <source>F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.</source>
        <translation>F1 = 2·{matched} / ({a} + {b}) : passages appariés sur l’ensemble des passages.</translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <source>exact F1</source>
        <translation>F1 exact</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 chevauchement</translation>
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
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Annotations by A</source>
        <translation>Annotations de A</translation>
    </message>
    <message>
        <source>Annotations by B</source>
        <translation>Annotations de B</translation>
    </message>
    <message>
        <source>Exact precision</source>
        <translation>Précision exacte</translation>
    </message>
    <message>
        <source>Exact recall</source>
        <translation>Rappel exact</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 exact</translation>
    </message>
    <message>
        <source>Overlap precision</source>
        <translation>Précision par chevauchement</translation>
    </message>
    <message>
        <source>Overlap recall</source>
        <translation>Rappel par chevauchement</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 par chevauchement</translation>
    </message>
    <message>
        <source>Label agreement (pairs)</source>
        <translation>Accord sur l’étiquette (paires)</translation>
    </message>
    <message>
        <source>Value agreement (pairs)</source>
        <translation>Accord sur la valeur (paires)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s αU</source>
        <translation>αU de Krippendorff</translation>
    </message>
    <message>
        <source>Agreement between two authors</source>
        <translation>Accord entre deux auteurs</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Measure A against B instead</source>
        <translation>Mesurer plutôt A par rapport à B</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (référence)</translation>
    </message>
    <message>
        <source>B (measured)</source>
        <translation>B (mesuré)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Choose two different authors.</source>
        <translation>Choisissez deux auteurs différents.</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>Cochez au moins un document.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (characters): &lt;b&gt;{kappa}&lt;/b&gt;</source>
        <translation>κ de Cohen (caractères) : &lt;b&gt;{kappa}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α&lt;sub&gt;U&lt;/sub&gt;: &lt;b&gt;{alpha}&lt;/b&gt;</source>
        <translation>α&lt;sub&gt;U&lt;/sub&gt; de Krippendorff : &lt;b&gt;{alpha}&lt;/b&gt;</translation>
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
            <numerusform>%n document, {characters} caractères ; B = {b} mesuré par rapport à A = {a}</numerusform>
            <numerusform>%n documents, {characters} caractères ; B = {b} mesuré par rapport à A = {a}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>characters {start}–{end}</source>
        <translation>caractères {start}–{end}</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>value not read</source>
        <translation>valeur non lue</translation>
    </message>
    <message>
        <source>denies: {proposition}</source>
        <translation>nie : {proposition}</translation>
    </message>
    <message>
        <source>figure: {value}</source>
        <translation>chiffre : {value}</translation>
    </message>
    <message>
        <source>entity: {name} (“{quote}”)</source>
        <translation>entité : {name} (« {quote} »)</translation>
    </message>
    <message>
        <source>{kind}: “{quote}”</source>
        <translation>{kind} : « {quote} »</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show one kind of annotation</source>
        <translation>Afficher un seul type d’annotation</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Show one author&apos;s annotations</source>
        <translation>Afficher les annotations d’un seul auteur</translation>
    </message>
    <message>
        <source>Filter quotes, values, notes…</source>
        <translation>Filtrer citations, valeurs, notes…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select text in an article and press &lt;b&gt;E&lt;/b&gt; (entity), &lt;b&gt;F&lt;/b&gt; (figure) or &lt;b&gt;C&lt;/b&gt; (claim), or click a highlight to edit it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune annotation sélectionnée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sélectionnez du texte dans un article et appuyez sur &lt;b&gt;E&lt;/b&gt; (entité), &lt;b&gt;F&lt;/b&gt; (chiffre) ou &lt;b&gt;C&lt;/b&gt; (affirmation), ou cliquez sur un surlignage pour le modifier ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Canonical name, e.g. Meta</source>
        <translation>Nom canonique, p. ex. Meta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. 14 000 000 000</source>
        <translation>p. ex. 14 000 000 000</translation>
    </message>
    <message>
        <source>upper end</source>
        <translation>borne supérieure</translation>
    </message>
    <message>
        <source>What it measures, e.g. Meta&apos;s stake in Scale AI</source>
        <translation>Ce qu’il mesure, p. ex. la participation de Meta dans Scale AI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>What is claimed, in your words</source>
        <translation>Ce qui est affirmé, avec vos mots</translation>
    </message>
    <message>
        <source>Who says it</source>
        <translation>Qui le dit</translation>
    </message>
    <message>
        <source>Source the text credits, e.g. Bloomberg</source>
        <translation>Source que le texte cite, p. ex. Bloomberg</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Note (Markdown)</translation>
    </message>
    <message>
        <source>Why it matters, what to check…</source>
        <translation>Pourquoi c’est important, ce qu’il faut vérifier…</translation>
    </message>
    <message>
        <source>Read-only here: {reason}</source>
        <translation>En lecture seule ici : {reason}</translation>
    </message>
    <message>
        <source>A relative date counts from the publication date, which this document lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD).</source>
        <translation>Une date relative se compte à partir de la date de publication, qui manque à ce document (Édition › Métadonnées du document) ; ou saisissez la date ci-dessus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The parser could not read a value: type it above.</source>
        <translation>L’analyseur n’a pas pu lire de valeur : saisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>⚙ Machine-read: {value}</source>
        <translation>⚙ Lu automatiquement : {value}</translation>
    </message>
    <message>
        <source>✎ Entered by hand: {value}</source>
        <translation>✎ Saisi à la main : {value}</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>There is no document {document_id}.</source>
        <translation>Le document {document_id} n’existe pas.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Le passage {start}-{end} est hors du document.</translation>
    </message>
    <message>
        <source>Select some text to tag (the selection is only white space).</source>
        <translation>Sélectionnez du texte à baliser (la sélection ne contient que des espaces).</translation>
    </message>
    <message>
        <source>{status!r} is not a status.</source>
        <translation>{status!r} n’est pas un statut.</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Cette annotation n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot restore annotation fields: {items}</source>
        <translation>Impossible de restaurer les champs de l’annotation : {items}</translation>
    </message>
    <message>
        <source>Unknown annotation fields: {items}</source>
        <translation>Champs d’annotation inconnus : {items}</translation>
    </message>
    <message>
        <source>{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{value!r} n’est pas une date : saisissez-la sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>{text!r} n’est pas une date : saisissez-la sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Credibility is graded 1 to 6.</source>
        <translation>La crédibilité se note de 1 à 6.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>“{quote}” is {owner}&apos;s {kind}, {status} in review.</source>
        <translation>« {quote} » est : {kind} de {owner}, {status} en révision.</translation>
    </message>
    <message numerus="yes">
        <source>Delete it and its %n review(s)?</source>
        <translation>
            <numerusform>La supprimer avec sa %n révision ?</numerusform>
            <numerusform>La supprimer avec ses %n révisions ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>La supprimer ?</translation>
    </message>
    <message>
        <source>(Edit › Undo brings it back.)</source>
        <translation>(Édition › Annuler la rétablit.)</translation>
    </message>
    <message>
        <source>That annotation exists already.</source>
        <translation>Cette annotation existe déjà.</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>La fiabilité de la source se note de A à F.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Who is annotating?</source>
        <translation>Qui annote ?</translation>
    </message>
    <message>
        <source>Every annotation records who made it, so colleagues can tell their work from yours. Evidence Desk needs a name for you.</source>
        <translation>Chaque annotation enregistre son auteur, pour que vos collègues distinguent leur travail du vôtre. Evidence Desk a besoin d’un nom pour vous.</translation>
    </message>
    <message>
        <source>Enter My Name…</source>
        <translation>Saisir mon nom…</translation>
    </message>
    <message>
        <source>Continue as “{name}”</source>
        <translation>Continuer en tant que « {name} »</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>As “{name}”, your annotations are signed “{name}” until you give your name in Profile › Edit Profile.</source>
        <translation>En tant que « {name} », vos annotations sont signées « {name} » jusqu’à ce que vous donniez votre nom dans Profil › Modifier le profil.</translation>
    </message>
    <message>
        <source>No project there</source>
        <translation>Aucun projet à cet endroit</translation>
    </message>
    <message>
        <source>There is no project at {location}.

Create a new, empty project there?</source>
        <translation>Il n’y a aucun projet à {location}.

Y créer un nouveau projet vide ?</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Open Another Project…</source>
        <translation>Ouvrir un autre projet…</translation>
    </message>
    <message>
        <source>Open the Default Project</source>
        <translation>Ouvrir le projet par défaut</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Projets Evidence Desk (*.evidence);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Annotating as “{name}”: Profile › Edit Profile gives your name</source>
        <translation>Vous annotez en tant que « {name} » : Profil › Modifier le profil donne votre nom</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif non valide</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Close this article</source>
        <translation>Fermer cet article</translation>
    </message>
    <message>
        <source>Close article</source>
        <translation>Fermer l’article</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Article : {title}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Select a passage, then E, F or C tags it as an entity, a figure or a claim</source>
        <translation>Sélectionnez un passage, puis E, F ou C le balise comme entité, chiffre ou affirmation</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Tag as &amp;entity (E)</source>
        <translation>Baliser comme &amp;entité (E)</translation>
    </message>
    <message>
        <source>Tag as &amp;figure (F)</source>
        <translation>Baliser comme &amp;chiffre (F)</translation>
    </message>
    <message>
        <source>Tag as &amp;claim (C)</source>
        <translation>Baliser comme &amp;affirmation (C)</translation>
    </message>
    <message>
        <source>Suggested {kind}: {label} (Enter accepts, Backspace rejects)</source>
        <translation>{kind} suggérée : {label} (Entrée accepte, Retour arrière rejette)</translation>
    </message>
</context>
<context>
    <name>AuthorFilter</name>
    <message>
        <source>Show Authors</source>
        <translation>Afficher les auteurs</translation>
    </message>
    <message>
        <source>Whose annotations the articles show</source>
        <translation>Les annotations de qui les articles affichent</translation>
    </message>
    <message>
        <source>All Authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Show Only</source>
        <translation>Afficher seulement</translation>
    </message>
    <message>
        <source>Show: All authors</source>
        <translation>Afficher : tous les auteurs</translation>
    </message>
    <message>
        <source>Show: only {name}</source>
        <translation>Afficher : seulement {name}</translation>
    </message>
    <message>
        <source>Show: nobody</source>
        <translation>Afficher : personne</translation>
    </message>
</context>
<context>
    <name>AuthorFilterCounts</name>
    <message numerus="yes">
        <source>Show: {shown} of %n author(s)</source>
        <translation>
            <numerusform>Afficher : {shown} sur %n auteur</numerusform>
            <numerusform>Afficher : {shown} sur %n auteurs</numerusform>
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
        <translation>Un nom ou une expression par ligne :
Alexandr Wang
Jason Droege
Scale AI
…</translation>
    </message>
    <message>
        <source>Load List…</source>
        <translation>Charger une liste…</translation>
    </message>
    <message>
        <source>Search All</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Tag Row as Entity…</source>
        <translation>Baliser la ligne comme entité…</translation>
    </message>
    <message>
        <source>Propose every hit of the selected term as a mention of an entity (Suggestions: Enter accepts, Backspace rejects)</source>
        <translation>Proposer chaque occurrence du terme sélectionné comme mention d’une entité (Suggestions : Entrée accepte, Retour arrière rejette)</translation>
    </message>
    <message>
        <source>Paste or load a list of names first, one per line.</source>
        <translation>Collez ou chargez d’abord une liste de noms, un par ligne.</translation>
    </message>
    <message>
        <source>Searching the list…</source>
        <translation>Recherche de la liste…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Batch search</source>
        <translation>Recherche par lot</translation>
    </message>
    <message>
        <source> (stopped after {searched} of {listed})</source>
        <translation> (arrêtée après {searched} sur {listed})</translation>
    </message>
    <message>
        <source>Search the list first; then its results can be exported.</source>
        <translation>Recherchez d’abord la liste ; ses résultats pourront ensuite être exportés.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Nothing was written.</source>
        <translation>Impossible d’écrire {file} : {reason}. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>BatchPanelCounts</name>
    <message numerus="yes">
        <source>{found} of %n term(s) found</source>
        <translation>
            <numerusform>{found} sur %n terme trouvés</numerusform>
            <numerusform>{found} sur %n termes trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{found} in %n document(s)</source>
        <translation>
            <numerusform>{found} dans %n document</numerusform>
            <numerusform>{found} dans %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Searched as {query}</source>
        <translation>Recherché comme {query}</translation>
    </message>
    <message>
        <source> — click to see them</source>
        <translation> — cliquez pour les voir</translation>
    </message>
</context>
<context>
    <name>BatchTableModelCounts</name>
    <message numerus="yes">
        <source>{term} in “{title}”: %n hit(s)</source>
        <translation>
            <numerusform>{term} dans « {title} » : %n occurrence</numerusform>
            <numerusform>{term} dans « {title} » : %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueExchange</name>
    <message>
        <source>W3C Web Annotations (*.jsonld);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Undo history cleared: the import changed annotations</source>
        <translation>Historique d’annulation vidé : l’importation a modifié des annotations</translation>
    </message>
    <message>
        <source>Import &amp;Colleague&apos;s Annotations…</source>
        <translation>Importer les annotations d’un &amp;collègue…</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations or project (*.jsonld *.json *.evidence *.qdpx);;W3C Web Annotations (*.jsonld *.json);;Evidence Desk projects (*.evidence);;REFI-QDA projects: QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;All files (*)</source>
        <translation>Annotations ou projet d’un collègue (*.jsonld *.json *.evidence *.qdpx);;Annotations web W3C (*.jsonld *.json);;Projets Evidence Desk (*.evidence);;Projets REFI-QDA : QualCoder, MAXQDA, NVivo, ATLAS.ti (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s W3C annotations (.jsonld), project file (.evidence) or REFI-QDA project (.qdpx)</source>
        <translation>Fusionner les annotations W3C (.jsonld), le fichier de projet (.evidence) ou le projet REFI-QDA (.qdpx) d’un collègue</translation>
    </message>
    <message>
        <source>E&amp;xport for a Colleague…</source>
        <translation>E&amp;xporter pour un collègue…</translation>
    </message>
    <message>
        <source>Write your annotations for a colleague (W3C JSON-LD)</source>
        <translation>Écrire vos annotations pour un collègue (W3C JSON-LD)</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>Annotations you and a colleague both changed</source>
        <translation>Annotations modifiées à la fois par vous et par un collègue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts ({count})…</source>
        <translation>Résoudre les &amp;conflits ({count})…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s annotations</source>
        <translation>Importer les annotations d’un collègue</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Annotations without a kind</source>
        <translation>Annotations sans type</translation>
    </message>
    <message>
        <source>Export for a colleague</source>
        <translation>Exporter pour un collègue</translation>
    </message>
</context>
<context>
    <name>ColleagueExchangeCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) in {file} name no kind Evidence Desk knows.
Import them as:</source>
        <translation>
            <numerusform>%n annotation de {file} n’indique aucun type connu d’Evidence Desk.
L’importer comme :</numerusform>
            <numerusform>%n annotations de {file} n’indiquent aucun type connu d’Evidence Desk.
Les importer comme :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) for a colleague to {file}</source>
        <translation>
            <numerusform>%n élément exporté pour un collègue dans {file}</numerusform>
            <numerusform>%n éléments exportés pour un collègue dans {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Your highlight colour</source>
        <translation>La couleur de vos surlignages</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>Car.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Short source label (used in comparisons, charts and the dossier)</source>
        <translation>Libellé court de la source (utilisé dans les comparaisons, les graphiques et le dossier)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source reliability, A (completely reliable) to F (cannot be judged)</source>
        <translation>Fiabilité de la source, de A (entièrement fiable) à F (impossible à juger)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The source&apos;s words</source>
        <translation>Les mots de la source</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the figure (via …)</source>
        <translation>Le libellé de la source et, dessous, à qui elle attribue le chiffre (via …)</translation>
    </message>
    <message>
        <source>The value the source gives: ~ about (within the tolerance), + at least, ≤ at most, – a range</source>
        <translation>La valeur que donne la source : ~ environ (dans la tolérance), + au moins, ≤ au plus, – un intervalle</translation>
    </message>
    <message>
        <source>Review status of the annotation</source>
        <translation>Statut de révision de l’annotation</translation>
    </message>
    <message>
        <source>Can&apos;t agree
with</source>
        <translation>Incompatible
avec</translation>
    </message>
    <message>
        <source>Sources whose value cannot be true at the same time as this one</source>
        <translation>Sources dont la valeur ne peut être vraie en même temps que celle-ci</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Whether the source asserts or denies the proposition</source>
        <translation>Si la source affirme ou nie la proposition</translation>
    </message>
    <message>
        <source>The source&apos;s label and, below it, whom it credits for the claim (via …)</source>
        <translation>Le libellé de la source et, dessous, à qui elle attribue l’affirmation (via …)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Who says it, in the source</source>
        <translation>Qui le dit, dans la source</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>Créd.</translation>
    </message>
    <message>
        <source>Credibility of the claim, 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Crédibilité de l’affirmation, de 1 (confirmée par d’autres sources) à 6 (impossible à juger)</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Dit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The entity&apos;s canonical name (F2 renames it)</source>
        <translation>Le nom canonique de l’entité (F2 le renomme)</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Other names and spellings, in any language</source>
        <translation>Autres noms et graphies, dans toute langue</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Tagged mentions per source (source label:count)</source>
        <translation>Mentions balisées par source (libellé:nombre)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tagged mentions in all sources</source>
        <translation>Mentions balisées dans toutes les sources</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chosen by an analyst; “person?” is a guess from the name nobody confirmed (Alt+1 … Alt+6 in the panel, or Type in this tab)</source>
        <translation>Choisi par un analyste ; « Personne ? » est une supposition d’après le nom que personne n’a confirmée (Alt+1 … Alt+6 dans le panneau, ou Type dans cet onglet)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>What the figures measure (F2 renames it)</source>
        <translation>Ce que mesurent les chiffres (F2 la renomme)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>The unit the figures are compared in</source>
        <translation>L’unité dans laquelle les chiffres sont comparés</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Figures tagged with this measure</source>
        <translation>Chiffres balisés avec cette mesure</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Figures per source</source>
        <translation>Chiffres par source</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Whether two sources give values that cannot both be true</source>
        <translation>Si deux sources donnent des valeurs qui ne peuvent être vraies toutes les deux</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>What the claims assert or deny (F2 renames it)</source>
        <translation>Ce que les affirmations affirment ou nient (F2 la renomme)</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Affirme</translation>
    </message>
    <message>
        <source>Claims asserting it</source>
        <translation>Affirmations qui l’affirment</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Claims denying it</source>
        <translation>Affirmations qui la nient</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>Affirmations par source</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Whether one source asserts what another denies</source>
        <translation>Si une source affirme ce qu’une autre nie</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Score / reads as</source>
        <translation>Score / se lit</translation>
    </message>
    <message>
        <source>A · quote</source>
        <translation>A · citation</translation>
    </message>
    <message>
        <source>A · kind and reading</source>
        <translation>A · type et lecture</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>B · quote</source>
        <translation>B · citation</translation>
    </message>
    <message>
        <source>B · kind and reading</source>
        <translation>B · type et lecture</translation>
    </message>
    <message>
        <source>The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)</source>
        <translation>Le passage balisé par l’auteur A (✓ acceptée, ✗ rejetée, ⚑ contestée)</translation>
    </message>
    <message>
        <source>What A recorded: the kind, and the value, entity or proposition</source>
        <translation>Ce que A a consigné : le type, et la valeur, l’entité ou la proposition</translation>
    </message>
    <message>
        <source>How the two versions line up: exact, disagree (same passage, different reading), overlap, only one</source>
        <translation>Comment les deux versions s’alignent : exactes, en désaccord (même passage, lecture différente), chevauchantes, une seule</translation>
    </message>
    <message>
        <source>The fields on which the two versions differ, A&apos;s value ≠ B&apos;s</source>
        <translation>Les champs où les deux versions diffèrent, valeur de A ≠ valeur de B</translation>
    </message>
    <message>
        <source>The passage author B tagged</source>
        <translation>Le passage balisé par l’auteur B</translation>
    </message>
    <message>
        <source>What B recorded</source>
        <translation>Ce que B a consigné</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>The name or query</source>
        <translation>Le nom ou la requête</translation>
    </message>
    <message>
        <source>Hits in every document</source>
        <translation>Occurrences dans tous les documents</translation>
    </message>
    <message>
        <source>Documents that mention it</source>
        <translation>Documents qui le mentionnent</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Include pending</source>
        <translation>Inclure en attente</translation>
    </message>
    <message>
        <source>Also compare annotations nobody has reviewed yet (proposed, disputed)</source>
        <translation>Comparer aussi les annotations que personne n’a encore révisées (proposées, contestées)</translation>
    </message>
    <message>
        <source>Include rejected</source>
        <translation>Inclure les rejetées</translation>
    </message>
    <message>
        <source>Also compare annotations a reviewer rejected</source>
        <translation>Comparer aussi les annotations qu’un réviseur a rejetées</translation>
    </message>
    <message>
        <source>How far from its value a figure stated as “about” may be (project setting)</source>
        <translation>L’écart admis pour un chiffre donné comme « environ » (réglage du projet)</translation>
    </message>
    <message>
        <source>“about” means</source>
        <translation>« environ » signifie</translation>
    </message>
    <message>
        <source>Dock in the Main Window</source>
        <translation>Ancrer dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>Ouvrir dans une fenêtre</translation>
    </message>
    <message>
        <source>Put the comparison back below the articles</source>
        <translation>Remettre la comparaison sous les articles</translation>
    </message>
    <message>
        <source>Read the comparison in a window of its own, beside the main window or on another screen</source>
        <translation>Lire la comparaison dans sa propre fenêtre, à côté de la fenêtre principale ou sur un autre écran</translation>
    </message>
    <message>
        <source>Computing the comparison…</source>
        <translation>Calcul de la comparaison…</translation>
    </message>
    <message>
        <source>The comparison could not be computed: {reason}</source>
        <translation>Impossible de calculer la comparaison : {reason}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tag figures and give them a measure (F, then what it measures), or claims and the proposition they assert or deny (C).</source>
        <translation>Rien à comparer pour l’instant. Balisez des chiffres et donnez-leur une mesure (F, puis ce qu’ils mesurent), ou des affirmations et la proposition qu’elles affirment ou nient (C).</translation>
    </message>
    <message>
        <source>Nothing accepted to compare: {hidden}. Tick Include pending to compare them now, or review them (Review › Next Pending, N).</source>
        <translation>Rien d’accepté à comparer : {hidden}. Cochez Inclure en attente pour les comparer maintenant, ou révisez-les (Révision › Suivante en attente, N).</translation>
    </message>
    <message>
        <source>Nothing to compare with these options: {hidden}. Tick Include rejected to see them.</source>
        <translation>Rien à comparer avec ces options : {hidden}. Cochez Inclure les rejetées pour les voir.</translation>
    </message>
    <message>
        <source>not shown: {hidden}</source>
        <translation>non affichées : {hidden}</translation>
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
            <numerusform>{disagree} sur %n mesure : les sources divergent</numerusform>
            <numerusform>{disagree} sur %n mesures : les sources divergent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{contested} of %n proposition(s) contested</source>
        <translation>
            <numerusform>{contested} sur %n proposition contestées</numerusform>
            <numerusform>{contested} sur %n propositions contestées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message numerus="yes">
        <source>{things} was/were rejected</source>
        <translation>
            <numerusform>{things} a été rejeté</numerusform>
            <numerusform>{things} ont été rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{things} wait(s) for review</source>
        <translation>
            <numerusform>{things} attend une révision</numerusform>
            <numerusform>{things} attendent une révision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n rejected)</source>
        <translation>
            <numerusform> (%n rejeté)</numerusform>
            <numerusform> (%n rejetés)</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>{source}, via {attribution}</source>
        <translation>{source}, via {attribution}</translation>
    </message>
    <message>
        <source>no values to compare</source>
        <translation>aucune valeur à comparer</translation>
    </message>
    <message>
        <source>sources disagree: {values}</source>
        <translation>les sources divergent : {values}</translation>
    </message>
    <message>
        <source>one value only: {values}</source>
        <translation>une seule valeur : {values}</translation>
    </message>
    <message>
        <source>sources agree: {values}</source>
        <translation>les sources concordent : {values}</translation>
    </message>
    <message>
        <source>; not compared (unit differs): {values}</source>
        <translation> ; non comparés (unité différente) : {values}</translation>
    </message>
    <message>
        <source>; no value read: {sources}</source>
        <translation> ; aucune valeur lue : {sources}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value / entity / proposition</source>
        <translation>Valeur / entité / proposition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Theirs ({author})</source>
        <translation>La sienne ({author})</translation>
    </message>
    <message>
        <source>You both changed this: compare, then keep yours or take theirs</source>
        <translation>Vous l’avez modifié tous les deux : comparez, puis gardez la vôtre ou prenez la sienne</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modifiée par un collègue</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> à {time} UTC</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who} changed this annotation{when}&lt;/b&gt; while you were editing it (“{quote}”). Nothing of yours is written yet: which do you keep?</source>
        <translation>&lt;b&gt;{who} a modifié cette annotation{when}&lt;/b&gt; pendant que vous la modifiiez (« {quote} »). Rien de votre part n’est encore écrit : laquelle gardez-vous ?</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>La sienne ({who})</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder la sienne</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>{document}
Their version: {author}, detected {when}</source>
        <translation>{document}
Sa version : {author}, détectée {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep your version; your colleague gets it with your next export</source>
        <translation>Gardez votre version ; votre collègue la recevra avec votre prochain export</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre la &amp;sienne</translation>
    </message>
    <message>
        <source>Replace your version with your colleague&apos;s (Ctrl+Z undoes it)</source>
        <translation>Remplacer votre version par celle de votre collègue (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed:&lt;/b&gt; {fields}</source>
        <translation>&lt;b&gt;Vous avez modifié tous les deux :&lt;/b&gt; {fields}</translation>
    </message>
    <message>
        <source>Only the time of the change differs.</source>
        <translation>Seule l’heure de la modification diffère.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Take {author}&apos;s version</source>
        <translation>Prendre la version de {author}</translation>
    </message>
    <message>
        <source>{action} of “{quote}” (Ctrl+Z undoes it)</source>
        <translation>{action} de « {quote} » (Ctrl+Z annule)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanelCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) changed by you AND a colleague since your last exchange. Compare, then keep yours or take theirs.</source>
        <translation>
            <numerusform>%n annotation modifiée par vous ET par un collègue depuis votre dernier échange. Comparez, puis gardez la vôtre ou prenez la sienne.</numerusform>
            <numerusform>%n annotations modifiées par vous ET par un collègue depuis votre dernier échange. Comparez, puis gardez la vôtre ou prenez la sienne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>attributed to</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>span</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>{author} adds {text}</source>
        <translation>{author} ajoute {text}</translation>
    </message>
    <message>
        <source>{author} is longer</source>
        <translation>celui de {author} est plus long</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document metadata</source>
        <translation>Métadonnées du document</translation>
    </message>
    <message>
        <source>FT 2025-07-15</source>
        <translation>FT 2025-07-15</translation>
    </message>
    <message>
        <source>The short name this source goes by in comparisons, charts and the dossier</source>
        <translation>Le nom court sous lequel cette source apparaît dans les comparaisons, les graphiques et le dossier</translation>
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
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>original {type}, SHA-256 {sha}</source>
        <translation>original {type}, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>retrieved {when}; {original}</source>
        <translation>récupéré {when} ; {original}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>A document needs a short label (e.g. “FT 2025-07-15”).</source>
        <translation>Un document a besoin d’un libellé court (p. ex. « FT 2025-07-15 »).</translation>
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
    <name>DocumentListView</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in new pane</source>
        <translation>Ouvrir dans un nouveau volet</translation>
    </message>
    <message>
        <source>Edit metadata…</source>
        <translation>Modifier les métadonnées…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Label: {label}</source>
        <translation>Libellé : {label}</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Par {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Publié le {date}</translation>
    </message>
    <message>
        <source>Retrieved {when}</source>
        <translation>Récupéré {when}</translation>
    </message>
    <message>
        <source>Original: {type}, SHA-256 {sha}…</source>
        <translation>Original : {type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>Reliability {grade}: {label}</source>
        <translation>Fiabilité {grade} : {label}</translation>
    </message>
    <message>
        <source>{characters} characters · {annotations} annotations</source>
        <translation>{characters} caractères · {annotations} annotations</translation>
    </message>
</context>
<context>
    <name>DocumentTableModelCounts</name>
    <message numerus="yes">
        <source>Original: {type}, %n page(s), SHA-256 {sha}…</source>
        <translation>
            <numerusform>Original : {type}, %n page, SHA-256 {sha}…</numerusform>
            <numerusform>Original : {type}, %n pages, SHA-256 {sha}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{what} is {length} characters long; at most {limit} fit.</source>
        <translation>{what} fait {length} caractères ; {limit} au plus tiennent.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un document a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (use e.g. it, pt, fr, en, pt-br).</source>
        <translation>« {value} » n’est pas un code de langue (par ex. it, pt, fr, en, pt-br).</translation>
    </message>
    <message>
        <source>The language tag</source>
        <translation>Le code de langue</translation>
    </message>
    <message>
        <source>The outlet</source>
        <translation>Le média</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>L’URL</translation>
    </message>
    <message>
        <source>A web address has no spaces or line breaks in it.</source>
        <translation>Une adresse web ne contient ni espace ni saut de ligne.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>« {url} » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (it starts with http:// or https://).</source>
        <translation>« {url} » n’est pas une adresse web (elle commence par http:// ou https://).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write the publication date as YYYY-MM-DD (or leave it empty).</source>
        <translation>« {value} » n’est pas une date ; écrivez la date de publication sous la forme AAAA-MM-JJ (ou laissez-la vide).</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>L’auteur</translation>
    </message>
    <message>
        <source>The source label</source>
        <translation>Le libellé de la source</translation>
    </message>
    <message>
        <source>Source reliability is graded A to F.</source>
        <translation>La fiabilité de la source se note de A à F.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Il n’y a pas de document {id}.</translation>
    </message>
    <message>
        <source>Document {clash} already has the label “{label}”; labels tell sources apart, so each must be different.</source>
        <translation>Le document {clash} a déjà le libellé « {label} » ; les libellés distinguent les sources, chacun doit donc être différent.</translation>
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
        <translation>HTML (un seul fichier autonome)</translation>
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
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Evidence bundle (ZIP: HTML, PDF, JSON, the sources, hashes)</source>
        <translation>Paquet de preuves (ZIP : HTML, PDF, JSON, les sources, les empreintes)</translation>
    </message>
    <message>
        <source>Evidence bundle (*.zip)</source>
        <translation>Paquet de preuves (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>The language of the dossier&apos;s headings, labels and sentences, and how its numbers and dates are written; quotes stay verbatim</source>
        <translation>La langue des titres, libellés et phrases du dossier, et la façon d’y écrire nombres et dates ; les citations restent textuelles</translation>
    </message>
    <message>
        <source>Include pending annotations (proposed, disputed)</source>
        <translation>Inclure les annotations en attente (proposées, contestées)</translation>
    </message>
    <message>
        <source>Include entities</source>
        <translation>Inclure les entités</translation>
    </message>
    <message>
        <source>Include analysts&apos; notes</source>
        <translation>Inclure les notes des analystes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The dossier cannot be built: {reason}</source>
        <translation>Impossible de composer le dossier : {reason}</translation>
    </message>
    <message>
        <source>You are the only analyst in this project, so your annotations nobody has reviewed are included, marked “(pending)”. Untick to export only what you accepted (Review › Next Pending, N, walks your own).</source>
        <translation>Vous êtes le seul analyste de ce projet : vos annotations que personne n’a révisées sont incluses, marquées « (en attente) ». Décochez pour n’exporter que ce que vous avez accepté (Révision › Suivante en attente, N, parcourt les vôtres).</translation>
    </message>
    <message>
        <source>. The file name ends in {suffix}, so {written} was written, not {chosen}; Format now says {written}.</source>
        <translation>. Le nom du fichier se termine par {suffix} : c’est donc {written} qui a été écrit, pas {chosen} ; Format indique désormais {written}.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Construction de l'aperçu…</translation>
    </message>
    <message>
        <source>Building the preview</source>
        <translation>Construction de l'aperçu</translation>
    </message>
    <message>
        <source>the preview shows the first pages; the export holds the whole dossier</source>
        <translation>l'aperçu montre les premières pages ; l'export contient tout le dossier</translation>
    </message>
    <message>
        <source>Building the dossier…</source>
        <translation>Composition du dossier…</translation>
    </message>
    <message>
        <source>Printing pages…</source>
        <translation>Impression des pages…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Not exported: cancelled; nothing was written.</source>
        <translation>Non exporté : annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>Exported to {path} as {format} {detail}</source>
        <translation>Exporté vers {path} en {format} {detail}</translation>
    </message>
</context>
<context>
    <name>DossierDialogCounts</name>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed is/are left out (the dossier says so). Tick Include pending to show them marked “(pending)”, or review them first (Review › Next Pending, N).</source>
        <translation>
            <numerusform>%n annotation pas encore révisée est laissée de côté (le dossier le dit). Cochez Inclure en attente pour l’afficher marquée « (en attente) », ou révisez-la d’abord (Révision › Suivante en attente, N).</numerusform>
            <numerusform>%n annotations pas encore révisées sont laissées de côté (le dossier le dit). Cochez Inclure en attente pour les afficher marquées « (en attente) », ou révisez-les d’abord (Révision › Suivante en attente, N).</numerusform>
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
            <numerusform>(le dossier en HTML, PDF et JSON, avec %n texte de source et son empreinte ; `evidence-desk verify` le vérifie)</numerusform>
            <numerusform>(le dossier en HTML, PDF et JSON, avec %n textes des sources et leurs empreintes ; `evidence-desk verify` le vérifie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n chart file(s) beside it)</source>
        <translation>
            <numerusform>(et %n fichier de graphique à côté)</numerusform>
            <numerusform>(et %n fichiers de graphique à côté)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Impossible d’écrire {path} : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the PDF to {path}.</source>
        <translation>Impossible d’écrire le PDF dans {path}.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Evidence dossier</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <source>via {name}</source>
        <translation>via {name}</translation>
    </message>
    <message>
        <source>pending (hollow)</source>
        <translation>en attente (évidé)</translation>
    </message>
    <message>
        <source>cannot agree with another source</source>
        <translation>incompatible avec une autre source</translation>
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
            <numerusform>{included} sur %n annotation</numerusform>
            <numerusform>{included} sur %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n pending left out)</source>
        <translation>
            <numerusform> (%n en attente laissée de côté)</numerusform>
            <numerusform> (%n en attente laissées de côté)</numerusform>
        </translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucun chiffre</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}, none on a measure</source>
        <translation>{figures}, aucun sur une mesure</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>{figures}: {assigned} on {measures}, {unassigned} with no measure</source>
        <translation>{figures} : {assigned} sur {measures}, {unassigned} sans mesure</translation>
    </message>
    <message>
        <source>{figures} on {measures}</source>
        <translation>{figures} sur {measures}</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}, none on a proposition</source>
        <translation>{claims}, aucune sur une proposition</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>{claims}: {assigned} on {propositions}, {unassigned} with no proposition</source>
        <translation>{claims} : {assigned} sur {propositions}, {unassigned} sans proposition</translation>
    </message>
    <message>
        <source>{claims} on {propositions}</source>
        <translation>{claims} sur {propositions}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Analysts&apos; notes</source>
        <translation>Notes des analystes</translation>
    </message>
    <message>
        <source>Appendix A: Who annotated and reviewed what</source>
        <translation>Annexe A : qui a annoté et révisé quoi</translation>
    </message>
    <message>
        <source>Appendix B: Quoted passages</source>
        <translation>Annexe B : passages cités</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestée</translation>
    </message>
    <message>
        <source>set back to proposed</source>
        <translation>remise à proposée</translation>
    </message>
    <message>
        <source>Chart: {measure}</source>
        <translation>Graphique : {measure}</translation>
    </message>
    <message>
        <source>(p. {page} ↗)</source>
        <translation>(p. {page} ↗)</translation>
    </message>
    <message>
        <source>{status} (pending)</source>
        <translation>{status} (en attente)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{source} via {attribution}</source>
        <translation>{source} via {attribution}</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
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
            <numerusform>%n document, listé dans Sources</numerusform>
            <numerusform>%n documents, listés dans Sources</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted, and proposed or disputed ones marked “(pending)”</source>
        <translation>acceptées, et celles proposées ou contestées marquées « (en attente) »</translation>
    </message>
    <message>
        <source>accepted only</source>
        <translation>seulement celles acceptées</translation>
    </message>
    <message>
        <source>- **Project:** {title}</source>
        <translation>- **Projet :** {title}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>- **Documents covered:** {scope}</source>
        <translation>- **Documents couverts :** {scope}</translation>
    </message>
    <message>
        <source>- **Analysts:** {names}</source>
        <translation>- **Analystes :** {names}</translation>
    </message>
    <message>
        <source>- **Reviewed by:** {names}</source>
        <translation>- **Révisé par :** {names}</translation>
    </message>
    <message>
        <source>- **Generated:** {when} UTC</source>
        <translation>- **Généré :** {when} UTC</translation>
    </message>
    <message>
        <source>- **Annotations included:** {which}: {included} of {total}; rejected annotations are never included</source>
        <translation>- **Annotations incluses :** {which} : {included} sur {total} ; les annotations rejetées ne sont jamais incluses</translation>
    </message>
    <message>
        <source>**Contents:**</source>
        <translation>**Sommaire :**</translation>
    </message>
    <message>
        <source>The project has no documents.</source>
        <translation>Le projet n’a aucun document.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>The SHA-256 of each stored text (UTF-8) and its length in characters (code points).</source>
        <translation>Le SHA-256 de chaque texte conservé (UTF-8) et sa longueur en caractères (points de code).</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originaux</translation>
    </message>
    <message>
        <source>The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text (`evidence-desk verify`).</source>
        <translation>L’original archivé de chaque source (le fichier tel que lu, ou la page telle que récupérée, conservée avec tout l’échange HTTP), son SHA-256 et la date de sa récupération. Extraire de nouveau l’original redonne le texte conservé (`evidence-desk verify`).</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot agree with</source>
        <translation>Incompatible avec</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A figure given as “about” a value is read as that value {tolerance}. Two figures cannot agree when no value fits both.</source>
        <translation>Un chiffre donné comme « environ » une valeur se lit comme cette valeur {tolerance}. Deux chiffres sont incompatibles quand aucune valeur ne convient aux deux.</translation>
    </message>
    <message>
        <source>No figures are included.</source>
        <translation>Aucun chiffre n’est inclus.</translation>
    </message>
    <message>
        <source>Figures not assigned to a measure</source>
        <translation>Chiffres non rattachés à une mesure</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No dates are included.</source>
        <translation>Aucune date n’est incluse.</translation>
    </message>
    <message>
        <source>Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when no day fits both.</source>
        <translation>Chaque date est donnée à la précision de sa source (un jour, un mois ou une année). Deux dates sont incompatibles quand aucun jour ne convient aux deux.</translation>
    </message>
    <message>
        <source>**Sources disagree.**</source>
        <translation>**Les sources divergent.**</translation>
    </message>
    <message>
        <source>Sources agree.</source>
        <translation>Les sources concordent.</translation>
    </message>
    <message>
        <source>Dates not assigned to a measure</source>
        <translation>Dates non rattachées à une mesure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>speaker {name}</source>
        <translation>locuteur {name}</translation>
    </message>
    <message>
        <source>attributed to {name}</source>
        <translation>attribuée à {name}</translation>
    </message>
    <message>
        <source>source {source}, reliability {grade}</source>
        <translation>source {source}, fiabilité {grade}</translation>
    </message>
    <message>
        <source>credibility {grade}</source>
        <translation>crédibilité {grade}</translation>
    </message>
    <message>
        <source>**Contested:** asserted by {asserting}; denied by {denying}.</source>
        <translation>**Contestée :** affirmée par {asserting} ; niée par {denying}.</translation>
    </message>
    <message>
        <source>**Not contested:** asserted by {asserting}; no source denies it.</source>
        <translation>**Non contestée :** affirmée par {asserting} ; aucune source ne la nie.</translation>
    </message>
    <message>
        <source>**Not contested:** denied by {denying}; no source asserts it.</source>
        <translation>**Non contestée :** niée par {denying} ; aucune source ne l’affirme.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Affirme</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No claims are included.</source>
        <translation>Aucune affirmation n’est incluse.</translation>
    </message>
    <message>
        <source>{type} (guessed)</source>
        <translation>{type} (supposé)</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposée</numerusform>
            <numerusform>%n proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n contestée</numerusform>
            <numerusform>%n contestées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include pending* to show them, marked “(pending)”</source>
        <translation>
            <numerusform>%n annotation pas encore révisée ({statuses} : {kinds}) : exportez avec *inclure en attente* pour l’afficher, marquée « (en attente) »</numerusform>
            <numerusform>%n annotations pas encore révisées ({statuses} : {kinds}) : exportez avec *inclure en attente* pour les afficher, marquées « (en attente) »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (never shown)</source>
        <translation>
            <numerusform>%n rejetée (jamais affichée)</numerusform>
            <numerusform>%n rejetées (jamais affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>- **Left out:** {text}</source>
        <translation>- **Laissées de côté :** {text}</translation>
    </message>
    <message>
        <source>**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B.</source>
        <translation>Les **citations** se lisent `002 ¶3 · doc. 120–145` : source 002, paragraphe 3 (chaque ligne non vide du texte enregistré est un paragraphe, compté à partir de 1) ; la citation correspond aux caractères 120 à 145 du document entier (« doc. »), non du paragraphe (points de code Unicode comptés à partir de 0 au début du texte, fin exclue : text[120:145]). Chaque citation est textuelle ; un saut de ligne dans une citation s’affiche ¶. Chaque citation renvoie à son passage dans l’annexe B.</translation>
    </message>
    <message numerus="yes">
        <source>No figures are included: %n figure(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Aucun chiffre inclus : %n chiffre attend une révision (exportez avec inclure en attente pour l’afficher).</numerusform>
            <numerusform>Aucun chiffre inclus : %n chiffres attendent une révision (exportez avec inclure en attente pour les afficher).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No claims are included: %n claim(s) wait(s) for review (export with include pending to show them).</source>
        <translation>
            <numerusform>Aucune affirmation incluse : %n affirmation attend une révision (exportez avec inclure en attente pour l’afficher).</numerusform>
            <numerusform>Aucune affirmation incluse : %n affirmations attendent une révision (exportez avec inclure en attente pour les afficher).</numerusform>
        </translation>
    </message>
    <message>
        <source>Contested propositions (asserted by one source, denied by another) come first.</source>
        <translation>Les propositions contestées (affirmées par une source, niées par une autre) viennent en premier.</translation>
    </message>
    <message>
        <source>Claims not assigned to a proposition</source>
        <translation>Affirmations non rattachées à une proposition</translation>
    </message>
    <message>
        <source>Entities are left out of this dossier.</source>
        <translation>Les entités sont exclues de ce dossier.</translation>
    </message>
    <message>
        <source>No entities are included.</source>
        <translation>Aucune entité n’est incluse.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aliases seen</source>
        <translation>Alias relevés</translation>
    </message>
    <message>
        <source>Mentions by source</source>
        <translation>Mentions par source</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes are left out of this dossier.</source>
        <translation>Les notes sont exclues de ce dossier.</translation>
    </message>
    <message>
        <source>No notes on the included annotations.</source>
        <translation>Aucune note sur les annotations incluses.</translation>
    </message>
    <message>
        <source>**{author}** on {quote} ({citation})</source>
        <translation>**{author}** sur {quote} ({citation})</translation>
    </message>
    <message>
        <source>Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.</source>
        <translation>Toutes les annotations du projet, quel que soit leur statut, par analyste ; les révisions données sont des verdicts et des commentaires.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Nobody has annotated yet.</source>
        <translation>Personne n’a encore annoté.</translation>
    </message>
    <message>
        <source>Review trail</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>{citation} by {author}</source>
        <translation>{citation} de {author}</translation>
    </message>
    <message>
        <source>No reviews of the included annotations.</source>
        <translation>Aucune révision des annotations incluses.</translation>
    </message>
    <message numerus="yes">
        <source>%n further review(s) concern annotations this dossier leaves out.</source>
        <translation>
            <numerusform>%n autre révision concerne des annotations que ce dossier laisse de côté.</numerusform>
            <numerusform>%n autres révisions concernent des annotations que ce dossier laisse de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>{kind} by {author}</source>
        <translation>{kind} de {author}</translation>
    </message>
    <message>
        <source>open p. {page}</source>
        <translation>ouvrir p. {page}</translation>
    </message>
    <message>
        <source>open at the source</source>
        <translation>ouvrir à la source</translation>
    </message>
    <message>
        <source>retrieved {when}</source>
        <translation>récupéré {when}</translation>
    </message>
    <message>
        <source>original SHA-256 {hash}</source>
        <translation>SHA-256 de l’original {hash}</translation>
    </message>
    <message>
        <source>Nothing is quoted.</source>
        <translation>Rien n’est cité.</translation>
    </message>
    <message>
        <source>Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around the quote, with … where it was cut), the quote in bold.</source>
        <translation>Chaque citation dans son passage : la ligne du texte conservé où elle se trouve (d’une ligne très longue, les phrases autour de la citation, avec … là où elle est coupée), la citation en gras.</translation>
    </message>
    <message>
        <source>no measure</source>
        <translation>sans mesure</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>EditTakeDialog</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation>Valeur supérieure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Edit and take</source>
        <translation>Modifier et retenir</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (A)</source>
        <translation>Partir de celle de {name} (A)</translation>
    </message>
    <message>
        <source>Start from {name}&apos;s (B)</source>
        <translation>Partir de celle de {name} (B)</translation>
    </message>
    <message>
        <source>Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.</source>
        <translation>Les deux versions sont rejetées et votre copie corrigée est acceptée. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Take Edited Version</source>
        <translation>Retenir la version modifiée</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>EntityTypeChooser</name>
    <message>
        <source>The selected entity&apos;s type: {type}</source>
        <translation>Type de l’entité sélectionnée : {type}</translation>
    </message>
    <message>
        <source>The entity&apos;s type: {type} ({key})</source>
        <translation>Type de l’entité : {type} ({key})</translation>
    </message>
    <message>
        <source>“{type}” is a guess from the name: {key} confirms it, or choose another. Until then the dossier marks it “(guessed)”.</source>
        <translation>« {type} » est une supposition d’après le nom : {key} la confirme, ou choisissez-en un autre. D’ici là, le dossier le marque « (supposé) ».</translation>
    </message>
    <message>
        <source>Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it blank.</source>
        <translation>Type pas encore choisi : Alt+1 … Alt+6, ou cliquez sur l’un d’eux. Le dossier le laisse vide.</translation>
    </message>
    <message>
        <source>Select an entity annotation to choose its type.</source>
        <translation>Sélectionnez une annotation d’entité pour en choisir le type.</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Définir le type : {type}</translation>
    </message>
    <message>
        <source>{name}: {type}</source>
        <translation>{name} : {type}</translation>
    </message>
</context>
<context>
    <name>FetchThread</name>
    <message>
        <source>The page could not be added: {reason}</source>
        <translation>Impossible d’ajouter la page : {reason}</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>Exporter le &amp;dossier…</translation>
    </message>
    <message>
        <source>Preview and export the evidence dossier (Markdown, HTML, PDF, JSON)</source>
        <translation>Prévisualiser et exporter le dossier de preuves (Markdown, HTML, PDF, JSON)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Exporter un projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>For QualCoder, MAXQDA, NVivo or ATLAS.ti</source>
        <translation>Pour QualCoder, MAXQDA, NVivo ou ATLAS.ti</translation>
    </message>
    <message>
        <source>Export Annotations as CSV…</source>
        <translation>Exporter les annotations en CSV…</translation>
    </message>
    <message>
        <source>One row per annotation, every field, for spreadsheets</source>
        <translation>Une ligne par annotation, tous les champs, pour les tableurs</translation>
    </message>
    <message>
        <source>Dossier written to {path}</source>
        <translation>Dossier écrit dans {path}</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Projet REFI-QDA (*.qdpx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coded selection(s) to {path}</source>
        <translation>
            <numerusform>%n sélection codée exportée vers {path}</numerusform>
            <numerusform>%n sélections codées exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tool is the file for?</source>
        <translation>Pour quel outil est ce fichier ?</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold emoji or other characters that tools count differently ({titles}).</source>
        <translation>
            <numerusform>%n document contient des emoji ou d’autres caractères que les outils comptent différemment ({titles}).</numerusform>
            <numerusform>%n documents contiennent des emoji ou d’autres caractères que les outils comptent différemment ({titles}).</numerusform>
        </translation>
    </message>
    <message>
        <source>QualCoder, NVivo, MAXQDA and ATLAS.ti highlight codings counted in UTF-16 units: pick them to see every coding where it belongs (QualCoder then stores the coded text of a coding after an emoji one character off). The REFI-QDA standard counts Unicode characters: pick it for other readers and for the coded text QualCoder stores and reports.</source>
        <translation>QualCoder, NVivo, MAXQDA et ATLAS.ti surlignent les codages comptés en unités UTF-16 : choisissez-les pour voir chaque codage à sa place (QualCoder enregistre alors le texte codé d’un codage situé après un emoji décalé d’un caractère). La norme REFI-QDA compte les caractères Unicode : choisissez-la pour d’autres lecteurs et pour le texte codé que QualCoder enregistre et rapporte.</translation>
    </message>
    <message>
        <source>The REFI-QDA standard</source>
        <translation>La norme REFI-QDA</translation>
    </message>
    <message>
        <source>Export annotations as CSV</source>
        <translation>Exporter les annotations en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>%n annotation exportée vers {path}</numerusform>
            <numerusform>%n annotations exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Rien n’a été écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Rechercher dans cet article</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes</source>
        <translation>Entrée / Maj+Entrée : occurrence suivante / précédente, puis E, F ou C la balise · Échap ferme</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>GradeDelegate</name>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>solid underline</source>
        <translation>soulignement continu</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>soulignement en tirets</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>soulignement ondulé</translation>
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
        <translation>Cette annotation n’existe plus.</translation>
    </message>
    <message>
        <source>created in adjudication by {who} (from {sources})</source>
        <translation>créée en arbitrage par {who} (à partir de {sources})</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>proposée par {who}</translation>
    </message>
    <message>
        <source> by {who} (from a colleague&apos;s file)</source>
        <translation> par {who} (depuis le fichier d’un collègue)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> par {who}</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (annulation)</translation>
    </message>
    <message>
        <source>edited{by}</source>
        <translation>modifiée{by}</translation>
    </message>
    <message>
        <source>deleted by {who}</source>
        <translation>supprimée par {who}</translation>
    </message>
    <message>
        <source>restored by {who}</source>
        <translation>restaurée par {who}</translation>
    </message>
    <message>
        <source>verdict withdrawn by {who} (back to {status})</source>
        <translation>verdict retiré par {who} (retour à {status})</translation>
    </message>
    <message>
        <source>comment by {who}{comment}</source>
        <translation>commentaire de {who}{comment}</translation>
    </message>
    <message>
        <source>reply by {who}{comment}</source>
        <translation>réponse de {who}{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who} in adjudication{comment}</source>
        <translation>remise à proposée par {who} en arbitrage{comment}</translation>
    </message>
    <message>
        <source>set back to proposed by {who}{comment}</source>
        <translation>remise à proposée par {who}{comment}</translation>
    </message>
    <message>
        <source>accepted by {who} in adjudication{comment}</source>
        <translation>acceptée par {who} en arbitrage{comment}</translation>
    </message>
    <message>
        <source>accepted by {who}{comment}</source>
        <translation>acceptée par {who}{comment}</translation>
    </message>
    <message>
        <source>rejected by {who} in adjudication{comment}</source>
        <translation>rejetée par {who} en arbitrage{comment}</translation>
    </message>
    <message>
        <source>rejected by {who}{comment}</source>
        <translation>rejetée par {who}{comment}</translation>
    </message>
    <message>
        <source>disputed by {who} in adjudication{comment}</source>
        <translation>contestée par {who} en arbitrage{comment}</translation>
    </message>
    <message>
        <source>disputed by {who}{comment}</source>
        <translation>contestée par {who}{comment}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Réancrées</translation>
    </message>
    <message>
        <source>Kept yours (newer)</source>
        <translation>Les vôtres gardées (plus récentes)</translation>
    </message>
    <message>
        <source>Older, not applied</source>
        <translation>Plus anciennes, non appliquées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Name clashes</source>
        <translation>Conflits de nom</translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
    <message>
        <source>Reviews imported</source>
        <translation>Révisions importées</translation>
    </message>
    <message>
        <source>Colleague&apos;s annotations</source>
        <translation>Annotations d’un collègue</translation>
    </message>
    <message>
        <source>nothing new.</source>
        <translation>rien de nouveau.</translation>
    </message>
    <message>
        <source>merged into this project.</source>
        <translation>fusionné dans ce projet.</translation>
    </message>
    <message>
        <source>Show Conflicts…</source>
        <translation>Afficher les conflits…</translation>
    </message>
    <message>
        <source>Annotations missing from their file are never deleted here.</source>
        <translation>Les annotations absentes de son fichier ne sont jamais supprimées ici.</translation>
    </message>
    <message>
        <source>{undo_cleared} (Ctrl+Z would have written your older versions over theirs).</source>
        <translation>{undo_cleared} (Ctrl+Z aurait écrit vos versions plus anciennes par-dessus les siennes).</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>{added} of %n file(s) imported</source>
        <translation>
            <numerusform>Fichiers importés : {added} sur %n</numerusform>
            <numerusform>Fichiers importés : {added} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, {refused} refused</source>
        <translation>, refusés : {refused}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: language not detected — set it in Edit › Document Metadata (Ctrl+Shift+M).</source>
        <translation>{names} : langue non détectée — indiquez-la dans Édition › Métadonnées du document (Ctrl+Maj+M).</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Copy out what you need, then open a backup of the project. `evidence-desk --project {location} check` lists what is damaged.</source>
        <translation>Copiez ce dont vous avez besoin, puis ouvrez une sauvegarde du projet. `evidence-desk --project {location} check` liste ce qui est endommagé.</translation>
    </message>
    <message>
        <source>{project} failed SQLite&apos;s integrity check: the file is damaged. It is open read-only, and nothing will be written to it.</source>
        <translation>{project} n’a pas passé la vérification d’intégrité de SQLite : le fichier est endommagé. Il est ouvert en lecture seule, et rien n’y sera écrit.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Le projet est endommagé</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>A name tagged with E: blue, with a solid underline.</source>
        <translation>Un nom balisé avec E : bleu, souligné d’un trait plein.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>An amount, share or date tagged with F: orange, with a dashed underline.</source>
        <translation>Un montant, une part ou une date balisés avec F : orange, soulignés en tirets.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>A statement tagged with C: bluish green, with a wavy underline.</source>
        <translation>Un énoncé balisé avec C : vert bleuté, souligné d’une vague.</translation>
    </message>
    <message>
        <source>Overlapping annotations</source>
        <translation>Annotations superposées</translation>
    </message>
    <message>
        <source>One underline per annotation, a few pixels apart: here an entity inside a claim.</source>
        <translation>Un soulignement par annotation, à quelques pixels d’écart : ici une entité dans une affirmation.</translation>
    </message>
    <message>
        <source>Author&apos;s bar</source>
        <translation>Barre de l’auteur</translation>
    </message>
    <message>
        <source>A short bar where an annotation starts, in its author&apos;s colour (authors below).</source>
        <translation>Une petite barre au début d’une annotation, de la couleur de son auteur (auteurs ci-dessous).</translation>
    </message>
    <message>
        <source>Selected annotation</source>
        <translation>Annotation sélectionnée</translation>
    </message>
    <message>
        <source>A dark outline: the annotation the panel shows.</source>
        <translation>Un contour sombre : l’annotation que montre le panneau.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. The thicker one is current: Enter accepts it, Backspace rejects it.</source>
        <translation>Un contour en tirets : proposé par Trouver toutes les mentions ou Trouver les chiffres, pas encore une annotation. Le plus épais est l’actuel : Entrée l’accepte, Retour arrière le rejette.</translation>
    </message>
    <message>
        <source>Same thing elsewhere</source>
        <translation>La même chose ailleurs</translation>
    </message>
    <message>
        <source>Purple borders: a mention of the entity, measure or proposition selected in another article (F3 goes to the next).</source>
        <translation>Bordures violettes : une mention de l’entité, de la mesure ou de la proposition sélectionnée dans un autre article (F3 passe à la suivante).</translation>
    </message>
    <message>
        <source>Find match</source>
        <translation>Résultat de recherche</translation>
    </message>
    <message>
        <source>Yellow: a match of the find bar (Ctrl+F); the current one is outlined.</source>
        <translation>Jaune : un résultat de la barre de recherche (Ctrl+F) ; l’actuel est entouré.</translation>
    </message>
    <message>
        <source>person?</source>
        <translation>Personne ?</translation>
    </message>
    <message>
        <source>In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6).</source>
        <translation>Dans le panneau et le registre : un type supposé d’après le nom, non confirmé (Alt+1 … Alt+6).</translation>
    </message>
    <message>
        <source>⚙ Machine-read</source>
        <translation>⚙ Lu automatiquement</translation>
    </message>
    <message>
        <source>In the panel: the figure&apos;s value was read by the parser; ✎ typed by hand.</source>
        <translation>Dans le panneau : la valeur du chiffre a été lue par l’analyseur ; ✎ saisie à la main.</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(en attente)</translation>
    </message>
    <message>
        <source>In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer.</source>
        <translation>Dans le dossier et Comparer : proposée ou contestée, pas encore acceptée par un réviseur.</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Les sources divergent</translation>
    </message>
    <message>
        <source>In Compare and the register: two values that cannot both be true.</source>
        <translation>Dans Comparer et le registre : deux valeurs qui ne peuvent être vraies toutes les deux.</translation>
    </message>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestée</translation>
    </message>
    <message>
        <source>In Compare: one source asserts what another denies.</source>
        <translation>Dans Comparer : une source affirme ce qu’une autre nie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the highlights mean&lt;/b&gt; (View › Legend)</source>
        <translation>&lt;b&gt;Ce que signifient les surlignages&lt;/b&gt; (Affichage › Légende)</translation>
    </message>
    <message>
        <source>this author&apos;s bar and colour</source>
        <translation>barre et couleur de cet auteur</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Legend: what the highlights mean</source>
        <translation>Légende : ce que signifient les surlignages</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>Dans un article</translation>
    </message>
    <message>
        <source>Authors in this project</source>
        <translation>Auteurs de ce projet</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Pas encore d’annotations.</translation>
    </message>
</context>
<context>
    <name>Lineup</name>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>Merge measures</source>
        <translation>Fusionner des mesures</translation>
    </message>
    <message>
        <source>Merge propositions</source>
        <translation>Fusionner des propositions</translation>
    </message>
    <message>
        <source>Add entity “{name}”</source>
        <translation>Ajouter l’entité « {name} »</translation>
    </message>
    <message>
        <source>Rename {kind} to “{name}”</source>
        <translation>Renommer {kind} en « {name} »</translation>
    </message>
    <message>
        <source>Add alias “{alias}”</source>
        <translation>Ajouter l’alias « {alias} »</translation>
    </message>
    <message>
        <source>Remove alias “{alias}”</source>
        <translation>Retirer l’alias « {alias} »</translation>
    </message>
    <message>
        <source>Split “{alias}” off</source>
        <translation>Détacher « {alias} »</translation>
    </message>
    <message>
        <source>Set type to {type}</source>
        <translation>Définir le type : {type}</translation>
    </message>
    <message>
        <source>Add measure “{label}”</source>
        <translation>Ajouter la mesure « {label} »</translation>
    </message>
    <message>
        <source>Set unit to “{unit}”</source>
        <translation>Définir l’unité : « {unit} »</translation>
    </message>
    <message>
        <source>Add proposition “{label}”</source>
        <translation>Ajouter la proposition « {label} »</translation>
    </message>
    <message>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Fusionner « {merged} » dans « {kept} »</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z to undo)</source>
        <translation>{action} (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Grade source {label}: {grade}</source>
        <translation>Noter la source {label} : {grade}</translation>
    </message>
    <message>
        <source>Set “about” to ±{percent}%</source>
        <translation>Régler « environ » à ±{percent} %</translation>
    </message>
    <message>
        <source>Accept mention “{text}”</source>
        <translation>Accepter la mention « {text} »</translation>
    </message>
    <message>
        <source>Accept figure “{text}”</source>
        <translation>Accepter le chiffre « {text} »</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineupFeature</name>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Compare Sources</source>
        <translation>Comparer les sources</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Compare Sources</source>
        <translation>&amp;Comparer les sources</translation>
    </message>
    <message>
        <source>What every source says about each measure and proposition, side by side</source>
        <translation>Ce que dit chaque source sur chaque mesure et proposition, côte à côte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <source>Every dated event on one time axis, by source; the date measures lined up</source>
        <translation>Chaque événement daté sur un même axe du temps, par source ; les mesures de date mises en regard</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Entities, measures and propositions: rename, merge, aliases</source>
        <translation>Entités, mesures et propositions : renommer, fusionner, alias</translation>
    </message>
    <message>
        <source>Find All &amp;Mentions</source>
        <translation>Trouver toutes les &amp;mentions</translation>
    </message>
    <message>
        <source>Suggest every untagged mention of the selected entity, in every article</source>
        <translation>Suggérer chaque mention non balisée de l’entité sélectionnée, dans tous les articles</translation>
    </message>
    <message>
        <source>Find &amp;Figures in This Article</source>
        <translation>Trouver les c&amp;hiffres de cet article</translation>
    </message>
    <message>
        <source>Suggest the amounts and percentages of the active article</source>
        <translation>Suggérer les montants et pourcentages de l’article actif</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Accepter toutes les suggestions</translation>
    </message>
    <message>
        <source>Tag every suggestion in the list (one undo step)</source>
        <translation>Baliser chaque suggestion de la liste (une seule étape à annuler)</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions</source>
        <translation>&amp;Rejeter toutes les suggestions</translation>
    </message>
    <message>
        <source>Drop every suggestion in the list</source>
        <translation>Écarter chaque suggestion de la liste</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>Mention &amp;suivante</translation>
    </message>
    <message>
        <source>The next annotation of the selected entity, measure or proposition, across articles</source>
        <translation>L’annotation suivante de l’entité, mesure ou proposition sélectionnée, à travers les articles</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>Mention &amp;précédente</translation>
    </message>
    <message>
        <source>The previous one</source>
        <translation>La précédente</translation>
    </message>
    <message>
        <source>&amp;Grade This Source</source>
        <translation>&amp;Noter cette source</translation>
    </message>
    <message>
        <source>&amp;Line-up</source>
        <translation>&amp;Mise en regard</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Ouvrez d’abord un article</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>Select an entity (in the register, or one of its mentions) first.</source>
        <translation>Sélectionnez d’abord une entité (dans le registre, ou l’une de ses mentions).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotations de cet article</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>{project} (read-only) — Evidence Desk</source>
        <translation>{project} (lecture seule) — Evidence Desk</translation>
    </message>
    <message>
        <source>{project} — Evidence Desk</source>
        <translation>{project} — Evidence Desk</translation>
    </message>
    <message>
        <source>This project is open read-only: {reason}. You can read and export; changes are refused.</source>
        <translation>Ce projet est ouvert en lecture seule : {reason}. Vous pouvez lire et exporter ; les modifications sont refusées.</translation>
    </message>
    <message>
        <source>Annotating as {name} ({key})</source>
        <translation>Vous annotez en tant que {name} ({key})</translation>
    </message>
    <message>
        <source>{waiting} Your change waits for it.</source>
        <translation>{waiting} Votre modification attend.</translation>
    </message>
    <message>
        <source>About Evidence Desk</source>
        <translation>À propos d’Evidence Desk</translation>
    </message>
    <message>
        <source>Tag claims, entities and figures across articles, line the sources up, and export an evidence dossier.</source>
        <translation>Balisez affirmations, entités et chiffres dans les articles, mettez les sources en regard et exportez un dossier de preuves.</translation>
    </message>
</context>
<context>
    <name>MarksController</name>
    <message>
        <source>Select an entity, measure or proposition first (in the register, or an annotation linked to one).</source>
        <translation>Sélectionnez d’abord une entité, une mesure ou une proposition (dans le registre, ou une annotation qui y est liée).</translation>
    </message>
    <message>
        <source>“{name}” is not tagged anywhere yet.</source>
        <translation>« {name} » n’est encore balisée nulle part.</translation>
    </message>
    <message>
        <source>{name}: {position} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>{name} : {position} sur {total} (F3 suivante, Maj+F3 précédente)</translation>
    </message>
</context>
<context>
    <name>MeasureSection</name>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Les sources divergent</translation>
    </message>
    <message>
        <source>✓ Sources agree</source>
        <translation>✓ Les sources concordent</translation>
    </message>
    <message>
        <source>One value</source>
        <translation>Une seule valeur</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>unité : {unit}</translation>
    </message>
</context>
<context>
    <name>MeasureValuesModel</name>
    <message>
        <source>about {tolerance}</source>
        <translation>environ {tolerance}</translation>
    </message>
    <message>
        <source>Cannot both be true with: {sources}</source>
        <translation>Ne peut être vraie en même temps que : {sources}</translation>
    </message>
    <message>
        <source>{bound}: read as {interval}</source>
        <translation>{bound} : lu comme {interval}</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <source>value not read</source>
        <translation>valeur non lue</translation>
    </message>
    <message>
        <source>◀ Previous (Shift+F3)</source>
        <translation>◀ Précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next (F3) ▶</source>
        <translation>Suivante (F3) ▶</translation>
    </message>
    <message>
        <source>Select an entity, measure or proposition (in the register, or an annotation linked to one) to see it in every source.</source>
        <translation>Sélectionnez une entité, une mesure ou une proposition (dans le registre, ou une annotation qui y est liée) pour la voir dans chaque source.</translation>
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
            <numerusform>%n mention dans {sources}, signalée dans chaque article ouvert</numerusform>
            <numerusform>%n mentions dans {sources}, signalées dans chaque article ouvert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n chiffre dans {sources}, signalé dans chaque article ouvert</numerusform>
            <numerusform>%n chiffres dans {sources}, signalés dans chaque article ouvert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in {sources}, marked in every open article</source>
        <translation>
            <numerusform>%n affirmation dans {sources}, signalée dans chaque article ouvert</numerusform>
            <numerusform>%n affirmations dans {sources}, signalées dans chaque article ouvert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>upper value</source>
        <translation>valeur supérieure</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>borne</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>machine-read flag</source>
        <translation>marque de lecture automatique</translation>
    </message>
    <message>
        <source>proposition</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>credibility</source>
        <translation>crédibilité</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>média</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>Accept annotation</source>
        <translation>Accepter l’annotation</translation>
    </message>
    <message>
        <source>Reject annotation</source>
        <translation>Rejeter l’annotation</translation>
    </message>
    <message>
        <source>Dispute annotation</source>
        <translation>Contester l’annotation</translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation>Rouvrir l’annotation</translation>
    </message>
    <message>
        <source>You are offline: the database server cannot be reached, so nothing was stored. Evidence Desk reconnects by itself; try again once the status bar says online.</source>
        <translation>Vous êtes hors ligne : le serveur de base de données est injoignable, rien n’a donc été enregistré. Evidence Desk se reconnecte tout seul ; réessayez quand la barre d’état indique en ligne.</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>{action} is in progress: wait until it is done, then try again.</source>
        <translation>{action} est en cours : attendez la fin, puis réessayez.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{action}: cancelling…</source>
        <translation>{action} : annulation…</translation>
    </message>
    <message>
        <source>Tagged {annotation}</source>
        <translation>Balisée : {annotation}</translation>
    </message>
    <message>
        <source>Tag {kind}</source>
        <translation>Baliser {kind}</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Modifier {fields}</translation>
    </message>
    <message>
        <source>Changed {fields}</source>
        <translation>Modifié : {fields}</translation>
    </message>
    <message>
        <source>{status} {annotation} (Ctrl+Z withdraws it)</source>
        <translation>{status} : {annotation} (Ctrl+Z le retire)</translation>
    </message>
    <message>
        <source>Deleted {kind} “{quote}” (Ctrl+Z brings it back)</source>
        <translation>Annotation supprimée : {kind} « {quote} » (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Supprimer {kind}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Edit document {fields}</source>
        <translation>Modifier le document : {fields}</translation>
    </message>
    <message>
        <source>Changed document {fields}</source>
        <translation>Document modifié : {fields}</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Deleted the document and its annotations</source>
        <translation>Document et annotations supprimés</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>La page</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>Ajouter la page</translation>
    </message>
    <message>
        <source>{action}: documents…</source>
        <translation>{action} : documents…</translation>
    </message>
    <message>
        <source>{action}: annotations…</source>
        <translation>{action} : annotations…</translation>
    </message>
    <message>
        <source>{action}: reviews…</source>
        <translation>{action} : relectures…</translation>
    </message>
</context>
<context>
    <name>PaneWiring</name>
    <message>
        <source>Annotations in “{title}”</source>
        <translation>Annotations de « {title} »</translation>
    </message>
    <message>
        <source>Annotations in this article</source>
        <translation>Annotations de cet article</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} quotes); narrow it to some analysts or documents (--author, --document; in the window, Export Dossier&apos;s filters) or write it as HTML, which has no such limit</source>
        <translation>le dossier PDF citerait {cited} citations (environ {pages} pages), plus qu’un PDF ne peut en contenir ({limit} citations) ; limitez-le à certains analystes ou documents (--author, --document ; dans la fenêtre, les filtres d’Exporter le dossier) ou écrivez-le en HTML, qui n’a pas cette limite</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Credibility: {grade} · {label}</source>
        <translation>Crédibilité : {grade} · {label}</translation>
    </message>
    <message>
        <source>Credibility not graded</source>
        <translation>Crédibilité non notée</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Evidence Desk</source>
        <translation>Bienvenue dans Evidence Desk</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Every annotation records who made it. Tell Evidence Desk your name and pick the colour your highlights will have when colleagues read them.</source>
        <translation>Chaque annotation garde la trace de son auteur. Donnez votre nom à Evidence Desk et choisissez la couleur qu’auront vos surlignages quand vos collègues les liront.</translation>
    </message>
    <message>
        <source>Your name and highlight colour, as colleagues will see them.</source>
        <translation>Votre nom et la couleur de vos surlignages, tels que vos collègues les verront.</translation>
    </message>
    <message>
        <source>e.g. Giulia Rossi</source>
        <translation>p. ex. Giulia Rossi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>PropositionSection</name>
    <message>
        <source>⚠ Contested</source>
        <translation>⚠ Contestée</translation>
    </message>
    <message>
        <source>Not contested</source>
        <translation>Non contestée</translation>
    </message>
</context>
<context>
    <name>PropositionSectionCounts</name>
    <message numerus="yes">
        <source>%n source(s) assert it ({sources})</source>
        <translation>
            <numerusform>%n source l’affirme ({sources})</numerusform>
            <numerusform>%n sources l’affirment ({sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) deny it ({sources})</source>
        <translation>
            <numerusform>%n source la nie ({sources})</numerusform>
            <numerusform>%n sources la nient ({sources})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Figure (a measure)</source>
        <translation>Chiffre (une mesure)</translation>
    </message>
    <message>
        <source>Claim (a proposition)</source>
        <translation>Affirmation (une proposition)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Entity (kind only)</source>
        <translation>Entité (type seul)</translation>
    </message>
    <message>
        <source>Figure (kind only)</source>
        <translation>Chiffre (type seul)</translation>
    </message>
    <message>
        <source>Claim (kind only)</source>
        <translation>Affirmation (type seul)</translation>
    </message>
    <message>
        <source>entity “{label}”</source>
        <translation>entité « {label} »</translation>
    </message>
    <message>
        <source>measure “{label}”</source>
        <translation>mesure « {label} »</translation>
    </message>
    <message>
        <source>proposition “{label}”</source>
        <translation>proposition « {label} »</translation>
    </message>
    <message>
        <source>entity (kind only)</source>
        <translation>entité (type seul)</translation>
    </message>
    <message>
        <source>figure (kind only)</source>
        <translation>chiffre (type seul)</translation>
    </message>
    <message>
        <source>claim (kind only)</source>
        <translation>affirmation (type seul)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message numerus="yes">
        <source>%n text source(s)</source>
        <translation>
            <numerusform>%n source texte</numerusform>
            <numerusform>%n sources texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
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
            <numerusform>%n note sur du texte sans code arrive comme annotation de type {kind} portant la note.</numerusform>
            <numerusform>%n notes sur du texte sans code arrivent comme annotations de type {kind} portant la note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n item(s) ({items}).</source>
        <translation>
            <numerusform>Non importé : %n élément ({items}).</numerusform>
            <numerusform>Non importés : %n éléments ({items}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxMappingDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Each coding becomes an annotation on exactly its text, its memo the note and its coder the author. Choose what each code records:</source>
        <translation>Chaque codage devient une annotation exactement sur son texte, son mémo la note et son codeur l’auteur. Choisissez ce que chaque code enregistre :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Cette entité n’existe plus.</translation>
    </message>
    <message>
        <source>That measure no longer exists.</source>
        <translation>Cette mesure n’existe plus.</translation>
    </message>
    <message>
        <source>That proposition no longer exists.</source>
        <translation>Cette proposition n’existe plus.</translation>
    </message>
    <message>
        <source>The alias cannot be empty.</source>
        <translation>L’alias ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The label cannot be empty.</source>
        <translation>Le libellé ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“{other_name}” is already in the register.</source>
        <translation>« {other_name} » est déjà dans le registre.</translation>
    </message>
    <message>
        <source>“{name}” is already a name of “{other_name}”; merge the two instead.</source>
        <translation>« {name} » est déjà un nom de « {other_name} » ; fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>“{alias}” already names “{other_name}”; merge the two instead.</source>
        <translation>« {alias} » désigne déjà « {other_name} » ; fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>“{alias}” is not an alias of “{entity_name}”.</source>
        <translation>« {alias} » n’est pas un alias de « {entity_name} ».</translation>
    </message>
    <message>
        <source>“{item_label}” is already in the register; merge the two instead.</source>
        <translation>« {item_label} » est déjà dans le registre ; fusionnez plutôt les deux.</translation>
    </message>
    <message>
        <source>Choose two different entities to merge.</source>
        <translation>Choisissez deux entités différentes à fusionner.</translation>
    </message>
    <message>
        <source>Choose two different measures to merge.</source>
        <translation>Choisissez deux mesures différentes à fusionner.</translation>
    </message>
    <message>
        <source>Choose two different propositions to merge.</source>
        <translation>Choisissez deux propositions différentes à fusionner.</translation>
    </message>
    <message>
        <source>“{key}” exists again; it cannot be brought back.</source>
        <translation>« {key} » existe de nouveau ; impossible de la rétablir.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ divergent</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>concordent</translation>
    </message>
    <message>
        <source>⚠ contested</source>
        <translation>⚠ contestée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>List the register</source>
        <translation>Lister le registre</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Select an entity to rename.</source>
        <translation>Sélectionnez une entité à renommer.</translation>
    </message>
    <message>
        <source>Select a measure to rename.</source>
        <translation>Sélectionnez une mesure à renommer.</translation>
    </message>
    <message>
        <source>Select a proposition to rename.</source>
        <translation>Sélectionnez une proposition à renommer.</translation>
    </message>
    <message>
        <source>Select the entities to merge (the first one you pick is kept).</source>
        <translation>Sélectionnez les entités à fusionner (la première choisie est gardée).</translation>
    </message>
    <message>
        <source>Select the measures to merge (the first one you pick is kept).</source>
        <translation>Sélectionnez les mesures à fusionner (la première choisie est gardée).</translation>
    </message>
    <message>
        <source>Select the propositions to merge (the first one you pick is kept).</source>
        <translation>Sélectionnez les propositions à fusionner (la première choisie est gardée).</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>New proposition</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Name of the new entity:</source>
        <translation>Nom de la nouvelle entité :</translation>
    </message>
    <message>
        <source>Name of the new measure:</source>
        <translation>Nom de la nouvelle mesure :</translation>
    </message>
    <message>
        <source>Name of the new proposition:</source>
        <translation>Nom de la nouvelle proposition :</translation>
    </message>
    <message>
        <source>Find All Mentions</source>
        <translation>Trouver toutes les mentions</translation>
    </message>
    <message>
        <source>Suggest every place the selected entity appears, in every article</source>
        <translation>Suggérer chaque endroit où apparaît l’entité sélectionnée, dans tous les articles</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Renommer l’élément sélectionné</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the second selected item into the first (one selected: choose the target)</source>
        <translation>Fusionner le second élément sélectionné dans le premier (un seul sélectionné : choisir la cible)</translation>
    </message>
    <message>
        <source>Add Alias…</source>
        <translation>Ajouter un alias…</translation>
    </message>
    <message>
        <source>Record another name or spelling</source>
        <translation>Enregistrer un autre nom ou une autre graphie</translation>
    </message>
    <message>
        <source>Remove Alias…</source>
        <translation>Retirer un alias…</translation>
    </message>
    <message>
        <source>Forget one of its aliases</source>
        <translation>Oublier l’un de ses alias</translation>
    </message>
    <message>
        <source>Split Alias Off…</source>
        <translation>Détacher un alias…</translation>
    </message>
    <message>
        <source>Make an alias its own entity; the mentions written that way follow it</source>
        <translation>Faire d’un alias une entité à part ; les mentions écrites ainsi la suivent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Add a measure to compare figures by</source>
        <translation>Ajouter une mesure pour comparer les chiffres</translation>
    </message>
    <message>
        <source>Add a proposition that claims assert or deny</source>
        <translation>Ajouter une proposition que les affirmations affirment ou nient</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translation>Unité…</translation>
    </message>
    <message>
        <source>Set the unit the measure&apos;s figures are in</source>
        <translation>Définir l’unité des chiffres de la mesure</translation>
    </message>
    <message>
        <source>Add an entity to the register</source>
        <translation>Ajouter une entité au registre</translation>
    </message>
    <message>
        <source>Set the entity&apos;s type</source>
        <translation>Définir le type de l’entité</translation>
    </message>
    <message>
        <source>accepted and pending</source>
        <translation>acceptées et en attente</translation>
    </message>
    <message>
        <source>Counts figures as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Compte les chiffres comme Comparer : {counted} (les options Inclure de Comparer changent les deux).</translation>
    </message>
    <message>
        <source>Counts claims as Compare does: {counted} (Compare&apos;s Include options change both).</source>
        <translation>Compte les affirmations comme Comparer : {counted} (les options Inclure de Comparer changent les deux).</translation>
    </message>
    <message>
        <source>Select an entity in the register first.</source>
        <translation>Sélectionnez d’abord une entité dans le registre.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Another name or spelling of “{name}”:</source>
        <translation>Un autre nom ou une autre graphie de « {name} » :</translation>
    </message>
    <message>
        <source>“{name}” has no alias.</source>
        <translation>« {name} » n’a pas d’alias.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Retirer un alias</translation>
    </message>
    <message>
        <source>Alias of “{name}” to forget:</source>
        <translation>Alias de « {name} » à oublier :</translation>
    </message>
    <message>
        <source>“{name}” has no alias to split off.</source>
        <translation>« {name} » n’a pas d’alias à détacher.</translation>
    </message>
    <message>
        <source>Split alias off</source>
        <translation>Détacher un alias</translation>
    </message>
    <message>
        <source>Which alias of “{name}” is another entity?</source>
        <translation>Quel alias de « {name} » est une autre entité ?</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Fusionner « {name} » dans :</translation>
    </message>
    <message>
        <source>Select a measure first.</source>
        <translation>Sélectionnez d’abord une mesure.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit of “{measure}” (USD, %, EUR…):</source>
        <translation>Unité de « {measure} » (USD, %, EUR…) :</translation>
    </message>
</context>
<context>
    <name>RegisterPanelCounts</name>
    <message numerus="yes">
        <source>Merge %n item(s) into “{name}”</source>
        <translation>
            <numerusform>Fusionner %n élément dans « {name} »</numerusform>
            <numerusform>Fusionner %n éléments dans « {name} »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Filter entities (any name or alias)…</source>
        <translation>Filtrer les entités (tout nom ou alias)…</translation>
    </message>
    <message>
        <source>Filter measures (any name or alias)…</source>
        <translation>Filtrer les mesures (tout nom ou alias)…</translation>
    </message>
    <message>
        <source>Filter propositions (any name or alias)…</source>
        <translation>Filtrer les propositions (tout nom ou alias)…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>désaccord</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>chevauchement</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>A seul</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>B seul</translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected annotation</source>
        <translation>Accepter l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected annotation</source>
        <translation>Rejeter l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation>Marquer comme con&amp;testée</translation>
    </message>
    <message>
        <source>Mark the selected annotation as disputed</source>
        <translation>Marquer l’annotation sélectionnée comme contestée</translation>
    </message>
    <message>
        <source>&amp;Next Pending</source>
        <translation>Suivante en a&amp;ttente</translation>
    </message>
    <message>
        <source>Go to the next colleague&apos;s annotation waiting for review</source>
        <translation>Aller à la prochaine annotation d’un collègue en attente de révision</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Co&amp;mmenter…</translation>
    </message>
    <message>
        <source>Write a comment on the selected annotation</source>
        <translation>Écrire un commentaire sur l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>Ad&amp;judicate…</source>
        <translation>Ar&amp;bitrer…</translation>
    </message>
    <message>
        <source>Settle two authors&apos; versions of one document</source>
        <translation>Trancher entre les versions de deux auteurs d’un document</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Acc&amp;ord…</translation>
    </message>
    <message>
        <source>How far two authors agree (F1, kappa, alpha)</source>
        <translation>Dans quelle mesure deux auteurs s’accordent (F1, kappa, alpha)</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N goes to the next pending one).</source>
        <translation>Sélectionnez d’abord une annotation à réviser (N va à la prochaine en attente).</translation>
    </message>
    <message>
        <source>Select an annotation to comment on.</source>
        <translation>Sélectionnez une annotation à commenter.</translation>
    </message>
    <message>
        <source>Nothing left to review: every annotation shown has a verdict.</source>
        <translation>Plus rien à réviser : chaque annotation affichée a un verdict.</translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
</context>
<context>
    <name>ReviewOperations</name>
    <message>
        <source>Take A&apos;s version</source>
        <translation>Retenir la version de A</translation>
    </message>
    <message>
        <source>Take B&apos;s version</source>
        <translation>Retenir la version de B</translation>
    </message>
    <message>
        <source>Take both versions</source>
        <translation>Retenir les deux versions</translation>
    </message>
    <message>
        <source>Take an edited version</source>
        <translation>Retenir une version modifiée</translation>
    </message>
    <message>
        <source>Withdraw verdict</source>
        <translation>Retirer le verdict</translation>
    </message>
    <message>
        <source>Verdict withdrawn</source>
        <translation>Verdict retiré</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reply posted</source>
        <translation>Réponse publiée</translation>
    </message>
    <message>
        <source>Comment posted</source>
        <translation>Commentaire publié</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Z undoes it)</source>
        <translation>{action} (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Décision annulée</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select an annotation to review it.

N jumps to the next one waiting for review; A accepts, R rejects, D marks it disputed.</source>
        <translation>Sélectionnez une annotation pour la réviser.

N saute à la prochaine en attente de révision ; A accepte, R rejette, D la marque comme contestée.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Reason or comment (Markdown). Ctrl+Enter posts it; Accept / Reject / Dispute use it as the reason.</source>
        <translation>Motif ou commentaire (Markdown). Ctrl+Entrée le publie ; Accepter / Rejeter / Contester l’utilisent comme motif.</translation>
    </message>
    <message>
        <source>The comment your reply answers</source>
        <translation>Le commentaire auquel répond votre réponse</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Contester</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Répondre à</translation>
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
        <translation>« {quote} »
dans {document}</translation>
    </message>
    <message>
        <source>Select an annotation to review first (N: next pending).</source>
        <translation>Sélectionnez d’abord une annotation à réviser (N : prochaine en attente).</translation>
    </message>
    <message>
        <source>Already {status}.</source>
        <translation>Déjà {status}.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Écrivez d’abord un commentaire.</translation>
    </message>
    <message>
        <source>Write your reply in the comment box first.</source>
        <translation>Écrivez d’abord votre réponse dans la zone de commentaire.</translation>
    </message>
</context>
<context>
    <name>Reviewing</name>
    <message>
        <source>{choice!r} is not a choice (use one of {items}).</source>
        <translation>{choice!r} n’est pas un choix (utilisez l’un de {items}).</translation>
    </message>
    <message>
        <source>Start the edited version from A&apos;s or B&apos;s (base &apos;a&apos; or &apos;b&apos;).</source>
        <translation>Partez de celle de A ou de B pour la version modifiée (base &apos;a&apos; ou &apos;b&apos;).</translation>
    </message>
    <message>
        <source>Choose two different annotations to adjudicate.</source>
        <translation>Choisissez deux annotations différentes à arbitrer.</translation>
    </message>
    <message>
        <source>One of the two annotations no longer exists.</source>
        <translation>L’une des deux annotations n’existe plus.</translation>
    </message>
    <message>
        <source>The two annotations are in different documents.</source>
        <translation>Les deux annotations sont dans des documents différents.</translation>
    </message>
    <message>
        <source>An adjudicated version is accepted; its status cannot be edited.</source>
        <translation>Une version arbitrée est acceptée ; son statut ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>That document no longer exists.</source>
        <translation>Ce document n’existe plus.</translation>
    </message>
    <message>
        <source>The span {start}-{end} is outside the document.</source>
        <translation>Le passage {start}-{end} est hors du document.</translation>
    </message>
    <message>
        <source>The edited span is only white space.</source>
        <translation>Le passage modifié ne contient que des espaces.</translation>
    </message>
    <message>
        <source>Choose {items}, not {choice!r}.</source>
        <translation>Choisissez {items}, pas {choice!r}.</translation>
    </message>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Ce conflit n’existe plus.</translation>
    </message>
    <message>
        <source>That conflict has been resolved already.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <source>That conflict is open already.</source>
        <translation>Ce conflit est déjà ouvert.</translation>
    </message>
    <message>
        <source>Write something to comment.</source>
        <translation>Écrivez quelque chose à commenter.</translation>
    </message>
    <message>
        <source>The comment being answered is not on this annotation.</source>
        <translation>Le commentaire auquel vous répondez ne porte pas sur cette annotation.</translation>
    </message>
    <message>
        <source>That is not a verdict, so there is nothing to withdraw.</source>
        <translation>Ce n’est pas un verdict : il n’y a donc rien à retirer.</translation>
    </message>
    <message>
        <source>{verdict!r} is not a verdict (use one of {items}).</source>
        <translation>{verdict!r} n’est pas un verdict (utilisez l’un de {items}).</translation>
    </message>
    <message>
        <source>That annotation no longer exists.</source>
        <translation>Cette annotation n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Self-review (%n of your own proposed): {description} (A accept · R reject · D dispute · N next). No colleague&apos;s annotation waits for review.</source>
        <translation>
            <numerusform>Auto-révision (%n de vos propositions) : {description} (A accepter · R rejeter · D contester · N suivante). Aucune annotation d’un collègue n’attend de révision.</numerusform>
            <numerusform>Auto-révision (%n de vos propositions) : {description} (A accepter · R rejeter · D contester · N suivante). Aucune annotation d’un collègue n’attend de révision.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: {annotation} by {author} (A accept · R reject · D dispute · N next)</source>
        <translation>À réviser : {annotation} de {author} (A accepter · R rejeter · D contester · N suivante)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cannot {action}</source>
        <translation>Impossible : {action}</translation>
    </message>
    <message>
        <source>{action}: cancelled, nothing was written.</source>
        <translation>{action} : annulé, rien n’a été écrit.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source> at {time} UTC</source>
        <translation> à {time} UTC</translation>
    </message>
    <message>
        <source>it</source>
        <translation>cela</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title} : {who} l’a supprimée après vous{when}. Annuler {what} maintenant écraserait sa modification, rien n’a donc été changé.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To undo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title} : {who} l’a modifiée après vous{when}. Annuler {what} maintenant écraserait sa modification, rien n’a donc été changé.</translation>
    </message>
    <message>
        <source>{title}: {who} deleted it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title} : {who} l’a supprimée après vous{when}. Rétablir {what} maintenant écraserait sa modification, rien n’a donc été changé.</translation>
    </message>
    <message>
        <source>{title}: {who} changed it after you{when}. To redo {what} now would overwrite their change, so nothing was changed.</source>
        <translation>{title} : {who} l’a modifiée après vous{when}. Rétablir {what} maintenant écraserait sa modification, rien n’a donc été changé.</translation>
    </message>
    <message>
        <source>{title}: {reason}{where}. Nothing was written.</source>
        <translation>{title} : {reason}{where}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source> The details are in {path}.</source>
        <translation> Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: “{action}” was not done and nothing was written.{where}</source>
        <translation>Un problème est survenu : « {action} » n’a pas été fait et rien n’a été écrit.{where}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Rétablir : {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Annuler : {action}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>NOT needs something before it: “Meta NOT Google” finds Meta, without Google.</source>
        <translation>NOT a besoin de quelque chose avant lui : « Meta NOT Google » trouve Meta, sans Google.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Saisissez un mot à rechercher (lettres ou chiffres).</translation>
    </message>
    <message>
        <source>Nothing left to find: every word is excluded with NOT.</source>
        <translation>Plus rien à trouver : chaque mot est exclu par NOT.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: {exc}</source>
        <translation>Expression régulière non valide : {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a list of names.</source>
        <translation>{path} est un dossier, pas une liste de noms.</translation>
    </message>
    <message>
        <source>{name} is over {size} MB: not a list of names.</source>
        <translation>{name} dépasse {size} Mo : ce n’est pas une liste de noms.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text file: a list has one name or query per line.</source>
        <translation>{name} n’est pas un fichier texte : une liste a un nom ou une requête par ligne.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte}): save it as UTF-8.</source>
        <translation>{name} n’est pas du texte UTF-8 (octet {byte}) : enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>Nothing to search for on this line.</source>
        <translation>Rien à chercher sur cette ligne.</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <source>Find a word in the active article: every match highlighted</source>
        <translation>Rechercher un mot dans l’article actif : chaque occurrence surlignée</translation>
    </message>
    <message>
        <source>&amp;Search the Desk…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>Search every document, and notes, comments and entity names</source>
        <translation>Rechercher dans tous les documents, les notes, les commentaires et les noms d’entités</translation>
    </message>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>Recherche par &amp;lot…</translation>
    </message>
    <message>
        <source>A list of names against every document</source>
        <translation>Une liste de noms dans tous les documents</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;cherche</translation>
    </message>
    <message>
        <source>Open an article first, then find in it (Ctrl+F).</source>
        <translation>Ouvrez d’abord un article, puis recherchez-y (Ctrl+F).</translation>
    </message>
    <message>
        <source>Load a list of names</source>
        <translation>Charger une liste de noms</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Impossible de charger la liste</translation>
    </message>
    <message>
        <source>Export the batch search</source>
        <translation>Exporter la recherche par lot</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported the list and its results to {path}</source>
        <translation>Liste et résultats exportés vers {path}</translation>
    </message>
    <message>
        <source>Tag as entity</source>
        <translation>Baliser comme entité</translation>
    </message>
    <message>
        <source>Tag every hit of “{term}” as the entity:</source>
        <translation>Baliser chaque occurrence de « {term} » comme l’entité :</translation>
    </message>
    <message>
        <source>Tag the hits</source>
        <translation>Baliser les occurrences</translation>
    </message>
    <message>
        <source>“{term}” as {name}</source>
        <translation>« {term} » comme {name}</translation>
    </message>
    <message>
        <source>Every hit of “{term}” is already tagged as {name}.</source>
        <translation>Chaque occurrence de « {term} » est déjà balisée comme {name}.</translation>
    </message>
</context>
<context>
    <name>SearchFeatureCounts</name>
    <message numerus="yes">
        <source>Loaded %n name(s); Search All looks for them in every document.</source>
        <translation>
            <numerusform>%n nom chargé ; Tout rechercher le cherche dans chaque document.</numerusform>
            <numerusform>%n noms chargés ; Tout rechercher les cherche dans chaque document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) of “{term}” proposed as {name}: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n occurrence de « {term} » proposée comme {name} : Entrée accepte, Retour arrière rejette</numerusform>
            <numerusform>%n occurrences de « {term} » proposées comme {name} : Entrée accepte, Retour arrière rejette</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document:  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</source>
        <translation>Rechercher dans tous les documents :  &quot;Scale AI&quot;   wang*   Meta NOT Google   (Meta OR Google)</translation>
    </message>
    <message>
        <source>Case and accents are ignored: societa finds società. Quotes make a phrase, * a prefix; AND, OR, NOT in capitals.</source>
        <translation>Casse et accents sont ignorés : societa trouve società. Les guillemets forment une expression, * un préfixe ; AND, OR, NOT en majuscules.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de révision</translation>
    </message>
    <message>
        <source>Entity names &amp;&amp; aliases</source>
        <translation>Noms &amp;&amp; alias des entités</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>au AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Annotation kind</source>
        <translation>Type d’annotation</translation>
    </message>
    <message>
        <source>Any annotation kind</source>
        <translation>Tout type d’annotation</translation>
    </message>
    <message>
        <source>Inside an entity</source>
        <translation>Dans une entité</translation>
    </message>
    <message>
        <source>Inside a figure</source>
        <translation>Dans un chiffre</translation>
    </message>
    <message>
        <source>Inside a claim</source>
        <translation>Dans une affirmation</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Non balisé</translation>
    </message>
    <message>
        <source>Only hits inside annotations of this kind (notes: of annotations of this kind), or only hits nobody has tagged yet</source>
        <translation>Seulement les occurrences dans des annotations de ce type (notes : d’annotations de ce type), ou seulement celles que personne n’a encore balisées</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (documents without a date are left out)</source>
        <translation>Date de publication, AAAA-MM-JJ (les documents sans date sont exclus)</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Tout média</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Saisissez ce qu’il faut rechercher.</translation>
    </message>
    <message>
        <source> (one document: edit the query to search them all)</source>
        <translation> (un seul document : modifiez la requête pour les rechercher tous)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>SearchPanelCounts</name>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> dans %n document</numerusform>
            <numerusform> dans %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n register entry(s)</source>
        <translation>
            <numerusform> et %n entrée du registre</numerusform>
            <numerusform> et %n entrées du registre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Double-click or Enter: open it selected, then E / F / C tags it</source>
        <translation>Double-clic ou Entrée : l’ouvrir sélectionné, puis E / F / C le balise</translation>
    </message>
    <message>
        <source>Register: {name} — {hits}</source>
        <translation>Registre : {name} — {hits}</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>SearchResultsModelCounts</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Show in Its Article</source>
        <translation>Afficher dans son article</translation>
    </message>
    <message>
        <source>Grade Source {label}</source>
        <translation>Noter la source {label}</translation>
    </message>
    <message>
        <source>Not Graded</source>
        <translation>Non notée</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message numerus="yes">
        <source>Hide the source(s)</source>
        <translation>
            <numerusform>Masquer la source</numerusform>
            <numerusform>Masquer les sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n source(s)</source>
        <translation>
            <numerusform>Afficher la source</numerusform>
            <numerusform>Afficher les %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Select some text in an article first, then tag it (E, F or C).</source>
        <translation>Sélectionnez d’abord du texte dans un article, puis balisez-le (E, F ou C).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Sélectionnez d’abord une annotation.</translation>
    </message>
    <message>
        <source>Select an annotation to delete (click its highlight or its row).</source>
        <translation>Sélectionnez une annotation à supprimer (cliquez sur son surlignage ou sa ligne).</translation>
    </message>
    <message>
        <source>Delete a colleague&apos;s reviewed annotation</source>
        <translation>Supprimer l’annotation révisée d’un collègue</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Non supprimée.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annulé : {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli : {action}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tolerance is a fraction between 0 and 1 (0.10 means ±10%).</source>
        <translation>La tolérance est une fraction entre 0 et 1 (0,10 signifie ±10 %).</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>tag the selected text as an entity · a figure · a claim</source>
        <translation>balise le texte sélectionné comme entité · chiffre · affirmation</translation>
    </message>
    <message>
        <source>accept · reject the current suggestion (dashed outline)</source>
        <translation>accepte · rejette la suggestion en cours (contour en tirets)</translation>
    </message>
    <message>
        <source>with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)</source>
        <translation>barre de recherche ouverte (Ctrl+F) : occurrence suivante · précédente (E · F · C la balisent)</translation>
    </message>
    <message>
        <source>close the find bar, back to the text</source>
        <translation>ferme la barre de recherche, retour au texte</translation>
    </message>
    <message>
        <source>in Measure, Entity or Proposition: save it and go back to the article</source>
        <translation>dans Mesure, Entité ou Proposition : enregistre et revient à l’article</translation>
    </message>
    <message>
        <source>save the field and go to the next · previous one</source>
        <translation>enregistre le champ et passe au suivant · au précédent</translation>
    </message>
    <message>
        <source>In an article</source>
        <translation>Dans un article</translation>
    </message>
    <message>
        <source>In the annotation panel</source>
        <translation>Dans le panneau d’annotation</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed)</source>
        <translation>le fichier est endommagé (la vérification d’intégrité de SQLite a échoué)</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check failed: {detail})</source>
        <translation>le fichier est endommagé (la vérification d’intégrité de SQLite a échoué : {detail})</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>The project is busy: another program or colleague is writing to it. Nothing of it was stored. Try again in a moment.</source>
        <translation>Le projet est occupé : un autre programme ou un collègue y écrit. Rien n’en a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment. Nothing of it was stored. Look again and retry.</source>
        <translation>Quelqu’un d’autre a modifié la même chose au même moment. Rien n’en a été enregistré. Regardez de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of it was stored. Check the server or network and retry.</source>
        <translation>La connexion à la base de données a été perdue. Rien n’en a été enregistré. Vérifiez le serveur ou le réseau et réessayez.</translation>
    </message>
    <message>
        <source>You may read this project but not change it (the database refused the write). Nothing of it was stored.</source>
        <translation>Vous pouvez lire ce projet mais pas le modifier (la base de données a refusé l’écriture). Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>The database refused a value ({reason}). Nothing of it was stored.</source>
        <translation>La base de données a refusé une valeur ({reason}). Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>The database refused the change ({reason}). Nothing of it was stored.</source>
        <translation>La base de données a refusé la modification ({reason}). Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>The project is open read-only: Nothing of it was stored. (the file or its folder cannot be written).</source>
        <translation>Le projet est ouvert en lecture seule : rien n’en a été enregistré (le fichier ou son dossier ne sont pas modifiables).</translation>
    </message>
    <message>
        <source>The project file is damaged ({reason}). Nothing of it was stored. Run `evidence-desk --project FILE check` to see what is wrong.</source>
        <translation>Le fichier du projet est endommagé ({reason}). Rien n’en a été enregistré. Lancez `evidence-desk --project FILE check` pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing of it was stored. Free some space and retry.</source>
        <translation>Le disque est plein. Rien n’en a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The project file could not be read or written ({reason}). Nothing of it was stored.</source>
        <translation>Le fichier du projet n’a pas pu être lu ou écrit ({reason}). Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this change to {table}. Nothing of it was stored.</source>
        <translation>Votre rôle dans l’équipe ne permet pas cette modification de {table}. Rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>the server is a read-only standby</source>
        <translation>le serveur est une réplique en lecture seule</translation>
    </message>
    <message>
        <source>your database role may not write to it</source>
        <translation>votre rôle dans la base de données ne peut pas y écrire</translation>
    </message>
    <message>
        <source>your database role may not create tables</source>
        <translation>votre rôle dans la base de données ne peut pas créer de tables</translation>
    </message>
    <message>
        <source>{project} is open read-only ({reason}): nothing can be changed.</source>
        <translation>{project} est ouvert en lecture seule ({reason}) : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder cannot be read</source>
        <translation>son dossier ne peut pas être lu</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>{score} like “{name}”</source>
        <translation>{score} proche de « {name} »</translation>
    </message>
    <message>
        <source>exactly “{name}”</source>
        <translation>exactement « {name} »</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Cette entité n’existe plus.</translation>
    </message>
    <message>
        <source>Looking for mentions…</source>
        <translation>Recherche des mentions…</translation>
    </message>
    <message>
        <source>Looking for figures…</source>
        <translation>Recherche des chiffres…</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Il n’y a pas de document {id}.</translation>
    </message>
    <message>
        <source>The document of this suggestion is no longer in the project.</source>
        <translation>Le document de cette suggestion n’est plus dans le projet.</translation>
    </message>
    <message>
        <source>The text has changed since this suggestion was made; refresh the suggestions.</source>
        <translation>Le texte a changé depuis cette suggestion ; actualisez les suggestions.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Find mentions</source>
        <translation>Trouver les mentions</translation>
    </message>
    <message>
        <source>Mentions of “{name}”</source>
        <translation>Mentions de « {name} »</translation>
    </message>
    <message>
        <source>No untagged mention of {name} found.</source>
        <translation>Aucune mention non balisée de {name} trouvée.</translation>
    </message>
    <message>
        <source>Open an article first, then look for its figures.</source>
        <translation>Ouvrez d’abord un article, puis cherchez-en les chiffres.</translation>
    </message>
    <message>
        <source>Find figures</source>
        <translation>Trouver les chiffres</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>document {id}</translation>
    </message>
    <message>
        <source>Figures in “{title}”</source>
        <translation>Chiffres de « {title} »</translation>
    </message>
    <message>
        <source>No untagged figure found in this article.</source>
        <translation>Aucun chiffre non balisé dans cet article.</translation>
    </message>
    <message>
        <source>{action}: reading {count} characters…</source>
        <translation>{action} : lecture de {count} caractères…</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Aucune suggestion à accepter.</translation>
    </message>
</context>
<context>
    <name>SuggestionsControllerCounts</name>
    <message numerus="yes">
        <source>%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes</source>
        <translation>
            <numerusform>%n mention possible de {name} : Entrée accepte, Retour arrière rejette</numerusform>
            <numerusform>%n mentions possibles de {name} : Entrée accepte, Retour arrière rejette, puis vient la suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged figure(s) found: Enter accepts, Backspace rejects</source>
        <translation>
            <numerusform>%n chiffre non balisé trouvé : Entrée accepte, Retour arrière rejette</numerusform>
            <numerusform>%n chiffres non balisés trouvés : Entrée accepte, Retour arrière rejette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Still to review: %n suggestion(s) of {names} (kept: pick the search in the Suggestions dock).</source>
        <translation>
            <numerusform> Encore à réviser : %n suggestion de {names} (conservée : choisissez la recherche dans le panneau Suggestions).</numerusform>
            <numerusform> Encore à réviser : %n suggestions de {names} (conservées : choisissez la recherche dans le panneau Suggestions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted mention “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Mention « {text} » acceptée (%n restante ; Ctrl+Z annule)</numerusform>
            <numerusform>Mention « {text} » acceptée (%n restantes ; Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted figure “{text}” (%n left; Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Chiffre « {text} » accepté (%n restant ; Ctrl+Z annule)</numerusform>
            <numerusform>Chiffre « {text} » accepté (%n restants ; Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “{text}” (%n left)</source>
        <translation>
            <numerusform>« {text} » rejeté (%n restant)</numerusform>
            <numerusform>« {text} » rejeté (%n restants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Ctrl+Z undoes them together)</source>
        <translation>
            <numerusform>%n suggestion acceptée (Ctrl+Z l’annule)</numerusform>
            <numerusform>%n suggestions acceptées (Ctrl+Z les annule ensemble)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion rejetée</numerusform>
            <numerusform>%n suggestions rejetées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>No suggestions. Select an entity in the register and choose Find All Mentions, or Line-up ▸ Find Figures (Ctrl+Shift+G) in an article.</source>
        <translation>Aucune suggestion. Sélectionnez une entité dans le registre et choisissez Trouver toutes les mentions, ou Mise en regard ▸ Trouver les chiffres (Ctrl+Maj+G) dans un article.</translation>
    </message>
    <message>
        <source>Each search keeps its unreviewed suggestions: pick one to review it</source>
        <translation>Chaque recherche garde ses suggestions non révisées : choisissez-en une pour la réviser</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche :</translation>
    </message>
    <message>
        <source>Accepted figures measure:</source>
        <translation>Mesure des chiffres acceptés :</translation>
    </message>
    <message>
        <source>The measure accepted figures are filed under (you can change it later)</source>
        <translation>La mesure sous laquelle les chiffres acceptés sont rangés (modifiable ensuite)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Accepter (Entrée)</translation>
    </message>
    <message>
        <source>Reject (Backspace)</source>
        <translation>Rejeter (Retour arrière)</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Tout rejeter</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Entrée accepte, Retour arrière rejette.</translation>
    </message>
    <message>
        <source>all reviewed.</source>
        <translation>tout est révisé.</translation>
    </message>
    <message>
        <source>{title} (all reviewed)</source>
        <translation>{title} (toutes révisées)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanelCounts</name>
    <message numerus="yes">
        <source>%n figure(s) to review.</source>
        <translation>
            <numerusform>%n chiffre à réviser.</numerusform>
            <numerusform>%n chiffres à réviser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible mention(s) to review.</source>
        <translation>
            <numerusform>%n mention possible à réviser.</numerusform>
            <numerusform>%n mentions possibles à réviser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n to review)</source>
        <translation>
            <numerusform>{title} (%n à réviser)</numerusform>
            <numerusform>{title} (%n à réviser)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchAuthorDialog</name>
    <message>
        <source>Switch author</source>
        <translation>Changer d’auteur</translation>
    </message>
    <message>
        <source>Annotate as:</source>
        <translation>Annoter en tant que :</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Nouvel auteur…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You are {login}, an annotator in this team. You may tag, edit and delete your own annotations, answer comments on them, and add documents and names to the register.</source>
        <translation>Vous êtes {login}, annotateur dans cette équipe. Vous pouvez baliser, modifier et supprimer vos annotations, répondre aux commentaires à leur sujet et ajouter des documents et des noms au registre.</translation>
    </message>
    <message>
        <source>You are {login}, a reviewer in this team. You may do everything an annotator does, and give verdicts and comments on anyone&apos;s annotations (not change their spans or fields), and tidy the register&apos;s names.</source>
        <translation>Vous êtes {login}, réviseur dans cette équipe. Vous pouvez faire tout ce que fait un annotateur, donner des verdicts et des commentaires sur les annotations de chacun (sans changer leurs portées ni leurs champs) et ranger les noms du registre.</translation>
    </message>
    <message>
        <source>You are {login}, an owner in this team. You may do everything: adjudicate, merge and delete register entries, delete documents, merge a colleague&apos;s file, and change anyone&apos;s annotations.</source>
        <translation>Vous êtes {login}, propriétaire dans cette équipe. Vous pouvez tout faire : arbitrer, fusionner et supprimer des entrées du registre, supprimer des documents, fusionner le fichier d’un collègue et modifier les annotations de chacun.</translation>
    </message>
    <message>
        <source>You are {login}, a reader in this team. You may read the project.</source>
        <translation>Vous êtes {login}, lecteur dans cette équipe. Vous pouvez lire le projet.</translation>
    </message>
    <message>
        <source>You are not a member of this team: you may read, not write.</source>
        <translation>Vous n’êtes pas membre de cette équipe : vous pouvez lire, pas écrire.</translation>
    </message>
    <message>
        <source>Verdicts are given by reviewers and owners.</source>
        <translation>Les verdicts sont donnés par les réviseurs et les propriétaires.</translation>
    </message>
    <message>
        <source>Comments on a colleague&apos;s annotations are written by reviewers and owners.</source>
        <translation>Les commentaires sur les annotations d’un collègue sont écrits par les réviseurs et les propriétaires.</translation>
    </message>
    <message>
        <source>Adjudication settles two colleagues&apos; versions: only an owner does it.</source>
        <translation>L’arbitrage tranche entre les versions de deux collègues : seul un propriétaire le fait.</translation>
    </message>
    <message>
        <source>Renaming and retyping register entries is for reviewers and owners.</source>
        <translation>Renommer les entrées du registre et changer leur type revient aux réviseurs et aux propriétaires.</translation>
    </message>
    <message>
        <source>Merging, splitting and deleting register entries changes everyone&apos;s annotations: only an owner does it.</source>
        <translation>Fusionner, scinder et supprimer des entrées du registre change les annotations de tous : seul un propriétaire le fait.</translation>
    </message>
    <message>
        <source>Deleting a document takes every colleague&apos;s annotations with it: only an owner does it.</source>
        <translation>Supprimer un document emporte les annotations de chaque collègue : seul un propriétaire le fait.</translation>
    </message>
    <message>
        <source>Merging a colleague&apos;s file writes annotations in their name: only an owner does it.</source>
        <translation>Fusionner le fichier d’un collègue écrit des annotations en son nom : seul un propriétaire le fait.</translation>
    </message>
    <message>
        <source>The project&apos;s settings are changed by reviewers and owners.</source>
        <translation>Les réglages du projet sont changés par les réviseurs et les propriétaires.</translation>
    </message>
    <message>
        <source>On a team database you always work as your own login&apos;s author.</source>
        <translation>Sur une base de données d’équipe, vous travaillez toujours comme l’auteur de votre identifiant.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as a reviewer you may give it a verdict or a comment, not change its span or fields.</source>
        <translation>Annotation de {author} : en tant que réviseur, vous pouvez lui donner un verdict ou un commentaire, pas changer sa portée ni ses champs.</translation>
    </message>
    <message>
        <source>{author}&apos;s annotation: as an annotator you change only your own.</source>
        <translation>Annotation de {author} : en tant qu’annotateur, vous ne modifiez que les vôtres.</translation>
    </message>
    <message>
        <source>This project is not a team database: nothing is restricted.</source>
        <translation>Ce projet n’est pas une base de données d’équipe : rien n’est restreint.</translation>
    </message>
</context>
<context>
    <name>TeamCounts</name>
    <message numerus="yes">
        <source>Also open in %n other window(s)</source>
        <translation>
            <numerusform>Ouvert aussi dans une autre fenêtre</numerusform>
            <numerusform>Ouvert aussi dans %n autres fenêtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>● online</source>
        <translation>● en ligne</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● hors ligne</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>What Can I Do Here?</source>
        <translation>Que puis-je faire ici ?</translation>
    </message>
    <message>
        <source>Your role in the team, what it allows, and why some actions are hidden</source>
        <translation>Votre rôle dans l’équipe, ce qu’il permet, et pourquoi certaines actions sont masquées</translation>
    </message>
    <message>
        <source>Who Else Has It Open?</source>
        <translation>Qui d’autre l’a ouvert ?</translation>
    </message>
    <message>
        <source>What either window changes shows in the other within a second; each window&apos;s undo stays its own, and two edits of the same field ask which to keep.</source>
        <translation>Ce que l’une des fenêtres change apparaît dans l’autre en moins d’une seconde ; chaque fenêtre garde son annulation, et deux modifications du même champ demandent laquelle garder.</translation>
    </message>
    <message>
        <source>Another window has {project} open ({who}): what it changes shows here as it happens.</source>
        <translation>Une autre fenêtre a {project} ouvert ({who}) : ce qu’elle change s’affiche ici à mesure.</translation>
    </message>
    <message>
        <source>Nobody else has the project open.</source>
        <translation>Personne d’autre n’a ouvert le projet.</translation>
    </message>
    <message>
        <source>Who else has it open</source>
        <translation>Qui d’autre l’a ouvert</translation>
    </message>
    <message>
        <source>The database server cannot be reached{reason}. Nothing can be stored until it is back; Evidence Desk reconnects by itself and then shows what colleagues changed meanwhile.</source>
        <translation>Le serveur de base de données est injoignable{reason}. Rien ne peut être enregistré avant son retour ; Evidence Desk se reconnecte tout seul puis montre ce que les collègues ont changé entre-temps.</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached. Changes are refused until it is back; reconnecting…</source>
        <translation>Hors ligne : la base de données est injoignable. Les modifications sont refusées jusqu’à son retour ; reconnexion…</translation>
    </message>
    <message>
        <source>Connected: colleagues&apos; changes show here as they happen.</source>
        <translation>Connecté : les modifications des collègues s’affichent ici à mesure.</translation>
    </message>
    <message>
        <source>Back online: what colleagues changed meanwhile is shown.</source>
        <translation>De nouveau en ligne : ce que les collègues ont changé entre-temps est affiché.</translation>
    </message>
    <message>
        <source>Accept, Reject, Mark Disputed</source>
        <translation>Accepter, Rejeter, Marquer comme contestée</translation>
    </message>
    <message>
        <source>Adjudicate…</source>
        <translation>Arbitrer…</translation>
    </message>
    <message>
        <source>Rename, Type, Add Alias, Remove Alias, Unit (register)</source>
        <translation>Renommer, Type, Ajouter un alias, Retirer un alias, Unité (registre)</translation>
    </message>
    <message>
        <source>Merge…, Split Alias Off… (register)</source>
        <translation>Fusionner…, Détacher un alias… (registre)</translation>
    </message>
    <message>
        <source>Import Colleague&apos;s Annotations…, Resolve Conflicts…</source>
        <translation>Importer les annotations d’un collègue…, Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Switch Author…</source>
        <translation>Changer d’auteur…</translation>
    </message>
    <message>
        <source>Delete… (documents)</source>
        <translation>Supprimer… (documents)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Supprimer l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>Hidden for your role:</source>
        <translation>Masqué pour votre rôle :</translation>
    </message>
    <message>
        <source>Nothing is hidden for your role.</source>
        <translation>Rien n’est masqué pour votre rôle.</translation>
    </message>
    <message>
        <source>Annotations by colleagues open read-only in the Annotation panel. The database itself enforces these rules, whatever program connects.</source>
        <translation>Les annotations des collègues s’ouvrent en lecture seule dans le panneau Annotation. La base de données elle-même applique ces règles, quel que soit le programme qui s’y connecte.</translation>
    </message>
    <message>
        <source>What can I do here?</source>
        <translation>Que puis-je faire ici ?</translation>
    </message>
    <message>
        <source>{who} changed this annotation meanwhile: choose which version to keep.</source>
        <translation>{who} a modifié cette annotation entre-temps : choisissez quelle version garder.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>Kept the version of {who}.</source>
        <translation>Version de {who} gardée.</translation>
    </message>
    <message>
        <source>your colleague</source>
        <translation>votre collègue</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No discussion yet. Write a comment below (Markdown works), or give a verdict with a reason.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Pas encore de discussion. Écrivez un commentaire ci-dessous (le Markdown fonctionne), ou donnez un verdict avec un motif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Include rejected</source>
        <translation>Inclure les rejetées</translation>
    </message>
    <message>
        <source>Measure / source</source>
        <translation>Mesure / source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>No dated figures yet: tag a date as a figure (F) — “15 luglio 2025”, “giovedì” — and give it a measure such as “deal announced”.</source>
        <translation>Pas encore de chiffre daté : balisez une date comme chiffre (F) — « 15 luglio 2025 », « giovedì » — et donnez-lui une mesure comme « accord annoncé ».</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>les sources divergent</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>une seule source</translation>
    </message>
    <message>
        <source>sources agree</source>
        <translation>les sources concordent</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>TimelineViewCounts</name>
    <message numerus="yes">
        <source>%n dated event(s)</source>
        <translation>
            <numerusform>%n événement daté</numerusform>
            <numerusform>%n événements datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date measure(s)</source>
        <translation>
            <numerusform>%n mesure de date</numerusform>
            <numerusform>%n mesures de date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreeing</source>
        <translation>
            <numerusform>%n en désaccord</numerusform>
            <numerusform>%n en désaccord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading the project</source>
        <translation>Mise à niveau du projet</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>Texte de l’article plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Texte de l’article plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Article text at its usual size</source>
        <translation>Texte de l’article à sa taille habituelle</translation>
    </message>
    <message>
        <source>Article text: {size} pt</source>
        <translation>Texte de l’article : {size} pt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System ({theme})</source>
        <translation>&amp;Système ({theme})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;Système ({language})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestée</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Affirme</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>affirme</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>range</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Entièrement fiable</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Généralement fiable</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Assez fiable</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Généralement peu fiable</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Peu fiable</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilité impossible à juger</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmée par d’autres sources</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probablement vraie</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Peut-être vraie</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Véracité impossible à juger</translation>
    </message>
</context>
<context>
    <name>WebAdder</name>
    <message>
        <source>Add from Web Address</source>
        <translation>Ajouter depuis une adresse web</translation>
    </message>
    <message>
        <source>Address of a web page, PDF or Word file (http:// or https://):</source>
        <translation>Adresse d’une page web, d’un PDF ou d’un fichier Word (http:// ou https://) :</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>Récupération de {url}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Annulé : rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Fetching {url}… {bytes} bytes</source>
        <translation>Récupération de {url}… {bytes} octets</translation>
    </message>
    <message>
        <source>Added “{title}” from {address}</source>
        <translation>« {title} » ajouté depuis {address}</translation>
    </message>
    <message>
        <source>The page was not added.</source>
        <translation>La page n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Ajouter le texte complet</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Ne pas ajouter</translation>
    </message>
    <message>
        <source>Its whole visible text (menus and links included) can be added instead.</source>
        <translation>Son texte visible entier (menus et liens compris) peut être ajouté à la place.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>WindowDocuments</name>
    <message>
        <source>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Web pages (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Text (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Sources (*.html *.htm *.pdf *.docx *.eml *.txt *.md *.markdown);;Pages web (*.html *.htm);;PDF (*.pdf);;Word (*.docx);;E-mail (*.eml);;Texte (*.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open or select a document first.</source>
        <translation>Ouvrez ou sélectionnez d’abord un document.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and its %n annotation(s)?

This cannot be undone, and it clears the undo history.</source>
        <translation>
            <numerusform>Supprimer « {title} » et son annotation (%n) ?

Cela ne peut pas être annulé et vide l’historique d’annulation.</numerusform>
            <numerusform>Supprimer « {title} » et ses %n annotations ?

Cela ne peut pas être annulé et vide l’historique d’annulation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No article was found in {names}. Add the full text of the page instead?</source>
        <translation>
            <numerusform>Aucun article trouvé dans {names}. Ajouter plutôt le texte complet de la page ?</numerusform>
            <numerusform>Aucun article trouvé dans {names}. Ajouter plutôt le texte complet de ces pages ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Full Text</source>
        <translation>Ajouter le texte complet</translation>
    </message>
    <message>
        <source>Don&apos;t Add</source>
        <translation>Ne pas ajouter</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <source>Import sources (.html, .pdf, .docx, .eml, .txt, .md)</source>
        <translation>Importer des sources (.html, .pdf, .docx, .eml, .txt, .md)</translation>
    </message>
    <message>
        <source>Add from &amp;Web Address…</source>
        <translation>Ajouter depuis une adresse &amp;web…</translation>
    </message>
    <message>
        <source>Fetch a web page, PDF or Word file, archive it and add it</source>
        <translation>Récupérer une page web, un PDF ou un fichier Word, l’archiver et l’ajouter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Evidence Desk</source>
        <translation>Quitter Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Supprimer l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>Document &amp;Metadata…</source>
        <translation>&amp;Métadonnées du document…</translation>
    </message>
    <message>
        <source>Edit the title, outlet, date and reliability of the article</source>
        <translation>Modifier le titre, le média, la date et la fiabilité de l’article</translation>
    </message>
    <message>
        <source>Tag as &amp;Entity</source>
        <translation>Baliser comme &amp;entité</translation>
    </message>
    <message>
        <source>Tag the selection as an entity (E in the article)</source>
        <translation>Baliser la sélection comme entité (E dans l’article)</translation>
    </message>
    <message>
        <source>Tag as &amp;Figure</source>
        <translation>Baliser comme &amp;chiffre</translation>
    </message>
    <message>
        <source>Tag the selection as a figure (F in the article)</source>
        <translation>Baliser la sélection comme chiffre (F dans l’article)</translation>
    </message>
    <message>
        <source>Tag as &amp;Claim</source>
        <translation>Baliser comme &amp;affirmation</translation>
    </message>
    <message>
        <source>Tag the selection as a claim (C in the article)</source>
        <translation>Baliser la sélection comme affirmation (C dans l’article)</translation>
    </message>
    <message>
        <source>New &amp;Pane</source>
        <translation>Nouveau &amp;volet</translation>
    </message>
    <message>
        <source>Open another article pane</source>
        <translation>Ouvrir un autre volet d’article</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Fermer le volet</translation>
    </message>
    <message>
        <source>Close the active pane</source>
        <translation>Fermer le volet actif</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>Filter Annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <source>Filter the annotation list</source>
        <translation>Filtrer la liste des annotations</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>Edit the selected annotation in the panel</source>
        <translation>Modifier l’annotation sélectionnée dans le panneau</translation>
    </message>
    <message>
        <source>&amp;Switch Author…</source>
        <translation>&amp;Changer d’auteur…</translation>
    </message>
    <message>
        <source>Annotate as someone else on this computer</source>
        <translation>Annoter en tant qu’une autre personne sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>Change your name and highlight colour</source>
        <translation>Changer votre nom et la couleur de vos surlignages</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and what the highlights mean</source>
        <translation>Tous les raccourcis clavier, et ce que signifient les surlignages</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>What the highlight colours, underlines, outlines and author colours mean</source>
        <translation>Ce que signifient les couleurs de surlignage, les soulignements, les contours et les couleurs des auteurs</translation>
    </message>
    <message>
        <source>&amp;About Evidence Desk</source>
        <translation>À &amp;propos d’Evidence Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Entity &amp;Type</source>
        <translation>&amp;Type d’entité</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Baliser :</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>WindowProjects</name>
    <message>
        <source>Evidence Desk projects (*.evidence);;All files (*)</source>
        <translation>Projets Evidence Desk (*.evidence);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Untitled.evidence</source>
        <translation>Sans titre.evidence</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>That project is already open.</source>
        <translation>Ce projet est déjà ouvert.</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>{project} is still open.</source>
        <translation>{project} est toujours ouvert.</translation>
    </message>
    <message>
        <source>Switch project</source>
        <translation>Changer de projet</translation>
    </message>
    <message>
        <source>Opened {project}</source>
        <translation>{project} ouvert</translation>
    </message>
    <message>
        <source>Annotate as {name}</source>
        <translation>Annoter en tant que {name}</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>Vous annotez en tant que {name}</translation>
    </message>
</context>
<context>
    <name>_RowsModel</name>
    <message>
        <source>Not graded</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>Source reliability: {grade}. Click to grade (A–F).</source>
        <translation>Fiabilité de la source : {grade}. Cliquez pour noter (A–F).</translation>
    </message>
</context>
</TS>
