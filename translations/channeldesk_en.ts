<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiKeyCommand</name>
    <message numerus="yes">
        <source>%n API key(s) of %1</source>
        <translation>
            <numerusform>%n API key of %1</numerusform>
            <numerusform>%n API keys of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln matching</numerusform>
            <numerusform>%Ln matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n columns, separated by %1; %2 of them recognised by their header.</source>
        <translation>
            <numerusform>%n column, separated by %1; %2 of them recognised by its header.</numerusform>
            <numerusform>%n columns, separated by %1; %2 of them recognised by their header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n rows read…</source>
        <translation>
            <numerusform>Importing %1: %n row read…</numerusform>
            <numerusform>Importing %1: %n rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows.</source>
        <translation>
            <numerusform>… and %n more skipped row.</numerusform>
            <numerusform>… and %n more skipped rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>The listing cannot be withdrawn: %n lead came in through it.</numerusform>
            <numerusform>The listing cannot be withdrawn: %n leads came in through it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead form(s) apply to it.</source>
        <translation>
            <numerusform>The listing cannot be withdrawn: %n lead form applies to it.</numerusform>
            <numerusform>The listing cannot be withdrawn: %n lead forms apply to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n lead came in through it.</numerusform>
            <numerusform>%1 cannot be deleted: %n leads came in through it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s).</source>
        <translation>
            <numerusform>%1 cannot be deleted: it has %n listing.</numerusform>
            <numerusform>%1 cannot be deleted: it has %n listings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) are for it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n agreement is for it.</numerusform>
            <numerusform>%1 cannot be deleted: %n agreements are for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n contract(s) are for it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n contract is for it.</numerusform>
            <numerusform>%1 cannot be deleted: %n contracts are for it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductGroupService</name>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) offer it to partners.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n agreement offers it to partners.</numerusform>
            <numerusform>%1 cannot be deleted: %n agreements offer it to partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message numerus="yes">
        <source>It is listed on %n marketplace(s): it stays published until the marketplace owners unlist it.</source>
        <translation>
            <numerusform>It is listed on %n marketplace: it stays published until the marketplace owner unlists it.</numerusform>
            <numerusform>It is listed on %n marketplaces: it stays published until the marketplace owners unlist it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) are for it.</source>
        <translation>
            <numerusform>%1 cannot be deleted: %n lead is for it.</numerusform>
            <numerusform>%1 cannot be deleted: %n leads are for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s) on marketplaces.</source>
        <translation>
            <numerusform>%1 cannot be deleted: it has %n listing on marketplaces.</numerusform>
            <numerusform>%1 cannot be deleted: it has %n listings on marketplaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it is in %n product group(s) of distributors.</source>
        <translation>
            <numerusform>%1 cannot be deleted: it is in %n product group of distributors.</numerusform>
            <numerusform>%1 cannot be deleted: it is in %n product groups of distributors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n lead(s) use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</source>
        <translation>
            <numerusform>&quot;%1&quot; cannot be deleted: %n lead uses it. Retire it instead: it stays on that lead and is no longer offered for new ones.</numerusform>
            <numerusform>&quot;%1&quot; cannot be deleted: %n leads use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message numerus="yes">
        <source>%n listed product listing(s) on the terminated distribution contracts will be unlisted.</source>
        <translation>
            <numerusform>%n listed product listing on the terminated distribution contracts will be unlisted.</numerusform>
            <numerusform>%n listed product listings on the terminated distribution contracts will be unlisted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message numerus="yes">
        <source>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</source>
        <translation>
            <numerusform>The workspace is busy: another program or window has been writing to it for more than %n second. Nothing was saved; try again when it has finished.</numerusform>
            <numerusform>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Importing: %n rows read (%1%)</source>
        <translation>
            <numerusform>Importing: %n row read (%1%)</numerusform>
            <numerusform>Importing: %n rows read (%1%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows in %1 s (%2 rows/s)</source>
        <translation>
            <numerusform>Read %n row in %1 s (%2 rows/s)</numerusform>
            <numerusform>Read %n rows in %1 s (%2 rows/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with the demo and %n login(s), password as given (default %1)</source>
        <translation>
            <numerusform>with the demo and %n login, password as given (default %1)</numerusform>
            <numerusform>with the demo and %n logins, password as given (default %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows as %1 in %2 to %3</source>
        <translation>
            <numerusform>Exported %n row as %1 in %2 to %3</numerusform>
            <numerusform>Exported %n rows as %1 in %2 to %3</numerusform>
        </translation>
    </message>
</context>
</TS>
