<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>I have read and &amp;accept this agreement</source>
        <translation>Ich habe diese Vereinbarung gelesen und &amp;akzeptiere sie</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>channeldesk://activate?token=…</source>
        <translation>channeldesk://activate?token=…</translation>
    </message>
    <message>
        <source>Agreement description</source>
        <translation>Beschreibung der Vereinbarung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>Aktivierungs&amp;link:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Vereinbarung:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ihre &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Paste the activation link you received.</source>
        <translation>Fügen Sie den Aktivierungslink ein, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>%1 invites %2. The invitation is valid until %3.</source>
        <translation>%1 lädt %2 ein. Die Einladung ist gültig bis %3.</translation>
    </message>
    <message>
        <source>%1 (stored in the workspace)</source>
        <translation>%1 (im Arbeitsbereich gespeichert)</translation>
    </message>
    <message>
        <source>None: the description above is the agreement.</source>
        <translation>Keins: Die obige Beschreibung ist die Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>AccountMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AccountProfileDialog</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Hauptsitz</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Bran&amp;che</translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>&amp;Technischer Kontakt</translation>
    </message>
    <message>
        <source>Technical e-&amp;mail</source>
        <translation>Technische E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>&amp;Geschäftskontakt</translation>
    </message>
    <message>
        <source>Business e-m&amp;ail</source>
        <translation>Geschäftliche E-M&amp;ail</translation>
    </message>
    <message>
        <source>Video: %1 — %2</source>
        <translation>Video: %1 — %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Image: %1%2</source>
        <translation>Bild: %1%2</translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation>Profil bearbeiten — %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>https://example.com, https://shop.example.com</source>
        <translation>https://example.com, https://shop.example.com</translation>
    </message>
    <message>
        <source>Italy, Spain</source>
        <translation>Italien, Spanien</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Images and &amp;videos:</source>
        <translation>Bilder und &amp;Videos:</translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation>Bilder und Videos</translation>
    </message>
    <message>
        <source>Add i&amp;mage…</source>
        <translation>B&amp;ild hinzufügen…</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP, at most %1 MB; stored in the workspace</source>
        <translation>PNG, JPEG, GIF oder WebP, höchstens %1 MB; wird im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>https://video.example/watch?v=1</source>
        <translation>https://video.example/watch?v=1</translation>
    </message>
    <message>
        <source>Video &amp;title:</source>
        <translation>Video&amp;titel:</translation>
    </message>
    <message>
        <source>Video lin&amp;k:</source>
        <translation>Video-Lin&amp;k:</translation>
    </message>
    <message>
        <source>Add vi&amp;deo link</source>
        <translation>Vi&amp;deo-Link hinzufügen</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>What you typed is still here: copy what you need, then close and open the profile again to see the changes.</source>
        <translation>Ihre Eingaben sind noch vorhanden: Kopieren Sie, was Sie benötigen, schließen Sie dann das Profil und öffnen Sie es erneut, um die Änderungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>AccountProfileService</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Editing your company&apos;s profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Zum Bearbeiten des Profils Ihres Unternehmens benötigen Sie die Rolle CRM-Administrator, -Manager oder -Marketer.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 ist keiner Ihrer Partner.</translation>
    </message>
    <message>
        <source>%1 has users of its own: only they edit its profile.</source>
        <translation>%1 hat eigene Benutzer: Nur diese bearbeiten sein Profil.</translation>
    </message>
    <message>
        <source>%1 is removed: restore the partner to edit its profile.</source>
        <translation>%1 ist entfernt: Stellen Sie den Partner wieder her, um sein Profil zu bearbeiten.</translation>
    </message>
    <message>
        <source>Editing a partner&apos;s profile needs the CRM admin or manager role.</source>
        <translation>Zum Bearbeiten des Profils eines Partners benötigen Sie die Rolle CRM-Administrator oder -Manager.</translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation>Wählen Sie die Bilddatei.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB.</source>
        <translation>Das Bild %1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>At most %1 images and videos.</source>
        <translation>Höchstens %1 Bilder und Videos.</translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation>Der Titel hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Enter the video&apos;s link, e.g. https://video.example/watch?v=1.</source>
        <translation>Geben Sie den Link des Videos ein, z. B. https://video.example/watch?v=1.</translation>
    </message>
    <message>
        <source>A media item is an image or a video.</source>
        <translation>Ein Medienelement ist ein Bild oder ein Video.</translation>
    </message>
    <message>
        <source>The profile of %1</source>
        <translation>Das Profil von %1</translation>
    </message>
    <message>
        <source>The image %1 is not one of this profile&apos;s images.</source>
        <translation>Das Bild %1 gehört nicht zu den Bildern dieses Profils.</translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
</context>
<context>
    <name>AccountUsers</name>
    <message>
        <source>Only a CRM admin of %1 may manage its users.</source>
        <translation>Nur ein CRM-Administrator von %1 darf dessen Benutzer verwalten.</translation>
    </message>
    <message>
        <source>User %1 is not a user of %2.</source>
        <translation>Benutzer %1 ist kein Benutzer von %2.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Benutzers ein.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2: add the existing user instead.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2: Fügen Sie stattdessen den vorhandenen Benutzer hinzu.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of a user of this workspace.</source>
        <translation>Geben Sie die E-Mail-Adresse eines Benutzers dieses Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>No user has the e-mail address %1: add a new user instead.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1: Fügen Sie stattdessen einen neuen Benutzer hinzu.</translation>
    </message>
    <message>
        <source>%1 is already a user of %2.</source>
        <translation>%1 ist bereits Benutzer von %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one CRM admin: make another user CRM admin first.</source>
        <translation>%1 benötigt mindestens einen CRM-Administrator: Machen Sie zuerst einen anderen Benutzer zum CRM-Administrator.</translation>
    </message>
    <message>
        <source>The last CRM admin of %1 cannot be removed: make another user CRM admin first.</source>
        <translation>Der letzte CRM-Administrator von %1 kann nicht entfernt werden: Machen Sie zuerst einen anderen Benutzer zum CRM-Administrator.</translation>
    </message>
</context>
<context>
    <name>ActingAsSwitcher</name>
    <message>
        <source>The user and account ChannelDesk acts as. The account decides which portal you see.</source>
        <translation>Der Benutzer und das Konto, als die ChannelDesk handelt. Das Konto bestimmt, welches Portal Sie sehen.</translation>
    </message>
    <message>
        <source>Acting &amp;as:</source>
        <translation>Handeln &amp;als:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ActingChoice</name>
    <message>
        <source>There is no user %1 in this workspace: give a user&apos;s ID or e-mail.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Benutzer %1: Geben Sie die ID oder E-Mail-Adresse eines Benutzers an.</translation>
    </message>
    <message>
        <source>The user %1 is not a member of any account.</source>
        <translation>Der Benutzer %1 ist Mitglied keines Kontos.</translation>
    </message>
</context>
<context>
    <name>ActivationLinkRow</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Activation &amp;link:</source>
        <translation>Aktivierungs&amp;link:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The link works once and expires on %1 at %2.</source>
        <translation>Der Link funktioniert einmal und läuft am %1 um %2 ab.</translation>
    </message>
</context>
<context>
    <name>AddPartnerAccountPage</name>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Add users to the new partner account. They can act in it as CRM admins.</source>
        <translation>Fügen Sie dem neuen Partnerkonto Benutzer hinzu. Sie können darin als CRM-Administratoren handeln.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>AddPartnerActionPage</name>
    <message>
        <source>Create partner &amp;account</source>
        <translation>Partner&amp;konto anlegen</translation>
    </message>
    <message>
        <source>Generate &amp;invitation link</source>
        <translation>E&amp;inladungslink erzeugen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Create the account for the partner and your users now, or invite the partner to complete the registration.</source>
        <translation>Legen Sie jetzt das Konto für den Partner und Ihre Benutzer an, oder laden Sie den Partner ein, die Registrierung abzuschließen.</translation>
    </message>
    <message>
        <source>The partner is Active at once and its contract signed; you pick the users of the new account next.</source>
        <translation>Der Partner ist sofort aktiv und sein Vertrag unterzeichnet; als Nächstes wählen Sie die Benutzer des neuen Kontos.</translation>
    </message>
    <message>
        <source>The partner is Invited and its contract Pending until it opens the activation link and accepts.</source>
        <translation>Der Partner ist „Eingeladen“ und sein Vertrag „Ausstehend“, bis er den Aktivierungslink öffnet und annimmt.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
</context>
<context>
    <name>AddPartnerAgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Vereinbarungen:</translation>
    </message>
    <message>
        <source>The program agreement the new vendor signs with you.</source>
        <translation>Die Programmvereinbarung, die der neue Hersteller mit Ihnen unterzeichnet.</translation>
    </message>
    <message>
        <source>The service agreement the new reseller signs with you.</source>
        <translation>Die Servicevereinbarung, die der neue Reseller mit Ihnen unterzeichnet.</translation>
    </message>
    <message>
        <source>Pick the program agreement the new vendor signs.</source>
        <translation>Wählen Sie die Programmvereinbarung, die der neue Hersteller unterzeichnet.</translation>
    </message>
    <message>
        <source>Pick the service agreement the new reseller signs.</source>
        <translation>Wählen Sie die Servicevereinbarung, die der neue Reseller unterzeichnet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 Agreement</source>
        <translation>Vereinbarung %1</translation>
    </message>
    <message>
        <source>Existing agreements</source>
        <translation>Bestehende Vereinbarungen</translation>
    </message>
    <message>
        <source>You have no “%1” agreement yet: go Back and tick Create new agreement.</source>
        <translation>Sie haben noch keine Vereinbarung vom Typ „%1“: Gehen Sie zurück und haken Sie „Neue Vereinbarung anlegen“ an.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDetailsPage</name>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <source>&amp;Reseller</source>
        <translation>&amp;Reseller</translation>
    </message>
    <message>
        <source>Create new &amp;agreement</source>
        <translation>Neue &amp;Vereinbarung anlegen</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Partnerdetails</translation>
    </message>
    <message>
        <source>Who is the new partner? A vendor signs a program agreement with you; a reseller a service agreement.</source>
        <translation>Wer ist der neue Partner? Ein Hersteller unterzeichnet mit Ihnen eine Programmvereinbarung, ein Reseller eine Servicevereinbarung.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Partner &amp;name *</source>
        <translation>Partner&amp;name *</translation>
    </message>
    <message>
        <source>Partner &amp;External ID (optional)</source>
        <translation>&amp;Externe Partner-ID (optional)</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Weitere Attribute</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Bran&amp;che</translation>
    </message>
    <message>
        <source>&amp;Technical contact</source>
        <translation>&amp;Technischer Kontakt</translation>
    </message>
    <message>
        <source>Technical contact e-&amp;mail</source>
        <translation>E-&amp;Mail des technischen Kontakts</translation>
    </message>
    <message>
        <source>&amp;Business contact</source>
        <translation>&amp;Geschäftskontakt</translation>
    </message>
    <message>
        <source>Business contact e-ma&amp;il</source>
        <translation>E-Ma&amp;il des Geschäftskontakts</translation>
    </message>
</context>
<context>
    <name>AddPartnerMarketplacesPage</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Marktplätze:</translation>
    </message>
    <message>
        <source>Pick zero or more marketplaces: a distribution agreement under the new program agreement is created for each. You can also add them later.</source>
        <translation>Wählen Sie keinen, einen oder mehrere Marktplätze: Für jeden wird unter der neuen Programmvereinbarung eine Distributionsvereinbarung angelegt. Sie können sie auch später hinzufügen.</translation>
    </message>
    <message>
        <source>Pick the marketplace the new service agreement is linked to.</source>
        <translation>Wählen Sie den Marktplatz, mit dem die neue Servicevereinbarung verknüpft ist.</translation>
    </message>
    <message>
        <source>%1 — %2 (already has the distribution agreement “%3”)</source>
        <translation>%1 — %2 (hat bereits die Distributionsvereinbarung „%3“)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A marketplace has at most one distribution agreement.</source>
        <translation>Ein Marktplatz hat höchstens eine Distributionsvereinbarung.</translation>
    </message>
</context>
<context>
    <name>AddPartnerProductGroupsPage</name>
    <message>
        <source>Product groups</source>
        <translation>Produktgruppen</translation>
    </message>
    <message>
        <source>Pick the product groups available to the new reseller.</source>
        <translation>Wählen Sie die Produktgruppen, die dem neuen Reseller zur Verfügung stehen.</translation>
    </message>
    <message>
        <source>&amp;Product groups:</source>
        <translation>&amp;Produktgruppen:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AddPartnerSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Pass the activation link to your partner: it completes the registration and signs the contract.</source>
        <translation>Geben Sie den Aktivierungslink an Ihren Partner weiter: Damit schließt er die Registrierung ab und unterzeichnet den Vertrag.</translation>
    </message>
    <message>
        <source>The partner account is active and its contract signed.</source>
        <translation>Das Partnerkonto ist aktiv und sein Vertrag unterzeichnet.</translation>
    </message>
    <message>
        <source>Created partner</source>
        <translation>Angelegter Partner</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>(selected)</source>
        <translation>(gewählt)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
</context>
<context>
    <name>AddPartnerSyndicationPage</name>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Pick the syndication (sourcing) agreement for the new reseller.</source>
        <translation>Wählen Sie die Syndizierungsvereinbarung (Bezugsvereinbarung) für den neuen Reseller.</translation>
    </message>
    <message>
        <source>You have no syndication agreement yet, and this wizard cannot create one. Cancel, open Partners → Agreements, click New agreement… and create one of type Syndication; then add the reseller again.</source>
        <translation>Sie haben noch keine Syndizierungsvereinbarung, und dieser Assistent kann keine anlegen. Brechen Sie ab, öffnen Sie Partner → Vereinbarungen, klicken Sie auf „Neue Vereinbarung…“ und legen Sie eine vom Typ Syndizierung an; fügen Sie den Reseller dann erneut hinzu.</translation>
    </message>
    <message>
        <source>&amp;Syndication agreements:</source>
        <translation>&amp;Syndizierungsvereinbarungen:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AddPartnerWizard</name>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AdministrationModule</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Produktgruppen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>Webformulare</translation>
    </message>
</context>
<context>
    <name>AgreementEditorDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Parent program *</source>
        <translation>Über&amp;geordnetes Programm *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Marktplatz *</translation>
    </message>
    <message>
        <source>&amp;Sourcing agreement *</source>
        <translation>&amp;Bezugsvereinbarung *</translation>
    </message>
    <message>
        <source>The description and document belong to the agreement&apos;s versions: use Versions… to add a version and activate it.</source>
        <translation>Beschreibung und Dokument gehören zu den Versionen der Vereinbarung: Fügen Sie über „Versionen…“ eine Version hinzu und aktivieren Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit agreement %1</source>
        <translation>Vereinbarung %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a program agreement</source>
        <translation>Programmvereinbarung wählen</translation>
    </message>
    <message>
        <source>Choose a marketplace</source>
        <translation>Marktplatz wählen</translation>
    </message>
    <message>
        <source>No marketplace</source>
        <translation>Kein Marktplatz</translation>
    </message>
    <message>
        <source>Choose a syndication agreement</source>
        <translation>Syndizierungsvereinbarung wählen</translation>
    </message>
    <message>
        <source>No program agreement yet: create one first</source>
        <translation>Noch keine Programmvereinbarung: Legen Sie zuerst eine an</translation>
    </message>
    <message>
        <source>No syndication agreement yet: create one first</source>
        <translation>Noch keine Syndizierungsvereinbarung: Legen Sie zuerst eine an</translation>
    </message>
    <message>
        <source>&amp;Marketplace</source>
        <translation>&amp;Marktplatz</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Description *</source>
        <translation>&amp;Beschreibung *</translation>
    </message>
    <message>
        <source>Document source</source>
        <translation>Dokumentquelle</translation>
    </message>
    <message>
        <source>e.g. Champions LLC Agreement</source>
        <translation>z. B. Vereinbarung Champions LLC</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Fett (%1)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Kursiv (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>What the partner agrees to</source>
        <translation>Wozu sich der Partner verpflichtet</translation>
    </message>
    <message>
        <source>https://example.com/agreement.pdf</source>
        <translation>https://example.com/agreement.pdf</translation>
    </message>
    <message>
        <source>Document &amp;URL:</source>
        <translation>Dokument-&amp;URL:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Only agreement&apos;s description will be shown to the partner</source>
        <translation>Dem Partner wird nur die Beschreibung der Vereinbarung angezeigt</translation>
    </message>
    <message>
        <source>The partner opens the document at this http or https address.</source>
        <translation>Der Partner öffnet das Dokument unter dieser http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The file is stored in the workspace (at most %1 MB).</source>
        <translation>Die Datei wird im Arbeitsbereich gespeichert (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s document</source>
        <translation>Dokument der Vereinbarung wählen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.html *.htm);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.txt *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>lines: %1 words: %2 %3/%4</source>
        <translation>Zeilen: %1 Wörter: %2 %3/%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AgreementListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Aktive Version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Only a CRM admin or manager of the agreement&apos;s owner may change its agreements.</source>
        <translation>Nur ein CRM-Administrator oder -Manager des Eigentümers der Vereinbarung darf dessen Vereinbarungen ändern.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Es gibt keine Vereinbarung %1.</translation>
    </message>
    <message>
        <source>The agreement %1 belongs to another account.</source>
        <translation>Die Vereinbarung %1 gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>The agreement %1 has no version %2.</source>
        <translation>Die Vereinbarung %1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>Version %1 is the agreement&apos;s only version; an agreement keeps at least one.</source>
        <translation>Version %1 ist die einzige Version der Vereinbarung; eine Vereinbarung behält mindestens eine.</translation>
    </message>
    <message>
        <source>Version %1 is the active version. Activate another version first.</source>
        <translation>Version %1 ist die aktive Version. Aktivieren Sie zuerst eine andere Version.</translation>
    </message>
    <message>
        <source>Version %1 is used by a contract.</source>
        <translation>Version %1 wird von einem Vertrag verwendet.</translation>
    </message>
    <message>
        <source>Version %1 is used by %2 contracts.</source>
        <translation>Version %1 wird von %2 Verträgen verwendet.</translation>
    </message>
    <message>
        <source>There is no version %1.</source>
        <translation>Es gibt keine Version %1.</translation>
    </message>
    <message>
        <source>Already has a distribution agreement: %1 (%2).</source>
        <translation>Hat bereits eine Distributionsvereinbarung: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AgreementType</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>AgreementVersionsDialog</name>
    <message>
        <source>&amp;Add version…</source>
        <translation>Version &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Descri&amp;ption of the selected version:</source>
        <translation>Beschrei&amp;bung der gewählten Version:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete version %1 of %2? This cannot be undone.</source>
        <translation>Version %1 von %2 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>AgreementWriter</name>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>Der Marktplatz %1 ist keiner Ihrer Marktplätze.</translation>
    </message>
    <message>
        <source>The marketplace %1 already has a distribution agreement (%2, %3). A marketplace has one distribution agreement.</source>
        <translation>Der Marktplatz %1 hat bereits eine Distributionsvereinbarung (%2, %3). Ein Marktplatz hat genau eine Distributionsvereinbarung.</translation>
    </message>
    <message>
        <source>The parent agreement %1 is not one of your program agreements.</source>
        <translation>Die übergeordnete Vereinbarung %1 ist keine Ihrer Programmvereinbarungen.</translation>
    </message>
    <message>
        <source>The sourcing agreement %1 is not one of your syndication agreements.</source>
        <translation>Die Bezugsvereinbarung %1 ist keine Ihrer Syndizierungsvereinbarungen.</translation>
    </message>
    <message>
        <source>The product group %1 is not one of your product groups.</source>
        <translation>Die Produktgruppe %1 ist keine Ihrer Produktgruppen.</translation>
    </message>
    <message>
        <source>Enter the address of the agreement&apos;s document.</source>
        <translation>Geben Sie die Adresse des Dokuments der Vereinbarung ein.</translation>
    </message>
    <message>
        <source>Only http and https addresses are accepted for a document.</source>
        <translation>Für ein Dokument werden nur http- und https-Adressen akzeptiert.</translation>
    </message>
    <message>
        <source>This is not a document address, e.g. https://example.com/terms.pdf.</source>
        <translation>Dies ist keine Dokumentadresse, z. B. https://example.com/terms.pdf.</translation>
    </message>
    <message>
        <source>Enter a description of the agreement.</source>
        <translation>Geben Sie eine Beschreibung der Vereinbarung ein.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Wählen Sie die hochzuladende Datei.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Enter the agreement&apos;s name.</source>
        <translation>Geben Sie den Namen der Vereinbarung ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Choose the program agreement this distribution agreement is part of.</source>
        <translation>Wählen Sie die Programmvereinbarung, zu der diese Distributionsvereinbarung gehört.</translation>
    </message>
    <message>
        <source>Choose the marketplace this distribution agreement covers.</source>
        <translation>Wählen Sie den Marktplatz, den diese Distributionsvereinbarung abdeckt.</translation>
    </message>
    <message>
        <source>Choose the syndication agreement this service agreement sources from.</source>
        <translation>Wählen Sie die Syndizierungsvereinbarung, aus der diese Servicevereinbarung bezieht.</translation>
    </message>
    <message>
        <source>The description with its formatting takes %1 characters; the workspace stores at most %2. Shorten it or remove some formatting.</source>
        <translation>Die Beschreibung belegt mit ihrer Formatierung %1 Zeichen; der Arbeitsbereich speichert höchstens %2. Kürzen Sie sie oder entfernen Sie einen Teil der Formatierung.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <source>Create a program, distribution, service, syndication or referral agreement</source>
        <translation>Eine Programm-, Distributions-, Service-, Syndizierungs- oder Empfehlungsvereinbarung anlegen</translation>
    </message>
    <message>
        <source>Rename the selected agreement (or press Enter on it)</source>
        <translation>Gewählte Vereinbarung umbenennen (oder Eingabetaste darauf drücken)</translation>
    </message>
    <message>
        <source>Add, activate or delete versions of the selected agreement</source>
        <translation>Versionen der gewählten Vereinbarung hinzufügen, aktivieren oder löschen</translation>
    </message>
    <message>
        <source>Could not show the agreements</source>
        <translation>Die Vereinbarungen konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Could not open the agreement</source>
        <translation>Die Vereinbarung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not show the versions</source>
        <translation>Die Versionen konnten nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>ApiIdempotency</name>
    <message>
        <source>The Idempotency-Key header is empty.</source>
        <translation>Der Header Idempotency-Key ist leer.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header has at most %1 characters.</source>
        <translation>Der Header Idempotency-Key hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header takes printable ASCII characters without spaces.</source>
        <translation>Der Header Idempotency-Key nimmt druckbare ASCII-Zeichen ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>A request with this Idempotency-Key was answered already.</source>
        <translation>Eine Anfrage mit diesem Idempotency-Key wurde bereits beantwortet.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>Created API key %1 “%2”: it acts as %3 (%4) in %5. The key follows on standard output; keep it secret, it is not shown again.</source>
        <translation>API-Schlüssel %1 „%2“ erstellt: Er handelt als %3 (%4) in %5. Der Schlüssel folgt auf der Standardausgabe; halten Sie ihn geheim, er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Revoked API key %1 “%2”: it no longer works.</source>
        <translation>API-Schlüssel %1 „%2“ widerrufen: Er funktioniert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) of %1</source>
        <translation>
            <numerusform>%n API-Schlüssel von %1</numerusform>
            <numerusform>%n API-Schlüssel von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation>Schlüssel beginnt mit</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2</source>
        <translation>Am %1 von %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ApiKeyService</name>
    <message>
        <source>Only a CRM admin of %1 may manage its API keys.</source>
        <translation>Nur ein CRM-Administrator von %1 darf dessen API-Schlüssel verwalten.</translation>
    </message>
    <message>
        <source>%1 has no API key %2.</source>
        <translation>%1 hat keinen API-Schlüssel %2.</translation>
    </message>
    <message>
        <source>The API key is not valid: it is unknown or was revoked, or its user no longer has its role in its account.</source>
        <translation>Der API-Schlüssel ist ungültig: Er ist unbekannt oder wurde widerrufen, oder sein Benutzer hat seine Rolle in seinem Konto nicht mehr.</translation>
    </message>
    <message>
        <source>Give the key a name that says what it is for, such as the website that sends the leads.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der sagt, wofür er ist, etwa die Website, die die Leads sendet.</translation>
    </message>
    <message>
        <source>A key&apos;s name has at most %1 characters; this one has %2.</source>
        <translation>Der Name eines Schlüssels hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>API key %1 (“%2”) was already revoked on %3.</source>
        <translation>API-Schlüssel %1 („%2“) wurde bereits am %3 widerrufen.</translation>
    </message>
    <message>
        <source>API key %1 was revoked meanwhile by someone else.</source>
        <translation>API-Schlüssel %1 wurde inzwischen von jemand anderem widerrufen.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk API key: a key is “%1” followed by 43 letters, digits, “-” or “_”.</source>
        <translation>Das ist kein API-Schlüssel von ChannelDesk: Ein Schlüssel ist „%1“, gefolgt von 43 Buchstaben, Ziffern, „-“ oder „_“.</translation>
    </message>
</context>
<context>
    <name>ApiKeysTab</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>No API keys yet. A key lets your website or another program send leads to the REST API; create one with New key…</source>
        <translation>Noch keine API-Schlüssel. Mit einem Schlüssel sendet Ihre Website oder ein anderes Programm Leads an die REST-API; erstellen Sie einen mit Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Create a key for the REST API; it is shown once</source>
        <translation>Einen Schlüssel für die REST-API erstellen; er wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Revoke the selected key: it stops working at once</source>
        <translation>Den ausgewählten Schlüssel widerrufen: Er funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>Could not show the API keys</source>
        <translation>Die API-Schlüssel konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the API key “%1” (%2)? Programs that send it are refused from now on. This cannot be undone.</source>
        <translation>Den API-Schlüssel „%1“ (%2) widerrufen? Programme, die ihn senden, werden ab sofort abgewiesen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>CatalogAccess</name>
    <message>
        <source>Only a CRM admin or manager of a vendor account may change its products and request listings.</source>
        <translation>Nur ein CRM-Administrator oder -Manager eines Herstellerkontos darf dessen Produkte ändern und Listings anfordern.</translation>
    </message>
    <message>
        <source>Only a CRM admin or manager of a distributor or reseller account may change its marketplaces, product groups and listings.</source>
        <translation>Nur ein CRM-Administrator oder -Manager eines Distributor- oder Resellerkontos darf dessen Marktplätze, Produktgruppen und Listings ändern.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Gewählte Zeile löschen</translation>
    </message>
    <message>
        <source>Could not show the list</source>
        <translation>Die Liste konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Could not open the editor</source>
        <translation>Der Editor konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>%1 (%2) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write: channeldesk server init URL [--demo] [--demo-password PASS]</source>
        <translation>Schreibweise: channeldesk server init URL [--demo] [--demo-password PASS]</translation>
    </message>
    <message>
        <source>Write: channeldesk server set-password URL --email E [--password-file F]</source>
        <translation>Schreibweise: channeldesk server set-password URL --email E [--password-file F]</translation>
    </message>
    <message>
        <source>Write: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</source>
        <translation>Schreibweise: channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]</translation>
    </message>
    <message>
        <source>Give --%1 at most once.</source>
        <translation>Geben Sie --%1 höchstens einmal an.</translation>
    </message>
    <message>
        <source>--demo-password goes with --demo.</source>
        <translation>--demo-password gehört zu --demo.</translation>
    </message>
    <message>
        <source>--demo-password needs a password.</source>
        <translation>--demo-password benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>--password-file needs a file path.</source>
        <translation>--password-file benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>server set-password needs --email.</source>
        <translation>server set-password benötigt --email.</translation>
    </message>
    <message>
        <source>server add-user needs --%1.</source>
        <translation>server add-user benötigt --%1.</translation>
    </message>
    <message>
        <source>--role is one of %1, not “%2”.</source>
        <translation>--role ist eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>ChannelDesk: leads and channel partners, on your desktop.

Without a command, the window opens. Commands:
  import leads|partners FILE  Import the rows of the CSV file FILE (UTF-8; comma,
      semicolon or tab separated); columns are matched to fields by their header.
      Progress and the skipped rows with their line numbers go to stderr, the
      summary to stdout.
  export leads|partners FILE  Write the directory, as --search, --sort and --desc
      choose (leads also --created-from and --created-to), to the CSV file FILE.
Both act as --as in --account (default: the workspace&apos;s own user and account), in
--workspace (default: the last or the default workspace).
  server init URL [--demo] [--demo-password PASS]  Create a team workspace (schema,
      roles, row-level security) in the empty PostgreSQL database URL; with --demo
      also the demo and a login per demo user (password channeldesk-demo).
  server add-user URL --email E --name NAME --account ACCOUNT --role ROLE
      [--password-file F]  Add a user, their membership and their login (the e-mail
      address); the password is the first line of F, else asked on the terminal.
  server set-password URL --email E [--password-file F]  Create or change the login
      of the user with e-mail E (for example after server push).
  server push FILE URL  Copy the workspace file FILE (every record with its ID, the
      history, stored files) into the empty team database URL
      (postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE). FILE is only read.

Exit codes: 0 done (import: every row imported); 1 failed; 2 bad command line;
3 import: some rows were skipped.</source>
        <translation>ChannelDesk: Leads und Channel-Partner auf Ihrem Desktop.

Ohne Befehl öffnet sich das Fenster. Befehle:
  import leads|partners FILE  Importiert die Zeilen der CSV-Datei FILE (UTF-8;
      durch Komma, Semikolon oder Tabulator getrennt); Spalten werden anhand
      ihrer Überschrift den Feldern zugeordnet. Fortschritt und übersprungene
      Zeilen mit ihren Zeilennummern gehen nach stderr, die Zusammenfassung
      nach stdout.
  export leads|partners FILE  Schreibt das Verzeichnis, wie durch --search,
      --sort und --desc gewählt (bei Leads auch --created-from und
      --created-to), in die CSV-Datei FILE.
Beide handeln als --as in --account (Standard: eigener Benutzer und eigenes
Konto des Arbeitsbereichs), in --workspace (Standard: der letzte oder der
Standard-Arbeitsbereich).
  server init URL [--demo] [--demo-password PASS]  Legt einen Team-
      Arbeitsbereich (Schema, Rollen, Row-Level-Security) in der leeren
      PostgreSQL-Datenbank URL an; mit --demo auch die Demodaten und ein
      Login je Demobenutzer (Passwort channeldesk-demo).
  server add-user URL --email E --name NAME --account ACCOUNT --role ROLE
      [--password-file F]  Fügt einen Benutzer, seine Mitgliedschaft und sein
      Login (die E-Mail-Adresse) hinzu; das Passwort ist die erste Zeile von
      F, sonst wird es im Terminal abgefragt.
  server set-password URL --email E [--password-file F]  Legt das Login des
      Benutzers mit der E-Mail-Adresse E an oder ändert es (zum Beispiel nach
      server push).
  server push FILE URL  Kopiert die Arbeitsbereichsdatei FILE (jeden
      Datensatz mit seiner ID, den Verlauf, gespeicherte Dateien) in die leere
      Team-Datenbank URL (postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE).
      FILE wird nur gelesen.

Exit-Codes: 0 erledigt (Import: jede Zeile importiert); 1 fehlgeschlagen;
2 fehlerhafte Befehlszeile; 3 Import: einige Zeilen wurden übersprungen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>Die Arbeitsbereichsdatei PATH öffnen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write a new demo workspace to PATH and exit. An existing file is never overwritten.</source>
        <translation>Einen neuen Demo-Arbeitsbereich nach PATH schreiben und beenden. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Open the invitation LINK to accept it (in the given or last workspace).</source>
        <translation>Die Einladung LINK öffnen, um sie anzunehmen (im angegebenen oder letzten Arbeitsbereich).</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <source>With --demo: add N generated leads.</source>
        <translation>Mit --demo: N generierte Leads hinzufügen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --demo: add M generated partners.</source>
        <translation>Mit --demo: M generierte Partner hinzufügen.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>import/export: act as the user with this ID or e-mail.</source>
        <translation>import/export: als Benutzer mit dieser ID oder E-Mail-Adresse handeln.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>import/export: act in the account with this ID.</source>
        <translation>import/export: im Konto mit dieser ID handeln.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>export: only the records the directory finds for TEXT.</source>
        <translation>export: nur die Datensätze, die das Verzeichnis für TEXT findet.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>export: sort by the directory column COLUMN.</source>
        <translation>export: nach der Verzeichnisspalte COLUMN sortieren.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>export: sort in descending order.</source>
        <translation>export: absteigend sortieren.</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or later.</source>
        <translation>export leads: nur die Leads, die am Tag DAY (JJJJ-MM-TT, Ortszeit) oder später angelegt wurden.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>export leads: only the leads created on DAY (YYYY-MM-DD, local time) or earlier.</source>
        <translation>export leads: nur die Leads, die am Tag DAY (JJJJ-MM-TT, Ortszeit) oder früher angelegt wurden.</translation>
    </message>
    <message>
        <source>import or export, then leads or partners, then FILE.</source>
        <translation>import oder export, dann leads oder partners, dann FILE.</translation>
    </message>
    <message>
        <source>Write: channeldesk server push FILE URL</source>
        <translation>Schreibweise: channeldesk server push FILE URL</translation>
    </message>
    <message>
        <source>--%1 cannot be used with server push.</source>
        <translation>--%1 kann nicht mit server push verwendet werden.</translation>
    </message>
    <message>
        <source>server push needs a workspace file, then the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</source>
        <translation>server push benötigt eine Arbeitsbereichsdatei, dann die Team-Datenbank als postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Give --workspace and --demo at most once each.</source>
        <translation>Geben Sie --workspace und --demo jeweils höchstens einmal an.</translation>
    </message>
    <message>
        <source>--%1 goes with the import or export command.</source>
        <translation>--%1 gehört zum Befehl import oder export.</translation>
    </message>
    <message>
        <source>Write: channeldesk %1 leads|partners FILE</source>
        <translation>Schreibweise: channeldesk %1 leads|partners FILE</translation>
    </message>
    <message>
        <source>%1 leads or partners, not “%2”.</source>
        <translation>%1 leads oder partners, nicht „%2“.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 kann nicht mit %2 verwendet werden.</translation>
    </message>
    <message>
        <source>--%1 goes with export, not import.</source>
        <translation>--%1 gehört zu export, nicht zu import.</translation>
    </message>
    <message>
        <source>--%1 goes with export leads.</source>
        <translation>--%1 gehört zu export leads.</translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation>%1 benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>--as needs a user&apos;s ID or e-mail.</source>
        <translation>--as benötigt die ID oder E-Mail-Adresse eines Benutzers.</translation>
    </message>
    <message>
        <source>--account needs an account ID.</source>
        <translation>--account benötigt eine Konto-ID.</translation>
    </message>
    <message>
        <source>--sort needs a column.</source>
        <translation>--sort benötigt eine Spalte.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD).</source>
        <translation>--%1 benötigt einen Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--workspace needs a file path.</source>
        <translation>--workspace benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo und --workspace können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--demo and --activate cannot be used together.</source>
        <translation>--demo und --activate können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--activate needs the activation link.</source>
        <translation>--activate benötigt den Aktivierungslink.</translation>
    </message>
    <message>
        <source>--leads and --partners go with --demo.</source>
        <translation>--leads und --partners gehören zu --demo.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 benötigt eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--demo needs a file path.</source>
        <translation>--demo benötigt einen Dateipfad.</translation>
    </message>
    <message>
        <source>

import-mail FILE.eml [--workspace PATH]: open the window with Create Lead filled in from the customer&apos;s e-mail FILE.eml (sender, company, subject and text; up to 10 MB); you pick the product and marketplace, nothing is saved until Create. A file that is no e-mail is refused with exit code 1.</source>
        <translation>

import-mail FILE.eml [--workspace PATH]: öffnet das Fenster mit „Lead anlegen“, ausgefüllt aus der E-Mail des Kunden FILE.eml (Absender, Firma, Betreff und Text; bis 10 MB); Produkt und Marktplatz wählen Sie, gespeichert wird erst mit „Anlegen“. Eine Datei, die keine E-Mail ist, wird mit Exit-Code 1 abgelehnt.</translation>
    </message>
    <message>
        <source>Write: channeldesk import-mail FILE.eml [--workspace PATH]</source>
        <translation>Schreiben Sie: channeldesk import-mail FILE.eml [--workspace PATH]</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create --workspace W --as USER --account ACCOUNT --name NAME</source>
        <translation>Schreibweise: channeldesk api-key create --workspace W --as USER --account ACCOUNT --name NAME</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key revoke ID --workspace W --as USER --account ACCOUNT</source>
        <translation>Schreibweise: channeldesk api-key revoke ID --workspace W --as USER --account ACCOUNT</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key list --workspace W --as USER --account ACCOUNT</source>
        <translation>Schreibweise: channeldesk api-key list --workspace W --as USER --account ACCOUNT</translation>
    </message>
    <message>
        <source>Write: channeldesk api-key create|list|revoke …</source>
        <translation>Schreibweise: channeldesk api-key create|list|revoke …</translation>
    </message>
    <message>
        <source>api-key create, list or revoke, not “%1”.</source>
        <translation>api-key create, list oder revoke, nicht „%1“.</translation>
    </message>
    <message>
        <source>api-key %1 needs --%2.</source>
        <translation>api-key %1 braucht --%2.</translation>
    </message>
    <message>
        <source>api-key create needs --name.</source>
        <translation>api-key create braucht --name.</translation>
    </message>
    <message>
        <source>--name goes with api-key create.</source>
        <translation>--name gehört zu api-key create.</translation>
    </message>
    <message>
        <source>“%1” is not an API key ID (%2).</source>
        <translation>„%1“ ist keine ID eines API-Schlüssels (%2).</translation>
    </message>
    <message>
        <source>Keys of the REST API (W: a workspace file or a team server&apos;s postgresql:// URL):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Create a key
      acting as USER, a CRM admin of ACCOUNT. Only the key goes to stdout, once: it
      is never shown again.
  api-key list --workspace W --as USER --account ACCOUNT  The account&apos;s keys.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Revoke a key at once.</source>
        <translation>Schlüssel der REST-API (W: eine Arbeitsbereichsdatei oder die postgresql://-URL eines
Teamservers):
  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Einen Schlüssel
      erstellen, der als USER handelt, ein CRM-Administrator von ACCOUNT. Nur der
      Schlüssel geht auf stdout, einmal: Er wird nie wieder angezeigt.
  api-key list --workspace W --as USER --account ACCOUNT  Die Schlüssel des Kontos.
  api-key revoke ID --workspace W --as USER --account ACCOUNT  Einen Schlüssel sofort
      widerrufen.</translation>
    </message>
    <message>
        <source>Write: channeldesk serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]</source>
        <translation>Schreibweise: channeldesk serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]</translation>
    </message>
    <message>
        <source>serve needs --workspace.</source>
        <translation>serve braucht --workspace.</translation>
    </message>
    <message>
        <source>--listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080 (port 0: any free port).</source>
        <translation>--listen erwartet HOST:PORT, zum Beispiel 127.0.0.1:8080 oder [::1]:8080 (Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS braucht sowohl --tls-cert als auch --tls-key.</translation>
    </message>
    <message>
        <source>

serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: receive leads over HTTP (the REST API and published web forms) into the workspace W until stopped with Ctrl+C or SIGTERM; listens on 127.0.0.1:8080 unless told otherwise, HTTPS with a certificate and its key (PEM). One line per request on stdout.</source>
        <translation>

serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: nimmt Leads über HTTP (die REST-API und veröffentlichte Webformulare) in den Arbeitsbereich W entgegen, bis mit Strg+C oder SIGTERM beendet; lauscht auf 127.0.0.1:8080, sofern nicht anders angegeben, HTTPS mit einem Zertifikat und seinem Schlüssel (PEM). Eine Zeile pro Anfrage auf stdout.</translation>
    </message>
</context>
<context>
    <name>CompanyTin</name>
    <message>
        <source>Use digits only.</source>
        <translation>Verwenden Sie nur Ziffern.</translation>
    </message>
    <message>
        <source>The check digit does not match: this is not a valid 10-digit TIN.</source>
        <translation>Die Prüfziffer stimmt nicht: Dies ist keine gültige 10-stellige Steuernummer.</translation>
    </message>
    <message>
        <source>The check digits do not match: this is not a valid 12-digit TIN.</source>
        <translation>Die Prüfziffern stimmen nicht: Dies ist keine gültige 12-stellige Steuernummer.</translation>
    </message>
    <message>
        <source>A TIN has 9, 10 or 12 digits (this one has %1).</source>
        <translation>Eine Steuernummer hat 9, 10 oder 12 Ziffern (diese hat %1).</translation>
    </message>
</context>
<context>
    <name>ConnectionLoss</name>
    <message>
        <source>The connection to the team server was lost; nothing was saved. Reconnect and try again.</source>
        <translation>Die Verbindung zum Teamserver wurde unterbrochen; nichts wurde gespeichert. Verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>ContractAction</name>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Kündigen</translation>
    </message>
</context>
<context>
    <name>ContractActionRunner</name>
    <message>
        <source>Si&amp;gn</source>
        <translation>&amp;Unterzeichnen</translation>
    </message>
    <message>
        <source>Sign the selected pending contract</source>
        <translation>Gewählten ausstehenden Vertrag unterzeichnen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Reject the selected pending contract</source>
        <translation>Gewählten ausstehenden Vertrag ablehnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected pending contract you issued</source>
        <translation>Gewählten ausstehenden Vertrag löschen, den Sie ausgestellt haben</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Enroll in the selected contract</source>
        <translation>Dem gewählten Vertrag beitreten</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve the selected enrolled contract</source>
        <translation>Gewählten Vertrag mit Beitritt genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;fine</source>
        <translation>Überarb&amp;eiten</translation>
    </message>
    <message>
        <source>Send the selected contract back to enrolling</source>
        <translation>Gewählten Vertrag an den Beitritt zurückgeben</translation>
    </message>
    <message>
        <source>Ter&amp;minate…</source>
        <translation>&amp;Kündigen…</translation>
    </message>
    <message>
        <source>Terminate the selected active contract</source>
        <translation>Gewählten aktiven Vertrag kündigen</translation>
    </message>
    <message>
        <source>Reject contract %1</source>
        <translation>Vertrag %1 ablehnen</translation>
    </message>
    <message>
        <source>Terminate contract %1</source>
        <translation>Vertrag %1 kündigen</translation>
    </message>
    <message>
        <source>Why? The other party sees this note.</source>
        <translation>Warum? Die andere Partei sieht diese Notiz.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Vertrag löschen</translation>
    </message>
    <message>
        <source>Delete the pending contract %1? An invitation link sent for it stops working. This cannot be undone.</source>
        <translation>Ausstehenden Vertrag %1 löschen? Ein dafür versandter Einladungslink funktioniert dann nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not change the contract</source>
        <translation>Der Vertrag konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ContractCreation</name>
    <message>
        <source>The agreement %1 has no active version.</source>
        <translation>Die Vereinbarung %1 hat keine aktive Version.</translation>
    </message>
    <message>
        <source>Already has the distribution agreement %1 of another program (%2); a marketplace has one distribution agreement.</source>
        <translation>Hat bereits die Distributionsvereinbarung %1 eines anderen Programms (%2); ein Marktplatz hat genau eine Distributionsvereinbarung.</translation>
    </message>
    <message>
        <source>Removed: restore the partner first.</source>
        <translation>Entfernt: Stellen Sie zuerst den Partner wieder her.</translation>
    </message>
    <message>
        <source>Pick the partner.</source>
        <translation>Wählen Sie den Partner.</translation>
    </message>
    <message>
        <source>Pick the program agreement the distribution contract is part of.</source>
        <translation>Wählen Sie die Programmvereinbarung, zu der der Distributionsvertrag gehört.</translation>
    </message>
    <message>
        <source>Pick the marketplace of the distribution contract.</source>
        <translation>Wählen Sie den Marktplatz des Distributionsvertrags.</translation>
    </message>
    <message>
        <source>Adding contracts needs the CRM admin or manager role.</source>
        <translation>Zum Hinzufügen von Verträgen benötigen Sie die Rolle CRM-Administrator oder -Manager.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 ist keiner Ihrer Partner.</translation>
    </message>
    <message>
        <source>%1 is removed. Restore the partner before adding contracts.</source>
        <translation>%1 ist entfernt. Stellen Sie den Partner wieder her, bevor Sie Verträge hinzufügen.</translation>
    </message>
    <message>
        <source>%1 has no pending or active contract on the program agreement %2; a distribution contract is part of the partner&apos;s program.</source>
        <translation>%1 hat keinen ausstehenden oder aktiven Vertrag zur Programmvereinbarung %2; ein Distributionsvertrag gehört zum Programm des Partners.</translation>
    </message>
    <message>
        <source>The marketplace %1 is not one of your marketplaces.</source>
        <translation>Der Marktplatz %1 ist keiner Ihrer Marktplätze.</translation>
    </message>
    <message>
        <source>%1 already has the contract %2 (%3) on this agreement.</source>
        <translation>%1 hat bereits den Vertrag %2 (%3) zu dieser Vereinbarung.</translation>
    </message>
    <message>
        <source>Pick the “%1” agreement.</source>
        <translation>Wählen Sie die Vereinbarung vom Typ „%1“.</translation>
    </message>
    <message>
        <source>A “%1” contract is not for a “%2” partner; %3 may get: %4.</source>
        <translation>Ein Vertrag vom Typ „%1“ ist nicht für einen Partner vom Typ „%2“; %3 kann erhalten: %4.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 is not one of your “%2” agreements with an active version.</source>
        <translation>%1 ist keine Ihrer Vereinbarungen vom Typ „%2“ mit aktiver Version.</translation>
    </message>
</context>
<context>
    <name>ContractDetails</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>Der Vertrag %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>The contract %1 does not exist.</source>
        <translation>Der Vertrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The contract %1 has an unknown type or status.</source>
        <translation>Der Vertrag %1 hat einen unbekannten Typ oder Status.</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager may act on contracts.</source>
        <translation>Nur ein CRM-Administrator oder CRM-Manager darf Aktionen an Verträgen ausführen.</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>Die Notiz darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Signing agreements needs the CRM admin or manager role.</source>
        <translation>Zum Unterzeichnen von Vereinbarungen benötigen Sie die Rolle CRM-Administrator oder -Manager.</translation>
    </message>
    <message>
        <source>Only an active contract moves to an updated agreement version; %1 is %2.</source>
        <translation>Nur ein aktiver Vertrag wechselt auf eine aktualisierte Version der Vereinbarung; %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>The contract %1 already uses version %2, the active one.</source>
        <translation>Der Vertrag %1 verwendet bereits die aktive Version %2.</translation>
    </message>
    <message>
        <source>Only the issuer of the contract %1 can choose “%2”.</source>
        <translation>Nur der Aussteller des Vertrags %1 kann „%2“ wählen.</translation>
    </message>
    <message>
        <source>Only the partner of the contract %1 can choose “%2”.</source>
        <translation>Nur der Partner des Vertrags %1 kann „%2“ wählen.</translation>
    </message>
    <message>
        <source>The “%1” contract %2 is %3: “%4” cannot change it.</source>
        <translation>Der Vertrag %2 vom Typ „%1“ hat den Status %3: „%4“ kann ihn nicht ändern.</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Enrolling</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
</context>
<context>
    <name>ContractWindow</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Sent back to enrolling</source>
        <translation>An den Beitritt zurückgegeben</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Updated version signed</source>
        <translation>Aktualisierte Version unterzeichnet</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>Version %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>the partner was removed</source>
        <translation>der Partner wurde entfernt</translation>
    </message>
    <message>
        <source>%1 — Contract</source>
        <translation>%1 — Vertrag</translation>
    </message>
    <message>
        <source>%1 contract</source>
        <translation>Vertrag (%1)</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>Vertrags-ID</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sign &amp;updated version</source>
        <translation>Aktualisierte Version &amp;unterzeichnen</translation>
    </message>
    <message>
        <source>Move the contract to version %1 of the agreement</source>
        <translation>Den Vertrag auf Version %1 der Vereinbarung umstellen</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Aktualisierte Version unterzeichnen</translation>
    </message>
    <message>
        <source>There is nothing you can do with this contract now.</source>
        <translation>Mit diesem Vertrag können Sie derzeit nichts tun.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>%1 (version %2 is active)</source>
        <translation>%1 (Version %2 ist aktiv)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>ContractWriter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Neuer Vertrag…</translation>
    </message>
    <message>
        <source>No contracts yet.</source>
        <translation>Noch keine Verträge.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Add a contract for one of your partners</source>
        <translation>Einen Vertrag für einen Ihrer Partner hinzufügen</translation>
    </message>
    <message>
        <source>Could not show the contracts</source>
        <translation>Die Verträge konnten nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>CreateLeadFormPage</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>%1 for %2 on %3. Fields marked * are required.</source>
        <translation>%1 für %2 auf %3. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Standard-Lead-Formular</translation>
    </message>
    <message>
        <source>Lead form “%1”</source>
        <translation>Lead-Formular „%1“</translation>
    </message>
    <message>
        <source>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</source>
        <translation>%1: &lt;a href=&quot;%2:%3&quot;&gt;%4&lt;/a&gt; (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — you can still create the lead, or pick the existing record instead:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Mögliche Duplikate&lt;/b&gt; — Sie können den Lead trotzdem anlegen oder stattdessen den vorhandenen Datensatz wählen:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>CreateLeadMarketplacePage</name>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Choose the distributor marketplace that the customer for this lead is coming in from.</source>
        <translation>Wählen Sie den Distributor-Marktplatz, über den der Kunde für diesen Lead hereinkommt.</translation>
    </message>
    <message>
        <source>&amp;Marketplaces:</source>
        <translation>&amp;Marktplätze:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
</context>
<context>
    <name>CreateLeadProductPage</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Choose the product the customer is interested in.</source>
        <translation>Wählen Sie das Produkt, für das sich der Kunde interessiert.</translation>
    </message>
    <message>
        <source>Type part of the product or vendor name</source>
        <translation>Teil des Produkt- oder Herstellernamens eingeben</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No products are listed on your marketplaces yet. A vendor&apos;s product must be listed before leads can be created for it.</source>
        <translation>Auf Ihren Marktplätzen sind noch keine Produkte gelistet. Das Produkt eines Herstellers muss gelistet sein, bevor Leads dafür angelegt werden können.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>CreateLeadSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Created lead</source>
        <translation>Angelegter Lead</translation>
    </message>
    <message>
        <source>The lead has been created. It is now available in both the distributor portal and the vendor (product owner) portal. Open any of the links below in a window of its own.</source>
        <translation>Der Lead wurde angelegt. Er ist jetzt sowohl im Distributorportal als auch im Herstellerportal (Produkteigentümer) verfügbar. Öffnen Sie einen der Links unten in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>CreateLeadWizard</name>
    <message>
        <source>Create Lead</source>
        <translation>Lead anlegen</translation>
    </message>
    <message>
        <source>&amp;Go to Details</source>
        <translation>&amp;Zu den Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>Zeile %1: Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 million characters. Is a closing quote (&quot;) missing?</source>
        <translation>Zeile %1: Der Datensatz ist länger als %2 Millionen Zeichen. Fehlt ein schließendes Anführungszeichen (&quot;)?</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed: a quote (&quot;) is missing.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen: Ein Anführungszeichen (&quot;) fehlt.</translation>
    </message>
</context>
<context>
    <name>CsvSample</name>
    <message>
        <source>%1 is not a regular file (a pipe or a device?): it can be read only once. Save it to a file first, or import it with “channeldesk import leads|partners %1”, which reads it once.</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe oder ein Gerät?): Sie kann nur einmal gelesen werden. Speichern Sie sie zuerst in einer Datei oder importieren Sie sie mit „channeldesk import leads|partners %1“, das sie einmal liest.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>CustomFieldListModel</name>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <source>“%1” is not a date: write the day as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie den Tag als JJJJ-MM-TT, zum Beispiel 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>Der erste Tag, %1, liegt nach dem letzten Tag, %2.</translation>
    </message>
</context>
<context>
    <name>DemoVolume</name>
    <message>
        <source>Ask for 0 to %1 leads and 0 to %2 partners.</source>
        <translation>Geben Sie 0 bis %1 Leads und 0 bis %2 Partner an.</translation>
    </message>
    <message>
        <source>The workspace has no listings to put leads on.</source>
        <translation>Der Arbeitsbereich hat keine Listings, denen Leads zugeordnet werden können.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data refers to an unknown object &quot;%1&quot;.</source>
        <translation>Die Demodaten verweisen auf ein unbekanntes Objekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace already has accounts; the demo can only fill an empty workspace.</source>
        <translation>Der Arbeitsbereich enthält bereits Konten; die Demodaten können nur einen leeren Arbeitsbereich füllen.</translation>
    </message>
</context>
<context>
    <name>DetailsParts</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte für den Export.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>DirectoryLoader</name>
    <message>
        <source>The directory could not read the workspace %1: %2</source>
        <translation>Das Verzeichnis konnte den Arbeitsbereich %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>The rows cannot be sorted by “%1”; they can be sorted by %2.</source>
        <translation>Die Zeilen können nicht nach „%1“ sortiert werden; sortieren lässt sich nach %2.</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by “%1”.</source>
        <translation>Die Zeilen können nicht nach „%1“ gefiltert werden.</translation>
    </message>
    <message>
        <source>The rows cannot be filtered by a range of “%1”.</source>
        <translation>Die Zeilen können nicht nach einem Bereich von „%1“ gefiltert werden.</translation>
    </message>
    <message>
        <source>The position does not fit the sort.</source>
        <translation>Die Position passt nicht zur Sortierung.</translation>
    </message>
</context>
<context>
    <name>DirectoryState</name>
    <message>
        <source>The saved view could not be read; it shows every column, unfiltered.</source>
        <translation>Die gespeicherte Ansicht konnte nicht gelesen werden; sie zeigt alle Spalten ungefiltert.</translation>
    </message>
    <message>
        <source>The saved sort could not be read and was left out.</source>
        <translation>Die gespeicherte Sortierung konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The saved search could not be read and was left out.</source>
        <translation>Die gespeicherte Suche konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The saved filter “%1” could not be read and was left out.</source>
        <translation>Der gespeicherte Filter „%1“ konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The saved range “%1” could not be read and was left out.</source>
        <translation>Der gespeicherte Bereich „%1“ konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A saved column could not be read and was left out.</source>
        <translation>Eine gespeicherte Spalte konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The saved columns could not be read; every column is shown.</source>
        <translation>Die gespeicherten Spalten konnten nicht gelesen werden; alle Spalten werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Type to filter the rows</source>
        <translation>Tippen Sie, um die Zeilen zu filtern</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>%1 from:</source>
        <translation>%1 von:</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>No row matches the search and filters.</source>
        <translation>Keine Zeile passt zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>No row matches “%1”.</source>
        <translation>Keine Zeile passt zu „%1“.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the rows as they are shown (search, filters, sort and columns) to a CSV file</source>
        <translation>Die Zeilen wie angezeigt (Suche, Filter, Sortierung und Spalten) in eine CSV-Datei speichern</translation>
    </message>
    <message>
        <source>The %1 filter does not offer the view&apos;s value here; it shows all.</source>
        <translation>Der Filter %1 bietet den Wert der Ansicht hier nicht an; er zeigt alle.</translation>
    </message>
    <message>
        <source>This directory has no %1 filter.</source>
        <translation>Dieses Verzeichnis hat keinen Filter %1.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A day such as %1 (included); empty for no limit</source>
        <translation>Ein Tag wie %1 (einschließlich); leer für keine Grenze</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the day as %2, for example %3.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie den Tag als %2, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>The first day, %1, comes after the last day, %2.</source>
        <translation>Der erste Tag, %1, liegt nach dem letzten Tag, %2.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>letter for the day in a date pattern such as DD.MM.YYYY</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <comment>letter for the month in a date pattern such as DD.MM.YYYY</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>letter for the year in a date pattern such as DD.MM.YYYY</comment>
        <translation>J</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify lead</source>
        <translation>Lead disqualifizieren</translation>
    </message>
    <message>
        <source>Say why “%1” is disqualified. The distributor sees this reason with the lead, and the lead cannot be qualified afterwards.</source>
        <translation>Geben Sie an, warum „%1“ disqualifiziert wird. Der Distributor sieht diesen Grund beim Lead, und der Lead kann danach nicht mehr qualifiziert werden.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>For example: no budget this year</source>
        <translation>Zum Beispiel: kein Budget in diesem Jahr</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Disqualify the lead (Ctrl+Enter)</source>
        <translation>Lead disqualifizieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>External Document</source>
        <translation>Externes Dokument</translation>
    </message>
    <message>
        <source>Uploaded File</source>
        <translation>Hochgeladene Datei</translation>
    </message>
</context>
<context>
    <name>EditLeadDialog</name>
    <message>
        <source>Edit lead %1</source>
        <translation>Lead %1 bearbeiten</translation>
    </message>
    <message>
        <source>Their changes are now in the form and yours are kept: check it and save again.</source>
        <translation>Die Änderungen der anderen Person sind jetzt im Formular, und Ihre bleiben erhalten: Prüfen Sie es und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>It has been decided and can no longer be edited.</source>
        <translation>Er ist entschieden und kann nicht mehr bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>IdGenerator</name>
    <message>
        <source>Could not record a new identifier: %1</source>
        <translation>Eine neue Kennung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No free identifier of the form %1 is left.</source>
        <translation>Es ist keine freie Kennung der Form %1 mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <source>A .csv file</source>
        <translation>Eine .csv-Datei</translation>
    </message>
    <message>
        <source>Each row of the file becomes a lead of %1, checked by the same rules as Create Lead. Name the listing by its product and marketplace; a row without an existing company or contact creates them from its company and contact columns. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Jede Zeile der Datei wird ein Lead von %1, geprüft nach denselben Regeln wie „Lead anlegen“. Geben Sie das Listing über Produkt und Marktplatz an; eine Zeile ohne vorhandenes Unternehmen oder vorhandenen Kontakt legt diese aus ihren Unternehmens- und Kontaktspalten an. Zeilen, die gegen eine Regel verstoßen, werden übersprungen und mit ihrer Zeilennummer aufgeführt.</translation>
    </message>
    <message>
        <source>Each row of the file becomes a partner of %1, checked by the same rules as Add partner, on one of your existing program (vendor) or service (reseller) agreements. Rows that break a rule are skipped and listed with their line.</source>
        <translation>Jede Zeile der Datei wird ein Partner von %1, geprüft nach denselben Regeln wie „Partner hinzufügen“, auf Grundlage einer Ihrer vorhandenen Programm- (Hersteller) oder Servicevereinbarungen (Reseller). Zeilen, die gegen eine Regel verstoßen, werden übersprungen und mit ihrer Zeilennummer aufgeführt.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>Import each column as (* mandatory):</source>
        <translation>Jede Spalte importieren als (* Pflichtfeld):</translation>
    </message>
    <message>
        <source>%1 may not create leads in %2: that needs a CRM role in a distributor or reseller account.</source>
        <translation>%1 darf in %2 keine Leads anlegen: Dafür ist eine CRM-Rolle in einem Distributor- oder Resellerkonto nötig.</translation>
    </message>
    <message>
        <source>%1 may not add partners in %2: that needs the CRM admin or manager role in a distributor account.</source>
        <translation>%1 darf in %2 keine Partner hinzufügen: Dafür ist die Rolle CRM-Administrator oder -Manager in einem Distributorkonto nötig.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n columns, separated by %1; %2 of them recognised by their header.</source>
        <translation>
            <numerusform>%n Spalte, getrennt durch %1; %2 davon an der Überschrift erkannt.</numerusform>
            <numerusform>%n Spalten, getrennt durch %1; %2 davon an der Überschrift erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n rows read…</source>
        <translation>
            <numerusform>%1 wird importiert: %n Zeile gelesen…</numerusform>
            <numerusform>%1 wird importiert: %n Zeilen gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Column %1 has no header.</source>
        <translation>Spalte %1 hat keine Überschrift.</translation>
    </message>
    <message>
        <source>Column %1 “%2”: no field has this name.</source>
        <translation>Spalte %1 „%2“: Kein Feld hat diesen Namen.</translation>
    </message>
    <message>
        <source>Column %1 “%2” is a duplicate: column %3 “%4” is imported into %5 already.</source>
        <translation>Spalte %1 „%2“ ist doppelt: Spalte %3 „%4“ wird bereits in %5 importiert.</translation>
    </message>
    <message>
        <source>Choose the column of %1.</source>
        <translation>Wählen Sie die Spalte für %1.</translation>
    </message>
    <message>
        <source>Choose the column of %1, or of %2.</source>
        <translation>Wählen Sie die Spalte für %1 oder für %2.</translation>
    </message>
    <message>
        <source>%1 is not a field that can be imported.</source>
        <translation>%1 ist kein importierbares Feld.</translation>
    </message>
    <message>
        <source>%1 is chosen for %2 columns; choose it for one.</source>
        <translation>%1 ist für %2 Spalten gewählt; wählen Sie es für eine.</translation>
    </message>
</context>
<context>
    <name>ImportMappingView</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>CSV-Spalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows up to line %1 are imported; nothing after it.</source>
        <translation>Die Zeilen bis Zeile %1 sind importiert; danach nichts.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped rows.</source>
        <translation>
            <numerusform>… und %n weitere übersprungene Zeile.</numerusform>
            <numerusform>… und %n weitere übersprungene Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Skipped &amp;rows and notes:</source>
        <translation>Übersprungene &amp;Zeilen und Hinweise:</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Alle Zeilen wurden importiert.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header only %2: is a delimiter or a quote out of place?</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile aber nur %2: Steht ein Trennzeichen oder Anführungszeichen an der falschen Stelle?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>The API description is missing.</source>
        <translation>Die API-Beschreibung fehlt.</translation>
    </message>
    <message>
        <source>This address takes %1.</source>
        <translation>Diese Adresse nimmt %1 an.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA, EC oder DSA, unverschlüsselt).</translation>
    </message>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 ist keine IP-Adresse zum Lauschen.</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS braucht sowohl --tls-cert als auch --tls-key.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>The API key is unknown or revoked.</source>
        <translation>Der API-Schlüssel ist unbekannt oder widerrufen.</translation>
    </message>
    <message>
        <source>Too many requests with this key; try again in %1 s.</source>
        <translation>Zu viele Anfragen mit diesem Schlüssel; versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Nothing is at %1.</source>
        <translation>Unter %1 ist nichts.</translation>
    </message>
    <message>
        <source>Send the lead as application/json.</source>
        <translation>Senden Sie den Lead als application/json.</translation>
    </message>
    <message>
        <source>Too many requests from your address; try again in %1 s.</source>
        <translation>Zu viele Anfragen von Ihrer Adresse; versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The workspace %1 could not be checked for damage: %2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht auf Beschädigung geprüft werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). ChannelDesk does not change a damaged workspace: restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2). ChannelDesk ändert keinen beschädigten Arbeitsbereich: Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>ChannelDesk is still checking the workspace %1 for damage (it does so once, in the background, for a large workspace); changes can be saved as soon as that is done. Try again in a moment.</source>
        <translation>ChannelDesk prüft den Arbeitsbereich %1 noch auf Beschädigung (bei einem großen Arbeitsbereich einmalig im Hintergrund); Änderungen können gespeichert werden, sobald dies abgeschlossen ist. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>InvitationLinkDialog</name>
    <message>
        <source>New invitation link</source>
        <translation>Neuer Einladungslink</translation>
    </message>
    <message>
        <source>Pass this new link to %1. The previous link no longer works.</source>
        <translation>Geben Sie diesen neuen Link an %1 weiter. Der vorherige Link funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>This invitation link is not valid. Ask the partner who invited you for a new one.</source>
        <translation>Dieser Einladungslink ist ungültig. Bitten Sie den Partner, der Sie eingeladen hat, um einen neuen.</translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation>Diese Einladung wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>This invitation was withdrawn by %1. Ask them for a new one.</source>
        <translation>Diese Einladung wurde von %1 zurückgezogen. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new one.</source>
        <translation>Diese Einladung ist am %1 abgelaufen. Bitten Sie %2 um eine neue.</translation>
    </message>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may revoke or resend its invitations.</source>
        <translation>Nur ein CRM-Administrator oder CRM-Manager von %1 darf dessen Einladungen widerrufen oder erneut senden.</translation>
    </message>
    <message>
        <source>This invitation does not exist or was not issued by %1.</source>
        <translation>Diese Einladung existiert nicht oder wurde nicht von %1 ausgestellt.</translation>
    </message>
    <message>
        <source>This invitation has already been revoked.</source>
        <translation>Diese Einladung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>This invitation has expired already.</source>
        <translation>Diese Einladung ist bereits abgelaufen.</translation>
    </message>
    <message>
        <source>This is not a ChannelDesk invitation link. An invitation link looks like %1…; copy the whole link from the invitation you received.</source>
        <translation>Dies ist kein ChannelDesk-Einladungslink. Ein Einladungslink sieht so aus: %1…; kopieren Sie den vollständigen Link aus der erhaltenen Einladung.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>Pending invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;send</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>No pending invitations. Invite a partner with Create Partner → Generate invitation link.</source>
        <translation>Keine ausstehenden Einladungen. Laden Sie einen Partner über Partner anlegen → Einladungslink erzeugen ein.</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Gewählte Einladung zurückziehen: Ihr Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Issue a new link for the selected invitation; the old link stops working</source>
        <translation>Einen neuen Link für die gewählte Einladung ausstellen; der alte Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Could not show the invitations</source>
        <translation>Die Einladungen konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once; the partner stays Invited and its contract Pending.</source>
        <translation>Die Einladung von %1 widerrufen? Ihr Link funktioniert sofort nicht mehr; der Partner bleibt „Eingeladen“ und sein Vertrag „Ausstehend“.</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
</context>
<context>
    <name>LeadCatalog</name>
    <message>
        <source>The listing %1 does not exist.</source>
        <translation>Das Listing %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The lead form %1 of this product is damaged: %2</source>
        <translation>Das Lead-Formular %1 dieses Produkts ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The entry %1 does not exist.</source>
        <translation>Der Eintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ausgemustert)</translation>
    </message>
    <message>
        <source>The company %1 does not exist.</source>
        <translation>Das Unternehmen %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The contact %1 does not exist.</source>
        <translation>Der Kontakt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>In Ihrem Portal gibt es keinen Lead %1.</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Geben Sie an, warum der Lead disqualifiziert wird.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>Der Grund hat höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
</context>
<context>
    <name>LeadDetailsWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>%1 — Lead %2</source>
        <translation>%1 — Lead %2</translation>
    </message>
    <message>
        <source>Lead fields</source>
        <translation>Lead-Felder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for disqualification: %1</source>
        <translation>Grund der Disqualifizierung: %1</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>&amp;Qualifizieren</translation>
    </message>
    <message>
        <source>Qualify the lead and create its opportunity</source>
        <translation>Lead qualifizieren und seine Verkaufschance anlegen</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>&amp;Disqualifizieren…</translation>
    </message>
    <message>
        <source>Disqualify the lead, giving the reason</source>
        <translation>Lead disqualifizieren und den Grund angeben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open %1 (%2)</source>
        <translation>%1 (%2) öffnen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Website im Browser öffnen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Product and marketplace</source>
        <translation>Produkt und Marktplatz</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Lead form</source>
        <translation>Lead-Formular</translation>
    </message>
    <message>
        <source>Default lead form</source>
        <translation>Standard-Lead-Formular</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>The default lead form has no custom fields.</source>
        <translation>Das Standard-Lead-Formular hat keine benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <source>The form %1 has no custom fields.</source>
        <translation>Das Formular %1 hat keine benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <source>%1 (no longer on the form)</source>
        <translation>%1 (nicht mehr im Formular)</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>None: the lead was disqualified.</source>
        <translation>Keine: Der Lead wurde disqualifiziert.</translation>
    </message>
    <message>
        <source>None yet. Qualifying the lead creates its opportunity.</source>
        <translation>Noch keine. Das Qualifizieren des Leads legt seine Verkaufschance an.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Wann und wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Lead qualifizieren</translation>
    </message>
    <message>
        <source>Qualify “%1”? This creates an opportunity for %2 that you own. A qualified lead cannot be disqualified.</source>
        <translation>„%1“ qualifizieren? Dadurch wird eine Verkaufschance für %2 angelegt, für die Sie verantwortlich sind. Ein qualifizierter Lead kann nicht disqualifiziert werden.</translation>
    </message>
    <message>
        <source>Could not qualify the lead</source>
        <translation>Der Lead konnte nicht qualifiziert werden</translation>
    </message>
    <message>
        <source>Could not disqualify the lead</source>
        <translation>Der Lead konnte nicht disqualifiziert werden</translation>
    </message>
</context>
<context>
    <name>LeadDirectory</name>
    <message>
        <source>There is no lead %1 in your portal.</source>
        <translation>In Ihrem Portal gibt es keinen Lead %1.</translation>
    </message>
</context>
<context>
    <name>LeadDirectoryModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>LeadFeed</name>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>status: give one of new, qualified, disqualified.</source>
        <translation>status: geben Sie new, qualified oder disqualified an.</translation>
    </message>
    <message>
        <source>limit: give a number from 1 to %1.</source>
        <translation>limit: geben Sie eine Zahl von 1 bis %1 an.</translation>
    </message>
    <message>
        <source>cursor: not a cursor this service gave; start without one.</source>
        <translation>cursor: kein Cursor dieses Dienstes; beginnen Sie ohne.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Lead company name</source>
        <translation>Unternehmensname des Leads</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Vorhandenes Unternehmen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Website des Unternehmens</translation>
    </message>
    <message>
        <source>Company TIN</source>
        <translation>Steuernummer des Unternehmens</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Selling direction</source>
        <translation>Vertriebsrichtung</translation>
    </message>
    <message>
        <source>Service or product</source>
        <translation>Service oder Produkt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Kontakts</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Content distribution channel</source>
        <translation>Content-Vertriebskanal</translation>
    </message>
</context>
<context>
    <name>LeadFormEditorDialog</name>
    <message>
        <source>New lead form</source>
        <translation>Neues Lead-Formular</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>e.g. Backup trial requests</source>
        <translation>z. B. Anfragen für Backup-Testversionen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Active: leads of its products are entered with this form</source>
        <translation>&amp;Aktiv: Leads seiner Produkte werden mit diesem Formular erfasst</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Produkte:</translation>
    </message>
    <message>
        <source>Leads of the ticked products are entered with this form.</source>
        <translation>Leads der angehakten Produkte werden mit diesem Formular erfasst.</translation>
    </message>
    <message>
        <source>Default fields</source>
        <translation>Standardfelder</translation>
    </message>
    <message>
        <source>&amp;Default fields:</source>
        <translation>Standa&amp;rdfelder:</translation>
    </message>
    <message>
        <source>Greyed fields are mandatory.</source>
        <translation>Ausgegraute Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Custom field columns</source>
        <translation>Spalten der benutzerdefinierten Felder</translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation>Benutzer&amp;definierte Felder:</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Selected field</source>
        <translation>Gewähltes Feld</translation>
    </message>
    <message>
        <source>e.g. Number of seats</source>
        <translation>z. B. Anzahl der Lizenzen</translation>
    </message>
    <message>
        <source>Where the value is stored: a-z, 0-9 and _, starting with a letter. Follows the title until you change it.</source>
        <translation>Wo der Wert gespeichert wird: a-z, 0-9 und _, beginnend mit einem Buchstaben. Folgt dem Titel, bis Sie ihn ändern.</translation>
    </message>
    <message>
        <source>Re&amp;quired: a lead cannot be created without it</source>
        <translation>Pf&amp;licht: Ohne dieses Feld kann kein Lead angelegt werden</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Auswahl pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>Aus&amp;wahlen:</translation>
    </message>
    <message>
        <source>Asked after the default fields, in this order.</source>
        <translation>Wird nach den Standardfeldern abgefragt, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Edit lead form</source>
        <translation>Lead-Formular bearbeiten</translation>
    </message>
    <message>
        <source>Assigned when the form is saved</source>
        <translation>Wird beim Speichern des Formulars vergeben</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>active form: %1</source>
        <translation>aktives Formular: %1</translation>
    </message>
    <message>
        <source>None of your products is listed on a marketplace yet.</source>
        <translation>Noch keines Ihrer Produkte ist auf einem Marktplatz gelistet.</translation>
    </message>
    <message>
        <source>Mandatory: always shown</source>
        <translation>Pflicht: immer angezeigt</translation>
    </message>
    <message>
        <source>Optional: shown when ticked</source>
        <translation>Optional: angezeigt, wenn angehakt</translation>
    </message>
    <message>
        <source>The form was not saved: see the reason at Products.</source>
        <translation>Das Formular wurde nicht gespeichert: Siehe den Grund unter „Produkte“.</translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation>Das Formular wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>LeadFormListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>LeadFormSchema</name>
    <message>
        <source>The lead form definition is not valid JSON: %1</source>
        <translation>Die Definition des Lead-Formulars ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The lead form names an unknown field “%1”.</source>
        <translation>Das Lead-Formular nennt ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The custom field “%1” has an unknown type.</source>
        <translation>Das benutzerdefinierte Feld „%1“ hat einen unbekannten Typ.</translation>
    </message>
    <message>
        <source>A form has at most %1 custom fields.</source>
        <translation>Ein Formular hat höchstens %1 benutzerdefinierte Felder.</translation>
    </message>
    <message>
        <source>The key “%1” of a custom field must start with a letter and use only a-z, 0-9 and _ (at most 40).</source>
        <translation>Der Schlüssel „%1“ eines benutzerdefinierten Felds muss mit einem Buchstaben beginnen und darf nur a-z, 0-9 und _ enthalten (höchstens 40).</translation>
    </message>
    <message>
        <source>The key “%1” is taken by a default field.</source>
        <translation>Der Schlüssel „%1“ ist bereits von einem Standardfeld belegt.</translation>
    </message>
    <message>
        <source>Two custom fields have the key “%1”.</source>
        <translation>Zwei benutzerdefinierte Felder haben den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a title.</source>
        <translation>Das benutzerdefinierte Feld „%1“ benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The title of “%1” is longer than %2 characters.</source>
        <translation>Der Titel von „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>Das Auswahlfeld „%1“ benötigt mindestens eine Auswahl.</translation>
    </message>
    <message>
        <source>The choice field “%1” has more than %2 choices.</source>
        <translation>Das Auswahlfeld „%1“ hat mehr als %2 Auswahlen.</translation>
    </message>
    <message>
        <source>The choice field “%1” lists a choice twice.</source>
        <translation>Das Auswahlfeld „%1“ enthält eine Auswahl doppelt.</translation>
    </message>
</context>
<context>
    <name>LeadFormService</name>
    <message>
        <source>“%1” (%2) is already the active form for %3 on %4. A product listing has one active form: make this form inactive or leave that product out.</source>
        <translation>„%1“ (%2) ist bereits das aktive Formular für %3 auf %4. Ein Produkt-Listing hat genau ein aktives Formular: Setzen Sie dieses Formular auf inaktiv oder lassen Sie das Produkt weg.</translation>
    </message>
    <message>
        <source>Only a CRM admin, manager or marketeer of the vendor may change its lead forms.</source>
        <translation>Nur ein CRM-Administrator, -Manager oder -Marketer des Herstellers darf dessen Lead-Formulare ändern.</translation>
    </message>
    <message>
        <source>There is no lead form %1.</source>
        <translation>Es gibt kein Lead-Formular %1.</translation>
    </message>
    <message>
        <source>The lead form %1 is damaged: %2</source>
        <translation>Das Lead-Formular %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no product listing %1.</source>
        <translation>Es gibt kein Produkt-Listing %1.</translation>
    </message>
    <message>
        <source>The listing %1 is not a listing of your products.</source>
        <translation>Das Listing %1 ist kein Listing Ihrer Produkte.</translation>
    </message>
    <message>
        <source>Only the vendor that owns the lead form %1 may open it.</source>
        <translation>Nur der Hersteller, dem das Lead-Formular %1 gehört, darf es öffnen.</translation>
    </message>
    <message>
        <source>Enter a name for the form.</source>
        <translation>Geben Sie einen Namen für das Formular ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Choose at least one product the form applies to.</source>
        <translation>Wählen Sie mindestens ein Produkt, für das das Formular gilt.</translation>
    </message>
    <message>
        <source>The lead form %1 belongs to another vendor.</source>
        <translation>Das Lead-Formular %1 gehört einem anderen Hersteller.</translation>
    </message>
    <message>
        <source>The lead form %1</source>
        <translation>Das Lead-Formular %1</translation>
    </message>
</context>
<context>
    <name>LeadFormWidget</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Type a name or TIN to search every company</source>
        <translation>Name oder Steuernummer eingeben, um alle Unternehmen zu durchsuchen</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Passende Unternehmen</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Kein Unternehmen passt zu „%1“.</translation>
    </message>
    <message>
        <source>More companies match: type more of the name or the TIN.</source>
        <translation>Weitere Unternehmen passen: Geben Sie mehr vom Namen oder der Steuernummer ein.</translation>
    </message>
    <message>
        <source>TIN %1</source>
        <translation>Steuernummer %1</translation>
    </message>
    <message>
        <source>Type a name or e-mail of the company&apos;s contacts</source>
        <translation>Name oder E-Mail-Adresse eines Kontakts des Unternehmens eingeben</translation>
    </message>
    <message>
        <source>Matching contacts of the company</source>
        <translation>Passende Kontakte des Unternehmens</translation>
    </message>
    <message>
        <source>No contact of the company matches “%1”.</source>
        <translation>Kein Kontakt des Unternehmens passt zu „%1“.</translation>
    </message>
    <message>
        <source>More contacts match: type more of the name or e-mail.</source>
        <translation>Weitere Kontakte passen: Geben Sie mehr vom Namen oder der E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>+1 415 555 0123</source>
        <translation>+1 415 555 0123</translation>
    </message>
    <message>
        <source>Numbers without + are read as %1</source>
        <translation>Nummern ohne + werden gelesen als %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A number, e.g. 40</source>
        <translation>Eine Zahl, z. B. 40</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Pick the company first (a new company has no contacts yet)</source>
        <translation>Wählen Sie zuerst das Unternehmen (ein neues Unternehmen hat noch keine Kontakte)</translation>
    </message>
    <message>
        <source>The TIN of the chosen company</source>
        <translation>Die Steuernummer des gewählten Unternehmens</translation>
    </message>
    <message>
        <source>To create the lead, complete: %1.</source>
        <translation>Um den Lead anzulegen, füllen Sie aus: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LeadFormsTab</name>
    <message>
        <source>Lead forms</source>
        <translation>Lead-Formulare</translation>
    </message>
    <message>
        <source>&amp;New form…</source>
        <translation>&amp;Neues Formular…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>No lead forms yet. Leads of your products use the default form.</source>
        <translation>Noch keine Lead-Formulare. Leads Ihrer Produkte verwenden das Standardformular.</translation>
    </message>
    <message>
        <source>Create a lead form for some of your products</source>
        <translation>Ein Lead-Formular für einige Ihrer Produkte anlegen</translation>
    </message>
    <message>
        <source>Change the selected lead form (or press Enter on it)</source>
        <translation>Gewähltes Lead-Formular ändern (oder Eingabetaste darauf drücken)</translation>
    </message>
    <message>
        <source>Could not open the lead form</source>
        <translation>Das Lead-Formular konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not show the lead forms</source>
        <translation>Die Lead-Formulare konnten nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>no product “%1” is listed on your marketplaces.</source>
        <translation>Kein Produkt „%1“ ist auf Ihren Marktplätzen gelistet.</translation>
    </message>
    <message>
        <source>several products are named “%1”; give the product&apos;s ID.</source>
        <translation>Mehrere Produkte heißen „%1“; geben Sie die ID des Produkts an.</translation>
    </message>
    <message>
        <source>%1 is listed on several of your marketplaces; name the marketplace.</source>
        <translation>%1 ist auf mehreren Ihrer Marktplätze gelistet; nennen Sie den Marktplatz.</translation>
    </message>
    <message>
        <source>“%1” is not one of your marketplaces.</source>
        <translation>„%1“ ist keiner Ihrer Marktplätze.</translation>
    </message>
    <message>
        <source>several of your marketplaces are named “%1”; give the marketplace&apos;s ID.</source>
        <translation>Mehrere Ihrer Marktplätze heißen „%1“; geben Sie die ID des Marktplatzes an.</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 ist nicht auf %2 gelistet.</translation>
    </message>
    <message>
        <source>several records match “%1”; give the ID.</source>
        <translation>Mehrere Datensätze passen zu „%1“; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>nothing in the workspace matches “%1”.</source>
        <translation>Nichts im Arbeitsbereich passt zu „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not in the list.</source>
        <translation>„%1“ ist nicht in der Liste.</translation>
    </message>
    <message>
        <source>several entries are named “%1”; give the ID.</source>
        <translation>Mehrere Einträge heißen „%1“; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>“%1” is not a lead source.</source>
        <translation>„%1“ ist keine Lead-Quelle.</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>Geben Sie ja oder nein ein.</translation>
    </message>
    <message>
        <source>ID or name from the list</source>
        <translation>ID oder Name aus der Liste</translation>
    </message>
    <message>
        <source>ID or name of a product listed on your marketplaces</source>
        <translation>ID oder Name eines Produkts, das auf Ihren Marktplätzen gelistet ist</translation>
    </message>
    <message>
        <source>ID or name of your marketplace; may stay empty when the product is listed on only one</source>
        <translation>ID oder Name Ihres Marktplatzes; darf leer bleiben, wenn das Produkt nur auf einem gelistet ist</translation>
    </message>
    <message>
        <source>Title of the lead</source>
        <translation>Titel des Leads</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
    <message>
        <source>The company name as the requester typed it</source>
        <translation>Der Unternehmensname, wie ihn der Anfragende eingegeben hat</translation>
    </message>
    <message>
        <source>ID or exact name of a company in the workspace; empty: a new company from the company columns</source>
        <translation>ID oder exakter Name eines Unternehmens im Arbeitsbereich; leer: ein neues Unternehmen aus den Unternehmensspalten</translation>
    </message>
    <message>
        <source>Name of the new company</source>
        <translation>Name des neuen Unternehmens</translation>
    </message>
    <message>
        <source>http or https address</source>
        <translation>http- oder https-Adresse</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>Empty: the product&apos;s name</source>
        <translation>Leer: der Name des Produkts</translation>
    </message>
    <message>
        <source>ID or e-mail of a contact in the workspace; empty: a new contact from the contact columns</source>
        <translation>ID oder E-Mail-Adresse eines Kontakts im Arbeitsbereich; leer: ein neuer Kontakt aus den Kontaktspalten</translation>
    </message>
    <message>
        <source>International (+…) or national number</source>
        <translation>Internationale (+…) oder nationale Nummer</translation>
    </message>
    <message>
        <source>ID, e-mail or name of a user of %1</source>
        <translation>ID, E-Mail-Adresse oder Name eines Benutzers von %1</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>A date: YYYY-MM-DD</source>
        <translation>Ein Datum: JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form</source>
        <translation>Benutzerdefiniertes Feld eines Lead-Formulars des Herstellers</translation>
    </message>
    <message>
        <source>Custom field of a vendor&apos;s lead form: %1</source>
        <translation>Benutzerdefiniertes Feld eines Lead-Formulars des Herstellers: %1</translation>
    </message>
    <message>
        <source>Importing leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Zum Importieren von Leads ist eine CRM-Rolle in einem Distributor- oder Resellerkonto nötig.</translation>
    </message>
</context>
<context>
    <name>LeadIntake</name>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Zum Anlegen von Leads ist eine CRM-Rolle in einem Distributor- oder Reseller-Konto nötig.</translation>
    </message>
    <message>
        <source>A lead has at most %1 fields; this one has %2.</source>
        <translation>Ein Lead hat höchstens %1 Felder; dieser hat %2.</translation>
    </message>
    <message>
        <source>Not a lead field.</source>
        <translation>Kein Feld eines Leads.</translation>
    </message>
    <message>
        <source>Given twice.</source>
        <translation>Doppelt angegeben.</translation>
    </message>
    <message>
        <source>Give text, a number or true/false.</source>
        <translation>Geben Sie Text, eine Zahl oder true/false an.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead %1 does not exist.</source>
        <translation>Der Lead %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>Only the vendor that owns the product may qualify or disqualify a lead.</source>
        <translation>Nur der Hersteller, dem das Produkt gehört, darf einen Lead qualifizieren oder disqualifizieren.</translation>
    </message>
    <message>
        <source>The lead %1 has already been decided.</source>
        <translation>Über den Lead %1 wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Creating leads needs a CRM role in a distributor or reseller account.</source>
        <translation>Zum Anlegen von Leads ist eine CRM-Rolle in einem Distributor- oder Resellerkonto nötig.</translation>
    </message>
    <message>
        <source>Only the distributor that created the lead may edit it.</source>
        <translation>Nur der Distributor, der den Lead angelegt hat, darf ihn bearbeiten.</translation>
    </message>
    <message>
        <source>Only New leads can be edited; %1 has been decided.</source>
        <translation>Nur neue Leads können bearbeitet werden; über %1 wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>The product, marketplace and form of a lead cannot be changed.</source>
        <translation>Produkt, Marktplatz und Formular eines Leads können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation>Einige Felder erfordern Ihre Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Same TIN</source>
        <translation>Gleiche Steuernummer</translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation>Gleiche Website-Domain</translation>
    </message>
    <message>
        <source>Same contact e-mail</source>
        <translation>Gleiche Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>Geben Sie an, warum der Lead disqualifiziert wird.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters (now %2).</source>
        <translation>Der Grund hat höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Dieses Unternehmen existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Dieser Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This contact is not one of the chosen company&apos;s contacts: pick one of them, or tick New contact.</source>
        <translation>Dieser Kontakt gehört nicht zu den Kontakten des gewählten Unternehmens: Wählen Sie einen davon oder haken Sie „Neuer Kontakt“ an.</translation>
    </message>
    <message>
        <source>Pick a selling direction from the list.</source>
        <translation>Wählen Sie eine Vertriebsrichtung aus der Liste.</translation>
    </message>
    <message>
        <source>Pick a campaign from the list.</source>
        <translation>Wählen Sie eine Kampagne aus der Liste.</translation>
    </message>
    <message>
        <source>Pick a channel from the list.</source>
        <translation>Wählen Sie einen Kanal aus der Liste.</translation>
    </message>
    <message>
        <source>The owner must be a user of %1.</source>
        <translation>Der Verantwortliche muss ein Benutzer von %1 sein.</translation>
    </message>
    <message>
        <source>Leads can only be created on your own marketplaces.</source>
        <translation>Leads können nur auf Ihren eigenen Marktplätzen angelegt werden.</translation>
    </message>
    <message>
        <source>The vendor has changed the lead form of %1. Go back and fill in the current form.</source>
        <translation>Der Hersteller hat das Lead-Formular von %1 geändert. Gehen Sie zurück und füllen Sie das aktuelle Formular aus.</translation>
    </message>
    <message>
        <source>%1 is no longer listed on %2.</source>
        <translation>%1 ist nicht mehr auf %2 gelistet.</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Self-generation</source>
        <translation>Eigengenerierung</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Website-Formular</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Soziales Netzwerk</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Required: tick to confirm.</source>
        <translation>Pflichtfeld: Zum Bestätigen anhaken.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>Geben Sie ein Datum ein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>Wählen Sie eine der Auswahlen.</translation>
    </message>
    <message>
        <source>Pick where the lead came from.</source>
        <translation>Wählen Sie, woher der Lead kam.</translation>
    </message>
    <message>
        <source>Pick the company, or tick New company.</source>
        <translation>Wählen Sie das Unternehmen oder haken Sie „Neues Unternehmen“ an.</translation>
    </message>
    <message>
        <source>Pick the selling direction.</source>
        <translation>Wählen Sie die Vertriebsrichtung.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A new company has no contacts yet: tick New contact.</source>
        <translation>Ein neues Unternehmen hat noch keine Kontakte: Haken Sie „Neuer Kontakt“ an.</translation>
    </message>
    <message>
        <source>Pick the contact, or tick New contact.</source>
        <translation>Wählen Sie den Kontakt oder haken Sie „Neuer Kontakt“ an.</translation>
    </message>
</context>
<context>
    <name>LeadsEndpoint</name>
    <message>
        <source>The lead could not be written or read.</source>
        <translation>Der Lead konnte nicht geschrieben oder gelesen werden.</translation>
    </message>
    <message>
        <source>Idempotency-Key: %1</source>
        <translation>Idempotency-Key: %1</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request; use a new key for a new lead.</source>
        <translation>Dieser Idempotency-Key wurde für eine andere Anfrage verwendet; nehmen Sie für einen neuen Lead einen neuen.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at character %2.</source>
        <translation>Der Inhalt ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The body must be one JSON object: a lead.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein: ein Lead.</translation>
    </message>
    <message>
        <source>updated_since: give a time in ISO 8601, e.g. 2026-12-01T00:00:00Z.</source>
        <translation>updated_since: geben Sie eine Zeit in ISO 8601 an, z. B. 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”: give status, updated_since, cursor or limit.</source>
        <translation>Unbekannter Parameter „%1“: geben Sie status, updated_since, cursor oder limit an.</translation>
    </message>
</context>
<context>
    <name>LeadsModule</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Create &amp;Lead</source>
        <translation>&amp;Lead anlegen</translation>
    </message>
    <message>
        <source>Create a lead for a product listed on your marketplaces (Ctrl+Shift+L)</source>
        <translation>Einen Lead für ein Produkt anlegen, das auf Ihren Marktplätzen gelistet ist (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Pr&amp;odukt:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Cr&amp;eated</source>
        <translation>Ang&amp;elegt</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>No leads for your products yet. They appear here as soon as a distributor creates one.</source>
        <translation>Noch keine Leads für Ihre Produkte. Sie erscheinen hier, sobald ein Distributor einen anlegt.</translation>
    </message>
    <message>
        <source>No leads yet on your marketplaces.</source>
        <translation>Noch keine Leads auf Ihren Marktplätzen.</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Neuer Lead aus E-Mail</translation>
    </message>
    <message>
        <source>This e-mail cannot become a lead.</source>
        <translation>Aus dieser E-Mail kann kein Lead werden.</translation>
    </message>
</context>
<context>
    <name>ListingListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ListingRequestDialog</name>
    <message>
        <source>Request listing</source>
        <translation>Listing anfordern</translation>
    </message>
    <message>
        <source>&amp;Product *</source>
        <translation>&amp;Produkt *</translation>
    </message>
    <message>
        <source>&amp;Marketplace *</source>
        <translation>&amp;Marktplatz *</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have no published product: publish one on the Products tab first.</source>
        <translation>Sie haben kein veröffentlichtes Produkt: Veröffentlichen Sie zuerst eines auf der Registerkarte „Produkte“.</translation>
    </message>
    <message>
        <source>Pick a product.</source>
        <translation>Wählen Sie ein Produkt.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for a marketplace yet: a distributor offers one, and it must be approved before products can be listed there.</source>
        <translation>Sie haben noch keinen aktiven Distributionsvertrag für einen Marktplatz: Ein Distributor bietet einen an, und er muss genehmigt werden, bevor dort Produkte gelistet werden können.</translation>
    </message>
    <message>
        <source>The product has a listing on every marketplace open to you.</source>
        <translation>Das Produkt hat auf jedem Ihnen offenstehenden Marktplatz ein Listing.</translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>There is no listing %1 in your portal.</source>
        <translation>In Ihrem Portal gibt es kein Listing %1.</translation>
    </message>
    <message>
        <source>The product is listed there already.</source>
        <translation>Das Produkt ist dort bereits gelistet.</translation>
    </message>
    <message>
        <source>The product&apos;s listing there is requested already.</source>
        <translation>Das Listing des Produkts dort ist bereits angefordert.</translation>
    </message>
    <message>
        <source>Pick one of your products.</source>
        <translation>Wählen Sie eines Ihrer Produkte.</translation>
    </message>
    <message>
        <source>%1 is a draft: publish it before requesting its listing.</source>
        <translation>%1 ist ein Entwurf: Veröffentlichen Sie es, bevor Sie sein Listing anfordern.</translation>
    </message>
    <message>
        <source>You have no Active distribution contract for this marketplace: a product can be listed only where its vendor&apos;s distribution contract is Active.</source>
        <translation>Sie haben keinen aktiven Distributionsvertrag für diesen Marktplatz: Ein Produkt kann nur dort gelistet werden, wo der Distributionsvertrag seines Herstellers aktiv ist.</translation>
    </message>
    <message>
        <source>%1 has a listing on this marketplace already.</source>
        <translation>%1 hat bereits ein Listing auf diesem Marktplatz.</translation>
    </message>
    <message>
        <source>Only the owner of %1 may list or unlist its products.</source>
        <translation>Nur der Eigentümer von %1 darf dessen Produkte listen oder aus dem Listing nehmen.</translation>
    </message>
    <message>
        <source>%1 is a draft: its vendor must publish it before it can be listed.</source>
        <translation>%1 ist ein Entwurf: Sein Hersteller muss es veröffentlichen, bevor es gelistet werden kann.</translation>
    </message>
    <message>
        <source>%1 has no Active distribution contract for %2: approve or renew it before listing.</source>
        <translation>%1 hat keinen aktiven Distributionsvertrag für %2: Genehmigen oder erneuern Sie ihn vor dem Listing.</translation>
    </message>
    <message>
        <source>The listing is listed: only an unlisted listing can be withdrawn (ask %1 to unlist it).</source>
        <translation>Das Listing ist gelistet: Nur ein nicht gelistetes Listing kann zurückgezogen werden (bitten Sie %1, es aus dem Listing zu nehmen).</translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>Das Listing kann nicht zurückgezogen werden: %n Lead kam darüber herein.</numerusform>
            <numerusform>Das Listing kann nicht zurückgezogen werden: %n Leads kamen darüber herein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The listing cannot be withdrawn: %n lead form(s) apply to it.</source>
        <translation>
            <numerusform>Das Listing kann nicht zurückgezogen werden: %n Lead-Formular gilt dafür.</numerusform>
            <numerusform>Das Listing kann nicht zurückgezogen werden: %n Lead-Formulare gelten dafür.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingStatus</name>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>&amp;Unlist</source>
        <translation>&amp;Entlisten</translation>
    </message>
    <message>
        <source>No listings yet. A vendor requests the listing of a published product on a marketplace where its distribution contract is Active; the marketplace&apos;s owner lists it.</source>
        <translation>Noch keine Listings. Ein Hersteller fordert das Listing eines veröffentlichten Produkts auf einem Marktplatz an, auf dem sein Distributionsvertrag aktiv ist; der Eigentümer des Marktplatzes listet es.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Request listing…</source>
        <translation>Listing &amp;anfordern…</translation>
    </message>
    <message>
        <source>Ask a distributor to list one of your published products on its marketplace</source>
        <translation>Einen Distributor bitten, eines Ihrer veröffentlichten Produkte auf seinem Marktplatz zu listen</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Offer the product on the marketplace (Create Lead offers it)</source>
        <translation>Das Produkt auf dem Marktplatz anbieten („Lead anlegen“ bietet es an)</translation>
    </message>
    <message>
        <source>Stop offering the product on the marketplace</source>
        <translation>Das Produkt nicht mehr auf dem Marktplatz anbieten</translation>
    </message>
    <message>
        <source>Could not list</source>
        <translation>Listen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not unlist</source>
        <translation>Entlisten fehlgeschlagen</translation>
    </message>
    <message>
        <source>A listing is not edited: withdraw it or ask the marketplace&apos;s owner to list or unlist it.</source>
        <translation>Ein Listing wird nicht bearbeitet: Ziehen Sie es zurück oder bitten Sie den Eigentümer des Marktplatzes, es zu listen oder zu entlisten.</translation>
    </message>
    <message>
        <source>the listing of %1 on %2</source>
        <translation>das Listing von %1 auf %2</translation>
    </message>
</context>
<context>
    <name>MailLead</name>
    <message>
        <source>E-mail from %1</source>
        <translation>E-Mail von %1</translation>
    </message>
    <message>
        <source>Filled in from the e-mail of %1: check the values before you create the lead.</source>
        <translation>Ausgefüllt aus der E-Mail von %1: Prüfen Sie die Werte, bevor Sie den Lead anlegen.</translation>
    </message>
</context>
<context>
    <name>MailLeadReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, too large for an e-mail to read.</source>
        <translation>Die Datei ist größer als %1 MB, zu groß, um sie als E-Mail zu lesen.</translation>
    </message>
    <message>
        <source>The e-mail is empty.</source>
        <translation>Die E-Mail ist leer.</translation>
    </message>
    <message>
        <source>The e-mail is larger than %1 MB, too large to read.</source>
        <translation>Die E-Mail ist größer als %1 MB, zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>This is not an e-mail: it has no mail headers (an .eml file saved by a mail program has them).</source>
        <translation>Das ist keine E-Mail: Es fehlen die Kopfzeilen einer E-Mail (eine von einem E-Mail-Programm gespeicherte .eml-Datei hat sie).</translation>
    </message>
    <message>
        <source>The e-mail has no sender address (From), so it names nobody to make a lead of.</source>
        <translation>Die E-Mail hat keine Absenderadresse (From) und nennt daher niemanden, aus dem ein Lead werden kann.</translation>
    </message>
    <message>
        <source>The sender address “%1” (From) is not a valid e-mail address.</source>
        <translation>Die Absenderadresse „%1“ (From) ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChannelDesk workspaces (*.channeldesk);;All files (*)</source>
        <translation>ChannelDesk-Arbeitsbereiche (*.channeldesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Could not show the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation>Handeln als</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connect to the team server again</source>
        <translation>Erneut mit dem Teamserver verbinden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>New &amp;demo workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to team server</source>
        <translation>Mit Teamserver neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Import &amp;leads…</source>
        <translation>&amp;Leads importieren…</translation>
    </message>
    <message>
        <source>Import &amp;partners…</source>
        <translation>&amp;Partner importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>Switch &amp;acting user or account</source>
        <translation>&amp;Handelnden Benutzer oder Konto wechseln</translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation>Einladung &amp;annehmen…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Benutzer und Rollen…</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Referenzlisten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Über ChannelDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The team workspace %1 has no user with the e-mail address %2, so ChannelDesk cannot act as anybody there. Ask its administrator to add you (channeldesk server add-user).</source>
        <translation>Der Team-Arbeitsbereich %1 hat keinen Benutzer mit der E-Mail-Adresse %2, daher kann ChannelDesk dort für niemanden handeln. Bitten Sie den Administrator, Sie hinzuzufügen (channeldesk server add-user).</translation>
    </message>
    <message>
        <source>The workspace %1 has no users, so ChannelDesk cannot act as anybody in it.</source>
        <translation>Der Arbeitsbereich %1 hat keine Benutzer, daher kann ChannelDesk darin für niemanden handeln.</translation>
    </message>
    <message>
        <source>%1 — ChannelDesk</source>
        <translation>%1 — ChannelDesk</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Teamserver: %1</translation>
    </message>
    <message>
        <source>Connected to the team workspace %1 as %2</source>
        <translation>Mit dem Team-Arbeitsbereich %1 verbunden als %2</translation>
    </message>
    <message>
        <source>The open workspace file</source>
        <translation>Die geöffnete Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Acting as %1 (%2) in %3 · %4 portal</source>
        <translation>Handeln als %1 (%2) in %3 · Portal: %4</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>The invitation was accepted: the partner is active and its contract signed.</source>
        <translation>Die Einladung wurde angenommen: Der Partner ist aktiv und sein Vertrag unterzeichnet.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Users and roles — %1</source>
        <translation>Benutzer und Rollen — %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Reference lists — %1</source>
        <translation>Referenzlisten — %1</translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation>Die Benutzer konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 already exists. ChannelDesk never overwrites a workspace; choose another name.</source>
        <translation>%1 existiert bereits. ChannelDesk überschreibt nie einen Arbeitsbereich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Neuen Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save the demo workspace as</source>
        <translation>Demo-Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Could not create the demo workspace</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>Über ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Leads and channel partners for software vendors and distributors, on your desktop.&lt;/p&gt;&lt;p&gt;Workspace schema %2 · Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Leads und Channel-Partner für Softwarehersteller und Distributoren, auf Ihrem Desktop.&lt;/p&gt;&lt;p&gt;Arbeitsbereichsschema %2 · Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the workspace for damage… (changes can be saved once it is done)</source>
        <translation>Der Arbeitsbereich wird auf Beschädigung geprüft… (Änderungen können danach gespeichert werden)</translation>
    </message>
    <message>
        <source>Changes cannot be saved in this workspace</source>
        <translation>In diesem Arbeitsbereich können keine Änderungen gespeichert werden</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Der Arbeitsbereich ist beschädigt</translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it (%1 s)…</source>
        <translation>Warten auf den Arbeitsbereich: Ein anderes Programm schreibt gerade darauf (%1 s)…</translation>
    </message>
    <message>
        <source>No team server was connected.</source>
        <translation>Es war kein Teamserver verbunden.</translation>
    </message>
    <message>
        <source>The connection to the team server was lost</source>
        <translation>Die Verbindung zum Teamserver wurde unterbrochen</translation>
    </message>
    <message>
        <source>Nothing was saved since. Reconnect when the server or the network is back; what you typed stays.</source>
        <translation>Seitdem wurde nichts gespeichert. Verbinden Sie sich neu, sobald Server oder Netzwerk wieder verfügbar sind; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not reconnect</source>
        <translation>Neu verbinden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Wieder mit dem Teamserver verbunden.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies at the next start of ChannelDesk</source>
        <translation>Gilt ab dem nächsten Start von ChannelDesk</translation>
    </message>
    <message>
        <source>The language changes when ChannelDesk starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von ChannelDesk.</translation>
    </message>
    <message>
        <source>New lead from &amp;e-mail…</source>
        <translation>Neuer Lead aus &amp;E-Mail…</translation>
    </message>
    <message>
        <source>Create Lead filled in from a customer&apos;s e-mail (.eml); .eml files dropped onto the Leads directory do the same</source>
        <translation>„Lead anlegen“, ausgefüllt aus der E-Mail eines Kunden (.eml); auf das Leads-Verzeichnis gezogene .eml-Dateien tun dasselbe</translation>
    </message>
    <message>
        <source>New lead from e-mail</source>
        <translation>Neuer Lead aus E-Mail</translation>
    </message>
    <message>
        <source>E-mails (*.eml);;All files (*)</source>
        <translation>E-Mails (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot create leads in %2. Act as a distributor&apos;s sales user (View → Switch acting user or account), then open the e-mail with File → New lead from e-mail….</source>
        <translation>%1 kann in %2 keine Leads anlegen. Handeln Sie als Vertriebsbenutzer eines Distributors (Ansicht → Handelnden Benutzer oder Konto wechseln) und öffnen Sie dann die E-Mail mit Datei → Neuer Lead aus E-Mail….</translation>
    </message>
</context>
<context>
    <name>MarketplaceDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Neuer Marktplatz</translation>
    </message>
    <message>
        <source>Type a country&apos;s name</source>
        <translation>Namen eines Landes eingeben</translation>
    </message>
    <message>
        <source>Add the country to the marketplace</source>
        <translation>Das Land zum Marktplatz hinzufügen</translation>
    </message>
    <message>
        <source>Countries of the marketplace</source>
        <translation>Länder des Marktplatzes</translation>
    </message>
    <message>
        <source>Remove the selected country</source>
        <translation>Gewähltes Land entfernen</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>C&amp;ountries *</source>
        <translation>&amp;Länder *</translation>
    </message>
    <message>
        <source>C&amp;urrency *</source>
        <translation>&amp;Währung *</translation>
    </message>
    <message>
        <source>Edit marketplace %1</source>
        <translation>Marktplatz %1 bearbeiten</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Hinzuzufügendes Land</translation>
    </message>
</context>
<context>
    <name>MarketplaceListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>%1 gelistet von %2</translation>
    </message>
</context>
<context>
    <name>MarketplaceService</name>
    <message>
        <source>Pick at least one country.</source>
        <translation>Wählen Sie mindestens ein Land.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code.</source>
        <translation>%1 ist kein ISO-3166-Ländercode.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>You already have a marketplace named “%1”.</source>
        <translation>Sie haben bereits einen Marktplatz namens „%1“.</translation>
    </message>
    <message>
        <source>There is no marketplace %1 of yours.</source>
        <translation>Es gibt keinen Marktplatz %1 von Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) came in through it.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: %n Lead kam darüber herein.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: %n Leads kamen darüber herein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s).</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: Er hat %n Listing.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: Er hat %n Listings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) are for it.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: %n Vereinbarung gilt dafür.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: %n Vereinbarungen gelten dafür.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n contract(s) are for it.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: %n Vertrag gilt dafür.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: %n Verträge gelten dafür.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketplacesTab</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>No marketplaces yet. New… adds one: vendors with a distribution contract for it can then have their products listed there.</source>
        <translation>Noch keine Marktplätze. „Neu…“ fügt einen hinzu: Hersteller mit einem Distributionsvertrag dafür können dann ihre Produkte dort listen lassen.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;New marketplace…</source>
        <translation>&amp;Neuer Marktplatz…</translation>
    </message>
    <message>
        <source>Add a marketplace with its countries and currency</source>
        <translation>Einen Marktplatz mit seinen Ländern und seiner Währung hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected marketplace (or press Enter on it)</source>
        <translation>Gewählten Marktplatz bearbeiten (oder Eingabetaste darauf drücken)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add user to %1</source>
        <translation>Benutzer zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add existing user to %1</source>
        <translation>Vorhandenen Benutzer zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change role in %1</source>
        <translation>Rolle in %1 ändern</translation>
    </message>
    <message>
        <source>Creates a user of this team workspace and adds it to %1. The e-mail address must not belong to another user; it is also the user&apos;s login to the team server, with the password given here.</source>
        <translation>Legt einen Benutzer dieses Team-Arbeitsbereichs an und fügt ihn zu %1 hinzu. Die E-Mail-Adresse darf keinem anderen Benutzer gehören; sie ist auch das Login des Benutzers am Teamserver, mit dem hier angegebenen Passwort.</translation>
    </message>
    <message>
        <source>Creates a user of this workspace and adds it to %1. The e-mail address must not belong to another user.</source>
        <translation>Legt einen Benutzer dieses Arbeitsbereichs an und fügt ihn zu %1 hinzu. Die E-Mail-Adresse darf keinem anderen Benutzer gehören.</translation>
    </message>
    <message>
        <source>Adds a user of this workspace (for example a user of a partner account) to %1, found by e-mail address.</source>
        <translation>Fügt einen Benutzer dieses Arbeitsbereichs (zum Beispiel einen Benutzer eines Partnerkontos) zu %1 hinzu, gefunden über die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The role decides what %1 may do in %2.</source>
        <translation>Die Rolle bestimmt, was %1 in %2 tun darf.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Login &amp;password:</source>
        <translation>Login-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Memberships</name>
    <message>
        <source>User %1 is not a member of account %2.</source>
        <translation>Benutzer %1 ist kein Mitglied des Kontos %2.</translation>
    </message>
    <message>
        <source>The workspace has no users.</source>
        <translation>Der Arbeitsbereich hat keine Benutzer.</translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the key is for, such as the website whose form sends the leads (at most %1 characters). The key acts for your account as you, with your role.</source>
        <translation>Wofür der Schlüssel ist, etwa die Website, deren Formular die Leads sendet (höchstens %1 Zeichen). Der Schlüssel handelt für Ihr Konto als Sie, mit Ihrer Rolle.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>Schlüssel e&amp;rstellen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>New API key %1</source>
        <translation>Neuer API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Copy the key now and keep it secret. ChannelDesk keeps only a fingerprint of it: you will not see it again. Programs send it in the header Authorization: Bearer KEY.</source>
        <translation>Kopieren Sie den Schlüssel jetzt und halten Sie ihn geheim. ChannelDesk speichert nur einen Fingerabdruck davon: Sie werden ihn nicht noch einmal sehen. Programme senden ihn im Header Authorization: Bearer KEY.</translation>
    </message>
</context>
<context>
    <name>NewContractDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Program &amp;agreement:</source>
        <translation>Programm&amp;vereinbarung:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>has %1 of another program</source>
        <translation>hat %1 eines anderen Programms</translation>
    </message>
    <message>
        <source>A new distribution agreement for this marketplace is created under the program agreement.</source>
        <translation>Unter der Programmvereinbarung wird eine neue Distributionsvereinbarung für diesen Marktplatz angelegt.</translation>
    </message>
    <message>
        <source>The contract uses the marketplace&apos;s distribution agreement %1.</source>
        <translation>Der Vertrag verwendet die Distributionsvereinbarung %1 des Marktplatzes.</translation>
    </message>
    <message>
        <source>The vendor enrolls, then you approve.</source>
        <translation>Der Hersteller tritt bei, dann genehmigen Sie.</translation>
    </message>
    <message>
        <source>The reseller enrolls, then you approve.</source>
        <translation>Der Reseller tritt bei, dann genehmigen Sie.</translation>
    </message>
    <message>
        <source>The contract is Pending until the partner signs it.</source>
        <translation>Der Vertrag ist ausstehend, bis der Partner ihn unterzeichnet.</translation>
    </message>
    <message>
        <source>You have no “%1” agreement with an active version yet: create one on the Agreements tab.</source>
        <translation>Sie haben noch keine Vereinbarung vom Typ „%1“ mit aktiver Version: Legen Sie eine auf der Registerkarte „Vereinbarungen“ an.</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>A workspace holds your company&apos;s leads and partners. Tell ChannelDesk who you are; you can add partners and users later (Workspace → Users and roles…).</source>
        <translation>Ein Arbeitsbereich enthält die Leads und Partner Ihres Unternehmens. Teilen Sie ChannelDesk mit, wer Sie sind; Partner und Benutzer können Sie später hinzufügen (Arbeitsbereich → Benutzer und Rollen…).</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Unternehmensname:</translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation>Unternehmens&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ihre &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>NewsEditorDialog</name>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit article %1</source>
        <translation>Artikel %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Save the article (Ctrl+Enter)</source>
        <translation>Artikel speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>NewsListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>NewsService</name>
    <message>
        <source>Writing news needs the CRM admin, manager or marketeer role.</source>
        <translation>Zum Verfassen von Neuigkeiten benötigen Sie die Rolle CRM-Administrator, -Manager oder -Marketer.</translation>
    </message>
    <message>
        <source>There is no article %1 of yours.</source>
        <translation>Es gibt keinen Artikel %1 von Ihnen.</translation>
    </message>
    <message>
        <source>Enter the article&apos;s title.</source>
        <translation>Geben Sie den Titel des Artikels ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Enter the article&apos;s date.</source>
        <translation>Geben Sie das Datum des Artikels ein.</translation>
    </message>
</context>
<context>
    <name>ObjectSummary</name>
    <message>
        <source>There is no product %1.</source>
        <translation>Es gibt kein Produkt %1.</translation>
    </message>
    <message>
        <source>There is no marketplace %1.</source>
        <translation>Es gibt keinen Marktplatz %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>There is no company %1.</source>
        <translation>Es gibt kein Unternehmen %1.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Es gibt keinen Kontakt %1.</translation>
    </message>
    <message>
        <source>There is no opportunity %1.</source>
        <translation>Es gibt keine Verkaufschance %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Gelistet auf</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Listed products</source>
        <translation>Gelistete Produkte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Geschäftskontakt</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Leads visible to you</source>
        <translation>Für Sie sichtbare Leads</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>ChannelDesk cannot show objects of the kind “%1”.</source>
        <translation>ChannelDesk kann keine Objekte der Art „%1“ anzeigen.</translation>
    </message>
</context>
<context>
    <name>ObjectWindow</name>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>OwnCompanyWindow</name>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <source>&amp;Edit article…</source>
        <translation>Artikel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <source>%1 — Our company</source>
        <translation>%1 — Unser Unternehmen</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Your partners see this profile on the General tab and these articles, newest first, on the News tab of their Partner Details.</source>
        <translation>Ihre Partner sehen dieses Profil auf der Registerkarte „Allgemein“ und diese Artikel, die neuesten zuerst, auf der Registerkarte „Neuigkeiten“ ihrer Partnerdetails.</translation>
    </message>
    <message>
        <source>Overview, description, contacts, websites and media</source>
        <translation>Übersicht, Beschreibung, Kontakte, Websites und Medien</translation>
    </message>
    <message>
        <source>Editing the profile needs the CRM admin, manager or marketeer role.</source>
        <translation>Zum Bearbeiten des Profils benötigen Sie die Rolle CRM-Administrator, -Manager oder -Marketer.</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Noch keine Artikel.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete the article “%1”? Partners no longer see it.</source>
        <translation>Den Artikel „%1“ löschen? Partner sehen ihn dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PartnerCatalog</name>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
</context>
<context>
    <name>PartnerContractListModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contract ID</source>
        <translation>Vertrags-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Agreement update</source>
        <translation>Aktualisierung der Vereinbarung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Aktualisierung verfügbar</translation>
    </message>
    <message>
        <source>Version %1 of the agreement is active; this contract uses version %2.</source>
        <translation>Version %1 der Vereinbarung ist aktiv; dieser Vertrag verwendet Version %2.</translation>
    </message>
</context>
<context>
    <name>PartnerContractsTab</name>
    <message>
        <source>There are no contracts between you and %1.</source>
        <translation>Zwischen Ihnen und %1 gibt es keine Verträge.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Contracts that can move to an updated agreement version: %1.</source>
        <translation>Verträge, die auf eine aktualisierte Version der Vereinbarung wechseln können: %1.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the contract</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Vertrag</translation>
    </message>
    <message>
        <source>&amp;Sign updated version…</source>
        <translation>Aktualisierte Version &amp;unterzeichnen…</translation>
    </message>
    <message>
        <source>Move the selected active contract to the agreement&apos;s active version</source>
        <translation>Den gewählten aktiven Vertrag auf die aktive Version der Vereinbarung umstellen</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>There is no partner %1.</source>
        <translation>Es gibt keinen Partner %1.</translation>
    </message>
    <message>
        <source>There is no such file of partner %1.</source>
        <translation>Eine solche Datei des Partners %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsLabels</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsWindow</name>
    <message>
        <source>%1 — Partner details</source>
        <translation>%1 — Partnerdetails</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Partnerdetails</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status of the partnership</source>
        <translation>Status der Partnerschaft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The whole description is on the General tab.</source>
        <translation>Die vollständige Beschreibung steht auf der Registerkarte „Allgemein“.</translation>
    </message>
    <message>
        <source>Sign updated version</source>
        <translation>Aktualisierte Version unterzeichnen</translation>
    </message>
    <message>
        <source>Sign the active version of the agreement for contract %1?</source>
        <translation>Die aktive Version der Vereinbarung für Vertrag %1 unterzeichnen?</translation>
    </message>
    <message>
        <source>New co&amp;ntract…</source>
        <translation>Neuer Ver&amp;trag…</translation>
    </message>
    <message>
        <source>Add a program, distribution, service, syndication or referral contract</source>
        <translation>Einen Programm-, Distributions-, Service-, Syndizierungs- oder Empfehlungsvertrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the General tab: %1 has no users of its own yet</source>
        <translation>Registerkarte „Allgemein“ bearbeiten: %1 hat noch keine eigenen Benutzer</translation>
    </message>
    <message>
        <source>&amp;Remove partner…</source>
        <translation>Partner &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the partner: pending contracts are deleted, active ones terminated</source>
        <translation>Partner entfernen: Ausstehende Verträge werden gelöscht, aktive gekündigt</translation>
    </message>
    <message>
        <source>Rest&amp;ore partner</source>
        <translation>Partner &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Make the partner active again</source>
        <translation>Partner wieder aktivieren</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation>Partner wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PartnerDirectoryModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Geschäftskontakt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PartnerGeneralTab</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 has not written an overview yet.</source>
        <translation>%1 hat noch keine Übersicht verfasst.</translation>
    </message>
    <message>
        <source>What %1 is saying</source>
        <translation>Was %1 sagt</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Website im Browser öffnen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 Kontakt</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>E-Mail an %1 schreiben</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technischer</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftlicher</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>%1 has shared no images or videos.</source>
        <translation>%1 hat keine Bilder oder Videos geteilt.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>PartnerImport</name>
    <message>
        <source>Create partner account</source>
        <translation>Partnerkonto anlegen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Generate invitation link</source>
        <translation>Einladungslink erzeugen</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Required: Vendor or Reseller.</source>
        <translation>Pflichtfeld: Hersteller oder Reseller.</translation>
    </message>
    <message>
        <source>“%1” is not Vendor or Reseller.</source>
        <translation>„%1“ ist weder Hersteller noch Reseller.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Required: the ID or name of one of your %1 agreements.</source>
        <translation>Pflichtfeld: die ID oder der Name einer Ihrer Vereinbarungen vom Typ %1.</translation>
    </message>
    <message>
        <source>“%1” is not one of your %2 agreements.</source>
        <translation>„%1“ ist keine Ihrer Vereinbarungen vom Typ %2.</translation>
    </message>
    <message>
        <source>several of your %1 agreements are named “%2”; give the ID.</source>
        <translation>Mehrere Ihrer Vereinbarungen vom Typ %1 heißen „%2“; geben Sie die ID an.</translation>
    </message>
    <message>
        <source>“%1” is not %2 or %3.</source>
        <translation>„%1“ ist weder %2 noch %3.</translation>
    </message>
    <message>
        <source>not users of %1: %2</source>
        <translation>keine Benutzer von %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) is invited: %4</source>
        <translation>Zeile %1: %2 (%3) ist eingeladen: %4</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vendor or Reseller</source>
        <translation>Hersteller oder Reseller</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <source>Partner External ID</source>
        <translation>Externe Partner-ID</translation>
    </message>
    <message>
        <source>Your own reference, optional</source>
        <translation>Ihre eigene Referenz, optional</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Technical contact e-mail</source>
        <translation>E-Mail des technischen Kontakts</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Geschäftskontakt</translation>
    </message>
    <message>
        <source>Business contact e-mail</source>
        <translation>E-Mail des Geschäftskontakts</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>ID or name of your program agreement (vendors) or service agreement (resellers)</source>
        <translation>ID oder Name Ihrer Programmvereinbarung (Hersteller) oder Servicevereinbarung (Reseller)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>%1 (when empty) or %2</source>
        <translation>%1 (wenn leer) oder %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>IDs, e-mails or names of users of %1 who join the new account, separated by “;” (when empty: you)</source>
        <translation>IDs, E-Mail-Adressen oder Namen von Benutzern von %1, die dem neuen Konto beitreten, getrennt durch „;“ (wenn leer: Sie)</translation>
    </message>
    <message>
        <source>Importing partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Zum Importieren von Partnern benötigen Sie die Rolle CRM-Administrator oder -Manager in einem Distributorkonto.</translation>
    </message>
</context>
<context>
    <name>PartnerLifecycle</name>
    <message>
        <source>Removing and restoring partners needs the CRM admin or manager role.</source>
        <translation>Zum Entfernen und Wiederherstellen von Partnern benötigen Sie die Rolle CRM-Administrator oder -Manager.</translation>
    </message>
    <message>
        <source>%1 is not one of your partners.</source>
        <translation>%1 ist keiner Ihrer Partner.</translation>
    </message>
    <message>
        <source>The partner %1</source>
        <translation>Der Partner %1</translation>
    </message>
    <message>
        <source>%1 is not removed.</source>
        <translation>%1 ist nicht entfernt.</translation>
    </message>
    <message>
        <source>%1 is removed already.</source>
        <translation>%1 ist bereits entfernt.</translation>
    </message>
</context>
<context>
    <name>PartnerListingListModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
</context>
<context>
    <name>PartnerListingsTab</name>
    <message>
        <source>No products of %1 are listed on your marketplaces, and none of yours on its marketplaces.</source>
        <translation>Keine Produkte von %1 sind auf Ihren Marktplätzen gelistet, und keine Ihrer Produkte auf dessen Marktplätzen.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
</context>
<context>
    <name>PartnerNewsTab</name>
    <message>
        <source>%1 has published no news yet.</source>
        <translation>%1 hat noch keine Neuigkeiten veröffentlicht.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Geben Sie den Namen des Partners ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A partner is a vendor or a reseller.</source>
        <translation>Ein Partner ist ein Hersteller oder ein Reseller.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Pick the program agreement, or create a new one.</source>
        <translation>Wählen Sie die Programmvereinbarung oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>Pick the service agreement, or create a new one.</source>
        <translation>Wählen Sie die Servicevereinbarung oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>Pick the marketplace the service agreement is linked to.</source>
        <translation>Wählen Sie den Marktplatz, mit dem die Servicevereinbarung verknüpft ist.</translation>
    </message>
    <message>
        <source>Pick the syndication agreement for this reseller.</source>
        <translation>Wählen Sie die Syndizierungsvereinbarung für diesen Reseller.</translation>
    </message>
    <message>
        <source>A marketplace is picked twice.</source>
        <translation>Ein Marktplatz ist doppelt gewählt.</translation>
    </message>
    <message>
        <source>Add at least one user to the new account.</source>
        <translation>Fügen Sie dem neuen Konto mindestens einen Benutzer hinzu.</translation>
    </message>
    <message>
        <source>Adding partners needs the CRM admin or manager role in a distributor account.</source>
        <translation>Zum Hinzufügen von Partnern benötigen Sie die Rolle CRM-Administrator oder -Manager in einem Distributorkonto.</translation>
    </message>
    <message>
        <source>Only users of %1 can be added to the new account.</source>
        <translation>Nur Benutzer von %1 können dem neuen Konto hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Pick one of your “%1” agreements.</source>
        <translation>Wählen Sie eine Ihrer Vereinbarungen vom Typ „%1“.</translation>
    </message>
</context>
<context>
    <name>PartnerStatus</name>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>PartnersModule</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Create &amp;Partner</source>
        <translation>&amp;Partner anlegen</translation>
    </message>
    <message>
        <source>Our co&amp;mpany…</source>
        <translation>Unser &amp;Unternehmen…</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Noch keine Partner.</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Add a vendor or reseller with its agreements and contracts</source>
        <translation>Einen Hersteller oder Reseller mit seinen Vereinbarungen und Verträgen hinzufügen</translation>
    </message>
    <message>
        <source>Your own profile and news, as your partners see them</source>
        <translation>Ihr eigenes Profil und Ihre Neuigkeiten, wie Ihre Partner sie sehen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
</context>
<context>
    <name>PendingInvitationModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a phone number. Write it with the country code, e.g. +1 415 555 0123.</source>
        <translation>Dies ist keine Telefonnummer. Schreiben Sie sie mit Ländervorwahl, z. B. +1 415 555 0123.</translation>
    </message>
    <message>
        <source>This is not a phone number in %1. For another country start with + and the country code.</source>
        <translation>Dies ist keine Telefonnummer in %1. Beginnen Sie für ein anderes Land mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>This phone number does not exist in its country&apos;s numbering plan.</source>
        <translation>Diese Telefonnummer existiert im Nummerierungsplan ihres Landes nicht.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>Keep it on one line, without tabs.</source>
        <translation>Bitte in einer Zeile, ohne Tabulatoren.</translation>
    </message>
    <message>
        <source>Remove the control character U+%1 (character %2).</source>
        <translation>Entfernen Sie das Steuerzeichen U+%1 (Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>PostgresPassword</name>
    <message>
        <source>A login&apos;s password can only be set on a team server connection.</source>
        <translation>Das Passwort einer Anmeldung lässt sich nur über eine Verbindung zum Teamserver festlegen.</translation>
    </message>
    <message>
        <source>Could not prepare the login&apos;s password: %1</source>
        <translation>Das Passwort der Anmeldung konnte nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Only published products can be listed on distributors&apos; marketplaces</source>
        <translation>Nur veröffentlichte Produkte können auf Marktplätzen von Distributoren gelistet werden</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>Produkt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProductGroupDialog</name>
    <message>
        <source>New product group</source>
        <translation>Neue Produktgruppe</translation>
    </message>
    <message>
        <source>Products of the group</source>
        <translation>Produkte der Gruppe</translation>
    </message>
    <message>
        <source>No products to pick yet: your vendors&apos; published products appear here.</source>
        <translation>Noch keine Produkte zur Auswahl: Die veröffentlichten Produkte Ihrer Hersteller erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <source>Edit product group %1</source>
        <translation>Produktgruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProductGroupListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>ProductGroupService</name>
    <message>
        <source>You already have a product group named “%1”.</source>
        <translation>Sie haben bereits eine Produktgruppe namens „%1“.</translation>
    </message>
    <message>
        <source>The product %1 is not a published product of one of your vendors.</source>
        <translation>Das Produkt %1 ist kein veröffentlichtes Produkt eines Ihrer Hersteller.</translation>
    </message>
    <message>
        <source>There is no product group %1 of yours.</source>
        <translation>Es gibt keine Produktgruppe %1 von Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n agreement(s) offer it to partners.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: %n Vereinbarung bietet sie Partnern an.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: %n Vereinbarungen bieten sie Partnern an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductGroupsTab</name>
    <message>
        <source>Product groups</source>
        <translation>Produktgruppen</translation>
    </message>
    <message>
        <source>No product groups yet. New… adds one from your vendors&apos; published products; service agreements offer groups to resellers.</source>
        <translation>Noch keine Produktgruppen. „Neu…“ fügt eine aus den veröffentlichten Produkten Ihrer Hersteller hinzu; Servicevereinbarungen bieten Resellern Gruppen an.</translation>
    </message>
    <message>
        <source>&amp;New product group…</source>
        <translation>&amp;Neue Produktgruppe…</translation>
    </message>
    <message>
        <source>Add a group of products to offer to resellers</source>
        <translation>Eine Gruppe von Produkten hinzufügen, die Resellern angeboten wird</translation>
    </message>
    <message>
        <source>Edit the selected product group (or press Enter on it)</source>
        <translation>Gewählte Produktgruppe bearbeiten (oder Eingabetaste darauf drücken)</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 listed of %2</source>
        <translation>%1 gelistet von %2</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>You already have a product named “%1”.</source>
        <translation>Sie haben bereits ein Produkt namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>It is listed on %n marketplace(s): it stays published until the marketplace owners unlist it.</source>
        <translation>
            <numerusform>Es ist auf %n Marktplatz gelistet: Es bleibt veröffentlicht, bis die Eigentümer der Marktplätze es entlisten.</numerusform>
            <numerusform>Es ist auf %n Marktplätzen gelistet: Es bleibt veröffentlicht, bis die Eigentümer der Marktplätze es entlisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no product %1 of yours.</source>
        <translation>Es gibt kein Produkt %1 von Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n lead(s) are for it.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: %n Lead bezieht sich darauf.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: %n Leads beziehen sich darauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it has %n listing(s) on marketplaces.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: Es hat %n Listing auf Marktplätzen.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: Es hat %n Listings auf Marktplätzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: it is in %n product group(s) of distributors.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden: Es ist in %n Produktgruppe von Distributoren.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden: Es ist in %n Produktgruppen von Distributoren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>No products yet. New… adds one; publish it to have it listed on your distributors&apos; marketplaces.</source>
        <translation>Noch keine Produkte. „Neu…“ fügt eines hinzu; veröffentlichen Sie es, damit es auf den Marktplätzen Ihrer Distributoren gelistet werden kann.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>Add a product (draft or published)</source>
        <translation>Ein Produkt hinzufügen (Entwurf oder veröffentlicht)</translation>
    </message>
    <message>
        <source>Edit or publish the selected product (or press Enter on it)</source>
        <translation>Gewähltes Produkt bearbeiten oder veröffentlichen (oder Eingabetaste darauf drücken)</translation>
    </message>
</context>
<context>
    <name>PublishWebFormDialog</name>
    <message>
        <source>Publish web form</source>
        <translation>Webformular veröffentlichen</translation>
    </message>
    <message>
        <source>Change web form %1</source>
        <translation>Webformular %1 ändern</translation>
    </message>
    <message>
        <source>Embed code of web form %1</source>
        <translation>Einbettungscode des Webformulars %1</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formular:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>Dienst&amp;adresse:</translation>
    </message>
    <message>
        <source>Where your website&apos;s visitors reach the ChannelDesk service (channeldesk serve), such as https://leads.example.com</source>
        <translation>Wo die Besucher Ihrer Website den ChannelDesk-Dienst (channeldesk serve) erreichen, etwa https://leads.example.com</translation>
    </message>
    <message>
        <source>&amp;Sites that may embed the form:</source>
        <translation>&amp;Websites, die das Formular einbetten dürfen:</translation>
    </message>
    <message>
        <source>https://www.example.com, one per line; leave empty to allow only the form&apos;s own page (at most %1 sites)</source>
        <translation>https://www.example.com, eine pro Zeile; leer lassen, um nur die eigene Seite des Formulars zu erlauben (höchstens %1 Websites)</translation>
    </message>
    <message>
        <source>&amp;Embed code:</source>
        <translation>&amp;Einbettungscode:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put the embed code on the clipboard</source>
        <translation>Den Einbettungscode in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Form a&amp;ddress:</source>
        <translation>Formular&amp;adresse:</translation>
    </message>
    <message>
        <source>The form is published: its address answers from now on.</source>
        <translation>Das Formular ist veröffentlicht: Seine Adresse antwortet ab sofort.</translation>
    </message>
    <message>
        <source>The changes are saved.</source>
        <translation>Die Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <source>Paste the code into a page of a site that may embed the form: %1.</source>
        <translation>Fügen Sie den Code in eine Seite einer Website ein, die das Formular einbetten darf: %1.</translation>
    </message>
    <message>
        <source>No other site may embed the form yet: add your sites with Change…, or link to the form&apos;s address.</source>
        <translation>Noch darf keine andere Website das Formular einbetten: Fügen Sie Ihre Websites mit Ändern… hinzu oder verlinken Sie die Adresse des Formulars.</translation>
    </message>
    <message>
        <source>Web form %1</source>
        <translation>Webformular %1</translation>
    </message>
</context>
<context>
    <name>Reconnection</name>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>Der Arbeitsbereich %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Could not reconnect to the team server at %1:%2: %3</source>
        <translation>Verbindung zum Teamserver unter %1:%2 konnte nicht wiederhergestellt werden: %3</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 was changed by someone else meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation>%1 wurde zwischenzeitlich von jemand anderem geändert, daher wurde Ihre Änderung nicht gespeichert. Prüfen Sie den aktuellen Stand und versuchen Sie es erneut, falls noch nötig.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 meanwhile, so your change was not saved. Check what it is now and try again if it is still needed.</source>
        <translation>%1 wurde zwischenzeitlich von %2 um %3 geändert, daher wurde Ihre Änderung nicht gespeichert. Prüfen Sie den aktuellen Stand und versuchen Sie es erneut, falls noch nötig.</translation>
    </message>
    <message>
        <source>%1 was deleted meanwhile, so your change was not saved.</source>
        <translation>%1 wurde zwischenzeitlich gelöscht, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 meanwhile, so your change was not saved.</source>
        <translation>%1 wurde zwischenzeitlich von %2 um %3 gelöscht, daher wurde Ihre Änderung nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReferenceKind</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Selling directions</source>
        <translation>Vertriebsrichtungen</translation>
    </message>
    <message>
        <source>selling direction</source>
        <translation>Vertriebsrichtung</translation>
    </message>
    <message>
        <source>Content distribution channels</source>
        <translation>Content-Vertriebskanäle</translation>
    </message>
    <message>
        <source>content distribution channel</source>
        <translation>Content-Vertriebskanal</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Only a CRM admin or CRM manager of %1 may change its reference lists.</source>
        <translation>Nur ein CRM-Administrator oder CRM-Manager von %1 darf dessen Referenzlisten ändern.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>A retired %1 named &quot;%2&quot; exists already: un-retire it instead.</source>
        <translation>Ein ausgemusterter Eintrag (%1) namens „%2“ existiert bereits: Reaktivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Es gibt bereits einen Eintrag (%1) namens „%2“.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Der Eintrag (%1) %2 existiert nicht.</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n lead(s) use it. Retire it instead: it stays on those leads and is no longer offered for new ones.</source>
        <translation>
            <numerusform>„%1“ kann nicht gelöscht werden: %n Lead verwendet den Eintrag. Mustern Sie ihn stattdessen aus: Er bleibt bei diesem Lead erhalten und wird für neue nicht mehr angeboten.</numerusform>
            <numerusform>„%1“ kann nicht gelöscht werden: %n Leads verwenden den Eintrag. Mustern Sie ihn stattdessen aus: Er bleibt bei diesen Leads erhalten und wird für neue nicht mehr angeboten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ausmustern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>A retired entry stays on the leads that have it and is no longer offered for new leads</source>
        <translation>Ein ausgemusterter Eintrag bleibt bei den Leads, die ihn haben, und wird für neue Leads nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Only an entry that no lead uses can be deleted</source>
        <translation>Nur ein Eintrag, den kein Lead verwendet, kann gelöscht werden</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Un-&amp;retire</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
</context>
<context>
    <name>ReferenceNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>RemovePartnerDialog</name>
    <message>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? The partner stays in the directory as Removed and can be restored later; its ended contracts are not restored.</source>
        <translation>%1 (%2) entfernen? Der Partner bleibt als „Entfernt“ im Verzeichnis und kann später wiederhergestellt werden; seine beendeten Verträge werden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>No contracts change.</source>
        <translation>Keine Verträge ändern sich.</translation>
    </message>
    <message>
        <source>&amp;Contracts that change:</source>
        <translation>&amp;Verträge, die sich ändern:</translation>
    </message>
    <message>
        <source>Contracts that change</source>
        <translation>Verträge, die sich ändern</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (%4): deleted</source>
        <translation>%1 — Vertrag (%2) auf %3 (%4): gelöscht</translation>
    </message>
    <message>
        <source>%1 — %2 contract on %3 (Active): terminated</source>
        <translation>%1 — Vertrag (%2) auf %3 (Aktiv): gekündigt</translation>
    </message>
    <message numerus="yes">
        <source>%n listed product listing(s) on the terminated distribution contracts will be unlisted.</source>
        <translation>
            <numerusform>%n gelistetes Produkt-Listing der gekündigten Distributionsverträge wird entlistet.</numerusform>
            <numerusform>%n gelistete Produkt-Listings der gekündigten Distributionsverträge werden entlistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>Partner &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>RequestSizeGuard</name>
    <message>
        <source>A request may have at most %1 bytes.</source>
        <translation>Eine Anfrage darf höchstens %1 Bytes haben.</translation>
    </message>
</context>
<context>
    <name>SavedViewNameDialog</name>
    <message>
        <source>For example: New leads this quarter</source>
        <translation>Zum Beispiel: Neue Leads in diesem Quartal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>SavedViewService</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>There is no directory “%1” to save views of.</source>
        <translation>Es gibt kein Verzeichnis „%1“, dessen Ansichten gespeichert werden können.</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>Es gibt keine gespeicherte Ansicht %1.</translation>
    </message>
    <message>
        <source>The rows cannot be limited to a range of “%1”.</source>
        <translation>Die Zeilen können nicht auf einen Bereich von „%1“ beschränkt werden.</translation>
    </message>
    <message>
        <source>The view is sorted by “%1”, which this directory does not sort by.</source>
        <translation>Die Ansicht ist nach „%1“ sortiert, wonach dieses Verzeichnis nicht sortiert.</translation>
    </message>
    <message>
        <source>The view filters on “%1”, which this directory has no filter for.</source>
        <translation>Die Ansicht filtert nach „%1“, wofür dieses Verzeichnis keinen Filter hat.</translation>
    </message>
    <message>
        <source>The %1 directory has no column “%2”.</source>
        <translation>Das Verzeichnis %1 hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>You already have a view of %1 named “%2”. Choose another name.</source>
        <translation>Sie haben bereits eine Ansicht von %1 namens „%2“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>Geben Sie einen Namen für die Ansicht ein.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters (this one has %2).</source>
        <translation>Ein Ansichtsname hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>The search of a view has at most %1 characters.</source>
        <translation>Die Suche einer Ansicht hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A view shows at least one column.</source>
        <translation>Eine Ansicht zeigt mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>It was left out.</source>
        <translation>Er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>None of the view&apos;s columns is left: every column is shown.</source>
        <translation>Keine der Spalten der Ansicht ist mehr vorhanden: Alle Spalten werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Mana&amp;ge views</source>
        <translation>Ansichten &amp;verwalten</translation>
    </message>
    <message>
        <source>Save &amp;as new view…</source>
        <translation>Als &amp;neue Ansicht speichern…</translation>
    </message>
    <message>
        <source>&amp;Save changes to the view</source>
        <translation>Änderungen an der Ansicht &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Rename view…</source>
        <translation>Ansicht &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>Ansicht &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Ansichten:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>No view chosen</source>
        <translation>Keine Ansicht gewählt</translation>
    </message>
    <message>
        <source>Pick a saved view: its search, filters, sort and columns apply at once</source>
        <translation>Wählen Sie eine gespeicherte Ansicht: Ihre Suche, Filter, Sortierung und Spalten gelten sofort</translation>
    </message>
    <message>
        <source>Save the directory as it is shown as a view, or rename or delete the chosen view</source>
        <translation>Das Verzeichnis wie angezeigt als Ansicht speichern oder die gewählte Ansicht umbenennen oder löschen</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>&amp;Save changes to “%1”</source>
        <translation>Änderungen an „%1“ &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>„%1“ &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>„%1“ &amp;löschen…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Save the search, filters, sort and columns the directory shows now as a view of your own.</source>
        <translation>Die Suche, Filter, Sortierung und Spalten, die das Verzeichnis jetzt zeigt, als eigene Ansicht speichern.</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Give the view “%1” a new name.</source>
        <translation>Geben Sie der Ansicht „%1“ einen neuen Namen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The directory keeps showing what it shows now; only the saved view goes.</source>
        <translation>Die Ansicht „%1“ löschen? Das Verzeichnis zeigt weiterhin, was es jetzt zeigt; nur die gespeicherte Ansicht wird entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The view “%1” no longer fits the directory in every part:</source>
        <translation>Die Ansicht „%1“ passt nicht mehr in jeder Hinsicht zum Verzeichnis:</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Der Arbeitsbereich wird vor dem Schreiben auf Schäden geprüft…</translation>
    </message>
    <message>
        <source>Receiving leads on %1://%2:%3 into %4; stop with Ctrl+C or SIGTERM.</source>
        <translation>Leads werden auf %1://%2:%3 in %4 entgegengenommen; beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: answering the requests in flight…</source>
        <translation>Beenden: laufende Anfragen werden noch beantwortet…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a team server address (%2). Write it as postgresql://host:port/database.</source>
        <translation>„%1“ ist keine Teamserver-Adresse (%2). Schreiben Sie sie als postgresql://host:port/database.</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>sie beginnt nicht mit postgresql://</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation>kein Datenbankname nach dem Host</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss eines von %1 sein</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <source>A team workspace lives on a PostgreSQL server your administrator set up. Log in with your e-mail address and the password you were given.</source>
        <translation>Ein Team-Arbeitsbereich liegt auf einem PostgreSQL-Server, den Ihr Administrator eingerichtet hat. Melden Sie sich mit Ihrer E-Mail-Adresse und dem erhaltenen Passwort an.</translation>
    </message>
    <message>
        <source>Recent team servers</source>
        <translation>Zuletzt verwendete Teamserver</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Without a keychain (for example on a server without a desktop) ChannelDesk asks for the password each time; it never writes it to a file.</source>
        <translation>Ohne Schlüsselbund (zum Beispiel auf einem Server ohne Desktop) fragt ChannelDesk jedes Mal nach dem Passwort; es schreibt es nie in eine Datei.</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>Zul&amp;etzt:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>A host name has letters, digits, dots and hyphens only.</source>
        <translation>Ein Hostname enthält nur Buchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Geben Sie den Namen der Team-Datenbank ein.</translation>
    </message>
    <message>
        <source>A database name has no &quot;/&quot;.</source>
        <translation>Ein Datenbankname enthält kein „/“.</translation>
    </message>
    <message>
        <source>Enter your login (your e-mail address).</source>
        <translation>Geben Sie Ihr Login ein (Ihre E-Mail-Adresse).</translation>
    </message>
</context>
<context>
    <name>ServerPasswordStore</name>
    <message>
        <source>The system keychain is turned off (CHANNELDESK_NO_KEYCHAIN).</source>
        <translation>Der System-Schlüsselbund ist deaktiviert (CHANNELDESK_NO_KEYCHAIN).</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); ChannelDesk will ask for it next time.</source>
        <translation>Das Passwort konnte nicht im System-Schlüsselbund gespeichert werden (%1); ChannelDesk fragt beim nächsten Mal danach.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The change breaks a rule of the workspace: %1</source>
        <translation>Die Änderung verstößt gegen eine Regel des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>The team server refused this: your login may not see or change it (%1).</source>
        <translation>Der Teamserver hat dies abgelehnt: Ihr Login darf es nicht sehen oder ändern (%1).</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment. Try again.</source>
        <translation>Ein anderer Benutzer hat gleichzeitig dieselben Datensätze geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The team server did not accept the login: %1</source>
        <translation>Der Teamserver hat das Login nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The workspace cannot be written to.</source>
        <translation>In den Arbeitsbereich kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderes Programm schreibt gerade darauf. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace is damaged: %1</source>
        <translation>Der Arbeitsbereich ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s ID.</source>
        <translation>Die Datenbank hat die ID des neuen Datensatzes nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>StagedWorkspace</name>
    <message>
        <source>The workspace %1 could not be closed completely.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht vollständig geschlossen werden.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für den neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Another ChannelDesk is writing the workspace %1 now.</source>
        <translation>Eine andere ChannelDesk-Instanz schreibt gerade den Arbeitsbereich %1.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 is not writable.</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 is in the way of writing the workspace %2, and ChannelDesk did not leave it there. Move it away and try again.</source>
        <translation>%1 steht dem Schreiben des Arbeitsbereichs %2 im Weg, und ChannelDesk hat es dort nicht hinterlassen. Verschieben Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>Der Arbeitsbereich %1 kann hier nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The folder %1 for the default workspace cannot be created.</source>
        <translation>Der Ordner %1 für den Standard-Arbeitsbereich kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>The workspace has a table or column named “%1”, which ChannelDesk never creates.</source>
        <translation>Der Arbeitsbereich hat eine Tabelle oder Spalte namens „%1“, die ChannelDesk nie anlegt.</translation>
    </message>
</context>
<context>
    <name>TeamServerSetup</name>
    <message>
        <source>%1 is not a team server address: write postgresql://login:password@host:port/database.</source>
        <translation>%1 ist keine Teamserver-Adresse: Schreiben Sie postgresql://login:password@host:port/database.</translation>
    </message>
    <message>
        <source>This team workspace has no logins and policies yet: it was not created by `channeldesk server init`.</source>
        <translation>Dieser Team-Arbeitsbereich hat noch keine Logins und Richtlinien: Er wurde nicht mit `channeldesk server init` angelegt.</translation>
    </message>
    <message>
        <source>The demo logins need a password.</source>
        <translation>Die Demo-Logins benötigen ein Passwort.</translation>
    </message>
    <message>
        <source>The schema was created in %1, but its roles and policies could not be: %2 Drop and create the database again before retrying.</source>
        <translation>Das Schema wurde in %1 angelegt, seine Rollen und Richtlinien aber nicht: %2 Löschen Sie die Datenbank und legen Sie sie neu an, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The team workspace %1 was created, but the demo could not be written (nothing of it was kept): %2</source>
        <translation>Der Team-Arbeitsbereich %1 wurde angelegt, aber die Demodaten konnten nicht geschrieben werden (nichts davon wurde behalten): %2</translation>
    </message>
    <message>
        <source>The demo workspace %1 was written, but its logins could not be created: %2</source>
        <translation>Der Demo-Arbeitsbereich %1 wurde geschrieben, aber seine Logins konnten nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Enter a password for the user&apos;s login.</source>
        <translation>Geben Sie ein Passwort für das Login des Benutzers ein.</translation>
    </message>
    <message>
        <source>There is no account %1 in this team workspace.</source>
        <translation>In diesem Team-Arbeitsbereich gibt es kein Konto %1.</translation>
    </message>
    <message>
        <source>%1 already has the e-mail address %2.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation>Ein Login benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>This team workspace has no user with the e-mail address %1.</source>
        <translation>Dieser Team-Arbeitsbereich hat keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message numerus="yes">
        <source>The workspace is busy: another program or window has been writing to it for more than %n seconds. Nothing was saved; try again when it has finished.</source>
        <translation>
            <numerusform>Der Arbeitsbereich ist belegt: Ein anderes Programm oder Fenster schreibt seit mehr als %n Sekunde darauf. Nichts wurde gespeichert; versuchen Sie es erneut, wenn es fertig ist.</numerusform>
            <numerusform>Der Arbeitsbereich ist belegt: Ein anderes Programm oder Fenster schreibt seit mehr als %n Sekunden darauf. Nichts wurde gespeichert; versuchen Sie es erneut, wenn es fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Speichern konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>CRM admin</source>
        <translation>CRM-Administrator</translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation>CRM-Manager</translation>
    </message>
    <message>
        <source>CRM sales</source>
        <translation>CRM-Vertrieb</translation>
    </message>
    <message>
        <source>CRM marketeer</source>
        <translation>CRM-Marketer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>&amp;Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Add e&amp;xisting user…</source>
        <translation>&amp;Vorhandenen Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move from account…</source>
        <translation>Aus Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Create a new user and add it to this account</source>
        <translation>Einen neuen Benutzer anlegen und diesem Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add a user of this workspace, found by e-mail address</source>
        <translation>Einen Benutzer dieses Arbeitsbereichs hinzufügen, gefunden über die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role (or press Enter on it)</source>
        <translation>Rolle des gewählten Benutzers ändern (oder Eingabetaste darauf drücken)</translation>
    </message>
    <message>
        <source>Remove the selected user from this account; the user stays in the workspace</source>
        <translation>Gewählten Benutzer aus diesem Konto entfernen; der Benutzer bleibt im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Only a CRM admin of %1 can add users or change roles.</source>
        <translation>Nur ein CRM-Administrator von %1 kann Benutzer hinzufügen oder Rollen ändern.</translation>
    </message>
    <message>
        <source>Remove from account</source>
        <translation>Aus Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? The user stays in the workspace and keeps any other accounts.</source>
        <translation>%1 (%2) aus %3 entfernen? Der Benutzer bleibt im Arbeitsbereich und behält alle anderen Konten.</translation>
    </message>
</context>
<context>
    <name>WebFormEndpoint</name>
    <message>
        <source>Send the form as application/x-www-form-urlencoded, as a browser does.</source>
        <translation>Senden Sie das Formular als application/x-www-form-urlencoded, wie es ein Browser tut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This site may not use the form from a script; its publisher can allow it.</source>
        <translation>Diese Website darf das Formular nicht aus einem Skript verwenden; wer es veröffentlicht hat, kann das erlauben.</translation>
    </message>
</context>
<context>
    <name>WebFormFields</name>
    <message>
        <source>For example https://example.com</source>
        <translation>Zum Beispiel https://example.com</translation>
    </message>
    <message>
        <source>9, 10 or 12 digits</source>
        <translation>9, 10 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>Website request</source>
        <translation>Anfrage über die Website</translation>
    </message>
    <message>
        <source>Website request from %1</source>
        <translation>Anfrage über die Website von %1</translation>
    </message>
</context>
<context>
    <name>WebFormListModel</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Erlaubte Websites</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>No other site may embed the form: it is shown on its own page only</source>
        <translation>Keine andere Website darf das Formular einbetten: Es wird nur auf seiner eigenen Seite gezeigt</translation>
    </message>
    <message>
        <source>Publication %1</source>
        <translation>Veröffentlichung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Its own page only</source>
        <translation>Nur seine eigene Seite</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 Its address answers “not published” until that is undone; then it is served again by itself. Unpublish takes it off for good.</source>
        <translation>%1 Seine Adresse antwortet „nicht veröffentlicht“, bis das rückgängig gemacht ist; dann wird es von selbst wieder ausgeliefert. „Veröffentlichung beenden“ nimmt es endgültig vom Netz.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
</context>
<context>
    <name>WebFormPage</name>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Request about %1</source>
        <translation>Anfrage zu %1</translation>
    </message>
    <message>
        <source>Thank you: %1 has received your request.</source>
        <translation>Vielen Dank: %1 hat Ihre Anfrage erhalten.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Bitte korrigieren Sie Folgendes</translation>
    </message>
    <message>
        <source>Fields marked (required) must be filled in.</source>
        <translation>Felder mit (Pflichtfeld) müssen ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Send another request</source>
        <translation>Weitere Anfrage senden</translation>
    </message>
</context>
<context>
    <name>WebFormPublications</name>
    <message>
        <source>Only a CRM admin of a distributor or reseller publishes web forms; %1 is not one at %2.</source>
        <translation>Nur ein CRM-Administrator eines Distributors oder Resellers veröffentlicht Webformulare; %1 ist das bei %2 nicht.</translation>
    </message>
    <message>
        <source>The lead form %1 does not apply to a listed listing %2 of your marketplaces, or is inactive.</source>
        <translation>Das Lead-Formular %1 gilt nicht für ein gelistetes Listing %2 Ihrer Marktplätze oder ist inaktiv.</translation>
    </message>
    <message>
        <source>%1 is not a published web form of your account.</source>
        <translation>%1 ist kein veröffentlichtes Webformular Ihres Kontos.</translation>
    </message>
    <message>
        <source>This form is not published (any more).</source>
        <translation>Dieses Formular ist nicht (mehr) veröffentlicht.</translation>
    </message>
    <message>
        <source>“%1” is not a site: write it as https://www.example.com, without a path.</source>
        <translation>„%1“ ist keine Website: Schreiben Sie sie als https://www.example.com, ohne Pfad.</translation>
    </message>
    <message>
        <source>A form allows at most %1 sites; these are %2.</source>
        <translation>Ein Formular erlaubt höchstens %1 Websites; dies sind %2.</translation>
    </message>
    <message>
        <source>Give the address where visitors reach the service, such as https://leads.example.com (at most %1 characters).</source>
        <translation>Geben Sie die Adresse an, unter der Besucher den Dienst erreichen, etwa https://leads.example.com (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>%1 is already published for %2 as %3.</source>
        <translation>%1 ist für %2 bereits als %3 veröffentlicht.</translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation>Anfrage zu %1</translation>
    </message>
    <message>
        <source>Open the form on its own page</source>
        <translation>Das Formular auf seiner eigenen Seite öffnen</translation>
    </message>
    <message>
        <source>The vendor has deactivated this lead form.</source>
        <translation>Der Anbieter hat dieses Lead-Formular deaktiviert.</translation>
    </message>
    <message>
        <source>The vendor no longer offers this lead form for this listing.</source>
        <translation>Der Anbieter bietet dieses Lead-Formular für dieses Listing nicht mehr an.</translation>
    </message>
    <message>
        <source>The listing is unlisted.</source>
        <translation>Das Listing ist nicht gelistet.</translation>
    </message>
    <message>
        <source>Whoever published it is no longer a CRM admin of this account.</source>
        <translation>Wer es veröffentlicht hat, ist kein CRM-Administrator dieses Kontos mehr.</translation>
    </message>
</context>
<context>
    <name>WebFormsTab</name>
    <message>
        <source>Web forms</source>
        <translation>Webformulare</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Embed code…</source>
        <translation>&amp;Einbettungscode…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;beenden…</translation>
    </message>
    <message>
        <source>No lead form to publish. A vendor&apos;s active lead form can be published here for each of your listings of the vendor&apos;s products it applies to.</source>
        <translation>Kein Lead-Formular zu veröffentlichen. Das aktive Lead-Formular eines Herstellers kann hier für jedes Ihrer Listings der Produkte des Herstellers veröffentlicht werden, für die es gilt.</translation>
    </message>
    <message>
        <source>Publish the selected form on your websites: customers fill it in and their leads are yours</source>
        <translation>Das ausgewählte Formular auf Ihren Websites veröffentlichen: Kunden füllen es aus, und ihre Leads gehören Ihnen</translation>
    </message>
    <message>
        <source>Change the service address and the sites that may embed the selected form</source>
        <translation>Die Dienstadresse und die Websites ändern, die das ausgewählte Formular einbetten dürfen</translation>
    </message>
    <message>
        <source>Show the code to paste into a page of your website (or press Enter on it)</source>
        <translation>Den Code zeigen, der in eine Seite Ihrer Website eingefügt wird (oder Eingabetaste darauf drücken)</translation>
    </message>
    <message>
        <source>Take the selected form off the web: its address stops answering at once</source>
        <translation>Das ausgewählte Formular aus dem Web nehmen: Seine Adresse antwortet sofort nicht mehr</translation>
    </message>
    <message>
        <source>Could not show the web forms</source>
        <translation>Die Webformulare konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Unpublish web form</source>
        <translation>Veröffentlichung des Webformulars beenden</translation>
    </message>
    <message>
        <source>Unpublish the form “%1” (%2) for %3? Its address %4 stops answering at once: pages that show the form show an error instead, and no lead comes from it any more.</source>
        <translation>Die Veröffentlichung des Formulars „%1“ (%2) für %3 beenden? Seine Adresse %4 antwortet sofort nicht mehr: Seiten, die das Formular zeigen, zeigen stattdessen einen Fehler, und es kommen keine Leads mehr darüber.</translation>
    </message>
</context>
<context>
    <name>WebsiteUrl</name>
    <message>
        <source>Enter the company&apos;s website.</source>
        <translation>Geben Sie die Website des Unternehmens ein.</translation>
    </message>
    <message>
        <source>Only http and https websites are accepted.</source>
        <translation>Nur http- und https-Websites werden akzeptiert.</translation>
    </message>
    <message>
        <source>This is not a website address, e.g. https://acme.com.</source>
        <translation>Dies ist keine Website-Adresse, z. B. https://acme.com.</translation>
    </message>
</context>
<context>
    <name>WizardStepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The team server at %1 did not accept the login %2 with this password.</source>
        <translation>Der Teamserver unter %1 hat das Login %2 mit diesem Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The team server at %1 has no database &quot;%2&quot;.</source>
        <translation>Der Teamserver unter %1 hat keine Datenbank „%2“.</translation>
    </message>
    <message>
        <source>Could not connect to the team server at %1: %2</source>
        <translation>Verbindung zum Teamserver unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The team server returned no answer.</source>
        <translation>Der Teamserver hat keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>The team workspace %1 was upgraded by another client while it was being opened. Open it again.</source>
        <translation>Der Team-Arbeitsbereich %1 wurde während des Öffnens von einem anderen Client aktualisiert. Öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Upgrading the team workspace %1 to schema %2 failed: %3. It was left as it was.</source>
        <translation>Die Aktualisierung des Team-Arbeitsbereichs %1 auf Schema %2 ist fehlgeschlagen: %3. Er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Diese Installation kann keine Teamserver erreichen: Der PostgreSQL-Treiber von Qt (Debian-Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <source>The database %1 on the team server is empty. An administrator creates the team workspace there with `channeldesk server init`.</source>
        <translation>Die Datenbank %1 auf dem Teamserver ist leer. Ein Administrator legt den Team-Arbeitsbereich dort mit `channeldesk server init` an.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new team workspace needs an empty database. Nothing was changed.</source>
        <translation>Die Datenbank %1 ist nicht leer; ein neuer Team-Arbeitsbereich benötigt eine leere Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not a ChannelDesk workspace. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms, keinen ChannelDesk-Arbeitsbereich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>Der Team-Arbeitsbereich %1 wurde von einer neueren Version von ChannelDesk geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie ChannelDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The team workspace %1 has schema %2 and must be upgraded before it can be read.</source>
        <translation>Der Team-Arbeitsbereich %1 hat Schema %2 und muss aktualisiert werden, bevor er gelesen werden kann.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and cannot be opened. It was left unchanged; restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt und kann nicht geöffnet werden. Er wurde unverändert gelassen; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program. Close it there and try again.</source>
        <translation>Der Arbeitsbereich %1 ist von einem anderen Programm gesperrt. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk workspace (it is not a database).</source>
        <translation>%1 ist kein ChannelDesk-Arbeitsbereich (es ist keine Datenbank).</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written to.</source>
        <translation>In den Arbeitsbereich %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened or created here.</source>
        <translation>Der Arbeitsbereich %1 kann hier nicht geöffnet oder angelegt werden.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: %2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ChannelDesk workspace. It was left unchanged.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein ChannelDesk-Arbeitsbereich. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Update ChannelDesk to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Version von ChannelDesk geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie ChannelDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>it has %1 that ChannelDesk did not create</source>
        <translation>er enthält %1, was ChannelDesk nicht angelegt hat</translation>
    </message>
    <message>
        <source>it lacks %1 of schema %2</source>
        <translation>ihm fehlt %1 von Schema %2</translation>
    </message>
    <message>
        <source>%1 carries the ChannelDesk mark but is not a workspace ChannelDesk made (%2). It was left unchanged.</source>
        <translation>%1 trägt die ChannelDesk-Kennung, ist aber kein von ChannelDesk erstellter Arbeitsbereich (%2). Er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The workspace %1 was changed by another program while it was being opened. Try again.</source>
        <translation>Der Arbeitsbereich %1 wurde während des Öffnens von einem anderen Programm geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Upgrading the workspace %1 to schema %2 failed: %3. The workspace was left as it was.</source>
        <translation>Die Aktualisierung des Arbeitsbereichs %1 auf Schema %2 ist fehlgeschlagen: %3. Der Arbeitsbereich wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The workspace %1 is open read-only: changes cannot be saved. Make the file and its folder writable, or copy it elsewhere, and open it again.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Machen Sie die Datei und ihren Ordner beschreibbar oder kopieren Sie sie an einen anderen Ort, und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the new workspace.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für den neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: the folder %2 does not exist.</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read.</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChannelDesk workspace. It was left unchanged: delete it, or choose another name for a new workspace.</source>
        <translation>%1 ist eine leere Datei, kein ChannelDesk-Arbeitsbereich. Sie wurde unverändert gelassen: Löschen Sie sie oder wählen Sie einen anderen Namen für einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: the file is shorter than its header says (it was cut off). It was left unchanged; restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt: Die Datei ist kürzer, als ihr Header angibt (sie wurde abgeschnitten). Sie wurde unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file, its folder or its disk cannot be written), so ChannelDesk cannot work in it. Make it writable or copy it to a writable folder; `channeldesk export` can still read it.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt (die Datei, ihr Ordner oder ihr Datenträger ist nicht beschreibbar), daher kann ChannelDesk nicht darin arbeiten. Machen Sie ihn beschreibbar oder kopieren Sie ihn in einen beschreibbaren Ordner; `channeldesk export` kann ihn weiterhin lesen.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2) and must be upgraded before it can be read, which needs it writable.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer älteren Version von ChannelDesk geschrieben (Schema %2) und muss vor dem Lesen aktualisiert werden, wofür er beschreibbar sein muss.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be created here.</source>
        <translation>Der Arbeitsbereich %1 kann hier nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>WorkspacePush</name>
    <message>
        <source>The database returned no answer.</source>
        <translation>Die Datenbank hat keine Antwort geliefert.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an older version of ChannelDesk (schema %2; this version pushes schema %3). Open it once with this version (channeldesk --workspace FILE), which upgrades it, then push it again. It was left unchanged.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer älteren Version von ChannelDesk geschrieben (Schema %2; diese Version überträgt Schema %3). Öffnen Sie ihn einmal mit dieser Version (channeldesk --workspace FILE), die ihn aktualisiert, und übertragen Sie ihn dann erneut. Er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The workspace %1 has a table %2 that the team server&apos;s schema lacks; nothing was pushed.</source>
        <translation>Der Arbeitsbereich %1 hat eine Tabelle %2, die im Schema des Teamservers fehlt; es wurde nichts übertragen.</translation>
    </message>
    <message>
        <source>The team server&apos;s tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
        <translation>Die Tabellen %1 des Teamservers verweisen zirkulär aufeinander; sie können nicht nacheinander kopiert werden.</translation>
    </message>
    <message>
        <source>The database %1 already holds a ChannelDesk workspace (schema %2). Push needs an empty database; nothing was changed.</source>
        <translation>Die Datenbank %1 enthält bereits einen ChannelDesk-Arbeitsbereich (Schema %2). Die Übertragung benötigt eine leere Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 is not empty: it holds tables of another program. Push needs an empty database; nothing was changed.</source>
        <translation>Die Datenbank %1 ist nicht leer: Sie enthält Tabellen eines anderen Programms. Die Übertragung benötigt eine leere Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Creating the schema on %1 failed at migration %2: %3</source>
        <translation>Das Anlegen des Schemas auf %1 ist bei Migration %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Das Kopieren der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The table %1 changed while it was being copied (%2 rows counted, %3 read).</source>
        <translation>Die Tabelle %1 hat sich während des Kopierens geändert (%2 Zeilen gezählt, %3 gelesen).</translation>
    </message>
    <message>
        <source>Push copies a workspace file to a team server; the first argument must be a file, not a server address.</source>
        <translation>Push kopiert eine Arbeitsbereichsdatei auf einen Teamserver; das erste Argument muss eine Datei sein, keine Serveradresse.</translation>
    </message>
    <message>
        <source>Push needs the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, not “%1”.</source>
        <translation>Push benötigt die Team-Datenbank als postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE, nicht „%1“.</translation>
    </message>
    <message>
        <source>This installation cannot reach team servers: Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql) is missing.</source>
        <translation>Diese Installation kann keine Teamserver erreichen: Der PostgreSQL-Treiber von Qt (Debian-Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <source>Could not connect to the team server %1: %2</source>
        <translation>Verbindung zum Teamserver %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Pushing %1 to %2 failed; the team database was left as it was (empty). %3</source>
        <translation>Die Übertragung von %1 nach %2 ist fehlgeschlagen; die Team-Datenbank wurde unverändert gelassen (leer). %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Enter the name of your company.</source>
        <translation>Geben Sie den Namen Ihres Unternehmens ein.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Generating %1 of %2 records</source>
        <translation>%1 von %2 Datensätzen werden erzeugt</translation>
    </message>
    <message>
        <source>Wrote the demo workspace %1</source>
        <translation>Demo-Arbeitsbereich %1 geschrieben</translation>
    </message>
    <message>
        <source>Checking the workspace for damage before writing to it…</source>
        <translation>Der Arbeitsbereich wird vor dem Schreiben auf Beschädigung geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %n rows read (%1%)</source>
        <translation>
            <numerusform>Import: %n Zeile gelesen (%1%)</numerusform>
            <numerusform>Import: %n Zeilen gelesen (%1%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the workspace: another program is writing to it…</source>
        <translation>Warten auf den Arbeitsbereich: Ein anderes Programm schreibt gerade darauf…</translation>
    </message>
    <message>
        <source>Importing %1 as %2 in %3</source>
        <translation>%1 wird als %2 in %3 importiert</translation>
    </message>
    <message>
        <source>Columns not imported:</source>
        <translation>Nicht importierte Spalten:</translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows in %1 s (%2 rows/s)</source>
        <translation>
            <numerusform>%n Zeile in %1 s gelesen (%2 Zeilen/s)</numerusform>
            <numerusform>%n Zeilen in %1 s gelesen (%2 Zeilen/s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen exportiert</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 starts with an empty line; the login needs a password.</source>
        <translation>Die Passwortdatei %1 beginnt mit einer leeren Zeile; das Login benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>Password of the login: </source>
        <translation>Passwort des Logins: </translation>
    </message>
    <message>
        <source>No password was given; the login needs one.</source>
        <translation>Es wurde kein Passwort angegeben; das Login benötigt eines.</translation>
    </message>
    <message>
        <source>Pushing: %1 of %2 rows copied (%3)</source>
        <translation>Übertragung: %1 von %2 Zeilen kopiert (%3)</translation>
    </message>
    <message>
        <source>Pushed %1 rows of %2 tables to %3 in %4 s (%5 rows/s; schema %6 s, rows %7 s at %8 rows/s)</source>
        <translation>%1 Zeilen aus %2 Tabellen in %4 s nach %3 übertragen (%5 Zeilen/s; Schema %6 s, Zeilen %7 s mit %8 Zeilen/s)</translation>
    </message>
    <message>
        <source>Created the team workspace %1</source>
        <translation>Team-Arbeitsbereich %1 angelegt</translation>
    </message>
    <message numerus="yes">
        <source>with the demo and %n login(s), password as given (default %1)</source>
        <translation>
            <numerusform>mit den Demodaten und %n Login, Passwort wie angegeben (Standard %1)</numerusform>
            <numerusform>mit den Demodaten und %n Logins, Passwort wie angegeben (Standard %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added user %1 (login %2) to %3</source>
        <translation>Benutzer %1 (Login %2) zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Set the login %1 of user %2</source>
        <translation>Login %1 des Benutzers %2 festgelegt</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows as %1 in %2 to %3</source>
        <translation>
            <numerusform>%n Zeile als %1 in %2 nach %3 exportiert</numerusform>
            <numerusform>%n Zeilen als %1 in %2 nach %3 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;channeldesk --help&apos;.</source>
        <translation>Siehe „channeldesk --help“.</translation>
    </message>
</context>
</TS>
