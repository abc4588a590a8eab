<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group whose assessment is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical-assistance needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Technical-assistance needs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment to show: assign chapters or commitments to this group on the Working groups page, or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a technical-assistance need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by 2019 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 2019 challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or Page Down and Page Up) move to the next or previous commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <source>The groups&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The groups&apos; answers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationModel</name>
    <message>
        <source>Click, Space or Enter: empty, contributes, leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a cell of the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination map: institutions by chapter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answers, average {mean:.1f} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Instructions and guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the definition of this exercise says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop participants here to add them to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group with its assessments (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (tick the participants of this group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the members of this group, or drag participants onto another group on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters assessed by this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this single commitment to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single commitments assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single &amp;commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a working group to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group assesses {n} commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign a commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of consensus status by chapter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the interface (you can change it later in View &gt; Language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug policy workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the workshop file, e.g. to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated &amp;results (secretariat)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the exchange packages of many workshops into one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one commitment at a time in large type, full screen (F5; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or start a consolidated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated files (*.consolidated);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a consolidated file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written): you can read and present it, but changes cannot be saved. Use File &gt; Save a copy to work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved (revision {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {country} — Drug policy workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National implementation workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Institutions and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution of the new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex of the new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the participant (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Institutions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the participant&apos;s institution first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {n} of the pasted text names no institution: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {n} of the pasted text has the sex {value}, which is not one of: {choices}. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reference not yet checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} — arrows move, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the most important; leave empty for unranked gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the gaps 1, 2, 3... from the most votes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the gaps by votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Ctrl+N when the table has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{field} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus status by chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and needs by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs by type of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and technical-assistance needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: commitments assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary: commitments with a consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   Dissents recorded: {dissents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretariatWindow</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced an older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange packages (*.wspkg *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — consolidated results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge exchange packages into this file (you can also drag package files onto the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge history of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus status by chapter, all workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package merged yet: add packages to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workshops} workshops from {countries} countries in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exchange packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} of {total} packages merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {done} packages; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging packages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in scope (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters in scope (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments in scope: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Drug policy workshop&lt;/h2&gt;&lt;p&gt;Create a workshop, open one, or explore the demo workshop.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete fictional workshop to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>{label} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopContext</name>
    <message>
        <source>This workshop is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Unexpected error ({kind}: {error}); please report it with what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name: a copy cannot replace the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy {name} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
