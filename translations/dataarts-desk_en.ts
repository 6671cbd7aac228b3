<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PairListReader</name>
    <message numerus="yes">
        <source>expected 2 fields (%1,%2) but found %n</source>
        <translation>
            <numerusform>expected 2 fields (%1,%2) but found %n</numerusform>
            <numerusform>expected 2 fields (%1,%2) but found %n</numerusform>
        </translation>
    </message>
</context>
</TS>
