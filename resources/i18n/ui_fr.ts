<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation>Une date (AAAA-MM-JJ) ou une période</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Modifier une action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation>Supprimer des actions</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation>Le groupe dont l&apos;évaluation est affichée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation>&amp;Mesures en place</translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation>Éléments de &amp;preuve et données</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Modifier une lacune</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Supprimer des lacunes</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Ce qui est nécessaire</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation>Modifier un besoin</translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation>Besoins d&apos;assistance technique</translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation>Supprimer des besoins</translation>
    </message>
    <message>
        <source>Add a gap (Ctrl+G)</source>
        <translation>Ajouter une lacune (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add a need, answering the gap selected (Ctrl+Shift+G)</source>
        <translation>Ajouter un besoin, répondant à la lacune sélectionnée (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lacunes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besoins d&apos;assistance technique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation>Aucun engagement à afficher : attribuez des chapitres ou des engagements à ce groupe sur la page Groupes de travail, ou modifiez les filtres.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(référence pas encore vérifiée)</translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation>Fixer le statut à {status}</translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation>Modifier l&apos;évaluation</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Nouvelle lacune</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Ajouter une lacune</translation>
    </message>
    <message>
        <source>The group marked this commitment not applicable: is the gap meant for it? (Edit &gt; Undo takes it back.)</source>
        <translation>Le groupe a marqué cet engagement « sans objet » : la lacune lui est-elle bien destinée ? (Édition &gt; Annuler la retire.)</translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation>Ajouter un besoin d&apos;assistance technique</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation>Filtrer par chapitre</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Tous les chapitres</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Filtrer par document</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation>Filtrer par défi de 2019</translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation>Tous les défis de 2019</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation>Rechercher référence, titre, résumé</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Rechercher des engagements</translation>
    </message>
    <message>
        <source>&amp;Move on after a status key</source>
        <translation>&amp;Passer au suivant après une touche de statut</translation>
    </message>
    <message>
        <source>After 0-4, N or ? on the list, go to the next commitment: one key per commitment</source>
        <translation>Après 0-4, N ou ? dans la liste, passer à l&apos;engagement suivant : une touche par engagement</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation>0-4, N ou ? fixent le statut ; Ctrl+Bas et Ctrl+Haut (ou Page suivante et Page précédente) passent à l&apos;engagement suivant ou précédent</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <source>A group&apos;s copy and this file changed the same answer: choose one on the consensus page.</source>
        <translation>La copie d&apos;un groupe et ce fichier ont modifié la même réponse : choisissez-en une sur la page du consensus.</translation>
    </message>
    <message>
        <source>The groups&apos; statuses differ.</source>
        <translation>Les statuts des groupes diffèrent.</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>Groups differ</source>
        <translation>Les groupes diffèrent</translation>
    </message>
    <message>
        <source>Not assessed by any group</source>
        <translation>Évalué par aucun groupe</translation>
    </message>
    <message>
        <source>Has gaps</source>
        <translation>Avec des lacunes</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>Changé depuis la référence</translation>
    </message>
    <message>
        <source>Conflicts with a group&apos;s copy</source>
        <translation>Conflits avec la copie d&apos;un groupe</translation>
    </message>
    <message>
        <source>The groups&apos; answers</source>
        <translation>Les réponses des groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>The group&apos;s copy and this file both changed these since the copy was made: both values are kept until you choose one</source>
        <translation>La copie du groupe et ce fichier ont tous deux modifié ces éléments depuis la création de la copie : les deux valeurs sont conservées jusqu&apos;à ce que vous en choisissiez une</translation>
    </message>
    <message>
        <source>Take the selected group&apos;s status</source>
        <translation>Prendre le statut du groupe sélectionné</translation>
    </message>
    <message>
        <source>The status of the group selected above becomes the consensus (Ctrl+1 for the first group, Ctrl+2 for the second...)</source>
        <translation>Le statut du groupe sélectionné ci-dessus devient le consensus (Ctrl+1 pour le premier groupe, Ctrl+2 pour le deuxième…)</translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation>Statut consensuel</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>&amp;Désaccord</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les réponses des groupes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation>Aucun engagement à afficher.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(référence pas encore vérifiée)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; ({date}): {status}</source>
        <translation>&lt;b&gt;Référence&lt;/b&gt; ({date}) : {status}</translation>
    </message>
    <message>
        <source>no status agreed</source>
        <translation>aucun statut convenu</translation>
    </message>
    <message>
        <source>{group}, {what}: this file has {here}; the group&apos;s copy has {copy}.</source>
        <translation>{group}, {what} : ce fichier contient {here} ; la copie du groupe contient {copy}.</translation>
    </message>
    <message>
        <source>Keep this file&apos;s</source>
        <translation>Garder celle de ce fichier</translation>
    </message>
    <message>
        <source>Take the group&apos;s</source>
        <translation>Prendre celle du groupe</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>éléments de preuve</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>prestataires</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>Take the group&apos;s answer</source>
        <translation>Prendre la réponse du groupe</translation>
    </message>
    <message>
        <source>Keep this file&apos;s answer</source>
        <translation>Garder la réponse de ce fichier</translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation>Adopter le statut {status}</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>Modifier le consensus</translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation>Clic, Espace ou Entrée : vide, contribue, dirige</translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation>Marquer une contribution</translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation>Marquer une direction</translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation>Effacer une case de la carte</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation>Carte de la coordination : institutions par chapitre</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation>Tapez une partie du nom du pays pour chercher</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>Note (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation>Participant (facultatif)</translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation>Modifier une réponse</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation>Supprimer des réponses</translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation>Cette évaluation n&apos;a pas de questions.</translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation>{n} réponses, moyenne {mean:.1f} sur 5</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation>Instructions et questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation>Afficher ou masquer ce que dit la définition de cet exercice</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <source>Give a group its copy</source>
        <translation>Donner sa copie à un groupe</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Include participants&apos; names and e-mails</source>
        <translation>Inclure les noms et adresses électroniques des participants</translation>
    </message>
    <message>
        <source>Left out by default: the group&apos;s laptop does not need them</source>
        <translation>Exclus par défaut : l&apos;ordinateur du groupe n&apos;en a pas besoin</translation>
    </message>
    <message>
        <source>The copy opens on the group&apos;s laptop like any workshop. The group assesses its commitments and names gaps and needs; the rest is shown read-only. Bring it back with File &gt; Collect group work.</source>
        <translation>La copie s&apos;ouvre sur l&apos;ordinateur du groupe comme n&apos;importe quel atelier. Le groupe évalue ses engagements et nomme les lacunes et les besoins ; le reste est affiché en lecture seule. Récupérez-la avec Fichier &gt; Rassembler le travail des groupes.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
</context>
<context>
    <name>GroupCopies</name>
    <message>
        <source>That working group is no longer in the workshop.</source>
        <translation>Ce groupe de travail ne fait plus partie de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The copy for {group} was written to {path}. Open it with the app on the group&apos;s laptop; bring it back with File &gt; Collect group work.</source>
        <translation>La copie pour {group} a été écrite dans {path}. Ouvrez-la avec l&apos;application sur l&apos;ordinateur du groupe ; récupérez-la avec Fichier &gt; Rassembler le travail des groupes.</translation>
    </message>
    <message>
        <source>Collect the work of {group}</source>
        <translation>Rassembler le travail de {group}</translation>
    </message>
    <message>
        <source>{name} was not collected (see the message before).</source>
        <translation>{name} n&apos;a pas été rassemblé (voir le message précédent).</translation>
    </message>
    <message>
        <source>Both values are kept: the consensus page marks the commitments, and its status filter lists every conflict.</source>
        <translation>Les deux valeurs sont conservées : la page du consensus signale les engagements, et son filtre de statut liste chaque conflit.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation>Déposez des participants ici pour les ajouter à un groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation>Supprimer le groupe avec ses évaluations (annulable)</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation>Membres (cochez les participants de ce groupe)</translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation>Cochez les membres de ce groupe, ou faites glisser des participants sur un autre groupe à gauche</translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation>Chapitres évalués par ce groupe</translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation>Engagement à attribuer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation>Attribuer cet engagement isolé au groupe</translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation>Engagements isolés attribués</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation>&amp;Engagements isolés</translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation>Ajoutez un groupe de travail pour commencer.</translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation>Ce groupe évalue {n} engagements.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Groupe {n}</translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation>Ajouter un groupe de travail</translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation>Supprimer un groupe de travail</translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation>Renommer un groupe de travail</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Retirer un membre</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Ajouter %n membre</numerusform>
            <numerusform>Ajouter %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation>Attribuer un chapitre</translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation>Retirer un chapitre</translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation>Attribuer un engagement</translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation>Retirer un engagement</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation>Carte thermique du statut consensuel par chapitre</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Pas encore de consensus</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>On a commitment list: set the status (the group&apos;s, or the consensus)</source>
        <translation>Dans une liste d&apos;engagements : fixer le statut (celui du groupe, ou le consensus)</translation>
    </message>
    <message>
        <source>Next or previous commitment</source>
        <translation>Engagement suivant ou précédent</translation>
    </message>
    <message>
        <source>Assessment: add a gap</source>
        <translation>Évaluation : ajouter une lacune</translation>
    </message>
    <message>
        <source>Assessment: add a need answering the gap selected</source>
        <translation>Évaluation : ajouter un besoin répondant à la lacune sélectionnée</translation>
    </message>
    <message>
        <source>Consensus: take the status of the first, second... group</source>
        <translation>Consensus : prendre le statut du premier, du deuxième… groupe</translation>
    </message>
    <message>
        <source>Projector mode; Esc leaves it</source>
        <translation>Mode projecteur ; Échap pour en sortir</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Annuler, rétablir</translation>
    </message>
    <message>
        <source>New workshop, open, close, quit</source>
        <translation>Nouvel atelier, ouvrir, fermer, quitter</translation>
    </message>
    <message>
        <source>In a table: remove the rows selected</source>
        <translation>Dans un tableau : supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each group gives each of its commitments one status; the plenary agrees one for the workshop. Not applicable: the commitment does not concern the country. Not known: nobody in the room could say.</source>
        <translation>Chaque groupe donne un statut à chacun de ses engagements ; la plénière en convient d&apos;un pour l&apos;atelier. Sans objet : l&apos;engagement ne concerne pas le pays. Inconnu : personne dans la salle n&apos;a pu le dire.</translation>
    </message>
    <message>
        <source>The implementation scale</source>
        <translation>L&apos;échelle de mise en œuvre</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Guide de l&apos;animateur</translation>
    </message>
    <message>
        <source>Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 {pyside}.</source>
        <translation>Boîte à outils de l&apos;atelier sur la politique en matière de drogues {version}. Catalogue : {catalog}. PySide6 {pyside}.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation>Choisissez la langue de l&apos;interface (vous pourrez la changer plus tard dans Affichage &gt; Langue).</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>Fichiers d&apos;atelier (*.workshop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation>Atelier sur la politique en matière de drogues</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation>Étapes de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l&apos;atelier de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation>Écrire une copie du fichier de l&apos;atelier, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation>&amp;Résultats consolidés (secrétariat)…</translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation>Fusionner les paquets d&apos;échange de nombreux ateliers en un seul fichier</translation>
    </message>
    <message>
        <source>Import a ministry &amp;review…</source>
        <translation>Importer une &amp;revue ministérielle…</translation>
    </message>
    <message>
        <source>Read back a reviewed full results workbook: see what would change, then record the review</source>
        <translation>Relire un classeur de résultats complets revu : voir ce qui changerait, puis consigner la revue</translation>
    </message>
    <message>
        <source>&amp;Give a group its copy…</source>
        <translation>&amp;Donner sa copie à un groupe…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop for one working group&apos;s laptop</source>
        <translation>Écrire une copie de l&apos;atelier pour l&apos;ordinateur d&apos;un groupe de travail</translation>
    </message>
    <message>
        <source>Co&amp;llect group work…</source>
        <translation>&amp;Rassembler le travail des groupes…</translation>
    </message>
    <message>
        <source>Bring the groups&apos; copies back: their changes are taken field by field, and where this file changed the same answer both are kept (you can also drop copies on the window)</source>
        <translation>Récupérer les copies des groupes : leurs modifications sont reprises champ par champ, et là où ce fichier a modifié la même réponse, les deux sont conservées (vous pouvez aussi déposer les copies sur la fenêtre)</translation>
    </message>
    <message>
        <source>Write the e&amp;xchange package…</source>
        <translation>Écrire le paquet d&apos;é&amp;change…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat</source>
        <translation>Le fichier qui transmet les résultats de l&apos;atelier au secrétariat</translation>
    </message>
    <message>
        <source>Paper &amp;worksheets…</source>
        <translation>Fiches &amp;papier…</translation>
    </message>
    <message>
        <source>Print worksheets for each working group, a sign-in sheet and the evaluation form, for a power cut or a room with one laptop</source>
        <translation>Imprimer les fiches de chaque groupe de travail, une feuille d&apos;émargement et le formulaire d&apos;évaluation, pour une coupure de courant ou une salle avec un seul ordinateur</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to one of the copies the app keeps automatically; the file as it is now is kept beside it</source>
        <translation>Revenir à l&apos;une des copies que l&apos;application garde automatiquement ; le fichier dans son état actuel est conservé à côté</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation>Afficher un engagement à la fois en grands caractères, en plein écran (F5 ; Échap pour sortir)</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>&amp;Notes de séance…</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s log of each day, kept in the file and in the full results workbook (Ctrl+L)</source>
        <translation>Le journal du rapporteur pour chaque jour, gardé dans le fichier et dans le classeur complet des résultats (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Countdown…</source>
        <translation>&amp;Compte à rebours…</translation>
    </message>
    <message>
        <source>Time group work or a plenary round: the time left shows here and on the projector (Ctrl+T)</source>
        <translation>Minuter le travail en groupe ou un tour de plénière : le temps restant s&apos;affiche ici et au projecteur (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;guide</source>
        <translation>&amp;Guide de l&apos;animateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The implementation &amp;scale</source>
        <translation>L&apos;é&amp;chelle de mise en œuvre</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>{problem}

The newest good backup is revision {revision} of {time}. Restore it and open it? The file as it is now is kept beside it.</source>
        <translation>{problem}

La sauvegarde valide la plus récente est la révision {revision} du {time}. La restaurer et l&apos;ouvrir ? Le fichier dans son état actuel est conservé à côté.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Revision {revision} was restored; the file as it was is kept as {name}.</source>
        <translation>La révision {revision} a été restaurée ; le fichier tel qu&apos;il était est conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation>Ouvrir ou créer un fichier consolidé</translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation>Fichiers consolidés (*.consolidated);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation>{name} n&apos;est pas un fichier consolidé : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Enregistrer le nouvel atelier sous</translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation>Création de l&apos;atelier de démonstration…</translation>
    </message>
    <message>
        <source>The demo workshop was not built.</source>
        <translation>L&apos;atelier de démonstration n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>Une copie a été enregistrée sous {path}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>La copie a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Écriture de la copie…</translation>
    </message>
    <message>
        <source>Import a ministry review</source>
        <translation>Importer une revue ministérielle</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The review by {reviewer} was recorded ({n} views and comments).</source>
        <translation>La revue de {reviewer} a été consignée ({n} avis et commentaires).</translation>
    </message>
    <message>
        <source>Reading the reviewed workbook…</source>
        <translation>Lecture du classeur revu…</translation>
    </message>
    <message>
        <source>The workshop has no working groups yet: add them on the Working groups page first.</source>
        <translation>L&apos;atelier n&apos;a pas encore de groupes de travail : ajoutez-les d&apos;abord sur la page Groupes de travail.</translation>
    </message>
    <message>
        <source>Save the copy for {group} as</source>
        <translation>Enregistrer la copie pour {group} sous</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Minutes (0 stops the countdown):</source>
        <translation>Minutes (0 arrête le compte à rebours) :</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Folder for the paper worksheets</source>
        <translation>Dossier des fiches papier</translation>
    </message>
    <message>
        <source>{n} worksheets written to {folder}</source>
        <translation>{n} fiches écrites dans {folder}</translation>
    </message>
    <message>
        <source>Writing the paper worksheets…</source>
        <translation>Écriture des fiches papier…</translation>
    </message>
    <message>
        <source>Collect group work</source>
        <translation>Rassembler le travail des groupes</translation>
    </message>
    <message>
        <source>Group work collected</source>
        <translation>Travail des groupes rassemblé</translation>
    </message>
    <message>
        <source>This is the copy of {group} of the workshop “{title}”. Assess the group&apos;s commitments and name its gaps and needs; the rest is shown for reference and is changed in the facilitator&apos;s file, where this copy is collected (File &gt; Collect group work).</source>
        <translation>Ceci est la copie de {group} de l&apos;atelier « {title} ». Évaluez les engagements du groupe et nommez ses lacunes et ses besoins ; le reste est affiché pour référence et se modifie dans le fichier de l&apos;animateur, où cette copie est rassemblée (Fichier &gt; Rassembler le travail des groupes).</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation>{name} est ouvert en lecture seule (le fichier ou son dossier ne peut pas être modifié) : vous pouvez le lire et le présenter, mais les modifications ne peuvent pas être enregistrées. Utilisez Fichier &gt; Enregistrer une copie pour travailler sur une copie.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Not yet on the disk ({problem}): keep the app open; it tries again with the next change</source>
        <translation>Pas encore sur le disque ({problem}) : gardez l&apos;application ouverte ; elle réessaie à la prochaine modification</translation>
    </message>
    <message>
        <source>Saving… (revision {n})</source>
        <translation>Enregistrement… (révision {n})</translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation>Toutes les modifications sont enregistrées (révision {n})</translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation>{title} — {country} — Atelier sur la politique en matière de drogues</translation>
    </message>
    <message>
        <source>Not saved: the file is no longer there</source>
        <translation>Non enregistré : le fichier n’est plus là</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>{name} is open for writing in another window or program, so it is shown read-only here: changes cannot be saved in this window.</source>
        <translation>{name} est ouvert en écriture dans une autre fenêtre ou un autre programme ; il est donc affiché ici en lecture seule : les modifications ne peuvent pas être enregistrées dans cette fenêtre.</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only here, to read and present it?</source>
        <translation>{problem}

L’ouvrir ici en lecture seule, pour le lire et le présenter ?</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Next you choose where the workshop file goes (proposed: {folder}). It is one file: every change is saved to it at once, and backups are kept by the app.</source>
        <translation>Vous choisirez ensuite où enregistrer le fichier de l&apos;atelier (proposé : {folder}). C&apos;est un seul fichier : chaque modification y est enregistrée aussitôt, et l&apos;application en garde des sauvegardes.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation>Atelier national de mise en œuvre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>P&amp;remier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Write the exchange package</source>
        <translation>Écrire le paquet d&apos;échange</translation>
    </message>
    <message>
        <source>The exchange package carries the workshop&apos;s results to the secretariat. Participants&apos; names and e-mails are left out unless you include them; the counts by institution, sector and sex stay.</source>
        <translation>Le paquet d&apos;échange transmet les résultats de l&apos;atelier au secrétariat. Les noms et adresses électroniques des participants en sont exclus, sauf si vous les incluez ; les décomptes par institution, secteur et sexe restent.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Sans les noms</translation>
    </message>
    <message>
        <source>Include names and e-mails</source>
        <translation>Inclure noms et courriels</translation>
    </message>
    <message>
        <source>Save the exchange package as</source>
        <translation>Enregistrer le paquet d&apos;échange sous</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>Paquets d&apos;échange (*.zip)</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, with participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>Le paquet d&apos;échange (révision {revision}, avec les noms des participants) a été écrit dans {path} : envoyez ce fichier au secrétariat.</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, without participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>Le paquet d&apos;échange (révision {revision}, sans les noms des participants) a été écrit dans {path} : envoyez ce fichier au secrétariat.</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>Écriture du paquet d&apos;échange…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation>Institutions et participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation>Modifier une institution</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation>Supprimer des institutions</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>Courriel (facultatif)</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>Modifier un participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Supprimer des participants</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation>Coller des lignes copiées d&apos;un tableur : institution (nom ou sigle), fonction, sexe, nom</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>Institution du nouveau participant</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>Fonction du nouveau participant</translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation>Sexe du nouveau participant</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter le participant</translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation>Ajouter le participant (Entrée dans n&apos;importe quel champ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Institutions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nouvelle institution</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>Ajouter une institution</translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation>Ajoutez d&apos;abord l&apos;institution du participant.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation>La ligne {n} du texte collé ne nomme aucune institution : rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation>La ligne {n} du texte collé indique le sexe {value}, qui ne fait pas partie de : {choices}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>Coller %n participant</numerusform>
            <numerusform>Coller %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Mode projecteur</translation>
    </message>
    <message>
        <source>Gaps, by rank</source>
        <translation>Lacunes, par rang</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} — arrows move, Esc leaves</source>
        <translation>{first}–{last} sur {total} — flèches pour avancer, Échap pour sortir</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Pas encore de consensus</translation>
    </message>
    <message>
        <source>Commitments by chapter and agreed status — Esc leaves</source>
        <translation>Engagements par chapitre et statut convenu — Échap pour sortir</translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation>Aucun engagement dans le champ.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(référence pas encore vérifiée)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation>{n} sur {total} — les flèches avancent, Échap pour sortir</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation>1 est le plus important ; laissez vide pour les lacunes non classées</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Modifier une lacune</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Supprimer des lacunes</translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation>Classer par votes</translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation>Numéroter les lacunes 1, 2, 3... du plus grand nombre de votes au plus petit</translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n lacune</numerusform>
            <numerusform>%n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>The commitment the gap is on:</source>
        <translation>L&apos;engagement concerné par la lacune :</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Nouvelle lacune</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Ajouter une lacune</translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation>Classer les lacunes par votes</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation>Ajouter une ligne (Ctrl+N quand le tableau a le focus)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} doit être un nombre entier.</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Gap report (PDF)…</source>
        <translation>Rapport sur les lacunes (PDF)…</translation>
    </message>
    <message>
        <source>Status and gaps (Excel)…</source>
        <translation>Statuts et lacunes (Excel)…</translation>
    </message>
    <message>
        <source>Technical-assistance report (PDF)…</source>
        <translation>Rapport sur l&apos;assistance technique (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (Excel)…</source>
        <translation>Besoins d&apos;assistance technique (Excel)…</translation>
    </message>
    <message>
        <source>Full results workbook (Excel)…</source>
        <translation>Classeur des résultats complets (Excel)…</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>Rapport consolidé (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (PDF)…</source>
        <translation>Besoins d&apos;assistance technique (PDF)…</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>La langue de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>&amp;Langue des rapports</translation>
    </message>
    <message>
        <source>List participants by name</source>
        <translation>Nommer les participants</translation>
    </message>
    <message>
        <source>Add the list of participants with their names, institutions and roles to the gap report (PDF)</source>
        <translation>Ajouter au rapport sur les lacunes (PDF) la liste des participants avec leurs noms, institutions et rôles</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {name} (the open file is at revision {revision}). Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, so nothing is lost.</source>
        <translation>Sauvegardes de {name} (le fichier ouvert est à la révision {revision}). La restauration met la copie choisie à la place du fichier ; le fichier dans son état actuel est conservé à côté sous un nouveau nom, rien n&apos;est donc perdu.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>No backup of this workshop has been made yet.</source>
        <translation>Aucune sauvegarde de cet atelier n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation>Statut consensuel par chapitre</translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation>Lacunes et besoins par priorité</translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation>Besoins par type d&apos;assistance</translation>
    </message>
    <message>
        <source>Progress since the baseline</source>
        <translation>Progrès depuis la référence</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>En recul</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Sans référence</translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation>Lacunes et besoins d&apos;assistance technique</translation>
    </message>
    <message>
        <source>Write the exchange package for the secretariat…</source>
        <translation>Écrire le paquet d&apos;échange pour le secrétariat…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat (File &gt; Write the exchange package)</source>
        <translation>Le fichier qui transmet les résultats de l&apos;atelier au secrétariat (Fichier &gt; Écrire le paquet d&apos;échange)</translation>
    </message>
    <message>
        <source>Since {title} ({date}).</source>
        <translation>Depuis {title} ({date}).</translation>
    </message>
    <message>
        <source>Not compared (no place in this catalog version): {ids}.</source>
        <translation>Non comparés (sans place dans cette version du catalogue) : {ids}.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation>{group} : engagements évalués</translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation>Plénière : engagements ayant un consensus</translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation>Lacunes : {gaps}   Besoins d&apos;assistance technique : {needs}   Actions : {actions}   Désaccords consignés : {dissents}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Ministry review: what would change</source>
        <translation>Revue ministérielle : ce qui changerait</translation>
    </message>
    <message>
        <source>Review by {reviewer} of {date}, from the workbook {name} (written at revision {revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits outside the review columns are ignored and never applied.</source>
        <translation>Revue de {reviewer} du {date}, tirée du classeur {name} (écrit à la révision {revision}) : {new} nouveaux, {changed} modifiés, {unchanged} inchangés. {ignored} modifications hors des colonnes de revue sont ignorées et jamais appliquées.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Reviews in the workbook</source>
        <translation>Avis du classeur</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Tel qu&apos;exporté</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Why ignored</source>
        <translation>Motif de l&apos;omission</translation>
    </message>
    <message>
        <source>Edits outside the review columns (ignored)</source>
        <translation>Modifications hors des colonnes de revue (ignorées)</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;Consigner la revue</translation>
    </message>
    <message>
        <source>Nothing new to record.</source>
        <translation>Rien de nouveau à consigner.</translation>
    </message>
    <message>
        <source>Reviews ({n})</source>
        <translation>Avis ({n})</translation>
    </message>
    <message>
        <source>Ignored edits ({n})</source>
        <translation>Modifications ignorées ({n})</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Déjà fusionné</translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation>A remplacé une révision plus ancienne</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation>Paquets d&apos;échange (*.wspkg *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation>{name} — résultats consolidés</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Ajouter des paquets…</translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation>Fusionner des paquets d&apos;échange dans ce fichier (vous pouvez aussi faire glisser les fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation>Résultats des fusions</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation>Ateliers fusionnés</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation>Historique des fusions du fichier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation>Révision remplacée</translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation>Statut consensuel par chapitre, tous ateliers</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation>Aucun paquet fusionné : ajoutez des paquets pour commencer.</translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation>{workshops} ateliers de {countries} pays dans {name}.</translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation>Participants : {participants}   Lacunes : {gaps}   Besoins d&apos;assistance technique : {needs}   Actions : {actions}</translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation>Ajouter des paquets d&apos;échange</translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation>{applied} paquets sur {total} fusionnés.</translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation>Arrêté après {done} paquets ; les autres n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation>Résultats consolidés</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Fusion des paquets…</translation>
    </message>
</context>
<context>
    <name>SessionNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Notes of the day</source>
        <translation>Notes du jour</translation>
    </message>
    <message>
        <source>What was decided, who said what needs following up, what changed in the programme...</source>
        <translation>Ce qui a été décidé, ce qui doit être suivi et par qui, ce qui a changé dans le programme…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Write the session notes</source>
        <translation>Écrire les notes de séance</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Modifier la langue</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>&amp;Langue de travail</translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation>Documents couverts (aucun coché : tous)</translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation>Chapitres couverts (aucun coché : tous)</translation>
    </message>
    <message>
        <source>Baseline (a follow-up workshop)</source>
        <translation>Référence (atelier de suivi)</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>&amp;Référence…</translation>
    </message>
    <message>
        <source>An earlier workshop of the same country (its workshop file or exchange package): its agreed statuses and gaps are copied in, and progress is shown since. This cannot be undone; taking another baseline replaces it.</source>
        <translation>Un atelier antérieur du même pays (son fichier d&apos;atelier ou son paquet d&apos;échange) : ses statuts convenus et ses lacunes sont copiés, et les progrès depuis sont affichés. Cela ne peut pas être annulé ; une nouvelle référence remplace la précédente.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation>Engagements couverts : {n}</translation>
    </message>
    <message>
        <source>No baseline: this is a first workshop.</source>
        <translation>Pas de référence : c&apos;est un premier atelier.</translation>
    </message>
    <message>
        <source>Baseline: {title}, {start} (revision {revision}).</source>
        <translation>Référence : {title}, {start} (révision {revision}).</translation>
    </message>
    <message>
        <source>The earlier workshop (workshop file or exchange package)</source>
        <translation>L&apos;atelier antérieur (fichier d&apos;atelier ou paquet d&apos;échange)</translation>
    </message>
    <message>
        <source>Workshop files and exchange packages (*.workshop *.zip)</source>
        <translation>Fichiers d&apos;atelier et paquets d&apos;échange (*.workshop *.zip)</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Modifier le pays</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>Modifier les dates</translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation>Modifier le champ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Atelier sur la politique en matière de drogues&lt;/h2&gt;&lt;p&gt;Créez un atelier, ouvrez-en un ou découvrez l&apos;atelier de démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>Créer un nouveau fichier d&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;Ouvrir un atelier…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Ouvrir un fichier d&apos;atelier</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Ouvrir l&apos;atelier de &amp;démonstration</translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation>Un atelier fictif complet à découvrir</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label} (touche {key})</translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation>Cet atelier est ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation>Erreur inattendue ({kind} : {error}) ; merci de la signaler en indiquant ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
