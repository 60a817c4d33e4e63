<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>errors</name>
    <message>
        <source>--cards must be between 0 and 100000</source>
        <translation>--cards muss zwischen 0 und 100000 liegen</translation>
    </message>
    <message>
        <source>export {kind} needs {wanted} ID</source>
        <translation>export {kind} braucht {wanted} ID</translation>
    </message>
</context>
</TS>
