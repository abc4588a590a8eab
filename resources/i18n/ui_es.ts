<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation>Una fecha (AAAA-MM-DD) o un período</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>Editar una acción</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation>Eliminar acciones</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation>El grupo cuya evaluación se muestra</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation>&amp;Medidas existentes</translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation>&amp;Pruebas y datos</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Editar una carencia</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Eliminar carencias</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Qué se necesita</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation>Editar una necesidad</translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation>Necesidades de asistencia técnica</translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation>Eliminar necesidades</translation>
    </message>
    <message>
        <source>Add a gap (Ctrl+G)</source>
        <translation>Añadir una carencia (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add a need, answering the gap selected (Ctrl+Shift+G)</source>
        <translation>Añadir una necesidad que responda a la carencia seleccionada (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Carencias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Necesidades de asistencia técnica&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation>No hay compromisos que mostrar: asigne capítulos o compromisos a este grupo en la página Grupos de trabajo, o cambie los filtros.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(referencia aún no verificada)</translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation>Fijar el estado en {status}</translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation>Editar la evaluación</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Nueva carencia</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Añadir una carencia</translation>
    </message>
    <message>
        <source>The group marked this commitment not applicable: is the gap meant for it? (Edit &gt; Undo takes it back.)</source>
        <translation>El grupo marcó este compromiso como no aplicable: ¿la carencia es para él? (Edición &gt; Deshacer la retira.)</translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation>Añadir una necesidad de asistencia técnica</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation>Filtrar por capítulo</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>Todos los capítulos</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Filtrar por documento</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation>Filtrar por desafío de 2019</translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation>Todos los desafíos de 2019</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún no evaluado</translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation>Buscar referencia, título, resumen</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Buscar compromisos</translation>
    </message>
    <message>
        <source>&amp;Move on after a status key</source>
        <translation>&amp;Pasar al siguiente tras una tecla de estado</translation>
    </message>
    <message>
        <source>After 0-4, N or ? on the list, go to the next commitment: one key per commitment</source>
        <translation>Tras 0-4, N o ? en la lista, pasar al compromiso siguiente: una tecla por compromiso</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation>0-4, N o ? fijan el estado; Ctrl+Abajo y Ctrl+Arriba (o Av Pág y Re Pág) pasan al compromiso siguiente o anterior</translation>
    </message>
</context>
<context>
    <name>CommitmentListModel</name>
    <message>
        <source>A group&apos;s copy and this file changed the same answer: choose one on the consensus page.</source>
        <translation>La copia de un grupo y este archivo cambiaron la misma respuesta: elija una en la página del consenso.</translation>
    </message>
    <message>
        <source>The groups&apos; statuses differ.</source>
        <translation>Los estados de los grupos difieren.</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>Groups differ</source>
        <translation>Los grupos difieren</translation>
    </message>
    <message>
        <source>Not assessed by any group</source>
        <translation>Sin evaluar por ningún grupo</translation>
    </message>
    <message>
        <source>Has gaps</source>
        <translation>Con carencias</translation>
    </message>
    <message>
        <source>Changed since the baseline</source>
        <translation>Cambiado desde la referencia</translation>
    </message>
    <message>
        <source>Conflicts with a group&apos;s copy</source>
        <translation>Conflictos con la copia de un grupo</translation>
    </message>
    <message>
        <source>The groups&apos; answers</source>
        <translation>Las respuestas de los grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>The group&apos;s copy and this file both changed these since the copy was made: both values are kept until you choose one</source>
        <translation>La copia del grupo y este archivo cambiaron estos elementos desde que se hizo la copia: se conservan ambos valores hasta que elija uno</translation>
    </message>
    <message>
        <source>Take the selected group&apos;s status</source>
        <translation>Tomar el estado del grupo seleccionado</translation>
    </message>
    <message>
        <source>The status of the group selected above becomes the consensus (Ctrl+1 for the first group, Ctrl+2 for the second...)</source>
        <translation>El estado del grupo seleccionado arriba pasa a ser el consenso (Ctrl+1 para el primer grupo, Ctrl+2 para el segundo…)</translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation>Estado por consenso</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Disenso</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation>&amp;Disenso</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las respuestas de los grupos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation>No hay compromisos que mostrar.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(referencia aún no verificada)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; ({date}): {status}</source>
        <translation>&lt;b&gt;Referencia&lt;/b&gt; ({date}): {status}</translation>
    </message>
    <message>
        <source>no status agreed</source>
        <translation>ningún estado acordado</translation>
    </message>
    <message>
        <source>{group}, {what}: this file has {here}; the group&apos;s copy has {copy}.</source>
        <translation>{group}, {what}: este archivo tiene {here}; la copia del grupo tiene {copy}.</translation>
    </message>
    <message>
        <source>Keep this file&apos;s</source>
        <translation>Conservar la de este archivo</translation>
    </message>
    <message>
        <source>Take the group&apos;s</source>
        <translation>Tomar la del grupo</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>carencia</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>medidas</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>proveedores</translation>
    </message>
    <message>
        <source>timeframe</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>Take the group&apos;s answer</source>
        <translation>Tomar la respuesta del grupo</translation>
    </message>
    <message>
        <source>Keep this file&apos;s answer</source>
        <translation>Conservar la respuesta de este archivo</translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation>Acordar el estado {status}</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>Editar el consenso</translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation>Clic, Espacio o Intro: vacío, contribuye, dirige</translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation>Marcar una contribución</translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation>Marcar una dirección</translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation>Vaciar una casilla del mapa</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation>Mapa de coordinación: instituciones por capítulo</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation>Escriba parte del nombre del país para buscar</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>Puntuación (1-5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation>Participante (opcional)</translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation>Editar una respuesta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation>Eliminar respuestas</translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation>Esta evaluación no tiene preguntas.</translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation>{n} respuestas, media {mean:.1f} de 5</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Añadir una respuesta</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation>Instrucciones y preguntas orientativas</translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation>Mostrar u ocultar lo que dice la definición de este ejercicio</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <source>Give a group its copy</source>
        <translation>Dar a un grupo su copia</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Include participants&apos; names and e-mails</source>
        <translation>Incluir los nombres y correos electrónicos de los participantes</translation>
    </message>
    <message>
        <source>Left out by default: the group&apos;s laptop does not need them</source>
        <translation>Excluidos por defecto: el portátil del grupo no los necesita</translation>
    </message>
    <message>
        <source>The copy opens on the group&apos;s laptop like any workshop. The group assesses its commitments and names gaps and needs; the rest is shown read-only. Bring it back with File &gt; Collect group work.</source>
        <translation>La copia se abre en el portátil del grupo como cualquier taller. El grupo evalúa sus compromisos y nombra carencias y necesidades; el resto se muestra en modo de solo lectura. Recupérela con Archivo &gt; Reunir el trabajo de los grupos.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
</context>
<context>
    <name>GroupCopies</name>
    <message>
        <source>That working group is no longer in the workshop.</source>
        <translation>Ese grupo de trabajo ya no está en el taller.</translation>
    </message>
    <message>
        <source>The copy for {group} was written to {path}. Open it with the app on the group&apos;s laptop; bring it back with File &gt; Collect group work.</source>
        <translation>La copia para {group} se escribió en {path}. Ábrala con la aplicación en el portátil del grupo; recupérela con Archivo &gt; Reunir el trabajo de los grupos.</translation>
    </message>
    <message>
        <source>Collect the work of {group}</source>
        <translation>Reunir el trabajo de {group}</translation>
    </message>
    <message>
        <source>{name} was not collected (see the message before).</source>
        <translation>{name} no se reunió (vea el mensaje anterior).</translation>
    </message>
    <message>
        <source>Both values are kept: the consensus page marks the commitments, and its status filter lists every conflict.</source>
        <translation>Se conservan ambos valores: la página del consenso marca los compromisos y su filtro de estado enumera cada conflicto.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation>Suelte aquí participantes para añadirlos a un grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation>Eliminar el grupo con sus evaluaciones (se puede deshacer)</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation>Miembros (marque los participantes de este grupo)</translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation>Marque los miembros de este grupo, o arrastre participantes a otro grupo de la izquierda</translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation>Capítulos evaluados por este grupo</translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation>Compromiso que asignar</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation>Asignar este compromiso suelto al grupo</translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation>Compromisos sueltos asignados</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation>&amp;Compromisos sueltos</translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation>Añada un grupo de trabajo para empezar.</translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation>Este grupo evalúa {n} compromisos.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation>Añadir un grupo de trabajo</translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation>Eliminar un grupo de trabajo</translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation>Cambiar el nombre de un grupo de trabajo</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation>Quitar un miembro</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Añadir %n miembro</numerusform>
            <numerusform>Añadir %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation>Asignar un capítulo</translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation>Quitar un capítulo</translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation>Asignar un compromiso</translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation>Quitar un compromiso</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation>Mapa de calor del estado por consenso por capítulo</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Aún no hay consenso</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>On a commitment list: set the status (the group&apos;s, or the consensus)</source>
        <translation>En una lista de compromisos: fijar el estado (el del grupo o el consenso)</translation>
    </message>
    <message>
        <source>Next or previous commitment</source>
        <translation>Compromiso siguiente o anterior</translation>
    </message>
    <message>
        <source>Assessment: add a gap</source>
        <translation>Evaluación: añadir una carencia</translation>
    </message>
    <message>
        <source>Assessment: add a need answering the gap selected</source>
        <translation>Evaluación: añadir una necesidad que responda a la carencia seleccionada</translation>
    </message>
    <message>
        <source>Consensus: take the status of the first, second... group</source>
        <translation>Consenso: tomar el estado del primer, segundo… grupo</translation>
    </message>
    <message>
        <source>Projector mode; Esc leaves it</source>
        <translation>Modo proyector; Esc para salir</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Deshacer, rehacer</translation>
    </message>
    <message>
        <source>New workshop, open, close, quit</source>
        <translation>Nuevo taller, abrir, cerrar, salir</translation>
    </message>
    <message>
        <source>In a table: remove the rows selected</source>
        <translation>En una tabla: eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each group gives each of its commitments one status; the plenary agrees one for the workshop. Not applicable: the commitment does not concern the country. Not known: nobody in the room could say.</source>
        <translation>Cada grupo da un estado a cada uno de sus compromisos; el plenario acuerda uno para el taller. No aplicable: el compromiso no concierne al país. Desconocido: nadie en la sala pudo decirlo.</translation>
    </message>
    <message>
        <source>The implementation scale</source>
        <translation>La escala de aplicación</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Guía del facilitador</translation>
    </message>
    <message>
        <source>Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 {pyside}.</source>
        <translation>Herramientas del taller sobre política de drogas {version}. Catálogo: {catalog}. PySide6 {pyside}.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation>Elija el idioma de la interfaz (podrá cambiarlo más tarde en Ver &gt; Idioma).</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation>Archivos de taller (*.workshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation>Taller sobre política de drogas</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation>Etapas del taller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation>Escribir una copia del archivo del taller, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation>&amp;Resultados consolidados (secretaría)…</translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation>Fusionar los paquetes de intercambio de muchos talleres en un solo archivo</translation>
    </message>
    <message>
        <source>Import a ministry &amp;review…</source>
        <translation>Importar una &amp;revisión ministerial…</translation>
    </message>
    <message>
        <source>Read back a reviewed full results workbook: see what would change, then record the review</source>
        <translation>Leer un libro de resultados completos revisado: ver qué cambiaría y luego registrar la revisión</translation>
    </message>
    <message>
        <source>&amp;Give a group its copy…</source>
        <translation>&amp;Dar a un grupo su copia…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop for one working group&apos;s laptop</source>
        <translation>Escribir una copia del taller para el portátil de un grupo de trabajo</translation>
    </message>
    <message>
        <source>Co&amp;llect group work…</source>
        <translation>&amp;Reunir el trabajo de los grupos…</translation>
    </message>
    <message>
        <source>Bring the groups&apos; copies back: their changes are taken field by field, and where this file changed the same answer both are kept (you can also drop copies on the window)</source>
        <translation>Recuperar las copias de los grupos: sus cambios se toman campo por campo y, donde este archivo cambió la misma respuesta, se conservan ambas (también puede soltar las copias en la ventana)</translation>
    </message>
    <message>
        <source>Write the e&amp;xchange package…</source>
        <translation>Escribir el paquete de &amp;intercambio…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat</source>
        <translation>El archivo que lleva los resultados del taller a la secretaría</translation>
    </message>
    <message>
        <source>Paper &amp;worksheets…</source>
        <translation>Hojas de trabajo en &amp;papel…</translation>
    </message>
    <message>
        <source>Print worksheets for each working group, a sign-in sheet and the evaluation form, for a power cut or a room with one laptop</source>
        <translation>Imprimir las hojas de cada grupo de trabajo, una hoja de registro y el formulario de evaluación, para un corte de luz o una sala con un solo portátil</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Go back to one of the copies the app keeps automatically; the file as it is now is kept beside it</source>
        <translation>Volver a una de las copias que la aplicación guarda automáticamente; el archivo tal como está ahora se conserva al lado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation>Mostrar un compromiso cada vez en letra grande, a pantalla completa (F5; Esc para salir)</translation>
    </message>
    <message>
        <source>Session &amp;notes…</source>
        <translation>&amp;Notas de la sesión…</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s log of each day, kept in the file and in the full results workbook (Ctrl+L)</source>
        <translation>El registro del relator de cada día, guardado en el archivo y en el libro completo de resultados (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Countdown…</source>
        <translation>&amp;Cuenta atrás…</translation>
    </message>
    <message>
        <source>Time group work or a plenary round: the time left shows here and on the projector (Ctrl+T)</source>
        <translation>Cronometrar el trabajo en grupo o una ronda del plenario: el tiempo restante se muestra aquí y en el proyector (Ctrl+T)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;guide</source>
        <translation>&amp;Guía del facilitador</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>The implementation &amp;scale</source>
        <translation>La &amp;escala de aplicación</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No hay talleres recientes</translation>
    </message>
    <message>
        <source>{problem}

The newest good backup is revision {revision} of {time}. Restore it and open it? The file as it is now is kept beside it.</source>
        <translation>{problem}

La copia de seguridad válida más reciente es la revisión {revision} del {time}. ¿Restaurarla y abrirla? El archivo tal como está ahora se conserva al lado.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Revision {revision} was restored; the file as it was is kept as {name}.</source>
        <translation>Se restauró la revisión {revision}; el archivo tal como estaba se conserva como {name}.</translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation>Abrir o crear un archivo consolidado</translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation>Archivos consolidados (*.consolidated);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation>{name} no es un archivo consolidado: elija otro nombre.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Elija el país de la lista.</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Guardar el nuevo taller como</translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation>Creando el taller de demostración…</translation>
    </message>
    <message>
        <source>The demo workshop was not built.</source>
        <translation>No se creó el taller de demostración.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>Se guardó una copia como {path}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Se canceló la copia; no se escribió nada.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Escribiendo la copia…</translation>
    </message>
    <message>
        <source>Import a ministry review</source>
        <translation>Importar una revisión ministerial</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The review by {reviewer} was recorded ({n} views and comments).</source>
        <translation>Se registró la revisión de {reviewer} ({n} opiniones y comentarios).</translation>
    </message>
    <message>
        <source>Reading the reviewed workbook…</source>
        <translation>Leyendo el libro revisado…</translation>
    </message>
    <message>
        <source>The workshop has no working groups yet: add them on the Working groups page first.</source>
        <translation>El taller aún no tiene grupos de trabajo: añádalos primero en la página Grupos de trabajo.</translation>
    </message>
    <message>
        <source>Save the copy for {group} as</source>
        <translation>Guardar la copia para {group} como</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Minutes (0 stops the countdown):</source>
        <translation>Minutos (0 detiene la cuenta atrás):</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Folder for the paper worksheets</source>
        <translation>Carpeta para las hojas en papel</translation>
    </message>
    <message>
        <source>{n} worksheets written to {folder}</source>
        <translation>{n} hojas escritas en {folder}</translation>
    </message>
    <message>
        <source>Writing the paper worksheets…</source>
        <translation>Escribiendo las hojas en papel…</translation>
    </message>
    <message>
        <source>Collect group work</source>
        <translation>Reunir el trabajo de los grupos</translation>
    </message>
    <message>
        <source>Group work collected</source>
        <translation>Trabajo de los grupos reunido</translation>
    </message>
    <message>
        <source>This is the copy of {group} of the workshop “{title}”. Assess the group&apos;s commitments and name its gaps and needs; the rest is shown for reference and is changed in the facilitator&apos;s file, where this copy is collected (File &gt; Collect group work).</source>
        <translation>Esta es la copia de {group} del taller «{title}». Evalúe los compromisos del grupo y nombre sus carencias y necesidades; el resto se muestra como referencia y se cambia en el archivo del facilitador, donde se reúne esta copia (Archivo &gt; Reunir el trabajo de los grupos).</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation>{name} está abierto en solo lectura (no se puede escribir en el archivo o en su carpeta): puede leerlo y presentarlo, pero los cambios no se pueden guardar. Use Archivo &gt; Guardar una copia para trabajar en una copia.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Solo lectura: los cambios no se pueden guardar</translation>
    </message>
    <message>
        <source>Not yet on the disk ({problem}): keep the app open; it tries again with the next change</source>
        <translation>Todavía no está en el disco ({problem}): mantenga la aplicación abierta; lo intentará de nuevo con el próximo cambio</translation>
    </message>
    <message>
        <source>Saving… (revision {n})</source>
        <translation>Guardando… (revisión {n})</translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation>Todos los cambios guardados (revisión {n})</translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation>{title} — {country} — Taller sobre política de drogas</translation>
    </message>
    <message>
        <source>Not saved: the file is no longer there</source>
        <translation>Sin guardar: el archivo ya no está ahí</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>¿Abrir en modo de solo lectura?</translation>
    </message>
    <message>
        <source>{name} is open for writing in another window or program, so it is shown read-only here: changes cannot be saved in this window.</source>
        <translation>{name} está abierto para escritura en otra ventana u otro programa, por lo que aquí se muestra en modo de solo lectura: los cambios no se pueden guardar en esta ventana.</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only here, to read and present it?</source>
        <translation>{problem}

¿Abrirlo aquí en modo de solo lectura, para leerlo y presentarlo?</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Next you choose where the workshop file goes (proposed: {folder}). It is one file: every change is saved to it at once, and backups are kept by the app.</source>
        <translation>A continuación elegirá dónde guardar el archivo del taller (propuesto: {folder}). Es un solo archivo: cada cambio se guarda en él al instante y la aplicación guarda copias de seguridad.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation>Taller nacional de aplicación</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>Write the exchange package</source>
        <translation>Escribir el paquete de intercambio</translation>
    </message>
    <message>
        <source>The exchange package carries the workshop&apos;s results to the secretariat. Participants&apos; names and e-mails are left out unless you include them; the counts by institution, sector and sex stay.</source>
        <translation>El paquete de intercambio lleva los resultados del taller a la secretaría. Los nombres y correos electrónicos de los participantes se excluyen salvo que los incluya; los recuentos por institución, sector y sexo se mantienen.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Sin nombres</translation>
    </message>
    <message>
        <source>Include names and e-mails</source>
        <translation>Incluir nombres y correos</translation>
    </message>
    <message>
        <source>Save the exchange package as</source>
        <translation>Guardar el paquete de intercambio como</translation>
    </message>
    <message>
        <source>Exchange packages (*.zip)</source>
        <translation>Paquetes de intercambio (*.zip)</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, with participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>El paquete de intercambio (revisión {revision}, con los nombres de los participantes) se escribió en {path}: envíe este archivo a la secretaría.</translation>
    </message>
    <message>
        <source>The exchange package (revision {revision}, without participants&apos; names) was written to {path}: send this file to the secretariat.</source>
        <translation>El paquete de intercambio (revisión {revision}, sin los nombres de los participantes) se escribió en {path}: envíe este archivo a la secretaría.</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>Escribiendo el paquete de intercambio…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation>Instituciones y participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation>Editar una institución</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation>Eliminar instituciones</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>Editar un participante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Eliminar participantes</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation>Pegar filas copiadas de una hoja de cálculo: institución (nombre o sigla), cargo, sexo, nombre</translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation>Institución del nuevo participante</translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation>Cargo del nuevo participante</translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation>Sexo del nuevo participante</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Nombre del nuevo participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation>Añadir el participante (Intro en cualquier campo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instituciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation>Añadir una institución</translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation>Añada primero la institución del participante.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir un participante</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation>La fila {n} del texto pegado no nombra ninguna institución: no se añadió nada.</translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation>La fila {n} del texto pegado tiene el sexo {value}, que no es uno de: {choices}. No se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>Pegar %n participante</numerusform>
            <numerusform>Pegar %n participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation>Modo proyector</translation>
    </message>
    <message>
        <source>Gaps, by rank</source>
        <translation>Carencias, por rango</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>{first}–{last} of {total} — arrows move, Esc leaves</source>
        <translation>{first}–{last} de {total}: las flechas avanzan, Esc sale</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Aún sin consenso</translation>
    </message>
    <message>
        <source>Commitments by chapter and agreed status — Esc leaves</source>
        <translation>Compromisos por capítulo y estado acordado: Esc sale</translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation>Ningún compromiso en el ámbito.</translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation>(referencia aún no verificada)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation>{n} de {total} — las flechas avanzan, Esc para salir</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation>1 es lo más importante; deje vacío para las carencias sin clasificar</translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation>Editar una carencia</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation>Eliminar carencias</translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation>Ordenar por votos</translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation>Numerar las carencias 1, 2, 3... de más a menos votos</translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n carencia</numerusform>
            <numerusform>%n carencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The commitment the gap is on:</source>
        <translation>El compromiso al que se refiere la carencia:</translation>
    </message>
    <message>
        <source>New gap</source>
        <translation>Nueva carencia</translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation>Añadir una carencia</translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation>Ordenar las carencias por votos</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation>Añadir una fila (Ctrl+N cuando la tabla tiene el foco)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Eliminar las filas seleccionadas (Supr)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} debe ser un número entero.</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Gap report (PDF)…</source>
        <translation>Informe de carencias (PDF)…</translation>
    </message>
    <message>
        <source>Status and gaps (Excel)…</source>
        <translation>Estados y carencias (Excel)…</translation>
    </message>
    <message>
        <source>Technical-assistance report (PDF)…</source>
        <translation>Informe de asistencia técnica (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (Excel)…</source>
        <translation>Necesidades de asistencia técnica (Excel)…</translation>
    </message>
    <message>
        <source>Full results workbook (Excel)…</source>
        <translation>Libro de resultados completos (Excel)…</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>Informe consolidado (PDF)…</translation>
    </message>
    <message>
        <source>Technical-assistance needs (PDF)…</source>
        <translation>Necesidades de asistencia técnica (PDF)…</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>El idioma del taller</translation>
    </message>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>&amp;Idioma de los informes</translation>
    </message>
    <message>
        <source>List participants by name</source>
        <translation>Nombrar a los participantes</translation>
    </message>
    <message>
        <source>Add the list of participants with their names, institutions and roles to the gap report (PDF)</source>
        <translation>Añadir al informe de carencias (PDF) la lista de participantes con su nombre, institución y función</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Se canceló el informe; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of {name} (the open file is at revision {revision}). Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, so nothing is lost.</source>
        <translation>Copias de seguridad de {name} (el archivo abierto está en la revisión {revision}). Restaurar pone la copia elegida en lugar del archivo; el archivo tal como está ahora se conserva al lado con un nombre nuevo, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>No backup of this workshop has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad de este taller.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation>Estado por consenso por capítulo</translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation>Carencias y necesidades por prioridad</translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation>Necesidades por tipo de asistencia</translation>
    </message>
    <message>
        <source>Progress since the baseline</source>
        <translation>Avances desde la referencia</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejorado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Empeorado</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Sin referencia</translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation>Carencias y necesidades de asistencia técnica</translation>
    </message>
    <message>
        <source>Write the exchange package for the secretariat…</source>
        <translation>Escribir el paquete de intercambio para la secretaría…</translation>
    </message>
    <message>
        <source>The file that carries the workshop&apos;s results to the secretariat (File &gt; Write the exchange package)</source>
        <translation>El archivo que lleva los resultados del taller a la secretaría (Archivo &gt; Escribir el paquete de intercambio)</translation>
    </message>
    <message>
        <source>Since {title} ({date}).</source>
        <translation>Desde {title} ({date}).</translation>
    </message>
    <message>
        <source>Not compared (no place in this catalog version): {ids}.</source>
        <translation>No comparados (sin lugar en esta versión del catálogo): {ids}.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation>{group}: compromisos evaluados</translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation>Plenario: compromisos con consenso</translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation>Carencias: {gaps}   Necesidades de asistencia técnica: {needs}   Acciones: {actions}   Disensos registrados: {dissents}</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <source>Ministry review: what would change</source>
        <translation>Revisión ministerial: qué cambiaría</translation>
    </message>
    <message>
        <source>Review by {reviewer} of {date}, from the workbook {name} (written at revision {revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits outside the review columns are ignored and never applied.</source>
        <translation>Revisión de {reviewer} del {date}, del libro {name} (escrito en la revisión {revision}): {new} nuevas, {changed} cambiadas, {unchanged} sin cambios. {ignored} ediciones fuera de las columnas de revisión se ignoran y nunca se aplican.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Reviews in the workbook</source>
        <translation>Opiniones del libro</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>Tal como se exportó</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Why ignored</source>
        <translation>Por qué se ignora</translation>
    </message>
    <message>
        <source>Edits outside the review columns (ignored)</source>
        <translation>Ediciones fuera de las columnas de revisión (ignoradas)</translation>
    </message>
    <message>
        <source>&amp;Record the review</source>
        <translation>&amp;Registrar la revisión</translation>
    </message>
    <message>
        <source>Nothing new to record.</source>
        <translation>Nada nuevo que registrar.</translation>
    </message>
    <message>
        <source>Reviews ({n})</source>
        <translation>Opiniones ({n})</translation>
    </message>
    <message>
        <source>Ignored edits ({n})</source>
        <translation>Ediciones ignoradas ({n})</translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>Ya fusionado</translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation>Sustituyó una revisión anterior</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation>Paquetes de intercambio (*.wspkg *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation>{name} — resultados consolidados</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Añadir paquetes…</translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation>Fusionar paquetes de intercambio en este archivo (también puede arrastrar los archivos a la ventana)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation>Resultados de las fusiones</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation>Talleres fusionados</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Fusionado el</translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation>Historial de fusiones del archivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation>Revisión sustituida</translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation>Estado por consenso por capítulo, todos los talleres</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation>Ningún paquete fusionado todavía: añada paquetes para empezar.</translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation>{workshops} talleres de {countries} países en {name}.</translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation>Participantes: {participants}   Carencias: {gaps}   Necesidades de asistencia técnica: {needs}   Acciones: {actions}</translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation>Añadir paquetes de intercambio</translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation>{applied} de {total} paquetes fusionados.</translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation>Detenido tras {done} paquetes; el resto no se leyó.</translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation>Resultados consolidados</translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation>Fusionando paquetes…</translation>
    </message>
</context>
<context>
    <name>SessionNotesDialog</name>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Notes of the day</source>
        <translation>Notas del día</translation>
    </message>
    <message>
        <source>What was decided, who said what needs following up, what changed in the programme...</source>
        <translation>Qué se decidió, qué hay que seguir y quién lo dijo, qué cambió en el programa…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Write the session notes</source>
        <translation>Escribir las notas de la sesión</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation>Cambiar el lugar</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Idioma de trabajo</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation>&amp;Idioma de trabajo</translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation>Documentos incluidos (ninguno marcado: todos)</translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation>Capítulos incluidos (ninguno marcado: todos)</translation>
    </message>
    <message>
        <source>Baseline (a follow-up workshop)</source>
        <translation>Referencia (taller de seguimiento)</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>&amp;Referencia…</translation>
    </message>
    <message>
        <source>An earlier workshop of the same country (its workshop file or exchange package): its agreed statuses and gaps are copied in, and progress is shown since. This cannot be undone; taking another baseline replaces it.</source>
        <translation>Un taller anterior del mismo país (su archivo de taller o paquete de intercambio): se copian sus estados acordados y sus carencias, y se muestran los avances desde entonces. No se puede deshacer; una nueva referencia sustituye a la anterior.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation>Compromisos incluidos: {n}</translation>
    </message>
    <message>
        <source>No baseline: this is a first workshop.</source>
        <translation>Sin referencia: es un primer taller.</translation>
    </message>
    <message>
        <source>Baseline: {title}, {start} (revision {revision}).</source>
        <translation>Referencia: {title}, {start} (revisión {revision}).</translation>
    </message>
    <message>
        <source>The earlier workshop (workshop file or exchange package)</source>
        <translation>El taller anterior (archivo de taller o paquete de intercambio)</translation>
    </message>
    <message>
        <source>Workshop files and exchange packages (*.workshop *.zip)</source>
        <translation>Archivos de taller y paquetes de intercambio (*.workshop *.zip)</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Cambiar el país</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>Cambiar las fechas</translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation>Cambiar el ámbito</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taller sobre política de drogas&lt;/h2&gt;&lt;p&gt;Cree un taller, abra uno o explore el taller de demostración.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>Crear un nuevo archivo de taller</translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation>&amp;Abrir un taller…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Abrir un archivo de taller</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Abrir el taller de &amp;demostración</translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation>Un taller ficticio completo para explorar</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Talleres recientes</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation>{label} (tecla {key})</translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation>Este taller está abierto en solo lectura: los cambios no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation>Error inesperado ({kind}: {error}); comuníquelo indicando lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
