<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny Russian catalogue for AppLanguageTest: the three plural forms of a count. -->
<TS version="2.1" language="ru_RU">
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
</context>
</TS>
