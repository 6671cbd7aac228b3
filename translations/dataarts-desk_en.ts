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
<context>
    <name>dataarts::ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::ApprovalActionRequest</name>
    <message numerus="yes">
        <source>The message is longer than %n characters.</source>
        <translation>
            <numerusform>The message is longer than %n character.</numerusform>
            <numerusform>The message is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dataarts::BatchRun</name>
    <message numerus="yes">
        <source>Not applied after %n attempts.</source>
        <translation>
            <numerusform>Not applied after %n attempt.</numerusform>
            <numerusform>Not applied after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
