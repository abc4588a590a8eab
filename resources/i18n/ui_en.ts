<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EvaluationPage</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Add %n member</numerusform>
            <numerusform>Add %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>Paste %n participants</source>
        <translation>
            <numerusform>Paste %n participant</numerusform>
            <numerusform>Paste %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
</context>
</TS>
