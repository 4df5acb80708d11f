<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny German catalogue for AppLanguageTest: proves that choosing a language loads it. -->
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
</TS>
